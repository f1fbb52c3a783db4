"""``waspada status``: what an operator asks first, on one screen.

The database (its URL with the password hidden) and whether its schema is the latest; the
model the service would load; each source's latest crawl; the alert outbox (waiting, due now,
given up); the bots' backlog and which platforms are set up; the disk the snapshots and the
data folder take. It reads, never writes, and loads no model (the version is read from the
model folder's calibration file, without torch), so it answers in a second or two.

Exit status: 0 when the database answers and is at the latest revision; 1 when it cannot be
reached, is empty, or is at another revision, with the line saying what to run. ``--json``
prints the same as one JSON object (stdout) for scripts.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated, Any

import typer

from cli.common import human_bytes
from cli.context import runtime
from waspada.settings import PROJECT_ROOT, Settings

SHIPPED_MODEL = PROJECT_ROOT / "classifier" / "model"  # as classifier.pipeline.SHIPPED_MODEL_DIR


def hidden_password(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not a URL SQLAlchemy can read: show nothing of it but the scheme
        return url.split(":", 1)[0] + ":…"


def folder_bytes(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    total = 0
    for p in path.rglob("*"):
        try:
            if p.is_file() and not p.is_symlink():
                total += p.stat().st_size
        except OSError:  # removed while walking
            continue
    return total


def model_status(settings: Settings) -> dict[str, Any]:
    from classifier.fusion import Calibration

    folder = settings.model_dir or SHIPPED_MODEL
    try:
        version = Calibration.load(folder).version
    except (OSError, ValueError, TypeError) as exc:
        return {"folder": str(folder), "version": None, "problem": str(exc)}
    if settings.classifier_int8:
        version += "+int8"
    return {"folder": str(folder), "version": version}


def schema_status(url: str) -> dict[str, Any]:
    """Revision and the latest; ``problem`` and ``fix`` when the service could not run."""
    from sqlalchemy.exc import SQLAlchemyError

    from store.migrate import current, head, known

    latest = head()
    try:
        rev = current(url)
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        return {
            "revision": None,
            "latest": latest,
            "problem": f"the database cannot be reached: {reason}",
            "fix": "check WASPADA_DATABASE_URL and that the database server is running",
        }
    out: dict[str, Any] = {"revision": rev, "latest": latest}
    if rev is None:
        out["problem"] = "the database is empty (no schema)"
        out["fix"] = "run `waspada db upgrade`"
    elif rev != latest and rev in known():
        out["problem"] = f"the schema is behind (at {rev}, latest {latest})"
        out["fix"] = "run `waspada db upgrade`"
    elif rev != latest:
        out["problem"] = f"the database is at revision {rev}, which this version does not know"
        out["fix"] = "run the Waspada version that migrated it (or a newer one)"
    return out


def database_figures(rt: Any, settings: Settings) -> dict[str, Any]:
    from store.services import operations

    with rt.sessions() as session:
        crawls = operations.last_crawls(session)
        outbox = operations.alert_outbox(session)
        backlog = operations.bot_backlog(session)
        count, stored, fetched = operations.snapshot_bytes(session)
    return {
        "crawls": [
            {
                "source": c.source,
                "enabled": c.enabled,
                "status": c.status or None,
                "started_at": _iso(c.started_at),
                "finished_at": _iso(c.finished_at),
                "items": c.items,
                "new": c.new,
                "flagged": c.flagged,
                "errors": c.errors,
            }
            for c in crawls
        ],
        "alert_outbox": {
            "pending": outbox.pending,
            "due": outbox.due,
            "failed": outbox.failed,
            "sent": outbox.sent,
        },
        "bots_backlog": {f"{p} {q} {s}": n for (p, q, s), n in sorted(backlog.items())},
        "snapshots": {"count": count, "bytes_stored": stored, "bytes_fetched": fetched},
    }


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value is not None else None


def gather(rt: Any) -> dict[str, Any]:
    settings: Settings = rt.settings
    url = settings.database_url
    report: dict[str, Any] = {
        "database": hidden_password(url),
        "schema": schema_status(url),
        "model": model_status(settings),
        "data_dir": {
            "path": str(settings.data_dir),
            "bytes": folder_bytes(settings.data_dir) if settings.data_dir.exists() else 0,
        },
        "bots": {"telegram": settings.telegram_enabled, "whatsapp": settings.whatsapp_enabled},
    }
    if url.startswith("sqlite") and (path := _sqlite_path(url)) is not None and path.exists():
        report["database_file_bytes"] = folder_bytes(path)
    if "problem" not in report["schema"]:
        report.update(database_figures(rt, settings))
    return report


def _sqlite_path(url: str) -> Path | None:
    from sqlalchemy.engine import make_url

    database = make_url(url).database
    return Path(database) if database and database != ":memory:" else None


def render(report: dict[str, Any]) -> list[str]:
    schema = report["schema"]
    lines = [f"database    {report['database']}"]
    if "problem" in schema:
        lines.append(f"schema      PROBLEM: {schema['problem']}; {schema['fix']}")
    else:
        lines.append(f"schema      {schema['revision']} (the latest)")
    model = report["model"]
    if model["version"]:
        lines.append(f"model       {model['version']} ({model['folder']})")
    else:
        lines.append(f"model       PROBLEM: {model['problem']}")
    data = report["data_dir"]
    disk = f"data dir    {data['path']}: {human_bytes(data['bytes'])}"
    if "database_file_bytes" in report:
        disk += f" (database file {human_bytes(report['database_file_bytes'])})"
    lines.append(disk)
    if "snapshots" in report:
        snaps = report["snapshots"]
        lines.append(
            f"snapshots   {snaps['count']} pages, {human_bytes(snaps['bytes_stored'])} stored "
            f"({human_bytes(snaps['bytes_fetched'])} as fetched)"
        )
        outbox = report["alert_outbox"]
        lines.append(
            f"alerts      {outbox['pending']} waiting ({outbox['due']} due now), "
            f"{outbox['failed']} failed, {outbox['sent']} sent"
        )
        lines.append("crawls      " + ("" if report["crawls"] else "no sources yet"))
        for c in report["crawls"]:
            state = "" if c["enabled"] else " (disabled)"
            if c["status"] is None:
                lines.append(f"  {c['source']}{state}: never crawled")
                continue
            when = c["finished_at"] or f"started {c['started_at']}"
            lines.append(
                f"  {c['source']}{state}: {c['status']} {when}, {c['items']} adverts "
                f"({c['new']} new, {c['flagged']} flagged, {c['errors']} errors)"
            )
    bots = report["bots"]
    on = [name for name, enabled in bots.items() if enabled]
    lines.append("bots        " + (", ".join(on) if on else "none set up"))
    for key, n in report.get("bots_backlog", {}).items():
        lines.append(f"  {key}: {n}")
    return lines


def status(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object on stdout.")] = False,
) -> None:
    """Database and schema, model, last crawl per source, alert outbox, bots, disk used."""
    report = gather(runtime(ctx))
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for line in render(report):
            typer.echo(line)
    if "problem" in report["schema"]:
        schema = report["schema"]
        typer.secho(f"error: {schema['problem']}: {schema['fix']}", err=True, fg="red")
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(status)
