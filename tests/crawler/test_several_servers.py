"""Two real ``waspada serve`` processes on one PostgreSQL database, a scheduled source served
by a local fixture site, and the leader killed with SIGKILL while its crawl runs: the other
server takes over within its poll interval, the crawl the dead leader started is not doubled
(it runs on as an orphan and closes its own run), and every crawl runs once per interval.

Intervals are shrunk with WASPADA_SCHEDULER_TIME_SCALE so the test takes seconds. On SQLite a
single server always leads (tests/test_leader.py)."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.models import CrawlRun
from store.run_liveness import run_alive
from tests.conftest import PG_URL, free_port
from tests.fixture_adverts import LEGIT
from tests.fixture_site import FixtureSite, synthetic_jsonld

pytestmark = pytest.mark.skipif(
    not PG_URL, reason="several servers share PostgreSQL (CI sets WASPADA_TEST_DATABASE_URL)"
)

WASPADA = str(Path(sys.executable).with_name("waspada"))
INTERVAL_S = 8.0  # "every 1h", scaled
PAGE_DELAY_S = 2.0  # each crawl waits this long for its one page: the leader dies mid-crawl
POLL_S = 0.5


class Server:
    def __init__(self, name: str, env: dict[str, str], log_dir: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log_dir / f"{name}.log"
        with self.log.open("wb") as out:
            # Its own process group: the crawls it starts can be cleaned up with it at the end,
            # while the test's SIGKILL goes to the server alone (its crawl lives on).
            self.proc = subprocess.Popen(
                [WASPADA, "serve", "--host", "127.0.0.1", "--port", str(self.port)],
                env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip

    def ready(self) -> dict[str, Any] | None:
        try:
            return dict(httpx.get(f"{self.url}/readyz", timeout=2).json())
        except httpx.HTTPError:
            return None

    def tail(self) -> str:
        return self.log.read_text(errors="replace")[-3000:]


def _until(what: str, condition: Callable[[], Any], timeout: float) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not within {timeout} s")
        time.sleep(0.05)


@pytest.fixture
def servers() -> Iterator[list[Server]]:
    started: list[Server] = []
    yield started
    for server in started:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.proc.pid, signal.SIGKILL)  # the server and the crawls it started
        server.proc.wait(timeout=10)


def _runs(factory: sessionmaker[Session]) -> list[CrawlRun]:
    with factory() as s:
        return list(s.scalars(select(CrawlRun).order_by(CrawlRun.started_at)))


@pytest.mark.timeout(420)
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_two_servers_one_schedule_and_a_killed_leader(
    migrated_url: str,
    factory: sessionmaker[Session],
    tmp_path: Path,
    servers: list[Server],
) -> None:
    with FixtureSite() as site:
        advert = synthetic_jsonld("Pramuniaga Toko", LEGIT[0], "Toko Sinar Jambi")
        page = site.add_slow("/lowongan/1", advert, PAGE_DELAY_S)
        sources = tmp_path / "sources.toml"
        sources.write_text(
            f'[[source]]\nname = "loker"\nspider = "jobposting"\nstart_urls = ["{page}"]\n'
            'schedule = "every 1h"\n'
        )
        env = {
            **os.environ,
            "WASPADA_DATABASE_URL": migrated_url,
            "WASPADA_DATA_DIR": str(tmp_path / "var"),
            "WASPADA_SOURCES_FILE": str(sources),
            "WASPADA_SCHEDULER_TIME_SCALE": str(INTERVAL_S / 3600),
            "WASPADA_SCHEDULER_START_DELAY_S": "0",
            "WASPADA_LEADER_POLL_S": str(POLL_S),
            # Tests share one PostgreSQL server: a lock of this test's own.
            "WASPADA_LEADER_LOCK_ID": str(random.randrange(1, 2**62)),
            "WASPADA_ALERTS_WORKER_ENABLED": "false",
            "WASPADA_REDIS_URL": "",
            "WASPADA_CRAWLER_RETRY_TIMES": "0",
            "WASPADA_LOG_LEVEL": "INFO",
        }
        # Both start at once and compete: one leads, the other follows.
        started = time.monotonic()
        pair = [Server("first", env, tmp_path), Server("second", env, tmp_path)]
        servers.extend(pair)
        states = [_until(f"{s.log.stem} server up", s.ready, 120) for s in pair]
        print(f"both servers up in {time.monotonic() - started:.1f} s")
        assert sorted(state["leader"] for state in states) == [False, True], states
        first, second = pair if states[0]["leader"] else pair[::-1]

        # The leader claims its first crawl (the run row exists before the crawl process):
        # it is killed at once, before its crawl has even fetched the page.
        _until("a crawl claimed", lambda: _runs(factory), 60)
        first.proc.send_signal(signal.SIGKILL)
        first.proc.wait(timeout=10)
        killed_at = time.monotonic()
        killed_utc = dt.datetime.now(dt.UTC)
        _until("takeover", lambda: (second.ready() or {}).get("leader"), 10)
        takeover_s = time.monotonic() - killed_at

        # The orphaned crawl holds its run's lock while it lives (store/run_liveness.py), so
        # no server mistakes it for a dead one; then it finishes and closes its run.
        orphan_id = _runs(factory)[0].id

        def orphan_seen_alive() -> bool:
            with factory() as s:
                return bool(run_alive(s, orphan_id))

        _until("the orphaned crawl's lock", orphan_seen_alive, 90)

        # The new leader crawls on its schedule.
        def two_runs_by_the_new_leader() -> bool:
            runs = _runs(factory)
            later = [r for r in runs[1:] if r.status != "running"]
            return len(later) >= 2

        _until("two crawls by the new leader", two_runs_by_the_new_leader, 120)
        elapsed = time.monotonic() - killed_at
        runs = _runs(factory)
        hits = site.hits["/lowongan/1"]

    log = f"\n--- first ---\n{first.tail()}\n--- second ---\n{second.tail()}"
    assert takeover_s <= POLL_S + 2.0, f"takeover took {takeover_s:.1f} s" + log
    finished = [r for r in runs if r.status != "running"]
    outcomes = [(r.id, r.status, r.error_summary) for r in runs]
    assert all(r.status == "ok" for r in finished), outcomes
    orphan, *after = runs
    print(f"takeover {takeover_s:.2f} s; {len(after)} crawls by the new leader in {elapsed:.1f} s")
    assert orphan.started_at < killed_utc and orphan.status == "ok" and orphan.items == 1, log
    # Never two crawls of the source at once: each starts after the previous one ended.
    for before, nxt in itertools.pairwise(finished):
        assert before.finished_at is not None and nxt.started_at >= before.finished_at, log
    # Once per interval, across the takeover too: the new leader's first crawl comes one
    # interval after the dead leader's, the next ones an interval apart; no more crawls ran
    # than intervals passed (plus the orphan).
    starts = [r.started_at for r in runs]
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(starts)]
    assert all(gap >= INTERVAL_S * 0.9 for gap in gaps), gaps
    assert len(after) <= elapsed / INTERVAL_S + 1, (len(after), elapsed)
    # The page was fetched once per crawl: no crawl ran that the rows do not show.
    assert hits == len(finished) + len([r for r in runs if r.status == "running"]), hits
