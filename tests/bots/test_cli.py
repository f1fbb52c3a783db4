"""``waspada bots telegram-webhook`` and ``waspada bots status``, run as the real console
script against the fake Bot API."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from store.services.bots import Incoming, receive
from tests.bots.conftest import TELEGRAM_SECRET
from tests.bots.fakes import TELEGRAM_TOKEN, FakeAPI

WASPADA = str(Path(sys.executable).with_name("waspada"))


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("WASPADA_")}
    return subprocess.run(
        [WASPADA, *args], capture_output=True, text=True, env=clean | env, timeout=120
    )


def test_registering_the_telegram_webhook_and_reading_the_status(
    migrated_url: str, telegram_api: FakeAPI, factory: sessionmaker[Session]
) -> None:
    env = {
        "WASPADA_DATABASE_URL": migrated_url,
        "WASPADA_TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN,
        "WASPADA_TELEGRAM_WEBHOOK_SECRET": TELEGRAM_SECRET,
        "WASPADA_TELEGRAM_API_URL": telegram_api.url,
    }
    out = run("bots", "telegram-webhook", "https://cek.example.id/bots/telegram", env=env)
    assert out.returncode == 0, out.stderr
    assert telegram_api.webhook == {
        "url": "https://cek.example.id/bots/telegram",
        "secret_token": TELEGRAM_SECRET,
        "allowed_updates": ["message"],
        "drop_pending_updates": False,
    }
    assert "Telegram delivers to https://cek.example.id/bots/telegram" in out.stdout
    wrong = run("bots", "telegram-webhook", "http://cek.example.id/", env=env)
    assert wrong.returncode == 2 and "https://YOUR-HOST/bots/telegram" in wrong.stderr

    receive(factory, [Incoming("telegram", "1", "h" * 64, {"kind": "text", "chat": "1"})])
    status = run("bots", "status", "--json", env=env)
    assert status.returncode == 0, status.stderr
    report = json.loads(status.stdout)
    assert (report["telegram"], report["whatsapp"]) == ("on", "off")
    assert report["telegram messages"] == {"pending": 1}
    assert report["telegram webhook"]["pending_update_count"] == 3
    assert report["telegram webhook"]["last_error_message"] == "Connection refused"
    assert TELEGRAM_TOKEN not in status.stdout


def test_without_the_telegram_settings_the_command_says_what_to_set(migrated_url: str) -> None:
    out = run(
        "bots", "telegram-webhook", "https://x.id/bots/telegram",
        env={"WASPADA_DATABASE_URL": migrated_url},
    )  # fmt: skip
    assert out.returncode == 2
    assert "WASPADA_TELEGRAM_BOT_TOKEN" in out.stderr
