"""Places and kinds of work named in an advert: the patterns of :mod:`classifier.gazetteer`
and :mod:`classifier.job_types`, searched in one indexed pass each and read on the normalised
text (so "pmbantu" or "HONGKONG!!!" still count), with spans into the advert as received.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import cast

from classifier.gazetteer import CASE_SENSITIVE, COUNTRIES, DOMESTIC, FOREIGN_CITIES
from classifier.job_types import JOB_TYPES
from classifier.normalize import Normalized
from classifier.phrase_engine import Hits, bits, gate
from classifier.types import Destination, Entities, Span

_WORD_START = r"(?<![\w$])"
_WORD_END = r"(?![\w$])"


def _word_re(patterns: tuple[str, ...], flags: int = re.I) -> re.Pattern[str]:
    return re.compile(rf"{_WORD_START}(?:{'|'.join(patterns)}){_WORD_END}", flags)


def _first_char(pattern: str) -> str | None:
    """The literal first character of a pattern, or None when it may start otherwise."""
    if pattern[:1].isalnum() and pattern[1:2] not in ("?", "*", "{"):
        return pattern[0]
    return None


_Candidate = tuple[int, re.Pattern[str], object]  # (entry number, pattern, payload)


class _Gazetteer:
    """Many word patterns, each with a payload, searched as fast as one.

    Running a couple of hundred place patterns over every advert one by one was the largest
    cost of the rules. One combined look-ahead finds the few positions where *any* of them can
    start (a superset: it does not check the word end); there, only the patterns that can
    start with that character are tried. The result equals running each pattern's
    ``finditer`` on its own: per pattern, a match that starts inside its previous match is
    skipped, as ``finditer`` would.

    Given the advert's one-pass scan (:attr:`Normalized.phrase_hits`), :meth:`finditer` skips
    even that: all patterns form one phrase list for :mod:`classifier.phrase_engine`, and only
    only the entries with a pattern the scan leaves possible run.
    """

    def __init__(self, entries: list[tuple[tuple[str, ...], int, object]]) -> None:
        self.entries = entries
        self.entry_res = [_word_re(pats, flags) for pats, flags, _ in entries]
        by_flags: dict[int, dict[str, list[_Candidate]]] = {}  # "" = may start anywhere
        alternatives: dict[int, list[str]] = {}
        # flags -> every pattern in entry order, and the entry of each.
        self.flat: dict[int, tuple[tuple[str, ...], list[int]]] = {}
        for i, (pats, flags, payload) in enumerate(entries):
            alternatives.setdefault(flags, []).extend(pats)
            flat = self.flat.get(flags, ((), []))
            self.flat[flags] = (flat[0] + pats, flat[1] + [i] * len(pats))
            firsts = [_first_char(p) for p in pats]
            keys = (
                {""}
                if None in firsts
                else {c.lower() if flags & re.I else c for c in firsts if c is not None}
            )
            for key in keys:
                by_flags.setdefault(flags, {}).setdefault(key, []).append(
                    (i, _word_re(pats, flags), payload)
                )
        # flags -> first character -> the patterns to try there, in entry order (those that
        # may start anywhere are merged into every list once, here, not per position).
        self.index: dict[int, dict[str, list[_Candidate]]] = {}
        for flags, by_char in by_flags.items():
            anywhere = by_char.pop("", [])
            merged = {
                c: sorted(cands + anywhere, key=lambda x: x[0]) for c, cands in by_char.items()
            }
            self.index[flags] = {"": anywhere, **merged}
        self.prefilters = {
            flags: re.compile(rf"{_WORD_START}(?=(?:{'|'.join(pats)}))", flags)
            for flags, pats in alternatives.items()
        }

    def finditer(
        self, text: str, flags: int, hits: Hits | None = None
    ) -> Iterable[tuple[re.Match[str], object]]:
        """Matches of the patterns compiled with ``flags``, by position then pattern order.

        ``hits``: the phrase scan of ``text`` (the same string), when the caller has it."""
        if hits is not None and flags in self.flat:
            yield from self._finditer_scanned(text, flags, hits)
            return
        prefilter = self.prefilters.get(flags)
        if prefilter is None:
            return
        by_char = self.index[flags]
        anywhere = by_char[""]
        last_end: dict[int, int] = {}
        for start in prefilter.finditer(text):
            pos = start.start()
            ch = text[pos].lower() if flags & re.I else text[pos]
            for i, pattern, payload in by_char.get(ch, anywhere):
                if pos < last_end.get(i, 0):
                    continue
                m = pattern.match(text, pos)
                if m is not None:
                    last_end[i] = m.end()
                    yield m, payload

    def _finditer_scanned(
        self, text: str, flags: int, hits: Hits
    ) -> Iterable[tuple[re.Match[str], object]]:
        patterns, entry_of = self.flat[flags]
        found: list[tuple[int, int, re.Match[str]]] = []
        for i in sorted({entry_of[bit] for bit in bits(hits.alive(gate(patterns)))}):
            found.extend((m.start(), i, m) for m in self.entry_res[i].finditer(text))
        found.sort(key=lambda f: f[0])  # stable: entry order at one position
        for _start, i, m in found:
            yield m, self.entries[i][2]


@lru_cache(maxsize=1)
def _places_gazetteer() -> _Gazetteer:
    entries: list[tuple[tuple[str, ...], int, object]] = []
    for iso, name, pats in COUNTRIES:
        entries.append((pats, re.I, (iso, name, None)))
    for pat, iso, name, city in CASE_SENSITIVE:
        entries.append(((pat,), 0, (iso, name, city)))
    country_names = {iso: name for iso, name, _ in COUNTRIES}
    for iso, city, pats in FOREIGN_CITIES:
        entries.append((pats, re.I, (iso, country_names[iso], city)))
    for place, is_city, pats in DOMESTIC:
        entries.append((pats, re.I, ("ID", place, place if is_city else None)))
    return _Gazetteer(entries)


@lru_cache(maxsize=1)
def _jobs_gazetteer() -> _Gazetteer:
    return _Gazetteer([(pats, re.I, label) for label, pats in JOB_TYPES])


# "bahasa Jepang" is a language requirement, "nasi padang" a dish, not a place of work.
_NOT_A_PLACE_BEFORE = re.compile(r"(?:bahasa|nasi|rumah makan|rm|masakan|kuliner)\s+$", re.I)


def longest_first(found: list[tuple[int, int, object]]) -> list[tuple[int, int, object]]:
    """Drop matches overlapping a longer (or earlier) one; return in document order."""
    kept: list[tuple[int, int, object]] = []
    for item in sorted(found, key=lambda f: (-(f[1] - f[0]), f[0])):
        if all(item[1] <= k[0] or item[0] >= k[1] for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda f: f[0])


def find_places(norm: Normalized, ents: Entities) -> None:
    """Countries, foreign cities and Indonesian places named in the advert, in document order
    (of overlapping names, the longest)."""
    # Offsets are kept in the original text so the two kinds of match can overlap-check.
    found: list[tuple[int, int, object]] = []
    gazetteer = _places_gazetteer()
    # Upper-case abbreviations ("HK", "KL") are looked up in the original text.
    for m, info in gazetteer.finditer(norm.original, 0):
        found.append((m.start(), m.end(), info))
    for m, info in gazetteer.finditer(norm.text, re.I, norm.phrase_hits):
        if _NOT_A_PLACE_BEFORE.search(norm.text[max(0, m.start() - 20) : m.start()]):
            continue
        span = norm.span(*m.span())
        found.append((span.start, span.end, info))
    for start, end, info in longest_first(found):
        iso, name, city = cast(tuple[str, str, str | None], info)
        ents.destinations.append(
            Destination(
                country=iso,
                name=name,
                span=Span(start, end, norm.original[start:end]),
                city=city,
            )
        )


def find_jobs(norm: Normalized, ents: Entities) -> None:
    """Job types named in the advert, in document order (of overlapping words, the longest)."""
    found = [
        (m.start(), m.end(), label)
        for m, label in _jobs_gazetteer().finditer(norm.text, re.I, norm.phrase_hits)
    ]
    for start, end, job in longest_first(found):
        ents.job_types.append((str(job), norm.span(start, end)))
