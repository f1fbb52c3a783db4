"""Reading the generated PDF back: its text layer and its first page as an image."""

from __future__ import annotations

from typing import Any

import pypdfium2 as pdfium


def page_texts(pdf: bytes) -> list[str]:
    """The text layer of each page."""
    doc = pdfium.PdfDocument(pdf)
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def first_page_image(pdf: bytes, scale: float = 1.0) -> Any:
    """The first page rendered to a PIL image (pdfium, the renderer inside Chromium)."""
    doc = pdfium.PdfDocument(pdf)
    try:
        return doc[0].render(scale=scale).to_pil().convert("RGB")
    finally:
        doc.close()
