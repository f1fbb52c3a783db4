"""An advert's pictures as investigators see them: each picture with the words the red flags
quote outlined on it (the boxes OCR gave each word), and the words read below it.

The evidence spans are offsets into the advert's text; a picture's words start at its
``text_offset`` there, so a word is outlined when its span overlaps a quoted one. Only the
current version's pictures can be outlined (the latest classification read that text), and
only when the stored picture has the size the boxes were measured on (a PDF's stored copy is
its pages drawn anew, so its boxes, in points, are not drawn).
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass, field
from typing import Any

from PIL import Image, UnidentifiedImageError

from store.models import AdvertPicture
from store.services.adverts import snapshot_body
from vocabulary.red_flags import RED_FLAG_LABELS


@dataclass
class Box:
    left: int
    top: int
    width: int
    height: int
    label: str  # the red flag(s) the word is evidence for


@dataclass
class PictureView:
    id: int
    version: int
    data_url: str
    width: int
    height: int
    sha256: str
    source: str
    text: str
    boxes: list[Box] = field(default_factory=list)
    outlined: bool = False  # whether boxes could be drawn at all


def _spans(red_flags: list[dict[str, Any]]) -> list[tuple[int, int, str]]:
    return [
        (int(e["start"]), int(e["end"]), RED_FLAG_LABELS.get(f["code"], f["code"]))
        for f in red_flags
        for e in f.get("evidence", [])
        if e.get("start") is not None and e.get("end") is not None
    ]


def picture_views(
    pictures: list[AdvertPicture], current_version: int, red_flags: list[dict[str, Any]]
) -> list[PictureView]:
    spans = _spans(red_flags)
    views = []
    for picture in pictures:
        if picture.snapshot.purged_at is not None:
            continue  # emptied by the retention rule (an advert never flagged)
        body = snapshot_body(picture.snapshot)
        content_type = picture.snapshot.content_type.split(";")[0] or "image/png"
        view = PictureView(
            id=picture.id,
            version=picture.version,
            data_url=f"data:{content_type};base64,{base64.b64encode(body).decode('ascii')}",
            width=picture.width,
            height=picture.height,
            sha256=picture.snapshot.sha256,
            source=picture.snapshot.url,
            text=picture.text,
        )
        try:
            size = Image.open(io.BytesIO(body)).size
        except (UnidentifiedImageError, OSError):
            size = (0, 0)
        view.outlined = picture.version == current_version and size == (
            picture.width,
            picture.height,
        )
        if view.outlined:
            for start, end, _page, left, top, width, height in picture.boxes:
                a, b = picture.text_offset + start, picture.text_offset + end
                labels = sorted({label for s, e, label in spans if s < b and a < e})
                if labels:
                    view.boxes.append(Box(left, top, width, height, ", ".join(labels)))
        views.append(view)
    return views
