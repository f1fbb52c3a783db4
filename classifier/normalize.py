"""Normalisation of informal Indonesian advert text that remembers where every character came from.

Adverts are written in slang ("gj 15jt brkt cpt"), with elongations ("gajiii"), emoji and
fancy Unicode letters. The rules and the salary parser match on a clean form, but evidence
must be quoted from the advert *as received*, so every normalised character keeps the
``[start, end)`` range of the original characters it was made from.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

from classifier import phrase_engine
from classifier.types import Span

# URLs, e-mail addresses and chat links are left alone (except lower-casing): collapsing
# "www" or expanding "org" inside them would break the contact the investigator needs.
_PROTECTED = re.compile(
    r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b(?:wa\.me|t\.me|bit\.ly|api\.whatsapp\.com)/\S*"
)
_ELONGATION = re.compile(r"([a-z])\1{2,}")  # three or more: "gajiii"; two are real ("maaf")
_REDUPLICATION = re.compile(r"\b([a-z]{3,})2\b")  # "buru2" -> "buru-buru"
_WORD = re.compile(r"[a-z]+")
_SPACES = re.compile(r"\s+")
# Characters that carry no words: emoji, pictographs, bullets, joiners, variation selectors.
_DROP_CATEGORIES = frozenset({"So", "Sk", "Cs", "Co", "Cf", "Cn"})
_DROP_EXTRA = frozenset("•\u200b\ufe0f\ufe0e")


@lru_cache(maxsize=1)
def _slang() -> tuple[dict[str, str], dict[str, str]]:
    raw = json.loads(resources.files("classifier.data").joinpath("slang.json").read_text("utf-8"))
    return dict(raw["words"]), dict(raw["units"])


@lru_cache(maxsize=1)
def _unit_pattern() -> re.Pattern[str]:
    _, units = _slang()
    keys = "|".join(sorted(map(re.escape, units), key=len, reverse=True))
    # A unit right after a digit ("15jt", "15 jt") or after "/" or "per" ("/hr", "per bln").
    return re.compile(rf"(?:(?<=\d)|(?<=\d )|(?<=/)|(?<=per ))({keys})\b")


class _Mapped:
    """A string with, for each character, the original ``[start, end)`` it stands for."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = list(range(len(text)))
        self.ends = [i + 1 for i in range(len(text))]

    def per_char(self, fn: Callable[[str], str]) -> None:
        """Replace each character by ``fn(char)`` (possibly several characters, or none)."""
        outs = [fn(ch) for ch in self.text]
        if all(len(out) == 1 for out in outs):
            # The common case (every character maps to one): the offset maps stay as they are.
            self.text = "".join(outs)
            return
        text: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        for out, s, e in zip(outs, self.starts, self.ends, strict=True):
            text.append(out)
            starts.extend([s] * len(out))
            ends.extend([e] * len(out))
        self.text, self.starts, self.ends = "".join(text), starts, ends

    def sub(
        self,
        pattern: re.Pattern[str],
        repl: Callable[[re.Match[str]], str | None],
        protect: bool = True,
    ) -> None:
        """Like ``re.sub``; a replacement maps, as a whole, onto the original of its match.

        ``repl`` returning ``None`` keeps the match unchanged. Matches overlapping URLs or
        e-mail addresses are kept unchanged when ``protect`` is set.
        """
        guarded = [m.span() for m in _PROTECTED.finditer(self.text)] if protect else []
        text: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        pos = 0
        for m in pattern.finditer(self.text):
            a, b = m.span()
            if any(a < ge and gs < b for gs, ge in guarded):
                continue
            new = repl(m)
            if new is None or (a == b and not new):
                continue
            text.append(self.text[pos:a])
            starts.extend(self.starts[pos:a])
            ends.extend(self.ends[pos:a])
            if a < b:
                ostart, oend = self.starts[a], self.ends[b - 1]
            else:  # pure insertion: attach it to the character before (or after) it
                ostart = oend = self.ends[a - 1] if a else (self.starts[0] if self.starts else 0)
            text.append(new)
            starts.extend([ostart] * len(new))
            ends.extend([oend] * len(new))
            pos = b
        text.append(self.text[pos:])
        starts.extend(self.starts[pos:])
        ends.extend(self.ends[pos:])
        self.text, self.starts, self.ends = "".join(text), starts, ends


@dataclass(frozen=True)
class Normalized:
    """Normalised advert text plus the map back to the original."""

    text: str
    original: str
    _starts: tuple[int, ...]
    _ends: tuple[int, ...]

    @cached_property
    def phrase_hits(self) -> phrase_engine.Hits | None:
        """Every phrase literal in :attr:`text`, from one scan shared by entities and rules
        (None when the prefilter is switched off)."""
        return phrase_engine.scan(self.text)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map ``[start, end)`` in :attr:`text` to the smallest covering range in the original."""
        n = len(self.text)
        start = max(0, min(start, n))
        end = max(start, min(end, n))
        if not n:
            return 0, 0
        if start == end:
            pos = self._starts[start] if start < n else self._ends[n - 1]
            return pos, pos
        ostart = min(self._starts[start:end])
        oend = max(self._ends[start:end])
        return ostart, oend

    def span(self, start: int, end: int) -> Span:
        """Evidence for ``text[start:end]``, quoted from the original advert."""
        ostart, oend = self.to_original(start, end)
        # Do not quote the surrounding whitespace the collapse folded into a character.
        while ostart < oend and self.original[ostart].isspace():
            ostart += 1
        while oend > ostart and self.original[oend - 1].isspace():
            oend -= 1
        return Span(ostart, oend, self.original[ostart:oend])


@lru_cache(maxsize=8192)
def _clean_char(ch: str) -> str:
    """NFKC (fancy "𝗚𝗔𝗝𝗜" letters -> "gaji"), lower case, and emoji -> space.

    Cached: an advert uses a few dozen distinct characters, and this runs once per character.
    """
    if ch in _DROP_EXTRA:
        return " "
    folded = unicodedata.normalize("NFKC", ch)
    if unicodedata.category(ch) in _DROP_CATEGORIES and not folded.isalnum():
        return " "
    if 0xFE00 <= ord(ch) <= 0xFE0F or 0x1F3FB <= ord(ch) <= 0x1F3FF:  # variation, skin tone
        return " "
    return folded.lower()


def _collapse_space(m: re.Match[str]) -> str | None:
    run = m.group(0)
    out = "\n" if "\n" in run or "\r" in run else " "
    return None if run == out else out


def normalize(text: str) -> Normalized:
    """Return the normalised form of ``text`` with a map back to the original offsets."""
    words, units = _slang()
    m = _Mapped(text)
    m.per_char(_clean_char)
    m.sub(_ELONGATION, lambda mt: mt.group(1))
    m.sub(_REDUPLICATION, lambda mt: f"{mt.group(1)}-{mt.group(1)}")

    def unit(mt: re.Match[str]) -> str:
        # "15jt" -> "15 juta": a space keeps the number and its multiplier separate tokens.
        glued = mt.start() > 0 and m.text[mt.start() - 1].isdigit()
        return (" " if glued else "") + units[mt.group(1)]

    m.sub(_unit_pattern(), unit)
    m.sub(_WORD, lambda mt: words.get(mt.group(0)))
    m.sub(_SPACES, _collapse_space, protect=False)
    # Trim leading and trailing whitespace (it maps to nothing worth quoting).
    lead = len(m.text) - len(m.text.lstrip())
    keep = len(m.text.rstrip())
    if lead or keep < len(m.text):
        m.text = m.text[lead:keep]
        m.starts = m.starts[lead:keep]
        m.ends = m.ends[lead:keep]
    return Normalized(m.text, text, tuple(m.starts), tuple(m.ends))
