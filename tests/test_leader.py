"""Leader election (store/leader.py): SQLite always leads; on PostgreSQL one holder of the
advisory lock at a time, taken over when the holder's session ends. The two-server test with
a killed leader is tests/crawler/test_several_servers.py."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text

from store.leader import Leadership, held_by, leader_name
from store.migrate import upgrade
from tests.conftest import PG_URL, free_port

WASPADA = str(Path(sys.executable).with_name("waspada"))
needs_pg = pytest.mark.skipif(not PG_URL, reason="advisory locks are PostgreSQL's")


def _until(condition: Callable[[], bool], timeout: float) -> float:
    """Seconds until ``condition`` holds; fails after ``timeout``."""
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > timeout:
            raise AssertionError(f"not within {timeout} s")
        time.sleep(0.02)
    return time.monotonic() - start


def test_on_sqlite_the_one_server_leads(tmp_path: object) -> None:
    events: list[str] = []
    lead = Leadership(
        f"sqlite:///{tmp_path}/x.db", lock_id=1, poll_s=0.05,
        on_elected=lambda: events.append("elected"), on_lost=lambda: events.append("lost"),
    )  # fmt: skip
    assert not lead.is_leader
    lead.start()
    assert lead.is_leader and lead.poll() and events == ["elected"]
    lead.close()
    assert not lead.is_leader and events == ["elected", "lost"]


@needs_pg
def test_one_leader_and_a_takeover_when_it_goes() -> None:
    assert PG_URL is not None
    key = random.randrange(1, 2**62)  # tests on one server must not share a lock
    events: list[str] = []
    a, b = (
        Leadership(
            PG_URL,
            lock_id=key,
            poll_s=0.1,
            on_elected=lambda n=name: events.append(f"{n}+"),
            on_lost=lambda n=name: events.append(f"{n}-"),
        )
        for name in "ab"
    )
    try:
        a.start()
        b.start()
        assert a.is_leader and not b.is_leader
        time.sleep(0.35)  # a few rounds: the leader keeps the lock, the follower stays out
        assert a.is_leader and not b.is_leader and events == ["a+"]
        a.close()  # a clean stop frees the lock at once
        waited = _until(lambda: b.is_leader, timeout=3)
        assert waited < 1.0 and events == ["a+", "a-", "b+"]
    finally:
        a.close()
        b.close()


@needs_pg
def test_a_leader_whose_session_ends_steps_down() -> None:
    """The database ends the leader's session (a restart, a network cut, an operator's
    pg_terminate_backend): the leader steps down at its next check, another one leads."""
    assert PG_URL is not None
    key = random.randrange(1, 2**62)
    events: list[str] = []
    a = Leadership(PG_URL, lock_id=key, poll_s=0.1, on_lost=lambda: events.append("a-"))
    b = Leadership(PG_URL, lock_id=key, poll_s=0.1, on_elected=lambda: events.append("b+"))
    admin = create_engine(PG_URL)
    try:
        a.start()
        assert a.is_leader
        b.start()
        with admin.connect() as conn:
            holders = conn.execute(
                text(
                    "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted"
                    " AND ((classid::bigint << 32) | objid::bigint) = :key"
                ),
                {"key": key},
            ).scalars().all()  # fmt: skip
            assert len(holders) == 1
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": holders[0]})
        _until(lambda: b.is_leader and not a.is_leader, timeout=3)
        assert events[0] == "a-" and "b+" in events
        time.sleep(0.3)  # the old leader, now a follower, does not take the lock back
        assert b.is_leader and not a.is_leader
    finally:
        a.close()
        b.close()
        admin.dispose()


def test_a_failing_start_of_the_leaders_work_steps_down(tmp_path: object) -> None:
    tries: list[float] = []

    def boom() -> None:
        tries.append(time.monotonic())
        raise RuntimeError("scheduler would not start")

    lead = Leadership(f"sqlite:///{tmp_path}/x.db", lock_id=1, poll_s=0.05, on_elected=boom)
    lead.start()
    assert not lead.is_leader
    _until(lambda: len(tries) >= 3, timeout=3)  # it tries again each round
    lead.close()
    assert not lead.is_leader


@needs_pg
def test_a_serve_worker_can_tell_whether_its_parent_leads() -> None:
    """`waspada serve --workers N`: the parent competes; a worker asks whether the session
    named after its parent holds the lock."""
    assert PG_URL is not None
    key = random.randrange(1, 2**62)
    lead = Leadership(PG_URL, lock_id=key, poll_s=0.1)
    engine = create_engine(PG_URL)
    try:
        assert not held_by(engine, key, leader_name(os.getpid()))
        lead.start()
        assert held_by(engine, key, leader_name(os.getpid()))
        assert not held_by(engine, key, leader_name(os.getpid() + 1))
        assert not held_by(engine, key + 1, leader_name(os.getpid()))
    finally:
        lead.close()
        engine.dispose()
    assert held_by(create_engine("sqlite://"), key, "any")  # SQLite: the one server leads


def test_an_unreachable_database_means_follower_not_a_crash() -> None:
    url = "postgresql+psycopg://postgres@127.0.0.1:1/test"  # nothing listens on port 1
    lead = Leadership(url, lock_id=1, poll_s=0.1)
    lead.start()  # does not raise: it keeps trying in the background
    try:
        assert not lead.is_leader and not lead.poll()
    finally:
        lead.close()


@pytest.mark.parametrize("scheduler", ["true", "false"])
def test_serve_on_sqlite_leads_unless_its_scheduler_is_off(tmp_path: Path, scheduler: str) -> None:
    """The one SQLite server runs the schedule; /readyz says so (and says false when
    WASPADA_SCHEDULER_ENABLED=false keeps it out)."""
    url = f"sqlite:///{tmp_path}/w.db"
    upgrade(url)  # (on an empty database the scheduler cannot start, and it does not lead)
    env = {
        **os.environ,
        "WASPADA_DATABASE_URL": url,
        "WASPADA_DATA_DIR": str(tmp_path / "var"),
        "WASPADA_SOURCES_FILE": str(tmp_path / "none.toml"),
        "WASPADA_SCHEDULER_ENABLED": scheduler,
        "WASPADA_ALERTS_WORKER_ENABLED": "false",
        "WASPADA_MODEL_DIR": "/nonexistent",  # no model needed to answer /readyz
    }
    port = free_port()
    proc = subprocess.Popen(
        [WASPADA, "serve", "--host", "127.0.0.1", "--port", str(port)], env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        body = _until_json(f"http://127.0.0.1:{port}/readyz", proc, timeout=60)
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert body["leader"] is (scheduler == "true"), err[-2000:]


def _until_json(url: str, proc: subprocess.Popen[str], timeout: float) -> dict[str, object]:
    deadline = time.monotonic() + timeout
    while True:
        assert proc.poll() is None, "the server exited"
        try:
            return dict(httpx.get(url, timeout=2).json())
        except httpx.HTTPError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
