"""``report``: the task force's monthly report (PDF and CSV) from the command line, the same
files as ``GET /reports/monthly.pdf`` and ``.csv``."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Annotated

import typer

from cli.common import fail
from cli.context import runtime
from cli.progress import progress
from waspada.settings import Settings


def _model_version_on_disk(settings: Settings) -> str | None:
    """The configured model's version, read from its calibration file (no model loading)."""
    try:
        from classifier.fusion import Calibration
        from classifier.pipeline import SHIPPED_MODEL_DIR

        return Calibration.load(settings.model_dir or SHIPPED_MODEL_DIR).version or None
    except (OSError, ValueError, KeyError):
        return None


def report(
    ctx: typer.Context,
    month: Annotated[
        str | None,
        typer.Option(help="Month as YYYY-MM, e.g. 2026-11 (default: last month, WIB)."),
    ] = None,
    out: Annotated[Path, typer.Option(help="Folder to write the PDF and CSV into.")] = Path("."),
    region: Annotated[
        str | None,
        typer.Option(help="Only this region (a source's or a tip's), e.g. 'Kota Jambi'."),
    ] = None,
) -> None:
    """Write the monthly report (PDF and CSV, Bahasa Indonesia) for one month."""
    from sqlalchemy.exc import SQLAlchemyError

    from reports.csv_export import render_csv
    from reports.monthly import UNKNOWN_MODEL, build
    from reports.pdf import render_pdf
    from store.errors import StoreError
    from store.services.periods import parse_month, previous_month

    month = month or previous_month()
    try:
        parse_month(month)  # a bad month is refused before anything is read or written
    except StoreError as exc:
        raise fail(f"--month: {exc}") from exc
    rt = runtime(ctx)
    settings = rt.settings
    # Three steps: the month's figures from the database, the PDF (charts), the CSV.
    with progress(settings, f"report {month}", 3, unit="steps") as bar:
        bar.update(0, note="reading the database")
        try:
            monthly = build(rt.sessions, month, region)
        except SQLAlchemyError as exc:
            raise fail(f"could not read the database ({settings.database_url}): {exc}") from exc
        if monthly.model_version == UNKNOWN_MODEL:
            # No advert was classified that month: name the model that would classify them now.
            on_disk = _model_version_on_disk(settings)
            if on_disk:
                monthly = dataclasses.replace(monthly, model_version=on_disk)
        try:
            out.mkdir(parents=True, exist_ok=True)
            pdf_path = out / f"{monthly.basename}.pdf"
            csv_path = out / f"{monthly.basename}.csv"
            bar.update(1, note="writing the PDF")
            pdf_path.write_bytes(render_pdf(monthly))
            bar.update(2, note="writing the CSV")
            csv_path.write_bytes(render_csv(monthly))
            bar.update(3, note="")
        except OSError as exc:
            raise fail(f"could not write the report into {out}: {exc}") from exc
    s = monthly.stats
    typer.echo(
        f"{monthly.title}: {s.adverts_crawled} crawled, {s.adverts_flagged} flagged, "
        f"{s.cases_reviewed} decided"
    )
    typer.echo(str(pdf_path))
    typer.echo(str(csv_path))


def register(app: typer.Typer) -> None:
    app.command()(report)
