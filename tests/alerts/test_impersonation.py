"""The twelfth flag in alert rules, and flags without evidence: a rule on ``impersonation`` is
accepted (JSON API and admin form) and fires with the flag's label; a model-only suspicion
matches no rule, opens no case and is not listed in an alert."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import lxml.html
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from api.app import create_app
from store.models import Alert, ReviewCase
from store.services.adverts import ClassificationIn
from store.services.tokens import create_token
from store.services.users import add_user
from tests.alerts.conftest import classification, store
from tests.conftest import LiveServer
from waspada.settings import Settings

PASSWORD = "kata-sandi-panjang-1"
LABEL = "Mengatasnamakan perusahaan/instansi"
BUMN = (
    "Rekrutmen Bersama BUMN 2026: pendaftaran hanya lewat WA 0812-5566-7788, kirim foto KTP "
    "dan selfie dulu. Biaya seragam Rp 350.000."
)


@pytest.fixture
def server(settings: Settings, factory: sessionmaker[Session]) -> Iterator[LiveServer]:
    add_user(factory, username="rina", password=PASSWORD, role="admin")
    with LiveServer(create_app(settings, load_model=False)) as live:
        yield live


def alerts_of(factory: sessionmaker[Session]) -> list[Alert]:
    with factory() as s:
        return list(s.scalars(select(Alert).order_by(Alert.id)))


def test_a_rule_on_impersonation_is_accepted_and_fires(
    server: LiveServer, factory: sessionmaker[Session]
) -> None:
    auth = {"authorization": f"Bearer {create_token(factory, 'rina')}"}
    with httpx.Client(base_url=server.url, headers=auth) as c:
        made = c.post("/api/alerts/rules", json={"name": "Catut BUMN", "trigger": "red_flags",
                                                 "codes": ["impersonation"],
                                                 "channel": "webhook",
                                                 "target": "https://bot.example/hook"})  # fmt: skip
        assert made.status_code == 201, made.text
        assert made.json()["codes"] == ["impersonation"]
    hit = store(
        factory,
        "https://t.me/loker/bumn",
        BUMN,
        classification(0.62, "impersonation", evidence={"impersonation": "Rekrutmen Bersama BUMN"}),
    )
    store(factory, "https://t.me/loker/x", BUMN + " ", classification(0.9, "pressure"))
    [alert] = alerts_of(factory)
    assert alert.advert_id == hit.advert_id
    assert alert.reason == f"Tanda bahaya: {LABEL} (impersonation)"
    [flag] = alert.payload["red_flags"]
    assert (flag["code"], flag["label"]) == ("impersonation", LABEL)
    assert "«Rekrutmen Bersama BUMN»" in flag["snippets"][0]


def test_the_rule_form_offers_impersonation(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url, headers={"accept": "text/html"}) as c:
        token = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text)
        assert token
        r = c.post("/login", data={"username": "rina", "password": PASSWORD,
                                   "csrf_token": token.group(1), "next": "/alerts"})  # fmt: skip
        assert r.status_code == 303
        doc = lxml.html.fromstring(c.get("/alerts/rules/new").text)
        [box] = doc.cssselect("input[name=codes][value=impersonation]")
        assert LABEL in box.getparent().text_content()


def test_a_model_only_suspicion_matches_no_rule_and_opens_no_case(
    server: LiveServer, factory: sessionmaker[Session]
) -> None:
    auth = {"authorization": f"Bearer {create_token(factory, 'rina')}"}
    with httpx.Client(base_url=server.url, headers=auth) as c:
        for name, code in (("Catut", "impersonation"), ("Biaya", "upfront_fee")):
            rule = {"name": name, "trigger": "red_flags", "codes": [code],
                    "channel": "webhook", "target": "https://bot.example/hook"}  # fmt: skip
            r = c.post("/api/alerts/rules", json=rule)
            assert r.status_code == 201, r.text
    # The classifier's new shape (a suspicion apart) and an older one (a flag without any
    # evidence among the red flags): both are suspicions, strong ones included.
    new_shape = ClassificationIn.from_result({
        "model": "uji", "score": 0.3, "suspicious": False, "entities": {},
        "red_flags": [],
        "model_only_flags": [{"code": "impersonation", "label": LABEL, "score": 0.97}],
    })  # fmt: skip
    old_shape = ClassificationIn.from_result({
        "model": "uji", "score": 0.3, "suspicious": False, "entities": {},
        "red_flags": [{"code": "upfront_fee", "label": "Biaya di muka", "score": 0.95,
                       "evidence": [], "reason": "Model bahasa menilai ..."}],
    })  # fmt: skip
    assert (new_shape.red_flags, old_shape.red_flags) == ([], [])
    assert [f["code"] for f in old_shape.model_only_flags] == ["upfront_fee"]
    first = store(factory, "https://t.me/loker/1", BUMN, new_shape)
    second = store(factory, "https://t.me/loker/2", BUMN + " Segera!", old_shape)
    assert alerts_of(factory) == []
    assert not first.case_opened and not second.case_opened
    with factory() as s:
        assert s.scalars(select(ReviewCase)).all() == []
