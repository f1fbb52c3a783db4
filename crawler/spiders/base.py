"""What every Waspada spider shares: validated arguments, evidence capture, and parse errors
that are logged, counted and survived."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import scrapy
from pydantic import BaseModel, Field, ValidationError, field_validator
from scrapy.http import Response

from crawler.extract import canonical_url
from crawler.items import AdvertItem
from crawler.run_state import context_of
from store.models import utcnow

T = TypeVar("T")


class SpiderArgs(BaseModel):
    """Arguments every spider takes (``-a start_urls=... -a source=...`` or from sources.toml)."""

    start_urls: list[str] = Field(min_length=1)
    source: str = ""
    channel: str = ""
    options: dict[str, Any] = Field(default_factory=dict)

    @field_validator("start_urls", mode="before")
    @classmethod
    def _split(cls, value: Any) -> Any:
        # `scrapy crawl x -a start_urls=a,b` passes one string.
        return (
            [u.strip() for u in value.split(",") if u.strip()] if isinstance(value, str) else value
        )

    @field_validator("start_urls")
    @classmethod
    def _http(cls, urls: list[str]) -> list[str]:
        for url in urls:
            if not url.startswith(("http://", "https://")):
                raise ValueError(f"start URL must start with http:// or https:// (got {url!r})")
        return urls


class WaspadaSpider(scrapy.Spider):
    args_model: type[SpiderArgs] = SpiderArgs
    default_channel = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        options = kwargs.pop("options", {})
        if isinstance(options, str):
            options = json.loads(options)
        fields = {k: kwargs.pop(k) for k in list(kwargs) if k in self.args_model.model_fields}
        try:
            self.args = self.args_model(options=options, **fields)
        except ValidationError as exc:
            raise ValueError(f"bad arguments for spider {self.name!r}: {exc}") from exc
        super().__init__(*args, **kwargs)
        self.start_urls = self.args.start_urls
        self.source = self.args.source
        self.channel = self.args.channel or self.default_channel

    async def start(self) -> Any:
        # Start pages are fetched on every run, also when resuming (so links to what was in
        # flight when a crawl died are found again); with a shared Redis queue they are
        # deduplicated, so several processes do not each fetch them.
        shared = bool(self.settings.get("REDIS_URL"))
        for url in self.start_urls:
            yield scrapy.Request(url, callback=self.parse, dont_filter=not shared)

    def gone(self, response: Response) -> None:
        """The advert's page answers 404/410: its advert is marked removed (never deleted)."""
        ctx = context_of(self.crawler)
        if ctx is not None:
            ctx.gone_urls.add(canonical_url(response.url))
        if self.crawler.stats:
            self.crawler.stats.inc_value("waspada/gone")

    def evidence(self, response: Response) -> dict[str, Any]:
        """The raw response, kept with the advert as evidence."""
        headers = {
            k.decode("latin-1"): b", ".join(v).decode("latin-1")
            for k, v in response.headers.items()
        }
        return {
            "url": response.url,
            "status": response.status,
            "headers": headers,
            "content_type": headers.get("Content-Type", ""),
            "body": response.body,
            "fetched_at": utcnow(),
        }

    def finish(self, item: AdvertItem, response: Response) -> AdvertItem:
        item.response = self.evidence(response)
        item.channel = item.channel or self.channel
        item.source = self.source
        return item

    def timed(self, fn: Callable[..., T], *args: Any) -> T:
        """Run an extractor, adding its time to the ``waspada/time_parse_s`` stat."""
        started = time.perf_counter()
        try:
            return fn(*args)
        finally:
            if self.crawler.stats:
                elapsed = time.perf_counter() - started
                self.crawler.stats.inc_value("waspada/time_parse_s", elapsed)  # type: ignore[arg-type]

    def parse_error(self, response: Response, reason: str) -> None:
        """A page that fails to parse: logged with URL and reason, counted, crawl goes on."""
        self.logger.warning("could not parse %s: %s", response.url, reason)
        if self.crawler.stats:
            self.crawler.stats.inc_value(f"waspada/parse_error/{self.name}")

    def safely(self, response: Response, items: Iterator[Any]) -> Iterator[Any]:
        try:
            yield from items
        except Exception as exc:  # a broken page must not stop the crawl; it is counted
            self.parse_error(response, f"{type(exc).__name__}: {exc}")
