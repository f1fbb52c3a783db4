"""``check``: the citizens' check from the command line (same answer as the page and API)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from cli.common import fail
from cli.context import runtime

if TYPE_CHECKING:
    from classifier.pipeline import Classifier


def _render(answer: dict[str, Any]) -> str:
    """The answer as plain text, in the order the page shows it."""
    lang = answer["lang"]
    score_word = "risk score" if lang == "en" else "nilai risiko"
    if answer["band"] == "not_an_advert":  # no score: it is not a risk band
        advice = answer["advice"]
        return "\n".join([answer["band_label"], advice["summary"], advice["paste_instead"]])
    lines = []
    if answer["input"]["kind"] == "image":  # what the machine read comes first: check it
        label = "The words we read in the picture" if lang == "en" else "Tulisan yang kami baca"
        lines += [f"{label}:", answer["input"]["text"], ""]
    lines += [
        f"{answer['band_label']} ({score_word} {round(answer['score'] * 100)}/100)",
        answer["advice"]["summary"],
        "",
    ]
    for flag in answer["red_flags"]:
        lines.append(f"- {flag['title']} [{flag['code']}]: {flag['explanation']}")
        if flag["evidence"]:
            words = ", ".join(f"\u201c{e['text']}\u201d" for e in flag["evidence"])
            label = "Words in the advert" if lang == "en" else "Kata di iklan"
            lines.append(f"    {label}: {words}")
    lines.append("")
    for n, item in enumerate(answer["advice"]["checks"], 1):
        links = " ".join(link["href"] for link in item["links"])
        lines.append(f"{n}. {item['text']}" + (f" {links}" if links else ""))
    report = answer["advice"]["report"]
    lines.append("")
    lines.append(f"{'Where to report' if lang == 'en' else 'Tempat melapor'} ({report['region']}):")
    for channel in report["regional"] + report["national"]:
        lines.append(f"  {channel['name']}: {channel['contact']}")
    lines += ["", answer["note"]]
    return "\n".join(lines)


def check(
    ctx: typer.Context,
    text_or_url: Annotated[
        str, typer.Argument(help="The advert's text, a link to its page, or - to read stdin.")
    ] = "",
    json_out: Annotated[bool, typer.Option("--json", help="Print the answer as JSON.")] = False,
    lang: Annotated[str, typer.Option(help="Language of the answer: id or en.")] = "id",
    picture: Annotated[
        Path | None,
        typer.Option(
            "--picture",
            help="A picture or PDF of the advert (PNG, JPEG, WebP, GIF, PDF), read by OCR.",
            exists=True,
            dir_okay=False,
        ),
    ] = None,
) -> None:
    """Check one job advert (pasted text, a link, or a picture) as the citizens' page does."""
    from citizen.check import Checker, sniff_input
    from citizen.errors import CheckError
    from citizen.messages import pick_lang
    from citizen.picture_check import picture_file_reading

    settings = runtime(ctx).settings
    chosen = pick_lang(lang)
    value = sys.stdin.read() if text_or_url == "-" else text_or_url
    try:
        loaded: list[Classifier] = []
        checker = Checker(settings, lambda: loaded[0])
        # Input, link and picture errors first: loading the model takes seconds.
        if picture is not None:
            reading = picture_file_reading(checker, picture)
        else:
            reading = checker.read(sniff_input(value, max_chars=settings.check_max_chars))
        from classifier.pipeline import Classifier

        loaded.append(Classifier.load(**settings.classifier_options()))
        answer = checker.classify(reading).to_dict(chosen)
    except CheckError as exc:
        raise fail(exc.message(chosen)) from exc
    except (OSError, ValueError) as exc:
        raise fail(str(exc)) from exc
    if json_out:
        typer.echo(json.dumps(answer, ensure_ascii=False, indent=2))
    else:
        typer.echo(_render(answer))


def register(app: typer.Typer) -> None:
    app.command()(check)
