"""Fixtures for the chat bots: fake Telegram and WhatsApp APIs on loopback, the real app (with
the shipped classifier, loaded once per session) served over HTTP, and a helper that delivers
updates to its webhooks the way each platform does."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import httpx
import pytest
from fastapi import FastAPI

from tests.bots.fakes import PHONE_NUMBER_ID, TELEGRAM_TOKEN, WHATSAPP_TOKEN, FakeAPI
from tests.citizen.conftest import citizen_settings, make_app
from tests.citizen.servers import Site
from tests.conftest import LiveServer
from waspada.settings import Settings

TELEGRAM_SECRET = "tg-Secret_0123456789"
WHATSAPP_SECRET = "wa-app-secret-0123456789"
VERIFY_TOKEN = "verify-me-please"
PUBLIC_URL = "https://cek.example.id"
T = TypeVar("T")


@pytest.fixture
def telegram_api() -> Iterator[FakeAPI]:
    with FakeAPI("telegram") as api:
        yield api


@pytest.fixture
def whatsapp_api() -> Iterator[FakeAPI]:
    with FakeAPI("whatsapp") as api:
        yield api


def bot_settings(
    settings: Settings, telegram: FakeAPI, whatsapp: FakeAPI, **overrides: Any
) -> Settings:
    """Both platforms on, pointing at the fakes; quick polling and retries; no rate limit."""
    values: dict[str, Any] = {
        "telegram_bot_token": TELEGRAM_TOKEN,
        "telegram_webhook_secret": TELEGRAM_SECRET,
        "telegram_api_url": telegram.url,
        "whatsapp_verify_token": VERIFY_TOKEN,
        "whatsapp_app_secret": WHATSAPP_SECRET,
        "whatsapp_access_token": WHATSAPP_TOKEN,
        "whatsapp_phone_number_id": PHONE_NUMBER_ID,
        "whatsapp_api_url": whatsapp.url + "/v21.0",
        "bot_rate_limit": "",
        "bot_poll_interval_s": 0.05,
        "bot_retry_base_s": 0.05,
        "bot_retry_cap_s": 0.5,
        "public_base_url": PUBLIC_URL,
        **overrides,
    }
    return citizen_settings(settings, **values)


class Deliver:
    """Sends updates to the app's webhooks as Telegram and WhatsApp would."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client
        self._ids = itertools.count(1000)

    def telegram_update(
        self,
        text: str | None = None,
        *,
        chat_id: int = 55501234,
        update_id: int | None = None,
        forwarded: bool = False,
        username: str | None = "budi_jambi",
        date: int | None = None,
        extra: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        sender: dict[str, Any] = {"id": chat_id, "is_bot": False, "first_name": "Budi"}
        if username:
            sender["username"] = username
        message: dict[str, Any] = {
            "message_id": next(self._ids),
            "from": sender,
            "chat": {"id": chat_id, "type": "private", "first_name": "Budi"},
            "date": int(time.time()) if date is None else date,
        }
        if text is not None:
            message["text"] = text
        if forwarded:
            message["forward_origin"] = {
                "type": "hidden_user",
                "sender_user_name": "Info Loker",
                "date": int(time.time()) - 3600,
            }
        message.update(extra or {})
        return {
            "update_id": next(self._ids) if update_id is None else update_id,
            "message": message,
        }

    def telegram(
        self, text: str | None = None, *, secret: str | None = TELEGRAM_SECRET, **kw: Any
    ) -> httpx.Response:
        return self.post_telegram(self.telegram_update(text, **kw), secret=secret)

    def post_telegram(
        self, update: dict[str, Any], *, secret: str | None = TELEGRAM_SECRET
    ) -> httpx.Response:
        headers = {} if secret is None else {"X-Telegram-Bot-Api-Secret-Token": secret}
        return self.client.post("/bots/telegram", json=update, headers=headers)

    def whatsapp_notification(
        self,
        text: str | None = None,
        *,
        number: str = "6281234567890",
        msg_id: str | None = None,
        forwarded: bool = False,
        timestamp: int | None = None,
        message: dict[str, Any] | None = None,
        phone_number_id: str = PHONE_NUMBER_ID,
    ) -> dict[str, Any]:
        msg: dict[str, Any] = {
            "from": number,
            "id": msg_id or f"wamid.HBgL{next(self._ids)}",
            "timestamp": str(int(time.time()) if timestamp is None else timestamp),
        }
        if message is not None:
            msg.update(message)
        else:
            msg |= {"type": "text", "text": {"body": text or ""}}
        if forwarded:
            msg["context"] = {"forwarded": True}
        value = {
            "messaging_product": "whatsapp",
            "metadata": {
                "display_phone_number": "6281100000000",
                "phone_number_id": phone_number_id,
            },
            "contacts": [{"profile": {"name": "Sari"}, "wa_id": number}],
            "messages": [msg],
        }
        return {
            "object": "whatsapp_business_account",
            "entry": [
                {"id": "102290129340398", "changes": [{"value": value, "field": "messages"}]}
            ],
        }

    def whatsapp(
        self, text: str | None = None, *, secret: str | None = WHATSAPP_SECRET, **kw: Any
    ) -> httpx.Response:
        return self.post_whatsapp(self.whatsapp_notification(text, **kw), secret=secret)

    def post_whatsapp(
        self, notification: dict[str, Any], *, secret: str | None = WHATSAPP_SECRET
    ) -> httpx.Response:
        raw = json.dumps(notification).encode()
        headers = {"Content-Type": "application/json"}
        if secret is not None:
            digest = hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()
            headers["X-Hub-Signature-256"] = f"sha256={digest}"
        return self.client.post("/bots/whatsapp", content=raw, headers=headers)


class BotApp:
    def __init__(self, app: FastAPI, client: httpx.Client, deliver: Deliver) -> None:
        self.app = app
        self.client = client
        self.deliver = deliver


def serve(settings: Settings, model: Any) -> Iterator[BotApp]:
    app = make_app(settings, model)
    with LiveServer(app) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        yield BotApp(app, client, Deliver(client))


@pytest.fixture
def site() -> Iterator[Site]:
    with Site() as s:
        yield s


@pytest.fixture
def bot(
    settings: Settings,
    classifier: Any,
    telegram_api: FakeAPI,
    whatsapp_api: FakeAPI,
    site: Site,
) -> Iterator[BotApp]:
    """The app with both bots on (links on the fixture site may be fetched)."""
    configured = bot_settings(
        settings, telegram_api, whatsapp_api, fetch_allow_list=f"127.0.0.1:{site.port}"
    )
    yield from serve(configured, classifier)


def eventually(read: Callable[[], T], ok: Callable[[T], bool], timeout: float = 30.0) -> T:
    """``read()`` once ``ok`` holds for it (AssertionError with the last value after timeout)."""
    deadline = time.monotonic() + timeout
    while True:
        value = read()
        if ok(value):
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"still {value!r} after {timeout} s")
        time.sleep(0.02)
