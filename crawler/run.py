"""Run one crawl in this process and return its crawl-run record.

Twisted's reactor cannot be restarted, so one process runs one crawl: the scheduler starts
each crawl as a ``waspada crawl`` subprocess, which also keeps a crawl's memory to itself.
Everything the crawl needs from its caller travels in the Scrapy settings built here
(:func:`scrapy_settings`): the Waspada settings, a shared crawl's key, and the id of the
queued crawl run to record the crawl on.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from scrapy import signals
from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from crawler.config import scrapy_overrides
from store.models import CrawlRun
from waspada.settings import Settings

# Keep the scrapy.cfg-independent path: the settings module is named explicitly.
SETTINGS_MODULE = "crawler.settings"


@dataclass
class CrawlRequest:
    spider: str
    start_urls: list[str]
    source: str = ""
    channel: str = ""
    options: dict[str, Any] | None = None
    crawl_key: str | None = None


def scrapy_settings(settings: Settings, **overrides: Any) -> Any:
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", SETTINGS_MODULE)
    s = get_project_settings()
    s.setmodule(SETTINGS_MODULE, priority="project")
    s.set("WASPADA_SETTINGS", settings)
    for key, value in scrapy_overrides(settings).items():
        s.set(key, value)
    for key, value in overrides.items():
        s.set(key, value)
    return s


def run_crawl(
    settings: Settings,
    req: CrawlRequest,
    sessions: sessionmaker[Session],
    *,
    run_id: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    **overrides: Any,
) -> CrawlRun:
    """Crawl, store, and return the finished crawl-run row. ``run_id`` names a crawl run an
    admin queued (status "queued"): the crawl is recorded on that row instead of a new one.
    ``sessions`` only reads the finished row; the crawl opens its own engine inside Scrapy.
    ``progress(pages, adverts)`` is called as pages arrive and adverts pass the pipeline."""
    if run_id:
        overrides["WASPADA_CRAWL_RUN_ID"] = run_id
    if req.crawl_key:
        overrides["WASPADA_CRAWL_KEY"] = req.crawl_key
        if settings.redis_url:
            # One queue and dupefilter per shared crawl, so the next crawl starts afresh.
            overrides["SCHEDULER_QUEUE_KEY"] = f"waspada:{req.crawl_key}:requests"
            overrides["SCHEDULER_DUPEFILTER_KEY"] = f"waspada:{req.crawl_key}:dupefilter"
    kwargs: dict[str, Any] = {"start_urls": req.start_urls, "source": req.source}
    if req.channel:
        kwargs["channel"] = req.channel
    if req.options:
        kwargs["options"] = req.options
    # Scrapy's own log handler only where nobody configured logging (a bare script): the
    # ``waspada`` command has (plain or JSON lines, cli.logs), and two would write each line twice.
    process = CrawlerProcess(
        scrapy_settings(settings, **overrides),
        install_root_handler=not logging.getLogger().handlers,
    )
    crawler = process.create_crawler(req.spider)
    if progress is not None:
        _follow(crawler, progress)
    # Refuse bad arguments here, with their message, before a crawl run is opened; inside
    # the reactor they would only surface as a traceback.
    crawler.spidercls(**kwargs)
    process.crawl(crawler, **kwargs)
    process.start()
    ctx = getattr(crawler, "waspada", None)
    with sessions() as session:
        if ctx is not None:
            run = session.get(CrawlRun, ctx.run_id)
        else:  # the spider refused its arguments before the crawl could open
            run = session.scalar(select(CrawlRun).order_by(CrawlRun.id.desc()))
        if run is None:
            raise RuntimeError("the crawl did not start")
        session.expunge(run)
        return run


def _follow(crawler: Any, progress: Callable[[int, int], None]) -> None:
    """Count pages received and adverts stored as Scrapy signals them."""
    seen = {"pages": 0, "items": 0}

    def page(**_kwargs: Any) -> None:
        seen["pages"] += 1
        progress(seen["pages"], seen["items"])

    def item(**_kwargs: Any) -> None:
        seen["items"] += 1
        progress(seen["pages"], seen["items"])

    crawler.signals.connect(page, signal=signals.response_received, weak=False)
    crawler.signals.connect(item, signal=signals.item_scraped, weak=False)


def run_summary(run: CrawlRun) -> dict[str, Any]:
    return {
        "id": run.id,
        "spider": run.spider,
        "source_id": run.source_id,
        "status": run.status,
        "started_at": run.started_at.isoformat(),
        "finished_at": run.finished_at.isoformat() if run.finished_at else None,
        "pages": run.pages,
        "items": run.items,
        "new": run.new,
        "changed": run.changed,
        "removed": run.removed,
        "flagged": run.flagged,
        "errors": run.errors,
        "error_summary": run.error_summary,
    }
