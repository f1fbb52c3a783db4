"""Telling Telegram where to deliver (``setWebhook``) and asking how delivery goes
(``getWebhookInfo``), for ``waspada bots`` (WhatsApp's webhook is registered in Meta's app
dashboard: see the README).

``setWebhook`` is given ``WASPADA_TELEGRAM_WEBHOOK_SECRET`` as ``secret_token``, so Telegram
sends it back in ``X-Telegram-Bot-Api-Secret-Token`` with every update, and
``allowed_updates=["message"]``: the bot answers messages only, so nothing else is delivered.
"""

from __future__ import annotations

from typing import Any

import httpx

from waspada.settings import Settings


class RegistrationError(Exception):
    """Telegram refused, or could not be reached; the message says which and why."""


def _call(settings: Settings, method: str, payload: dict[str, Any] | None = None) -> Any:
    if not settings.telegram_enabled:
        raise RegistrationError(
            "the Telegram bot is not set up: set WASPADA_TELEGRAM_BOT_TOKEN and "
            "WASPADA_TELEGRAM_WEBHOOK_SECRET"
        )
    base = settings.telegram_api_url.rstrip("/")
    url = f"{base}/bot{settings.telegram_bot_token}/{method}"
    try:
        response = httpx.post(url, json=payload or {}, timeout=settings.bot_send_timeout_s)
        data = response.json()
    except httpx.HTTPError as exc:
        # The URL holds the token: name the host only.
        raise RegistrationError(f"could not reach {base} ({type(exc).__name__})") from None
    except ValueError:
        raise RegistrationError(f"{method}: HTTP {response.status_code}, not JSON") from None
    if not isinstance(data, dict) or not data.get("ok"):
        detail = data.get("description", "") if isinstance(data, dict) else ""
        raise RegistrationError(f"Telegram refused {method}: {detail or response.status_code}")
    return data.get("result")


def set_telegram_webhook(settings: Settings, url: str, *, drop_pending: bool = False) -> None:
    """Register ``url`` (https, the public address of ``/bots/telegram``)."""
    if not url.startswith("https://") or not url.rstrip("/").endswith("/bots/telegram"):
        raise RegistrationError(
            f"{url!r} is not the webhook's address: give https://YOUR-HOST/bots/telegram "
            "(Telegram delivers over HTTPS only)"
        )
    _call(
        settings,
        "setWebhook",
        {
            "url": url,
            "secret_token": settings.telegram_webhook_secret,
            "allowed_updates": ["message"],
            "drop_pending_updates": drop_pending,
        },
    )


def telegram_webhook_info(settings: Settings) -> dict[str, Any]:
    """Telegram's view: the registered URL, updates waiting, the last delivery error."""
    result = _call(settings, "getWebhookInfo")
    return result if isinstance(result, dict) else {}
