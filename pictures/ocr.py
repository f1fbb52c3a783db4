"""Tesseract, run as a child process: ``tesseract stdin stdout -l ind+eng tsv``.

Why the command line and not an in-process binding (tesserocr): a child process can be killed
when it runs past its time limit (a thread inside the server cannot), a crash on a hostile
picture takes down only the child, and its environment is ours to set. OMP_THREAD_LIMIT=1
matters on a 2-core machine: Tesseract's OpenMP threads fight each other and the web server,
and one thread per OCR measured 3-4x faster than the default (0.6 s against 1.9-2.2 s for a
flyer). Loading the language models costs ~0.3 s per call; that is the price of the
isolation, and is counted in benchmarks/ocr_pictures.py.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from dataclasses import dataclass

from PIL import Image

from pictures.errors import PictureError

TESSERACT = "tesseract"


@dataclass(frozen=True)
class Word:
    """One word as Tesseract read it, with its box in the picture's pixels (of the page)."""

    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float  # 0-100
    block: int
    par: int
    line: int
    page: int = 1


def available() -> bool:
    return shutil.which(TESSERACT) is not None


def run_tesseract(
    img: Image.Image, *, languages: str, timeout_s: float, page: int = 1
) -> list[Word]:
    """The words in ``img``. PictureError("ocr_timeout") past ``timeout_s`` (the child is
    killed), PictureError("ocr_unavailable") when Tesseract is missing or fails."""
    buffer = io.BytesIO()
    img.save(buffer, "PPM")  # uncompressed: nothing to spend on encoding and decoding PNG
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    # --psm 3: find the page's own layout (columns, bubbles, a poster's scattered lines).
    cmd = [TESSERACT, "stdin", "stdout", "-l", languages, "--psm", "3", "tsv"]
    try:
        done = subprocess.run(
            cmd, input=buffer.getvalue(), capture_output=True, timeout=timeout_s, env=env
        )
    except subprocess.TimeoutExpired:
        detail = f"OCR ran past {timeout_s:g} s"
        raise PictureError("ocr_timeout", detail, seconds=timeout_s) from None
    except OSError as exc:  # not installed
        raise PictureError("ocr_unavailable", f"cannot run {TESSERACT}: {exc}") from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["?"]
        raise PictureError("ocr_unavailable", f"{TESSERACT} exited {done.returncode}: {reason[0]}")
    return parse_tsv(done.stdout.decode("utf-8", "replace"), page=page)


def parse_tsv(tsv: str, *, page: int = 1) -> list[Word]:
    """Tesseract's TSV: level, page, block, paragraph, line, word, left, top, width, height,
    confidence, text. Level 5 rows are words."""
    words = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = cols[11].strip()
        if not text:
            continue
        left, top, width, height = (int(c) for c in cols[6:10])
        words.append(
            Word(
                text=text,
                left=left,
                top=top,
                width=width,
                height=height,
                conf=float(cols[10]),
                block=int(cols[2]),
                par=int(cols[3]),
                line=int(cols[4]),
                page=page,
            )
        )
    return words
