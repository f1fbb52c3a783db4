"""Storing adverts as they arrive: upsert with versions, evidence snapshots, entities
(:mod:`store.services.entities`), near-duplicate links (:mod:`store.services.links`),
classifications, the review case a flag opens and the alerts it raises
(:mod:`store.services.alert_outbox`).

``ingest`` is one unit of work per advert, called inside the caller's transaction, so the
advert, its snapshot, its classification and its case commit together or not at all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from store import fingerprint
from store.models import (
    Advert,
    AdvertVersion,
    AlertRule,
    CaseStatus,
    Classification,
    ClassificationFlag,
    ReviewCase,
    Snapshot,
    utcnow,
)
from store.services import alert_outbox, audit, entities, links, pictures
from store.services import flags as flag_rules

# A red flag at or above this score opens a case even when the verdict is not suspicious
# ("a rule with strong evidence", issue #5). Only flags with evidence count: a model-only
# suspicion never opens a case.
STRONG_FLAG_SCORE = 0.9


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
    # Pictures it carries (store.services.pictures.PictureIn): a photo post, a tip's flyer.
    pictures: list[Any] = field(default_factory=list)


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
    same_picture: list[int] = field(default_factory=list)  # adverts reusing one of its pictures


def store_snapshot(session: Session, snap: SnapshotIn, *, flush: bool = True) -> Snapshot:
    """The raw page as a snapshot row; ``flush=False`` leaves its insert (and id) to the
    caller's next flush."""
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
    if flush:
        session.flush()
    return row


class SnapshotPurged(ValueError):
    """The raw bytes were emptied by the retention rule (store.services.retention); the
    snapshot's record (URL, time, size, SHA-256) is still there."""


def snapshot_body(snapshot: Snapshot) -> bytes:
    """The raw page as fetched; raises if it no longer matches its recorded SHA-256, or
    :class:`SnapshotPurged` if the retention rule emptied it."""
    if snapshot.purged_at is not None:
        raise SnapshotPurged(
            f"snapshot {snapshot.id} was purged on {snapshot.purged_at:%Y-%m-%d} by the "
            f"retention rule (an advert never flagged); its SHA-256 {snapshot.sha256} is kept"
        )
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
    ingests many adverts in it (see :func:`store.services.alert_rules.enabled_rules`)."""
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
    step = _upsert(session, item, classification, advert, chash, now)
    if isinstance(step, IngestResult):
        return step
    session.flush()  # the advert's id (and its snapshot's) for the rows that point at it
    return _complete(session, step, now, alert_rules, cases=None)


def ingest_many(
    session: Session,
    entries: Sequence[tuple[AdvertIn, ClassificationIn | None]],
    *,
    alert_rules: Sequence[AlertRule] | None = None,
) -> list[IngestResult]:
    """:func:`ingest` for a batch of crawled adverts in the caller's transaction, with the
    same rows written, in fewer round trips: one look-up for every URL of the batch, one flush
    that inserts the new adverts and snapshots together (multi-row INSERT ... RETURNING), and
    the review cases and their audit entries written together at the end, where one flush per
    advert for each of them was most of the store's time in a profile of the crawl.

    Adverts of one batch are handled in order, so each is compared for near-duplicates with
    the ones before it, as one by one. A batch with an advert without a URL, or with one URL
    twice, is stored one by one (the second must see the first)."""
    urls = [item.url for item, _c in entries]
    if any(not url for url in urls) or len(set(urls)) != len(urls):
        return [ingest(session, item, c, alert_rules=alert_rules) for item, c in entries]
    found: dict[str, Advert] = {}
    for start in range(0, len(urls), _LOOKUP_CHUNK):  # bound the statement's parameters
        chunk = urls[start : start + _LOOKUP_CHUNK]
        for row in session.scalars(select(Advert).where(Advert.canonical_url.in_(chunk))):
            found[str(row.canonical_url)] = row
    # New adverts are inserted together up front: no look-up of a later one can find them
    # early (near-duplicates are found through buckets, written in turn below). A changed
    # advert is rewritten in its turn, as one by one: the adverts before it must still see
    # its old text.
    steps: list[_Upserted | IngestResult | tuple[AdvertIn, ClassificationIn | None, Advert]] = []
    for item, classification in entries:
        chash = fingerprint.content_hash(item.title, item.body_text)
        advert = found.get(str(item.url))
        if advert is not None and advert.content_hash != chash:
            steps.append((item, classification, advert))
        else:
            steps.append(_upsert(session, item, classification, advert, chash, utcnow()))
    session.flush()
    cases: list[tuple[Advert, dt.datetime, IngestResult]] = []
    results: list[IngestResult] = []
    for step in steps:
        if isinstance(step, tuple):
            item, classification, advert = step
            chash = fingerprint.content_hash(item.title, item.body_text)
            step = _upsert(session, item, classification, advert, chash, utcnow())
            session.flush()
        if isinstance(step, IngestResult):
            results.append(step)
        else:
            results.append(_complete(session, step, step.now, alert_rules, cases=cases))
    _open_cases(session, cases)
    return results


# Canonical URLs per look-up statement (SQLite allows 32,766 parameters, older ones 999).
_LOOKUP_CHUNK = 500


@dataclass
class _Upserted:
    """An advert written (new or changed) whose versions, links, entities, classification,
    case and alerts are still to come (:func:`_complete`), once it has an id."""

    item: AdvertIn
    classification: ClassificationIn | None
    advert: Advert
    status: Literal["new", "changed"]
    snapshot: Snapshot | None
    chash: str
    now: dt.datetime


def _upsert(
    session: Session,
    item: AdvertIn,
    classification: ClassificationIn | None,
    advert: Advert | None,
    chash: str,
    now: dt.datetime,
) -> _Upserted | IngestResult:
    if advert is not None and advert.content_hash == chash:
        advert.last_seen = now
        advert.removed_at = None
        return IngestResult(advert.id, "unchanged", flagged=bool(advert.latest_suspicious))

    snapshot = store_snapshot(session, item.snapshot, flush=False) if item.snapshot else None
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
    return _Upserted(item, classification, advert, status, snapshot, chash, now)


def _complete(
    session: Session,
    step: _Upserted,
    now: dt.datetime,
    alert_rules: Sequence[AlertRule] | None,
    *,
    cases: list[tuple[Advert, dt.datetime, IngestResult]] | None,
) -> IngestResult:
    """The rest of an advert's unit of work once it has an id. ``cases``: gather the review
    cases to open (with :func:`_open_cases`) instead of opening each here."""
    item, classification, advert, snapshot = (
        step.item, step.classification, step.advert, step.snapshot
    )  # fmt: skip
    session.add(
        AdvertVersion(
            advert_id=advert.id,
            version=advert.current_version,
            title=item.title,
            body_text=item.body_text,
            content_hash=step.chash,
            snapshot_id=snapshot.id if snapshot else None,
            seen_at=now,
            raw=item.raw,
        )
    )
    # A new advert has no buckets, links, entities or case yet: skip looking for them (measured
    # storing 640 corpus adverts: 2.8-3.3 ms per advert with the lookups, 2.2-2.7 without).
    is_new = step.status == "new"
    linked = links.link_near_duplicates(session, advert, is_new=is_new)
    result = IngestResult(advert.id, step.status, linked=linked)
    if item.pictures:
        result.same_picture = pictures.add_pictures(
            session, advert, item.pictures, version_snapshot=snapshot
        )
    if classification is not None:
        entities.replace_entities(session, advert, classification.entities, is_new=is_new)
        record_classification(session, advert, classification, now=now)
        result.flagged = classification.flagged
        if classification.flagged:
            if cases is None:
                opened = open_case(session, advert, now=now, known_without_case=is_new)
                result.case_opened = opened is not None
            elif is_new or not session.scalar(
                select(ReviewCase.id).where(ReviewCase.advert_id == advert.id)
            ):
                cases.append((advert, now, result))
        # The outbox: alerts commit with the advert, and a worker sends them (issue 7).
        cause = "tip" if item.origin == "tip" else "crawl"
        alert_outbox.evaluate(
            session, advert, classification, cause=cause, now=now, rules=alert_rules
        )
    return result


def _open_cases(session: Session, cases: list[tuple[Advert, dt.datetime, IngestResult]]) -> None:
    """Open the gathered review cases, then write their audit entries: two flushes for the
    batch instead of two per case (the case's id goes into its audit entry)."""
    if not cases:
        return
    rows = [
        ReviewCase(advert_id=advert.id, status=CaseStatus.new, opened_at=now)
        for advert, now, _result in cases
    ]
    session.add_all(rows)
    session.flush()
    for case, (advert, _now, result) in zip(rows, cases, strict=True):
        _audit_case_opened(session, case, advert, flush=False)
        result.case_opened = True
    session.flush()


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
    _audit_case_opened(session, case, advert)
    return case


def _audit_case_opened(
    session: Session, case: ReviewCase, advert: Advert, *, flush: bool = True
) -> None:
    audit.record(
        session,
        actor="system",
        action="case.open",
        target_type="advert",
        target_id=advert.id,
        after={"case_id": case.id, "status": case.status.value, "score": advert.latest_score},
        flush=flush,
    )


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
