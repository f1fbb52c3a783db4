"""Deciding a case from the advert page (forms) and from the JSON API, over real HTTP."""

from __future__ import annotations

from typing import Any

import lxml.html

from tests.investigator.conftest import Client, Live


def test_decisions_from_the_page(live: Live, login: Any) -> None:
    siti: Client = login("siti")
    advert_id = live.world.ids["scam2"]
    case_id = siti.http.get(f"/api/adverts/{advert_id}").json()["case"]["id"]

    r = siti.post_form(f"/cases/{case_id}/transition", {"to": "in_review"})
    assert (
        r.status_code == 303 and r.headers["location"] == f"/adverts/{advert_id}?ok=in_review#kasus"
    )
    page = lxml.html.fromstring(siti.http.get(r.headers["location"]).text)
    assert "ditugaskan kepada Anda" in page.cssselect("p.ok")[0].text_content()
    assert page.get_element_by_id("assignee").text_content() == "siti"

    # Escalating without a reference: refused, the page says why and keeps what was typed.
    r = siti.post_form(
        f"/cases/{case_id}/transition",
        {"to": "escalated", "escalated_to": "bp3mi", "external_ref": " ", "reason": "calo Dumai"},
    )
    assert r.status_code == 422
    page = lxml.html.fromstring(r.text)
    assert (
        "Nomor rujukan eksternal wajib diisi" in page.get_element_by_id("form-error").text_content()
    )
    form = page.get_element_by_id("escalate-form")
    assert form.cssselect("textarea[name=reason]")[0].text_content() == "calo Dumai"
    assert form.cssselect("option[selected]")[0].get("value") == "bp3mi"

    r = siti.post_form(
        f"/cases/{case_id}/transition",
        {"to": "escalated", "escalated_to": "bp3mi", "external_ref": "B.45/BP3MI-JBI/XI/2026"},
    )
    assert r.status_code == 303
    page = lxml.html.fromstring(siti.http.get(r.headers["location"]).text)
    assert page.get_element_by_id("external-ref").text_content() == "B.45/BP3MI-JBI/XI/2026"
    assert page.get_element_by_id("case-status").text_content() == "Dieskalasi"
    audit = [tr.text_content() for tr in page.cssselect("#audit tbody tr")]
    assert "Sedang ditinjau → Dieskalasi" in audit[0] and "B.45/BP3MI-JBI/XI/2026" in audit[0]
    assert "Kasus dibuka otomatis" in audit[-1]
    assert not page.cssselect("#escalate-form") and page.cssselect("#close-form")

    # Notes and assignment.
    r = siti.post_form(f"/cases/{case_id}/notes", {"body": "Rekening a.n. Suhendri dilaporkan."})
    assert r.status_code == 303 and r.headers["location"].endswith("#catatan")
    r = siti.post_form(f"/cases/{case_id}/notes", {"body": ""})
    assert r.status_code == 422 and "Catatan kosong" in r.text
    r = siti.post_form(f"/cases/{case_id}/assign", {"assignee": "budi"})
    assert r.status_code == 303
    page = lxml.html.fromstring(siti.http.get(f"/adverts/{advert_id}").text)
    assert page.get_element_by_id("assignee").text_content() == "budi"
    assert "Rekening a.n. Suhendri dilaporkan." in page.get_element_by_id("catatan").text_content()
    actions = [tr.get("data-action") for tr in page.cssselect("#audit tbody tr")]
    assert actions == ["case.assign", "case.note", "case.status", "case.status", "case.open"]


def test_json_api_refuses_illegal_moves_clearly(live: Live, login: Any) -> None:
    budi: Client = login("budi")
    case_id = budi.http.get("/api/cases").json()["items"][0]["case_id"]
    r = budi.post_json(f"/api/cases/{case_id}/transition", {"to": "closed"})
    assert r.status_code == 409
    assert r.json()["detail"] == (
        "Status kasus tidak dapat diubah dari 'Baru' ke 'Ditutup'. "
        "Langkah yang boleh: 'Sedang ditinjau'."
    )
    r = budi.post_json(f"/api/cases/{case_id}/transition", {"to": "selesai"})
    assert r.status_code == 422
    assert budi.post_json("/api/cases/99999/transition", {"to": "in_review"}).status_code == 404
    assert (
        budi.post_json(f"/api/cases/{case_id}/transition", {"to": "in_review"}).status_code == 200
    )
    r = budi.post_json(f"/api/cases/{case_id}/transition", {"to": "dismissed"})
    assert r.status_code == 422 and "Alasan wajib diisi" in r.json()["detail"]
    r = budi.post_json(f"/api/cases/{case_id}/transition", {"to": "dismissed", "reason": "resmi"})
    assert r.status_code == 200 and r.json()["status"] == "dismissed"
    assert r.json()["decision_label"] == "Bukan pelanggaran (salah tandai)"
    assert r.json()["allowed"] == ["closed"]
    r = budi.post_json(f"/api/cases/{case_id}/notes", {"body": "Dicek ke Disnaker."})
    assert r.status_code == 201 and r.json()["author"] == "budi"
    case = budi.http.get(f"/api/cases/{case_id}").json()
    assert case["status"] == "dismissed" and case["reason"] == "resmi"
