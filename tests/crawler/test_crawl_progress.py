"""``waspada crawl`` not on a terminal: progress lines on stderr (pages and adverts so far),
the crawl-run JSON alone on stdout, each log line written once (not by Scrapy's handler too)."""

from __future__ import annotations

import re

from tests.crawler.conftest import CrawlEnv
from tests.fixture_site import FixtureSite, build_jobposting_site


def test_a_crawl_reports_progress_on_stderr(crawl_env: CrawlEnv, site: FixtureSite) -> None:
    info = build_jobposting_site(site)
    rc, run, err = crawl_env.run(
        "jobposting", "--start-url", info["start"],
        WASPADA_LOG_LEVEL="INFO", WASPADA_PROGRESS_INTERVAL_S="0",
    )  # fmt: skip
    assert rc == 0, err
    assert run["items"] == info["adverts"]
    lines = [line for line in err.splitlines() if "waspada.progress" in line]
    assert lines, err
    last = re.search(r"crawl jobposting: (\d+) adverts, .*; (\d+) pages \(done\)$", lines[-1])
    assert last is not None, lines[-1]
    assert int(last[1]) == info["adverts"] and int(last[2]) >= info["adverts"]
    # One handler: Scrapy's own lines are not written twice.
    spider_opened = [line for line in err.splitlines() if "Spider opened" in line]
    assert len(spider_opened) == 1, err
