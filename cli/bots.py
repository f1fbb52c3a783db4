"""``bots telegram-webhook`` and ``bots status``: registering the Telegram bot's webhook and
seeing how the bots' inbox and outbox are doing."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from cli.common import fail
from cli.context import runtime

bots_app = typer.Typer(help="The Telegram and WhatsApp bots.", no_args_is_help=True)


@bots_app.command("telegram-webhook")
def telegram_webhook(
    ctx: typer.Context,
    url: Annotated[str, typer.Argument(help="https://YOUR-HOST/bots/telegram")],
    drop_pending: Annotated[
        bool, typer.Option(help="Drop the updates Telegram holds for the bot.")
    ] = False,
) -> None:
    """Register the webhook with Telegram (setWebhook, with WASPADA_TELEGRAM_WEBHOOK_SECRET as
    its secret_token), then print what Telegram reports."""
    from bots.registration import RegistrationError, set_telegram_webhook, telegram_webhook_info

    settings = runtime(ctx).settings
    try:
        set_telegram_webhook(settings, url, drop_pending=drop_pending)
        info = telegram_webhook_info(settings)
    except RegistrationError as exc:
        raise fail(str(exc)) from None
    typer.echo(f"Telegram delivers to {info.get('url', '?')}")
    typer.echo(f"updates waiting: {info.get('pending_update_count', 0)}")


@bots_app.command("status")
def status(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """Which bots are on, messages and replies by status, and Telegram's own view of delivery
    (updates waiting, the last error it met calling the webhook)."""
    from bots.registration import RegistrationError, telegram_webhook_info
    from store.services.bots import backlog

    rt = runtime(ctx)
    settings = rt.settings
    report: dict[str, object] = {
        "telegram": "on" if settings.telegram_enabled else "off",
        "whatsapp": "on" if settings.whatsapp_enabled else "off",
        **backlog(rt.sessions),
    }
    if settings.telegram_enabled:
        try:
            info = telegram_webhook_info(settings)
            report["telegram webhook"] = {
                k: info[k]
                for k in ("url", "pending_update_count", "last_error_message")
                if k in info
            }
        except RegistrationError as exc:
            report["telegram webhook"] = {"error": str(exc)}
    if as_json:
        typer.echo(json.dumps(report))
        return
    for key, value in report.items():
        typer.echo(f"{key}: {json.dumps(value) if isinstance(value, dict) else value}")


def register(app: typer.Typer) -> None:
    app.add_typer(bots_app, name="bots")
