"""Pictures adverts carry (a Telegram photo post, a citizen's tip with a flyer): stored as
evidence with the words read, and linked to other adverts that reuse the same flyer.

The link is a perceptual hash (``pictures.phash``: 64 bits that survive resizing and
recompression) found through eight 8-bit bands (two hashes at most 7 bits apart share one
whole band, so one indexed lookup finds them). A close hash alone is not enough for pictures
with words: flyers made on one template (the same coloured boxes, the same layout) hash
alike at 64 bits, so two pictures with text are the same flyer only if they also say mostly
the same words (a changed phone number still links, another advert on the template does not).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from store.models import Advert, AdvertLink, AdvertPicture, PictureBucket, Snapshot

BANDS = 8
BAND_BITS = 8
SAME_PICTURE_DISTANCE = 8  # of 64 bits; resized, recompressed or lightly cropped copies: 0-8
SAME_PICTURE_DISTANCE_NO_TEXT = 4  # a picture without words has only its looks to go by
MIN_SHARED_WORDS = 0.5  # Jaccard of the two pictures' word sets, when both have words
MIN_WORDS = 5
MAX_CANDIDATES = 200
LINK_KIND = "same_picture"
_WORD = re.compile(r"\w+")


@dataclass
class PictureIn:
    """One picture of an advert, read by :mod:`pictures` (the store imports nothing of it)."""

    body: bytes  # as stored: a tip's copy has its metadata removed already
    content_type: str
    url: str  # where it was fetched from; an upload's is ``urn:sha256:<hex>``
    phash: str  # 16 hex digits
    width: int = 0
    height: int = 0
    text: str = ""  # the words read
    text_offset: int = 0  # where ``text`` starts in the advert's body text
    boxes: list[list[int]] = field(default_factory=list)
    fetched_at: dt.datetime | None = None
    http_status: int = 200
    headers: dict[str, Any] = field(default_factory=dict)


def bands(hex_hash: str) -> list[int]:
    value = int(hex_hash, 16)
    mask = (1 << BAND_BITS) - 1
    return [(value >> (BAND_BITS * i)) & mask for i in range(BANDS)]


def distance(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if len(w) > 1}


def same_flyer(a: AdvertPicture | PictureIn, b_hash: str, b_text: str) -> int | None:
    """The Hamming distance if the two pictures are the same flyer, else None."""
    d = distance(a.phash, b_hash)
    mine, theirs = _words(a.text), _words(b_text)
    if len(mine) >= MIN_WORDS and len(theirs) >= MIN_WORDS:
        shared = len(mine & theirs) / len(mine | theirs)
        return d if d <= SAME_PICTURE_DISTANCE and shared >= MIN_SHARED_WORDS else None
    return d if d <= SAME_PICTURE_DISTANCE_NO_TEXT else None


def add_pictures(
    session: Session,
    advert: Advert,
    pictures: list[PictureIn],
    *,
    version_snapshot: Snapshot | None = None,
) -> list[int]:
    """Store the pictures of the advert's current version and link it (both ways) to the
    adverts whose pictures are the same flyer; returns their ids. A picture that is the
    version's own snapshot (a tip's upload) is not stored twice."""
    from store.services.adverts import SnapshotIn, store_snapshot  # adverts imports this module

    rows = []
    for picture in pictures:
        digest = hashlib.sha256(picture.body).hexdigest()
        if version_snapshot is not None and version_snapshot.sha256 == digest:
            snapshot = version_snapshot
        else:
            snapshot = store_snapshot(
                session,
                SnapshotIn(
                    url=picture.url,
                    body=picture.body,
                    http_status=picture.http_status,
                    headers=picture.headers,
                    content_type=picture.content_type,
                    fetched_at=picture.fetched_at,
                ),
            )
        row = AdvertPicture(
            advert_id=advert.id,
            version=advert.current_version,
            snapshot_id=snapshot.id,
            phash=picture.phash,
            width=picture.width,
            height=picture.height,
            text=picture.text,
            text_offset=picture.text_offset,
            boxes=picture.boxes,
        )
        session.add(row)
        session.flush()
        session.add_all(
            PictureBucket(picture_id=row.id, advert_id=advert.id, band=band, value=value)
            for band, value in enumerate(bands(picture.phash))
        )
        rows.append(row)
    return link_same_pictures(session, advert, rows)


def link_same_pictures(session: Session, advert: Advert, rows: list[AdvertPicture]) -> list[int]:
    best: dict[int, int] = {}  # other advert -> smallest distance
    for row in rows:
        match = or_(
            *(
                and_(PictureBucket.band == band, PictureBucket.value == value)
                for band, value in enumerate(bands(row.phash))
            )
        )
        candidates = (
            select(PictureBucket.picture_id)
            .where(match, PictureBucket.advert_id != advert.id)
            .distinct()
            .limit(MAX_CANDIDATES)
        )
        others = session.execute(
            select(AdvertPicture.advert_id, AdvertPicture.phash, AdvertPicture.text).where(
                AdvertPicture.id.in_(candidates)
            )
        ).all()
        for other_advert, other_hash, other_text in others:
            d = same_flyer(row, other_hash, other_text)
            if d is not None and d < best.get(other_advert, 65):
                best[other_advert] = d
    if not best:
        return []
    existing = set(
        session.scalars(
            select(AdvertLink.other_id).where(
                AdvertLink.advert_id == advert.id, AdvertLink.kind == LINK_KIND
            )
        )
    )
    for other, d in best.items():
        if other in existing:
            continue
        similarity = 1 - d / 64
        for a, b in ((advert.id, other), (other, advert.id)):
            session.add(AdvertLink(advert_id=a, other_id=b, kind=LINK_KIND, similarity=similarity))
    return sorted(best)


def picture_snapshots(session: Session, advert_ids: Iterable[int]) -> list[Snapshot]:
    """The stored pictures of these adverts (every version), for exports beside their pages:
    a photo post's picture is evidence as much as the page it was posted on."""
    ids = list(advert_ids)
    if not ids:
        return []
    stmt = (
        select(Snapshot)
        .join(AdvertPicture, AdvertPicture.snapshot_id == Snapshot.id)
        .where(AdvertPicture.advert_id.in_(ids))
        .order_by(Snapshot.fetched_at, Snapshot.id)
    )
    return list(session.scalars(stmt).unique())


def pictures_of(session: Session, advert_id: int) -> list[AdvertPicture]:
    """The advert's pictures, newest version first, each with its snapshot."""
    stmt = (
        select(AdvertPicture)
        .where(AdvertPicture.advert_id == advert_id)
        .order_by(AdvertPicture.version.desc(), AdvertPicture.id)
    )
    return list(session.scalars(stmt))


def picture_count(session: Session, advert_id: int) -> int:
    stmt = select(func.count()).where(AdvertPicture.advert_id == advert_id)
    return int(session.scalar(stmt) or 0)
