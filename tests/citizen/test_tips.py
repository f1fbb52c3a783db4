"""Tips ("Laporkan ke Gugus Tugas"): the advert reaches the investigators' queue as a review
case, flagged or not; the contact is kept only with consent; every tip is audited."""

from __future__ import annotations

import zlib

import httpx
import lxml.html
import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.errors import InvalidInput
from store.models import Advert, AuditLog, CaseStatus, ReviewCase, Snapshot, Tip
from store.services.adverts import AdvertIn
from store.services.citizen import record_check, submit_tip
from tests.citizen.servers import Site
from tests.fixture_adverts import LEGIT, SCAMS
from tests.fixture_site import synthetic_jsonld

LiveApp = tuple[FastAPI, httpx.Client]


def test_a_pasted_scam_becomes_a_case_with_an_audited_tip(
    live_app: LiveApp, factory: sessionmaker[Session]
) -> None:
    _, client = live_app
    r = client.post(
        "/api/tips",
        json={"text": SCAMS[0], "message": "Dapat di grup Facebook", "contact": "0812 1111 2222"},
    )
    assert r.status_code == 201, r.text
    tip_id = r.json()["tip_id"]
    assert "Gugus Tugas TPPO Kota Jambi" in r.json()["message"]
    with factory() as session:
        tip = session.get(Tip, tip_id)
        assert tip is not None
        assert tip.message == "Dapat di grup Facebook"
        # No consent ticked: the contact was dropped, not stored.
        assert (tip.contact, tip.contact_consent) == (None, False)
        advert = session.get(Advert, tip.advert_id)
        assert advert is not None
        assert (advert.origin, advert.canonical_url, advert.body_text) == ("tip", None, SCAMS[0])
        assert advert.latest_suspicious is True
        case = session.scalar(select(ReviewCase).where(ReviewCase.advert_id == advert.id))
        assert case is not None and case.status == CaseStatus.new
        entry = session.scalar(select(AuditLog).where(AuditLog.action == "tip.create"))
        assert entry is not None
        assert (entry.actor, entry.actor_id, entry.target_type) == ("citizen", None, "tip")
        assert entry.target_id == str(tip_id)
        assert entry.after is not None and entry.after["case_id"] == case.id
        assert "0812" not in str(entry.after)


def test_the_contact_is_kept_only_with_consent(
    live_app: LiveApp, factory: sessionmaker[Session]
) -> None:
    _, client = live_app
    given = client.post(
        "/api/tips",
        json={"text": SCAMS[1], "contact": " 0812 3333 4444 ", "contact_consent": True},
    ).json()["tip_id"]
    refused = client.post(
        "/api/tips",
        json={"text": SCAMS[1], "contact": "0812 5555 6666", "contact_consent": False},
    ).json()["tip_id"]
    with factory() as session:
        assert session.get(Tip, given).contact == "0812 3333 4444"  # type: ignore[union-attr]
        assert session.get(Tip, given).contact_consent is True  # type: ignore[union-attr]
        assert session.get(Tip, refused).contact is None  # type: ignore[union-attr]
        stored = " ".join(str(t.contact) for t in session.scalars(select(Tip)))
        assert "5555" not in stored


def test_an_advert_the_classifier_does_not_flag_still_opens_a_case(
    live_app: LiveApp, factory: sessionmaker[Session]
) -> None:
    _, client = live_app
    check = client.post("/api/check", json={"text": LEGIT[2]}).json()
    assert check["band"] == "low"
    tip_id = client.post("/api/tips", json={"text": LEGIT[2]}).json()["tip_id"]
    with factory() as session:
        tip = session.get(Tip, tip_id)
        assert tip is not None
        assert session.get(Advert, tip.advert_id).latest_suspicious is False  # type: ignore[union-attr]
        case = session.scalar(select(ReviewCase).where(ReviewCase.advert_id == tip.advert_id))
        assert case is not None


def test_the_same_text_twice_is_one_advert_and_one_case(
    live_app: LiveApp, factory: sessionmaker[Session]
) -> None:
    _, client = live_app
    first = client.post("/api/tips", json={"text": SCAMS[3]}).json()["tip_id"]
    second = client.post("/api/tips", json={"text": SCAMS[3]}).json()["tip_id"]
    with factory() as session:
        a, b = session.get(Tip, first), session.get(Tip, second)
        assert a is not None and b is not None and a.advert_id == b.advert_id
        cases = session.scalars(select(ReviewCase).where(ReviewCase.advert_id == a.advert_id))
        assert len(cases.all()) == 1
        audited = session.scalars(select(AuditLog).where(AuditLog.action == "tip.create"))
        assert len(audited.all()) == 2


def test_a_link_tip_keeps_the_page_as_evidence(
    live_app: LiveApp, site: Site, factory: sessionmaker[Session]
) -> None:
    _, client = live_app
    html = synthetic_jsonld("Admin online Kamboja", SCAMS[0], "PT Tidak Jelas")
    url = site.add("/loker/99", html) + "?utm_source=wa"  # tracking dropped from the URL kept
    r = client.post(
        "/api/tips", json={"url": url, "contact": "x@example.org", "contact_consent": True}
    )
    assert r.status_code == 201, r.text
    with factory() as session:
        tip = session.get(Tip, r.json()["tip_id"])
        assert tip is not None and tip.contact == "x@example.org"
        advert = session.get(Advert, tip.advert_id)
        assert advert is not None
        assert advert.canonical_url == f"{site.base}/loker/99"
        assert advert.title == "Admin online Kamboja"
        version = advert.versions[0]
        snapshot = session.get(Snapshot, version.snapshot_id)
        assert snapshot is not None
        assert zlib.decompress(snapshot.body) == html.encode()
        assert session.scalar(select(ReviewCase).where(ReviewCase.advert_id == advert.id))


def test_tip_errors(live_app: LiveApp, factory: sessionmaker[Session]) -> None:
    _, client = live_app
    r = client.post("/api/tips", json={"text": SCAMS[0], "message": "m" * 2001})
    assert (r.status_code, r.json()["error"]) == (422, "message_too_long")
    r = client.post(
        "/api/tips", json={"text": SCAMS[0], "contact": "9" * 201, "contact_consent": True}
    )
    assert (r.status_code, r.json()["error"]) == (422, "contact_too_long")
    r = client.post("/api/tips", json={"text": ""})
    assert (r.status_code, r.json()["error"]) == (422, "empty")
    with factory() as session:
        assert session.scalars(select(Tip)).first() is None
        assert session.scalars(select(Advert)).first() is None


def test_the_form_tip_without_javascript(live_app: LiveApp, factory: sessionmaker[Session]) -> None:
    _, client = live_app
    r = client.post(
        "/lapor",
        data={"kind": "text", "value": SCAMS[4], "lang": "id", "contact": "0812 7777 8888",
              "contact_consent": "on", "message": "dari teman"},
    )  # fmt: skip
    assert r.status_code == 303
    thanks = client.get(r.headers["location"])
    assert thanks.status_code == 200
    assert "Terima kasih" in thanks.text
    # A thank-you heading (not an order), then the phone numbers the urgent line introduces,
    # and only after them the link to check another advert.
    page = lxml.html.fromstring(thanks.text)
    assert page.cssselect("h1")[0].text_content().startswith("Terima kasih")
    urgent = page.cssselect("section.urgent")[0]
    assert "dalam bahaya" in urgent.cssselect("h2")[0].text_content()
    numbers = [a.get("href") for a in urgent.cssselect("a.call")]
    assert numbers and all(n.startswith("tel:") for n in numbers)
    assert thanks.text.index('class="report urgent"') < thanks.text.index('class="again"')
    with factory() as session:
        tip = session.scalars(select(Tip)).one()
        assert (tip.contact, tip.message) == ("0812 7777 8888", "dari teman")
        assert f"Nomor laporan Anda: {tip.id}" in thanks.text


def test_the_services_refuse_what_the_schema_cannot_hold(factory: sessionmaker[Session]) -> None:
    with pytest.raises(InvalidInput, match="band"):
        record_check(factory, input_kind="text", band="unknown", region="Kota Jambi")
    with pytest.raises(InvalidInput, match="contact"):
        submit_tip(
            factory,
            AdvertIn(title="", body_text=SCAMS[0]),
            None,
            region="Kota Jambi",
            contact="9" * 201,
            consent=True,
        )
    receipt = submit_tip(
        factory, AdvertIn(title="", body_text=SCAMS[0]), None, region="Kota Jambi",
        contact="0812", consent=False,
    )  # fmt: skip
    assert receipt.case_opened and not receipt.contact_stored
    with factory() as session:
        assert session.scalars(select(Tip)).one().contact is None
        assert session.get(Advert, receipt.advert_id).origin == "tip"  # type: ignore[union-attr]
