"""Alert delivery in the metrics: each attempt counted by outcome (sent, retry, failed) in the
process, and the outbox's depth as the database has it (what /metrics and waspada status read)."""

from __future__ import annotations

import datetime as dt

from prometheus_client import REGISTRY
from sqlalchemy.orm import Session, sessionmaker

from alerts.delivery import deliver_due
from store.models import utcnow
from store.services import alert_outbox, operations
from tests.alerts.receivers import WebhookReceiver
from tests.alerts.test_delivery import all_alerts, hook_rule, scams
from waspada.settings import Settings


def attempts(outcome: str) -> float:
    labels = {"channel": "webhook", "outcome": outcome}
    return REGISTRY.get_sample_value("waspada_alert_deliveries_total", labels) or 0.0


def outbox(factory: sessionmaker[Session], now: dt.datetime) -> operations.Outbox:
    with factory() as session:
        return operations.alert_outbox(session, now)


def test_attempts_and_depth(
    factory: sessionmaker[Session], alert_settings: Settings, webhook: WebhookReceiver
) -> None:
    settings = alert_settings.model_copy(update={"alerts_max_attempts": 2})
    hook_rule(factory, webhook.url)
    scams(factory, 2)
    before = {o: attempts(o) for o in ("sent", "retry", "failed")}
    now = utcnow()
    assert outbox(factory, now) == operations.Outbox(pending=2, due=2, failed=0, sent=0)

    webhook.status = 503
    deliver_due(factory, now, settings=settings)
    assert attempts("retry") - before["retry"] == 2
    assert outbox(factory, now) == operations.Outbox(pending=2, due=0, failed=0, sent=0)
    later = now + dt.timedelta(hours=1)
    assert outbox(factory, later).due == 2  # waiting for their next attempt, now due

    deliver_due(factory, later, settings=settings)
    assert attempts("failed") - before["failed"] == 2
    assert outbox(factory, later) == operations.Outbox(pending=0, due=0, failed=2, sent=0)

    webhook.status = 200
    for alert in all_alerts(factory):
        alert_outbox.retry_alert(factory, alert.id, actor="admin-uji")
    deliver_due(factory, settings=settings)
    assert attempts("sent") - before["sent"] == 2
    assert outbox(factory, utcnow()) == operations.Outbox(pending=0, due=0, failed=0, sent=2)
