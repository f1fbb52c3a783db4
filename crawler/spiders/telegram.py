"""Public Telegram channels through their web preview (``https://t.me/s/<channel>``): one item
per post, paging back with ``?before=<id>``, stopping at posts already stored."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

import scrapy
from scrapy.http import Response, TextResponse

from crawler.extract import telegram_posts
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
            if post.url not in known:
                yield self.finish(post, response)
        max_pages = int(self.args.options.get("max_pages", 20))
        if known or before is None or before <= 1 or page >= max_pages:
            return  # reached what we already have, the channel's start, or the page limit
        parts = urlsplit(response.url)
        older = urlunsplit(
            (parts.scheme, parts.netloc, parts.path, urlencode({"before": before}), "")
        )
        yield scrapy.Request(older, callback=self.parse, cb_kwargs={"page": page + 1})
