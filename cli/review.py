"""``export labels`` (reviewed decisions as training data) and ``agencies import`` (the
licensed-agency register)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from cli.common import fail
from cli.context import runtime
from cli.crawl import export_app

agencies_app = typer.Typer(
    help="The register of licensed placement companies (P3MI).", no_args_is_help=True
)


@export_app.command("labels")
def export_labels(
    ctx: typer.Context,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="JSONL file to write (default: stdout).")
    ] = None,
) -> None:
    """Write investigators' decisions as labelled examples in the training-data format.

    One JSON object a line: id, text, channel, lang, suspicious (escalated: true, dismissed:
    false), red_flags (the latest classification's codes when escalated, [] when dismissed),
    origin "review".
    """
    from store.services.labels import write_jsonl

    with runtime(ctx).sessions() as session:
        if output is None:
            count = write_jsonl(session, sys.stdout)
        else:
            output.parent.mkdir(parents=True, exist_ok=True)
            tmp = output.with_name(output.name + ".part")
            with tmp.open("w", encoding="utf-8") as out:
                count = write_jsonl(session, out)
            tmp.replace(output)  # a reader never sees half a file
    typer.echo(f"wrote {count} labelled examples" + (f" to {output}" if output else ""), err=True)


@agencies_app.command("import")
def agencies_import(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="CSV: name, licence_number, address, status.")],
) -> None:
    """Import the P3MI register from CSV (all or nothing; bad lines are named).

    Agencies already stored are matched by licence number, then by name, and updated.
    """
    from store.errors import StoreError
    from store.services.agencies import import_csv

    if not file.is_file():
        raise fail(f"no such file: {file}")
    try:
        result = import_csv(runtime(ctx).sessions, file.read_bytes(), "cli", filename=file.name)
    except StoreError as exc:
        raise fail(str(exc)) from exc
    typer.echo(
        f"imported {result.rows} rows: {result.created} new, {result.updated} updated, "
        f"{result.unchanged} unchanged"
    )


def register(app: typer.Typer) -> None:
    # ``export labels`` registers itself on the existing ``export`` group (imported above).
    app.add_typer(agencies_app, name="agencies")
