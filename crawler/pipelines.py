"""Items flow one way: clean -> dedupe -> classify -> store.

The last stage spools every item to disk as it arrives (so a crash loses nothing), classifies
items in batches through the classifier's single entry point (the crawl never waits on the
model per item) and stores each batch in one transaction. If the database is down, the batch
stays in the spool and is retried with backoff; what is still spooled at the end is stored
by the next run of the same crawl.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from sqlalchemy.exc import IntegrityError, OperationalError

from crawler.extract import canonical_url, normalise_space
from crawler.items import AdvertItem
from crawler.run_state import CrawlContext, context_of
from metrics import observe_batch
from store.db import transaction
from store.fingerprint import content_hash
from store.services import alert_rules
from store.services.adverts import AdvertIn, ClassificationIn, SnapshotIn, ingest, ingest_many
from store.services.pictures import PictureIn

log = logging.getLogger(__name__)


class _Stage:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        return cls(crawler)

    def drop(self, reason: str, item: AdvertItem) -> DropItem:
        if self.stats:
            self.stats.inc_value(f"drop_item/{reason}")
        return DropItem(f"{reason}: {item.url}")


class CleanPipeline(_Stage):
    """Trim fields, canonicalise the URL, and drop items with no text to judge."""

    def process_item(self, item: AdvertItem, spider: Spider | None = None) -> AdvertItem:
        item.url = canonical_url(item.url)
        item.title = normalise_space(item.title)[:500]
        item.description = normalise_space(item.description)
        item.organisation = normalise_space(item.organisation)[:300]
        item.location = normalise_space(item.location)[:300]
        if not item.description and not item.title:
            raise self.drop("empty", item)
        return item


class DedupePipeline(_Stage):
    """Within one crawl, one item per canonical URL. The same text on another URL is kept:
    the store links such reposts to each other as near-duplicates."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.urls: set[str] = set()
        self.hashes: set[str] = set()

    def process_item(self, item: AdvertItem, spider: Spider | None = None) -> AdvertItem:
        if item.url in self.urls:
            raise self.drop("duplicate_url", item)
        self.urls.add(item.url)
        digest = content_hash(item.title, item.description)
        if digest in self.hashes and self.stats:
            self.stats.inc_value("waspada/repost_same_text")
        self.hashes.add(digest)
        return item


class ClassifyStorePipeline(_Stage):
    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        s = crawler.settings
        self.batch_size = s.getint("WASPADA_BATCH_SIZE", 32)
        self.max_attempts = s.getint("WASPADA_MAX_STORE_ATTEMPTS", 5)
        self.backoff = s.getfloat("WASPADA_BACKOFF_BASE_S", 1.0)
        self.buffer: list[AdvertItem] = []
        self.timings = {"classify": 0.0, "store": 0.0}

    @property
    def ctx(self) -> CrawlContext:
        ctx = context_of(self.crawler)
        assert ctx is not None, "the crawl context opens with the spider"
        return ctx

    def open_spider(self, spider: Spider | None = None) -> None:
        self.ctx.preload_classifier()
        # Items a killed or database-less earlier run left behind are stored first.
        self.buffer = self.ctx.state.spooled()
        if self.buffer:
            log.info("replaying %d spooled items", len(self.buffer))
            self.flush(final=False)

    def process_item(self, item: AdvertItem, spider: Spider | None = None) -> AdvertItem:
        item.source = item.source or self.ctx.source_name
        self.ctx.state.spool(item)
        self.ctx.seen_urls.add(item.url)
        self.buffer.append(item)
        if len(self.buffer) >= self.batch_size:
            self.flush(final=False)
        return item

    def close_spider(self, spider: Spider | None = None) -> None:
        self.flush(final=True)
        if self.stats:
            for name, seconds in self.timings.items():
                self.stats.set_value(f"waspada/time_{name}_s", round(seconds, 3))

    def flush(self, *, final: bool) -> None:
        if not self.buffer:
            return
        self.ctx.state.sync()
        attempts = self.max_attempts if final else 1
        for attempt in range(attempts):
            try:
                self._store(self.buffer)
            except OperationalError as exc:
                log.warning("database unavailable (%s); %d items stay spooled",
                            type(exc).__name__, len(self.buffer))  # fmt: skip
                if self.stats:
                    self.stats.inc_value("waspada/store_retry")
                if attempt + 1 < attempts:
                    time.sleep(self.backoff * 2**attempt)
                continue
            self.buffer = []
            self.ctx.state.clear_spool()
            return
        # Still down: the spool keeps the items; the crawl run reports it (run_state).

    def _store(self, items: list[AdvertItem]) -> None:
        ctx = self.ctx
        started = time.perf_counter()
        classifier = ctx.get_classifier()
        results = classifier.classify([classifier_input(i) for i in items])
        self.timings["classify"] += time.perf_counter() - started
        observe_batch("crawl", len(items), time.perf_counter() - started)
        started = time.perf_counter()
        outcomes = []
        try:
            with transaction(ctx.sessions) as session:
                rules = alert_rules.enabled_rules(session)  # once per batch, not per advert
                entries = [
                    (advert_in(item, ctx), _classification(result))
                    for item, result in zip(items, results, strict=True)
                ]
                # One look-up and one insert per table for the batch (ingest_many).
                outcomes = ingest_many(session, entries, alert_rules=rules)
        except IntegrityError:
            # Another crawler process stored one of these adverts a moment ago: store one by
            # one, so each finds the other's row and upserts onto it.
            outcomes = []
            for item, result in zip(items, results, strict=True):
                with transaction(ctx.sessions) as session:
                    outcomes.append(ingest(session, advert_in(item, ctx), _classification(result)))
        self.timings["store"] += time.perf_counter() - started
        for outcome in outcomes:
            ctx.counters[outcome.status] += 1
            ctx.counters["stored"] += 1
            if outcome.flagged and outcome.status != "unchanged":
                ctx.counters["flagged"] += 1


def classifier_input(item: AdvertItem) -> Any:
    from classifier.pipeline import AdvertInput

    return AdvertInput(text=item.text(), title=item.title, url=item.url)


def _classification(result: Any) -> ClassificationIn:
    return ClassificationIn.from_result(result.to_dict())


def advert_in(item: AdvertItem, ctx: CrawlContext) -> AdvertIn:
    response = item.response
    snapshot = None
    if response.get("body") is not None:
        snapshot = SnapshotIn(
            url=response.get("url", item.url),
            body=response["body"],
            http_status=int(response.get("status", 200)),
            headers=response.get("headers", {}),
            content_type=response.get("content_type", ""),
            fetched_at=response.get("fetched_at"),
        )
    return AdvertIn(
        title=item.title,
        body_text=item.description,
        pictures=[_picture_in(p, item.description) for p in item.pictures if p.get("phash")],
        url=item.url,
        source_id=ctx.source_id,
        origin="crawl",
        channel=item.channel,
        language=item.language,
        organisation=item.organisation,
        location=item.location,
        posted_at=item.posted_at,
        raw=item.to_json(),
        snapshot=snapshot,
    )


def _picture_in(picture: dict[str, Any], body_text: str) -> PictureIn:
    # The words read were appended to the caption; the clean stage may have tidied spaces, so
    # their place is looked up again in the text as stored.
    offset = body_text.rfind(normalise_space(picture["text"]))
    return PictureIn(
        body=picture["body"],
        content_type=picture["content_type"],
        url=picture["url"],
        phash=picture["phash"],
        width=picture["width"],
        height=picture["height"],
        text=picture["text"],
        text_offset=max(offset, 0),
        boxes=picture["boxes"],
        fetched_at=picture.get("fetched_at"),
        headers=picture.get("headers", {}),
    )
