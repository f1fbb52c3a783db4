"""A citizen's tip through the real public API (the real classifier) raises the tip rule's alert,
which the worker delivers, signed, to the task force's webhook."""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from alerts.delivery import deliver_due
from api.app import create_app
from store.models import Alert, Tip
from store.services import alert_rules
from store.services.alert_rules import RuleIn
from tests.alerts.conftest import WEBHOOK_SECRET
from tests.alerts.receivers import WebhookReceiver
from tests.conftest import LiveServer
from tests.fixture_adverts import SCAMS
from waspada.settings import Settings


def test_a_citizens_tip_reaches_the_task_forces_webhook(
    settings: Settings,
    factory: sessionmaker[Session],
    webhook: WebhookReceiver,
    classifier: Any,
) -> None:
    rule = alert_rules.create_rule(
        factory,
        RuleIn(name="Laporan warga ke bot", trigger="tip", channel="webhook",
               target=webhook.url, secret=WEBHOOK_SECRET),
    )  # fmt: skip
    app_settings = settings.model_copy(update={"rate_limit_enabled": False})
    app = create_app(app_settings, load_model=False)
    app.state.waspada.classifier = classifier
    with LiveServer(app) as live:
        r = httpx.post(f"{live.url}/api/tips", json={"text": SCAMS[2], "message": "dari grup WA"})
        assert r.status_code == 201, r.text
        # The same text sent again is the same advert: still one alert.
        assert httpx.post(f"{live.url}/api/tips", json={"text": SCAMS[2]}).status_code == 201
    with factory() as s:
        [alert] = s.scalars(select(Alert)).all()
        tips = s.scalars(select(Tip)).all()
    assert len(tips) == 2 and {t.advert_id for t in tips} == {alert.advert_id}
    assert alert.rule_id == rule.id and alert.reason == "Laporan warga"

    assert deliver_due(factory, settings=settings).sent == 1
    body = webhook.bodies[alert.idempotency_key]
    assert webhook.bad_signatures == 0 and body["cause"] == "tip"
    assert body["advert"]["url"] is None and body["advert"]["origin"] == "tip"
    assert body["risk"]["label"] == "Berbahaya"  # the real model on a plain scam
    assert "upfront_fee" in {f["code"] for f in body["red_flags"]}
