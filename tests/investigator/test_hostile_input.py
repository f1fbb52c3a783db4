"""Hostile input to the investigators' routes, over real HTTP on SQLite and PostgreSQL (issue 19,
item 2): path ids past what the databases hold, NUL bytes and lone surrogates in notes, case
decisions and searches, JSON too deep or with a huge number. Each is a 4xx with a message,
never a 500, and nothing is written."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from store.models import AuditLog, CaseNote
from tests.investigator.conftest import Client, Live

BIG_IDS = [2**31, 2**31 + 5, 2**63, 2**64, 10**30]


def _case_id(client: Client) -> int:
    return int(client.http.get("/api/cases").json()["items"][0]["case_id"])


def _post_json(client: Client, path: str, body: dict[str, Any]) -> httpx.Response:
    """As ``client.post_json``, but escaped ASCII JSON, so a lone surrogate can be sent."""
    headers = {"X-CSRF-Token": client.csrf, "Content-Type": "application/json"}
    return client.http.post(path, content=json.dumps(body).encode(), headers=headers)


def _audit_count(live: Live) -> int:
    with live.factory() as s:
        return int(s.scalar(select(func.count()).select_from(AuditLog)) or 0)


def test_ids_out_of_range_are_refused_not_a_server_error(live: Live, login: Any) -> None:
    admin: Client = login("admin1")
    advert_id = live.world.ids["scam0"]
    for big in BIG_IDS:
        gets = [
            f"/api/adverts/{big}",
            f"/adverts/{big}",
            f"/adverts/{big}/snapshot/1",
            f"/adverts/{advert_id}/snapshot/{big}",
            f"/adverts/{big}/bundle.zip",
            f"/api/cases/{big}",
            f"/api/alerts/rules/{big}",
            f"/alerts/rules/{big}",
        ]
        for path in gets:
            r = admin.http.get(path, headers={"Accept": "application/json"})
            assert r.status_code in (404, 422), (path, r.status_code, r.text[:200])
        posts = [
            (f"/api/cases/{big}/transition", {"to": "in_review"}),
            (f"/api/cases/{big}/assign", {"assignee": "siti"}),
            (f"/api/cases/{big}/notes", {"body": "Catatan."}),
            (f"/api/sources/{big}/crawl", {}),
            (f"/api/alerts/{big}/retry", {}),
        ]
        for path, body in posts:
            r = admin.post_json(path, body)
            assert r.status_code in (404, 422), (path, r.status_code, r.text[:200])
        for path, form in [
            (f"/cases/{big}/transition", {"to": "in_review"}),
            (f"/cases/{big}/assign", {"assignee": "me"}),
            (f"/cases/{big}/notes", {"body": "Catatan."}),
            (f"/sources/{big}/crawl", {}),
        ]:
            r = admin.post_form(path, form)
            assert r.status_code in (404, 422), (path, r.status_code, r.text[:200])
        r = admin.http.patch(
            f"/api/alerts/rules/{big}",
            json={"enabled": False},
            headers={"X-CSRF-Token": admin.csrf},
        )
        assert r.status_code in (404, 422), r.text[:200]
        # Ids in query strings and bodies too.
        for path, params in [
            ("/api/cases", {"source": str(big)}),
            ("/api/alerts", {"rule_id": str(big)}),
            ("/api/alerts", {"before_id": str(big)}),
            ("/alerts", {"rule_id": str(big)}),
            ("/api/crawl-runs", {"source_id": str(big)}),
        ]:
            r = admin.http.get(path, params=params)
            assert r.status_code == 422, (path, params, r.status_code, r.text[:200])
        rule = {
            "name": "Bot",
            "trigger": "score",
            "min_score": 0.8,
            "channel": "webhook",
            "target": "https://bot.example/hook",
            "source_id": big,
        }
        r = admin.post_json("/api/alerts/rules", rule)
        assert r.status_code == 422, r.text[:200]
        form = {k: str(v) for k, v in rule.items()}
        r = admin.post_form("/alerts/rules", form)
        assert r.status_code == 422, r.text[:200]
    r = admin.http.get("/api/cases", params={"source": "7" * 5000})
    assert r.status_code == 422, r.text[:200]
    # The largest id a row can have is still a plain "not found".
    assert admin.http.get(f"/api/adverts/{2**31 - 1}").status_code == 404
    assert admin.http.get(f"/api/cases/{2**31 - 1}").status_code == 404
    assert admin.http.get("/api/adverts/0").status_code in (404, 422)


POISONED = ["Dicek\x00 ke Disnaker.", "\x00", "Dicek \ud800 ke Disnaker."]


def test_a_nul_or_a_lone_surrogate_in_a_note_is_refused(live: Live, login: Any) -> None:
    siti: Client = login("siti")
    case_id = _case_id(siti)
    before = _audit_count(live)
    for body in POISONED:
        r = _post_json(siti, f"/api/cases/{case_id}/notes", {"body": body})
        assert r.status_code == 422, (repr(body), r.status_code, r.text[:200])
        assert "Catatan berisi karakter" in r.json()["detail"]
    # The form: the advert page again, with the reason.
    r = siti.post_form(f"/cases/{case_id}/notes", {"body": "Dicek\x00 ke Disnaker."})
    assert r.status_code == 422, r.text[:300]
    assert "Catatan berisi karakter NUL" in r.text
    with live.factory() as s:
        assert s.scalar(select(func.count()).select_from(CaseNote)) == 0
    assert _audit_count(live) == before
    # A clean note still goes in.
    assert siti.post_json(f"/api/cases/{case_id}/notes", {"body": "Dicek."}).status_code == 201


def test_a_nul_in_a_case_decision_or_assignee_is_refused(live: Live, login: Any) -> None:
    siti: Client = login("siti")
    case_id = _case_id(siti)
    before = _audit_count(live)
    attempts: list[dict[str, Any]] = [
        {"to": "in_review", "reason": "mulai\x00"},
        {"to": "escalated", "escalated_to": "police", "external_ref": "LP/B/1\x00"},
        {"to": "dismissed", "reason": "resmi \ud800"},
    ]
    for body in attempts:
        r = _post_json(siti, f"/api/cases/{case_id}/transition", body)
        assert r.status_code == 422, (body, r.status_code, r.text[:200])
        assert "berisi karakter" in r.json()["detail"]
    r = siti.post_json(f"/api/cases/{case_id}/assign", {"assignee": "siti\x00"})
    assert r.status_code == 422, r.text[:200]
    r = siti.post_form(f"/cases/{case_id}/transition", {"to": "dismissed", "reason": "ok\x00"})
    assert r.status_code == 422 and "berisi karakter NUL" in r.text
    r = siti.post_form(f"/cases/{case_id}/assign", {"assignee": "budi\x00"})
    assert r.status_code == 422 and "berisi karakter NUL" in r.text
    assert _audit_count(live) == before


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/cases", {"q": "\x00"}),
        ("/api/cases", {"q": "gaji\x00besar"}),
        ("/api/cases", {"assignee": "siti\x00"}),
        ("/api/stats", {"region": "Kota Jambi\x00"}),
        ("/reports/monthly.csv", {"region": "\x00"}),
        ("/api/alerts", {"status": "\x00"}),
        ("/", {"lang": "id\x00"}),
        ("/queue", {"q": "\x00"}),
        ("/queue.csv", {"q": "\x00"}),
        ("/api/agencies", {"q": "\x00"}),
        ("/agencies", {"q": "PT\x00"}),
    ],
)
def test_a_nul_in_a_search_or_filter_is_refused(
    live: Live, login: Any, path: str, params: dict[str, str]
) -> None:
    """Every route refuses a NUL in its query string (searches, filters, regions)."""
    admin: Client = login("admin1")
    r = admin.http.get(path, params=params)
    assert r.status_code == 422, (r.status_code, r.text[:300])
    assert "berisi karakter NUL" in r.text
    # The same search without the NUL works.
    clean = {k: v.replace("\x00", "") for k, v in params.items()}
    assert admin.http.get(path, params=clean).status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        b'{"body": ' + b"[" * 5000 + b"]" * 5000 + b"}",
        b"[" * 40_000 + b"]" * 40_000,
        b'{"body": "catatan", "x": ' + b"7" * 5000 + b"}",
        b'{"body": ' + b"7" * 5000 + b"}",
    ],
    ids=["deep-5000", "deep-40000", "5000-digits-extra", "5000-digits"],
)
def test_json_too_deep_or_with_a_huge_number_is_a_4xx(live: Live, login: Any, body: bytes) -> None:
    siti: Client = login("siti")
    case_id = _case_id(siti)
    r = siti.http.post(
        f"/api/cases/{case_id}/notes",
        content=body,
        headers={"X-CSRF-Token": siti.csrf, "Content-Type": "application/json"},
    )
    assert 400 <= r.status_code < 500, (r.status_code, r.text[:200])
    assert r.json()["detail"]


def test_a_nul_in_an_alert_rule_or_a_register_file_is_refused(live: Live, login: Any) -> None:
    admin: Client = login("admin1")
    rule = {
        "name": "Bot\x00",
        "trigger": "score",
        "min_score": 0.8,
        "channel": "webhook",
        "target": "https://bot.example/hook",
    }
    r = admin.post_json("/api/alerts/rules", rule)
    assert r.status_code == 422 and "berisi karakter NUL" in r.json()["detail"], r.text[:200]
    r = admin.post_json("/api/alerts/rules", {**rule, "name": "Bot", "region": "Jambi\x00"})
    assert r.status_code == 422, r.text[:200]
    form = {k: str(v) for k, v in rule.items()}
    r = admin.post_form("/alerts/rules", form)
    assert r.status_code == 422 and "berisi karakter NUL" in r.text, r.text[:200]
    made = admin.post_json("/api/alerts/rules", {**rule, "name": "Bot"})
    assert made.status_code == 201, made.text[:200]
    r = admin.http.patch(
        f"/api/alerts/rules/{made.json()['id']}",
        json={"name": "Bot\x00"},
        headers={"X-CSRF-Token": admin.csrf},
    )
    assert r.status_code == 422, r.text[:200]
    csv = b"name,licence_number,address,status\nPT Maju\x00,1/2/3,Jl. Damai,aktif\n"
    r = admin.http.post(
        "/api/agencies/import",
        files={"file": ("p3mi.csv", csv, "text/csv")},
        headers={"X-CSRF-Token": admin.csrf},
    )
    assert r.status_code == 422 and "karakter NUL" in r.json()["detail"], r.text[:200]
