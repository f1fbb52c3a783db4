"""Who may deliver: forged, stale and malformed deliveries are refused and cause nothing; the
WhatsApp verification handshake; a platform that is not set up answers 404."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from store.models import BotChat, BotReply, BotUpdate
from tests.bots.conftest import VERIFY_TOKEN, BotApp, bot_settings, serve
from tests.bots.fakes import FakeAPI
from tests.fixture_adverts import SCAMS
from waspada.settings import Settings


def _nothing_stored(factory: sessionmaker[Session]) -> None:
    with factory() as session:
        for model in (BotUpdate, BotChat, BotReply):
            assert session.scalar(select(func.count()).select_from(model)) == 0, model


def test_forged_telegram_deliveries_are_refused_and_cause_nothing(
    bot: BotApp, telegram_api: FakeAPI, factory: sessionmaker[Session]
) -> None:
    missing = bot.deliver.telegram(SCAMS[0], secret=None)
    assert missing.status_code == 401
    assert "X-Telegram-Bot-Api-Secret-Token" in missing.json()["detail"]
    assert bot.deliver.telegram(SCAMS[0], secret="wrong-secret").status_code == 403
    assert bot.deliver.telegram(SCAMS[0], secret="").status_code == 403
    _nothing_stored(factory)
    # A genuine message afterwards is the only one answered.
    bot.deliver.telegram("halo", chat_id=31337)
    telegram_api.wait_for(1)
    assert len(telegram_api.calls) == 1 and telegram_api.calls[0]["body"]["chat_id"] == "31337"


def test_forged_whatsapp_deliveries_are_refused_and_cause_nothing(
    bot: BotApp, whatsapp_api: FakeAPI, factory: sessionmaker[Session]
) -> None:
    assert bot.deliver.whatsapp(SCAMS[0], secret=None).status_code == 401
    # Signed with another secret, or a body changed after signing.
    assert bot.deliver.whatsapp(SCAMS[0], secret="not-the-app-secret").status_code == 403
    notification = bot.deliver.whatsapp_notification(SCAMS[0])
    good = bot.deliver.post_whatsapp(notification)  # signs this body ...
    assert good.status_code == 200
    raw = json.dumps(notification).encode()
    signature = good.request.headers["X-Hub-Signature-256"]
    tampered = raw.replace(b"6281234567890", b"6289999999999")
    r = bot.client.post(
        "/bots/whatsapp", content=tampered, headers={"X-Hub-Signature-256": signature}
    )
    assert r.status_code == 403
    assert (
        bot.client.post(
            "/bots/whatsapp", content=raw, headers={"X-Hub-Signature-256": "sha1=" + "0" * 40}
        ).status_code
        == 403
    )
    whatsapp_api.wait_for(1)
    with factory() as session:
        assert session.scalar(select(func.count()).select_from(BotUpdate)) == 1


def test_a_stale_delivery_is_refused_even_when_signed(
    bot: BotApp, telegram_api: FakeAPI, whatsapp_api: FakeAPI, factory: sessionmaker[Session]
) -> None:
    eight_days_ago = int(time.time()) - 8 * 86400
    r = bot.deliver.whatsapp(SCAMS[0], timestamp=eight_days_ago)
    assert r.status_code == 403 and "stale" in r.json()["detail"]
    assert bot.deliver.telegram(SCAMS[0], date=eight_days_ago).status_code == 403
    _nothing_stored(factory)
    assert telegram_api.calls == [] and whatsapp_api.calls == []


def test_malformed_and_oversized_deliveries(bot: BotApp, factory: sessionmaker[Session]) -> None:
    headers = {"X-Telegram-Bot-Api-Secret-Token": "tg-Secret_0123456789"}
    assert (
        bot.client.post("/bots/telegram", content=b"{not json", headers=headers).status_code == 400
    )
    assert (
        bot.client.post("/bots/telegram", json={"message": {}}, headers=headers).status_code == 400
    )
    no_chat = {"update_id": 5, "message": {"message_id": 1, "text": "x"}}
    assert bot.client.post("/bots/telegram", json=no_chat, headers=headers).status_code == 400
    huge = b'{"update_id": 1, "x": "' + b"a" * 1_100_000 + b'"}'
    assert bot.client.post("/bots/telegram", content=huge, headers=headers).status_code == 413
    assert bot.deliver.post_whatsapp({"object": "whatsapp_business_account"}).status_code == 400
    _nothing_stored(factory)


def test_whatsapp_statuses_and_other_numbers_are_not_answered(
    bot: BotApp, factory: sessionmaker[Session]
) -> None:
    statuses = bot.deliver.whatsapp_notification("x")
    value = statuses["entry"][0]["changes"][0]["value"]
    del value["messages"]
    value["statuses"] = [{"id": "wamid.out1", "status": "delivered", "recipient_id": "628123"}]
    assert bot.deliver.post_whatsapp(statuses).json() == {"ok": True, "received": 0}
    other = bot.deliver.whatsapp_notification(SCAMS[0], phone_number_id="999")
    assert bot.deliver.post_whatsapp(other).json() == {"ok": True, "received": 0}
    _nothing_stored(factory)


def test_the_whatsapp_verification_handshake(bot: BotApp) -> None:
    ok = bot.client.get(
        "/bots/whatsapp",
        params={
            "hub.mode": "subscribe",
            "hub.verify_token": VERIFY_TOKEN,
            "hub.challenge": "1158201444",
        },
    )
    assert (ok.status_code, ok.text) == (200, "1158201444")
    for params in (
        {"hub.mode": "subscribe", "hub.verify_token": "guess", "hub.challenge": "1"},
        {"hub.mode": "unsubscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1"},
        {"hub.challenge": "1"},
    ):
        assert bot.client.get("/bots/whatsapp", params=params).status_code == 403


@pytest.fixture
def telegram_only(
    settings: Settings, classifier: Any, telegram_api: FakeAPI, whatsapp_api: FakeAPI
) -> Iterator[BotApp]:
    configured = bot_settings(
        settings,
        telegram_api,
        whatsapp_api,
        whatsapp_verify_token="",
        whatsapp_app_secret="",
        whatsapp_access_token="",
        whatsapp_phone_number_id="",
    )
    yield from serve(configured, classifier)


def test_a_platform_that_is_not_set_up_answers_404(
    telegram_only: BotApp, factory: sessionmaker[Session]
) -> None:
    r = telegram_only.deliver.whatsapp(SCAMS[0])
    assert r.status_code == 404 and "WhatsApp bot is not set up" in r.json()["detail"]
    assert (
        telegram_only.client.get("/bots/whatsapp", params={"hub.mode": "subscribe"}).status_code
        == 404
    )
    _nothing_stored(factory)
    assert telegram_only.deliver.telegram("halo").status_code == 200


def test_with_no_platform_set_up_both_answer_404_and_no_worker_runs(
    settings: Settings, classifier: Any
) -> None:
    from tests.citizen.conftest import citizen_settings

    for bot in serve(citizen_settings(settings), classifier):
        assert bot.app.state.bots.worker is None
        assert bot.deliver.telegram("halo").status_code == 404
        assert bot.deliver.whatsapp("halo").status_code == 404


def test_half_a_platforms_settings_stop_the_start_with_what_to_set() -> None:
    with pytest.raises(ValueError, match="WASPADA_TELEGRAM_WEBHOOK_SECRET"):
        Settings(telegram_bot_token="123:abc", _env_file=None)
    with pytest.raises(ValueError, match="WASPADA_WHATSAPP_PHONE_NUMBER_ID"):
        Settings(
            whatsapp_verify_token="v", whatsapp_app_secret="s", whatsapp_access_token="t",
            _env_file=None,
        )  # fmt: skip
    with pytest.raises(ValueError, match="only A-Z, a-z, 0-9"):
        Settings(telegram_bot_token="1:a", telegram_webhook_secret="has space", _env_file=None)
    assert Settings(_env_file=None).telegram_enabled is False
