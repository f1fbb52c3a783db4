"""The review queue: flagged adverts with open cases, ranked so the worst and freshest come
first, filtered the ways investigators ask ("Kamboja, biaya di muka, minggu ini, belum ada
yang pegang"), one page at a time.

Ranking ("prioritas"): the risk band first (Berbahaya, Hati-hati, Tampak wajar: the one rule of
:mod:`vocabulary.bands`, which the advert page, the alerts and the citizens' check use too,
computed in SQL by :mod:`store.services.risk`), then the most recently seen, then the exact
score. A band rather than the raw score, because calibrated scores of 0.97 and 0.99 mean the
same to a person, while an advert seen this morning matters more than one last seen a month ago.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import Select, exists, func, or_, select
from sqlalchemy.orm import Session

from store.errors import InvalidInput
from store.models import (
    Advert,
    CaseStatus,
    ClassificationFlag,
    Entity,
    ReviewCase,
    Role,
    Source,
    Tip,
    User,
)
from store.services.risk import band_rank, latest_classification_id, latest_verdicts
from vocabulary.bands import Band

PAGE_SIZE = 25
CSV_LIMIT = 10_000  # one export; a bigger one is a database dump, not a spreadsheet
WIB = dt.timezone(dt.timedelta(hours=7), "WIB")  # dates typed by investigators are local
OPEN_STATUSES = (CaseStatus.new, CaseStatus.in_review)
Sort = Literal["priority", "score", "fresh", "oldest"]
SORTS: tuple[str, ...] = ("priority", "score", "fresh", "oldest")


@dataclass(frozen=True)
class QueueFilter:
    q: str = ""  # words in the title or text (case-insensitive)
    statuses: tuple[CaseStatus, ...] = OPEN_STATUSES  # empty = every status
    flags: tuple[str, ...] = ()  # any of these red-flag codes in the latest classification
    source_id: int | None = None
    destination: str = ""  # ISO 3166-1 alpha-2 ("KH"), as the entity extractor stores it
    assignee_id: int | None = None
    unassigned: bool = False
    seen_from: dt.date | None = None  # advert seen on or after this day (WIB)
    seen_to: dt.date | None = None  # ... and on or before this day (WIB)
    sort: Sort = "priority"

    def __post_init__(self) -> None:
        if self.seen_from and self.seen_to and self.seen_from > self.seen_to:
            raise InvalidInput("Tanggal 'dari' harus sebelum atau sama dengan tanggal 'sampai'.")
        if self.sort not in SORTS:
            raise InvalidInput(
                f"Urutan tidak dikenal: {self.sort!r} (pilihan: {', '.join(SORTS)})."
            )


@dataclass
class QueueRow:
    case_id: int
    advert_id: int
    status: CaseStatus
    title: str
    snippet: str
    url: str | None
    source: str
    channel: str
    score: float | None
    band: Band  # vocabulary.bands.risk_band of the latest classification, as ranked
    first_seen: dt.datetime
    last_seen: dt.datetime
    removed_at: dt.datetime | None
    opened_at: dt.datetime
    assignee: str | None
    external_ref: str
    flags: list[str] = field(default_factory=list)
    destinations: list[str] = field(default_factory=list)
    # Why the advert is in the queue: a citizen sent it ("tip"), the classifier's verdict
    # ("verdict"), or a red flag strong enough on its own ("flag": adverts.STRONG_FLAG_SCORE).
    reason: QueueReason = "verdict"


QueueReason = Literal["tip", "verdict", "flag"]


@dataclass
class QueuePage:
    rows: list[QueueRow]
    total: int
    page: int
    page_size: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.page_size))


def _like(q: str) -> str:
    escaped = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _start_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), WIB).astimezone(dt.UTC)


def _filtered(f: QueueFilter) -> Select[ReviewCase, Advert]:
    stmt = select(ReviewCase, Advert).join(Advert, Advert.id == ReviewCase.advert_id)
    if f.statuses:
        stmt = stmt.where(ReviewCase.status.in_(f.statuses))
    if f.q.strip():
        pattern = _like(f.q.strip())
        stmt = stmt.where(
            or_(
                Advert.title.ilike(pattern, escape="\\"),
                Advert.body_text.ilike(pattern, escape="\\"),
            )
        )
    if f.flags:
        stmt = stmt.where(
            exists().where(
                ClassificationFlag.classification_id == latest_classification_id(),
                ClassificationFlag.code.in_(f.flags),
            )
        )
    if f.source_id is not None:
        stmt = stmt.where(Advert.source_id == f.source_id)
    if f.destination:
        stmt = stmt.where(
            exists().where(
                Entity.advert_id == Advert.id,
                Entity.kind == "destination",
                Entity.value == f.destination.upper(),
            )
        )
    if f.unassigned:
        stmt = stmt.where(ReviewCase.assignee_id.is_(None))
    elif f.assignee_id is not None:
        stmt = stmt.where(ReviewCase.assignee_id == f.assignee_id)
    # "Seen in the period": first seen before its end and last seen after its start, so an
    # advert still online across the whole period is found too.
    if f.seen_from:
        stmt = stmt.where(Advert.last_seen >= _start_of(f.seen_from))
    if f.seen_to:
        stmt = stmt.where(Advert.first_seen < _start_of(f.seen_to + dt.timedelta(days=1)))
    return stmt


def _ordered(stmt: Select[ReviewCase, Advert], sort: Sort) -> Select[ReviewCase, Advert]:
    score = func.coalesce(Advert.latest_score, 0.0)
    if sort == "score":
        return stmt.order_by(score.desc(), Advert.last_seen.desc(), ReviewCase.id.desc())
    if sort == "fresh":
        return stmt.order_by(Advert.last_seen.desc(), score.desc(), ReviewCase.id.desc())
    if sort == "oldest":  # the backlog: cases waiting longest
        return stmt.order_by(ReviewCase.opened_at, ReviewCase.id)
    band = band_rank()
    return stmt.order_by(band.desc(), Advert.last_seen.desc(), score.desc(), ReviewCase.id.desc())


def _snippet(text: str, limit: int = 180) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _rows(session: Session, pairs: Sequence[tuple[ReviewCase, Advert]]) -> list[QueueRow]:
    if not pairs:
        return []
    advert_ids = [a.id for _, a in pairs]
    verdicts = latest_verdicts(session, advert_ids)
    dests: dict[int, list[str]] = {}
    for aid, value in session.execute(
        select(Entity.advert_id, Entity.value)
        .where(Entity.advert_id.in_(advert_ids), Entity.kind == "destination")
        .order_by(Entity.advert_id, Entity.start, Entity.id)
    ):
        if value not in dests.setdefault(aid, []):
            dests[aid].append(value)
    source_ids = {a.source_id for _, a in pairs if a.source_id is not None}
    sources = (
        dict(
            session.execute(select(Source.id, Source.name).where(Source.id.in_(source_ids)))
            .tuples()
            .all()
        )
        if source_ids
        else {}
    )
    assignee_ids = {c.assignee_id for c, _ in pairs if c.assignee_id is not None}
    users = (
        dict(
            session.execute(select(User.id, User.username).where(User.id.in_(assignee_ids)))
            .tuples()
            .all()
        )
        if assignee_ids
        else {}
    )
    tipped = set(session.scalars(select(Tip.advert_id).where(Tip.advert_id.in_(advert_ids))))
    rows = []
    for c, a in pairs:
        reason: QueueReason = (
            "tip" if a.id in tipped else "verdict" if a.latest_suspicious else "flag"
        )
        # Foreign destinations first: "Kamboja" tells more than "Jambi" in a queue row.
        where = sorted(dests.get(a.id, []), key=lambda code: code == "ID")
        rows.append(
            QueueRow(
                case_id=c.id,
                advert_id=a.id,
                status=c.status,
                title=a.title or _snippet(a.body_text, 80),
                snippet=_snippet(a.body_text),
                url=a.canonical_url,
                source=sources.get(a.source_id, "") if a.source_id else a.origin,
                channel=a.channel,
                score=a.latest_score,
                band=verdicts[a.id].band,
                first_seen=a.first_seen,
                last_seen=a.last_seen,
                removed_at=a.removed_at,
                opened_at=c.opened_at,
                assignee=users.get(c.assignee_id) if c.assignee_id else None,
                external_ref=c.external_ref,
                flags=[code for _, code in sorted(verdicts[a.id].flags, reverse=True)],
                destinations=where,
                reason=reason,
            )
        )
    return rows


def search(
    session: Session, f: QueueFilter, page: int = 1, page_size: int = PAGE_SIZE
) -> QueuePage:
    """One page of the queue (pages count from 1; a page past the end is empty)."""
    if page < 1:
        raise InvalidInput("Nomor halaman mulai dari 1.")
    base = _filtered(f)
    total = session.scalar(
        select(func.count()).select_from(base.with_only_columns(ReviewCase.id).subquery())
    )
    stmt = _ordered(base, f.sort).limit(page_size).offset((page - 1) * page_size)
    pairs = [(c, a) for c, a in session.execute(stmt).tuples()]
    return QueuePage(_rows(session, pairs), int(total or 0), page, page_size)


def export_rows(session: Session, f: QueueFilter, limit: int = CSV_LIMIT) -> Iterator[QueueRow]:
    """Every row matching the filter, in queue order, in chunks (for the CSV export)."""
    stmt = _ordered(_filtered(f), f.sort).limit(limit)
    chunk: list[tuple[ReviewCase, Advert]] = []
    for pair in session.execute(stmt).tuples():
        chunk.append(pair)
        if len(chunk) == 500:
            yield from _rows(session, chunk)
            chunk = []
    yield from _rows(session, chunk)


@dataclass
class FilterOptions:
    sources: list[tuple[int, str]]
    destinations: list[str]  # ISO codes present among adverts with a case
    assignees: list[tuple[int, str]]


def filter_options(session: Session) -> FilterOptions:
    srcs = list(session.execute(select(Source.id, Source.name).order_by(Source.name)).tuples())
    case_adverts = select(ReviewCase.advert_id)
    dests = list(
        session.scalars(
            select(Entity.value)
            .where(Entity.kind == "destination", Entity.advert_id.in_(case_adverts))
            .distinct()
            .order_by(Entity.value)
        )
    )
    assignees = list(
        session.execute(
            select(User.id, User.username)
            .where(User.active.is_(True), User.role.in_([Role.investigator, Role.admin]))
            .order_by(User.username)
        )
        .tuples()
        .all()
    )
    return FilterOptions(srcs, dests, assignees)


def counts_by_status(session: Session) -> dict[str, int]:
    """How many cases are in each status (the tabs above the queue)."""
    return {
        status.value: int(n)
        for status, n in session.execute(
            select(ReviewCase.status, func.count(ReviewCase.id)).group_by(ReviewCase.status)
        )
        .tuples()
        .all()
    }
