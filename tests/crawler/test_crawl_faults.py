"""Surviving faults: a crawl killed with SIGKILL resumes; a database outage loses nothing; two
crawler processes share one crawl through Redis."""

from __future__ import annotations

import json
import os
import time
import uuid
from pathlib import Path

import pytest
import redis
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from store.models import Advert
from tests.conftest import PG_URL
from tests.crawler.conftest import CrawlEnv
from tests.fixture_site import FixtureSite, build_big_listing_site
from tests.tcp_proxy import TcpProxy

REDIS_URL = os.environ.get("WASPADA_TEST_REDIS_URL", "")


def adverts(factory: sessionmaker[Session]) -> int:
    with factory() as s:
        return int(s.scalar(select(func.count()).select_from(Advert)) or 0)


def spool_lines(data_dir: Path) -> int:
    return sum(len(p.read_text().splitlines()) for p in data_dir.glob("crawls/*/spool.jsonl"))


def wait_for(predicate, timeout: float = 60) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not reached")
        time.sleep(0.05)


def test_sigkill_mid_crawl_then_resume_loses_and_duplicates_nothing(
    crawl_env: CrawlEnv, site: FixtureSite, factory: sessionmaker[Session]
) -> None:
    info = build_big_listing_site(site, 40, delay=0.15)
    args = ("listing", "--start-url", info["start"], "--options", json.dumps(info["options"]))
    proc = crawl_env.popen(*args)
    wait_for(lambda: spool_lines(crawl_env.data_dir) >= 10)
    proc.kill()  # SIGKILL: no chance to flush or close anything
    proc.wait(timeout=30)
    fetched_before = sum(site.hits[p] for p in info["details"])
    assert fetched_before < 40, "the crawl should have been killed mid-way"

    rc, _run, err = crawl_env.run(*args)
    assert rc == 0, err
    assert adverts(factory) == 40
    with factory() as s:
        urls = list(s.scalars(select(Advert.canonical_url)))
    assert len(set(urls)) == 40
    # Pages completed before the kill are not fetched again; only those in flight are.
    refetched = sum(site.hits[p] for p in info["details"]) - 40
    assert 0 <= refetched <= 4
    assert not list(crawl_env.data_dir.glob("crawls/*")), "state is cleared after a clean finish"


@pytest.mark.skipif(not PG_URL, reason="needs WASPADA_TEST_DATABASE_URL (set in CI)")
def test_database_outage_mid_crawl_loses_no_item(
    crawl_env: CrawlEnv, site: FixtureSite, factory: sessionmaker[Session], migrated_url: str
) -> None:
    if not migrated_url.startswith("postgresql"):
        pytest.skip("the outage is made with a proxy in front of PostgreSQL")
    url = make_url(migrated_url)
    proxy = TcpProxy(url.host or "127.0.0.1", url.port or 5432)
    via_proxy = url.set(port=proxy.port).render_as_string(hide_password=False)
    info = build_big_listing_site(site, 40, delay=0.05)
    args = ("listing", "--start-url", info["start"], "--options", json.dumps(info["options"]))
    try:
        proc = crawl_env.popen(*args, WASPADA_DATABASE_URL=via_proxy)
        wait_for(lambda: spool_lines(crawl_env.data_dir) >= 5)
        proxy.down()  # the database goes away mid-crawl
        out, err = proc.communicate(timeout=120)
        assert proc.returncode != 0 or "spool" in out
        assert adverts(factory) < 40
        assert spool_lines(crawl_env.data_dir) > 0  # nothing lost: waiting on disk
        proxy.restore()
        rc, _run, err = crawl_env.run(*args, WASPADA_DATABASE_URL=via_proxy)
        assert rc == 0, err
    finally:
        proxy.close()
    assert adverts(factory) == 40
    assert all(site.hits[p] == 1 for p in info["details"])  # stored from the spool, not refetched


@pytest.mark.skipif(not (PG_URL and REDIS_URL), reason="needs PostgreSQL and Redis (set in CI)")
def test_two_crawler_processes_share_one_crawl_through_redis(
    crawl_env: CrawlEnv, site: FixtureSite, factory: sessionmaker[Session], migrated_url: str
) -> None:
    if not migrated_url.startswith("postgresql"):
        pytest.skip("the shared crawl stores into PostgreSQL")
    key = f"test-{uuid.uuid4().hex[:8]}"
    # Slow enough pages (40 x 0.25 s at 2 per domain: ~5 s of crawling) that the process
    # which starts second, a second or two later on a busy machine, still finds work.
    info = build_big_listing_site(site, 40, delay=0.25)
    args = ("listing", "--start-url", info["start"], "--options", json.dumps(info["options"]),
            "--crawl-key", key)  # fmt: skip
    env = {"WASPADA_REDIS_URL": REDIS_URL}
    try:
        procs = [crawl_env.popen(*args, **env) for _ in range(2)]
        results = [p.communicate(timeout=180) for p in procs]
    finally:
        client = redis.Redis.from_url(REDIS_URL)
        for k in client.scan_iter(f"waspada:{key}:*"):
            client.delete(k)
    for proc, (_out, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
    assert all(site.hits[p] == 1 for p in info["details"]), "every page fetched once"
    assert site.hits["/big/"] == 1
    assert adverts(factory) == 40  # every advert stored once
    items = [json.loads(out.splitlines()[-1])["items"] for out, _ in results]
    assert sum(items) == 40 and min(items) > 0, f"both processes should work: {items}"
