"""POST /api/check-number over real HTTP, on SQLite and PostgreSQL: confirmed against
unconfirmed values, every way of writing one, partial values refused, nothing to enumerate,
look-ups counted without the value, and the per-client rate limit."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session, sessionmaker

from store.models import AuditLog, NumberLookup
from store.services.adverts import ClassificationIn
from tests.numbers.conftest import Live, serve
from tests.numbers.world import (
    CONFIRMED_ACCOUNT,
    CONFIRMED_EMAIL,
    CONFIRMED_PHONE,
    DISMISSED_EMAIL,
    DISMISSED_PHONE,
    TEXTS,
    UNCONFIRMED_ACCOUNT,
    UNCONFIRMED_PHONE,
)
from waspada.settings import Settings


def check(http: httpx.Client, value: Any, **more: Any) -> httpx.Response:
    return http.post("/api/check-number", json={"value": value, **more})


PHONE_FORMS = [
    "0812-7001-3344",
    "081270013344",
    "0812 7001 3344",
    "+62 812 7001 3344",
    "+62-812-7001-3344",
    "62812 7001 3344",
    "6281270013344",
    "(0812) 7001 3344",
    "0812.7001.3344",
    "wa.me/6281270013344",
    "https://wa.me/6281270013344",
    "https://api.whatsapp.com/send?phone=6281270013344",
    "  WA 0812-7001-3344  ",
]


def test_a_confirmed_number_in_every_form_gets_one_answer(
    live: Live, classified: dict[str, dict[str, Any]]
) -> None:
    answers = []
    for form in PHONE_FORMS:
        r = check(live.http, form)
        assert r.status_code == 200, (form, r.text)
        answers.append(r.json())
    first = answers[0]
    assert all(a == first for a in answers), "the forms of one number answered differently"
    assert first["value"] == CONFIRMED_PHONE and first["kind"] == "phone"
    # kamboja (escalated, then closed) and malaysia (escalated); the tip's case is undecided.
    assert first["confirmed_reports"] == 2
    assert first["headline"] == "Dilaporkan: 2 kasus terverifikasi"
    assert (first["first_seen"], first["last_seen"]) == ("2026-11-02", "2026-11-10")
    assert [d["code"] for d in first["destinations"]] == ["KH", "MY"]
    assert first["destinations"][0]["name"] == "Kamboja"
    # The red flags (with evidence) of the two confirmed adverts' classifications, no more.
    expected = {
        f["code"]
        for key in ("kamboja", "malaysia")
        for f in ClassificationIn.from_result(classified[key]).red_flags
    }
    assert "upfront_fee" in expected
    assert [f["code"] for f in first["red_flags"]] == sorted(expected)
    assert all(f["label"] and f["title"] for f in first["red_flags"])
    advice = first["advice"]
    assert advice["summary"].startswith("Petugas Gugus Tugas TPPO Kota Jambi sudah memeriksa")
    assert advice["steps"][0].startswith("Jangan transfer uang")
    assert "112" in advice["steps"][2] and "UPTD PPA" in advice["steps"][2]
    assert advice["money"] is None  # a phone number: no bank steps
    regional = {c["contact"] for c in advice["report"]["regional"]}
    assert {"112", "0813-8687-0227"} <= regional
    assert "0800-1000" in {c["contact"] for c in advice["report"]["national"]}


def test_the_answer_never_carries_advert_text_or_other_numbers(live: Live) -> None:
    body = check(live.http, "0812-7001-3344").text
    for other in (CONFIRMED_ACCOUNT, "731-000-4455", CONFIRMED_EMAIL, "Admin online Kamboja"):
        assert other not in body
    for words in ("gaji USD 1.500", "paspor diurus agen", "kuota terbatas"):
        assert words not in body
    assert not any(t in body for t in TEXTS.values())


@pytest.mark.parametrize(
    "typed",
    ["BCA 731-000-4455", "BCA 7310004455", "bca 731 000 4455", "Bank BCA 731.000.4455",
     "no rek BCA 7310004455", "7310004455", "731-000-4455", "rek 7310004455"],
)  # fmt: skip
def test_a_confirmed_account_with_and_without_separators_and_bank(live: Live, typed: str) -> None:
    r = check(live.http, typed)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["kind"] == "bank_account" and body["confirmed_reports"] == 1
    assert body["value"] in {"BCA 7310004455", "7310004455"}
    money = body["advice"]["money"]
    assert money["steps"][0].startswith("Sudah transfer? Segera telepon bank Anda")
    assert {c["href"] for c in money["channels"]} >= {"https://iasc.ojk.go.id", "tel:157"}


def test_another_bank_with_the_same_digits_is_another_account(live: Live) -> None:
    body = check(live.http, "BRI 7310004455").json()
    assert body["confirmed_reports"] == 0


def test_a_confirmed_email_any_case(live: Live) -> None:
    body = check(live.http, "Rekrut.Kamboja@GMAIL.com").json()
    assert body["value"] == CONFIRMED_EMAIL and body["kind"] == "email"
    assert body["confirmed_reports"] == 1


@pytest.mark.parametrize(
    "typed",
    [UNCONFIRMED_PHONE, "0857-2200-9911", "BRI 0021-01-000555-50-3", f"BRI {UNCONFIRMED_ACCOUNT}",
     DISMISSED_PHONE, DISMISSED_EMAIL, "0819-9999-0000", "BNI 5550001112", "orang@contoh.id"],
)  # fmt: skip
def test_unconfirmed_dismissed_and_unknown_values_read_the_same(live: Live, typed: str) -> None:
    """The model's flag, an open case or a dismissed one give exactly what a never-seen value
    gives: no count, no dates, "belum ada laporan yang terverifikasi"."""
    body = check(live.http, typed).json()
    assert body["confirmed_reports"] == 0
    assert body["first_seen"] is None and body["last_seen"] is None
    assert body["destinations"] == [] and body["red_flags"] == []
    assert body["headline"] == "Belum ada laporan yang terverifikasi"
    unknown = check(live.http, "0819-9999-0000").json()
    if body["kind"] == "phone":
        assert {**body, "value": None} == {**unknown, "value": None}


def test_english_answer(live: Live) -> None:
    body = check(live.http, "0812-7001-3344", lang="en").json()
    assert body["headline"] == "Reported: 2 verified case(s)"
    assert body["advice"]["steps"][0].startswith("Do not transfer money")
    assert body["lang"] == "en"


@pytest.mark.parametrize(
    ("typed", "code", "words"),
    [
        ("0812", "number_partial", "belum lengkap"),
        ("0812-7001", "number_partial", "belum lengkap"),
        ("0812****", "number_partial", "tanpa tanda * atau x"),
        ("0812-xxxx-3344", "number_partial", "tanpa tanda * atau x"),
        ("0812...", "number_partial", "belum lengkap"),
        ("%", "number_partial", "belum lengkap"),
        ("62812", "number_partial", "belum lengkap"),
        ("BCA", "number_partial_bank", "nama bank dan seluruh nomor rekening"),
        ("BCA 731000", "number_partial_bank", "8 sampai 20 angka"),
        ("@gmail.com", "number_partial_email", "nama@gmail.com"),
        ("rekrut.kamboja@", "number_partial_email", "nama@gmail.com"),
        ("rekrut*@gmail.com", "number_partial_email", "nama@gmail.com"),
        ("0812-7001-3344 0857-2200-9911", "number_many", "satu nomor saja"),
        ("halo kak", "number_invalid", "0812-3456-7890"),
        ("", "number_empty", "masih kosong"),
        ("  ", "number_empty", "masih kosong"),
    ],
)
def test_partial_or_unreadable_values_get_422_saying_what_to_type(
    live: Live, typed: str, code: str, words: str
) -> None:
    r = check(live.http, typed)
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["error"] == code
    assert words in body["message"]
    assert "confirmed_reports" not in body


def test_bad_requests(live: Live) -> None:
    assert check(live.http, 812700133).status_code == 400
    assert check(live.http, None).status_code == 400
    r = live.http.post("/api/check-number", content=b"not json")
    assert r.status_code == 400 and r.json()["error"] == "bad_request"
    r = check(live.http, "0812\x0070013344")
    assert r.status_code == 422 and "tidak bisa kami baca" in r.json()["message"]
    english = check(live.http, "0812", lang="en").json()
    assert english["message"].startswith("The number is not complete")


def test_no_listing_no_prefix_search(live: Live) -> None:
    """Only a POST with one whole value answers; a prefix of a confirmed number or account is a
    different (unreported) value or a refusal, never a match."""
    assert live.http.get("/api/check-number").status_code == 405
    assert live.http.get("/api/check-number", params={"value": CONFIRMED_PHONE}).status_code == 405
    # Prefixes of the confirmed phone: refused (too short) or an unreported number.
    for prefix in ("08127001334", "0812700133", "+62812700133"):
        r = check(live.http, prefix)
        assert r.status_code == 422 or r.json()["confirmed_reports"] == 0, prefix
    # Part of the confirmed account, with and without its bank: no match.
    for part in ("73100044", "BCA 731000445", "31000445"):
        r = check(live.http, part)
        assert r.status_code == 422 or r.json()["confirmed_reports"] == 0, part
    # SQL wildcards are refused before any query, even between digits.
    for wild in ("7310%", "BCA 731_004455", "0812?7001?3344", "rekrut%@gmail.com"):
        assert check(live.http, wild).status_code == 422, wild


def test_lookups_are_counted_without_the_value(live: Live, factory: sessionmaker[Session]) -> None:
    check(live.http, "0812-7001-3344")
    check(live.http, "0857-2200-9911")
    check(live.http, "BCA 7310004455")
    check(live.http, "0812")
    with factory() as session:
        rows = session.scalars(select(NumberLookup).order_by(NumberLookup.id)).all()
        counted = [(r.kind, r.outcome, r.region) for r in rows]
        audit = session.scalars(select(AuditLog.action)).all()
        columns = {c["name"] for c in inspect(session.get_bind()).get_columns("number_lookups")}
        # Every text the table holds (the timestamps' digits could match by chance).
        dump = session.execute(text("SELECT kind, outcome, region FROM number_lookups")).all()
    assert counted == [
        ("phone", "reported", "Kota Jambi"),
        ("phone", "none", "Kota Jambi"),
        ("bank_account", "reported", "Kota Jambi"),
        ("invalid", "invalid", "Kota Jambi"),
    ]
    assert columns == {"id", "at", "kind", "outcome", "region"}
    for value in ("8127001", "0812", "7310004455", "85722009911"):
        assert value not in repr(dump)
    assert not [a for a in audit if "number" in a or "lookup" in a]


def test_rate_limit_per_client_on_the_api_and_the_page_together(
    settings: Settings, world: object, classifier: Any
) -> None:
    limited = settings.model_copy(update={"rate_limit_number": "3/minute"})
    with serve(limited, classifier) as server, httpx.Client(base_url=server.url) as http:
        assert check(http, "0812-7001-3344").status_code == 200
        assert http.post("/cek-nomor", data={"q": "0857-2200-9911"}).status_code == 200
        assert check(http, "0812").status_code == 422  # a refusal counts too
        r = check(http, "0819-9999-0000")
        assert r.status_code == 429
        assert r.json()["error"] == "rate_limited"
        assert r.json()["message"].startswith("Terlalu banyak permintaan")
        assert r.headers["Retry-After"] == "60"
        page = http.post("/cek-nomor", data={"q": "0819-9999-0000"})
        assert page.status_code == 429 and "Terlalu banyak permintaan" in page.text
        # The advert check has its own limit.
        assert http.get("/cek-nomor").status_code == 200
