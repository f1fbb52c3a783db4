"""A small, known database for the report tests, built through the real services.

Adverts are stored with :func:`store.services.adverts.ingest` (hand-made classifications, at
chosen times), tips and citizen checks with :mod:`store.services.citizen`, and cases are
decided with :func:`decide` below. Times are UTC instants picked around WIB (UTC+7) month
boundaries: A7 is first seen on 31 October UTC but 1 November WIB (counted); A8 on 30 November
UTC but 1 December WIB (not counted).

The hand counts for November 2026 are in :data:`EXPECTED_ALL` and :data:`EXPECTED_JAMBI`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from store.db import transaction
from store.models import (
    Advert,
    CaseStatus,
    CitizenCheck,
    Classification,
    ReviewCase,
    Source,
    Tip,
)
from store.services import citizen
from store.services.adverts import AdvertIn, ClassificationIn, ingest

MONTH = "2026-11"
OCT, NOV, DEC = "waspada-2026.10", "waspada-2026.11", "waspada-2026.12"
PHONE_A = "+6281234563344"  # A1 (escalated) and A4: shown in full
WA_B = "+6281298761111"  # A2, A3, A10 (none escalated) and A8 (December): masked
PHONE_SOLO = "+6281311112222"  # one advert only: no cluster
AGENCY = "PT Maju Jaya"
TIP_CONTACT = "+6285700009999"  # a citizen's contact: must never appear in a report
REF_A1 = "LP/B/123/XI/2026/SPKT/POLDA JAMBI"
REF_A6 = "BP3MI-MDN-2026-077"


def utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


def entities(
    phones: tuple[str, ...] = (),
    whatsapp: tuple[str, ...] = (),
    destinations: tuple[str, ...] = (),
    companies: tuple[str, ...] = (),
) -> dict[str, Any]:
    return {
        "phones": [{"value": p, "start": 0, "end": 1} for p in phones],
        "whatsapp": [{"value": p, "start": 0, "end": 1} for p in whatsapp],
        "companies": [{"value": c, "start": 0, "end": 1} for c in companies],
        "destinations": [{"country": d, "start": 0, "end": 1} for d in destinations],
    }


def classification(
    model: str, codes: tuple[str, ...], ents: dict[str, Any] | None = None
) -> ClassificationIn:
    flagged = bool(codes)
    return ClassificationIn(
        model_version=model,
        score=0.93 if flagged else 0.08,
        suspicious=flagged,
        # Each flag with a quoted span: only flags with evidence are counted (a model-only
        # suspicion is not; tests/reports/test_model_only_flags.py).
        red_flags=[
            {"code": c, "score": 0.8, "evidence": [{"start": 0, "end": 1, "text": c}]}
            for c in codes
        ],
        entities=ents or {},
    )


@dataclass(frozen=True)
class Expected:
    crawled: int
    flagged: int
    reviewed: int
    escalated: int
    dismissed: int
    open: int
    precision: float
    median_hours: float
    codes: dict[str, int]
    destinations: dict[str, int]
    sources: dict[str, int]
    channels: dict[str, int]
    checks: dict[str, int]
    tips: int
    weekly_crawled: dict[str, int]
    weekly_flagged: dict[str, int]
    escalated_refs: list[str]


EXPECTED_ALL = Expected(
    crawled=7,  # A1-A7
    flagged=7,  # A1, A2, A3, A4, A6, A10, A11
    reviewed=4,  # A1 escalated, A3 dismissed, A6 escalated, A9 dismissed
    escalated=2,
    dismissed=2,
    open=4,  # A2 (decided in December), A4, A10, A11
    precision=0.5,
    median_hours=114.0,  # median of 24, 60, 168, 312
    codes={
        "high_pay": 3,
        "document_fraud": 1,
        "informal_contact": 1,
        "pressure": 1,
        "restricted_destination": 1,
        "upfront_fee": 1,
        "vague_job": 1,
    },
    destinations={"MY": 3, "KH": 2, "SA": 1},
    sources={"jambi-loker": 2, "tg-kerja": 2, "": 2, "medan-jobs": 1},
    channels={"web": 3, "telegram": 2, "": 2},
    checks={"high": 4, "low": 2, "medium": 1},
    tips=2,
    weekly_crawled={
        "2026-W44": 1,
        "2026-W45": 3,
        "2026-W46": 1,
        "2026-W47": 2,
        "2026-W48": 0,
        "2026-W49": 0,
    },
    weekly_flagged={
        "2026-W44": 0,
        "2026-W45": 3,
        "2026-W46": 2,
        "2026-W47": 1,
        "2026-W48": 1,
        "2026-W49": 0,
    },
    escalated_refs=[REF_A6, REF_A1],  # by decision date
)

EXPECTED_JAMBI = Expected(
    crawled=6,  # A1, A2, A3, A4, A5, A7
    flagged=5,  # A1, A2, A3, A4, A10 (a tip from Kota Jambi)
    reviewed=3,  # A1 escalated, A3 and A9 dismissed
    escalated=1,
    dismissed=2,
    open=3,  # A2, A4, A10
    precision=0.3333,
    median_hours=168.0,  # median of 60, 168, 312
    codes={
        "high_pay": 2,
        "document_fraud": 1,
        "informal_contact": 1,
        "pressure": 1,
        "restricted_destination": 1,
        "upfront_fee": 1,
        "vague_job": 1,
    },
    destinations={"MY": 3, "KH": 2},
    sources={"jambi-loker": 2, "tg-kerja": 2, "": 1},
    channels={"web": 2, "telegram": 2, "": 1},
    checks={"high": 3, "low": 2, "medium": 1},
    tips=1,
    weekly_crawled={
        "2026-W44": 1,
        "2026-W45": 2,
        "2026-W46": 1,
        "2026-W47": 2,
        "2026-W48": 0,
        "2026-W49": 0,
    },
    weekly_flagged={
        "2026-W44": 0,
        "2026-W45": 2,
        "2026-W46": 2,
        "2026-W47": 1,
        "2026-W48": 0,
        "2026-W49": 0,
    },
    escalated_refs=[REF_A1],
)


def decide(
    factory: sessionmaker[Session],
    advert_id: int,
    status: CaseStatus,
    at: dt.datetime,
    *,
    decision: str = "",
    external_ref: str = "",
) -> None:
    """Decide an advert's case at a chosen time."""
    with transaction(factory) as session:
        case = session.scalars(select(ReviewCase).where(ReviewCase.advert_id == advert_id)).one()
        case.status = status
        case.decision = decision
        case.external_ref = external_ref
        case.decided_at = at


def _backdate_tip(factory: sessionmaker[Session], advert_id: int, at: dt.datetime) -> None:
    """``submit_tip`` stamps the current time; move the tip and its advert into the fixture."""
    with transaction(factory) as session:
        session.execute(update(Advert).where(Advert.id == advert_id).values(first_seen=at))
        session.execute(
            update(Classification)
            .where(Classification.advert_id == advert_id)
            .values(created_at=at)
        )
        session.execute(
            update(ReviewCase).where(ReviewCase.advert_id == advert_id).values(opened_at=at)
        )
        session.execute(update(Tip).where(Tip.advert_id == advert_id).values(created_at=at))


def _check(factory: sessionmaker[Session], band: str, region: str, at: dt.datetime) -> None:
    citizen.record_check(factory, input_kind="text", band=band, region=region)
    with transaction(factory) as session:
        newest = session.scalar(select(CitizenCheck.id).order_by(CitizenCheck.id.desc()).limit(1))
        session.execute(update(CitizenCheck).where(CitizenCheck.id == newest).values(at=at))


def build(factory: sessionmaker[Session]) -> dict[str, int]:
    """Fill the database; returns advert ids by fixture name (A1 ... A11)."""
    with transaction(factory) as session:
        sources = {
            name: Source(name=name, spider=spider, region=region, channel=channel)
            for name, spider, region, channel in (
                ("jambi-loker", "listing", "Kota Jambi", "web"),
                ("tg-kerja", "telegram", "Kota Jambi", "telegram"),
                ("medan-jobs", "jobposting", "Kota Medan", "web"),
            )
        }
        session.add_all(sources.values())
        session.flush()
        src = {name: s.id for name, s in sources.items()}

    ids: dict[str, int] = {}

    def crawl(
        name: str,
        source: str,
        at: str,
        model: str,
        codes: tuple[str, ...],
        ents: dict[str, Any] | None = None,
        *,
        body: str = "",
    ) -> None:
        channel = "telegram" if source == "tg-kerja" else "web"
        item = AdvertIn(
            title=f"Lowongan {name}",
            body_text=body or f"Iklan uji {name}",
            url=f"https://example.test/{name}",
            source_id=src[source],
            channel=channel,
        )
        with transaction(factory) as session:
            result = ingest(session, item, classification(model, codes, ents), now=utc(at))
        ids[name] = result.advert_id

    crawl("A9", "jambi-loker", "2026-10-20T03:00", OCT, ("upfront_fee",))
    crawl("A7", "jambi-loker", "2026-10-31T18:00", NOV, ())
    crawl(
        "A1",
        "jambi-loker",
        "2026-11-03T03:00",
        NOV,
        ("high_pay", "upfront_fee"),
        entities(phones=(PHONE_A,), destinations=("MY",), companies=(AGENCY,)),
    )
    a2 = entities(whatsapp=(WA_B,), destinations=("MY",), companies=(AGENCY,))
    crawl("A2", "jambi-loker", "2026-11-04T03:00", NOV, ("high_pay", "informal_contact"), a2)
    crawl(
        "A6",
        "medan-jobs",
        "2026-11-05T03:00",
        NOV,
        ("high_pay",),
        entities(phones=(PHONE_SOLO,), destinations=("SA",)),
    )
    crawl(
        "A3",
        "tg-kerja",
        "2026-11-12T03:00",
        NOV,
        ("restricted_destination", "vague_job"),
        entities(whatsapp=(WA_B,), destinations=("KH",)),
    )
    crawl(
        "A4",
        "tg-kerja",
        "2026-11-20T03:00",
        NOV,
        ("pressure",),
        entities(phones=(PHONE_A,), destinations=("KH",)),
    )
    crawl("A5", "jambi-loker", "2026-11-21T03:00", NOV, ())
    crawl(
        "A8",
        "jambi-loker",
        "2026-11-30T17:30",
        DEC,
        ("high_pay",),
        entities(whatsapp=(WA_B,), destinations=("MY",)),
    )
    # A2 is re-classified in December (new text, other flags): November's report must still
    # count its November flags.
    crawl(
        "A2",
        "jambi-loker",
        "2026-12-02T03:00",
        DEC,
        ("vulnerable_targeting",),
        a2,
        body="Iklan uji A2, diubah",
    )

    tip10 = citizen.submit_tip(
        factory,
        AdvertIn(title="Kiriman warga", body_text="Kerja di Malaysia, paspor diurus, japri"),
        classification(NOV, ("document_fraud",), entities(whatsapp=(WA_B,), destinations=("MY",))),
        region="Kota Jambi",
        message="Tolong dicek, tetangga saya mau berangkat",
        contact=TIP_CONTACT,
        consent=True,
    )
    _backdate_tip(factory, tip10.advert_id, utc("2026-11-15T03:00"))
    ids["A10"] = tip10.advert_id
    tip11 = citizen.submit_tip(
        factory,
        AdvertIn(title="Kiriman warga Medan", body_text="Dicari karyawan toko, gaji UMR"),
        None,
        region="Kota Medan",
    )
    _backdate_tip(factory, tip11.advert_id, utc("2026-11-25T03:00"))
    ids["A11"] = tip11.advert_id

    decide(factory, ids["A9"], CaseStatus.dismissed, utc("2026-11-02T03:00"))  # 312 h
    decide(
        factory,
        ids["A6"],
        CaseStatus.escalated,
        utc("2026-11-06T03:00"),
        decision="escalated_bp3mi",
        external_ref=REF_A6,
    )  # 24 h
    decide(
        factory,
        ids["A1"],
        CaseStatus.escalated,
        utc("2026-11-10T03:00"),
        decision="escalated_police",
        external_ref=REF_A1,
    )  # 168 h
    decide(factory, ids["A3"], CaseStatus.dismissed, utc("2026-11-14T15:00"))  # 60 h
    decide(factory, ids["A2"], CaseStatus.dismissed, utc("2026-12-05T03:00"))  # after November

    for band, region, at in (
        ("high", "Kota Jambi", "2026-11-02T05:00"),
        ("high", "Kota Jambi", "2026-11-09T05:00"),
        ("high", "Kota Jambi", "2026-11-28T05:00"),
        ("low", "Kota Jambi", "2026-11-03T05:00"),
        ("low", "Kota Jambi", "2026-11-04T05:00"),
        ("medium", "Kota Jambi", "2026-11-05T05:00"),
        ("high", "Kota Medan", "2026-11-06T05:00"),
        ("high", "Kota Jambi", "2026-12-01T05:00"),  # December
    ):
        _check(factory, band, region, utc(at))
    return ids
