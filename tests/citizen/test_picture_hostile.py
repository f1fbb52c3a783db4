"""Hostile and broken files sent as pictures: each gets its 4xx with a message in Bahasa
Indonesia that says what to send instead, and the service goes on answering.

The time bound on each refusal is not a speed measurement: it catches a refusal that comes
only after decoding the file (a 30,000 x 30,000 bomb takes far longer and 900 MB to decode)."""

from __future__ import annotations

import io
import struct
import time
import zlib
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from tests.citizen.conftest import citizen_settings, make_app
from tests.conftest import LiveServer
from tests.fixture_adverts import LEGIT, SCAMS
from tests.picture_adverts import STYLES, encode
from waspada.settings import Settings

LiveApp = tuple[FastAPI, httpx.Client]
REFUSED_WITHIN_S = 5.0


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(side: int = 30_000) -> bytes:
    """A valid greyscale PNG of side x side pixels, all white: 900 MB of pixels in ~1 MB."""
    row = b"\x00" + b"\xff" * side  # filter byte + pixels
    packer = zlib.compressobj(9)
    rows = 1000
    block = packer.compress(row * rows)
    parts = [block]
    for _ in range(side // rows - 1):
        parts.append(packer.compress(row * rows))
    parts.append(packer.flush())
    ihdr = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", ihdr)
        + _chunk(b"IDAT", b"".join(parts))
        + (_chunk(b"IEND", b""))
    )


def pdf_of_pages(count: int, password: str | None = None) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, encrypt=password)
    for number in range(1, count + 1):
        pdf.setFont("Helvetica", 12)
        text = pdf.beginText(60, A4[1] - 80)
        text.textLine(f"Halaman {number} dari {count}: lampiran surat panggilan kerja")
        if number == 1:
            for start in range(0, len(SCAMS[4]), 80):
                text.textLine(SCAMS[4][start : start + 80])
        pdf.drawText(text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def send(client: httpx.Client, data: bytes, name: str, ctype: str = "image/png") -> Any:
    started = time.monotonic()
    r = client.post("/api/check", files={"image": (name, data, ctype)})
    return r, time.monotonic() - started


def refused(client: httpx.Client, data: bytes, name: str, ctype: str = "image/png") -> Any:
    r, elapsed = send(client, data, name, ctype)
    assert 400 <= r.status_code < 500, r.text
    assert elapsed < REFUSED_WITHIN_S, f"{name}: refused only after {elapsed:.1f} s"
    body = r.json()
    assert body["message"] and body["detail"]
    return r.status_code, body["error"], body["message"]


@pytest.mark.slow
def test_hostile_files_each_get_their_4xx_and_the_service_goes_on(live_app: LiveApp) -> None:
    _, client = live_app
    flyer = encode(STYLES["poster"](SCAMS[2]))
    photo = encode(STYLES["printout"](SCAMS[2]), "JPEG", quality=90)
    bomb = png_bomb()
    assert len(bomb) < 2_000_000

    status, code, message = refused(client, bomb, "bom.png")
    assert (status, code) == (422, "too_many_pixels")
    assert "terlalu besar untuk dibaca" in message and "50 juta titik" in message

    tiny = encode(Image.new("L", (8, 8), 255))
    long_strip = encode(Image.new("L", (40_000, 20), 255))
    for data in (tiny, long_strip):
        assert refused(client, data, "aneh.png")[:2] == (422, "bad_dimensions")

    status, code, message = refused(client, flyer[: len(flyer) * 2 // 3], "terpotong.png")
    assert (status, code) == (422, "damaged") and "rusak atau tidak lengkap" in message
    assert refused(client, photo[: len(photo) // 2], "terpotong.jpg", "image/jpeg")[:2] == (
        422,
        "damaged",
    )

    # Not pictures, whatever the name and the declared type say.
    for data, name in [
        (("Lowongan kerja: " + LEGIT[1]).encode(), "iklan.png"),
        (b"<!doctype html><script>alert(1)</script>", "foto.jpg"),
        (b"MZ\x90\x00\x03" + b"\x00" * 500, "gambar.webp"),
        (b"", "kosong.png"),
    ]:
        status, code, message = refused(client, data, name)
        assert (status, code) == (415, "not_a_picture"), name
        assert "bukan gambar atau PDF" in message

    status, code, message = refused(client, b"\x89PNG\r\n\x1a\n" + b"\0" * 10_000_001, "besar.png")
    assert (status, code) == (413, "file_too_large") and "lebih dari 10 MB" in message

    status, code, message = refused(client, pdf_of_pages(1, password="rahasia"), "surat.pdf")
    assert (status, code) == (422, "pdf_locked") and "kata sandi" in message

    blank = encode(Image.new("RGB", (800, 600), "white"))
    status, code, message = refused(client, blank, "putih.png")
    assert (status, code) == (422, "no_text") and "tidak menemukan tulisan" in message

    r = client.post("/api/check", data={"lang": "id"}, files={"other": ("x.txt", b"x")})
    assert (r.status_code, r.json()["error"]) == (400, "no_image")

    # After all that, the service still reads pictures and text.
    r, _ = send(client, flyer, "iklan.png")
    assert (r.status_code, r.json()["band"]) == (200, "high")
    assert client.post("/api/check", json={"text": SCAMS[2]}).json()["band"] == "high"


@pytest.mark.slow
def test_a_pdf_of_300_pages_is_read_as_far_as_its_first_pages(live_app: LiveApp) -> None:
    _, client = live_app
    r, elapsed = send(client, pdf_of_pages(300), "surat.pdf", "application/pdf")
    assert r.status_code == 200, r.text
    assert elapsed < REFUSED_WITHIN_S
    read = r.json()["input"]
    assert (read["pages_total"], read["pages_read"], read["method"]) == (300, 3, "pdf_text")
    assert "Halaman 3 dari 300" in read["text"] and "Halaman 4" not in read["text"]
    assert "EPS-TOPIK" in read["text"]


@pytest.mark.slow
def test_ocr_past_its_time_limit_is_stopped(settings: Settings, classifier: Any) -> None:
    hurried = citizen_settings(settings, ocr_timeout_s=0.05)
    with (
        LiveServer(make_app(hurried, classifier)) as server,
        httpx.Client(base_url=server.url, timeout=30) as client,
    ):
        status, code, message = refused(client, encode(STYLES["chat"](SCAMS[0])), "chat.png")
        assert (status, code) == (422, "ocr_timeout")
        assert "terlalu lama dibaca" in message and "tempelkan teksnya" in message


def test_a_picture_post_without_a_form_is_a_400(live_app: LiveApp) -> None:
    """No Content-Type at all (schemathesis found a 500 here): a 400 that says what to send."""
    _, client = live_app
    r = client.post("/cek/gambar", content=b"")
    assert r.status_code == 400
    r = client.post("/cek/gambar", content=b"{}", headers={"content-type": "application/json"})
    assert r.status_code == 400
