"""Periodic crawls: every enabled source on its schedule (APScheduler), never two crawls of
one source at once, and crawls an admin asked for (crawl runs with status "queued").

Each crawl runs as a ``waspada crawl --source NAME`` subprocess, never in this process:
Twisted's reactor cannot be restarted in one process (a second crawl here would fail with
``ReactorNotRestartable``), and a crawl's memory goes back to the system when it ends. The
subprocess inherits the environment, so it reads the same settings; a queued crawl run's id
is handed to it on its command line (``--run-id``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import subprocess
import sys
import threading
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from crawler.sources import SourcesFileError, load_sources, parse_schedule, sync_sources
from store.db import transaction
from store.models import CrawlRun, Source, utcnow
from waspada.settings import Settings

log = logging.getLogger(__name__)

# A "running" row older than this is a crawl that died without closing its run.
STALE_RUN = dt.timedelta(hours=12)
FAILURE_LIMIT = 3  # consecutive failed runs after which a source is paused (reported in logs)
QUEUE_POLL_S = 15
STARTUP_DELAY = dt.timedelta(seconds=30)
STAGGER = dt.timedelta(minutes=2)


class CrawlLauncher:
    def __init__(self, settings: Settings, sessions: sessionmaker[Session]) -> None:
        self.settings = settings
        self.sessions = sessions
        self._running: set[str] = set()
        self._lock = threading.Lock()

    def should_run(self, source_name: str, *, manual: bool = False) -> str | None:
        """None if the source may be crawled now, else the reason it may not."""
        with self.sessions() as session:
            source = session.scalar(select(Source).where(Source.name == source_name))
            if source is None or (not source.enabled and not manual):
                return "source disabled or unknown"
            runs = list(
                session.scalars(
                    select(CrawlRun)
                    .where(CrawlRun.source_id == source.id)
                    .order_by(CrawlRun.id.desc())
                    .limit(FAILURE_LIMIT + 1)
                )
            )
        if any(r.status == "running" and utcnow() - r.started_at < STALE_RUN for r in runs):
            return "a crawl of this source is already running"
        finished = [r for r in runs if r.status in ("ok", "failed")][:FAILURE_LIMIT]
        if (
            not manual
            and len(finished) == FAILURE_LIMIT
            and all(r.status == "failed" for r in finished)
        ):
            return f"the last {FAILURE_LIMIT} crawls failed; start one by hand after fixing it"
        return None

    def launch(self, source_name: str, *, manual: bool = False, run_id: int | None = None) -> int:
        """Crawl one source in a subprocess and wait for it; returns its exit status."""
        with self._lock:
            if source_name in self._running:
                log.info("skip %s: still crawling", source_name)
                return 0
            reason = self.should_run(source_name, manual=manual)
            if reason:
                log.warning("skip %s: %s", source_name, reason)
                return 0
            self._running.add(source_name)
        try:
            cmd = [sys.executable, "-m", "cli.app", "crawl", "--source", source_name, "--json"]
            if run_id:  # an admin's queued crawl run: the crawl is recorded on that row
                cmd += ["--run-id", str(run_id)]
            proc = subprocess.run(cmd, check=False)
            log.info("crawl of %s ended with status %s", source_name, proc.returncode)
            return proc.returncode
        finally:
            with self._lock:
                self._running.discard(source_name)

    def dispatch_queued(self) -> None:
        """Start the crawls an admin queued through the API."""
        with transaction(self.sessions) as session:
            queued = [
                (r.id, r.source.name)
                for r in session.scalars(select(CrawlRun).where(CrawlRun.status == "queued"))
                if r.source is not None
            ]
        for run_id, name in queued:
            threading.Thread(
                target=self.launch, args=(name,), kwargs={"manual": True, "run_id": run_id},
                daemon=True,
            ).start()  # fmt: skip


def build_scheduler(
    settings: Settings, sessions: sessionmaker[Session], *, blocking: bool = False
) -> BaseScheduler:
    launcher = CrawlLauncher(settings, sessions)
    try:
        specs = load_sources(settings.sources_file)
    except SourcesFileError as exc:
        log.error("%s: no scheduled crawls", exc)
        specs = []
    sync_sources(launcher.sessions, specs)
    scheduler: BaseScheduler = BlockingScheduler() if blocking else BackgroundScheduler()
    first = dt.datetime.now(dt.UTC) + STARTUP_DELAY
    for n, spec in enumerate(s for s in specs if s.enabled):
        parsed: dict[str, Any] = parse_schedule(spec.schedule)
        trigger = (
            IntervalTrigger(**parsed["interval"])
            if "interval" in parsed
            else CronTrigger.from_crontab(parsed["cron"])
        )
        # max_instances=1 and coalesce: a slow crawl is never overlapped by its next turn.
        # First runs are staggered so a restart does not start every crawl at once.
        scheduler.add_job(
            launcher.launch, trigger, args=[spec.name], id=spec.name,
            max_instances=1, coalesce=True, next_run_time=first + n * STAGGER,
        )  # fmt: skip
    scheduler.add_job(launcher.dispatch_queued, IntervalTrigger(seconds=QUEUE_POLL_S),
                      id="queued-crawls", max_instances=1, coalesce=True)  # fmt: skip
    return scheduler


def run_forever(settings: Settings, sessions: sessionmaker[Session]) -> None:
    logging.basicConfig(level=settings.log_level)
    scheduler = build_scheduler(settings, sessions, blocking=True)
    with contextlib.suppress(KeyboardInterrupt, SystemExit):  # Ctrl-C is the way to stop
        scheduler.start()
