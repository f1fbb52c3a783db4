"""The one error of picture reading: a code (what is wrong with the file), a technical detail
for logs and the JSON API (never the file's content), and the numbers a message may name."""

from __future__ import annotations

from typing import Literal

Code = Literal[
    "not_a_picture",  # the bytes are no PNG, JPEG, WebP, GIF or PDF, whatever the name says
    "file_too_large",  # more bytes than the limit
    "too_many_pixels",  # a decompression bomb, or a photo far larger than any advert needs
    "bad_dimensions",  # a side too small to hold text, or absurdly long
    "damaged",  # truncated or corrupt: the picture cannot be decoded to the end
    "pdf_locked",  # a PDF with a password
    "no_text",  # read, but no words found
    "ocr_timeout",  # reading took longer than the time limit
    "ocr_busy",  # every OCR slot stayed busy for the whole wait
    "ocr_unavailable",  # the OCR engine is missing or failed: the operator's problem
]

# A refusal of the file is the client's (4xx); the engine missing or crashing is ours (5xx).
STATUS: dict[str, int] = {
    "not_a_picture": 415,
    "file_too_large": 413,
    "too_many_pixels": 422,
    "bad_dimensions": 422,
    "damaged": 422,
    "pdf_locked": 422,
    "no_text": 422,
    "ocr_timeout": 422,
    "ocr_busy": 503,
    "ocr_unavailable": 503,
}


class PictureError(Exception):
    def __init__(self, code: Code, detail: str = "", **params: object) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code: Code = code
        self.detail = detail
        self.params = params

    @property
    def status(self) -> int:
        return STATUS[self.code]
