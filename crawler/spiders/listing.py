"""List -> detail spider for boards without structured data, driven by CSS selectors declared
per source in sources.toml::

    options = { item_links = "a.job-link", next_page = "a.next",
                fields = { title = "h1", description = ".job-body", organisation = ".company" } }
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import scrapy
from pydantic import BaseModel, Field, ValidationError
from scrapy.http import Response, TextResponse

from crawler.extract import by_selectors, jobpostings
from crawler.spiders.base import WaspadaSpider


class ListingOptions(BaseModel):
    item_links: str = Field(min_length=1)
    next_page: str = ""
    fields: dict[str, str] = Field(default_factory=dict)
    max_pages: int = 50


class ListingSpider(WaspadaSpider):
    name = "listing"
    default_channel = "job_board"
    handle_httpstatus_list = (404, 410)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        try:
            self.opts = ListingOptions(**self.args.options)
        except ValidationError as exc:
            raise ValueError(f"listing spider needs selector options: {exc}") from exc

    def parse(self, response: Response, page: int = 1, **_: Any) -> Iterator[Any]:
        yield from self.safely(response, self._list(response, page))

    def _list(self, response: Response, page: int) -> Iterator[Any]:
        for href in response.css(f"{self.opts.item_links}::attr(href)").getall():
            yield scrapy.Request(response.urljoin(href), callback=self.parse_detail)
        if self.opts.next_page and page < self.opts.max_pages:
            nxt = response.css(f"{self.opts.next_page}::attr(href)").get()
            if nxt:
                yield scrapy.Request(
                    response.urljoin(nxt), callback=self.parse, cb_kwargs={"page": page + 1}
                )

    def parse_detail(self, response: Response) -> Iterator[Any]:
        if response.status in (404, 410):
            self.gone(response)
            return
        yield from self.safely(response, self._detail(response))

    def _detail(self, response: Response) -> Iterator[Any]:
        if not isinstance(response, TextResponse):
            raise ValueError("not an HTML page")
        found = self.timed(jobpostings, response.text, response.url)
        item = (
            found[0]
            if found
            else self.timed(by_selectors, response.text, response.url, self.opts.fields)
        )
        if item is None:
            raise ValueError("no advert found with the declared selectors")
        yield self.finish(item, response)
