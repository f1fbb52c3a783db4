"""The citizens' check for a picture or PDF: read it (:mod:`pictures`: OCR with limits), then
classify the words read through the same batcher and classifier entry point as pasted text.

The file itself is kept only in memory while it is read. It is stored only when the person
sends it as a tip, and then as the evidence copy (metadata removed: EXIF GPS position and
camera, XMP, comments) with its SHA-256, like a crawled page's snapshot.
"""

from __future__ import annotations

import hashlib
import io
import time
from pathlib import Path

from PIL import Image

from citizen.check import Checker, CheckResult, Reading
from citizen.errors import CheckError
from citizen.tips import TIP_CHANNEL
from metrics import OCR_SECONDS
from pictures import PictureError, PictureText
from pictures.phash import phash
from store.services.adverts import AdvertIn, ClassificationIn, SnapshotIn
from store.services.pictures import PictureIn


def picture_error(exc: PictureError) -> CheckError:
    """A refusal of the file as the person should hear it (citizen.picture_messages)."""
    return CheckError(exc.code, exc.status, detail=exc.detail, **exc.params)


def read_picture(checker: Checker, data: bytes) -> PictureText:
    started = time.perf_counter()
    try:
        picture = checker.pictures.read(data)
    except PictureError as exc:
        OCR_SECONDS.labels("citizen", "refused").observe(time.perf_counter() - started)
        raise picture_error(exc) from None
    OCR_SECONDS.labels("citizen", "ok").observe(time.perf_counter() - started)
    return picture


def picture_reading(checker: Checker, data: bytes) -> Reading:
    """What is classified for a picture: the words read (cut like pasted text)."""
    picture = read_picture(checker, data)
    from classifier.pipeline import AdvertInput  # after the cheap refusals: loads torch

    text = picture.text[: checker.max_chars]
    return Reading("image", [AdvertInput(text=text)], picture=picture)


def picture_file_reading(checker: Checker, path: Path) -> Reading:
    """:func:`picture_reading` of a file (the command line); a file over the size limit is
    refused before it is read."""
    try:
        checker.pictures.check_size(path.stat().st_size)
    except PictureError as exc:
        raise picture_error(exc) from None
    return picture_reading(checker, path.read_bytes())


def check_picture(checker: Checker, data: bytes) -> CheckResult:
    """Read and classify one uploaded file. Blocking (OCR): call it from a worker thread."""
    return checker.classify(picture_reading(checker, data))


def picture_tip_advert(checker: Checker, data: bytes) -> tuple[AdvertIn, ClassificationIn]:
    """The advert a tip with a picture stores: the words read as its text, and the picture's
    evidence copy (no metadata) as its snapshot."""
    checked = check_picture(checker, data)
    picture: PictureText = checked.reading.picture
    try:
        body, content_type = checker.pictures.evidence(data)
    except PictureError as exc:
        raise picture_error(exc) from None
    digest = hashlib.sha256(body).hexdigest()
    # A PDF has no hash of its own: the pages read, as stored, stand for it.
    looks = picture.phash or phash(Image.open(io.BytesIO(body)))
    advert = AdvertIn(
        title="",
        body_text=checked.advert.text,
        origin="tip",
        channel=TIP_CHANNEL,
        raw={"picture": picture.summary() | {"sha256": digest}},
        snapshot=SnapshotIn(
            # An upload has no address; the content's own name stands in for one.
            url=f"urn:sha256:{digest}",
            body=body,
            content_type=content_type,
            headers={"Content-Type": content_type},
        ),
        # The same picture again, with the words read and its perceptual hash, so tips and
        # crawled posts that reuse one flyer are linked (store.services.pictures).
        pictures=[
            PictureIn(
                body=body,
                content_type=content_type,
                url=f"urn:sha256:{digest}",
                phash=looks,
                width=picture.width,
                height=picture.height,
                text=picture.text,
                boxes=picture.box_rows(),
            )
        ],
    )
    return advert, ClassificationIn.from_result(checked.result)
