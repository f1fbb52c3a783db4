"""Telegram photo posts in a real crawl: the picture is fetched from the fixture site, kept as
evidence with its SHA-256, read by OCR and classified with the caption; a post that reuses the
same flyer (recompressed, resized, on another address) is linked to the first."""

from __future__ import annotations

import html
import io
import zlib
from hashlib import sha256

import pytest
from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from warcio.archiveiterator import ArchiveIterator

from crawler.warc import select_snapshots, write_warc
from store.models import Advert, AdvertLink, AdvertPicture, ReviewCase
from store.services.links import linked_adverts
from tests.crawler.conftest import CrawlEnv
from tests.fixture_adverts import LEGIT, SCAMS
from tests.fixture_site import FixtureSite, page
from tests.picture_adverts import STYLES, encode

pytestmark = pytest.mark.slow
CHANNEL = "lokerfoto"


def photo_post(number: int, photo_url: str, caption: str = "") -> str:
    text = (
        f'<div class="tgme_widget_message_text js-message_text" dir="auto">'
        f"{html.escape(caption)}</div>"
        if caption
        else ""
    )
    return (
        f'<div class="tgme_widget_message_wrap js-widget_message_wrap">'
        f'<div class="tgme_widget_message js-widget_message" data-post="{CHANNEL}/{number}">'
        f'<div class="tgme_widget_message_bubble">'
        f'<a class="tgme_widget_message_photo_wrap blured" href="https://t.me/{CHANNEL}/{number}" '
        f"style=\"width:800px;background-image:url('{photo_url}')\">"
        f'<div class="tgme_widget_message_photo" style="padding-top:75%"></div></a>{text}'
        f'<div class="tgme_widget_message_footer"><a class="tgme_widget_message_date" '
        f'href="https://t.me/{CHANNEL}/{number}"><time datetime="2026-12-0{number}T08:15:00+00:00">'
        f"08:15</time></a></div></div></div></div>"
    )


def test_photo_posts_are_read_kept_and_linked(
    crawl_env: CrawlEnv, site: FixtureSite, factory: sessionmaker[Session]
) -> None:
    flyer = STYLES["poster"](SCAMS[3])  # Riyadh, umrah visa, DP 1,5 jt: no caption at all
    flyer_png = encode(flyer)
    smaller = flyer.resize((flyer.width * 3 // 4, flyer.height * 3 // 4))
    repost_jpg = encode(smaller, "JPEG", quality=70)  # the same flyer, reposted elsewhere
    chat_png = encode(STYLES["chat"](LEGIT[1]))
    site.add("/file/flyer.png", flyer_png, "image/png")
    site.add("/file/repost.jpg", repost_jpg, "image/jpeg")
    site.add("/file/chat.png", chat_png, "image/png")
    site.add("/file/not-a-picture.jpg", "<html>bukan gambar</html>", "image/jpeg")
    posts = "".join(
        [
            photo_post(1, site.url("/file/flyer.png")),
            photo_post(2, site.url("/file/chat.png"), "Info dari grup sebelah, siapa tahu minat"),
            photo_post(3, site.url("/file/hilang.jpg"), SCAMS[5]),  # the picture is gone (404)
            photo_post(4, site.url("/file/not-a-picture.jpg")),  # nothing readable: dropped
            photo_post(5, site.url("/file/repost.jpg"), "Masih dibuka! Hubungi admin"),
        ]
    )
    body = f'<section class="tgme_channel_history js-message_history">{posts}</section>'
    start = site.add(f"/s/{CHANNEL}", page("Loker Foto – Telegram", body))

    rc, run, err = crawl_env.run("telegram", "--start-url", start)
    assert rc == 0, err
    assert run["items"] == 4, (run, err)  # post 4 had neither caption nor readable picture
    assert site.hits["/file/flyer.png"] == 1 and site.hits["/file/hilang.jpg"] >= 1

    with factory() as s:
        adverts = {a.canonical_url.rsplit("/", 1)[1]: a for a in s.scalars(select(Advert))}
        assert set(adverts) == {"1", "2", "3", "5"}
        # The photo-only scam: its words were read, classified and flagged.
        first = adverts["1"]
        assert "Riyadh" in first.body_text and "visa umrah" in first.body_text
        assert first.latest_suspicious is True
        assert s.scalar(select(ReviewCase).where(ReviewCase.advert_id == first.id)) is not None
        # Caption and picture are one text: the caption first, the words read after it.
        second = adverts["2"]
        assert second.body_text.startswith("Info dari grup sebelah")
        assert "Pak Darto" in second.body_text
        # A picture that could not be fetched leaves the caption.
        assert adverts["3"].body_text == SCAMS[5]
        assert not s.scalars(
            select(AdvertPicture).where(AdvertPicture.advert_id == adverts["3"].id)
        ).all()

        # The picture is evidence: its bytes as fetched, with their SHA-256.
        picture = s.scalar(select(AdvertPicture).where(AdvertPicture.advert_id == first.id))
        assert picture is not None
        assert picture.snapshot.sha256 == sha256(flyer_png).hexdigest()
        assert zlib.decompress(picture.snapshot.body) == flyer_png
        assert picture.snapshot.url == site.url("/file/flyer.png")
        assert (picture.width, picture.height) == flyer.size
        assert picture.text and picture.boxes
        start_, end_ = picture.boxes[0][:2]
        assert picture.text[start_:end_] in first.body_text
        assert first.body_text[picture.text_offset :].startswith(picture.text[:20])

        # The repost of the same flyer is linked to the first, both ways; the chat is not.
        repost = adverts["5"]
        kinds = {(k.advert_id, k.other_id, k.kind) for k in s.scalars(select(AdvertLink))}
        assert (first.id, repost.id, "same_picture") in kinds
        assert (repost.id, first.id, "same_picture") in kinds
        assert not [k for k in kinds if second.id in k[:2] and k[2] == "same_picture"]
        assert (repost.id, "same_picture") in {(o, k) for o, k, _ in linked_adverts(s, first.id)}

        # A WARC export of the post holds its page and its picture, each with its digest.
        out = io.BytesIO()
        write_warc(select_snapshots(s, ids=[first.id]), out)
    out.seek(0)
    records = {
        r.rec_headers.get_header("WARC-Target-URI"): r.content_stream().read()
        for r in ArchiveIterator(out)
        if r.rec_type == "response"
    }
    assert records[site.url("/file/flyer.png")] == flyer_png
    assert any(body.lstrip().startswith(b"<!doctype html>") for body in records.values())


def test_a_picture_over_the_size_limit_is_not_downloaded_whole(
    crawl_env: CrawlEnv, site: FixtureSite, factory: sessionmaker[Session]
) -> None:
    big = io.BytesIO()
    Image.effect_noise((2400, 2400), 80).convert("RGB").save(big, "PNG")  # ~17 MB of noise
    assert len(big.getvalue()) > 10_000_000
    site.add("/file/besar.png", big.getvalue(), "image/png")
    posts = photo_post(1, site.url("/file/besar.png"), SCAMS[0])
    body = f'<section class="tgme_channel_history js-message_history">{posts}</section>'
    start = site.add(f"/s/{CHANNEL}", page("Loker Foto – Telegram", body))
    rc, run, err = crawl_env.run("telegram", "--start-url", start)
    assert rc == 0, err
    assert run["items"] == 1
    with factory() as s:
        advert = s.scalars(select(Advert)).one()
        assert advert.body_text == SCAMS[0]  # the caption alone
        assert not s.scalars(select(AdvertPicture)).all()
