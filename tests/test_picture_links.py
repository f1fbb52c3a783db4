"""Adverts that reuse the same flyer are linked through a perceptual hash; two flyers made on
one template (which hash alike) are not, because they do not say the same words."""

from __future__ import annotations

import pytest
from PIL import Image
from sqlalchemy.orm import Session, sessionmaker

from pictures import PictureReader
from pictures.phash import distance
from store.db import transaction
from store.services.adverts import AdvertIn, ingest
from store.services.links import linked_adverts
from store.services.pictures import SAME_PICTURE_DISTANCE, PictureIn
from tests.fixture_adverts import LEGIT, SCAMS
from tests.picture_adverts import STYLES, encode

pytestmark = pytest.mark.slow


def picture_in(reader: PictureReader, data: bytes, url: str) -> PictureIn:
    read = reader.read(data)
    return PictureIn(
        body=data,
        content_type=read.content_type,
        url=url,
        phash=read.phash,
        width=read.width,
        height=read.height,
        text=read.text,
        boxes=read.box_rows(),
    )


def store(factory: sessionmaker[Session], url: str, caption: str, picture: PictureIn) -> int:
    text = f"{caption}\n\n{picture.text}"
    with transaction(factory) as session:
        item = AdvertIn(title="", body_text=text, url=url, channel="telegram", pictures=[picture])
        return ingest(session, item).advert_id


def test_the_same_flyer_links_and_a_flyer_on_the_same_template_does_not(
    factory: sessionmaker[Session],
) -> None:
    reader = PictureReader()
    flyer = STYLES["printout"](SCAMS[5])
    other = STYLES["printout"](LEGIT[1])  # another advert on the same "printout" template
    resized = flyer.resize((flyer.width // 2, flyer.height // 2), Image.Resampling.BILINEAR)
    pictures = {
        "flyer": picture_in(reader, encode(flyer, "JPEG", quality=90), "https://cdn.example/a.jpg"),
        "repost": picture_in(reader, encode(resized, "WEBP", quality=50), "https://cdn.example/b"),
        "other": picture_in(reader, encode(other, "JPEG", quality=90), "https://cdn.example/c.jpg"),
    }
    # The template alone makes the two different flyers hash within the "same" distance.
    assert distance(pictures["flyer"].phash, pictures["other"].phash) <= SAME_PICTURE_DISTANCE
    assert distance(pictures["flyer"].phash, pictures["repost"].phash) <= SAME_PICTURE_DISTANCE

    first = store(factory, "https://t.me/a/1", "Lowongan spa", pictures["flyer"])
    repost = store(factory, "https://t.me/b/9", "Buruan daftar, kuota terbatas", pictures["repost"])
    unrelated = store(factory, "https://t.me/c/3", "Lowongan tambang", pictures["other"])
    with factory() as session:
        links = {(other_id, kind) for other_id, kind, _ in linked_adverts(session, first)}
        assert (repost, "same_picture") in links
        assert (unrelated, "same_picture") not in links
        back = {(other_id, kind) for other_id, kind, _ in linked_adverts(session, repost)}
        assert (first, "same_picture") in back


def test_pictures_without_words_need_a_closer_hash(factory: sessionmaker[Session]) -> None:
    """A photo with no words (a logo, a smiling "worker") has only its looks: 3 bits apart
    links, 6 bits apart (the same for a flyer with the same words) does not."""
    one = PictureIn(b"1", "image/jpeg", "https://cdn.example/1", phash="f0f0f0f0f0f0f0f0")
    near = PictureIn(b"2", "image/jpeg", "https://cdn.example/2", phash="f0f0f0f0f0f0f0f7")
    far = PictureIn(b"3", "image/jpeg", "https://cdn.example/3", phash="f0f0f0f0f0f0f0cf")
    assert (distance(one.phash, near.phash), distance(one.phash, far.phash)) == (3, 6)
    a = store(factory, "https://t.me/x/1", "satu", one)
    b = store(factory, "https://t.me/x/2", "dua", near)
    c = store(factory, "https://t.me/x/3", "tiga", far)
    with factory() as session:
        linked = {o for o, kind, _ in linked_adverts(session, a) if kind == "same_picture"}
    assert linked == {b} and c not in linked
