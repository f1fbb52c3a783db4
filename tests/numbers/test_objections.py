"""Objections over real HTTP, on SQLite and PostgreSQL: a person objects from the answer page
(form) or the API, an investigator reviews the evidence and decides with the real form (CSRF),
every step is in the audit log, and an upheld objection takes the value out of public answers
until a case is escalated after it."""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.models import AuditLog, ValueObjection
from store.services import cases
from tests.investigator.conftest import Client
from tests.numbers.conftest import Live
from tests.numbers.world import CONFIRMED_ACCOUNT, CONFIRMED_PHONE

REASON = "Nomor ini milik saya sejak 2025, saya penjual pulsa dan tidak pernah merekrut orang."
CONTACT = "0811-2233-4455"


def reports(live: Live, value: str) -> int:
    body = live.http.post("/api/check-number", json={"value": value}).json()
    return int(body["confirmed_reports"])


def audit(factory: sessionmaker[Session], action: str) -> list[AuditLog]:
    with factory() as session:
        return list(session.scalars(select(AuditLog).where(AuditLog.action == action)))


def object_by_form(live: Live, value: str, **fields: str) -> object:
    data = {"value": value, "contact": CONTACT, "reason": REASON, "lang": "id", **fields}
    return live.http.post("/cek-nomor/keberatan", data=data, follow_redirects=False)


def test_object_from_the_answer_page_then_upheld_removes_the_value(
    live: Live, login: Callable[[str], Client], factory: sessionmaker[Session]
) -> None:
    page = live.http.post("/cek-nomor", data={"q": "0812 7001 3344"})
    assert 'action="/cek-nomor/keberatan"' in page.text
    assert f'name="value" value="{CONFIRMED_PHONE}"' in page.text

    sent = object_by_form(live, CONFIRMED_PHONE)
    assert sent.status_code == 303  # type: ignore[attr-defined]
    thanks = live.http.get(sent.headers["location"])  # type: ignore[attr-defined]
    assert "Keberatan Anda sudah kami terima" in thanks.text
    assert "Gugus Tugas TPPO Kota Jambi" in thanks.text
    with factory() as session:
        row = session.scalars(select(ValueObjection)).one()
    assert (row.kind, row.value, row.status, row.contact) == (
        "phone",
        CONFIRMED_PHONE,
        "open",
        CONTACT,
    )
    created = audit(factory, "objection.create")
    assert len(created) == 1 and created[0].actor == "citizen"
    assert CONTACT not in repr(created[0].after) and REASON not in repr(created[0].after)
    # Still listed while the objection waits.
    assert reports(live, CONFIRMED_PHONE) == 2

    siti = login("siti")
    queue = siti.http.get("/objections")
    assert f'data-objection="{row.id}"' in queue.text and "penjual pulsa" in queue.text
    history = siti.http.get(f"/values/phone/{CONFIRMED_PHONE}")
    assert history.status_code == 200
    assert CONTACT in history.text and REASON in history.text  # the evidence and the objector
    assert 'action="/objections/' in history.text

    # A decision needs its reasons; what was typed stays in the form.
    missing = siti.post_form(f"/objections/{row.id}/decide", {"decision": "upheld", "note": ""})
    assert missing.status_code == 422
    assert "Alasan keputusan wajib diisi" in missing.text
    done = siti.post_form(
        f"/objections/{row.id}/decide",
        {"decision": "upheld", "note": "Nomor didaur ulang operator; pemilik baru sejak 2025."},
    )
    assert done.status_code == 303
    assert done.headers["location"] == f"/values/phone/{CONFIRMED_PHONE}?ok=upheld#keberatan"
    assert "Keberatan dikabulkan" in siti.http.get(done.headers["location"]).text
    assert reports(live, CONFIRMED_PHONE) == 0
    again = live.http.post("/api/check-number", json={"value": "0812-7001-3344"}).json()
    assert again["headline"] == "Belum ada laporan yang terverifikasi"
    assert again["first_seen"] is None and again["red_flags"] == []
    # Other values of the same adverts are untouched.
    assert reports(live, f"BCA {CONFIRMED_ACCOUNT}") == 1

    decided = audit(factory, "objection.decide")
    assert len(decided) == 1
    assert decided[0].actor == "siti" and decided[0].actor_id == live.world.users["siti"].id
    assert decided[0].before == {"status": "open"}
    assert decided[0].after is not None and decided[0].after["status"] == "upheld"
    assert decided[0].after["note"].startswith("Nomor didaur ulang")
    page = siti.http.get(f"/values/phone/{CONFIRMED_PHONE}")
    assert 'id="objection-audit"' in page.text and "Keberatan diputuskan: Dikabulkan" in page.text
    assert "Tidak tampil di Cek nomor publik: keberatan dikabulkan" in page.text

    # Decided once: a second decision is refused.
    twice = siti.post_json(
        f"/api/objections/{row.id}/decide", {"decision": "rejected", "note": "x"}
    )
    assert twice.status_code == 409 and "sudah diputuskan" in twice.json()["detail"]

    # A case escalated after the decision is new evidence: the number is listed again.
    siti_user = live.world.users["siti"]
    case_id = live.world.cases["tip"]
    cases.transition(factory, case_id, siti_user, "in_review")
    cases.transition(factory, case_id, siti_user, "escalated", escalated_to="police",
                     external_ref="LP/B/90/XII/2026")  # fmt: skip
    assert reports(live, CONFIRMED_PHONE) == 1


def test_rejected_objection_keeps_the_value_listed(
    live: Live, login: Callable[[str], Client], factory: sessionmaker[Session]
) -> None:
    r = live.http.post(
        "/api/check-number/objections",
        json={"value": "BCA 731-000-4455", "contact": "budi@contoh.id", "reason": REASON},
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert re.fullmatch(r"Petugas Gugus Tugas TPPO Kota Jambi .*: \d+\.", body["message"])
    siti = login("siti")
    listed = siti.http.get("/api/objections").json()
    assert [(o["id"], o["kind"], o["value"], o["shown_as"]) for o in listed] == [
        (body["objection_id"], "bank_account", CONFIRMED_ACCOUNT, f"BCA {CONFIRMED_ACCOUNT}")
    ]
    decided = siti.post_json(
        f"/api/objections/{body['objection_id']}/decide",
        {"decision": "rejected", "note": "Rekening dipakai menerima biaya proses; bukti transfer."},
    )
    assert decided.status_code == 200, decided.text
    assert decided.json()["status"] == "rejected" and decided.json()["decided_by"] == "siti"
    assert reports(live, "7310004455") == 1
    assert siti.http.get("/api/objections").json() == []
    assert [a.after["status"] for a in audit(factory, "objection.decide") if a.after] == [
        "rejected"
    ]


def test_objection_refusals(live: Live, login: Callable[[str], Client]) -> None:
    # Nothing to object to: an unconfirmed value, answered like an unknown one.
    for value in ("0857-2200-9911", "0819-9999-0000"):
        r = live.http.post(
            "/api/check-number/objections",
            json={"value": value, "contact": CONTACT, "reason": REASON},
        )
        assert r.status_code == 422 and r.json()["error"] == "objection_not_listed"
    # Missing contact or reason: the answer page again, with the form and what to fix.
    page = object_by_form(live, CONFIRMED_PHONE, contact="")
    assert page.status_code == 422  # type: ignore[attr-defined]
    assert "Tulis nomor HP atau e-mail Anda" in page.text  # type: ignore[attr-defined]
    assert REASON in page.text  # type: ignore[attr-defined]  (kept in the form)
    page = object_by_form(live, CONFIRMED_PHONE, reason="  ")
    assert page.status_code == 422  # type: ignore[attr-defined]
    assert "Tulis alasan Anda" in page.text  # type: ignore[attr-defined]
    r = live.http.post(
        "/api/check-number/objections",
        json={"value": "0812", "contact": CONTACT, "reason": REASON},
    )
    assert r.status_code == 422 and r.json()["error"] == "number_partial"
    # Viewers may not decide, nor read objections (they hold the objector's contact).
    sent = live.http.post(
        "/api/check-number/objections",
        json={"value": CONFIRMED_PHONE, "contact": CONTACT, "reason": REASON},
    ).json()
    tamu = login("tamu")
    assert tamu.http.get("/objections").status_code == 403
    assert tamu.http.get(f"/values/phone/{CONFIRMED_PHONE}").status_code == 403
    refused = tamu.post_json(
        f"/api/objections/{sent['objection_id']}/decide", {"decision": "upheld", "note": "x"}
    )
    assert refused.status_code == 403
    assert reports(live, CONFIRMED_PHONE) == 2
