"""Adverts as pictures through POST /api/check, the page's upload form and tips, over real HTTP
with real OCR: the verdict of a picture is the verdict of its text; the words read come back
with the answer; nothing is stored unless sent as a tip, and then without its metadata."""

from __future__ import annotations

import hashlib
import io
import threading
import time
import zlib

import httpx
import lxml.html
import pytest
from fastapi import FastAPI
from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.models import Advert, AdvertVersion, CitizenCheck, ReviewCase, Snapshot, Tip
from tests.fixture_adverts import LEGIT, SCAMS
from tests.picture_adverts import STYLES, encode

pytestmark = pytest.mark.slow
LiveApp = tuple[FastAPI, httpx.Client]


def upload(client: httpx.Client, data: bytes, name: str = "iklan.png", path: str = "/api/check",
           **fields: str) -> httpx.Response:  # fmt: skip
    return client.post(path, files={"image": (name, data, "image/png")}, data=fields)


@pytest.mark.parametrize(
    ("advert", "style"),
    [
        (SCAMS[2], "poster"),
        (SCAMS[0], "chat"),
        (SCAMS[7], "printout"),
        (LEGIT[2], "poster"),
        (LEGIT[0], "chat"),
        (LEGIT[4], "printout"),
    ],
)
def test_a_picture_gets_the_answer_its_text_gets(
    live_app: LiveApp, advert: str, style: str
) -> None:
    _, client = live_app
    as_text = client.post("/api/check", json={"text": advert}).json()
    r = upload(client, encode(STYLES[style](advert)))
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["band"], body["suspicious"]) == (as_text["band"], as_text["suspicious"])
    assert {f["code"] for f in body["red_flags"]} == {f["code"] for f in as_text["red_flags"]}
    read = body["input"]
    assert read["kind"] == "image" and read["method"] == "ocr"
    assert read["file_type"] == "image/png" and read["pages_read"] == 1
    # The evidence points into the words read, which the answer carries.
    for flag in body["red_flags"]:
        for span in flag["evidence"]:
            assert read["text"][span["start"] : span["end"]] == span["text"]
    assert body.keys() == as_text.keys()


def test_english_and_a_pdf(live_app: LiveApp) -> None:
    _, client = live_app
    buffer = io.BytesIO()
    STYLES["printout"](SCAMS[6]).save(buffer, "PDF", resolution=150)
    r = client.post(
        "/api/check",
        files={"image": ("surat.pdf", buffer.getvalue(), "application/pdf")},
        data={"lang": "en"},
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["lang"], body["band"], body["band_label"]) == ("en", "high", "Dangerous")
    assert body["input"]["file_type"] == "application/pdf"
    assert "Sihanoukville" in body["input"]["text"]


def test_a_picture_check_is_counted_and_nothing_is_stored(
    live_app: LiveApp, factory: sessionmaker[Session]
) -> None:
    _, client = live_app
    assert upload(client, encode(STYLES["chat"](SCAMS[1]))).status_code == 200
    assert upload(client, b"bukan gambar", "iklan.png").status_code == 415
    with factory() as session:
        rows = session.scalars(select(CitizenCheck).order_by(CitizenCheck.id)).all()
        assert [(r.input_kind, r.band) for r in rows] == [("image", "high"), ("image", "error")]
        for model in (Advert, Snapshot, Tip):
            assert session.scalars(select(model)).first() is None


def test_ocr_never_blocks_other_requests(live_app: LiveApp) -> None:
    """While Tesseract reads a large picture in the thread pool, the event loop answers."""
    _, client = live_app
    big = encode(STYLES["printout"](" ".join([SCAMS[3]] * 6)), "JPEG", quality=90)
    finished: dict[str, float] = {}

    def send() -> None:
        with httpx.Client(base_url=client.base_url, timeout=60) as other:
            assert upload(other, big, "foto.jpg").status_code == 200
        finished["picture"] = time.monotonic()

    worker = threading.Thread(target=send)
    worker.start()
    time.sleep(0.3)  # the upload is in and Tesseract has started (it takes seconds)
    assert client.get("/healthz").status_code == 200
    finished["health"] = time.monotonic()
    worker.join(60)
    assert finished["health"] < finished["picture"]


def test_the_page_checks_a_picture_without_javascript(live_app: LiveApp) -> None:
    _, client = live_app
    index = lxml.html.fromstring(client.get("/").text)
    (form,) = index.xpath("//form[@action='/cek/gambar']")
    assert form.get("enctype") == "multipart/form-data"
    (field,) = form.xpath(".//input[@type='file']")
    assert field.get("name") == "image" and field.get("accept") == "image/*,application/pdf"
    assert "Unggah gambar / tangkapan layar" in form.text_content()

    r = upload(client, encode(STYLES["poster"](SCAMS[2])), path="/cek/gambar", lang="id")
    assert r.status_code == 200
    page = lxml.html.fromstring(r.text)
    assert page.xpath("//section[contains(@class,'result')]/@data-band") == ["high"]
    # The words read, in a box the person can correct and check again.
    (read,) = page.xpath("//section[@class='read-picture']//textarea[@name='q']")
    assert "Rp 3.500.000" in read.text_content()
    assert page.xpath("//section[@class='read-picture']//form/@action") == ["/cek"]
    # The tip form can take the picture again.
    (tip,) = page.xpath("//form[@action='/lapor']")
    assert tip.get("enctype") == "multipart/form-data"
    assert tip.xpath(".//input[@name='kind']/@value") == ["image"]

    refused = upload(client, b"%!PS-Adobe bukan gambar", "iklan.jpg", path="/cek/gambar")
    assert refused.status_code == 415
    page = lxml.html.fromstring(refused.text)
    (error,) = page.xpath("//form[@action='/cek/gambar']//div[@role='alert']")
    assert "bukan gambar atau PDF" in error.text_content()


def _photo_with_gps(advert: str) -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "KameraMerek"
    exif[0x0110] = "HP-Model-X"
    exif[0x8825] = {1: "S", 2: (1.0, 35.0, 0.0), 3: "E", 4: (103.0, 36.0, 0.0)}
    return encode(STYLES["printout"](advert), "JPEG", quality=90, exif=exif.tobytes())


def test_a_tip_with_a_picture_stores_it_without_metadata(
    live_app: LiveApp, factory: sessionmaker[Session]
) -> None:
    _, client = live_app
    photo = _photo_with_gps(SCAMS[2])
    r = client.post(
        "/api/tips",
        files={"image": ("foto.jpg", photo, "image/jpeg")},
        data={"message": "Ditempel di tiang listrik", "contact": "0812 1111 2222"},
    )
    assert r.status_code == 201, r.text
    with factory() as session:
        tip = session.get(Tip, r.json()["tip_id"])
        assert tip is not None and tip.message == "Ditempel di tiang listrik"
        assert tip.contact is None  # no consent
        advert = session.get(Advert, tip.advert_id)
        assert advert is not None and advert.origin == "tip" and "Dumai" in advert.body_text
        assert advert.latest_suspicious is True
        assert session.scalar(select(ReviewCase).where(ReviewCase.advert_id == advert.id))
        version = session.scalar(select(AdvertVersion).where(AdvertVersion.advert_id == advert.id))
        assert version is not None and version.snapshot is not None
        snapshot = version.snapshot
        body = zlib.decompress(snapshot.body)
        assert hashlib.sha256(body).hexdigest() == snapshot.sha256
        assert snapshot.url == f"urn:sha256:{snapshot.sha256}"
        assert snapshot.content_type == "image/jpeg"
        assert b"HP-Model-X" not in body and b"KameraMerek" not in body
        assert not Image.open(io.BytesIO(body)).getexif()
        assert body != photo


def test_the_page_tip_form_sends_the_picture_or_the_words_read(
    live_app: LiveApp, factory: sessionmaker[Session]
) -> None:
    _, client = live_app
    photo = _photo_with_gps(SCAMS[4])
    with_picture = client.post(
        "/lapor",
        files={"image": ("foto.jpg", photo, "image/jpeg")},
        data={"lang": "id", "kind": "image", "value": "teks yang dibaca", "contact": ""},
        follow_redirects=False,
    )
    assert with_picture.status_code == 303, with_picture.text
    # No picture attached again: the words read are sent as the advert's text.
    words_only = client.post(
        "/lapor",
        files={"image": ("", b"", "application/octet-stream")},
        data={"lang": "id", "kind": "image", "value": SCAMS[5]},
        follow_redirects=False,
    )
    assert words_only.status_code == 303, words_only.text
    with factory() as session:
        adverts = session.scalars(select(Advert).order_by(Advert.id)).all()
        assert "EPS-TOPIK" in adverts[0].body_text
        assert adverts[1].body_text == SCAMS[5]
        snapshots = session.scalars(select(Snapshot)).all()
        assert len(snapshots) == 1 and snapshots[0].content_type == "image/jpeg"
