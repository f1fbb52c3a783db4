"""A crawl is claimed (its run written as "running") before its process starts, so two
launchers, in one process or in two servers, never start two crawls of one source at once."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from crawler.schedule import CrawlLauncher, SourceJobs, _trigger
from crawler.sources import load_sources, sync_sources
from store.db import transaction
from store.models import CrawlRun, Source, utcnow
from store.run_liveness import START_GRACE, RunLock, run_alive
from waspada.settings import Settings


def _launchers(
    migrated_url: str, factory: sessionmaker[Session], tmp_path: Path, n: int = 2
) -> list[CrawlLauncher]:
    sources = tmp_path / "s.toml"
    sources.write_text(
        '[[source]]\nname = "loker"\nspider = "feed"\nstart_urls = ["http://127.0.0.1:9/f"]\n'
    )
    settings = Settings(  # type: ignore[call-arg]
        database_url=migrated_url, data_dir=tmp_path / "var", sources_file=sources,
        _env_file=None,
    )  # fmt: skip
    sync_sources(factory, load_sources(sources))
    # One launcher per server: each has its own in-process guard, so only the claim protects.
    return [CrawlLauncher(settings, factory) for _ in range(n)]


def _runs(factory: sessionmaker[Session]) -> list[tuple[int, str]]:
    with factory() as s:
        return [(r.id, r.status) for r in s.scalars(select(CrawlRun).order_by(CrawlRun.id))]


def test_a_claimed_crawl_holds_its_source_for_every_launcher(
    migrated_url: str, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    first, second = _launchers(migrated_url, factory, tmp_path)
    run_id, reason = first.claim("loker")
    assert run_id is not None and reason is None
    assert _runs(factory) == [(run_id, "running")]  # written before any process starts
    assert second.claim("loker") == (None, "a crawl of this source is already running")
    assert first.claim("loker", manual=True)[0] is None  # an admin's crawl waits too

    # The crawl process died without closing its run: its launcher closes it as failed, and
    # the source is free again.
    first._close_abandoned(run_id, -9)
    with factory() as s:
        run = s.get(CrawlRun, run_id)
        assert run is not None and run.status == "failed" and run.finished_at is not None
        assert "status -9" in run.error_summary
    again, _ = second.claim("loker")
    assert again is not None and again != run_id


def test_a_closed_run_is_left_as_its_crawl_recorded_it(
    migrated_url: str, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    (launcher,) = _launchers(migrated_url, factory, tmp_path, n=1)
    run_id, _ = launcher.claim("loker")
    with transaction(factory) as s:
        run = s.get(CrawlRun, run_id)
        assert run is not None
        run.status = "ok"
    launcher._close_abandoned(run_id, 0)  # type: ignore[arg-type]
    assert _runs(factory) == [(run_id, "ok")]


def test_an_admins_queued_run_is_taken_once(
    migrated_url: str, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    first, second = _launchers(migrated_url, factory, tmp_path)
    with transaction(factory) as s:
        source_id = s.scalar(select(Source.id).where(Source.name == "loker"))
        queued = CrawlRun(source_id=source_id, spider="feed", status="queued")
        s.add(queued)
        s.flush()
        queued_id = queued.id
    assert first.claim("loker", manual=True, run_id=queued_id) == (queued_id, None)
    assert second.claim("loker", manual=True, run_id=queued_id)[0] is None
    assert _runs(factory) == [(queued_id, "running")]  # no second row


def test_claims_at_the_same_moment_start_one_crawl(
    migrated_url: str, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    if not migrated_url.startswith("postgresql"):
        pytest.skip("several servers need PostgreSQL; SQLite is one server (one launcher)")
    launchers = _launchers(migrated_url, factory, tmp_path, n=8)
    barrier = threading.Barrier(len(launchers))
    got: list[int | None] = []

    def claim(launcher: CrawlLauncher) -> None:
        barrier.wait()
        got.append(launcher.claim("loker")[0])

    threads = [threading.Thread(target=claim, args=(launcher,)) for launcher in launchers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert len(got) == 8 and len([g for g in got if g is not None]) == 1
    assert len(_runs(factory)) == 1


def test_time_scale_shrinks_intervals_not_crontab_lines() -> None:
    assert _trigger("every 1h", 0.002).interval.total_seconds() == pytest.approx(7.2)  # type: ignore[union-attr]
    assert _trigger("every 1h").interval.total_seconds() == 3600  # type: ignore[union-attr]
    assert _trigger("0 */6 * * *", 0.002).__class__.__name__ == "CronTrigger"


def test_a_run_whose_process_is_gone_frees_its_source(
    migrated_url: str, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    """PostgreSQL: a crawl process holds its run's lock while it lives (store.run_liveness).
    A run left "running" by a machine that died with its crawl frees the source once the
    start grace has passed, instead of after STALE_RUN (12 hours)."""
    if not migrated_url.startswith("postgresql"):
        pytest.skip("SQLite cannot tell; the 12-hour rule applies")
    first, second = _launchers(migrated_url, factory, tmp_path)
    run_id, _ = first.claim("loker")
    assert run_id is not None

    def age(run: int, by: dt.timedelta) -> None:
        with transaction(factory) as s:
            row = s.get(CrawlRun, run)
            assert row is not None
            row.started_at = utcnow() - by

    # Within the grace its process may still be starting: it counts as running.
    assert second.claim("loker")[0] is None
    # Past the grace, with its process alive (holding the lock): still running.
    age(run_id, START_GRACE + dt.timedelta(minutes=1))
    alive = RunLock(migrated_url, run_id)
    try:
        with factory() as s:
            assert run_alive(s, run_id) is True
        assert second.claim("loker")[0] is None
    finally:
        alive.release()
    # Its process gone (the lock free): the run is closed as failed and a new crawl starts.
    again, reason = second.claim("loker")
    assert again is not None and reason is None
    with factory() as s:
        gone = s.get(CrawlRun, run_id)
        assert gone is not None and gone.status == "failed" and "gone" in gone.error_summary
        assert run_alive(s, run_id) is False


def test_a_new_leader_crawls_no_sooner_than_one_interval_after_the_last_crawl(
    migrated_url: str, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    """A takeover (or a restart) schedules each source's first crawl one interval after its
    last one, not at once: a source is crawled once per interval across servers."""
    from apscheduler.schedulers.background import BackgroundScheduler

    (launcher,) = _launchers(migrated_url, factory, tmp_path, n=1)  # "every 6h" (the default)
    now = dt.datetime.now(dt.UTC)
    jobs = SourceJobs(BackgroundScheduler(timezone=dt.UTC), launcher)
    jobs.reconcile(first=now)
    assert jobs.scheduler.get_job("loker").next_run_time == now  # never crawled: at once

    last = now - dt.timedelta(hours=1)
    with transaction(factory) as s:
        source_id = s.scalar(select(Source.id).where(Source.name == "loker"))
        s.add(CrawlRun(source_id=source_id, spider="feed", status="ok", started_at=last))
    jobs = SourceJobs(BackgroundScheduler(timezone=dt.UTC), launcher)
    jobs.reconcile(first=now)
    due = jobs.scheduler.get_job("loker").next_run_time
    assert abs((due - (last + dt.timedelta(hours=6))).total_seconds()) < 1
