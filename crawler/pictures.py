"""Photo posts: the picture a post shows is fetched, kept as evidence (the bytes as fetched,
with their SHA-256, like pages), read by OCR (:mod:`pictures`), and its words appended to the
caption, so the classifier reads caption and picture together.

OCR blocks the crawl's thread while it reads (about a second a picture on this machine), as
classifying a batch does; a crawl of a busy channel is slower by that much per photo post.
"""

from __future__ import annotations

import logging
import time

from crawler.items import AdvertItem
from metrics import OCR_SECONDS
from pictures import Limits, PictureError, PictureReader
from store.models import utcnow
from waspada.settings import Settings

log = logging.getLogger(__name__)


def reader_for(settings: Settings | None) -> PictureReader:
    if settings is None:
        return PictureReader()
    return PictureReader(
        Limits(
            max_bytes=settings.picture_max_bytes,
            max_pixels=settings.picture_max_pixels,
            pdf_pages=settings.picture_pdf_pages,
            timeout_s=settings.ocr_timeout_s,
            languages=settings.ocr_languages,
            # One crawl reads one picture at a time; the service's slots are its own.
            concurrency=1,
        )
    )


def add_picture(
    reader: PictureReader, item: AdvertItem, url: str, body: bytes, headers: dict[str, str]
) -> str | None:
    """Read the fetched picture into ``item``; the refusal's code when it cannot be read (the
    post is then stored with its caption only, or dropped when it has none)."""
    started = time.perf_counter()
    try:
        read = reader.read(body)
    except PictureError as exc:
        OCR_SECONDS.labels("crawl", "refused").observe(time.perf_counter() - started)
        log.info("picture %s not read: %s", url, exc.code)
        return exc.code
    OCR_SECONDS.labels("crawl", "ok").observe(time.perf_counter() - started)
    caption = item.description
    joiner = "\n\n" if caption else ""
    item.description = f"{caption}{joiner}{read.text}"
    item.title = item.title or read.text.splitlines()[0][:200]
    item.pictures.append(
        {
            "url": url,
            "body": body,
            "content_type": read.content_type,
            "headers": headers,
            "fetched_at": utcnow(),
            "phash": read.phash,
            "width": read.width,
            "height": read.height,
            "text": read.text,
            "boxes": read.box_rows(),
        }
    )
    return None
