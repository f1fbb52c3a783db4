"""Real OCR (Debian's Tesseract) of adverts drawn as pictures and PDFs, and the copy that may be
stored. The refusals of hostile files are in test_hostile_files.py."""

from __future__ import annotations

import difflib
import io

import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pictures import PictureReader
from tests.fixture_adverts import LEGIT, SCAMS
from tests.picture_adverts import SANS, STYLES, encode, font, printout, wrap

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def reader() -> PictureReader:
    return PictureReader()


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, " ".join(a.split()), " ".join(b.split())).ratio()


@pytest.mark.parametrize("style", sorted(STYLES))
@pytest.mark.parametrize("advert", [SCAMS[2], LEGIT[2]], ids=["fee_scam", "licensed_p3mi"])
def test_each_style_reads_back_as_the_advert(
    reader: PictureReader, style: str, advert: str
) -> None:
    picture = reader.read(encode(STYLES[style](advert)))
    assert picture.kind == "png" and picture.method == "ocr"
    assert similarity(picture.text, advert) > 0.95, picture.text
    # Numbers survive: the phone, the account, the salary are what investigators follow.
    for number in ("3.500.000", "0123-01-998877-50-1", "29.500", "(0741) 668 201"):
        if number in advert:
            assert number in picture.text


def test_every_word_has_its_place_in_the_text_and_on_the_picture(reader: PictureReader) -> None:
    img = STYLES["chat"](SCAMS[0])
    picture = reader.read(encode(img))
    assert len(picture.boxes) > 30
    for box in picture.boxes:
        word = picture.text[box.start : box.end]
        assert word and not word.isspace()
        assert 0 <= box.left < img.width and 0 <= box.top < img.height
        assert box.left + box.width <= img.width + 2 and box.top + box.height <= img.height + 2
    # "Kamboja" was drawn inside the bubble (x 110..690, below the header bar).
    kamboja = next(b for b in picture.boxes if "Kamboja" in picture.text[b.start : b.end])
    assert 110 < kamboja.left < 690 and kamboja.top > 140


@pytest.mark.parametrize(
    ("fmt", "options"),
    [("JPEG", {"quality": 85}), ("WEBP", {"quality": 90}), ("GIF", {})],
)
def test_jpeg_webp_and_gif(reader: PictureReader, fmt: str, options: dict[str, object]) -> None:
    picture = reader.read(encode(STYLES["poster"](SCAMS[3]), fmt, **options))
    assert picture.kind == fmt.lower()
    assert similarity(picture.text, SCAMS[3]) > 0.93, picture.text


def test_an_animated_gif_is_read_from_its_first_frame(reader: PictureReader) -> None:
    first = STYLES["chat"](SCAMS[1]).convert("P")
    blank = Image.new("P", first.size, 255)
    buffer = io.BytesIO()
    first.save(buffer, "GIF", save_all=True, append_images=[blank] * 30, duration=100, loop=0)
    picture = reader.read(buffer.getvalue())
    assert "Batam" in picture.text and "0822 9911 4532" in picture.text


def test_a_phone_photo_is_turned_upright_by_its_exif_orientation(reader: PictureReader) -> None:
    upright = STYLES["poster"](SCAMS[4])
    stored = upright.rotate(90, expand=True)  # how the camera stored it: on its side
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display"
    picture = reader.read(encode(stored, "JPEG", quality=90, exif=exif.tobytes()))
    assert (picture.width, picture.height) == upright.size
    assert "EPS-TOPIK" in picture.text and "45 juta" in picture.text


def _text_pdf(pages: list[str]) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for text in pages:
        body = pdf.beginText(60, A4[1] - 80)
        body.setFont("Helvetica", 12)
        for line in text.split("\n"):
            body.textLine(line)
        pdf.drawText(body)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_a_text_pdf_is_read_directly_without_ocr(reader: PictureReader) -> None:
    letter = "SURAT PANGGILAN KERJA\n" + "\n".join(wrap(SCAMS[3], font(SANS, 12), 450))
    picture = reader.read(_text_pdf([letter]))
    assert (picture.kind, picture.method, picture.pages_read) == ("pdf", "pdf_text", 1)
    assert picture.seconds < 1  # no OCR
    assert "SURAT PANGGILAN KERJA" in picture.text
    assert "visa umrah" in " ".join(picture.text.split())
    assert picture.boxes[0].page == 1 and picture.boxes[0].top < 100  # points from the top


def test_a_scanned_pdf_is_rendered_and_read(reader: PictureReader) -> None:
    photo = printout(SCAMS[5], seed=3)
    buffer = io.BytesIO()
    photo.save(buffer, "PDF", resolution=150)
    picture = reader.read(buffer.getvalue())
    assert (picture.kind, picture.method) == ("pdf", "ocr")
    assert similarity(picture.text, SCAMS[5]) > 0.9, picture.text


def test_the_stored_copy_has_no_metadata(reader: PictureReader) -> None:
    img = STYLES["printout"](SCAMS[2])
    exif = Image.Exif()
    exif[0x010F] = "KameraMerek"  # Make
    exif[0x0110] = "HP-Model-X"  # Model
    exif[0x8825] = {1: "S", 2: (1.0, 35.0, 0.0), 3: "E", 4: (103.0, 36.0, 0.0)}  # GPS (Jambi)
    original = encode(img, "JPEG", quality=90, exif=exif.tobytes(), comment=b"dibuat oleh Budi")
    assert b"HP-Model-X" in original and b"Budi" in original
    body, content_type = reader.evidence(original)
    assert content_type == "image/jpeg"
    assert b"HP-Model-X" not in body and b"KameraMerek" not in body and b"Budi" not in body
    stored = Image.open(io.BytesIO(body))
    assert not stored.getexif() and "comment" not in stored.info
    assert stored.size == img.size
    # A PNG keeps no text chunks either; a PDF is stored as the pages read, as a PNG.
    png = Image.open(io.BytesIO(reader.evidence(encode(img, "PNG", pnginfo=_pnginfo()))[0]))
    assert png.info.get("Author") is None
    body, content_type = reader.evidence(_text_pdf(["Halaman satu", "Halaman dua"]))
    assert content_type == "image/png" and Image.open(io.BytesIO(body)).height > 1000


def _pnginfo() -> object:
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Author", "Budi Santoso")
    return info
