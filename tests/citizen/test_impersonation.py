"""The citizens' check for the twelfth flag, and flags without evidence, over real HTTP.

The shipped model is being retrained, so a stand-in gives the classifier's answer for these
adverts (``Result.to_dict()`` in its new shape, and in the older one where a flag may come
without evidence). The rest is real: the app, the JSON API, the page, the tip's database rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from lxml import html as lxml_html
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.models import Classification, ClassificationFlag, Tip
from tests.citizen.conftest import citizen_settings, make_app
from tests.conftest import LiveServer
from waspada.settings import Settings

LiveApp = tuple[FastAPI, httpx.Client]
LABEL = "Mengatasnamakan perusahaan/instansi"
# Hand-written for these tests.
BUMN = (
    "Rekrutmen Bersama BUMN 2026 dibuka untuk lulusan SMA/SMK. Pendaftaran hanya lewat WA "
    "0812-5566-7788 (Ibu Rina, HRD). Kirim foto KTP dan selfie sebelum wawancara."
)
PLAIN = "Dicari kasir toko bangunan di Kota Jambi. Datang langsung ke toko membawa lamaran."


def span(text: str, words: str) -> dict[str, Any]:
    start = text.index(words)
    return {"start": start, "end": start + len(words), "text": words}


def flag(code: str, label: str, score: float, evidence: list[dict[str, Any]]) -> dict[str, Any]:
    reason = f"Model bahasa menilai iklan ini menunjukkan pola '{label}'."
    return {"code": code, "label": label, "score": score, "evidence": evidence, "reason": reason}


ANSWERS: dict[str, dict[str, Any]] = {
    # Below the verdict threshold; the impersonation flag has the advert's words. The model
    # also suspects a fee (new shape, apart) and pressure (older shape, no evidence).
    BUMN: {
        "suspicious": False,
        "score": 0.35,
        "red_flags": [
            flag(
                "impersonation",
                LABEL,
                0.81,
                [span(BUMN, "Rekrutmen Bersama BUMN"), span(BUMN, "Pendaftaran hanya lewat WA")],
            ),
            flag("pressure", "Desakan / kerahasiaan", 0.74, []),
        ],
        "model_only_flags": [{"code": "upfront_fee", "label": "Biaya di muka", "score": 0.66}],
    },
    # Nothing in the advert to quote, only the model's suspicions: shown as nothing.
    PLAIN: {
        "suspicious": False,
        "score": 0.2,
        "red_flags": [flag("visa_misuse", "Visa tidak sesuai", 0.7, [])],
        "model_only_flags": [{"code": "impersonation", "label": LABEL, "score": 0.9}],
    },
}


@dataclass
class _Result:
    answer: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {"id": None, "entities": {}, "model": "uji-12", **self.answer}


class StandIn:
    """Answers as ``classifier.pipeline.Classifier`` does, for the adverts above only."""

    version = "uji-12"

    def classify(self, items: list[Any]) -> list[_Result]:
        return [_Result(ANSWERS[item.text]) for item in items]


@pytest.fixture
def live(settings: Settings) -> Iterator[LiveApp]:
    app = make_app(citizen_settings(settings), StandIn())
    with LiveServer(app) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        yield app, client


def test_impersonation_is_explained_with_official_site_advice(live: LiveApp) -> None:
    _, client = live
    r = client.post("/api/check", json={"text": BUMN})
    assert r.status_code == 200, r.text
    body = r.json()
    # Only the flag with the advert's words is a reason; the model's suspicions are not shown.
    assert [f["code"] for f in body["red_flags"]] == ["impersonation"]
    assert "model_only" not in r.text and "upfront_fee" not in r.text
    [imp] = body["red_flags"]
    assert imp["label"] == imp["title"] == LABEL
    assert [e["text"] for e in imp["evidence"]] == [
        "Rekrutmen Bersama BUMN",
        "Pendaftaran hanya lewat WA",
    ]
    assert "BUMN" in imp["explanation"] and imp["explanation"].endswith(".")
    # A serious flag on its own: "be careful", even below the verdict.
    assert (body["band"], body["band_label"]) == ("medium", "Hati-hati")
    first = body["advice"]["checks"][0]
    assert first["key"] == "official"
    assert "situs resmi perusahaan atau instansi" in first["text"]
    assert "tidak memungut biaya" in first["text"]
    assert "tidak meminta data" in first["text"] and "lewat WA" in first["text"]
    # A job at home: the advice for one, not the overseas placement checklist.
    assert [c["key"] for c in body["advice"]["checks"]][1:] == ["local_company", "local_contract"]


def test_impersonation_in_english(live: LiveApp) -> None:
    _, client = live
    body = client.post("/api/check", json={"text": BUMN, "lang": "en"}).json()
    [imp] = body["red_flags"]
    assert (imp["title"], imp["label"]) == ("Uses a company's or agency's name", LABEL)
    first = body["advice"]["checks"][0]
    assert first["key"] == "official"
    assert "official website" in first["text"] and "do not charge fees" in first["text"]
    assert "over WhatsApp" in first["text"]


def test_only_suspicions_show_no_reasons_and_a_low_band(live: LiveApp) -> None:
    _, client = live
    r = client.post("/api/check", json={"text": PLAIN})
    body = r.json()
    assert body["red_flags"] == [] and body["band"] == "low"
    assert "model_only" not in r.text and "impersonation" not in r.text
    assert [c["key"] for c in body["advice"]["checks"]] == ["local_company", "local_contract"]


def test_the_page_shows_the_reason_and_the_advice_not_the_suspicions(live: LiveApp) -> None:
    _, client = live
    r = client.post("/cek", data={"q": BUMN, "lang": "id"})
    assert r.status_code == 200
    doc = lxml_html.fromstring(r.text)
    result = doc.xpath("//section[contains(@class, 'result')]")[0]
    assert [li.get("data-code") for li in result.xpath(".//li[@class='flag']")] == ["impersonation"]
    assert LABEL in result.text_content()
    for hidden in ("Biaya di muka", "Desakan / kerahasiaan", "Dugaan model"):
        assert hidden not in r.text
    checks = doc.xpath("//section[@class='checks']")[0].text_content()
    assert "Cek lowongan ini di situs resmi perusahaan atau instansi yang disebut." in checks
    assert "tidak memungut biaya" in checks


def test_a_tip_stores_suspicions_apart_from_reasons(
    live: LiveApp, factory: sessionmaker[Session]
) -> None:
    _, client = live
    r = client.post("/api/tips", json={"text": BUMN})
    assert r.status_code == 201, r.text
    with factory() as s:
        tip = s.get(Tip, r.json()["tip_id"])
        assert tip is not None
        stored = s.scalar(select(Classification).where(Classification.advert_id == tip.advert_id))
        assert stored is not None
        assert [f["code"] for f in stored.red_flags] == ["impersonation"]
        assert [f["code"] for f in stored.model_only_flags] == ["pressure", "upfront_fee"]
        codes = s.scalars(
            select(ClassificationFlag.code).where(ClassificationFlag.classification_id == stored.id)
        ).all()
        assert codes == ["impersonation"]
