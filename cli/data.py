"""``backup``, ``restore`` and ``retention``: keeping the data (docs/operations.md).

The work is done in :mod:`store.backup` and :mod:`store.services.retention`; this module reads
the settings, words the outcome for an operator and says what to do next.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cli.common import fail, human_bytes
from cli.context import runtime

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


def backup(
    ctx: typer.Context,
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            "-o",
            help="An existing folder (a waspada-backup-<time>.tar.gz is written in it), a "
            "file name ending in .tar.gz, or a new folder.",
        ),
    ],
) -> None:
    """Back up the embedded SQLite database (safe while the server runs) and the unfinished
    crawls' spools, with a manifest of SHA-256s. PostgreSQL: see docs/operations.md."""
    from store.backup import backup as write_backup
    from store.errors import StoreError
    from waspada import __version__

    settings = runtime(ctx).settings
    try:
        result = write_backup(settings.database_url, settings.data_dir, out, version=__version__)
    except StoreError as exc:
        raise fail(str(exc)) from exc
    except OSError as exc:
        raise fail(f"could not write the backup to {out}: {exc}") from exc
    db = result.manifest["database"]
    typer.echo(
        f"backup written: {result.path}\n"
        f"  database at revision {db['revision']}, {sum(db['row_counts'].values())} rows, "
        f"integrity ok; {len(result.manifest['files'])} file(s) with their SHA-256 in "
        "MANIFEST.json\n"
        f"  restore with: waspada restore {result.path}"
    )


def restore(
    ctx: typer.Context,
    source: Annotated[Path, typer.Argument(help="A backup: its .tar.gz file or its folder.")],
    force: Annotated[
        bool,
        typer.Option(
            help="Replace a database that holds data (it is kept beside it as a "
            ".before-restore copy) and crawl folders of the same name."
        ),
    ] = False,
) -> None:
    """Restore a backup into the configured SQLite database and data folder, after checking
    every file against the manifest. Stop the server first."""
    from store.backup import restore as read_backup
    from store.errors import StoreError
    from store.migrate import head

    rt = runtime(ctx)
    settings = rt.settings
    try:
        result = read_backup(settings.database_url, settings.data_dir, source, force=force)
    except StoreError as exc:
        raise fail(str(exc)) from exc
    except OSError as exc:
        raise fail(f"could not restore {source}: {exc}") from exc
    latest = head()
    lines = [f"restored {source} into {result.database} (revision {result.revision})"]
    if result.moved_aside:
        lines.append(f"  the database as it was is kept at {result.moved_aside}")
    lines.append("next:")
    if result.revision == latest:
        _audit_restore(rt.sessions, source, result.revision)
        lines.append("  - the schema is current; start the server: waspada serve")
    elif result.revision is None:
        lines.append("  - the backup's database has no schema: run waspada db upgrade")
    else:
        lines.append(
            f"  - the backup is at revision {result.revision}, this Waspada's latest is "
            f"{latest}: run `waspada db upgrade` before `waspada serve` (if the backup comes "
            "from a newer Waspada, install that version instead)"
        )
    lines.append("  - unfinished crawls resume from their spools when their source runs again")
    lines.append("  - check it: waspada db current, then sign in and open a case")
    typer.echo("\n".join(lines))


def _audit_restore(sessions: sessionmaker[Session], source: Path, revision: str | None) -> None:
    from store.db import transaction
    from store.services import audit

    with transaction(sessions) as session:
        audit.record(
            session,
            actor="cli",
            action="data.restore",
            target_type="database",
            target_id=revision or "",
            after={"from": str(source)},
        )


def retention(
    ctx: typer.Context,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Only say what would go: counts and bytes.")
    ] = False,
    days: Annotated[
        int | None,
        typer.Option(
            min=1, help="Days to keep (default: WASPADA_RETENTION_UNFLAGGED_SNAPSHOT_DAYS)."
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the outcome as JSON.")] = False,
) -> None:
    """Empty the raw pages of adverts never flagged and not seen for the retention period;
    their record and SHA-256 stay. Evidence (flags, cases, tips, alerts, links to a case) is
    never touched. Audited as retention.purge."""
    from sqlalchemy.exc import SQLAlchemyError

    from store.errors import StoreError
    from store.services.retention import run

    rt = runtime(ctx)
    period = days if days is not None else rt.settings.retention_unflagged_snapshot_days
    try:
        report = run(rt.sessions, period, dry_run=dry_run)
    except StoreError as exc:
        raise fail(str(exc)) from exc
    except SQLAlchemyError as exc:
        raise fail(f"could not read the database ({rt.settings.database_url}): {exc}") from exc
    if as_json:
        typer.echo(json.dumps(report.as_dict()))
        return
    verb = "would purge" if dry_run else "purged"
    typer.echo(
        f"{verb} {report.snapshots} raw snapshot(s) of {report.adverts} never-flagged "
        f"advert(s) last seen before {report.cutoff:%Y-%m-%d %H:%M} UTC: "
        f"{human_bytes(report.raw_bytes)} as fetched, {human_bytes(report.stored_bytes)} stored"
    )
    if dry_run:
        typer.echo("nothing was changed (run without --dry-run to purge)")
    elif report.snapshots and rt.settings.database_url.startswith("sqlite"):
        typer.echo("SQLite reuses the freed space; to shrink the file, stop the server and VACUUM")


def register(app: typer.Typer) -> None:
    app.command()(backup)
    app.command()(restore)
    app.command()(retention)
