"""RSS/Atom feeds of local "info loker" blogs (WordPress, Blogger): each entry is followed to
its page and the advert's main text extracted; the feed's own content is the fallback."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import scrapy
from lxml import etree
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from crawler.extract import html_to_text, jobpostings, main_text, parse_date
from crawler.items import AdvertItem
from crawler.spiders.base import WaspadaSpider

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


def feed_entries(xml: bytes) -> list[dict[str, str]]:
    """Entries of an RSS 2.0 or Atom feed: link, title, published, content (HTML)."""
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    root = etree.fromstring(xml, parser=parser)
    if root is None:
        raise ValueError("not an XML feed")
    entries = []
    for node in root.iter("item"):
        entries.append(
            {
                "link": (node.findtext("link") or "").strip(),
                "title": (node.findtext("title") or "").strip(),
                "published": (node.findtext("pubDate") or "").strip(),
                "content": node.findtext(CONTENT) or node.findtext("description") or "",
            }
        )
    for node in root.iter(f"{ATOM}entry"):
        link = next(
            (
                el.get("href", "")
                for el in node.findall(f"{ATOM}link")
                if el.get("rel", "alternate") == "alternate"
            ),
            "",
        )
        entries.append(
            {
                "link": link.strip(),
                "title": (node.findtext(f"{ATOM}title") or "").strip(),
                "published": (
                    node.findtext(f"{ATOM}published") or node.findtext(f"{ATOM}updated") or ""
                ).strip(),
                "content": node.findtext(f"{ATOM}content") or node.findtext(f"{ATOM}summary") or "",
            }
        )
    return [e for e in entries if e["link"]]


class FeedSpider(WaspadaSpider):
    name = "feed"
    default_channel = "loker_blog"
    handle_httpstatus_list = (404, 410)

    def parse(self, response: Response, **_: Any) -> Iterator[Any]:
        yield from self.safely(response, self._entries(response))

    def _entries(self, response: Response) -> Iterator[Any]:
        for entry in feed_entries(response.body):
            yield scrapy.Request(
                response.urljoin(entry["link"]),
                callback=self.parse_entry,
                errback=self.entry_failed,
                cb_kwargs={"entry": entry},
            )

    def parse_entry(self, response: Response, entry: dict[str, str]) -> Iterator[Any]:
        if response.status in (404, 410):
            self.gone(response)
            return
        yield from self.safely(response, self._entry_page(response, entry))

    def _entry_page(self, response: Response, entry: dict[str, str]) -> Iterator[Any]:
        html = response.text if isinstance(response, TextResponse) else ""
        found = self.timed(jobpostings, html, response.url) if html else []
        item = found[0] if found else (self.timed(main_text, html, response.url) if html else None)
        if item is None:
            item = AdvertItem(url=response.url, extraction="feed")
        if not item.description or len(item.description) < len(html_to_text(entry["content"])) // 2:
            # The page's main text missed the advert (or it is a teaser): use the feed's copy.
            item.description = html_to_text(entry["content"])
            item.description_html = entry["content"]
            item.extraction = "feed"
        item.title = entry["title"] or item.title
        item.posted_at_raw = entry["published"] or item.posted_at_raw
        item.posted_at = parse_date(item.posted_at_raw)
        yield self.finish(item, response)

    def entry_failed(self, failure: Failure) -> Iterator[Any]:
        """The entry's page could not be fetched: keep the feed's copy of the advert."""
        request = failure.request  # type: ignore[attr-defined]
        entry = request.cb_kwargs["entry"]
        self.logger.warning("entry page failed (%s): %s", failure.getErrorMessage(), request.url)
        if self.crawler.stats:
            self.crawler.stats.inc_value("waspada/feed_entry_page_failed")
        item = AdvertItem(
            url=request.url,
            title=entry["title"],
            description=html_to_text(entry["content"]),
            description_html=entry["content"],
            posted_at_raw=entry["published"],
            posted_at=parse_date(entry["published"]),
            channel=self.channel,
            source=self.source,
            extraction="feed",
        )
        if item.description:
            yield item
