"""A job page that refreshes to another host is kept as fetched (the evidence); the other host
is never asked, and the advert is not marked gone because that host answers 404. A refresh
within the same site is still followed."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.models import Advert
from tests.crawler.conftest import CrawlEnv
from tests.fixture_site import FixtureSite, build_jobposting_site


def _refresh_to(url: str, body: bytes) -> bytes:
    tag = f'<meta http-equiv="refresh" content="0; url={url}">'.encode()
    return body.replace(b"<head>", b"<head>" + tag, 1)


def test_a_refresh_to_another_host_is_not_followed(
    crawl_env: CrawlEnv, site: FixtureSite, factory: sessionmaker[Session]
) -> None:
    info = build_jobposting_site(site)
    rc, _run, err = crawl_env.run("jobposting", "--start-url", info["start"])
    assert rc == 0, err
    with FixtureSite() as elsewhere:
        elsewhere.add("/gone", "not found", "text/plain", status=404)
        scam = site.routes["/board/job/scam-2"]
        assert b"<head>" in scam[2]  # type: ignore[index]
        site.add("/board/job/scam-2", _refresh_to(elsewhere.url("/gone"), scam[2]))  # type: ignore[index]
        micro = site.routes["/board/job/micro-1"]
        site.add("/board/job/micro-1-new", micro[2])  # type: ignore[index]
        site.add("/board/job/micro-1", _refresh_to("/board/job/micro-1-new", micro[2]))  # type: ignore[index]
        rc, run, err = crawl_env.run("jobposting", "--start-url", info["start"])
        assert rc == 0, err
        assert elsewhere.hits["/gone"] == 0
    assert site.hits["/board/job/micro-1-new"] >= 1  # same site: followed
    assert run["removed"] == 0
    with factory() as s:
        stored = s.scalar(select(Advert).where(Advert.canonical_url.like("%/board/job/scam-2")))
        assert stored is not None and stored.removed_at is None
