"""A small world for the backup, restore and retention tests, built through the real services
(no model: classifications are written as the classifier would answer), and the facts to
compare before and after a copy: every audit row, and a case bundle's SHA-256s."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from warcio.archiveiterator import ArchiveIterator

from crawler.warc import write_warc
from store.db import transaction
from store.models import AuditLog, CaseStatus, User
from store.services import cases
from store.services.adverts import AdvertIn, ClassificationIn, SnapshotIn, ingest
from store.services.bundles import build_bundle
from store.services.users import add_user

PASSWORD = "kata-sandi-uji-panjang"
NOW = dt.datetime(2026, 11, 20, 3, 0, tzinfo=dt.UTC)
SCAM = (
    "DICARI ADMIN ONLINE di Phnom Penh, Kamboja. Gaji USD 1.300/bulan tanpa pengalaman. "
    "Berangkat pakai visa turis dulu. Minat japri WA 0813-6677-2190."
)
EVIDENCE = "visa turis"


def advert(
    n: int,
    text: str,
    *,
    url: str | None = None,
    body: bytes | None = None,
    fetched_at: dt.datetime | None = None,
) -> AdvertIn:
    page = body or f"<html><body><h1>Iklan {n}</h1><p>{text}</p></body></html>".encode()
    url = url or f"https://loker.example/iklan/{n}"
    return AdvertIn(
        title=f"Iklan {n}",
        body_text=text,
        url=url,
        channel="job_board",
        snapshot=SnapshotIn(
            url=url, body=page, content_type="text/html; charset=utf-8", fetched_at=fetched_at
        ),
    )


def verdict(
    *,
    suspicious: bool = False,
    flag_score: float | None = None,
    model_only: bool = False,
    phone: str | None = None,
    text: str = SCAM,
) -> ClassificationIn:
    """A classification as the classifier returns it: a quoted red flag when ``flag_score``
    is given, a model-only suspicion (no words) when ``model_only``."""
    red_flags: list[dict[str, Any]] = []
    if flag_score is not None:
        start = text.index(EVIDENCE)
        evidence = [{"start": start, "end": start + len(EVIDENCE), "text": EVIDENCE}]
        red_flags.append(
            {"code": "visa_misuse", "score": flag_score, "evidence": evidence, "reason": "..."}
        )
    only = [{"code": "pressure", "score": 0.7}] if model_only else []
    entities = {"phones": [{"value": phone, "start": 0, "end": 4}]} if phone else {}
    return ClassificationIn(
        model_version="uji-1",
        score=0.95 if suspicious else 0.1,
        suspicious=suspicious,
        red_flags=red_flags,
        entities=entities,
        model_only_flags=only,
    )


def escalated_case(factory: sessionmaker[Session], *, now: dt.datetime = NOW) -> int:
    """A flagged advert whose case an investigator reviewed, noted and escalated: the audit
    log holds case.open, two case.status rows and a note. Returns the advert's id."""
    if not _user(factory, "siti"):
        add_user(factory, username="siti", password=PASSWORD, role="investigator")
    siti = _user(factory, "siti")
    assert siti is not None
    with transaction(factory) as session:
        advert_id = ingest(
            session, advert(1, SCAM), verdict(suspicious=True, flag_score=0.95), now=now
        ).advert_id
    case = _case_id(factory, advert_id)
    cases.transition(factory, case, siti, CaseStatus.in_review, now=now)
    cases.add_note(factory, case, siti, "Nomor WA cocok dengan laporan warga.")
    cases.transition(
        factory,
        case,
        siti,
        CaseStatus.escalated,
        external_ref="LP/B/77/XI/2026/SPKT",
        escalated_to="police",
        now=now,
    )
    return advert_id


def _user(factory: sessionmaker[Session], name: str) -> User | None:
    with factory() as session:
        return session.scalar(select(User).where(User.username == name))


def _case_id(factory: sessionmaker[Session], advert_id: int) -> int:
    with factory() as session:
        case = cases.case_for_advert(session, advert_id)
        assert case is not None
        return case.id


def audit_rows(factory: sessionmaker[Session]) -> list[tuple[Any, ...]]:
    """Every audit row, every column, in order (JSON compared as canonical text)."""
    with factory() as session:
        return [
            (
                r.id,
                r.at,
                r.actor_id,
                r.actor,
                r.action,
                r.target_type,
                r.target_id,
                json.dumps(r.before, sort_keys=True),
                json.dumps(r.after, sort_keys=True),
            )
            for r in session.scalars(select(AuditLog).order_by(AuditLog.id))
        ]


def bundle_digests(factory: sessionmaker[Session], advert_id: int) -> dict[str, str]:
    """The SHA-256s of the advert's case bundle, built at a fixed time: of case.json and
    case.csv as the manifest lists them, and of each archived page inside the WARC (the WARC
    file's own hash differs between two exports: warcio gives every record a fresh id)."""
    siti = _user(factory, "siti")
    assert siti is not None
    when = dt.datetime(2026, 12, 1, 1, 0, tzinfo=dt.UTC)
    bundle = build_bundle(factory, advert_id, siti, write_warc, now=when)
    files = zipfile.ZipFile(io.BytesIO(bundle.data))
    manifest = dict(
        reversed(line.split("  ")) for line in files.read("MANIFEST.sha256").decode().splitlines()
    )
    assert manifest == bundle.sha256
    digests = {name: bundle.sha256[name] for name in ("case.json", "case.csv")}
    warc = io.BytesIO(files.read("snapshots.warc.gz"))
    for record in ArchiveIterator(warc):
        uri = record.rec_headers.get_header("WARC-Target-URI")
        page = hashlib.sha256(record.content_stream().read()).hexdigest()
        assert page == record.rec_headers.get_header("WARC-Payload-SHA256")
        digests[f"warc:{uri}"] = page
    assert len(digests) > 2, "the bundle holds the archived page"
    return digests
