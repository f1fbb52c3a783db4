"""The one entry point: bytes in, text with word boxes out (or a PictureError).

Order of the checks, cheapest first, so a hostile file is refused within milliseconds: the
size, then what the bytes are (never the name or the declared type), then the dimensions from
the header (before any pixel is decoded), then the decoding itself, and only then OCR, with a
time limit for the whole file and at most ``concurrency`` Tesseract processes at once.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any, Literal

from PIL import Image

from pictures import images, ocr
from pictures.clean import Placed, clean_words
from pictures.errors import PictureError
from pictures.pdf import read_pdf, render_pages
from pictures.phash import phash
from pictures.sniff import CONTENT_TYPES, Kind, sniff

TextBox = Placed
Method = Literal["ocr", "pdf_text", "pdf_text+ocr"]


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 10_000_000
    max_pixels: int = 50_000_000
    pdf_pages: int = 3
    timeout_s: float = 20.0
    languages: str = "ind+eng"
    concurrency: int = 2


@dataclass
class PictureText:
    text: str  # cleaned: what the classifier reads and what evidence offsets point into
    boxes: list[TextBox]
    kind: Kind
    method: Method
    width: int  # of the picture, or of the PDF's first page in points
    height: int
    pages_total: int = 1
    pages_read: int = 1
    seconds: float = 0.0
    words_read: int = 0  # before cleaning dropped stray symbols
    phash: str = ""  # perceptual hash of a picture (pictures.phash); "" for a PDF
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def content_type(self) -> str:
        return CONTENT_TYPES[self.kind]

    def box_rows(self) -> list[list[int]]:
        """The boxes as rows for storing: ``[start, end, page, left, top, width, height]``."""
        return [[b.start, b.end, b.page, b.left, b.top, b.width, b.height] for b in self.boxes]

    def summary(self) -> dict[str, Any]:
        """What the answer says about the file (no boxes: those are for the evidence view)."""
        return {
            "file_type": self.content_type,
            "method": self.method,
            "pages_total": self.pages_total,
            "pages_read": self.pages_read,
            "width": self.width,
            "height": self.height,
        }


class PictureReader:
    """Built once per process (the OCR slots are shared by every request)."""

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        self._slots = threading.BoundedSemaphore(self.limits.concurrency)

    def check_size(self, size: int) -> None:
        if size > self.limits.max_bytes:
            raise PictureError(
                "file_too_large",
                f"{size} bytes is more than {self.limits.max_bytes}",
                max_mb=f"{self.limits.max_bytes / 1_000_000:g}",
            )
        if size == 0:
            raise PictureError("not_a_picture", "the file is empty")

    def read(self, data: bytes) -> PictureText:
        started = time.monotonic()
        deadline = started + self.limits.timeout_s
        self.check_size(len(data))
        kind = sniff(data)
        if kind == "pdf":
            result = self._read_pdf(data, deadline)
        else:
            img = images.open_picture(data, kind, self.limits.max_pixels)
            words = self._ocr(images.for_ocr(img), 1, deadline, scale=_scale(img))
            text, boxes = clean_words(words)
            result = PictureText(text, boxes, kind, "ocr", img.width, img.height)
            result.words_read = len(words)
            result.phash = phash(img)
        if not any(c.isalnum() for c in result.text):
            raise PictureError("no_text", "no words were found")
        result.seconds = time.monotonic() - started
        return result

    def _read_pdf(self, data: bytes, deadline: float) -> PictureText:
        reading = read_pdf(
            data,
            max_pages=self.limits.pdf_pages,
            render_pixels=images.OCR_PIXELS,
            ocr=lambda image, page: self._ocr(image, page, deadline),
        )
        text, boxes = clean_words(reading.words)
        method: Method = "ocr" if reading.scanned_pages == reading.pages_read else "pdf_text"
        if 0 < reading.scanned_pages < reading.pages_read:
            method = "pdf_text+ocr"
        width, height = reading.size
        result = PictureText(
            text, boxes, "pdf", method, width, height, reading.pages_total, reading.pages_read
        )
        result.words_read = len(reading.words)
        return result

    def _ocr(
        self, img: Image.Image, page: int, deadline: float, scale: float = 1.0
    ) -> list[ocr.Word]:
        """Tesseract on one picture, once a slot is free; boxes divided by ``scale`` (the
        picture may have been resized for OCR) so they are in the original's pixels."""
        if not self._slots.acquire(timeout=max(0.0, deadline - time.monotonic())):
            raise PictureError("ocr_busy", "every OCR slot stayed busy")
        try:
            left = deadline - time.monotonic()
            if left <= 0:
                raise PictureError(
                    "ocr_timeout", "no time left to read", seconds=self.limits.timeout_s
                )
            words = ocr.run_tesseract(
                img, languages=self.limits.languages, timeout_s=left, page=page
            )
        finally:
            self._slots.release()
        if scale == 1.0:
            return words
        return [
            ocr.Word(
                w.text,
                round(w.left / scale),
                round(w.top / scale),
                max(1, round(w.width / scale)),
                max(1, round(w.height / scale)),
                w.conf,
                w.block,
                w.par,
                w.line,
                w.page,
            )
            for w in words
        ]

    def evidence(self, data: bytes) -> tuple[bytes, str]:
        """The copy to store when a person sends the picture as a tip: no metadata (see
        :func:`pictures.images.evidence_copy`); a PDF becomes the pages read, as a PNG."""
        self.check_size(len(data))
        kind = sniff(data)
        if kind == "pdf":
            sheet = render_pages(
                data,
                max_pages=self.limits.pdf_pages,
                render_pixels=images.OCR_PIXELS // self.limits.pdf_pages,
            )
            return images.evidence_copy(sheet, "png")
        return images.evidence_copy(images.open_picture(data, kind, self.limits.max_pixels), kind)


def _scale(img: Image.Image) -> float:
    """How much :func:`pictures.images.for_ocr` will resize ``img``."""
    return images.for_ocr_scale(img.width, img.height)
