"""The twelfth flag (``impersonation``) and the rule that only flags with evidence are reasons,
over real HTTP and a real database: the queue filter, the advert page and its JSON, and the
case bundle. Model-only suspicions are shown to investigators apart, as "Dugaan model (tanpa
kutipan bukti)".

The classifications are written by hand (the shipped model is being retrained): one in the
classifier's new shape (``model_only_flags`` apart), one as stored before it (a flag without
evidence among the ``red_flags``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import lxml.html
import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from api.app import create_app
from store.db import transaction
from store.models import Classification, ClassificationFlag
from store.services.users import add_user
from tests.conftest import LiveServer
from tests.investigator import seed
from tests.investigator.conftest import sign_in
from waspada.settings import Settings

MODEL_ONLY = "Dugaan model (tanpa kutipan bukti)"
IMPERSONATION_LABEL = "Mengatasnamakan perusahaan/instansi"

# Hand-written for these tests.
IMPERSONATING = (
    "Rekrutmen Bersama BUMN 2026 dibuka untuk lulusan SMA/SMK. Pendaftaran hanya lewat WA "
    "0812-5566-7788 (Ibu Rina, HRD). Kirim foto KTP dan selfie sebelum wawancara."
)
OLD_FEE = (
    "Dicari operator pabrik ke Malaysia, gaji RM 1.800. Bayar biaya administrasi Rp 750.000 "
    "dulu ke rekening kami, berangkat bulan depan. Hubungi 0852-3344-5566."
)


def span(text: str, words: str) -> dict[str, Any]:
    start = text.index(words)
    return {"start": start, "end": start + len(words), "text": words}


def flag(code: str, label: str, score: float, evidence: list[dict[str, Any]]) -> dict[str, Any]:
    reason = f"Model bahasa menilai iklan ini menunjukkan pola '{label}'."
    return {"code": code, "label": label, "score": score, "evidence": evidence, "reason": reason}


# The classifier's new shape: a reason with evidence, and a suspicion apart.
NEW_RESULT: dict[str, Any] = {
    "id": None,
    "suspicious": True,
    "score": 0.91,
    "red_flags": [
        flag(
            "impersonation",
            IMPERSONATION_LABEL,
            0.88,
            [
                span(IMPERSONATING, "Rekrutmen Bersama BUMN"),
                span(IMPERSONATING, "Pendaftaran hanya lewat WA"),
            ],
        )
    ],
    "model_only_flags": [{"code": "upfront_fee", "label": "Biaya di muka", "score": 0.62}],
    "entities": {},
    "model": "uji-12",
}
# As stored before the classifier separated them: "pressure" has no evidence.
OLD_FLAGS: list[dict[str, Any]] = [
    flag("upfront_fee", "Biaya di muka", 0.93, [span(OLD_FEE, "biaya administrasi Rp 750.000")]),
    flag("pressure", "Desakan / kerahasiaan", 0.71, []),
]
OLD_RESULT: dict[str, Any] = {
    "id": None,
    "suspicious": True,
    "score": 0.88,
    "red_flags": OLD_FLAGS,
    "entities": {},
    "model": "uji-11",
}


@dataclass
class World:
    url: str
    ids: dict[str, int]


@pytest.fixture
def world(settings: Settings, factory: sessionmaker[Session]) -> Iterator[World]:
    add_user(factory, username="siti", password=seed.PASSWORD, role="investigator")
    when = dt.datetime(2026, 11, 20, 3, 0, tzinfo=dt.UTC)
    ids: dict[str, int] = {}
    with transaction(factory) as session:
        for key, text, result in (
            ("bumn", IMPERSONATING, NEW_RESULT),
            ("fee", OLD_FEE, OLD_RESULT),
        ):
            ids[key] = seed.ingest_one(
                session, key, result, source_id=None, channel="whatsapp", when=when, text=text
            )
    # The "fee" classification as it was stored before: the flag without evidence among the
    # red flags, nothing apart (migration 0005 removed its classification_flags row).
    with transaction(factory) as session:
        session.execute(
            update(Classification)
            .where(Classification.advert_id == ids["fee"])
            .values(red_flags=OLD_FLAGS, model_only_flags=[])
        )
    app = create_app(settings, load_model=False)
    with LiveServer(app) as server:
        yield World(server.url, ids)


@pytest.fixture
def siti(world: World) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=world.url, timeout=30) as client:
        sign_in(client, "siti")
        yield client


def _ids(r: httpx.Response) -> list[int]:
    assert r.status_code == 200, r.text
    return [item["advert_id"] for item in r.json()["items"]]


def test_only_flags_with_evidence_are_indexed(world: World, factory: sessionmaker[Session]) -> None:
    with factory() as s:
        rows = s.execute(
            select(Classification.advert_id, ClassificationFlag.code).join(
                Classification, Classification.id == ClassificationFlag.classification_id
            )
        ).all()
        stored = s.scalar(
            select(Classification.model_only_flags).where(
                Classification.advert_id == world.ids["bumn"]
            )
        )
    assert sorted(rows) == sorted([(world.ids["bumn"], "impersonation"),
                                   (world.ids["fee"], "upfront_fee")])  # fmt: skip
    assert stored == [{"code": "upfront_fee", "label": "Biaya di muka", "score": 0.62}]


def test_queue_filters_on_impersonation_with_its_label(world: World, siti: httpx.Client) -> None:
    r = siti.get("/api/cases", params={"flag": "impersonation"})
    assert _ids(r) == [world.ids["bumn"]]
    assert r.json()["items"][0]["flags"] == [
        {"code": "impersonation", "label": IMPERSONATION_LABEL}
    ]
    # A model-only suspicion is no reason to list an advert under that flag.
    assert _ids(siti.get("/api/cases", params={"flag": "upfront_fee"})) == [world.ids["fee"]]
    assert _ids(siti.get("/api/cases", params={"flag": "pressure"})) == []
    # The page offers the flag in its filter and shows it on the row.
    doc = lxml.html.fromstring(siti.get("/queue", params={"flag": "impersonation"}).text)
    option = doc.cssselect("select[name=flag] option[value=impersonation]")[0]
    assert option.text_content() == IMPERSONATION_LABEL and option.get("selected") is not None
    assert [b.text_content() for b in doc.cssselect("td.flags .badge")] == [IMPERSONATION_LABEL]
    # ...and the spreadsheet.
    rows = list(csv.DictReader(io.StringIO(
        siti.get("/queue.csv", params={"flag": "impersonation"}).content.decode("utf-8-sig")
    )))  # fmt: skip
    assert [(r["tanda_bahaya"], r["kode_tanda_bahaya"]) for r in rows] == [
        (IMPERSONATION_LABEL, "impersonation")
    ]


def test_advert_page_shows_reasons_and_model_suspicions_apart(
    world: World, siti: httpx.Client
) -> None:
    advert_id = world.ids["bumn"]
    data = siti.get(f"/api/adverts/{advert_id}").json()
    assert [f["code"] for f in data["red_flags"]] == ["impersonation"]
    assert data["red_flags"][0]["label"] == IMPERSONATION_LABEL
    assert [e["text"] for e in data["red_flags"][0]["evidence"]] == [
        "Rekrutmen Bersama BUMN",
        "Pendaftaran hanya lewat WA",
    ]
    assert data["model_only_flags"] == [
        {"code": "upfront_fee", "label": "Biaya di muka", "score": 0.62}
    ]
    doc = lxml.html.fromstring(siti.get(f"/adverts/{advert_id}").text)
    assert [li.get("data-code") for li in doc.cssselect(".flags-list li")] == ["impersonation"]
    assert doc.get_element_by_id("h-flags").text_content() == "Tanda bahaya (1)"
    suspected = doc.get_element_by_id("model-only")
    assert MODEL_ONLY in suspected.text_content()
    assert [li.get("data-code") for li in suspected.cssselect("li")] == ["upfront_fee"]
    assert "Biaya di muka" in suspected.text_content()
    marked = {m.get("data-code") for m in doc.get_element_by_id("advert-text").cssselect("mark")}
    assert marked == {"impersonation"}


def test_a_stored_flag_without_evidence_is_no_reason(world: World, siti: httpx.Client) -> None:
    advert_id = world.ids["fee"]
    data = siti.get(f"/api/adverts/{advert_id}").json()
    assert [f["code"] for f in data["red_flags"]] == ["upfront_fee"]
    assert data["model_only_flags"] == [
        {"code": "pressure", "label": "Desakan / kerahasiaan", "score": 0.71}
    ]
    html = siti.get(f"/adverts/{advert_id}").text
    doc = lxml.html.fromstring(html)
    assert [li.get("data-code") for li in doc.cssselect(".flags-list li")] == ["upfront_fee"]
    suspected = doc.get_element_by_id("model-only")
    assert MODEL_ONLY in suspected.text_content()
    assert [li.get("data-code") for li in suspected.cssselect("li")] == ["pressure"]
    # Its model's "reason" is not presented as one.
    assert OLD_FLAGS[1]["reason"] not in html


def test_case_bundle_keeps_suspicions_apart_from_the_evidence(
    world: World, siti: httpx.Client
) -> None:
    for key, reasons, suspected in (
        ("bumn", ["impersonation"], ["upfront_fee"]),
        ("fee", ["upfront_fee"], ["pressure"]),
    ):
        r = siti.get(f"/adverts/{world.ids[key]}/bundle.zip")
        assert r.status_code == 200, r.text
        zf = zipfile.ZipFile(io.BytesIO(r.content))
        record = json.loads(zf.read("case.json"))
        cl = record["classification"]
        assert [f["code"] for f in cl["red_flags"]] == reasons
        assert all(f["evidence"] for f in cl["red_flags"])
        assert [f["code"] for f in cl["model_only_flags"]] == suspected
        assert {f["note"] for f in cl["model_only_flags"]} == {MODEL_ONLY}
        [history] = record["classification_history"]
        assert (history["red_flags"], history["model_only_flags"]) == (reasons, suspected)
        rows = list(csv.reader(io.StringIO(zf.read("case.csv").decode("utf-8-sig"))))
        assert [row[1].split()[0] for row in rows if row[0] == "tanda_bahaya"] == reasons
        model_rows = [row for row in rows if row[0] == "dugaan_model"]
        assert [row[1].split()[0] for row in model_rows] == suspected
        assert all(MODEL_ONLY in row[2] for row in model_rows)
    record = json.loads(
        zipfile.ZipFile(
            io.BytesIO(siti.get(f"/adverts/{world.ids['bumn']}/bundle.zip").content)
        ).read("case.json")
    )
    assert record["classification"]["red_flags"][0]["label"] == IMPERSONATION_LABEL
