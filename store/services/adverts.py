"""Storing adverts as they arrive: upsert with versions, evidence snapshots, entities,
near-duplicate links, classifications and the review case a flag opens.

``ingest`` is one unit of work per advert, called inside the caller's transaction, so the
advert, its snapshot, its classification and its case commit together or not at all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from sqlalchemy import Select, and_, bindparam, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from store import fingerprint
from store.models import (
    Advert,
    AdvertBand,
    AdvertLink,
    AdvertVersion,
    AlertRule,
    CaseStatus,
    Classification,
    ClassificationFlag,
    Entity,
    ReviewCase,
    Snapshot,
    utcnow,
)
from store.services import alerts, audit
from store.services import flags as flag_rules

# A red flag at or above this score opens a case even when the verdict is not suspicious
# ("a rule with strong evidence", issue #5). Only flags with evidence count: a model-only
# suspicion never opens a case.
STRONG_FLAG_SCORE = 0.9
# Near-duplicate search limits: candidates compared per advert, and links kept (the closest).
MAX_CANDIDATES = 200
MAX_LINKS = 20


@dataclass
class SnapshotIn:
    url: str
    body: bytes
    http_status: int = 200
    headers: dict[str, Any] = field(default_factory=dict)
    content_type: str = ""
    fetched_at: dt.datetime | None = None


@dataclass
class AdvertIn:
    """An advert as extracted by the crawler (or sent by a citizen as a tip)."""

    title: str
    body_text: str
    url: str | None = None  # canonical URL; None for pasted text
    source_id: int | None = None
    origin: str = "crawl"
    channel: str = ""
    language: str = ""
    organisation: str = ""
    location: str = ""
    posted_at: dt.datetime | None = None
    raw: dict[str, Any] = field(default_factory=dict)
    snapshot: SnapshotIn | None = None


@dataclass
class ClassificationIn:
    """The classifier's answer for one advert (classifier.pipeline.Result.to_dict()).

    ``red_flags`` keeps only the flags with evidence; a flag without any (from a result of an
    older classifier, or written by hand) moves to ``model_only_flags``, the model's
    suspicions, which are stored but never count as reasons (see :mod:`store.services.flags`).
    """

    model_version: str
    score: float
    suspicious: bool
    red_flags: list[dict[str, Any]]
    entities: dict[str, Any]
    model_only_flags: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.model_only_flags = flag_rules.model_only(self.red_flags, self.model_only_flags)
        self.red_flags = flag_rules.reasons(self.red_flags)

    @classmethod
    def from_result(cls, result: dict[str, Any]) -> ClassificationIn:
        return cls(
            model_version=str(result["model"]),
            score=float(result["score"]),
            suspicious=bool(result["suspicious"]),
            red_flags=list(result.get("red_flags", [])),
            entities=dict(result.get("entities", {})),
            model_only_flags=list(result.get("model_only_flags") or []),
        )

    @property
    def flagged(self) -> bool:
        return self.suspicious or any(
            float(f.get("score", 0)) >= STRONG_FLAG_SCORE for f in self.red_flags
        )


@dataclass
class IngestResult:
    advert_id: int
    status: Literal["new", "changed", "unchanged"]
    flagged: bool = False
    case_opened: bool = False
    linked: list[int] = field(default_factory=list)


def store_snapshot(session: Session, snap: SnapshotIn) -> Snapshot:
    row = Snapshot(
        url=snap.url,
        fetched_at=snap.fetched_at or utcnow(),
        http_status=snap.http_status,
        headers=snap.headers,
        content_type=snap.content_type,
        size=len(snap.body),
        sha256=hashlib.sha256(snap.body).hexdigest(),
        body=zlib.compress(snap.body, 6),
    )
    session.add(row)
    session.flush()
    return row


def snapshot_body(snapshot: Snapshot) -> bytes:
    """The raw page as fetched; raises if it no longer matches its recorded SHA-256."""
    body = zlib.decompress(snapshot.body)
    if hashlib.sha256(body).hexdigest() != snapshot.sha256:
        raise ValueError(f"snapshot {snapshot.id} does not match its SHA-256")
    return body


def ingest(
    session: Session,
    item: AdvertIn,
    classification: ClassificationIn | None = None,
    *,
    now: dt.datetime | None = None,
    alert_rules: Sequence[AlertRule] | None = None,
) -> IngestResult:
    """Upsert one advert. Unchanged adverts only get ``last_seen`` touched (and un-removed).
    ``alert_rules``: the enabled alert rules, read once per transaction by a caller that
    ingests many adverts in it (see :func:`store.services.alerts.enabled_rules`)."""
    now = now or utcnow()
    chash = fingerprint.content_hash(item.title, item.body_text)
    advert = None
    if item.url:
        advert = session.scalar(select(Advert).where(Advert.canonical_url == item.url))
    elif item.origin == "tip":
        # Pasted text has no URL: the same text sent twice is the same advert.
        advert = session.scalar(
            select(Advert).where(Advert.content_hash == chash, Advert.canonical_url.is_(None))
        )

    if advert is not None and advert.content_hash == chash:
        advert.last_seen = now
        advert.removed_at = None
        return IngestResult(advert.id, "unchanged", flagged=bool(advert.latest_suspicious))

    snapshot = store_snapshot(session, item.snapshot) if item.snapshot else None
    if advert is None:
        status: Literal["new", "changed"] = "new"
        advert = Advert(
            canonical_url=item.url,
            source_id=item.source_id,
            origin=item.origin,
            first_seen=now,
            current_version=1,
        )
        session.add(advert)
    else:
        status = "changed"
        advert.current_version += 1
    advert.channel = item.channel
    advert.title = item.title
    advert.body_text = item.body_text
    advert.language = item.language
    advert.organisation = item.organisation
    advert.location = item.location
    advert.posted_at = item.posted_at
    advert.last_seen = now
    advert.removed_at = None
    advert.content_hash = chash
    advert.minhash = fingerprint.signature(f"{item.title}\n{item.body_text}")
    session.flush()
    session.add(
        AdvertVersion(
            advert_id=advert.id,
            version=advert.current_version,
            title=item.title,
            body_text=item.body_text,
            content_hash=chash,
            snapshot_id=snapshot.id if snapshot else None,
            seen_at=now,
            raw=item.raw,
        )
    )
    # A new advert has no bands, links, entities or case yet: skip looking for them (measured
    # storing 640 corpus adverts: 2.8-3.3 ms per advert with the lookups, 2.2-2.7 without).
    is_new = status == "new"
    linked = _link_near_duplicates(session, advert, is_new=is_new)
    result = IngestResult(advert.id, status, linked=linked)
    if classification is not None:
        _replace_entities(session, advert, classification.entities, is_new=is_new)
        record_classification(session, advert, classification, now=now)
        result.flagged = classification.flagged
        if classification.flagged:
            opened = open_case(session, advert, now=now, known_without_case=is_new)
            result.case_opened = opened is not None
        # The outbox: alerts commit with the advert, and a worker sends them (issue 7).
        cause = "tip" if item.origin == "tip" else "crawl"
        alerts.evaluate(session, advert, classification, cause=cause, now=now, rules=alert_rules)
    return result


def record_classification(
    session: Session, advert: Advert, c: ClassificationIn, *, now: dt.datetime | None = None
) -> Classification:
    row = Classification(
        advert_id=advert.id,
        advert_version=advert.current_version,
        model_version=c.model_version,
        score=c.score,
        suspicious=c.suspicious,
        red_flags=c.red_flags,
        model_only_flags=c.model_only_flags,
        created_at=now or utcnow(),
    )
    # The rows the queue filter, the reports and the labels export read: reasons only.
    row.flags = [ClassificationFlag(code=f["code"], score=float(f["score"])) for f in c.red_flags]
    session.add(row)
    advert.latest_score = c.score
    advert.latest_suspicious = c.suspicious
    return row


def open_case(
    session: Session,
    advert: Advert,
    *,
    now: dt.datetime | None = None,
    known_without_case: bool = False,
) -> ReviewCase | None:
    """Open a review case for a flagged advert; None if it already has one.
    ``known_without_case``: the caller just created the advert, so there is none to look up."""
    if not known_without_case and session.scalar(
        select(ReviewCase.id).where(ReviewCase.advert_id == advert.id)
    ):
        return None
    case = ReviewCase(advert_id=advert.id, status=CaseStatus.new, opened_at=now or utcnow())
    session.add(case)
    session.flush()
    audit.record(
        session,
        actor="system",
        action="case.open",
        target_type="advert",
        target_id=advert.id,
        after={"case_id": case.id, "status": case.status.value, "score": advert.latest_score},
    )
    return case


# Entity kinds kept as rows (indexed by kind, value) and the key in Entities.to_dict().
_ENTITY_KINDS = {
    "phones": "phone",
    "whatsapp": "whatsapp",
    "telegram": "telegram",
    "emails": "email",
    "urls": "url",
    "bank_accounts": "bank_account",
    "companies": "agency",
    "licence_numbers": "licence",
    "job_types": "job_type",
}


def _replace_entities(
    session: Session, advert: Advert, entities: dict[str, Any], *, is_new: bool = False
) -> None:
    # Entity and band rows are written with Core executemany, not as ORM objects: a crawled
    # advert has two dozen of them and the ORM's per-object bookkeeping was most of its cost.
    if not is_new:
        session.execute(delete(Entity).where(Entity.advert_id == advert.id))
        session.expire(advert, ["entities"])
    rows: list[dict[str, Any]] = []

    def row(kind: str, value: str, e: dict[str, Any], **more: Any) -> dict[str, Any]:
        base = {"amount": None, "currency": None, "period": None, "idr_month": None}
        return {"advert_id": advert.id, "kind": kind, "value": value,
                "start": e.get("start"), "end": e.get("end"), **base, **more}  # fmt: skip

    for key, kind in _ENTITY_KINDS.items():
        seen: set[str] = set()
        for e in entities.get(key, []):
            value = _entity_value(kind, str(e["value"]))
            if value and value not in seen:
                seen.add(value)
                rows.append(row(kind, value, e))
    for d in entities.get("destinations", []):
        rows.append(row("destination", d["country"], d))
    for sal in entities.get("salaries", []):
        rows.append(
            row(
                "salary",
                sal.get("text", "")[:300],
                sal,
                amount=sal.get("amount_max") or sal.get("amount"),
                currency=sal.get("currency"),
                period=sal.get("period"),
                idr_month=sal.get("idr_month"),
            )
        )
    if rows:
        session.connection().execute(insert(Entity), rows)


def _entity_value(kind: str, value: str) -> str:
    """Normalise so equal things compare equal: agencies by folded name, the rest lower-case."""
    value = value.strip()
    if kind == "agency":
        return " ".join(value.upper().replace(".", " ").split())[:300]
    if kind in {"bank_account"}:
        return " ".join(value.upper().split())[:300]
    return value.lower()[:300]


@cache
def _candidates_query() -> Select[int]:
    """Adverts sharing a band with the one being stored, built once (constructing 16 OR-ed
    comparisons per advert cost more than running the query).

    An OR of (band = ? AND hash = ?), not a row-value IN: SQLite plans the IN form as a scan
    of every band row (quadratic over a crawl), the OR form as 16 index searches; PostgreSQL
    uses the index for both."""
    pairs = (
        and_(AdvertBand.band == band, AdvertBand.hash == bindparam(f"h{band}"))
        for band in range(fingerprint.BANDS)
    )
    return (
        select(AdvertBand.advert_id)
        .where(or_(*pairs), AdvertBand.advert_id != bindparam("self_id"))
        .distinct()
        .order_by(AdvertBand.advert_id.desc())
        .limit(MAX_CANDIDATES)
    )


def _link_near_duplicates(session: Session, advert: Advert, *, is_new: bool = False) -> list[int]:
    assert advert.minhash is not None
    hashes = fingerprint.band_hashes(advert.minhash)
    with session.no_autoflush:
        if not is_new:
            session.execute(delete(AdvertBand).where(AdvertBand.advert_id == advert.id))
        # One indexed lookup for all 16 bands; a heavily reposted text is capped so one
        # advert never costs more than MAX_CANDIDATES comparisons.
        params = {f"h{band}": h for band, h in enumerate(hashes)}
        candidates = list(session.scalars(_candidates_query(), {**params, "self_id": advert.id}))
        scored: list[tuple[float, int]] = []
        if candidates:
            rows = session.execute(
                select(Advert.id, Advert.minhash).where(Advert.id.in_(candidates))
            ).all()
            for other_id, other_sig in rows:
                sim = fingerprint.similarity(advert.minhash, other_sig) if other_sig else 0.0
                if sim >= fingerprint.NEAR_DUP_JACCARD:
                    scored.append((sim, other_id))
        best = sorted(scored, reverse=True)[:MAX_LINKS]
        existing: set[int] = set()
        if best and not is_new:
            links = select(AdvertLink.other_id).where(AdvertLink.advert_id == advert.id)
            existing = set(session.scalars(links))
    session.connection().execute(
        insert(AdvertBand),
        [{"advert_id": advert.id, "band": b, "hash": h} for b, h in enumerate(hashes)],
    )
    for sim, other_id in best:
        if other_id not in existing:
            # Links are stored both ways so either advert's page finds the other.
            session.add(AdvertLink(advert_id=advert.id, other_id=other_id, similarity=sim))
            session.add(AdvertLink(advert_id=other_id, other_id=advert.id, similarity=sim))
    return sorted(other_id for _, other_id in best)


def mark_removed(
    session: Session, source_id: int, seen_urls: Iterable[str], *, now: dt.datetime | None = None
) -> int:
    """Adverts of a source not seen in a complete crawl are marked removed (never deleted)."""
    seen = set(seen_urls)
    now = now or utcnow()
    ids = [
        advert_id
        for advert_id, url in session.execute(
            select(Advert.id, Advert.canonical_url).where(
                Advert.source_id == source_id, Advert.removed_at.is_(None)
            )
        )
        if url not in seen
    ]
    if ids:
        session.execute(update(Advert).where(Advert.id.in_(ids)).values(removed_at=now))
    return len(ids)


def mark_gone(session: Session, urls: Iterable[str], *, now: dt.datetime | None = None) -> int:
    """Adverts whose page now answers 404/410 are marked removed (never deleted)."""
    urls = list(urls)
    if not urls:
        return 0
    result = session.execute(
        update(Advert)
        .where(Advert.canonical_url.in_(urls), Advert.removed_at.is_(None))
        .values(removed_at=now or utcnow())
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def existing_urls(session: Session, urls: Iterable[str]) -> set[str]:
    """Which of these canonical URLs are already stored."""
    urls = list(urls)
    if not urls:
        return set()
    stmt = select(Advert.canonical_url).where(Advert.canonical_url.in_(urls))
    return {u for u in session.scalars(stmt) if u is not None}


def linked_adverts(session: Session, advert_id: int) -> list[tuple[int, str, str]]:
    """Other adverts sharing an entity (phone, WhatsApp, e-mail, bank account, agency) or
    near-duplicate text: ``(other_id, kind, value)``."""
    mine = session.execute(
        select(Entity.kind, Entity.value).where(
            Entity.advert_id == advert_id,
            Entity.kind.in_(["phone", "whatsapp", "email", "bank_account", "agency", "telegram"]),
        )
    ).all()
    out: set[tuple[int, str, str]] = set()
    for kind, value in mine:
        for other in session.scalars(
            select(Entity.advert_id).where(
                Entity.kind == kind, Entity.value == value, Entity.advert_id != advert_id
            )
        ):
            out.add((other, kind, value))
    for other, sim in session.execute(
        select(AdvertLink.other_id, AdvertLink.similarity).where(AdvertLink.advert_id == advert_id)
    ):
        out.add((other, "near_duplicate", f"{sim:.2f}"))
    return sorted(out)
