"""Sources and their crawl runs, for the admins' page; "crawl now" requests.

A request is a ``CrawlRun`` row with status ``queued``: the scheduler (``crawler.schedule``,
``dispatch_queued``, every 15 s) starts it and the crawl takes the row over. The web service
never starts a crawl itself: a crawl runs Twisted in its own process.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from store.db import transaction
from store.errors import Conflict, NotFound
from store.models import CrawlRun, Source, User, utcnow
from store.services import audit

ACTIVE = ("queued", "running")
# As crawler.schedule.STALE_RUN: a "running" row older than this is a crawl that died.
STALE_RUN = dt.timedelta(hours=12)


@dataclass
class SourceStatus:
    source: Source
    last_run: CrawlRun | None
    pending: CrawlRun | None  # a queued or running crawl, if any


def sources_with_runs(session: Session) -> list[SourceStatus]:
    sources = list(session.scalars(select(Source).order_by(Source.name)))
    last_ids = select(func.max(CrawlRun.id)).group_by(CrawlRun.source_id)
    last = {
        r.source_id: r for r in session.scalars(select(CrawlRun).where(CrawlRun.id.in_(last_ids)))
    }
    pending: dict[int | None, CrawlRun] = {}
    for run in session.scalars(
        select(CrawlRun).where(CrawlRun.status.in_(ACTIVE)).order_by(CrawlRun.id)
    ):
        pending.setdefault(run.source_id, run)
    return [SourceStatus(s, last.get(s.id), pending.get(s.id)) for s in sources]


def recent_runs(
    session: Session, *, source_id: int | None = None, limit: int = 50
) -> list[CrawlRun]:
    stmt = select(CrawlRun).order_by(CrawlRun.id.desc()).limit(limit)
    if source_id is not None:
        stmt = stmt.where(CrawlRun.source_id == source_id)
    return list(session.scalars(stmt))


def queue_crawl(factory: sessionmaker[Session], source_id: int, actor: User) -> CrawlRun:
    """Ask the scheduler to crawl a source now (admins; also a source paused after failures)."""
    with transaction(factory) as session:
        source = session.get(Source, source_id, with_for_update=True)
        if source is None:
            raise NotFound(f"Sumber {source_id} tidak ditemukan.")
        busy = next(
            (
                r
                for r in session.scalars(
                    select(CrawlRun).where(
                        CrawlRun.source_id == source_id, CrawlRun.status.in_(ACTIVE)
                    )
                )
                if r.status == "queued" or utcnow() - r.started_at < STALE_RUN
            ),
            None,
        )
        if busy is not None:
            state = "sudah dalam antrean" if busy.status == "queued" else "sedang berjalan"
            raise Conflict(
                f"Perayapan sumber '{source.name}' {state} (run {busy.id}); tunggu sampai selesai."
            )
        run = CrawlRun(source=source, spider=source.spider, status="queued", started_at=utcnow())
        session.add(run)
        session.flush()
        audit.record(
            session,
            actor=actor,
            action="crawl.queue",
            target_type="source",
            target_id=source.id,
            after={"crawl_run_id": run.id, "source": source.name, "spider": source.spider},
        )
    return run
