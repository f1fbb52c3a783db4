"""Adverts drawn as pictures, the way they reach people: a designed flyer (poster), a chat
screenshot (bubble) and a phone photo of a printed notice (printout: blurred, skewed, JPEG).
Fonts are Debian's (fonts-dejavu-core, fonts-liberation; the Makefile installs them).
Used by the picture tests and by benchmarks/ocr_pictures.py."""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = Path("/usr/share/fonts/truetype")
SANS = FONTS / "dejavu" / "DejaVuSans.ttf"
SANS_BOLD = FONTS / "dejavu" / "DejaVuSans-Bold.ttf"
SERIF = FONTS / "dejavu" / "DejaVuSerif.ttf"
ARIAL_LIKE = FONTS / "liberation" / "LiberationSans-Regular.ttf"
ARIAL_LIKE_BOLD = FONTS / "liberation" / "LiberationSans-Bold.ttf"


def font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size)


def wrap(text: str, face: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Lines no wider than ``width`` pixels, broken at spaces."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}".strip()
            if face.getlength(candidate) <= width or not line:
                line = candidate
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def poster(text: str) -> Image.Image:
    """A flyer: coloured background, the first sentence big and bold as its headline, the
    rest in a box, the whole advert's words and nothing else."""
    width = 900
    head, _, rest = text.partition(". ")
    if not rest or len(head) > 90:
        head, rest = "", text
    big, body = font(ARIAL_LIKE_BOLD, 46), font(SANS, 30)
    head_lines = wrap(head + ("." if head else ""), big, width - 100) if head else []
    body_lines = wrap(rest, body, width - 140)
    height = 80 + 58 * len(head_lines) + 44 * len(body_lines) + 80
    img = Image.new("RGB", (width, height), (255, 204, 0))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, width, 40 + 58 * len(head_lines)), fill=(176, 18, 28))
    y = 30
    for line in head_lines:
        draw.text((50, y), line, font=big, fill="white")
        y += 58
    y += 40
    draw.rounded_rectangle((40, y - 20, width - 40, height - 30), radius=24, fill="white")
    for line in body_lines:
        draw.text((70, y), line, font=body, fill=(20, 20, 60))
        y += 44
    return img


def chat(text: str) -> Image.Image:
    """A WhatsApp-like screenshot: a header bar with a contact, a green bubble, a time."""
    width = 720
    face = font(ARIAL_LIKE, 27)
    lines = wrap(text, face, width - 190)
    bubble_h = 36 * len(lines) + 60
    height = 150 + bubble_h + 120
    img = Image.new("RGB", (width, height), (236, 229, 221))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, width, 96), fill=(7, 94, 84))
    draw.ellipse((24, 20, 80, 76), fill=(200, 200, 200))
    draw.text((100, 32), "Bu Sri", font=font(ARIAL_LIKE_BOLD, 30), fill="white")
    top = 140
    draw.rounded_rectangle((110, top, width - 30, top + bubble_h), radius=18, fill=(220, 248, 198))
    y = top + 18
    for line in lines:
        draw.text((136, y), line, font=face, fill=(17, 17, 17))
        y += 36
    draw.text((width - 120, top + bubble_h - 34), "10.42", font=font(ARIAL_LIKE, 20),
              fill=(110, 110, 110))  # fmt: skip
    return img


def printout(text: str, seed: int = 0) -> Image.Image:
    """A phone photo of a printed notice: black serif on paper, on a grey desk, turned a
    little, slightly out of focus, unevenly lit, saved as a JPEG."""
    rng = random.Random(seed)
    face = font(SERIF, 30)
    lines = wrap(text, face, 760)
    paper = Image.new("RGB", (860, 60 + 42 * len(lines) + 60), (250, 248, 240))
    draw = ImageDraw.Draw(paper)
    y = 60
    for line in lines:
        draw.text((50, y), line, font=face, fill=(25, 25, 25))
        y += 42
    desk = Image.new("RGB", (paper.width + 160, paper.height + 160), (120, 118, 112))
    desk.paste(paper, (80, 80))
    angle = rng.uniform(1.0, 2.5) * rng.choice((-1, 1))
    photo = desk.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=(120, 118, 112))
    photo = photo.filter(ImageFilter.GaussianBlur(0.9))
    shade = Image.linear_gradient("L").resize(photo.size).point(lambda v: 215 + v // 6)
    photo = Image.composite(photo, Image.new("RGB", photo.size, (0, 0, 0)), shade)
    buffer = io.BytesIO()
    photo.save(buffer, "JPEG", quality=72)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


STYLES: dict[str, Callable[[str], Image.Image]] = {
    "poster": poster,
    "chat": chat,
    "printout": printout,
}


def encode(img: Image.Image, fmt: str = "PNG", **options: object) -> bytes:
    buffer = io.BytesIO()
    img.save(buffer, fmt, **options)
    return buffer.getvalue()
