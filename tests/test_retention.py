"""Retention of raw pages (store/services/retention.py, ``waspada retention``): the bodies of
never-flagged adverts' snapshots go once the advert is unseen for the period; each kind of
evidence keeps them; a dry run changes nothing; the run is audited; purged pages stay out of
exports and say why on the advert page."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from warcio.archiveiterator import ArchiveIterator

from crawler.warc import write_warc
from store.db import transaction
from store.errors import InvalidInput
from store.models import (
    Advert,
    AdvertLink,
    AdvertPicture,
    AdvertVersion,
    Alert,
    AlertRule,
    AuditLog,
    Snapshot,
    Tip,
)
from store.services import retention
from store.services.adverts import SnapshotPurged, ingest, open_case, snapshot_body
from tests.fixture_adverts import LEGIT
from tests.keeping_data import SCAM, advert, verdict

OLD = dt.datetime(2026, 1, 5, 3, 0, tzinfo=dt.UTC)
NOW = dt.datetime(2026, 12, 1, 3, 0, tzinfo=dt.UTC)
# Ordinary adverts, each its own text (identical texts would be linked as near-duplicates).
ORDINARY = [
    *LEGIT,
    "Apotek Sehat Selalu di Jl. Sultan Thaha membuka lowongan asisten apoteker, shift pagi.",
    "Percetakan Mandiri Jaya butuh operator mesin cetak offset, pengalaman minimal dua tahun.",
    "Rumah makan padang Sederhana Simpang Rimbo mencari pelayan dan tukang masak rendang.",
    "Koperasi simpan pinjam Sejahtera merekrut kolektor lapangan wilayah Kotabaru, punya motor.",
]


def _ingest(factory: sessionmaker[Session], n: int, text: str = "", **kw: object) -> int:
    text = text or ORDINARY[n % len(ORDINARY)]
    with transaction(factory) as session:
        item = advert(n, text, fetched_at=OLD)
        return ingest(session, item, verdict(text=text, **kw), now=OLD).advert_id  # type: ignore[arg-type]


def _snapshots_of(session: Session, advert_id: int) -> list[Snapshot]:
    ids = select(AdvertVersion.snapshot_id).where(AdvertVersion.advert_id == advert_id)
    pics = select(AdvertPicture.snapshot_id).where(AdvertPicture.advert_id == advert_id)
    return list(session.scalars(select(Snapshot).where(Snapshot.id.in_(ids.union(pics)))))


def world(factory: sessionmaker[Session]) -> dict[str, int]:
    """One advert per rule of the definition, all last seen on OLD."""
    ids: dict[str, int] = {}
    ids["plain"] = _ingest(factory, 1)
    ids["model_only"] = _ingest(factory, 2, model_only=True)  # a suspicion without words
    ids["suspicious"] = _ingest(factory, 3, SCAM, suspicious=True)
    ids["quoted_low"] = _ingest(factory, 4, SCAM, flag_score=0.3)  # not suspicious, one quote
    ids["recent"] = _ingest(factory, 5)
    ids["cased"] = _ingest(factory, 6)
    ids["tip"] = _ingest(factory, 7)
    ids["alerted"] = _ingest(factory, 8)
    ids["linked"] = _ingest(factory, 9)
    ids["same_phone"] = _ingest(factory, 10, phone="+6281366772190")
    ids["case_with_phone"] = _ingest(factory, 11, phone="+6281366772190")
    ids["was_suspicious"] = _ingest(factory, 12, SCAM, suspicious=True)
    ids["picture"] = _ingest(factory, 13)
    with transaction(factory) as session:
        unjudged = advert(14, ORDINARY[10], fetched_at=OLD)
        ids["unclassified"] = ingest(session, unjudged, None, now=OLD).advert_id
        # Flagged at version 1, ordinary at version 2: still evidence.
        item = advert(12, ORDINARY[0], fetched_at=OLD)
        ingest(session, item, verdict(text=ORDINARY[0]), now=OLD)
        recent = session.get(Advert, ids["recent"])
        assert recent is not None
        recent.last_seen = NOW - dt.timedelta(days=3)
        for key in ("cased", "case_with_phone"):
            a = session.get(Advert, ids[key])
            assert a is not None
            open_case(session, a, now=OLD)
        session.add(Tip(advert_id=ids["tip"], message="dikirim warga"))
        rule = AlertRule(
            name="semua", trigger="score", min_score=0.0, channel="email", target="a@b.c"
        )
        session.add(rule)
        session.flush()
        session.add(
            Alert(rule_id=rule.id, advert_id=ids["alerted"], idempotency_key="uji-1", payload={})
        )
        for a, b in ((ids["linked"], ids["cased"]), (ids["cased"], ids["linked"])):
            session.add(AdvertLink(advert_id=a, other_id=b, kind="near_duplicate", similarity=0.9))
        # A picture of an ordinary advert: a raw snapshot like its page.
        page = session.scalar(
            select(AdvertVersion).where(AdvertVersion.advert_id == ids["picture"])
        )
        assert page is not None
        body = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
        pic = Snapshot(
            url="https://loker.example/gambar/13.png",
            fetched_at=OLD,
            content_type="image/png",
            size=len(body),
            sha256=hashlib.sha256(body).hexdigest(),
            body=zlib.compress(body),
        )
        session.add(pic)
        session.flush()
        session.add(
            AdvertPicture(advert_id=ids["picture"], version=1, snapshot_id=pic.id, phash="0" * 16)
        )
    return ids


PURGED = {"plain", "model_only", "picture"}


def test_retention_purges_only_never_flagged_adverts_unseen_for_the_period(
    factory: sessionmaker[Session],
) -> None:
    ids = world(factory)
    with factory() as session:
        before = {
            key: {s.id: (s.sha256, s.size, s.body) for s in _snapshots_of(session, aid)}
            for key, aid in ids.items()
        }
    expected = {sid for key in PURGED for sid in before[key]}
    raw = sum(size for key in PURGED for _, size, _ in before[key].values())
    stored = sum(len(body) for key in PURGED for _, _, body in before[key].values())

    dry = retention.run(factory, 30, dry_run=True, now=NOW)
    assert (dry.snapshots, dry.adverts, dry.raw_bytes, dry.stored_bytes) == (
        len(expected), len(PURGED), raw, stored,
    )  # fmt: skip
    assert not dry.purged
    with factory() as session:
        assert all(s.purged_at is None for s in session.scalars(select(Snapshot)))
        assert session.scalar(select(AuditLog).where(AuditLog.action == "retention.purge")) is None

    done = retention.run(factory, 30, dry_run=False, now=NOW, actor="cli")
    assert (done.snapshots, done.adverts, done.raw_bytes) == (len(expected), len(PURGED), raw)
    with factory() as session:
        for key, aid in ids.items():
            for snap in _snapshots_of(session, aid):
                sha, size, body = before[key][snap.id]
                assert (snap.sha256, snap.size) == (sha, size), "the record stays"
                if key in PURGED:
                    assert snap.purged_at == NOW and snap.body == b"", key
                    with pytest.raises(SnapshotPurged, match="retention rule"):
                        snapshot_body(snap)
                else:
                    assert snap.purged_at is None and snap.body == body, key
                    assert hashlib.sha256(snapshot_body(snap)).hexdigest() == sha
            # The advert, its versions' text and its classification stay.
            a = session.get(Advert, aid)
            assert a is not None and a.body_text
        entry = session.scalar(select(AuditLog).where(AuditLog.action == "retention.purge"))
        assert entry is not None and entry.actor == "cli"
        assert entry.after is not None
        assert entry.after["snapshots"] == len(expected) and entry.after["days"] == 30
        assert entry.after["purged_at"] == NOW.isoformat()
    again = retention.run(factory, 30, dry_run=False, now=NOW)
    assert again.snapshots == 0, "a second run finds nothing more"


def test_a_shorter_period_reaches_the_recent_advert_and_a_longer_one_nothing(
    factory: sessionmaker[Session],
) -> None:
    world(factory)
    assert retention.run(factory, 2, dry_run=True, now=NOW).adverts == len(PURGED) + 1
    assert retention.run(factory, 400, dry_run=True, now=NOW).snapshots == 0


def test_a_snapshot_shared_with_evidence_is_kept(factory: sessionmaker[Session]) -> None:
    ids = world(factory)
    with transaction(factory) as session:
        flagged_page = session.scalar(
            select(AdvertVersion.snapshot_id).where(AdvertVersion.advert_id == ids["suspicious"])
        )
        # The ordinary advert's picture is the flagged advert's page (one file, two uses).
        assert flagged_page is not None
        session.add(
            AdvertPicture(advert_id=ids["plain"], version=1, snapshot_id=flagged_page, phash="1")
        )
    retention.run(factory, 30, dry_run=False, now=NOW)
    with factory() as session:
        snap = session.get(Snapshot, flagged_page)
        assert snap is not None and snap.purged_at is None


def test_retention_off_says_how_to_turn_it_on(factory: sessionmaker[Session]) -> None:
    with pytest.raises(InvalidInput, match="WASPADA_RETENTION_UNFLAGGED_SNAPSHOT_DAYS"):
        retention.run(factory, 0, dry_run=True)


def test_purged_pages_stay_out_of_a_warc_export(factory: sessionmaker[Session]) -> None:
    ids = world(factory)
    retention.run(factory, 30, dry_run=False, now=NOW)
    with factory() as session:
        snaps = _snapshots_of(session, ids["plain"]) + _snapshots_of(session, ids["cased"])
        out = io.BytesIO()
        assert write_warc(snaps, out) == 1
    out.seek(0)
    urls = [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(out)]
    assert urls == ["https://loker.example/iklan/6"]


def test_cli_dry_run_then_purge(
    migrated_url: str, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    ids = world(factory)
    with transaction(factory) as session:  # the CLI's clock is now: make OLD far enough back
        for a in session.scalars(select(Advert).where(Advert.id.in_(ids.values()))):
            if a.id != ids["recent"]:
                a.last_seen = OLD
    env = {
        **os.environ,
        "WASPADA_DATABASE_URL": migrated_url,
        "WASPADA_DATA_DIR": str(tmp_path / "var"),
        "WASPADA_RETENTION_UNFLAGGED_SNAPSHOT_DAYS": "0",
    }
    waspada = str(Path(sys.executable).with_name("waspada"))

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [waspada, "retention", *args], capture_output=True, text=True, env=env, timeout=120
        )

    off = run("--dry-run")
    assert off.returncode == 2 and "WASPADA_RETENTION_UNFLAGGED_SNAPSHOT_DAYS" in off.stderr
    env["WASPADA_RETENTION_UNFLAGGED_SNAPSHOT_DAYS"] = "30"
    dry = run("--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "would purge 4 raw snapshot(s) of 3 never-flagged advert(s)" in dry.stdout
    assert "nothing was changed" in dry.stdout
    done = run("--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["purged"] is True and report["snapshots"] == 4 and report["adverts"] == 3
    with factory() as session:
        assert (
            session.scalar(select(AuditLog.actor).where(AuditLog.action == "retention.purge"))
            == "cli"
        )
