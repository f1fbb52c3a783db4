"""Sending a reply through each platform's official API (plain httpx; no SDK needed).

- Telegram: ``POST {WASPADA_TELEGRAM_API_URL}/bot{token}/sendMessage`` with ``chat_id`` and
  ``text`` (link previews off: the answer quotes links that should not unfurl).
- WhatsApp: ``POST {WASPADA_WHATSAPP_API_URL}/{phone-number-id}/messages`` with a bearer
  access token and ``{"messaging_product": "whatsapp", "to": ..., "type": "text", ...}``.

Each send says what to do next (:class:`Sent`): done; try again later (a network error, a
5xx, a 429: Telegram's ``retry_after`` is honoured; also 401/404, a token the operator can
fix, so replies wait for the fix instead of being lost); or give up at once when the platform
refuses this very message (Telegram 400/403: the chat is gone or the person blocked the bot;
WhatsApp 400: e.g. outside the 24-hour window in which a business may reply freely).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from waspada.settings import Settings

MAX_ERROR_CHARS = 300


@dataclass(frozen=True)
class Sent:
    ok: bool
    error: str = ""
    permanent: bool = False  # retrying cannot help
    retry_after_s: float | None = None  # the platform said when to try again


def _error(response: httpx.Response) -> str:
    # The platform's own description (never the message we sent: it quotes a citizen's text).
    try:
        data: Any = response.json()
    except ValueError:
        return f"HTTP {response.status_code}"
    if isinstance(data, dict):
        detail = data.get("description") or (data.get("error") or {}).get("message", "")
        if detail:
            return f"HTTP {response.status_code}: {str(detail)[:MAX_ERROR_CHARS]}"
    return f"HTTP {response.status_code}"


class Platforms:
    """One HTTP client for both platforms; ``send(platform, recipient, text)``."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.client = httpx.Client(
            timeout=settings.bot_send_timeout_s,
            follow_redirects=False,
            headers={"User-Agent": settings.user_agent},
        )

    def close(self) -> None:
        self.client.close()

    def send(self, platform: str, recipient: str, text: str) -> Sent:
        try:
            if platform == "telegram":
                return self._telegram(recipient, text)
            if platform == "whatsapp":
                return self._whatsapp(recipient, text)
        except httpx.HTTPError as exc:
            return Sent(False, f"{type(exc).__name__}: could not reach {platform}")
        return Sent(False, f"unknown platform {platform!r}", permanent=True)

    def _telegram(self, chat_id: str, text: str) -> Sent:
        s = self.settings
        url = f"{s.telegram_api_url.rstrip('/')}/bot{s.telegram_bot_token}/sendMessage"
        body = {"chat_id": chat_id, "text": text, "link_preview_options": {"is_disabled": True}}
        response = self.client.post(url, json=body)
        if response.status_code == 200:
            return Sent(True)
        retry_after = None
        if response.status_code == 429:
            try:
                retry_after = float(response.json()["parameters"]["retry_after"])
            except (ValueError, KeyError, TypeError):
                retry_after = None
        permanent = response.status_code in (400, 403)
        return Sent(False, _error(response), permanent=permanent, retry_after_s=retry_after)

    def _whatsapp(self, number: str, text: str) -> Sent:
        s = self.settings
        url = f"{s.whatsapp_api_url.rstrip('/')}/{s.whatsapp_phone_number_id}/messages"
        body = {
            "messaging_product": "whatsapp",
            "recipient_type": "individual",
            "to": number,
            "type": "text",
            "text": {"preview_url": False, "body": text},
        }
        headers = {"Authorization": f"Bearer {s.whatsapp_access_token}"}
        response = self.client.post(url, json=body, headers=headers)
        if response.status_code == 200:
            return Sent(True)
        return Sent(False, _error(response), permanent=response.status_code == 400)
