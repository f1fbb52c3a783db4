"""The admin pages and JSON API for alerts, over real HTTP: admin-only, CSRF on forms, clear
errors, and the delivery status with "retry now"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import lxml.html
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from alerts.delivery import deliver_due
from api.app import create_app
from store.models import AlertRule
from store.services.tokens import create_token
from store.services.users import add_user
from tests.alerts.conftest import classification, store
from tests.alerts.receivers import WebhookReceiver
from tests.conftest import LiveServer
from tests.fixture_adverts import SCAMS
from waspada.settings import Settings

PASSWORD = "kata-sandi-panjang-1"


@pytest.fixture
def server(settings: Settings, factory: sessionmaker[Session]) -> Iterator[LiveServer]:
    add_user(factory, username="rina", password=PASSWORD, role="admin")
    add_user(factory, username="siti", password=PASSWORD, role="investigator")
    with LiveServer(create_app(settings, load_model=False)) as live:
        yield live


def csrf_of(page: httpx.Response) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert match, page.text[:500]
    return match.group(1)


@contextmanager
def signed_in(server: LiveServer, username: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, headers={"accept": "text/html"}) as client:
        token = csrf_of(client.get("/login"))
        r = client.post("/login", data={"username": username, "password": PASSWORD,
                                        "csrf_token": token, "next": "/alerts"})  # fmt: skip
        assert r.status_code == 303, r.text
        yield client


def test_only_admins_see_or_change_alerts(
    server: LiveServer, factory: sessionmaker[Session]
) -> None:
    assert httpx.get(f"{server.url}/api/alerts/rules").status_code == 401
    siti = create_token(factory, "siti")
    r = httpx.get(f"{server.url}/api/alerts", headers={"authorization": f"Bearer {siti}"})
    assert r.status_code == 403 and "investigator" in r.json()["detail"]
    with signed_in(server, "siti") as c:
        page = c.get("/alerts")
        assert page.status_code == 403 and "tidak mengizinkan" in page.text
    rina = create_token(factory, "rina")
    r = httpx.get(f"{server.url}/api/alerts", headers={"authorization": f"Bearer {rina}"})
    assert r.status_code == 200 and r.json() == {"alerts": []}


def test_rules_over_the_json_api(server: LiveServer, factory: sessionmaker[Session]) -> None:
    auth = {"authorization": f"Bearer {create_token(factory, 'rina')}"}
    with httpx.Client(base_url=server.url, headers=auth) as c:
        bad = c.post("/api/alerts/rules", json={"name": "Bot", "trigger": "score",
                                                "channel": "webhook", "target": "ftp://x/",
                                                "min_score": 2})  # fmt: skip
        assert bad.status_code == 422
        assert "Ambang skor harus antara 0 dan 1" in bad.json()["detail"]
        assert "http:// atau https://" in bad.json()["detail"]
        typo = c.post("/api/alerts/rules", json={"name": "x", "trigger": "tip",
                                                 "channel": "email", "target": "a@b.id",
                                                 "treshold": 0.5})  # fmt: skip
        assert typo.status_code == 422 and "treshold" in typo.json()["detail"]

        made = c.post("/api/alerts/rules", json={"name": "Bot", "trigger": "score",
                                                 "min_score": 0.8, "channel": "webhook",
                                                 "target": "https://bot.example/hook"})  # fmt: skip
        assert made.status_code == 201, made.text
        rule = made.json()
        assert len(rule["secret"]) >= 32 and rule["has_secret"]
        patched = c.patch(f"/api/alerts/rules/{rule['id']}",
                          json={"min_score": 0.9, "enabled": False})  # fmt: skip
        assert patched.status_code == 200
        assert (patched.json()["min_score"], patched.json()["enabled"]) == (0.9, False)
        assert patched.json()["secret"] == rule["secret"]  # kept
        listed = c.get("/api/alerts/rules").json()["rules"]
        assert [r["name"] for r in listed] == ["Bot"] and "secret" not in listed[0]
        assert c.get("/api/alerts/rules/999").status_code == 404


def test_delivery_status_and_retry_over_the_json_api(
    server: LiveServer,
    factory: sessionmaker[Session],
    settings: Settings,
    webhook: WebhookReceiver,
) -> None:
    auth = {"authorization": f"Bearer {create_token(factory, 'rina')}"}
    with httpx.Client(base_url=server.url, headers=auth) as c:
        rule = c.post("/api/alerts/rules", json={"name": "Bot", "trigger": "score",
                                                 "min_score": 0.5, "channel": "webhook",
                                                 "target": webhook.url}).json()  # fmt: skip
        webhook.secret = rule["secret"].encode()
        store(factory, "https://t.me/x/1", SCAMS[0], classification(0.9), title="Admin Kamboja")
        webhook.down()
        once = settings.model_copy(update={"alerts_max_attempts": 1})
        assert deliver_due(factory, settings=once).failed == 1
        [alert] = c.get("/api/alerts", params={"status": "failed"}).json()["alerts"]
        assert (alert["status"], alert["attempts"], alert["rule_name"]) == ("failed", 1, "Bot")
        assert "ConnectError" in alert["last_error"]
        assert alert["advert_title"] == "Admin Kamboja"
        assert alert["risk"]["label"] == "Berbahaya"

        retried = c.post(f"/api/alerts/{alert['id']}/retry")
        assert retried.status_code == 200 and retried.json()["status"] == "pending"
        webhook.up()
        assert deliver_due(factory, settings=once).sent == 1
        assert webhook.deliveries == {alert["idempotency_key"]: 1}
        again = c.post(f"/api/alerts/{alert['id']}/retry")
        assert again.status_code == 409 and "sudah terkirim" in again.json()["detail"]
        assert c.get("/api/alerts", params={"status": "bogus"}).status_code == 422


def test_admin_pages_manage_rules_with_csrf_and_show_errors_by_field(
    server: LiveServer, factory: sessionmaker[Session], settings: Settings
) -> None:
    with signed_in(server, "rina") as c:
        form_page = c.get("/alerts/rules/new")
        assert form_page.status_code == 200
        token = csrf_of(form_page)
        bad = c.post("/alerts/rules", data={
            "csrf_token": token, "name": "Laporan", "trigger": "red_flags", "min_score": "abc",
            "channel": "email", "target": "siti@", "digest": "daily",
        })  # fmt: skip
        assert bad.status_code == 422
        doc = lxml.html.fromstring(bad.text)
        errors = {e.get("data-field"): e.text_content() for e in doc.cssselect(".field-error")}
        assert "angka" in errors["min_score"]
        assert doc.cssselect("input[name=name]")[0].get("value") == "Laporan"  # kept
        with factory() as s:
            assert s.scalars(select(AlertRule)).all() == []

        plain = {"name": "x", "trigger": "tip", "channel": "email", "target": "a@b.id"}
        no_token = c.post("/alerts/rules", data=plain)
        assert no_token.status_code == 403 and "CSRF" in no_token.text

        made = c.post("/alerts/rules", data={
            "csrf_token": token, "name": "Biaya di muka ke tim", "trigger": "red_flags",
            "codes": ["upfront_fee", "document_fraud"], "min_score": "0,5",
            "channel": "email", "target": "tim@jambi.example.go.id", "digest": "hourly",
            "enabled": "1",
        })  # fmt: skip
        assert made.status_code == 303 and made.headers["location"].startswith("/alerts?saved=")
        page = c.get(made.headers["location"])
        doc = lxml.html.fromstring(page.text)
        [row] = doc.cssselect("#rules tbody tr")
        text = " ".join(row.text_content().split())
        assert "Tanda bahaya: Biaya di muka, Dokumen dipalsukan/ditahan (skor ≥ 0,50)" in text
        assert "Ringkasan per jam" in text and "Aktif" in text
        rule_id = int(row.get("data-rule-id"))

        off = c.post(f"/alerts/rules/{rule_id}/enabled",
                     data={"csrf_token": csrf_of(page), "enabled": "0"})  # fmt: skip
        assert off.status_code == 303
        page = c.get("/alerts")
        [state] = lxml.html.fromstring(page.text).cssselect("#rules .rule-state")
        assert state.text_content() == "Nonaktif"

        # An alert for the (re-enabled) rule, then its delivery status and "retry now".
        edit = c.get(f"/alerts/rules/{rule_id}")
        assert "Biaya di muka ke tim" in edit.text
        saved = c.post(f"/alerts/rules/{rule_id}", data={
            "csrf_token": csrf_of(edit), "name": "Biaya di muka ke tim", "trigger": "red_flags",
            "codes": ["upfront_fee"], "channel": "email", "target": "tim@jambi.example.go.id",
            "digest": "none", "enabled": "1",
        })  # fmt: skip
        assert saved.status_code == 303
        store(factory, "https://t.me/x/9", SCAMS[2], classification(0.9, "upfront_fee"),
              title="Kilang Malaysia")  # fmt: skip
        closed = settings.model_copy(update={"smtp_host": "", "alerts_max_attempts": 1})
        assert deliver_due(factory, settings=closed).failed == 1
        page = c.get("/alerts", params={"status": "failed"})
        doc = lxml.html.fromstring(page.text)
        [row] = doc.cssselect("#alerts tbody tr")
        delivery = " ".join(row.cssselect(".delivery")[0].text_content().split())
        assert delivery.startswith("Gagal 1 kali dicoba Galat terakhir: SMTP belum diatur")
        assert row.cssselect("a")[0].get("href").startswith("/adverts/")
        retry = c.post(f"/alerts/{row.get('data-alert-id')}/retry",
                       data={"csrf_token": csrf_of(page)})  # fmt: skip
        assert retry.status_code == 303
        page = c.get(retry.headers["location"])
        assert "dijadwalkan ulang" in page.text
        [row] = lxml.html.fromstring(page.text).cssselect("#alerts tbody tr")
        assert row.get("data-status") == "pending"
