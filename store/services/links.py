"""How adverts are linked: near-duplicate text (reposts, small edits), found when an advert is
stored, and shared contacts (the same phone, WhatsApp, Telegram, e-mail, bank account or
agency), read when a page, a case bundle or an alert rule asks.

Reposts are linked, never dropped: each is its own advert with its own page, and the two pages
find each other through an ``AdvertLink`` stored both ways.
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import Select, and_, bindparam, delete, insert, or_, select
from sqlalchemy.orm import Session

from store import fingerprint
from store.models import Advert, AdvertBucket, AdvertLink, Entity

# Near-duplicate search limits: candidates compared per advert, and links kept (the closest).
MAX_CANDIDATES = 200
MAX_LINKS = 20
# Entity kinds that tie two adverts to one recruiter (a URL or a destination does not).
SHARED_KINDS = ("phone", "whatsapp", "email", "bank_account", "agency", "telegram")


@cache
def _candidates_query() -> Select[int]:
    """Adverts sharing a bucket with the one being stored, built once (constructing 16 OR-ed
    comparisons per advert cost more than running the query).

    An OR of (bucket = ? AND hash = ?), not a row-value IN: SQLite plans the IN form as a scan
    of every bucket row (quadratic over a crawl), the OR form as 16 index searches; PostgreSQL
    uses the index for both."""
    pairs = (
        and_(AdvertBucket.bucket == bucket, AdvertBucket.hash == bindparam(f"h{bucket}"))
        for bucket in range(fingerprint.BUCKETS)
    )
    return (
        select(AdvertBucket.advert_id)
        .where(or_(*pairs), AdvertBucket.advert_id != bindparam("self_id"))
        .distinct()
        .order_by(AdvertBucket.advert_id.desc())
        .limit(MAX_CANDIDATES)
    )


def link_near_duplicates(session: Session, advert: Advert, *, is_new: bool = False) -> list[int]:
    """Store the advert's LSH buckets and link it (both ways) to the stored adverts whose text
    is a near-duplicate of its own; returns their ids. ``is_new``: the advert was just created,
    so it has no buckets or links to replace."""
    assert advert.minhash is not None
    hashes = fingerprint.bucket_hashes(advert.minhash)
    with session.no_autoflush:
        if not is_new:
            session.execute(delete(AdvertBucket).where(AdvertBucket.advert_id == advert.id))
        # One indexed lookup for all 16 buckets; a heavily reposted text is capped so one
        # advert never costs more than MAX_CANDIDATES comparisons.
        params = {f"h{bucket}": h for bucket, h in enumerate(hashes)}
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
            links = select(AdvertLink.other_id).where(
                AdvertLink.advert_id == advert.id, AdvertLink.kind == "near_duplicate"
            )
            existing = set(session.scalars(links))
    # Core executemany, not ORM objects (the ORM's bookkeeping was most of the cost); Core
    # rows are keyed by the column's name, which is still "band" (AdvertBucket).
    session.connection().execute(
        insert(AdvertBucket),
        [{"advert_id": advert.id, "band": b, "hash": h} for b, h in enumerate(hashes)],
    )
    for sim, other_id in best:
        if other_id not in existing:
            # Links are stored both ways so either advert's page finds the other.
            session.add(AdvertLink(advert_id=advert.id, other_id=other_id, similarity=sim))
            session.add(AdvertLink(advert_id=other_id, other_id=advert.id, similarity=sim))
    return sorted(other_id for _, other_id in best)


def linked_adverts(session: Session, advert_id: int) -> list[tuple[int, str, str]]:
    """Other adverts sharing an entity (phone, WhatsApp, e-mail, bank account, agency),
    near-duplicate text or the same picture: ``(other_id, kind, value)``."""
    mine = session.execute(
        select(Entity.kind, Entity.value).where(
            Entity.advert_id == advert_id, Entity.kind.in_(SHARED_KINDS)
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
    for other, kind, sim in session.execute(
        select(AdvertLink.other_id, AdvertLink.kind, AdvertLink.similarity).where(
            AdvertLink.advert_id == advert_id
        )
    ):
        # "near_duplicate" (text) or "same_picture" (store.services.pictures)
        out.add((other, kind, f"{sim:.2f}"))
    return sorted(out)
