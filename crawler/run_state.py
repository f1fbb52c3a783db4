"""One crawl's state: its database row (``CrawlRun``), its folder on disk (done requests and
the item spool), the classifier, and the counters that end up on the crawl run.

The folder is ``<data_dir>/crawls/<crawl key>/``. It survives a killed process and is removed
when the crawl finishes cleanly; a crawl started again with the same key resumes from it.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import logging
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from crawler.items import AdvertItem
from store.db import make_engine, make_sessionmaker, transaction
from store.models import CrawlRun, Source, utcnow
from store.run_liveness import RunLock
from store.services.adverts import mark_gone, mark_removed
from waspada.settings import Settings

log = logging.getLogger(__name__)


class CrawlState:
    """Files of one crawl: ``done`` (one request fingerprint per line) and ``spool.jsonl``
    (items received but not yet committed to the database; a write-ahead log)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.done_path = folder / "done"
        self.spool_path = folder / "spool.jsonl"
        self.resumed = self.done_path.exists() or self.spool_path.exists()
        self._done: set[str] = set()
        if self.done_path.exists():
            self._done = set(self.done_path.read_text().split())
        self._done_file = self.done_path.open("a")
        self._spool_file = self.spool_path.open("a")

    def is_done(self, fp: str) -> bool:
        return fp in self._done

    def mark_done(self, fp: str) -> None:
        if fp not in self._done:
            self._done.add(fp)
            self._done_file.write(fp + "\n")
            self._done_file.flush()

    def spool(self, item: AdvertItem) -> None:
        # Flushed to the OS per item: a killed process (SIGKILL, OOM) loses nothing, exactly
        # like ``done``. Forcing it to disk is left to ``sync``, once per batch.
        self._spool_file.write(json.dumps(item_to_record(item)) + "\n")
        self._spool_file.flush()

    def sync(self) -> None:
        """Force the spool to disk (before a batch is stored): an OS crash or power loss
        then loses at most the batch being filled."""
        os.fsync(self._spool_file.fileno())

    def spooled(self) -> list[AdvertItem]:
        if not self.spool_path.exists():
            return []
        items = []
        for line in self.spool_path.read_text().splitlines():
            try:
                items.append(item_from_record(json.loads(line)))
            except (ValueError, KeyError):
                log.warning("skipping a torn line at the end of %s", self.spool_path)
        return items

    def clear_spool(self) -> None:
        self._spool_file.close()
        self._spool_file = self.spool_path.open("w")

    def close(self, *, finished: bool) -> None:
        self._done_file.close()
        self._spool_file.close()
        if finished and self.spool_path.stat().st_size == 0:
            shutil.rmtree(self.folder, ignore_errors=True)


def item_to_record(item: AdvertItem) -> dict[str, Any]:
    record = item.to_json()
    response = dict(item.response)
    if "body" in response:
        response["body"] = base64.b64encode(response["body"]).decode()
    if isinstance(response.get("fetched_at"), dt.datetime):
        response["fetched_at"] = response["fetched_at"].isoformat()
    record["response"] = response
    # A photo post's pictures, bodies and all (to_json leaves the bytes out).
    record["pictures"] = [
        {**p, "body": base64.b64encode(p["body"]).decode(), "fetched_at": _iso(p.get("fetched_at"))}
        for p in item.pictures
    ]
    return record


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.datetime) else value


def _from_iso(value: Any) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) and value else None


def item_from_record(record: dict[str, Any]) -> AdvertItem:
    record = dict(record)
    response = dict(record.pop("response", {}))
    if "body" in response:
        response["body"] = base64.b64decode(response["body"])
    if isinstance(response.get("fetched_at"), str):
        response["fetched_at"] = dt.datetime.fromisoformat(response["fetched_at"])
    for key in ("posted_at", "valid_through"):
        if record.get(key):
            record[key] = dt.datetime.fromisoformat(record[key])
    record["pictures"] = [
        {
            **p,
            "body": base64.b64decode(p["body"]),
            "fetched_at": _from_iso(p.get("fetched_at")),
        }
        for p in record.get("pictures", [])
    ]
    return AdvertItem(**record, response=response)


@dataclass
class CrawlContext:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    state: CrawlState
    key: str
    run_id: int
    source_id: int | None
    source_name: str
    counters: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(
            ("new", "changed", "unchanged", "removed", "flagged", "errors", "stored"), 0
        )
    )
    seen_urls: set[str] = field(default_factory=set)
    gone_urls: set[str] = field(default_factory=set)
    classifier: Any = None
    # Held while this process crawls, so a failover can tell a dead crawl from a live one.
    run_lock: RunLock | None = None
    _classifier_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def get_classifier(self) -> Any:
        with self._classifier_lock:  # the preload thread and the pipeline may both ask
            if self.classifier is None:
                from classifier.pipeline import Classifier

                self.classifier = Classifier.load(**self.settings.classifier_options())
            return self.classifier

    def preload_classifier(self) -> None:
        """Import and load the model in a thread while the first pages download (it takes
        seconds; the first batch would otherwise wait for it with the crawl stopped)."""

        def load() -> None:
            try:
                self.get_classifier()
            except Exception:  # the first batch loads it again and reports the error there
                log.exception("could not preload the classifier")

        threading.Thread(target=load, name="waspada-load-model", daemon=True).start()


def context_of(crawler: Crawler | None) -> CrawlContext | None:
    """The crawl's context, opened on first use once the spider exists."""
    if crawler is None:
        return None
    ctx: CrawlContext | None = getattr(crawler, "waspada", None)
    if ctx is None and getattr(crawler, "spider", None) is not None:
        ctx = open_context(crawler)
        crawler.waspada = ctx  # type: ignore[attr-defined]
    return ctx


def open_context(crawler: Crawler) -> CrawlContext:
    """Create the crawl run row and the state folder. The spider's ``source`` and
    ``start_urls`` (spider arguments) name the crawl; WASPADA_CRAWL_KEY overrides the key
    (several processes sharing one crawl through Redis use the same key). The Scrapy setting
    WASPADA_CRAWL_RUN_ID names a crawl run an admin queued: the crawl is recorded on it."""
    s = crawler.settings
    spider = crawler.spider
    assert spider is not None
    settings: Settings | None = s.get("WASPADA_SETTINGS")
    if settings is None:  # handed down by crawler.run.scrapy_settings or cli.scrapy_settings
        raise RuntimeError("Scrapy settings lack WASPADA_SETTINGS; crawl with `waspada crawl`")
    engine = make_engine(settings.database_url)
    sessions = make_sessionmaker(engine)
    source_name = getattr(spider, "source", "") or ""
    start_urls = list(getattr(spider, "start_urls", []))
    key = s.get("WASPADA_CRAWL_KEY") or crawl_key(spider.name, source_name, start_urls)
    with transaction(sessions) as session:
        source_id = None
        if source_name:
            source_id = session.scalar(select(Source.id).where(Source.name == source_name))
        queued_id = s.getint("WASPADA_CRAWL_RUN_ID", 0)  # set by crawler.run.run_crawl
        run = session.get(CrawlRun, queued_id) if queued_id else None
        if run is None:  # not a crawl an admin queued through the API
            run = CrawlRun(source_id=source_id, spider=spider.name)
            session.add(run)
        run.status, run.started_at = "running", utcnow()
        session.flush()
        run_id = run.id
    crawls = Path(settings.data_dir) / "crawls"
    if s.get("REDIS_URL"):
        # Processes sharing a crawl through Redis each keep their own spool (they may share a
        # disk); a dead sibling's spool is adopted, so its items are still stored.
        host = socket.gethostname()
        state = CrawlState(crawls / f"{key}@{host}-{os.getpid()}")
        adopt_orphans(state, crawls.glob(f"{key}@{host}-*"))
    else:
        state = CrawlState(crawls / key)
    if state.resumed:
        log.info("resuming crawl %s from %s", key, state.folder)
    return CrawlContext(
        settings=settings, engine=engine, sessions=sessions, state=state, key=key,
        run_id=run_id, source_id=source_id, source_name=source_name,
        classifier=s.get("WASPADA_CLASSIFIER"),
        run_lock=RunLock(settings.database_url, run_id),
    )  # fmt: skip


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def adopt_orphans(state: CrawlState, siblings: Iterable[Path]) -> None:
    """Move the spooled items of dead processes' folders into ``state``'s spool."""
    for folder in siblings:
        pid_text = folder.name.rsplit("-", 1)[-1]
        if folder == state.folder or not pid_text.isdigit() or _alive(int(pid_text)):
            continue
        spool = folder / "spool.jsonl"
        if spool.exists():
            orphan = CrawlState(folder)
            for item in orphan.spooled():
                state.spool(item)
            orphan.close(finished=False)
        shutil.rmtree(folder, ignore_errors=True)


def crawl_key(spider: str, source: str, start_urls: list[str]) -> str:
    if source:
        return source
    digest = hashlib.sha256("\n".join(sorted(start_urls)).encode()).hexdigest()[:12]
    return f"adhoc-{spider}-{digest}"


class CrawlRunExtension:
    """Opens the crawl run when the spider opens, and records how it went when it closes."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.spider_error, signal=signals.spider_error)
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(self.activity, signal=signals.response_received)
        self.last_activity = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlRunExtension:
        return cls(crawler)

    def activity(self, **_: Any) -> None:
        self.last_activity = time.monotonic()

    def spider_idle(self, spider: Spider) -> None:
        """With a shared Redis queue, an idle process waits a little for work that the other
        processes are still discovering, instead of leaving the crawl at once."""
        settings = self.crawler.settings
        if not settings.get("REDIS_URL"):
            return
        if time.monotonic() - self.last_activity < settings.getfloat("WASPADA_SHARED_IDLE_S"):
            raise DontCloseSpider

    def spider_error(self, failure: Any, response: Any, spider: Spider) -> None:
        ctx = context_of(self.crawler)
        if ctx is not None:
            ctx.counters["errors"] += 1

    def spider_closed(self, spider: Spider, reason: str) -> None:
        ctx: CrawlContext | None = getattr(self.crawler, "waspada", None)
        if ctx is None:
            return
        stats = self.crawler.stats.get_stats() if self.crawler.stats else {}
        stats = {k: (v.isoformat() if isinstance(v, dt.datetime) else v) for k, v in stats.items()}
        errors = (
            ctx.counters["errors"]
            + sum(int(v) for k, v in stats.items() if k.startswith("waspada/parse_error"))
            + int(stats.get("retry/max_reached", 0))
            + int(stats.get("log_count/ERROR", 0))
        )
        pages = int(stats.get("response_received_count", 0))
        finished = reason == "finished"
        spooled = ctx.state.spool_path.stat().st_size > 0
        status = "ok" if finished and not spooled and (pages > 0 or errors == 0) else "failed"
        summary = []
        if pages == 0 and errors:
            summary.append("no page could be fetched")
        if spooled:
            summary.append("database unavailable: items kept in the spool for the next run")
        if not finished:
            summary.append(f"stopped: {reason}")
        options = getattr(getattr(spider, "args", None), "options", {}) or {}
        try:
            with transaction(ctx.sessions) as session:
                if ctx.gone_urls:
                    ctx.counters["removed"] += mark_gone(session, ctx.gone_urls)
                if status == "ok" and ctx.source_id and options.get("complete_listing"):
                    # This source lists all its current adverts: the ones not seen are gone.
                    ctx.counters["removed"] += mark_removed(session, ctx.source_id, ctx.seen_urls)
                run = session.get(CrawlRun, ctx.run_id)
                assert run is not None
                run.finished_at = utcnow()
                run.status = status
                run.pages = pages
                run.items = int(stats.get("item_scraped_count", 0))
                run.new, run.changed = ctx.counters["new"], ctx.counters["changed"]
                run.removed, run.flagged = ctx.counters["removed"], ctx.counters["flagged"]
                run.errors = errors
                run.error_summary = "; ".join(summary)
                run.stats = {"finish_reason": reason, "crawl_key": ctx.key, **stats}
        except SQLAlchemyError:
            log.exception("could not record crawl run %s", ctx.run_id)
        ctx.state.close(finished=status == "ok")
        if ctx.run_lock is not None:
            ctx.run_lock.release()
        ctx.engine.dispose()
