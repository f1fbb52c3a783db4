"""Reliable and safe: a redelivered message is answered once, an outage of the platform delays
the answer and loses none, per-sender rate limits, long inputs cut with a message, a
classifier that is away, and the counts that join the statistics (without content)."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.models import BotChat, BotReply, BotUpdate, CitizenCheck, utcnow
from store.services import bots as bot_store
from store.services.periods import Period
from store.services.stats import compute
from tests.bots.conftest import BotApp, bot_settings, eventually, serve
from tests.bots.fakes import FakeAPI
from tests.fixture_adverts import LEGIT, SCAMS
from waspada.settings import Settings


def _replies(factory: sessionmaker[Session]) -> list[BotReply]:
    with factory() as session:
        return list(session.scalars(select(BotReply).order_by(BotReply.id)))


def test_a_message_delivered_twice_is_answered_once(
    bot: BotApp, telegram_api: FakeAPI, whatsapp_api: FakeAPI, factory: sessionmaker[Session]
) -> None:
    update = bot.deliver.telegram_update(SCAMS[0], chat_id=880001, update_id=424200)
    # Telegram redelivers when our "200" is lost; here twice in a row and two at once.
    assert bot.deliver.post_telegram(update).json()["received"] == 1
    assert bot.deliver.post_telegram(update).status_code == 200
    threads = [threading.Thread(target=bot.deliver.post_telegram, args=(update,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    notification = bot.deliver.whatsapp_notification(SCAMS[1], msg_id="wamid.SAME1")
    for _ in range(3):
        assert bot.deliver.post_whatsapp(notification).status_code == 200
    # A later, different message from each: once it is answered, the repeats would have been.
    bot.deliver.telegram("halo", chat_id=880001)
    bot.deliver.whatsapp("halo")
    assert len(telegram_api.wait_for(2)) == 2
    assert len(whatsapp_api.wait_for(2)) == 2
    with factory() as session:
        assert len(session.scalars(select(BotUpdate)).all()) == 4


def test_an_api_that_fails_twice_then_works_delivers_the_reply_exactly_once(
    bot: BotApp, telegram_api: FakeAPI, whatsapp_api: FakeAPI, factory: sessionmaker[Session]
) -> None:
    telegram_api.fail_next(2, 500)
    whatsapp_api.fail_next(2, 503)
    bot.deliver.telegram(SCAMS[2], chat_id=880002)
    bot.deliver.whatsapp(SCAMS[2], number="6281288880002")
    [tg] = telegram_api.wait_for(1)
    [wa] = whatsapp_api.wait_for(1)
    assert "BERBAHAYA" in tg and "BERBAHAYA" in wa
    rows = eventually(
        lambda: _replies(factory), lambda rows: [r.status for r in rows] == ["sent", "sent"]
    )
    assert [r.attempts for r in rows] == [3, 3]
    assert len(telegram_api.calls) == 3 and len(whatsapp_api.calls) == 3
    assert [c["body"]["chat_id"] for c in telegram_api.calls] == ["880002"] * 3
    assert len(telegram_api.delivered) == 1 and len(whatsapp_api.delivered) == 1


def test_telegrams_retry_after_is_honoured_and_a_refused_chat_is_given_up(
    bot: BotApp, telegram_api: FakeAPI, factory: sessionmaker[Session]
) -> None:
    telegram_api.fail_next(1, 403)  # "Forbidden: bot was blocked by the user"
    bot.deliver.telegram("halo", chat_id=880003)
    [row] = eventually(
        lambda: _replies(factory), lambda rows: bool(rows) and rows[0].status == "failed"
    )
    assert row.attempts == 1 and (row.recipient, row.body) == ("", "")
    assert "403" in row.last_error


def test_replies_wait_while_the_platform_is_down_and_keep_their_order(
    bot: BotApp, telegram_api: FakeAPI, factory: sessionmaker[Session]
) -> None:
    telegram_api.fail_next(4, 502)
    bot.deliver.telegram(SCAMS[5], chat_id=880004)
    bot.deliver.telegram("LAPOR", chat_id=880004)
    bot.deliver.telegram("batal", chat_id=880004)
    replies = telegram_api.wait_for(3)
    assert "Kerja paruh waktu" not in replies[0]  # the answer quotes, it does not echo
    assert "🔴" in replies[0] or "🟠" in replies[0]
    assert replies[1].startswith("Kirim iklan tadi")
    assert replies[2].startswith("Baik, tidak jadi dilaporkan.")


@pytest.fixture
def limited_bot(
    settings: Settings, classifier: Any, telegram_api: FakeAPI, whatsapp_api: FakeAPI
) -> Iterator[BotApp]:
    configured = bot_settings(settings, telegram_api, whatsapp_api, bot_rate_limit="3/minute")
    yield from serve(configured, classifier)


def test_a_sender_past_the_rate_limit_gets_one_notice_and_nothing_else(
    limited_bot: BotApp, telegram_api: FakeAPI, factory: sessionmaker[Session]
) -> None:
    for i in range(6):
        assert limited_bot.deliver.telegram(f"{SCAMS[i]}", chat_id=880005).status_code == 200
    limited_bot.deliver.telegram("halo", chat_id=880006)  # another sender is not affected
    replies = eventually(telegram_api.texts, lambda texts: len(texts) >= 5)
    to_limited = [c["body"]["text"] for c in telegram_api.calls if c["body"]["chat_id"] == "880005"]
    assert len(to_limited) == 4
    assert (
        to_limited[3]
        == "Terlalu banyak pesan dalam waktu singkat. Tunggu sebentar, lalu kirim lagi."
    )
    assert any(c["body"]["chat_id"] == "880006" for c in telegram_api.calls)
    with factory() as session:
        statuses = [u.status for u in session.scalars(select(BotUpdate).order_by(BotUpdate.id))]
        assert statuses.count("dropped") == 2
        dropped = session.scalars(select(BotUpdate).where(BotUpdate.status == "dropped")).all()
        assert all(u.payload == {} for u in dropped)  # the text of a flood is never kept
    assert len(replies) == 5


@pytest.fixture
def short_bot(
    settings: Settings, classifier: Any, telegram_api: FakeAPI, whatsapp_api: FakeAPI
) -> Iterator[BotApp]:
    configured = bot_settings(settings, telegram_api, whatsapp_api, check_max_chars=200)
    yield from serve(configured, classifier)


def test_a_long_message_is_cut_and_the_answer_says_so(
    short_bot: BotApp, telegram_api: FakeAPI
) -> None:
    long_text = SCAMS[2] + " " + LEGIT[0] * 3
    assert len(long_text) > 200
    short_bot.deliver.telegram(long_text, chat_id=880007)
    [reply] = telegram_api.wait_for(1)
    assert "Pesan Anda panjang: saya hanya memeriksa 200 huruf pertama." in reply


def test_while_the_classifier_is_away_messages_wait_and_are_answered_when_it_is_back(
    bot: BotApp, telegram_api: FakeAPI, factory: sessionmaker[Session]
) -> None:
    state = bot.app.state.waspada
    model, state.classifier = state.classifier, None
    bot.deliver.telegram(SCAMS[0], chat_id=880008)

    def pending() -> list[BotUpdate]:
        with factory() as session:
            return list(session.scalars(select(BotUpdate)))

    eventually(
        pending, lambda rows: bool(rows) and rows[0].attempts >= 2 and rows[0].status == "pending"
    )
    assert telegram_api.calls == []
    state.classifier = model
    [reply] = telegram_api.wait_for(1)
    assert "BERBAHAYA" in reply


def test_bot_checks_are_counted_per_platform_in_the_statistics(
    bot: BotApp, telegram_api: FakeAPI, whatsapp_api: FakeAPI, factory: sessionmaker[Session]
) -> None:
    bot.client.post("/api/check", json={"text": SCAMS[0]})
    bot.deliver.telegram(SCAMS[0], chat_id=880009)
    bot.deliver.telegram("halo", chat_id=880009)  # help: no check
    bot.deliver.whatsapp(SCAMS[1])
    bot.deliver.whatsapp(LEGIT[0], number="6281200000009")
    telegram_api.wait_for(2)
    whatsapp_api.wait_for(2)
    now = utcnow()
    period = Period(start=now - dt.timedelta(days=1), end=now + dt.timedelta(days=1))
    stats = eventually(lambda: compute(factory, period), lambda s: s.citizen_checks_total == 4)
    by_channel = {c.key: c.count for c in stats.citizen_checks_by_channel}
    assert by_channel == {"web": 1, "telegram": 1, "whatsapp": 2}
    with factory() as session:
        rows = session.scalars(select(CitizenCheck)).all()
        assert {r.input_kind for r in rows} == {"text"}


def test_the_sweep_forgets_adverts_after_the_window_and_old_records(
    bot: BotApp, telegram_api: FakeAPI, factory: sessionmaker[Session]
) -> None:
    bot.deliver.telegram(SCAMS[3], chat_id=880010)
    telegram_api.wait_for(1)
    eventually(lambda: _replies(factory), lambda rows: bool(rows) and rows[0].status == "sent")
    with factory() as session:
        [chat] = session.scalars(select(BotChat)).all()
        assert chat.last_advert == {"kind": "text", "value": SCAMS[3]}
    later = utcnow() + dt.timedelta(hours=2)
    swept = bot_store.sweep(factory, report_window=dt.timedelta(hours=1), now=later)
    assert swept.adverts_forgotten == 1 and swept.updates == 0
    with factory() as session:
        [chat] = session.scalars(select(BotChat)).all()
        assert chat.last_advert is None and chat.last_advert_at is None
    # LAPOR after the window: nothing left to report.
    bot.deliver.telegram("LAPOR", chat_id=880010)
    assert "Belum ada iklan" in telegram_api.wait_for(2)[1]
    eventually(lambda: _replies(factory), lambda rows: [r.status for r in rows] == ["sent"] * 2)
    much_later = utcnow() + dt.timedelta(days=9)
    swept = bot_store.sweep(factory, report_window=dt.timedelta(hours=1), now=much_later)
    assert (swept.updates, swept.replies) == (2, 2)


def test_the_webhook_stores_and_answers_while_the_api_hangs(
    bot: BotApp, telegram_api: FakeAPI
) -> None:
    telegram_api.hold()
    try:
        for i in range(3):
            r = bot.deliver.telegram(SCAMS[i], chat_id=880011 + i)
            assert r.status_code == 200
    finally:
        telegram_api.release()
    assert len(telegram_api.wait_for(3)) == 3


def test_a_webhook_without_a_database_asks_the_platform_to_retry(
    bot: BotApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    def down(*_a: Any, **_k: Any) -> None:
        raise OperationalError("INSERT", {}, Exception("database is down"))

    monkeypatch.setattr("api.routes.bots.receive", down)
    # Not a 200: the platform keeps the update and delivers it again later.
    assert bot.deliver.telegram("halo", chat_id=880020).status_code == 500
