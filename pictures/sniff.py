"""What a file is, from its first bytes. A name ending in .png or a Content-Type of image/png
proves nothing: a text file, an HTML page or an executable can claim either, so the bytes
decide and nothing else."""

from __future__ import annotations

from typing import Literal

from pictures.errors import PictureError

Kind = Literal["png", "jpeg", "gif", "webp", "pdf"]

CONTENT_TYPES: dict[Kind, str] = {
    "png": "image/png",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "webp": "image/webp",
    "pdf": "application/pdf",
}


def sniff(data: bytes) -> Kind:
    head = data[:16]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "webp"
    # The PDF header may follow a little junk (some generators write a BOM or whitespace);
    # readers accept it within the first kilobyte, so do we.
    if b"%PDF-" in data[:1024]:
        return "pdf"
    raise PictureError("not_a_picture", f"unknown file signature {head[:8].hex()}")
