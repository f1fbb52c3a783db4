"""Retention of raw pages: the bodies of snapshots of adverts that were never flagged are
emptied once nobody has seen the advert for a while; evidence is never touched.

Why: a province-wide crawl keeps every page it fetched, most of them ordinary job adverts.
Their raw bytes are what fills the disk (and they may carry personal data of honest
employers); the investigators never need them. The record of each page stays (URL, fetch time,
status, headers, size and SHA-256, with ``purged_at`` set), and so do the advert, its versions'
text, entities and classifications: the version history still says what existed and when.

An advert is **evidence**, and none of its snapshots is touched, when any of these holds:

1. a classification of it was ever suspicious (the verdict: "Berbahaya"), at any version;
2. a classification of it ever quoted a red flag (a ``classification_flags`` row: any reason
   with the advert's words, whatever its score: "Hati-hati" starts there). The model's
   suspicions without words (``model_only_flags``) are not reasons and do not count;
3. it has a review case, in any state (a dismissed case is still a decision made on it);
4. a citizen sent it as a tip;
5. an alert was raised for it;
6. it is linked (near-duplicate text or the same picture, ``advert_links``) to an advert with a
   case;
7. it shares a phone, WhatsApp, Telegram, e-mail, bank account or agency with an advert with a
   case (what the investigators' link graph shows, :data:`store.services.links.SHARED_KINDS`);
8. it was never classified at all: not judged is not "never flagged" (every path that stores
   an advert classifies it today; this keeps an advert stored some other way safe).

Everything else is "never flagged". Its snapshots (page and pictures) are purged when every
advert that uses the snapshot was last seen before the cut-off (``now - days``), and the
snapshot was fetched before it too: a live advert keeps its pages. A snapshot shared with an
evidence advert is kept. The run is written to the audit log (``retention.purge``) in the same
transaction as the purge.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, Subquery, func, select, union, update
from sqlalchemy.orm import Session, sessionmaker

from store.db import transaction
from store.errors import InvalidInput
from store.models import (
    Advert,
    AdvertLink,
    AdvertPicture,
    AdvertVersion,
    Alert,
    Classification,
    ClassificationFlag,
    Entity,
    ReviewCase,
    Snapshot,
    Tip,
    utcnow,
)
from store.services import audit
from store.services.links import SHARED_KINDS

AUDIT_ACTION = "retention.purge"
_BATCH = 500  # snapshot ids per UPDATE (SQLite allows 32,766 bound parameters; PG more)


@dataclass
class RetentionReport:
    """What a retention run would purge (dry run) or purged."""

    days: int
    cutoff: dt.datetime
    snapshots: int  # snapshots whose body goes
    adverts: int  # never-flagged adverts those snapshots belong to
    raw_bytes: int  # the pages' size as fetched
    stored_bytes: int  # what their compressed bodies take in the database
    purged: bool  # False for a dry run
    purged_at: dt.datetime | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "days": self.days,
            "cutoff": self.cutoff.isoformat(),
            "snapshots": self.snapshots,
            "adverts": self.adverts,
            "raw_bytes": self.raw_bytes,
            "stored_bytes": self.stored_bytes,
            "purged": self.purged,
            "purged_at": self.purged_at.isoformat() if self.purged_at else None,
        }


def evidence_adverts() -> Subquery:
    """The ids of every advert that is evidence (the eight reasons in the module docstring)."""
    cased = select(ReviewCase.advert_id)
    same_value = Entity.__table__.alias("case_entity")
    return union(
        select(Classification.advert_id).where(Classification.suspicious.is_(True)),
        select(Classification.advert_id).join(
            ClassificationFlag, ClassificationFlag.classification_id == Classification.id
        ),
        select(Advert.id).where(Advert.latest_suspicious.is_(True)),
        select(Advert.id).where(
            ~select(Classification.id).where(Classification.advert_id == Advert.id).exists()
        ),
        cased,
        select(Tip.advert_id),
        select(Alert.advert_id),
        select(AdvertLink.advert_id).where(AdvertLink.other_id.in_(cased)),
        select(AdvertLink.other_id).where(AdvertLink.advert_id.in_(cased)),
        select(Entity.advert_id)
        .join(
            same_value,
            (same_value.c.kind == Entity.kind) & (same_value.c.value == Entity.value),
        )
        .where(Entity.kind.in_(SHARED_KINDS), same_value.c.advert_id.in_(cased)),
    ).subquery()


def _uses() -> Subquery:
    """(snapshot id, advert id) for every page version and picture that uses a snapshot."""
    return union(
        select(AdvertVersion.snapshot_id.label("snapshot_id"), AdvertVersion.advert_id).where(
            AdvertVersion.snapshot_id.is_not(None)
        ),
        select(AdvertPicture.snapshot_id.label("snapshot_id"), AdvertPicture.advert_id),
    ).subquery()


def purgeable(cutoff: dt.datetime) -> Select[Any]:
    """(snapshot id, size as fetched, stored bytes) of every snapshot the rule would purge."""
    uses = _uses()
    evidence = evidence_adverts()
    recent = select(Advert.id).where(Advert.last_seen >= cutoff)
    kept = select(uses.c.snapshot_id).where(
        uses.c.advert_id.in_(select(evidence.c[0])) | uses.c.advert_id.in_(recent)
    )
    return select(Snapshot.id, Snapshot.size, func.length(Snapshot.body)).where(
        Snapshot.purged_at.is_(None),
        Snapshot.fetched_at < cutoff,
        Snapshot.id.in_(select(uses.c.snapshot_id)),
        Snapshot.id.not_in(kept),
    )


def _adverts_of(session: Session, snapshot_ids: list[int]) -> int:
    uses = _uses()
    found: set[int] = set()
    for start in range(0, len(snapshot_ids), _BATCH):
        batch = snapshot_ids[start : start + _BATCH]
        found.update(session.scalars(select(uses.c.advert_id).where(uses.c.snapshot_id.in_(batch))))
    return len(found)


def _measure(
    session: Session, days: int, cutoff: dt.datetime, *, purged: bool
) -> tuple[RetentionReport, list[int]]:
    rows = session.execute(purgeable(cutoff).order_by(Snapshot.id)).all()
    ids = [int(r[0]) for r in rows]
    report = RetentionReport(
        days=days,
        cutoff=cutoff,
        snapshots=len(ids),
        adverts=_adverts_of(session, ids),
        raw_bytes=sum(int(r[1] or 0) for r in rows),
        stored_bytes=sum(int(r[2] or 0) for r in rows),
        purged=purged,
    )
    return report, ids


def run(
    factory: sessionmaker[Session],
    days: int,
    *,
    dry_run: bool,
    actor: str = "cli",
    now: dt.datetime | None = None,
) -> RetentionReport:
    """Purge (or, with ``dry_run``, only count) the raw pages of never-flagged adverts unseen
    for ``days`` days. One transaction: the purge and its audit entry commit together."""
    if days < 1:
        raise InvalidInput(
            "retention is off (WASPADA_RETENTION_UNFLAGGED_SNAPSHOT_DAYS=0): set it to the "
            "number of days raw pages of never-flagged adverts are kept, or pass --days N"
        )
    now = now or utcnow()
    cutoff = now - dt.timedelta(days=days)
    if dry_run:
        with factory() as session:
            return _measure(session, days, cutoff, purged=False)[0]
    with transaction(factory) as session:
        report, ids = _measure(session, days, cutoff, purged=True)
        report.purged_at = now
        for start in range(0, len(ids), _BATCH):
            session.execute(
                update(Snapshot)
                .where(Snapshot.id.in_(ids[start : start + _BATCH]))
                .values(body=b"", purged_at=now)
            )
        audit.record(
            session,
            actor=actor,
            action=AUDIT_ACTION,
            target_type="snapshots",
            target_id="unflagged",
            after={
                **report.as_dict(),
                "first_id": ids[0] if ids else None,
                "last_id": ids[-1] if ids else None,
            },
        )
    return report
