"""Reading a ``multipart/form-data`` upload (a picture for the citizens' check) with a hard cap.

The body is counted as it arrives and refused past the cap without reading the rest; the
form is then parsed from memory, never spooled to disk: the picture is not stored unless the
person sends it as a tip, and a temporary file would be a copy nobody promised to delete.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from dataclasses import dataclass

from fastapi import Request
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser

from citizen.errors import CheckError

FORM_OVERHEAD = 64 * 1024  # the other fields and the part headers, beside the file itself
MAX_FIELD_BYTES = 16 * 1024  # a tip's message and contact are far shorter


@dataclass
class Upload:
    fields: dict[str, str]
    data: bytes | None  # the file in ``image``; None when no file was chosen
    filename: str = ""


class _InMemoryParser(MultiPartParser):
    # Starlette spools files over 1 MB to a temporary file; the body is capped already, so
    # keeping it in memory costs no more than the cap and leaves nothing on disk.
    spool_max_size = 200 * 1024 * 1024


def is_multipart(request: Request) -> bool:
    return request.headers.get("content-type", "").lower().startswith("multipart/form-data")


def _too_large(max_bytes: int) -> CheckError:
    return CheckError(
        "file_too_large",
        413,
        detail=f"upload over {max_bytes} bytes",
        max_mb=f"{max_bytes / 1_000_000:g}",
    )


async def read_upload(request: Request, *, max_bytes: int, field: str = "image") -> Upload:
    """The form's text fields and the file in ``field``. CheckError: 413 past ``max_bytes``
    (plus room for the other fields), 400 when the form cannot be parsed."""
    limit = max_bytes + FORM_OVERHEAD
    if not request.headers.get("content-type", "").lower().startswith("multipart/form-data"):
        # No form at all (the multipart parser would fail on the missing header with a 500).
        raise CheckError("bad_request", 400, detail="expected multipart/form-data")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(max_bytes)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(max_bytes)
        chunks.append(chunk)
    body = b"".join(chunks)

    async def replay() -> AsyncGenerator[bytes, None]:
        yield body

    parser = _InMemoryParser(
        request.headers, replay(), max_files=1, max_fields=20, max_part_size=MAX_FIELD_BYTES
    )
    try:
        form = await parser.parse()
    except MultiPartException as exc:
        raise CheckError("bad_request", 400, detail=f"multipart: {exc.message}") from None
    fields: dict[str, str] = {}
    data: bytes | None = None
    filename = ""
    try:
        for name, value in form.multi_items():
            if isinstance(value, UploadFile):
                if name == field and value.filename:
                    data = await value.read()
                    filename = value.filename
            elif isinstance(value, str):
                fields.setdefault(name, value)
    finally:
        await form.close()
    if data is not None and len(data) > max_bytes:
        raise _too_large(max_bytes)
    return Upload(fields, data, filename)
