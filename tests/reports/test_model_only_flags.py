"""Reports count the twelfth flag and only flags with evidence: a model-only suspicion (in the
classifier's new ``model_only_flags``, or a flag without evidence from an older classifier)
is not a reason and is not counted. Checked on the figures, the JSON API and the monthly PDF
and CSV over real HTTP (the classifications are written by hand; the model is retrained)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy.orm import Session, sessionmaker

from api.app import create_app
from store.db import transaction
from store.services import periods, stats
from store.services.adverts import AdvertIn, ClassificationIn, ingest
from store.services.users import add_user
from tests.conftest import LiveServer
from tests.reports.helpers import page_texts
from waspada.settings import Settings

MONTH = "2027-01"
AT = dt.datetime(2027, 1, 12, 3, 0, tzinfo=dt.UTC)
LABEL = "Mengatasnamakan perusahaan/instansi"
PASSWORD = "sangat-rahasia-laporan"


def quoted(code: str, score: float = 0.9) -> dict[str, Any]:
    return {"code": code, "score": score, "evidence": [{"start": 0, "end": 4, "text": "kata"}]}


RESULTS: list[dict[str, Any]] = [
    # New shape: a reason, and a suspicion apart.
    {"red_flags": [quoted("impersonation")],
     "model_only_flags": [{"code": "upfront_fee", "label": "Biaya di muka", "score": 0.8}]},
    # Older shape: "pressure" came without evidence.
    {"red_flags": [quoted("impersonation"), quoted("upfront_fee"),
                   {"code": "pressure", "score": 0.95, "evidence": [], "reason": "Model ..."}]},
    # Only suspicions: flagged by the verdict, but no flag counted.
    {"red_flags": [{"code": "vague_job", "score": 0.7, "evidence": []}],
     "model_only_flags": [{"code": "impersonation", "label": LABEL, "score": 0.9}]},
]  # fmt: skip
EXPECTED = {"impersonation": 2, "upfront_fee": 1}


def build(factory: sessionmaker[Session]) -> None:
    for n, result in enumerate(RESULTS):
        answer = {"model": "uji-12", "score": 0.9, "suspicious": True, "entities": {}, **result}
        with transaction(factory) as session:
            ingest(
                session,
                AdvertIn(
                    title=f"Lowongan {n}",
                    body_text=f"Iklan uji {n}",
                    url=f"https://example.test/{n}",
                ),
                ClassificationIn.from_result(answer),
                now=AT + dt.timedelta(hours=n),
            )


def test_only_flags_with_evidence_are_counted(factory: sessionmaker[Session]) -> None:
    build(factory)
    figures = stats.compute(factory, periods.parse_month(MONTH))
    assert figures.adverts_flagged == 3
    assert {c.key: c.count for c in figures.flags_by_code} == EXPECTED


@pytest.fixture
def client(settings: Settings, factory: sessionmaker[Session]) -> Iterator[httpx.Client]:
    build(factory)
    add_user(factory, username="laporan", password=PASSWORD, role="viewer")
    with (
        LiveServer(create_app(settings, load_model=False)) as server,
        httpx.Client(base_url=server.url, timeout=30) as c,
    ):
        token = c.get("/login").text.split('name="csrf_token" value="')[1].split('"')[0]
        r = c.post("/login", data={"username": "laporan", "password": PASSWORD,
                                   "csrf_token": token, "next": "/dashboard"})  # fmt: skip
        assert r.status_code == 303, r.text
        yield c


def test_reports_show_impersonation_and_no_suspicions(client: httpx.Client) -> None:
    figures = client.get("/api/stats", params={"start": "2027-01-01", "end": "2027-02-01"})
    assert figures.status_code == 200, figures.text
    assert {c["key"]: c["count"] for c in figures.json()["flags_by_code"]} == EXPECTED

    pdf = client.get("/reports/monthly.pdf", params={"month": MONTH})
    assert pdf.status_code == 200
    first = page_texts(pdf.content)[0]
    assert LABEL in first and "Biaya di muka" in first
    for not_counted in ("Desakan / kerahasiaan", "Pekerjaan tidak jelas"):
        assert not_counted not in first

    rows = list(csv.reader(io.StringIO(
        client.get("/reports/monthly.csv", params={"month": MONTH}).content.decode("utf-8-sig")
    )))  # fmt: skip
    text = "\n".join(",".join(r) for r in rows)
    assert "impersonation" in text and LABEL in text
    assert "pressure" not in text and "vague_job" not in text

    page = client.get("/dashboard", params={"start": "2027-01-01", "end": "2027-02-01"}).text
    assert LABEL in page and "Desakan / kerahasiaan" not in page
