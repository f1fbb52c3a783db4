"""Whole crawls over real HTTP against local fixture sites, storing into the test database."""

from __future__ import annotations

import json
import zlib
from hashlib import sha256

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from store.models import Advert, AdvertVersion, CrawlRun, ReviewCase, Snapshot
from tests.crawler.conftest import CrawlEnv
from tests.fixture_adverts import LEGIT
from tests.fixture_site import (
    FixtureSite,
    build_feed_site,
    build_jobposting_site,
    build_listing_site,
    build_telegram_site,
    telegram_post,
)


def count(factory: sessionmaker[Session], model: type) -> int:
    with factory() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_jobposting_spider_sitemap_to_store_and_recrawl(
    crawl_env: CrawlEnv, site: FixtureSite, factory: sessionmaker[Session]
) -> None:
    info = build_jobposting_site(site)
    rc, run, err = crawl_env.run("jobposting", "--start-url", info["start"])
    assert rc == 0, err
    assert run["status"] == "ok"
    assert (run["items"], run["new"], run["changed"]) == (info["adverts"], info["adverts"], 0)
    assert run["flagged"] >= 2  # the two scam pages
    assert site.hits["/robots.txt"] >= 1  # robots.txt is asked first
    with factory() as s:
        adverts = s.scalars(select(Advert)).all()
        assert len(adverts) == info["adverts"]
        scam = s.scalar(select(Advert).where(Advert.canonical_url.like("%/board/job/scam-1")))
        assert scam is not None and scam.latest_suspicious
        assert s.scalar(select(ReviewCase).where(ReviewCase.advert_id == scam.id)) is not None
        # Evidence: the raw page, compressed, with its SHA-256 and the HTTP headers.
        version = s.scalars(select(AdvertVersion).where(AdvertVersion.advert_id == scam.id)).one()
        snap = s.get(Snapshot, version.snapshot_id)
        assert snap is not None
        body = zlib.decompress(snap.body)
        assert sha256(body).hexdigest() == snap.sha256 and b"application/ld+json" in body
        assert snap.http_status == 200 and "text/html" in snap.content_type
        assert version.raw["extraction"] == "jsonld"

    # Second crawl: nothing new; an edited page becomes a new version; a deleted page is
    # marked removed (never deleted).
    edited = site.routes["/board/job/scam-2"]
    site.add("/board/job/scam-2", edited[2].replace(b"9 juta", b"12 juta"))  # type: ignore[index]
    site.add("/board/job/micro-1", "gone", "text/plain", status=404)
    rc, run, err = crawl_env.run("jobposting", "--start-url", info["start"])
    assert rc == 0, err
    assert (run["new"], run["changed"], run["removed"]) == (0, 1, 1)
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(Advert)) == info["adverts"]
        micro = s.scalar(select(Advert).where(Advert.canonical_url.like("%micro-1")))
        assert micro is not None and micro.removed_at is not None
        scam2 = s.scalar(select(Advert).where(Advert.canonical_url.like("%scam-2")))
        assert scam2 is not None and scam2.current_version == 2 and "12 juta" in scam2.body_text


def test_feed_spider_follows_entries_and_keeps_feed_copy_when_page_fails(
    crawl_env: CrawlEnv, site: FixtureSite, factory: sessionmaker[Session]
) -> None:
    info = build_feed_site(site, entries=6)
    rc, run, err = crawl_env.run("feed", "--start-url", info["start"])
    assert rc == 0, err
    assert run["items"] == 6 and run["new"] == 6
    failing = [p for p, r in site.routes.items() if p.startswith("/blog/") and r[0] == 500]  # type: ignore[index]
    assert site.hits[failing[0]] == 2  # first try + 1 retry (WASPADA_CRAWLER_RETRY_TIMES=1)
    with factory() as s:
        rows = s.scalars(select(AdvertVersion)).all()
        kinds = sorted(v.raw["extraction"] for v in rows)
        assert kinds.count("feed") >= 1 and "main_text" in kinds
        assert all(v.raw["posted_at"] for v in rows)  # dates from the feed
        adverts = s.scalars(select(Advert)).all()
        assert all(a.channel == "loker_blog" and len(a.body_text) > 100 for a in adverts)


def test_telegram_spider_pages_back_and_stops_at_known_posts(
    crawl_env: CrawlEnv, site: FixtureSite, factory: sessionmaker[Session]
) -> None:
    info = build_telegram_site(site)
    rc, run, err = crawl_env.run("telegram", "--start-url", info["start"])
    assert rc == 0, err
    assert run["items"] == 18 and run["pages"] >= 3
    assert site.hits["/s/lokerjambi?before=7"] == 1
    # Two new posts appear on the newest page; the next crawl stores them and stops there.
    newest = site.routes["/s/lokerjambi"][2].decode()  # type: ignore[index]
    extra = telegram_post("lokerjambi", 19, LEGIT[2]) + telegram_post("lokerjambi", 20, LEGIT[3])
    site.add("/s/lokerjambi", newest.replace("</section>", extra + "</section>"))
    rc, run, err = crawl_env.run("telegram", "--start-url", info["start"])
    assert rc == 0, err
    assert (run["items"], run["new"]) == (2, 2)
    assert site.hits["/s/lokerjambi?before=13"] == 1  # did not page back again
    with factory() as s:
        urls = set(s.scalars(select(Advert.canonical_url)))
    assert len(urls) == 20 and "https://t.me/lokerjambi/20" in urls


def test_listing_spider_with_declared_selectors_counts_a_parse_error(
    crawl_env: CrawlEnv, site: FixtureSite, factory: sessionmaker[Session]
) -> None:
    info = build_listing_site(site)
    rc, run, err = crawl_env.run(
        "listing", "--start-url", info["start"], "--options", json.dumps(info["options"])
    )
    assert rc == 0, err
    assert run["items"] == info["adverts"] and run["errors"] == 1
    assert "could not parse" in err and "/loker/detail/99" in err
    with factory() as s:
        stats = s.scalars(select(CrawlRun)).one().stats
        assert stats["waspada/parse_error/listing"] == 1
        org = s.scalar(select(Advert.organisation).where(Advert.canonical_url.like("%/detail/1")))
    assert org == "Pemberi kerja 1"


def test_unreachable_source_is_reported_not_retried_forever(
    crawl_env: CrawlEnv, factory: sessionmaker[Session]
) -> None:
    rc, run, _err = crawl_env.run("feed", "--start-url", "http://127.0.0.1:9/feed.xml")
    assert rc == 1
    assert run["status"] == "failed" and run["pages"] == 0 and run["errors"] >= 1
    assert "no page could be fetched" in run["error_summary"]


def test_bad_spider_arguments_are_refused_clearly(crawl_env: CrawlEnv) -> None:
    rc, _run, err = crawl_env.run("jobposting", "--start-url", "ftp://x.test/")
    assert rc == 2 and "http://" in err
    rc, _run, err = crawl_env.run("nosuchspider", "--start-url", "http://x.test/")
    assert rc == 2 and "spider must be one of" in err
    rc, _run, err = crawl_env.run("listing", "--start-url", "http://x.test/")
    assert rc == 2 and "selector" in err


def test_sources_file_drives_a_crawl(
    crawl_env: CrawlEnv, site: FixtureSite, factory: sessionmaker[Session], tmp_path
) -> None:  # type: ignore[no-untyped-def]
    info = build_telegram_site(site)
    (tmp_path / "sources.toml").write_text(
        '[[source]]\nname = "tg-lokerjambi"\nspider = "telegram"\n'
        f'start_urls = ["{info["start"]}"]\nschedule = "every 2h"\nregion = "Kota Jambi"\n'
    )
    rc, run, err = crawl_env.run("--source", "tg-lokerjambi")
    assert rc == 0, err
    assert run["source_id"] is not None and run["new"] == 18
    with factory() as s:
        assert {a.source_id for a in s.scalars(select(Advert))} == {run["source_id"]}
