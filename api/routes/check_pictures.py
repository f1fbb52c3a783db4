"""The picture half of the citizens' check on the web: an upload (multipart/form-data, the file
in the field ``image``) read by OCR and classified like pasted text.

    POST /api/check   multipart: image=<file>[, lang]   -> the text answer, plus
                      input.kind = "image", input.text (the words read), input.file_type,
                      input.method ("ocr", "pdf_text" or "pdf_text+ocr"), input.pages_read/total
    POST /cek/gambar  the page's upload form (works without JavaScript)
    POST /api/tips and /lapor also take multipart with an optional ``image``: the picture is
                      then stored with the tip, without its metadata (citizen.picture_check)

OCR blocks, so it runs in the thread pool; the event loop keeps answering other requests while
Tesseract works (at most WASPADA_OCR_CONCURRENCY at once, each with a time limit).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from fastapi import Request
from fastapi.concurrency import run_in_threadpool

from api.uploads import Upload, read_upload
from citizen.check import CheckResult
from citizen.errors import CheckError
from citizen.messages import Lang, pick_lang
from citizen.picture_check import check_picture

if TYPE_CHECKING:
    from api.routes.check import Citizen


async def upload_of(request: Request, citizen: Citizen) -> tuple[Upload, Lang]:
    upload = await read_upload(request, max_bytes=citizen.settings.picture_max_bytes)
    lang = pick_lang(upload.fields.get("lang") or request.query_params.get("lang"))
    request.state.lang = lang
    return upload, lang


def _run(citizen: Citizen, data: bytes, channel: str) -> CheckResult:
    """Check and count like :meth:`Citizen.run_check` (kind "image"; refused files as "error")."""
    started = time.perf_counter()
    try:
        result = check_picture(citizen.checker, data)
    except CheckError as exc:
        if exc.status < 500:
            citizen.count(channel, "image", "error", started)
        raise
    citizen.count(channel, "image", result.band, started)
    return result


async def check_upload(citizen: Citizen, upload: Upload, channel: str = "web") -> CheckResult:
    if upload.data is None:
        raise CheckError("no_image", 400, detail='no file in the field "image"')
    return await run_in_threadpool(_run, citizen, upload.data, channel)
