"""PDFs: the first few pages only ("surat panggilan" letters are one or two pages; a PDF of
300 pages is read as far as its first pages). A page with a text layer is read directly,
word boxes and all; a page without one (a scan, a photo saved as PDF) is rendered and OCR'd.

PDFium is not thread-safe, so every call into it holds one lock; the OCR of rendered pages
runs after the lock is released. Boxes on PDF pages are in points (1/72 inch) from the page's
top-left corner, whichever way the page was read.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import pypdfium2 as pdfium
from PIL import Image

from pictures.errors import PictureError
from pictures.ocr import Word

_PDFIUM = threading.Lock()
RENDER_DPI = 200  # scanned text at 200 dpi is as legible to Tesseract as at 300, and faster
MIN_TEXT_CHARS = 20  # fewer letters and digits than this in the text layer: treat as a scan
MAX_PAGE_CHARS = 20_000


@dataclass
class PdfReading:
    pages_total: int
    words: list[Word] = field(default_factory=list)
    pages_read: int = 0
    scanned_pages: int = 0
    size: tuple[int, int] = (0, 0)  # the first page, in points


def _open(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise PictureError("pdf_locked", "the PDF needs a password") from None
        raise PictureError("damaged", f"pdf: {exc}"[:200]) from None


def _text_words(page: pdfium.PdfPage, number: int) -> list[Word]:
    """The text layer as words, split on whitespace, one line per line of the layer."""
    height = page.get_height()
    textpage = page.get_textpage()
    try:
        count = min(textpage.count_chars(), MAX_PAGE_CHARS)
        words: list[Word] = []
        chars: list[str] = []
        box = [0.0, 0.0, 0.0, 0.0]  # left, bottom, right, top
        line = 1

        def flush() -> None:
            if chars:
                left, bottom, right, top = box
                words.append(
                    Word(
                        text="".join(chars),
                        left=round(left),
                        top=round(height - top),
                        width=max(1, round(right - left)),
                        height=max(1, round(top - bottom)),
                        conf=100.0,
                        block=1,
                        par=line,  # each line of the layer stays a line of its own
                        line=line,
                        page=number,
                    )
                )
                chars.clear()

        for i in range(count):
            char = textpage.get_text_range(i, 1)
            if char in ("\r", "\n"):
                flush()
                if char == "\n":
                    line += 1
                continue
            if not char or char.isspace():
                flush()
                continue
            left, bottom, right, top = textpage.get_charbox(i)
            if chars:
                box = [min(box[0], left), min(box[1], bottom), max(box[2], right), max(box[3], top)]
            else:
                box = [left, bottom, right, top]
            chars.append(char)
        flush()
        return words
    finally:
        textpage.close()


def read_pdf(
    data: bytes,
    *,
    max_pages: int,
    render_pixels: int,
    ocr: Callable[[Image.Image, int], list[Word]],
) -> PdfReading:
    """Read the first ``max_pages`` pages. ``ocr(image, page_number)`` reads a rendered page
    (its words in the image's pixels; they are converted to points here)."""
    scans: list[tuple[int, Image.Image, float]] = []
    with _PDFIUM:
        pdf = _open(data)
        try:
            reading = PdfReading(pages_total=len(pdf))
            if reading.pages_total == 0:
                raise PictureError("damaged", "the PDF has no pages")
            for index in range(min(max_pages, reading.pages_total)):
                page = pdf[index]
                try:
                    width, height = page.get_size()
                    if index == 0:
                        reading.size = (round(width), round(height))
                    words = _text_words(page, index + 1)
                    letters = sum(c.isalnum() for w in words for c in w.text)
                    if letters >= MIN_TEXT_CHARS:
                        reading.words.extend(words)
                    else:
                        fit = (render_pixels / max(width * height, 1)) ** 0.5
                        scale = min(RENDER_DPI / 72, fit)
                        bitmap = page.render(scale=scale, grayscale=True)
                        scans.append((index + 1, bitmap.to_pil(), scale))
                        reading.scanned_pages += 1
                finally:
                    page.close()
                reading.pages_read += 1
        except pdfium.PdfiumError as exc:
            raise PictureError("damaged", f"pdf: {exc}"[:200]) from None
        finally:
            pdf.close()
    for number, image, scale in scans:
        for w in ocr(image, number):
            reading.words.append(
                Word(
                    text=w.text,
                    left=round(w.left / scale),
                    top=round(w.top / scale),
                    width=max(1, round(w.width / scale)),
                    height=max(1, round(w.height / scale)),
                    conf=w.conf,
                    block=w.block,
                    par=w.par,
                    line=w.line,
                    page=number,
                )
            )
    reading.words.sort(key=lambda w: w.page)  # stable: each page keeps its reading order
    return reading


def render_pages(data: bytes, *, max_pages: int, render_pixels: int) -> Image.Image:
    """The pages that were read, one under the other, as one picture (the evidence copy of a
    PDF: its pixels carry none of the file's metadata)."""
    with _PDFIUM:
        pdf = _open(data)
        try:
            images = []
            for index in range(min(max_pages, len(pdf))):
                page = pdf[index]
                try:
                    width, height = page.get_size()
                    scale = min(150 / 72, (render_pixels / max(width * height, 1)) ** 0.5)
                    images.append(page.render(scale=scale).to_pil().convert("RGB"))
                finally:
                    page.close()
        finally:
            pdf.close()
    sheet = Image.new("RGB", (max(i.width for i in images), sum(i.height for i in images)), "white")
    top = 0
    for image in images:
        sheet.paste(image, (0, top))
        top += image.height
    return sheet
