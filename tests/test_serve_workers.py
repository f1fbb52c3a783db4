"""``waspada serve --workers N``: real worker processes behind one port share the rate limits
(Redis), give the same answers, and together count every check once; without a shared store
for the limits the command refuses to start."""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from store.models import CitizenCheck
from tests.conftest import free_port
from tests.test_adverts_service import SCAM

WASPADA = str(Path(sys.executable).with_name("waspada"))
REDIS_URL = os.environ.get("WASPADA_TEST_REDIS_URL", "")
LIMIT = 6


def env_for(database_url: str, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "WASPADA_DATABASE_URL": database_url,
        "WASPADA_SCHEDULER_ENABLED": "false",
        "WASPADA_ALERTS_WORKER_ENABLED": "false",
        "WASPADA_LOG_LEVEL": "WARNING",
        # a fresh key: the limiter's client keys (an HMAC of the address) are new in Redis
        "WASPADA_SECRET_KEY": secrets.token_urlsafe(32),
        **extra,
    }


def worker_pids(parent: int) -> list[int]:
    """The uvicorn worker processes (spawned children) of ``parent``."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            cmdline = (stat.parent / "cmdline").read_bytes()
        except OSError:
            continue
        if int(fields[1]) == parent and b"spawn_main" in cmdline:
            pids.append(int(stat.parent.name))
    return pids


def wait_ready(base: str, proc: subprocess.Popen[str], timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()[1][-3000:]
        try:
            if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{base} not ready after {timeout} s")


@pytest.mark.skipif(not REDIS_URL, reason="needs Redis (WASPADA_TEST_REDIS_URL, set in CI)")
def test_workers_share_the_limits_and_count_every_check_once(
    migrated_url: str, factory: sessionmaker[Session]
) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = env_for(
        migrated_url,
        WASPADA_REDIS_URL=REDIS_URL,
        WASPADA_RATE_LIMIT_CHECK=f"{LIMIT}/minute",
        WASPADA_CHECK_COUNT_FLUSH_S="30",  # held in each worker until it stops
    )
    proc = subprocess.Popen(
        [WASPADA, "serve", "--workers", "2", "--port", str(port)], env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        wait_ready(base, proc)
        workers = worker_pids(proc.pid)
        assert len(workers) == 2
        # Each request on a new connection, so the two workers share them; with counters
        # per worker, up to twice the limit would pass.
        statuses, answers = [], []
        for i in range(3 * LIMIT):
            text = SCAM if i % 2 else f"{SCAM} Kode lowongan {i}."
            with httpx.Client(timeout=60) as client:
                response = client.post(f"{base}/api/check", json={"text": text})
            statuses.append(response.status_code)
            if response.status_code == 200:
                answers.append((text, response.json()))
        assert statuses.count(200) == LIMIT, statuses
        assert set(statuses) == {200, 429}
        # The same text gets the same answer from whichever worker (cached or not).
        same = [a for t, a in answers if t == SCAM]
        assert len(same) >= 2 and all(a["band"] == same[0]["band"] for a in same)
        assert all(a["red_flags"] == same[0]["red_flags"] for a in same)
        assert all(Path(f"/proc/{pid}").exists() for pid in workers)
    finally:
        proc.send_signal(signal.SIGTERM)  # the workers stop and write the counts they hold
        _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err[-3000:]
    with factory() as session:
        counted = session.scalar(select(func.count()).select_from(CitizenCheck))
    assert counted == LIMIT


def test_several_workers_need_shared_rate_limit_counters(migrated_url: str) -> None:
    env = env_for(migrated_url, WASPADA_REDIS_URL="", WASPADA_RATE_LIMIT_STORAGE_URI="memory://")
    done = subprocess.run(
        [WASPADA, "serve", "--workers", "2", "--port", str(free_port())],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode != 0
    assert "WASPADA_REDIS_URL" in done.stderr and "one worker" in done.stderr
