"""``ingest_many`` (the crawl's batch store) writes exactly the rows that ``ingest`` one advert
at a time writes: the same adverts, versions, snapshots, entities, classifications, links,
cases and audit entries, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.db import make_engine, make_sessionmaker, transaction
from store.migrate import upgrade
from store.models import (
    Advert,
    AdvertLink,
    AdvertVersion,
    AuditLog,
    Classification,
    ClassificationFlag,
    Entity,
    ReviewCase,
    Snapshot,
)
from store.services.adverts import AdvertIn, ClassificationIn, IngestResult, ingest, ingest_many
from tests.test_adverts_service import SCAM, classification, item

CALM = "Toko roti di Jelutung cari kasir, gaji UMK, WA 0812-7712-3344, kirim lamaran ke toko."


def first_batch() -> list[tuple[AdvertIn, ClassificationIn | None]]:
    return [
        (item("https://x.test/changed-calm"), classification(score=0.1, suspicious=False)),
        (item("https://x.test/unchanged"), classification()),
        (item("https://x.test/changed-flagged"), classification()),
    ]


def second_batch() -> list[tuple[AdvertIn, ClassificationIn | None]]:
    return [
        # new and flagged; reposts of the adverts stored before (linked to them)
        (item("https://x.test/new", SCAM.replace("Phnom Penh", "Sihanoukville")), classification()),
        (item("https://y.test/repost", SCAM.replace("minggu ini", "besok")), classification()),
        (item("https://x.test/calm", CALM), classification(score=0.1, suspicious=False)),
        # stored before: unchanged; changed (no case yet, now flagged); changed (has a case)
        (item("https://x.test/unchanged"), classification()),
        (item("https://x.test/changed-calm", SCAM + " Segera!"), classification()),
        (item("https://x.test/changed-flagged", SCAM + " Kuota 5."), classification()),
        (item("https://x.test/unclassified", "Lowongan tanpa hasil klasifikasi."), None),
    ]


def summary(factory: sessionmaker[Session]) -> dict[str, Any]:
    """Everything ingest writes, keyed by canonical URL instead of ids."""
    with factory() as s:
        url = {a.id: a.canonical_url for a in s.scalars(select(Advert))}
        case_url = {c.id: url[c.advert_id] for c in s.scalars(select(ReviewCase))}
        adverts = {
            a.canonical_url: (a.current_version, a.title, a.body_text, a.content_hash,
                              a.latest_score, a.latest_suspicious, a.removed_at)
            for a in s.scalars(select(Advert))
        }  # fmt: skip
        versions = sorted(
            (url[v.advert_id], v.version, v.content_hash, v.snapshot_id is not None)
            for v in s.scalars(select(AdvertVersion))
        )
        snapshots = sorted((x.url, x.sha256, x.size) for x in s.scalars(select(Snapshot)))
        ents = sorted(
            (url[e.advert_id], e.kind, e.value, e.start, e.end, e.idr_month)
            for e in s.scalars(select(Entity))
        )
        classes = sorted(
            (url[c.advert_id], c.advert_version, c.score, c.suspicious,
             tuple(sorted(f.code for f in c.flags)))
            for c in s.scalars(select(Classification))
        )  # fmt: skip
        flag_rows = len(s.scalars(select(ClassificationFlag)).all())
        link_rows = sorted(
            (url[x.advert_id], url[x.other_id], x.kind, round(x.similarity, 6))
            for x in s.scalars(select(AdvertLink))
        )
        cases = sorted((url[c.advert_id], c.status.value) for c in s.scalars(select(ReviewCase)))
        audits = sorted(
            (a.action, url[int(a.target_id)], case_url[after["case_id"]], after["score"])
            for a in s.scalars(select(AuditLog))
            if (after := a.after or {}) is not None
        )
    return {"adverts": adverts, "versions": versions, "snapshots": snapshots,
            "entities": ents, "classifications": classes, "flag_rows": flag_rows,
            "links": link_rows, "cases": cases, "audit": audits}  # fmt: skip


def outcome(results: list[IngestResult], factory: sessionmaker[Session]) -> list[tuple[Any, ...]]:
    with factory() as s:
        url = {a.id: a.canonical_url for a in s.scalars(select(Advert))}
    return [
        (url[r.advert_id], r.status, r.flagged, r.case_opened, [url[i] for i in r.linked])
        for r in results
    ]


def store(factory: sessionmaker[Session], *, batched: bool) -> list[IngestResult]:
    with transaction(factory) as s:
        for it, c in first_batch():  # what the crawl stored before
            ingest(s, it, c, now=dt.datetime(2026, 11, 1, tzinfo=dt.UTC))
    with transaction(factory) as s:
        if batched:
            return ingest_many(s, second_batch())
        return [ingest(s, it, c) for it, c in second_batch()]


def test_a_batch_stores_the_same_rows_as_one_by_one(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    reference_url = f"sqlite:///{tmp_path / 'one-by-one.db'}"
    upgrade(reference_url)
    reference_engine = make_engine(reference_url)
    try:
        reference = make_sessionmaker(reference_engine)
        expected = store(reference, batched=False)
        got = store(factory, batched=True)
        assert outcome(got, factory) == outcome(expected, reference)
        assert summary(factory) == summary(reference)
    finally:
        reference_engine.dispose()
    # and what that is, spelled out
    by_url = {row[0]: row for row in outcome(got, factory)}
    assert by_url["https://y.test/repost"][1:4] == ("new", True, True)
    assert "https://x.test/unchanged" in by_url["https://y.test/repost"][4]  # a repost, linked
    assert by_url["https://x.test/unchanged"][1:4] == ("unchanged", True, False)
    assert by_url["https://x.test/changed-calm"][1:4] == ("changed", True, True)
    assert by_url["https://x.test/changed-flagged"][1:4] == ("changed", True, False)
    assert by_url["https://x.test/calm"][1:4] == ("new", False, False)
    cases = {url for url, _status in summary(factory)["cases"]}
    assert cases == {
        "https://x.test/unchanged", "https://x.test/changed-flagged", "https://x.test/new",
        "https://y.test/repost", "https://x.test/changed-calm",
    }  # fmt: skip


def test_one_url_twice_in_a_batch_is_stored_in_order(factory: sessionmaker[Session]) -> None:
    with transaction(factory) as s:
        results = ingest_many(
            s,
            [
                (item("https://x.test/a"), classification()),
                (item("https://x.test/a", SCAM + " Edit."), classification()),
            ],
        )
    assert [r.status for r in results] == ["new", "changed"]
    assert results[0].advert_id == results[1].advert_id
    with factory() as s:
        assert len(s.scalars(select(ReviewCase)).all()) == 1
        assert len(s.scalars(select(AdvertVersion)).all()) == 2
