"""A citizen's tip with a picture, as investigators see it: the advert's text is the words
read, and its archived copy is the picture itself (without metadata), checked against its
SHA-256 like any page."""

from __future__ import annotations

import base64
import hashlib
import io
import re
import zipfile
from typing import Any

import httpx
import lxml.html
import pytest
from PIL import Image
from warcio.archiveiterator import ArchiveIterator

from store.db import transaction
from store.services.adverts import AdvertIn, ingest
from store.services.pictures import PictureIn
from tests.fixture_adverts import SCAMS
from tests.investigator.conftest import Live
from tests.picture_adverts import STYLES, encode

pytestmark = pytest.mark.slow


def test_a_picture_tip_shows_the_picture_as_its_archived_copy(live: Live, login: Any) -> None:
    exif = Image.Exif()
    exif[0x0110] = "HP-Model-X"
    photo = encode(STYLES["printout"](SCAMS[7]), "JPEG", quality=90, exif=exif.tobytes())
    with httpx.Client(base_url=live.url, timeout=60) as citizen:
        r = citizen.post("/api/tips", files={"image": ("foto.jpg", photo, "image/jpeg")})
    assert r.status_code == 201, r.text
    siti = login("siti")
    cases = siti.http.get("/api/cases", params={"q": "Kuala Lumpur"}).json()
    rows = cases["items"] if isinstance(cases, dict) else cases
    advert_id = next(row["advert_id"] for row in rows if row.get("advert_id"))
    data = siti.http.get(f"/api/adverts/{advert_id}").json()
    assert "Paspor disimpan" in data["body_text"]
    snapshot = data["versions"][0]["snapshot"]
    assert snapshot["content_type"] == "image/jpeg"
    view = siti.http.get(snapshot["view_url"])
    assert view.status_code == 200
    assert view.headers["content-security-policy"].startswith("sandbox")
    match = re.search(r"src='data:image/jpeg;base64,([A-Za-z0-9+/=]+)'", view.text)
    assert match, view.text[:300]
    shown = base64.b64decode(match.group(1))
    assert hashlib.sha256(shown).hexdigest() == snapshot["sha256"]
    assert b"HP-Model-X" not in shown and b"HP-Model-X" in photo


def test_adverts_reusing_one_flyer_show_each_other(live: Live, login: Any) -> None:
    flyer = encode(STYLES["poster"](SCAMS[3]))
    words = SCAMS[3]
    ids = []
    with transaction(live.factory) as session:
        for n, caption in enumerate(["Info loker", "Masih dibuka, japri"]):
            picture = PictureIn(flyer, "image/png", f"https://cdn.example/{n}.png",
                                phash="953f6a913b689760", text=words)  # fmt: skip
            item = AdvertIn(title="", body_text=f"{caption}\n\n{words}", url=f"https://t.me/f/{n}",
                            channel="telegram", pictures=[picture])  # fmt: skip
            ids.append(ingest(session, item).advert_id)
    siti = login("siti")
    page = lxml.html.fromstring(siti.http.get(f"/adverts/{ids[0]}").text)
    (row,) = [
        r
        for r in page.cssselect("table.links tbody tr")
        if r.cssselect(f"a[href='/adverts/{ids[1]}']")
    ]
    assert "Gambar sama: 100%" in row.text_content()
    # The case bundle for the police carries the picture (it has no page of its own here).
    bundle = siti.http.get(f"/adverts/{ids[0]}/bundle.zip")
    assert bundle.status_code == 200
    warc = zipfile.ZipFile(io.BytesIO(bundle.content)).read("snapshots.warc.gz")
    bodies = {
        r.rec_headers.get_header("WARC-Target-URI"): r.content_stream().read()
        for r in ArchiveIterator(io.BytesIO(warc))
    }
    assert bodies == {"https://cdn.example/0.png": flyer}


def test_the_pictures_page_outlines_the_quoted_words(live: Live, login: Any) -> None:
    flyer = STYLES["poster"](SCAMS[2])  # "Biaya proses Rp 3.500.000 transfer ke rek BRI ..."
    with httpx.Client(base_url=live.url, timeout=60) as citizen:
        r = citizen.post("/api/tips", files={"image": ("loker.png", encode(flyer), "image/png")})
    assert r.status_code == 201, r.text
    siti = login("siti")
    rows = siti.http.get("/api/cases", params={"q": "Suhendri"}).json()
    rows = rows["items"] if isinstance(rows, dict) else rows
    advert_id = next(row["advert_id"] for row in rows if row.get("advert_id"))
    advert_page = lxml.html.fromstring(siti.http.get(f"/adverts/{advert_id}").text)
    (link,) = advert_page.cssselect("#pictures-link")
    assert link.get("href") == f"/adverts/{advert_id}/pictures" and "(1)" in link.text_content()

    r = siti.http.get(f"/adverts/{advert_id}/pictures")
    assert r.status_code == 200
    page = lxml.html.fromstring(r.text)
    (svg,) = page.cssselect("svg.picture-view")
    assert svg.get("viewbox") == f"0 0 {flyer.width} {flyer.height}"  # HTML parsing lowercases
    (image,) = svg.cssselect("image")
    shown = base64.b64decode(image.get("href").split(",", 1)[1])
    assert Image.open(io.BytesIO(shown)).size == flyer.size
    rects = svg.cssselect("rect.evidence")
    labels = {rect.findtext("title") for rect in rects}
    assert any("Biaya di muka" in label for label in labels)
    for rect in rects:
        x, y = float(rect.get("x")), float(rect.get("y"))
        assert 0 <= x + 3 < flyer.width and 0 <= y + 3 < flyer.height
    # Several words are outlined for the fee ("Biaya proses", "Rp 3.500.000", "transfer").
    assert sum("Biaya di muka" in r.findtext("title") for r in rects) >= 3
    assert "Rp 3.500.000" in page.cssselect(".picture .advert-text")[0].text_content()

    # An advert without pictures says so; a missing advert is a 404.
    other = live.world.ids["scam1"]
    assert "tidak membawa gambar" in siti.http.get(f"/adverts/{other}/pictures").text
    assert siti.http.get("/adverts/999999/pictures").status_code == 404
