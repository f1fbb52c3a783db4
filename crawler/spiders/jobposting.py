"""Generic spider for boards that publish schema.org JobPosting (JSON-LD or microdata).

Start from sitemaps (followed, including sitemap indexes) or from ordinary pages; pages
without JobPosting data have their same-site links followed (optionally only those matching
``options.follow`` patterns), to ``options.max_depth`` levels.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.utils.sitemap import Sitemap

from crawler.extract import jobpostings
from crawler.spiders.base import WaspadaSpider


class JobPostingSpider(WaspadaSpider):
    name = "jobposting"
    default_channel = "job_board"
    handle_httpstatus_list = (404, 410)

    def parse(self, response: Response, depth: int = 0) -> Iterator[Any]:
        if response.status in (404, 410):
            self.gone(response)
            return
        body = response.body.lstrip()[:500].lower()
        if body.startswith(b"<?xml") or b"<urlset" in body or b"<sitemapindex" in body:
            yield from self.safely(response, self.parse_sitemap(response))
        else:
            yield from self.safely(response, self.parse_page(response, depth))

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        sitemap = Sitemap(response.body)
        for entry in sitemap:
            url = entry["loc"]
            if sitemap.type == "sitemapindex":
                yield scrapy.Request(url, callback=self.parse, cb_kwargs={"depth": 0})
            else:
                yield scrapy.Request(url, callback=self.parse, cb_kwargs={"depth": 1})

    def parse_page(self, response: Response, depth: int) -> Iterator[Any]:
        if not isinstance(response, TextResponse):
            return
        found = self.timed(jobpostings, response.text, response.url)
        for item in found:
            yield self.finish(item, response)
        if found or depth >= int(self.args.options.get("max_depth", 2)):
            return
        patterns = [re.compile(p) for p in self.args.options.get("follow", [])]
        host = urlsplit(response.url).netloc
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href)
            if urlsplit(url).netloc != host or not url.startswith("http"):
                continue
            if patterns and not any(p.search(url) for p in patterns):
                continue
            yield scrapy.Request(url, callback=self.parse, cb_kwargs={"depth": depth + 1})
