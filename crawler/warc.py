"""Export archived pages as a standard WARC file (ISO 28500) that replay tools can open.

Each snapshot becomes a ``response`` record with its original status line and headers, the
fetch time as WARC-Date, and its SHA-256 in a ``WARC-Payload-SHA256`` header beside warcio's
own digests, so the export can be checked against the database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sized
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from store.models import Advert, AdvertVersion, ReviewCase, Snapshot
from store.services.adverts import snapshot_body
from store.services.pictures import picture_snapshots

# Headers that described the transfer, not the page; replaying them would corrupt it.
_HOP_HEADERS = {"content-encoding", "transfer-encoding", "content-length", "connection"}


def select_snapshots(
    session: Session, *, ids: Iterable[int] = (), query: str = "", flagged: bool = False
) -> list[Snapshot]:
    stmt = (
        select(Snapshot)
        .join(AdvertVersion, AdvertVersion.snapshot_id == Snapshot.id)
        .join(Advert, Advert.id == AdvertVersion.advert_id)
    )
    ids = list(ids)
    if ids:
        stmt = stmt.where(Advert.id.in_(ids))
    if query:
        like = f"%{query}%"
        stmt = stmt.where(Advert.body_text.ilike(like) | Advert.title.ilike(like))
    if flagged:
        stmt = stmt.where(Advert.id.in_(select(ReviewCase.advert_id)))
    pages = list(session.scalars(stmt.order_by(Snapshot.fetched_at, Snapshot.id)).unique())
    # The pictures of the same adverts (photo posts, tips), after the pages; a tip's picture
    # that is also its version's snapshot is written once.
    advert_ids = set(session.scalars(stmt.with_only_columns(Advert.id).order_by(None)))
    seen = {s.id for s in pages}
    return pages + [s for s in picture_snapshots(session, advert_ids) if s.id not in seen]


def write_warc(
    snapshots: Iterable[Snapshot],
    out: BinaryIO,
    progress: Callable[[int, int | None], None] | None = None,
) -> int:
    """Write each snapshot as a response record; ``progress(done, total)`` after each."""
    writer = WARCWriter(out, gzip=True)
    count = 0
    total = len(snapshots) if isinstance(snapshots, Sized) else None
    for done, snap in enumerate(snapshots, 1):
        if progress is not None:
            progress(done, total)
        if snap.purged_at is not None:
            continue  # emptied by the retention rule: no bytes to archive (its record stays)
        body = snapshot_body(snap)
        headers = [(k, v) for k, v in snap.headers.items() if k.lower() not in _HOP_HEADERS]
        headers.append(("Content-Length", str(len(body))))
        http_headers = StatusAndHeaders(f"{snap.http_status} OK", headers, protocol="HTTP/1.1")
        record = writer.create_warc_record(
            snap.url,
            "response",
            payload=BytesIO(body),
            http_headers=http_headers,
            warc_headers_dict={
                "WARC-Date": snap.fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "WARC-Payload-SHA256": snap.sha256,
            },
        )
        writer.write_record(record)
        count += 1
    return count


def export_warc(
    session: Session,
    path: Path,
    *,
    ids: Iterable[int] = (),
    query: str = "",
    flagged: bool = False,
    progress: Callable[[int, int | None], None] | None = None,
) -> int:
    snapshots = select_snapshots(session, ids=ids, query=query, flagged=flagged)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        return write_warc(snapshots, out, progress)
