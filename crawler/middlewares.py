"""Retries with exponential backoff, and the bookkeeping that lets a killed crawl resume.

Resuming (an equivalent of Scrapy's JOBDIR that survives SIGKILL): a request is recorded as
*done* only after its callback has run and every item it yielded has reached the pipeline
(which spools it to disk first thing). On restart, the start pages are fetched again, links
are rediscovered, and the dupefilter skips what is done, so nothing in flight at the kill is
lost, and nothing already stored is stored twice (the store upserts on the canonical URL).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.dupefilters import RFPDupeFilter
from scrapy.http import Response

from crawler.run_state import context_of


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry policy (RETRY_TIMES, RETRY_HTTP_CODES), waiting base * 2**(n-1) s
    before retry n so a struggling site is not hammered."""

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.base = settings.getfloat("WASPADA_BACKOFF_BASE_S", 1.0)

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        attempt = int(request.meta.get("retry_times", 0))
        if attempt:
            await asyncio.sleep(self.base * 2 ** (attempt - 1))


class ResumableDupeFilter(RFPDupeFilter):
    """Filters requests seen in this run, and requests completed by an earlier, interrupted
    run of the same crawl (fingerprints in the crawl's state folder)."""

    crawler: Crawler | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ResumableDupeFilter:
        dupefilter = cls(None, crawler.settings.getbool("DUPEFILTER_DEBUG"),
                         fingerprinter=crawler.request_fingerprinter)  # fmt: skip
        dupefilter.crawler = crawler
        return dupefilter

    def request_seen(self, request: Request) -> bool:
        ctx = context_of(self.crawler) if self.crawler else None
        if ctx is not None and ctx.state.is_done(self._fingerprint(request).hex()):
            return True
        return super().request_seen(request)


class DoneRequestsMiddleware:
    """Spider middleware: marks a request done once its callback's output is consumed."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DoneRequestsMiddleware:
        return cls(crawler)

    async def process_spider_output_async(
        self, response: Response, result: AsyncIterator[Any], spider: Spider | None = None
    ) -> AsyncIterator[Any]:
        async for x in result:
            yield x
        self._done(response)

    def process_spider_output(
        self, response: Response, result: Iterable[Any], spider: Spider | None = None
    ) -> Iterable[Any]:
        yield from result
        self._done(response)

    def _done(self, response: Response) -> None:
        ctx = context_of(self.crawler)
        if ctx is not None and response.request is not None:
            fp = self.crawler.request_fingerprinter.fingerprint(response.request).hex()
            ctx.state.mark_done(fp)
