"""``classify``, ``train`` and ``evaluate``: the classifier from the command line."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any

import typer

from cli.common import fail
from cli.context import runtime
from cli.progress import progress

if TYPE_CHECKING:
    from classifier.pipeline import AdvertInput, Classifier
    from waspada.settings import Settings


def _load_classifier(
    settings: Settings, model_dir: Path | None, batch_size: int = 32
) -> Classifier:
    from classifier.pipeline import Classifier

    try:
        options = settings.classifier_options()
        if model_dir is not None:
            options["model_dir"] = model_dir
        return Classifier.load(**options, batch_size=batch_size)
    except (OSError, ValueError) as exc:
        raise fail(f"could not load the model: {exc}") from exc


def parse_line(raw: bytes) -> tuple[AdvertInput, Any]:
    """One input line -> (advert, the id exactly as given); ValueError says what is wrong."""
    from classifier.pipeline import AdvertInput

    try:
        row = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 ({exc.reason})") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON ({exc.msg})") from None
    if not isinstance(row, dict):
        raise ValueError("expected a JSON object")
    text = row.get("text")
    if not isinstance(text, str):
        raise ValueError('"text" is missing or not a string')
    if not text.strip():
        raise ValueError('"text" is empty')
    for key in ("title", "url"):
        if row.get(key) is not None and not isinstance(row[key], str):
            raise ValueError(f'"{key}" must be a string')
    ident = row.get("id")
    if ident is not None and (isinstance(ident, bool) or not isinstance(ident, str | int)):
        raise ValueError('"id" must be a string or an integer')
    advert = AdvertInput(
        text=text,
        title=row.get("title") or None,
        id=None if ident is None else str(ident),
        url=row.get("url"),
    )
    return advert, ident


def _lines(file: str) -> Iterator[tuple[int, bytes]]:
    """Numbered raw lines from a file or stdin, read lazily (bytes: a bad byte spoils one line,
    not the stream)."""
    fh: IO[bytes] = sys.stdin.buffer if file == "-" else Path(file).open("rb")  # noqa: SIM115
    try:
        yield from enumerate(fh, 1)
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()


def _count_lines(file: str) -> int:
    with Path(file).open("rb") as fh:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))


def classify(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(help="JSONL file of adverts, or - for stdin.")] = "-",
    model_dir: Annotated[
        Path | None, typer.Option(help="Model folder (default: settings, then the shipped one).")
    ] = None,
    batch_size: Annotated[
        int, typer.Option(min=1, help="Adverts read and classified at a time.")
    ] = 32,
) -> None:
    """Classify JSONL adverts {"id"?, "text", "title"?, "url"?}; write JSONL results in order."""
    if file != "-" and not Path(file).is_file():
        raise fail(f"no such file: {file}")
    settings = runtime(ctx).settings
    clf = _load_classifier(settings, model_dir, batch_size)
    out = sys.stdout
    bad = 0
    chunk: list[tuple[AdvertInput, Any]] = []
    # A file's lines are counted first (fast) so the bar knows its end; stdin has none.
    total = _count_lines(file) if file != "-" else None

    def flush() -> None:
        results = clf.classify([a for a, _ in chunk])
        for (_, ident), result in zip(chunk, results, strict=True):
            row = result.to_dict()
            row["id"] = ident  # as given (a number stays a number)
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        out.flush()
        chunk.clear()

    with progress(settings, "classify", total, unit="lines") as bar:
        for n, raw in _lines(file):
            bar.update(n)
            if not raw.strip():
                continue  # blank lines (a trailing newline) are not adverts
            try:
                chunk.append(parse_line(raw))
            except ValueError as exc:
                bad += 1
                typer.echo(f"line {n}: {exc}", err=True)
                continue
            if len(chunk) >= batch_size:
                flush()
        if chunk:
            flush()
    if bad:
        typer.echo(f"{bad} line(s) skipped", err=True)
        raise typer.Exit(1)


def train(
    ctx: typer.Context,
    base: Annotated[
        str | None,
        typer.Option(help="Fine-tune this local folder or HF-cached model (never downloaded)."),
    ] = None,
    data: Annotated[Path, typer.Option(help="Folder with train/dev/test.jsonl.")] = Path(
        "training_data"
    ),
    out: Annotated[Path, typer.Option(help="Where to write the model folder.")] = Path(
        "classifier/model"
    ),
    seed: Annotated[int, typer.Option(help="Random seed (runs are reproducible).")] = 13,
    mlm: Annotated[
        bool,
        typer.Option(
            "--mlm/--no-mlm", help="Masked-LM pretraining of the compact model first (default off)."
        ),
    ] = False,
    epochs: Annotated[
        int | None, typer.Option(min=1, help="Fine-tuning epochs (default: 12, base: 4).")
    ] = None,
    real: Annotated[
        Path | None,
        typer.Option(
            help="Folder of real labelled adverts (train.jsonl, dev.jsonl): half of train is "
            "learned from, half fits the fusion; dev is only scored."
        ),
    ] = None,
    recalibrate: Annotated[
        bool,
        typer.Option(
            "--recalibrate",
            help="Keep the network in --out; refit the n-gram model and the fusion with "
            "today's rules and re-score (after a rule change).",
        ),
    ] = False,
) -> None:
    """Train, calibrate and evaluate a classifier model folder."""

    from classifier.train import TrainArgs
    from classifier.train import train as run_training

    settings = runtime(ctx).settings  # configures logging (plain or JSON lines)
    from classifier.train import recalibrate as run_recalibration

    if real is not None and not (real / "train.jsonl").is_file():
        raise fail(f"no real adverts at {real / 'train.jsonl'}")
    args = TrainArgs(seed=seed, mlm=mlm, real=str(real) if real is not None else None)
    if epochs is not None:
        args.epochs = args.base_epochs = epochs
    try:
        if recalibrate:
            metrics = run_recalibration(out, data)
        else:
            with progress(settings, "train", unit="steps") as bar:
                metrics = run_training(base, data, out, args, progress=bar.callback)
    except FileNotFoundError as exc:
        raise fail(str(exc)) from exc
    typer.echo(f"model {metrics['version']} written to {out} in {metrics['total_seconds']} s")
    for split in ("dev", "test", "challenge", "real_dev"):
        if split in metrics:
            s = metrics[split]["systems"]["fusion"]
            typer.echo(
                f"{split}: verdict F1 {s['verdict']['f1']:.3f}, "
                f"red-flag micro-F1 {s['flags']['micro']['f1']:.3f}"
            )


def evaluate(
    ctx: typer.Context,
    data: Annotated[
        Path | None,
        typer.Option(
            help="One labelled JSONL file (e.g. test.jsonl). Without it: corpus dev, test and "
            "the challenge set, and real dev with --real."
        ),
    ] = None,
    model_dir: Annotated[
        Path | None, typer.Option(help="Model folder (default: settings, then the shipped one).")
    ] = None,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Also write the full results as JSON here.")
    ] = None,
    train_file: Annotated[
        Path | None,
        typer.Option("--train", help="Baseline training file (default: train.jsonl beside it)."),
    ] = None,
    corpus: Annotated[Path, typer.Option(help="Corpus folder for the standard splits.")] = Path(
        "training_data"
    ),
    real: Annotated[
        Path | None,
        typer.Option(
            help="Folder of real labelled adverts: also score its dev.jsonl (per source), with "
            "the baseline trained on the same data as the model."
        ),
    ] = None,
) -> None:
    """Compare rules, model, fusion and a TF-IDF baseline on labelled adverts."""
    from classifier.evaluate import evaluate as run_evaluation
    from classifier.evaluate import format_table

    clf = _load_classifier(runtime(ctx).settings, model_dir)
    if data is None:
        from classifier.train import report as standard_report

        for path in (corpus / "train.jsonl", *([real / "dev.jsonl"] if real else [])):
            if not path.is_file():
                raise fail(f"no such file: {path}")
        results = standard_report(clf, corpus, str(real) if real else None)
        for name, split in results.items():
            if isinstance(split, dict) and "systems" in split:
                typer.echo(f"== {name}\n" + format_table(split) + "\n")
        if "layout_probe" in results:
            probe = results["layout_probe"]
            typer.echo(
                f"layout-only probe (real train -> real dev): verdict F1 "
                f"{probe['verdict']['f1']:.3f}, ROC-AUC {probe['roc_auc']:.3f}"
            )
        report: dict[str, Any] = results
    else:
        train_path = train_file or data.with_name("train.jsonl")
        for path in (data, train_path):
            if not path.is_file():
                raise fail(f"no such file: {path}")
        report = run_evaluation(clf, data, train_file=train_path, out=sys.stdout)
    if json_out is not None:
        json_out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", "utf-8")


def register(app: typer.Typer) -> None:
    app.command()(classify)
    app.command()(train)
    app.command()(evaluate)
