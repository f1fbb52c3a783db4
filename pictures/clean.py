"""Repairs OCR needs before the classifier sees the text, keeping each word's box.

- Lines that the layout broke are joined: the lines of one paragraph become one line of text
  (a flyer breaks a sentence wherever its column ends); paragraphs stay on lines of their own.
  A word split by a hyphen at a line's end is joined again ("pe-" + "kerja" -> "pekerja").
- Inside numbers, letters that look like digits become digits: "O"/"o" -> "0" and "l"/"I"/"|"
  -> "1" ("Rp 3.5OO.OOO" -> "Rp 3.500.000", "0812-66O7-11l2" -> "0812-6607-1112"), so
  salaries and phone numbers are understood; words are left alone ("Hotel", "Oktober").
- Stray symbols (table borders read as "|", bullets, "~", "»") are dropped.

The text is built word by word, so every word's place in the text (start, end) is known with
its box, and the classifier's evidence spans can be drawn on the picture.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pictures.ocr import Word

# Dropped from a word's ends: what borders, bullets and dirt on a photo are read as.
STRAY = "|¦~`^«»•·©®¢§¬_\\"
# Tokens without a letter or digit that carry meaning and are kept.
KEEP_SYMBOLS = frozenset("-–—&+/:@%!?#=$€£*")
_LOOKALIKE = {"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"}
_DIGITISH = "0-9OoIl|"
# A run of digits and digit look-alikes, with separators allowed inside it.
_RUN = re.compile(rf"[{_DIGITISH}](?:[{_DIGITISH}.,:/-]*[{_DIGITISH}])?")


@dataclass(frozen=True)
class Placed:
    """A word of the cleaned text: its offsets in the text and its box on the page."""

    start: int
    end: int
    page: int
    left: int
    top: int
    width: int
    height: int


def fix_digits(token: str) -> str:
    """Look-alike letters inside a number become digits; letters of words stay letters."""

    def fix(match: re.Match[str]) -> str:
        run = match.group()
        start = match.start()
        # Glued to a word before it ("Hotel1"): its leading look-alikes belong to the word.
        if start > 0 and token[start - 1].isalpha():
            keep = len(run) - len(run.lstrip("OoIl|"))
            head, run = run[:keep], run[keep:]
        else:
            head = ""
        real = sum(c.isdigit() for c in run)
        if real == 0 or len(run) < 2:
            return head + run
        return head + "".join(_LOOKALIKE.get(c, c) for c in run)

    return _RUN.sub(fix, token)


def clean_token(text: str) -> str:
    text = text.strip(STRAY + " ")
    if not text:
        return ""
    if not any(c.isalnum() for c in text):
        return text if text in KEEP_SYMBOLS else ""
    return fix_digits(text)


def _paragraphs(words: Iterable[Word]) -> list[list[list[Word]]]:
    """Words grouped into paragraphs of lines, in reading order (Tesseract's own order)."""
    paragraphs: list[list[list[Word]]] = []
    last_par: tuple[int, int, int] | None = None
    last_line: int | None = None
    for word in words:
        par = (word.page, word.block, word.par)
        if par != last_par:
            paragraphs.append([[word]])
            last_par, last_line = par, word.line
        elif word.line != last_line:
            paragraphs[-1].append([word])
            last_line = word.line
        else:
            paragraphs[-1][-1].append(word)
    return paragraphs


def _hyphen_glue(prev: str, nxt: str) -> tuple[str, str] | None:
    """How a word ending a line in "-" joins the next line's first word: (prev as written,
    separator), or None when the hyphen is a word of its own or a dash."""
    if len(prev) < 2 or not prev.endswith("-"):
        return None
    if nxt[:1].islower() and prev[-2].isalpha():
        return prev[:-1], ""  # "pe-" + "kerja": a word split by the layout
    if nxt[:1].isdigit() and prev[-2].isdigit():
        return prev, ""  # "0812-" + "6677-2190": a phone number split by the layout
    return None


def clean_words(words: Sequence[Word]) -> tuple[str, list[Placed]]:
    """The cleaned text and, for each word in it, where it is and where it was read."""
    parts: list[str] = []
    placed: list[Placed] = []
    pos = 0
    for paragraph in _paragraphs(words):
        tokens: list[tuple[str, Word, bool]] = []  # (cleaned text, word, ends its line)
        for line in paragraph:
            kept = [(t, w) for w in line if (t := clean_token(w.text))]
            tokens.extend((t, w, i == len(kept) - 1) for i, (t, w) in enumerate(kept))
        if not tokens:
            continue
        if parts:
            parts.append("\n")
            pos += 1
        sep = ""
        for i, (text, word, line_end) in enumerate(tokens):
            next_sep = " "
            if line_end and i + 1 < len(tokens):
                glued = _hyphen_glue(text, tokens[i + 1][0])
                if glued is not None:
                    text, next_sep = glued
            parts.append(sep)
            pos += len(sep)
            end = pos + len(text)
            placed.append(Placed(pos, end, word.page, word.left, word.top, word.width, word.height))
            parts.append(text)
            pos += len(text)
            sep = next_sep
    return "".join(parts), placed
