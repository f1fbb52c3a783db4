"""Delivery over real SMTP and real HTTP: the messages, the signature, retries with backoff
while a receiver is down, exactly one delivery per alert, leases, several workers at once."""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from alerts.delivery import claim_due, deliver_due, start_worker_thread
from store.errors import Conflict
from store.models import Alert, utcnow
from store.services import alert_outbox, alert_rules
from store.services.alert_rules import RuleIn
from tests.alerts.conftest import BASE_URL, WEBHOOK_SECRET, classification, store
from tests.alerts.receivers import SmtpSink, WebhookReceiver, free_port
from tests.fixture_adverts import SCAMS
from waspada.settings import Settings

FEE = "Biaya proses Rp 3.500.000"


def all_alerts(factory: sessionmaker[Session]) -> list[Alert]:
    with factory() as s:
        return list(s.scalars(select(Alert).order_by(Alert.id)))


def hook_rule(factory: sessionmaker[Session], url: str, min_score: float = 0.5) -> int:
    rule = RuleIn(name="Gugus Tugas bot", trigger="score", min_score=min_score,
                  channel="webhook", target=url, secret=WEBHOOK_SECRET)  # fmt: skip
    return alert_rules.create_rule(factory, rule).id


def scams(factory: sessionmaker[Session], n: int) -> list[int]:
    """``n`` distinct high-risk adverts (distinct enough not to be near-duplicates)."""
    ids = []
    for i in range(n):
        text = f"{SCAMS[i % len(SCAMS)]} Iklan nomor {i}: " + " ".join(
            f"kata{i}x{j}" for j in range(60)
        )
        ids.append(store(factory, f"https://t.me/loker/{i}", text, classification(0.9)).advert_id)
    return ids


def test_one_email_per_alert_over_real_smtp(
    factory: sessionmaker[Session], alert_settings: Settings, smtp: SmtpSink
) -> None:
    alert_rules.create_rule(
        factory,
        RuleIn(name="Skor tinggi ke tim", trigger="score", min_score=0.8, channel="email",
               target="Siti@Jambi.example.go.id; budi@jambi.example.go.id"),
    )  # fmt: skip
    advert = store(
        factory,
        "https://t.me/lokerjambi/3",
        SCAMS[2],
        classification(0.93, "upfront_fee", "unclear_procedure", evidence={"upfront_fee": FEE}),
        title="Kerja kilang Malaysia",
    ).advert_id
    report = deliver_due(factory, settings=alert_settings)
    assert (report.claimed, report.sent, report.messages) == (1, 1, 1)

    [msg] = smtp.messages
    assert msg["Subject"] == "[Waspada] Berbahaya: Kerja kilang Malaysia"
    assert smtp.envelopes == [
        ("waspada@jambi.example.go.id", ["siti@jambi.example.go.id", "budi@jambi.example.go.id"])
    ]
    [alert] = all_alerts(factory)
    assert msg["Message-ID"] == f"<{alert.idempotency_key}@waspada>"
    body = SmtpSink.text(msg)
    assert "Tingkat risiko: Berbahaya (skor 0,93)" in body
    assert "Alasan: Skor risiko 0,93 ≥ ambang 0,80" in body
    assert "- Biaya di muka (upfront_fee)" in body and "- Prosedur tidak jelas" in body
    assert f"«{FEE}» transfer ke rek BRI" in body  # the evidence, in context
    assert f"Buka iklan: {BASE_URL}/adverts/{advert}" in body
    html_part = msg.get_body(preferencelist=("html",))
    assert html_part is not None and f"href='{BASE_URL}/adverts/{advert}'" in str(
        html_part.get_content()
    )
    assert (alert.status, alert.attempts, alert.last_error) == ("sent", 1, "")
    assert alert.sent_at is not None
    assert (
        deliver_due(factory, utcnow() + dt.timedelta(days=2), settings=alert_settings).claimed == 0
    )


def test_daily_digest_per_recipient_lists_each_advert_once(
    factory: sessionmaker[Session], alert_settings: Settings, smtp: SmtpSink
) -> None:
    target = "tim@jambi.example.go.id"
    for rule in (
        RuleIn(name="Skor", trigger="score", min_score=0.5, channel="email", target=target,
               digest="daily"),
        RuleIn(name="Biaya di muka", trigger="red_flags", codes=["upfront_fee"],
               channel="email", target=target, digest="daily"),
    ):  # fmt: skip
        alert_rules.create_rule(factory, rule)
    both = store(factory, "https://x.test/1", SCAMS[2], classification(0.95, "upfront_fee"),
                 title="Kilang Malaysia").advert_id  # fmt: skip
    # Below the verdict, one serious flag: "Hati-hati" (vocabulary.bands.risk_band).
    medium = classification(0.6, "visa_misuse", suspicious=False)
    store(factory, "https://x.test/2", SCAMS[3], medium, title="ART Riyadh")
    assert len(all_alerts(factory)) == 3
    now = utcnow()
    assert deliver_due(factory, now, settings=alert_settings).claimed == 0  # not morning yet
    morning = alert_outbox.digest_due_at("daily", now) + dt.timedelta(seconds=1)
    report = deliver_due(factory, morning, settings=alert_settings)
    assert (report.claimed, report.messages, report.sent) == (3, 1, 3)
    [msg] = smtp.messages
    assert msg["Subject"] == "[Waspada] Ringkasan harian: 2 iklan, 1 berbahaya"
    body = SmtpSink.text(msg)
    assert body.count("Iklan: Kilang Malaysia") == 1
    assert "1. Aturan: Biaya di muka, Skor" in body  # highest risk first, both rules named
    assert "Tingkat risiko: Hati-hati (skor 0,60)" in body
    assert f"{BASE_URL}/adverts/{both}" in body


def test_webhook_is_signed_and_carries_an_idempotency_key(
    factory: sessionmaker[Session], alert_settings: Settings, webhook: WebhookReceiver
) -> None:
    hook_rule(factory, webhook.url)
    advert = store(factory, "https://t.me/x/1", SCAMS[2],
                   classification(0.93, "upfront_fee", evidence={"upfront_fee": FEE}),
                   title="Kerja kilang").advert_id  # fmt: skip
    assert deliver_due(factory, settings=alert_settings).sent == 1
    [alert] = all_alerts(factory)
    assert webhook.bad_signatures == 0
    assert webhook.deliveries == {alert.idempotency_key: 1}
    body = webhook.bodies[alert.idempotency_key]
    [headers] = webhook.headers
    assert body["sent_at"] == int(headers["X-Waspada-Timestamp"])  # signed with the body
    assert headers["Content-Type"].startswith("application/json")
    assert headers["User-Agent"].startswith("WaspadaBot/")
    assert body["advert"]["page_url"] == f"{BASE_URL}/adverts/{advert}"
    assert body["advert"]["url"] == "https://t.me/x/1"
    assert body["risk"] == {"score": 0.93, "band": "high", "label": "Berbahaya"}
    assert body["red_flags"][0]["label"] == "Biaya di muka"
    assert FEE in body["red_flags"][0]["snippets"][0]
    assert body["rule"]["name"] == "Gugus Tugas bot"
    assert body["text"].startswith("⚠️ Waspada: Berbahaya (skor 0,93)\nKerja kilang")


def test_a_receiver_down_then_failing_then_up_gets_every_alert_exactly_once(
    factory: sessionmaker[Session], alert_settings: Settings, webhook: WebhookReceiver
) -> None:
    hook_rule(factory, webhook.url)
    scams(factory, 5)
    t0 = utcnow()
    webhook.down()  # connection refused
    report = deliver_due(factory, t0, settings=alert_settings)
    # One connection attempt for the whole round; every alert waits 30 s.
    assert (report.claimed, report.messages, report.retrying, report.sent) == (5, 1, 5, 0)
    for alert in all_alerts(factory):
        assert (alert.status, alert.attempts) == ("pending", 1)
        assert "ConnectError" in alert.last_error
        assert alert.next_attempt_at == t0 + dt.timedelta(seconds=30)
    assert deliver_due(factory, t0 + dt.timedelta(seconds=29), settings=alert_settings).claimed == 0

    webhook.up()
    webhook.status = 503
    t1 = t0 + dt.timedelta(seconds=31)
    report = deliver_due(factory, t1, settings=alert_settings)
    assert (report.messages, report.retrying) == (1, 5)
    assert webhook.requests == 1 and not webhook.deliveries
    for alert in all_alerts(factory):
        assert alert.attempts == 2 and "HTTP 503" in alert.last_error
        assert alert.next_attempt_at == t1 + dt.timedelta(seconds=60)  # doubled

    webhook.status = 200
    report = deliver_due(factory, t1 + dt.timedelta(seconds=61), settings=alert_settings)
    assert (report.sent, report.messages) == (5, 5)
    keys = {a.idempotency_key for a in all_alerts(factory)}
    assert dict(webhook.deliveries) == dict.fromkeys(keys, 1)
    assert {a.status for a in all_alerts(factory)} == {"sent"}
    # Nothing is sent again, however late the next round.
    assert deliver_due(factory, t1 + dt.timedelta(days=9), settings=alert_settings).claimed == 0
    assert sum(webhook.deliveries.values()) == 5 and webhook.bad_signatures == 0


def test_backoff_is_capped_and_alerts_fail_after_max_attempts_then_an_admin_retries(
    factory: sessionmaker[Session], alert_settings: Settings, webhook: WebhookReceiver
) -> None:
    settings = alert_settings.model_copy(
        update={"alerts_retry_cap_s": 100.0, "alerts_max_attempts": 4}
    )
    hook_rule(factory, webhook.url)
    scams(factory, 1)
    webhook.status = 503
    now = utcnow()
    waits = []
    for _ in range(4):
        report = deliver_due(factory, now, settings=settings)
        assert report.claimed == 1
        [alert] = all_alerts(factory)
        waits.append((alert.next_attempt_at - now).total_seconds())
        now = alert.next_attempt_at
    assert waits[:3] == [30.0, 60.0, 100.0]  # 30, 60, then the 100 s cap
    assert (alert.status, alert.attempts) == ("failed", 4)
    assert deliver_due(factory, now + dt.timedelta(days=1), settings=settings).claimed == 0

    webhook.status = 200
    alert_outbox.retry_alert(factory, alert.id, actor="admin-uji")
    assert deliver_due(factory, settings=settings).sent == 1
    [alert] = all_alerts(factory)
    assert (alert.status, alert.attempts) == ("sent", 5)
    assert sum(webhook.deliveries.values()) == 1
    with pytest.raises(Conflict, match="sudah terkirim"):
        alert_outbox.retry_alert(factory, alert.id)


def test_a_worker_that_dies_mid_round_leaves_its_alerts_for_the_next_one(
    factory: sessionmaker[Session], alert_settings: Settings, webhook: WebhookReceiver
) -> None:
    hook_rule(factory, webhook.url)
    scams(factory, 3)
    t0 = utcnow()
    assert len(claim_due(factory, t0)) == 3  # claimed, then the worker is killed
    assert deliver_due(factory, t0 + dt.timedelta(minutes=5), settings=alert_settings).claimed == 0
    report = deliver_due(factory, t0 + dt.timedelta(minutes=11), settings=alert_settings)
    assert report.sent == 3 and sum(webhook.deliveries.values()) == 3


def test_several_workers_at_once_never_send_an_alert_twice(
    factory: sessionmaker[Session], alert_settings: Settings, webhook: WebhookReceiver
) -> None:
    hook_rule(factory, webhook.url)
    scams(factory, 24)
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            while deliver_due(factory, settings=alert_settings, limit=3).claimed:
                pass
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert len(webhook.deliveries) == 24 and set(webhook.deliveries.values()) == {1}
    assert webhook.requests == 24
    assert {a.status for a in all_alerts(factory)} == {"sent"}


def test_smtp_down_or_not_configured_is_retried_with_a_clear_error(
    factory: sessionmaker[Session], alert_settings: Settings, smtp: SmtpSink
) -> None:
    alert_rules.create_rule(factory, RuleIn(name="Tim", trigger="score", min_score=0.5,
                                    channel="email", target="tim@jambi.example.go.id"))  # fmt: skip
    scams(factory, 3)
    unset = alert_settings.model_copy(update={"smtp_host": ""})
    t0 = utcnow()
    report = deliver_due(factory, t0, settings=unset)
    assert (report.messages, report.retrying) == (1, 3)
    assert all(a.last_error.startswith("SMTP belum diatur") for a in all_alerts(factory))

    closed = alert_settings.model_copy(update={"smtp_port": free_port()})
    t1 = t0 + dt.timedelta(seconds=31)
    report = deliver_due(factory, t1, settings=closed)
    assert (report.messages, report.retrying) == (1, 3)
    assert all("Connection refused" in a.last_error for a in all_alerts(factory))

    report = deliver_due(factory, t1 + dt.timedelta(seconds=61), settings=alert_settings)
    assert report.sent == 3 and len(smtp.messages) == 3
    assert len({m["Message-ID"] for m in smtp.messages}) == 3


def test_worker_thread_delivers_in_the_background(
    factory: sessionmaker[Session], alert_settings: Settings, webhook: WebhookReceiver
) -> None:
    hook_rule(factory, webhook.url)
    fast = alert_settings.model_copy(update={"alerts_poll_interval_s": 0.1})
    handle = start_worker_thread(factory, fast)
    try:
        scams(factory, 2)
        deadline = time.monotonic() + 15
        while sum(webhook.deliveries.values()) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        handle.shutdown()
    assert not handle.thread.is_alive()
    assert sum(webhook.deliveries.values()) == 2


def test_a_webhook_to_an_internal_address_is_refused_unless_the_operator_allows_it(
    factory: sessionmaker[Session], alert_settings: Settings, webhook: WebhookReceiver
) -> None:
    """A rule pointing at this machine (or the private network, or cloud metadata) must not
    make the server post there: the same rules as the citizens' link check."""
    hook_rule(factory, webhook.url)  # http://127.0.0.1:PORT/...
    scams(factory, 1)
    strict = alert_settings.model_copy(update={"alerts_webhook_allow_list": ""})
    report = deliver_due(factory, settings=strict)
    assert (report.claimed, report.sent) == (1, 0)
    assert webhook.requests == 0
    [alert] = all_alerts(factory)
    assert alert.status == "pending" and "refused (blocked)" in alert.last_error
    # Listed by the operator (an internal chat gateway): delivered, signed, once.
    later = utcnow() + dt.timedelta(minutes=5)
    assert deliver_due(factory, later, settings=alert_settings).sent == 1
    assert webhook.deliveries == {alert.idempotency_key: 1}
