"""Public Telegram channels through their web preview (``https://t.me/s/<channel>``): one item
per post, paging back with ``?before=<id>``, stopping at posts already stored.

A photo post's picture (the first one of an album) is fetched and read
(:mod:`crawler.pictures`): it is stored as evidence beside the page, and its words are
classified with the caption. A picture that cannot be fetched or read leaves the caption; a
photo post without a caption and without a readable picture is dropped as empty."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

import scrapy
from scrapy.http import Response, TextResponse

from crawler.extract import telegram_posts
from crawler.items import AdvertItem
from crawler.pictures import add_picture, reader_for
from crawler.run_state import context_of
from crawler.spiders.base import WaspadaSpider
from store.services.adverts import existing_urls


class TelegramSpider(WaspadaSpider):
    name = "telegram"
    default_channel = "telegram"

    def parse(self, response: Response, page: int = 1, **_: Any) -> Iterator[Any]:
        yield from self.safely(response, self._posts(response, page))

    def _posts(self, response: Response, page: int) -> Iterator[Any]:
        if not isinstance(response, TextResponse):
            raise ValueError("not an HTML page")
        posts, before = self.timed(telegram_posts, response.text, response.url)
        known: set[str] = set()
        ctx = context_of(self.crawler)
        if ctx is not None and posts:
            with ctx.sessions() as session:
                known = existing_urls(session, [p.url for p in posts])
        for post in reversed(posts):  # newest first, as a reader would
            if post.url in known:
                continue
            item = self.finish(post, response)
            if item.photo_urls:
                yield self._photo_request(item)
            else:
                yield item
        max_pages = int(self.args.options.get("max_pages", 20))
        if known or before is None or before <= 1 or page >= max_pages:
            return  # reached what we already have, the channel's start, or the page limit
        parts = urlsplit(response.url)
        older = urlunsplit(
            (parts.scheme, parts.netloc, parts.path, urlencode({"before": before}), "")
        )
        yield scrapy.Request(older, callback=self.parse, cb_kwargs={"page": page + 1})

    def _photo_request(self, item: AdvertItem) -> scrapy.Request:
        ctx = context_of(self.crawler)
        settings = ctx.settings if ctx is not None else None
        limit = settings.picture_max_bytes if settings is not None else 10_000_000
        return scrapy.Request(
            item.photo_urls[0],
            callback=self._photo,
            errback=self._photo_failed,
            cb_kwargs={"item": item},
            # A picture over the limit is cut off by Scrapy, not downloaded whole.
            meta={"download_maxsize": limit, "item": item},
            dont_filter=True,  # two posts may show one picture: each keeps its own copy
        )

    def _photo(self, response: Response, item: AdvertItem) -> Iterator[Any]:
        if not hasattr(self, "_reader"):
            ctx = context_of(self.crawler)
            self._reader = reader_for(ctx.settings if ctx is not None else None)
        headers = self.evidence(response)["headers"]
        refused = add_picture(self._reader, item, response.url, response.body, headers)
        if self.crawler.stats:
            key = "waspada/pictures_read" if refused is None else f"waspada/picture_{refused}"
            self.crawler.stats.inc_value(key)
        yield item

    def _photo_failed(self, failure: Any) -> Iterator[Any]:
        item: AdvertItem = failure.request.meta["item"]
        self.logger.info("picture %s not fetched: %s", failure.request.url, failure.value)
        if self.crawler.stats:
            self.crawler.stats.inc_value("waspada/picture_not_fetched")
        yield item  # the caption alone; an empty one is dropped by the clean stage
