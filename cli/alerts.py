"""``alerts work``, ``alerts list`` and ``alerts retry``."""

from __future__ import annotations

import json
import logging
import signal
import threading
from types import FrameType
from typing import Annotated

import typer

from cli.common import fail
from cli.context import runtime

alerts_app = typer.Typer(help="Send alerts and see how their delivery went.", no_args_is_help=True)


@alerts_app.command("work")
def work(
    ctx: typer.Context,
    once: Annotated[bool, typer.Option(help="One round of sending, then exit.")] = False,
) -> None:
    """Send due alerts (e-mail, webhooks) until stopped; several workers may run at once."""
    from alerts.delivery import deliver_due, run_worker

    rt = runtime(ctx)
    settings = rt.settings
    logging.basicConfig(level=settings.log_level)
    if once:
        report = deliver_due(rt.sessions, settings=settings)
    else:
        stop = threading.Event()

        def _stop(_signum: int, _frame: FrameType | None) -> None:
            stop.set()  # finish the message in hand, record it, then exit

        signal.signal(signal.SIGTERM, _stop)
        signal.signal(signal.SIGINT, _stop)
        report = run_worker(rt.sessions, settings, stop)
    typer.echo(
        f"alerts: {report.sent} sent, {report.retrying} to retry, {report.failed} failed "
        f"({report.messages} messages)"
    )


@alerts_app.command("list")
def list_alerts(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(help="How many, newest first.")] = 20,
    status: Annotated[str, typer.Option(help="Only pending, sent or failed.")] = "",
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """Print recent alerts with their delivery status, attempts and last error."""
    from store.errors import StoreError
    from store.services.alert_outbox import alert_dict
    from store.services.alert_outbox import list_alerts as recent

    try:
        with runtime(ctx).sessions() as session:
            rows = [alert_dict(a) for a in recent(session, status=status or None, limit=limit)]
    except StoreError as exc:
        raise fail(str(exc)) from exc
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    if not rows:
        typer.echo("no alerts")
        return
    typer.echo(f"{'id':>5}  {'created (UTC)':16}  {'status':7}  {'tries':>5}  rule -> advert")
    for r in rows:
        line = (
            f"{r['id']:>5}  {r['created_at'][:16].replace('T', ' '):16}  {r['status']:7}  "
            f"{r['attempts']:>5}  {r['rule_name']} -> #{r['advert_id']} {r['advert_title'][:50]}"
        )
        typer.echo(line)
        if r["last_error"] and r["status"] != "sent":
            typer.echo(f"{'':>7}last error: {r['last_error'][:160]}")


@alerts_app.command("retry")
def retry(
    ctx: typer.Context, alert_id: Annotated[int, typer.Argument(help="The alert's id.")]
) -> None:
    """Make a pending or failed alert due now (the worker sends it on its next round)."""
    from store.errors import StoreError
    from store.services.alert_outbox import retry_alert

    try:
        retry_alert(runtime(ctx).sessions, alert_id, actor="cli")
    except StoreError as exc:
        raise fail(str(exc)) from exc
    typer.echo(f"alert {alert_id} is due now")


def register(app: typer.Typer) -> None:
    app.add_typer(alerts_app, name="alerts")
