"""Periodic crawls: every source that is enabled (by the file) and not paused (by an admin) on
its schedule (APScheduler), never two crawls of one source at once, and crawls an admin asked
for (crawl runs with status "queued"). The jobs follow the ``sources`` table, so a source an
admin adds, edits or pauses on ``/sources`` is picked up within 15 seconds.

Each crawl runs as a ``waspada crawl --source NAME`` subprocess, never in this process:
Twisted's reactor cannot be restarted in one process (a second crawl here would fail with
``ReactorNotRestartable``), and a crawl's memory goes back to the system when it ends. The
subprocess inherits the environment, so it reads the same settings; a queued crawl run's id
is handed to it on its command line (``--run-id``).

Never two crawls of one source at once, across processes too: before it starts a crawl, the
launcher *claims* it in one transaction that locks the source's row (``SELECT ... FOR UPDATE``
on PostgreSQL; SQLite's single writer is one server) and, if no crawl of the source is
running, writes the crawl run as ``running`` (a new row, or the admin's queued row, taken with
``UPDATE ... WHERE status = 'queued'``). The subprocess records its crawl on that row. So the
row exists before any crawl process does: a leader killed right after starting a crawl leaves
a ``running`` row that the next leader sees, and that crawl (a separate process, which
outlives its parent) finishes and closes its row on its own. A crawl process that ends without
closing its row (killed, or failed before its crawl opened) has it closed as failed by the
launcher that waited on it.

With several servers only the leader runs the schedule (:class:`ScheduleWhileLeading`,
:mod:`store.leader`); the claim keeps a crawl from being doubled even in the moment two
processes both believe they lead (a leader cut off from the database, not yet told).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import signal
import subprocess
import sys
import threading
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from crawler.sources import (
    SourcesFileError,
    SourceSpec,
    crawlable_specs,
    load_sources,
    parse_schedule,
    sync_sources,
)
from store.db import transaction
from store.leader import Leadership
from store.models import CrawlRun, Source, utcnow
from store.run_liveness import START_GRACE, run_alive
from store.services.sources import crawlable
from waspada.settings import Settings

log = logging.getLogger(__name__)

# A "running" row older than this is a crawl that died without closing its run.
STALE_RUN = dt.timedelta(hours=12)
FAILURE_LIMIT = 3  # consecutive failed runs after which a source is paused (reported in logs)
QUEUE_POLL_S = 15
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
            return self._refusal(session, source_name, manual=manual)

    def _refusal(
        self, session: Session, source_name: str, *, manual: bool, lock: bool = False
    ) -> str | None:
        stmt = select(Source).where(Source.name == source_name)
        if lock and session.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update()  # claims of one source wait for each other
        source = session.scalar(stmt)
        if source is None:
            return "unknown source"
        if not crawlable(source) and not manual:
            return "source paused by an admin" if source.paused else "source disabled"
        runs = list(
            session.scalars(
                select(CrawlRun)
                .where(CrawlRun.source_id == source.id, CrawlRun.status != "queued")
                .order_by(CrawlRun.id.desc())
                .limit(FAILURE_LIMIT + 1)
            )
        )
        if any(
            r.status == "running" and utcnow() - r.started_at < STALE_RUN and not _gone(session, r)
            for r in runs
        ):
            return "a crawl of this source is already running"
        finished = [r for r in runs if r.status in ("ok", "failed")][:FAILURE_LIMIT]
        if (
            not manual
            and len(finished) == FAILURE_LIMIT
            and all(r.status == "failed" for r in finished)
        ):
            return f"the last {FAILURE_LIMIT} crawls failed; start one by hand after fixing it"
        return None

    def claim(
        self, source_name: str, *, manual: bool = False, run_id: int | None = None
    ) -> tuple[int | None, str | None]:
        """Write the crawl run this launcher is about to start, as ``running``, unless a crawl
        of the source is running or it may not run; returns (run id, None) or (None, reason).
        ``run_id`` is an admin's queued row: it is taken only if it is still queued."""
        with transaction(self.sessions) as session:
            reason = self._refusal(session, source_name, manual=manual, lock=True)
            if reason:
                return None, reason
            source = session.scalar(select(Source).where(Source.name == source_name))
            assert source is not None
            if run_id:
                taken = session.execute(
                    update(CrawlRun)
                    .where(CrawlRun.id == run_id, CrawlRun.status == "queued")
                    .values(status="running", started_at=utcnow())
                    .execution_options(synchronize_session=False)
                ).rowcount  # type: ignore[attr-defined]
                return (run_id, None) if taken else (None, "queued run already taken")
            run = CrawlRun(source_id=source.id, spider=source.spider, status="running")
            session.add(run)
            session.flush()
            return run.id, None

    def launch(self, source_name: str, *, manual: bool = False, run_id: int | None = None) -> int:
        """Crawl one source in a subprocess and wait for it; returns its exit status."""
        with self._lock:
            if source_name in self._running:
                log.info("skip %s: still crawling", source_name)
                return 0
            claimed, reason = self.claim(source_name, manual=manual, run_id=run_id)
            if claimed is None:
                log.warning("skip %s: %s", source_name, reason)
                return 0
            self._running.add(source_name)
        try:
            # The crawl is recorded on the claimed row (an admin's queued one, or ours).
            cmd = [sys.executable, "-m", "cli.app", "crawl", "--source", source_name, "--json",
                   "--run-id", str(claimed)]  # fmt: skip
            proc = subprocess.run(cmd, check=False)
            log.info("crawl of %s ended with status %s", source_name, proc.returncode)
            self._close_abandoned(claimed, proc.returncode)
            return proc.returncode
        finally:
            with self._lock:
                self._running.discard(source_name)

    def _close_abandoned(self, run_id: int, returncode: int) -> None:
        """A crawl process that ended without closing its run (killed, or failed before its
        crawl opened) would hold its source as "running" for STALE_RUN: close it as failed."""
        with transaction(self.sessions) as session:
            session.execute(
                update(CrawlRun)
                .where(CrawlRun.id == run_id, CrawlRun.status == "running")
                .values(
                    status="failed", finished_at=utcnow(),
                    error_summary=f"the crawl process ended (status {returncode}) "
                    "without recording the end of its run",
                )
                .execution_options(synchronize_session=False)
            )  # fmt: skip

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


def _gone(session: Session, run: CrawlRun) -> bool:
    """A running run whose process is known to be gone (PostgreSQL: its lock is free, after
    the start grace; store.run_liveness) is closed as failed here, so a failover does not
    wait STALE_RUN. Within a claim the change commits; in should_run it is only looked at."""
    if utcnow() - run.started_at < START_GRACE or run_alive(session, run.id) is not False:
        return False
    run.status, run.finished_at = "failed", utcnow()
    run.error_summary = "the crawl process is gone (its machine or process died mid-crawl)"
    log.warning("crawl run %s of source %s: its process is gone", run.id, run.source_id)
    return True


# Jobs of the scheduler's own (a source's job is named after the source; source names never
# start with "_").
QUEUE_JOB = "_queued-crawls"
SOURCES_JOB = "_sources"


def _trigger(schedule: str, scale: float = 1.0) -> IntervalTrigger | CronTrigger:
    """``scale`` (WASPADA_SCHEDULER_TIME_SCALE, 1 in production) shrinks intervals for tests
    and failover drills; crontab lines are clock times and are not scaled."""
    parsed: dict[str, Any] = parse_schedule(schedule)
    if "interval" in parsed:
        if scale != 1.0:
            seconds = dt.timedelta(**parsed["interval"]).total_seconds() * scale
            return IntervalTrigger(seconds=max(1.0, seconds))
        return IntervalTrigger(**parsed["interval"])
    return CronTrigger.from_crontab(parsed["cron"])


class SourceJobs:
    """Keeps the scheduler's crawl jobs in step with the ``sources`` table: a source an admin
    adds, edits, pauses or resumes on ``/sources`` takes effect within :data:`QUEUE_POLL_S`
    seconds, with no restart."""

    def __init__(self, scheduler: BaseScheduler, launcher: CrawlLauncher) -> None:
        self.scheduler = scheduler
        self.launcher = launcher
        self.scheduled: dict[str, str] = {}  # source name -> the schedule its job runs on

    def reconcile(self, *, first: dt.datetime | None = None) -> None:
        """Add, replace and remove jobs to match the crawlable sources. ``first``: the first
        run of the jobs added now (staggered); by default, one interval from now."""
        wanted: dict[str, SourceSpec] = {s.name: s for s in crawlable_specs(self.launcher.sessions)}
        for name in [n for n, sched in self.scheduled.items()
                     if n not in wanted or wanted[n].schedule != sched]:  # fmt: skip
            with contextlib.suppress(Exception):  # already gone: nothing to remove
                self.scheduler.remove_job(name)
            del self.scheduled[name]
            log.info("crawl job of %s removed", name)
        new = [spec for name, spec in wanted.items() if name not in self.scheduled]
        for n, spec in enumerate(new):
            try:
                trigger = _trigger(spec.schedule, self.launcher.settings.scheduler_time_scale)
            except ValueError as exc:  # a row written before today's rules: say so, skip it
                log.error("source %s not scheduled: %s", spec.name, exc)
                continue
            extra: dict[str, Any] = {}
            if first is not None:
                # First runs are staggered so a restart does not start every crawl at once,
                # and come no sooner than one interval after the source's last crawl, so a
                # restart or a new leader's takeover crawls a source once per interval still.
                extra["next_run_time"] = max(
                    first + n * STAGGER, self._not_before(spec.name, trigger)
                )
            # max_instances=1 and coalesce: a slow crawl is never overlapped by its next turn.
            self.scheduler.add_job(
                self.launcher.launch, trigger, args=[spec.name], id=spec.name,
                max_instances=1, coalesce=True, **extra,
            )  # fmt: skip
            self.scheduled[spec.name] = spec.schedule

    def _not_before(self, name: str, trigger: IntervalTrigger | CronTrigger) -> dt.datetime:
        if not isinstance(trigger, IntervalTrigger):
            return dt.datetime.min.replace(tzinfo=dt.UTC)  # crontab lines keep their clock
        with self.launcher.sessions() as session:
            last = session.scalar(
                select(func.max(CrawlRun.started_at))
                .join(Source, CrawlRun.source_id == Source.id)
                .where(Source.name == name, CrawlRun.status != "queued")
            )
        if last is None:
            return dt.datetime.min.replace(tzinfo=dt.UTC)
        return last + trigger.interval


def build_scheduler(
    settings: Settings, sessions: sessionmaker[Session], *, blocking: bool = False
) -> BaseScheduler:
    launcher = CrawlLauncher(settings, sessions)
    try:
        specs = load_sources(settings.sources_file)
    except SourcesFileError as exc:
        log.error("%s: only the sources admins manage on /sources are crawled", exc)
        specs = []
    sync_sources(launcher.sessions, specs)
    scheduler: BaseScheduler = BlockingScheduler() if blocking else BackgroundScheduler()
    jobs = SourceJobs(scheduler, launcher)
    delay = dt.timedelta(seconds=settings.scheduler_start_delay_s)
    jobs.reconcile(first=dt.datetime.now(dt.UTC) + delay)
    scheduler.add_job(jobs.reconcile, IntervalTrigger(seconds=QUEUE_POLL_S),
                      id=SOURCES_JOB, max_instances=1, coalesce=True)  # fmt: skip
    scheduler.add_job(launcher.dispatch_queued, IntervalTrigger(seconds=QUEUE_POLL_S),
                      id=QUEUE_JOB, max_instances=1, coalesce=True)  # fmt: skip
    return scheduler


class ScheduleWhileLeading:
    """The crawl schedule (and the dispatch of queued crawls) runs in the leading process only:
    a scheduler is built and started when this process is elected, and shut down when it
    stops leading. Crawls already started go on (each is its own process, holding its run)."""

    def __init__(self, settings: Settings, sessions: sessionmaker[Session]) -> None:
        self.settings = settings
        self.sessions = sessions
        self.scheduler: BaseScheduler | None = None
        self.leadership = Leadership(
            settings.database_url, lock_id=settings.leader_lock_id,
            poll_s=settings.leader_poll_s, on_elected=self._start, on_lost=self._stop,
        )  # fmt: skip

    @property
    def is_leader(self) -> bool:
        return self.leadership.is_leader

    def start(self) -> None:
        self.leadership.start()

    def close(self) -> None:
        self.leadership.close()

    def _start(self) -> None:
        # The sources are synced from the file by the leader only, so servers never race on it.
        self.scheduler = build_scheduler(self.settings, self.sessions)
        self.scheduler.start()

    def _stop(self) -> None:
        if self.scheduler is not None:
            self.scheduler.shutdown(wait=False)
            self.scheduler = None


def run_forever(settings: Settings, sessions: sessionmaker[Session]) -> None:
    """``waspada schedule``: competes for leadership like ``waspada serve`` does, so any number
    of schedule and serve processes on one PostgreSQL run one schedule between them."""
    logging.basicConfig(level=settings.log_level)
    schedule = ScheduleWhileLeading(settings, sessions)
    stop = threading.Event()
    # Ctrl-C and a service manager's stop (SIGTERM) end the loop. The handlers are installed
    # here rather than left to Python's default: a process started with SIGINT ignored (the
    # disposition is inherited, and Scrapy's CrawlerProcess leaves SIG_IGN behind in the
    # process that ran it) would otherwise never see Ctrl-C, and SIGTERM would skip the
    # "no longer leads" hand-over below.
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stop.set())
    schedule.start()
    try:
        with contextlib.suppress(KeyboardInterrupt, SystemExit):
            while not stop.wait(3600):
                pass
    finally:
        schedule.close()
