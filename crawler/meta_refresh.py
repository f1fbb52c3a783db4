"""Follow a ``<meta http-equiv="refresh">`` only to the same site.

Scrapy's MetaRefreshMiddleware follows a refresh anywhere. A job page that refreshes to another
host (a link shortener, a "we moved" page, a scammer's landing page) would then be judged by
what that other host answers: when it answered 404, the advert was marked gone and the page we
had fetched was never archived. A refresh to another host is now not followed: the page is kept
as it was fetched, which is the evidence. Same-site refreshes (``/old`` → ``/new``) still are.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from scrapy import Request, Spider
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.http import HtmlResponse, Response
from scrapy.utils.response import get_meta_refresh


def _site(url: str) -> tuple[str, int | None]:
    parts = urlsplit(url)
    return (parts.hostname or "", parts.port)


class SameSiteMetaRefreshMiddleware(MetaRefreshMiddleware):
    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Request | Response:
        if isinstance(response, HtmlResponse):
            _interval, target = get_meta_refresh(response, ignore_tags=self._ignore_tags)
            if target and _site(urljoin(request.url, target)) != _site(request.url):
                return response
        return super().process_response(request, response)
