"""What an operator asks of the database first: crawl runs per source, adverts per source, the
alert outbox's depth, the bots' backlog, the bytes held as snapshots.

One set of queries for ``waspada status`` (a person at a terminal) and for ``GET /metrics``
(Prometheus, read at scrape time: the database is the one place where every server process's
and every crawl process's work is already added up). Aggregates only: no advert text, no
recipient, no address.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from store.models import Advert, Alert, BotReply, BotUpdate, CrawlRun, Snapshot, Source, utcnow

# Adverts that came from no source (citizens' tips) are counted under this name.
NO_SOURCE = "(tip)"


@dataclass(frozen=True)
class LastCrawl:
    """A source's most recent crawl run (or none yet)."""

    source: str
    enabled: bool
    started_at: dt.datetime | None = None
    finished_at: dt.datetime | None = None
    status: str = ""
    items: int = 0
    new: int = 0
    flagged: int = 0
    errors: int = 0


@dataclass(frozen=True)
class Outbox:
    """The alert outbox: waiting (``pending``, of which ``due`` may be sent now), ``failed``
    (given up after the last attempt) and ``sent``."""

    pending: int
    due: int
    failed: int
    sent: int


def last_crawls(session: Session) -> list[LastCrawl]:
    """Every source with its latest run, by name."""
    last_ids = select(func.max(CrawlRun.id)).group_by(CrawlRun.source_id)
    runs = {
        r.source_id: r for r in session.scalars(select(CrawlRun).where(CrawlRun.id.in_(last_ids)))
    }
    out = []
    for source in session.scalars(select(Source).order_by(Source.name)):
        run = runs.get(source.id)
        if run is None:
            out.append(LastCrawl(source.name, source.enabled))
            continue
        out.append(
            LastCrawl(
                source.name,
                source.enabled,
                started_at=run.started_at,
                finished_at=run.finished_at,
                status=run.status,
                items=run.items,
                new=run.new,
                flagged=run.flagged,
                errors=run.errors,
            )
        )
    return out


def crawl_runs_by_source(session: Session) -> dict[tuple[str, str], int]:
    """How many crawl runs each source has had, per status (queued, running, ok, failed...)."""
    stmt = (
        select(Source.name, CrawlRun.status, func.count(CrawlRun.id))
        .join(Source, Source.id == CrawlRun.source_id, isouter=True)
        .group_by(Source.name, CrawlRun.status)
    )
    return {(name or NO_SOURCE, status): int(n) for name, status, n in session.execute(stmt)}


def crawl_items_by_source(session: Session) -> dict[tuple[str, str], int]:
    """Adverts the finished crawl runs of each source reported: found (items), new, changed,
    removed and flagged, added over every run."""
    columns = {
        "found": CrawlRun.items,
        "new": CrawlRun.new,
        "changed": CrawlRun.changed,
        "removed": CrawlRun.removed,
        "flagged": CrawlRun.flagged,
    }
    stmt = (
        select(Source.name, *(func.coalesce(func.sum(c), 0) for c in columns.values()))
        .join(Source, Source.id == CrawlRun.source_id, isouter=True)
        .group_by(Source.name)
    )
    out: dict[tuple[str, str], int] = {}
    for name, *sums in session.execute(stmt):
        for kind, n in zip(columns, sums, strict=True):
            out[(name or NO_SOURCE, kind)] = int(n)
    return out


def adverts_by_source(session: Session) -> dict[tuple[str, str], int]:
    """Adverts kept per source and status: ``active`` (still online when last crawled) or
    ``removed`` (gone from the site; kept as evidence)."""
    status = case((Advert.removed_at.is_(None), "active"), else_="removed")
    stmt = (
        select(Source.name, status, func.count(Advert.id))
        .join(Source, Source.id == Advert.source_id, isouter=True)
        .group_by(Source.name, status)
    )
    return {(name or NO_SOURCE, state): int(n) for name, state, n in session.execute(stmt)}


def alert_outbox(session: Session, now: dt.datetime | None = None) -> Outbox:
    now = now or utcnow()
    pending = Alert.status == "pending"
    row = session.execute(
        select(
            func.count(case((pending, Alert.id))),
            func.count(case(((pending) & (Alert.next_attempt_at <= now), Alert.id))),
            func.count(case((Alert.status == "failed", Alert.id))),
            func.count(case((Alert.status == "sent", Alert.id))),
        )
    ).one()
    return Outbox(*(int(n) for n in row))


def bot_backlog(session: Session) -> dict[tuple[str, str, str], int]:
    """Chat-bot messages received and replies queued, per platform and status:
    ``(platform, "messages" | "replies", status) -> count``."""
    out: dict[tuple[str, str, str], int] = {}
    for name, model in (("messages", BotUpdate), ("replies", BotReply)):
        stmt = select(model.platform, model.status, func.count(model.id)).group_by(
            model.platform, model.status
        )
        for platform, status, n in session.execute(stmt):
            out[(platform, name, status)] = int(n)
    return out


def snapshot_bytes(session: Session) -> tuple[int, int, int]:
    """Snapshots kept: how many, their bytes as stored (compressed) and as fetched."""
    row = session.execute(
        select(
            func.count(Snapshot.id),
            func.coalesce(func.sum(func.length(Snapshot.body)), 0),
            func.coalesce(func.sum(Snapshot.size), 0),
        )
    ).one()
    return int(row[0]), int(row[1]), int(row[2])
