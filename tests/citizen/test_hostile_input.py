"""Hostile input to the citizens' check, over real HTTP (issue 19, items 1 and 2).

A poisoned request (a lone surrogate or a NUL) is refused at the edge with a 4xx and never
fails anyone else's check in the same classifier batch; JSON too deep or with a huge number is
a 400, not a 500; invisible characters and fullwidth letters are cleaned before the check.
Assertions compare answers with each other rather than with fixed scores, so they hold when the
shipped model changes.
"""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.models import Tip
from tests.fixture_adverts import LEGIT, SCAMS

LiveApp = tuple[FastAPI, httpx.Client]
FEE_SCAM = SCAMS[2]  # "Biaya proses Rp 3.500.000 transfer ke rek BRI ..."
JSON = {"Content-Type": "application/json"}

# Raw bodies: httpx's json= cannot even encode a lone surrogate.
POISON_BODIES = [
    b'{"text": "gaji \\ud800 besar"}',
    b'{"text": "Lowongan kerja \\udfff di Malaysia, gaji 9 juta"}',
    b'{"text": "gaji \\u0000 besar"}',
    b'{"url": "https://loker.example/\\ud800"}',
]


def _post_raw(client: httpx.Client, path: str, body: bytes) -> httpx.Response:
    return client.post(path, content=body, headers=JSON)


def test_poisoned_checks_fail_alone_among_concurrent_ones(live_app: LiveApp) -> None:
    """Each round sends 40 normal checks and a few poisoned ones at once (through the page's
    form too); every normal one succeeds and every poisoned one gets a 4xx with a message."""
    _, client = live_app
    # Distinct texts, so the result cache does not answer them without a batch.
    normals = [f"{(SCAMS + LEGIT)[i % 12]} Ref {i}." for i in range(80)]
    start = threading.Barrier(46, timeout=30)

    def normal(text: str) -> httpx.Response:
        start.wait()
        return client.post("/api/check", json={"text": text})

    def poisoned(body: bytes) -> httpx.Response:
        start.wait()
        return _post_raw(client, "/api/check", body)

    def poisoned_form(q: str) -> httpx.Response:
        start.wait()
        return client.post("/cek", data={"q": q})

    with ThreadPoolExecutor(max_workers=46) as pool:
        for round_no in range(2):
            batch = normals[round_no * 40 : (round_no + 1) * 40]
            normal_futures = [pool.submit(normal, t) for t in batch]
            poison_futures = [pool.submit(poisoned, b) for b in POISON_BODIES]
            form_futures = [pool.submit(poisoned_form, q) for q in ("gaji \x00 besar", "\u200b")]
            answers = [f.result() for f in normal_futures]
            failed = [(r.status_code, r.text[:200]) for r in answers if r.status_code != 200]
            assert failed == [], f"round {round_no}: normal checks failed"
            assert all(r.json()["band"] in ("low", "medium", "high") for r in answers)
            for f in poison_futures:
                r = f.result()
                assert r.status_code == 422, r.text
                assert r.json()["error"] in ("bad_characters", "not_url"), r.text
                assert "salin ulang" in r.json()["message"] or "http" in r.json()["message"]
            for f in form_futures:
                r = f.result()
                assert r.status_code == 422, r.text[:300]


def test_a_lone_surrogate_or_nul_is_refused_with_what_to_fix(live_app: LiveApp) -> None:
    _, client = live_app
    r = _post_raw(client, "/api/check", b'{"text": "gaji \\ud800 besar"}')
    assert (r.status_code, r.json()["error"]) == (422, "bad_characters")
    assert r.json()["message"].startswith("Teks iklan berisi karakter yang tidak bisa kami baca")
    assert "salin ulang" in r.json()["message"]
    assert "surrogate" in r.json()["detail"]
    r = _post_raw(client, "/api/check", b'{"text": "gaji \\u0000 besar", "lang": "en"}')
    assert (r.status_code, r.json()["error"]) == (422, "bad_characters")
    assert r.json()["message"].startswith("The advert's text holds characters we cannot read")
    r = _post_raw(client, "/api/check", b'{"url": "https://loker.example/\\u0000"}')
    assert (r.status_code, r.json()["error"]) == (422, "bad_characters")
    assert r.json()["message"].startswith("Link berisi")
    # The page's form: the page again, with the message.
    r = client.post("/cek", data={"q": "Lowongan kerja\x00 gaji besar"})
    assert r.status_code == 422
    assert "karakter yang tidak bisa kami baca" in r.text


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        (b'{"text": ' + b"[" * 5000 + b"]" * 5000 + b"}", "nested too deeply"),
        (b"[" * 40_000 + b"]" * 40_000, "nested too deeply"),
        (b'{"text": "loker", "lang": ' + b"7" * 5000 + b"}", "number in the JSON is too long"),
    ],
    ids=["deep-5000", "deep-40000", "5000-digits"],
)
def test_json_too_deep_or_with_a_huge_number_is_a_400(
    live_app: LiveApp, body: bytes, detail: str
) -> None:
    _, client = live_app
    for path in ("/api/check", "/api/tips"):
        r = _post_raw(client, path, body)
        assert r.status_code == 400, (path, r.status_code, r.text[:200])
        assert r.json()["error"] == "bad_request"
        assert detail in r.json()["detail"]
        assert "JSON" in r.json()["message"]


def test_a_nul_in_a_tips_message_or_contact_is_refused(
    live_app: LiveApp, factory: sessionmaker[Session]
) -> None:
    _, client = live_app
    for extra, words in (
        ({"message": "Dapat di grup\x00 Facebook"}, "Pesan berisi"),
        ({"contact": "0812\x001111", "contact_consent": True}, "Kontak berisi"),
        ({"message": "grup \ud800"}, "Pesan berisi"),
    ):
        body = json.dumps({"text": SCAMS[0], **extra}).encode()  # ASCII: escapes survive
        r = _post_raw(client, "/api/tips", body)
        assert (r.status_code, r.json()["error"]) == (422, "bad_characters"), r.text
        assert r.json()["message"].startswith(words)
    r = client.post(
        "/lapor",
        data={"kind": "text", "value": SCAMS[0], "message": "grup\x00", "contact": ""},
    )
    assert r.status_code == 422
    assert "Pesan berisi" in r.text
    with factory() as session:
        assert session.scalars(select(Tip)).first() is None  # nothing was stored


ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]


def test_text_of_invisible_characters_only_is_empty(live_app: LiveApp) -> None:
    _, client = live_app
    for text in ("".join(ZERO_WIDTH), "\u200b \u200b\n\ufeff"):
        r = client.post("/api/check", json={"text": text})
        assert (r.status_code, r.json()["error"]) == (422, "empty"), r.text
        assert "kosong" in r.json()["message"]
        r = client.post("/api/tips", json={"text": text})
        assert (r.status_code, r.json()["error"]) == (422, "empty"), r.text
        r = client.post("/cek", data={"q": text})
        assert r.status_code == 422
        assert "Kotaknya masih kosong" in r.text


def _hide(text: str, mark: str) -> str:
    """``mark`` between the letters of every word (a red flag the rules cannot read)."""
    return " ".join(mark.join(word) for word in text.split(" "))


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _verdict(body: dict[str, Any]) -> tuple[Any, ...]:
    flags = sorted(f["code"] for f in body["red_flags"])
    return body["band"], body["score"], body["suspicious"], flags


def test_invisible_characters_and_fullwidth_letters_hide_nothing(live_app: LiveApp) -> None:
    _, client = live_app
    plain = client.post("/api/check", json={"text": FEE_SCAM}).json()
    assert plain["input"] == {"kind": "text"}  # nothing was cleaned: nothing to show back
    for disguised in (
        _hide(FEE_SCAM, "\u200b"),
        _hide(FEE_SCAM, "\u00ad"),
        _hide(FEE_SCAM, "\u2060"),
        "\ufeff" + _hide(FEE_SCAM, "\u200d"),
        _fullwidth(FEE_SCAM),
    ):
        r = client.post("/api/check", json={"text": disguised})
        assert r.status_code == 200, r.text
        body = r.json()
        assert _verdict(body) == _verdict(plain)
        # The answer shows the text that was checked; the evidence offsets are in it.
        assert body["input"]["text"] == FEE_SCAM
        for flag in body["red_flags"]:
            for span in flag["evidence"]:
                assert FEE_SCAM[span["start"] : span["end"]] == span["text"]
    # The page's form cleans the same way.
    form = client.post("/cek", data={"q": _hide(FEE_SCAM, "\u200b")})
    assert form.status_code == 200
    assert plain["band_label"] in form.text


def test_a_tip_stores_the_text_that_was_checked(
    live_app: LiveApp, factory: sessionmaker[Session]
) -> None:
    from store.models import Advert

    _, client = live_app
    r = client.post("/api/tips", json={"text": _hide(SCAMS[0], "\u200b")})
    assert r.status_code == 201, r.text
    with factory() as session:
        tip = session.get(Tip, r.json()["tip_id"])
        assert tip is not None
        advert = session.get(Advert, tip.advert_id)
        assert advert is not None and advert.body_text == SCAMS[0]
