"""``waspada schedule`` competes for leadership as ``waspada serve`` does: on PostgreSQL it
crawls only once it holds the leader lock; on SQLite it leads at once. Ctrl-C stops it."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.leader import Leadership
from store.models import CrawlRun
from tests.fixture_adverts import LEGIT
from tests.fixture_site import FixtureSite, synthetic_jsonld

WASPADA = str(Path(sys.executable).with_name("waspada"))


def _statuses(factory: sessionmaker[Session]) -> list[str]:
    with factory() as s:
        return list(s.scalars(select(CrawlRun.status)))


def test_schedule_crawls_once_it_leads_and_stops_on_ctrl_c(
    migrated_url: str, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    lock_id = random.randrange(1, 2**62)
    pg = migrated_url.startswith("postgresql")
    other = Leadership(migrated_url, lock_id=lock_id, poll_s=0.2)  # another server, leading
    if pg:
        other.start()
        assert other.is_leader
    with FixtureSite() as site:
        page = site.add("/lowongan/1", synthetic_jsonld("Kasir", LEGIT[0], "Toko Maju"))
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
            "WASPADA_SCHEDULER_TIME_SCALE": str(60 / 3600),  # every minute: one crawl here
            "WASPADA_SCHEDULER_START_DELAY_S": "0",
            "WASPADA_LEADER_POLL_S": "0.3",
            "WASPADA_LEADER_LOCK_ID": str(lock_id),
            "WASPADA_REDIS_URL": "",
            "WASPADA_LOG_LEVEL": "INFO",
        }
        # Started with SIGINT ignored, as a process inherits it from a parent that ignores it
        # (Scrapy's CrawlerProcess leaves SIG_IGN behind): Ctrl-C must still stop it.
        proc = subprocess.Popen(
            [WASPADA, "schedule"], env=env, stderr=subprocess.PIPE, text=True,
            start_new_session=True,
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
        )  # fmt: skip
        try:
            if pg:
                time.sleep(4)  # several polls: a follower starts no crawl
                assert _statuses(factory) == []
                other.close()  # the leader goes: `waspada schedule` takes over and crawls
            deadline = time.monotonic() + 120
            while _statuses(factory) != ["ok"]:
                assert time.monotonic() < deadline, _statuses(factory)
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                time.sleep(0.1)
            proc.send_signal(signal.SIGINT)  # Ctrl-C
            _, err = proc.communicate(timeout=30)
        finally:
            other.close()
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
    assert proc.returncode == 0, err[-2000:]
    assert "now leads" in err and "no longer leads: shutting down" in err
    assert site.hits["/lowongan/1"] == 1
