"""Every phrase hit of an advert in one pass: an Aho–Corasick prefilter in front of the regexes.

The rules and the gazetteers hold several hundred regular-expression phrase lists. Running each
list's regex over every advert cost more than the network (``docs/performance.md``), yet most
lists match nothing in a given advert. So each list is reduced, once, to *literals that every
match of it must contain* (read from the regex's parse tree: "siap\\s?kerja" needs "kerja",
"(?:tki|tkw)" needs "tki" or "tkw"), all literals of all lists go into one Aho–Corasick
automaton (``pyahocorasick``), and one scan of the advert says which literals occur. A list
none of whose literals occur cannot match, so its regex is skipped; the others run exactly as
before, so flags, scores, evidence spans, reasons and entities stay the same (the test
``tests/classifier/test_phrase_engine.py`` classifies the corpus both ways).

The scan is on the lower-cased text: a text that contains a literal exactly also contains it
lower-cased, and the few characters that ``re.IGNORECASE`` folds onto ASCII letters without
``str.lower`` doing so ("ſ", dotless "ı") are folded too, so the scan is a superset for
case-sensitive and case-insensitive lists alike.

Lists are registered when first used (phrase tables stay plain data: an entry added to one
flows in without code changes); the automaton is rebuilt at the next scan. A scan records how
many literals it covered, so a list registered after it simply runs its regex.

``set_enabled(False)`` switches the prefilter off (every regex runs, as before); the test uses
it to prove both paths give the same answers.
"""

from __future__ import annotations

import re
import re._constants as sre_c
import re._parser as sre_parse
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import ahocorasick

# Literals shorter than this match too often to rule anything out; a list whose best literal
# is shorter is always run.
MIN_LITERAL = 2
# Characters that re.IGNORECASE matches to an ASCII letter but str.lower() leaves non-ASCII
# (the test recomputes this over all of Unicode). "İ" and "K" need nothing: their lower case
# contains "i" and "k".
_FOLD = str.maketrans({"\u0131": "i", "\u017f": "s"})

_enabled = True


def set_enabled(enabled: bool) -> None:
    """Switch the prefilter on (the default) or off (every phrase regex runs on every advert)."""
    global _enabled
    _enabled = bool(enabled)


def enabled() -> bool:
    return _enabled


def scan_text(text: str) -> str:
    """The form of ``text`` the automaton scans: lower case, IGNORECASE folds applied."""
    low = text.lower()
    return low if low.isascii() else low.translate(_FOLD)


# --- literals every match needs ---------------------------------------------------------------

_Need = frozenset[str] | None  # None: no literal is needed by every match


def _minimal(strings: Iterable[str]) -> frozenset[str]:
    """Leave out strings that contain another one ("potongan" when "potong" is there): a text
    with the longer one has the shorter one too."""
    kept: list[str] = []
    for s in sorted(set(strings), key=len):
        if not any(k in s for k in kept):
            kept.append(s)
    return frozenset(kept)


def _best(candidates: list[frozenset[str]]) -> _Need:
    """The most selective requirement: longest shortest literal, then fewest literals."""
    if not candidates:
        return None
    return max(map(_minimal, candidates), key=lambda c: (min(map(len, c)), -len(c)))


_MAX_SPELLINGS = 32  # beyond this many strings, a run of plain text is cut


def _exact(op: Any, av: Any) -> set[str] | None:
    """Every string one parsed item matches, when they are few: "[23]", "(?:an)?", "(?:a|b)"."""
    if op is sre_c.LITERAL:
        return {chr(av)}
    if op is sre_c.IN:
        if len(av) <= 4 and all(o is sre_c.LITERAL for o, _ in av):
            return {chr(c) for _, c in av}
        return None
    if op is sre_c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & ~(sre_c.SRE_FLAG_IGNORECASE | sre_c.SRE_FLAG_UNICODE):
            return None
        return _exact_seq(sub)
    if op is sre_c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            found = _exact_seq(branch)
            if found is None:
                return None
            out |= found
        return out if len(out) <= _MAX_SPELLINGS else None
    if op is sre_c.MAX_REPEAT and av[0] == 0 and av[1] == 1:
        found = _exact_seq(av[2])
        return None if found is None else found | {""}
    return None


def _exact_seq(items: Iterable[tuple[Any, Any]]) -> set[str] | None:
    out = {""}
    for op, av in items:
        found = _exact(op, av)
        if found is None:
            return None
        out = {a + b for a in out for b in found}
        if len(out) > _MAX_SPELLINGS:
            return None
    return out


_MAX_CLAUSES = 8  # distributing alternatives over each other's parts stops beyond this


def _clauses(items: Iterable[tuple[Any, Any]]) -> list[frozenset[str]]:
    """Sets of literals such that every match of the parsed sequence ``items`` contains one
    literal of *each* set: "proses\\s+(?:cepat|kilat)" gives {proses} and {cepat, kilat}."""
    clauses: list[frozenset[str]] = []
    run = {""}  # the strings the current run of plain text can be

    for op, av in items:
        found = _exact(op, av)
        if found is not None:
            grown = {a + b for a in run for b in found}
            if len(grown) <= _MAX_SPELLINGS:
                run = grown
                continue
        if run != {""}:
            clauses.append(frozenset(run))
        run = {""}
        if found is not None:  # too many spellings with the run before: start a new run
            run = found
            continue
        if op is sre_c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if not (add_flags | del_flags) & ~(sre_c.SRE_FLAG_IGNORECASE | sre_c.SRE_FLAG_UNICODE):
                clauses += _clauses(sub)
        elif op is sre_c.ATOMIC_GROUP:
            clauses += _clauses(av)
        elif op is sre_c.BRANCH:
            clauses += _branch_clauses([_clauses(b) for b in av[1]])
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            low, _high, sub = av
            if low >= 1:
                clauses += _clauses(sub)
        # Anything else (wide classes, assertions, anchors, back-references) needs nothing.
    if run != {""}:
        clauses.append(frozenset(run))
    return [_minimal(c) for c in clauses if "" not in c]


def _branch_clauses(branches: list[list[frozenset[str]]]) -> list[frozenset[str]]:
    """What an alternation needs, from what each alternative needs: one literal of every clause
    made of one clause per alternative (few such clauses), else one of each one's best."""
    if not branches or any(not b for b in branches):
        return []
    count = 1
    for b in branches:
        count *= len(b)
    if count > _MAX_CLAUSES:
        best = [_best(b) for b in branches]
        return [frozenset().union(*(c for c in best if c is not None))]
    out: list[frozenset[str]] = [frozenset()]
    for b in branches:
        out = [done | c for done in out for c in b]
    return out


def _needs(items: Iterable[tuple[Any, Any]]) -> _Need:
    """Literals of which every match of the parsed sequence ``items`` contains one (the most
    selective of :func:`_clauses`)."""
    return _best(_clauses(items))


# A literal that is a whole pattern ("no", "wa", "(?:tki|tkw)") stands between word boundaries
# in every match, so an occurrence inside a word ("nomor", "jawab") rules nothing in. Kinds:
PLAIN, WORD_START, WORD = "", "<", "<>"  # anywhere / after a boundary / between two
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")  # the rules' boundary class


def word_literals(pattern: str) -> frozenset[str] | None:
    """Every string ``pattern`` can match, lower-cased, when they are few and each has at least
    :data:`MIN_LITERAL` characters; else None."""
    try:
        exact = _exact_seq(sre_parse.parse(pattern))
    except (re.error, RecursionError):
        return None
    if not exact or min(map(len, exact)) < MIN_LITERAL:
        return None
    return frozenset(scan_text(lit) for lit in exact)


def required_literals(patterns: Iterable[str]) -> _Need:
    """Lower-cased literals of which every match of the alternation of ``patterns`` contains
    one, or None when some pattern has no such literal of :data:`MIN_LITERAL` characters."""
    out: set[str] = set()
    for pattern in patterns:
        try:
            need = _needs(sre_parse.parse(pattern))
        except (re.error, RecursionError):
            return None
        if need is None:
            return None
        lowered = {scan_text(lit) for lit in need}
        if min(map(len, lowered)) < MIN_LITERAL:
            return None
        out |= lowered
    return _minimal(out) if out else None


# --- the automaton ----------------------------------------------------------------------------


def _pattern_needs(pattern: str, bounds: str) -> list[set[tuple[str, str]]]:
    """Sets of (literal, kind) pairs such that every match of ``pattern`` has one pair of each
    set (no set: it may match anywhere), where the regex puts a word boundary before the
    pattern (``bounds`` :data:`WORD_START`), before and after it (:data:`WORD`) or where
    boundaries cannot be relied on (:data:`PLAIN`)."""
    words = word_literals(pattern) if bounds != PLAIN else None
    if words is not None:  # all its spellings; none left out: "nomor" does not contain "no"
        return [{(w, bounds) for w in words}]
    try:
        clauses = _clauses(sre_parse.parse(pattern))
    except (re.error, RecursionError):
        return []
    out = []
    for clause in clauses:
        lowered = {scan_text(lit) for lit in clause}
        if min(map(len, lowered)) >= MIN_LITERAL:
            out.append({(lit, PLAIN) for lit in _minimal(lowered)})
    return out


@dataclass(frozen=True)
class Gate:
    """One phrase list as the prefilter sees it. Each pattern needs a literal of each of its
    clauses; clauses are numbered across the list. For each literal id: the clauses it
    satisfies and the patterns it concerns (bit masks); per pattern, its clauses; ``always``:
    the patterns that need nothing."""

    clauses_of: dict[int, int]
    patterns_of: dict[int, int]
    ids: frozenset[int]  # the keys of both
    needs: list[int]  # pattern -> mask of its clauses
    always: int
    full: int
    top: int  # the highest literal id + 1


@dataclass(frozen=True)
class Hits:
    """The literals found by one scan: ``present`` ids, among the first ``covered`` ones."""

    present: frozenset[int]
    covered: int

    def alive(self, gate: Gate) -> int:
        """Bit mask of the patterns of ``gate``'s list that may match the scanned text (0: none
        can; a pattern none of whose literals occur matches nowhere in it). The rules ask only
        whether it is 0; the gazetteers map the bits to their entries."""
        if gate.top > self.covered:
            return gate.full
        satisfied = touched = 0
        for i in self.present & gate.ids:
            satisfied |= gate.clauses_of[i]
            touched |= gate.patterns_of[i]
        mask = gate.always
        needs = gate.needs
        while touched:
            low = touched & -touched
            touched ^= low
            need = needs[low.bit_length() - 1]
            if need & satisfied == need:
                mask |= low
        return mask


class _Engine:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ids: dict[tuple[str, str], int] = {}  # (literal, kind) -> id
        self._gates: dict[tuple[tuple[str, ...], str], Gate] = {}
        self._automaton: Any = None
        self._built = 0  # literals in the current automaton

    def gate(self, patterns: tuple[str, ...], bounds: str) -> Gate:
        found = self._gates.get((patterns, bounds))
        if found is not None:
            return found
        per_pattern = [_pattern_needs(p, bounds) for p in patterns]
        with self._lock:
            clauses_of: dict[int, int] = {}
            patterns_of: dict[int, int] = {}
            needs: list[int] = []
            always = 0
            clause = 0
            for bit, clauses in enumerate(per_pattern):
                need = 0
                for keys in clauses:
                    for key in keys:
                        i = self._ids.setdefault(key, len(self._ids))
                        clauses_of[i] = clauses_of.get(i, 0) | 1 << clause
                        patterns_of[i] = patterns_of.get(i, 0) | 1 << bit
                    need |= 1 << clause
                    clause += 1
                needs.append(need)
                if not need:
                    always |= 1 << bit
            gate = Gate(
                clauses_of,
                patterns_of,
                frozenset(clauses_of),
                needs,
                always,
                (1 << len(patterns)) - 1,
                max(clauses_of, default=-1) + 1,
            )
            self._gates[(patterns, bounds)] = gate
        return gate

    def _current(self) -> tuple[Any, int]:
        automaton, built = self._automaton, self._built
        if built == len(self._ids):
            return automaton, built
        with self._lock:
            if self._built != len(self._ids):
                # One entry per literal: (length, its id as a plain literal, as a word start,
                # as a whole word), -1 where it is not registered that way.
                kinds = (PLAIN, WORD_START, WORD)
                values: dict[str, list[int]] = {}
                for (lit, kind), i in self._ids.items():
                    values.setdefault(lit, [len(lit), -1, -1, -1])[1 + kinds.index(kind)] = i
                fresh = ahocorasick.Automaton()
                for lit, value in values.items():
                    fresh.add_word(lit, tuple(value))
                fresh.make_automaton()
                self._automaton, self._built = fresh, len(self._ids)
            return self._automaton, self._built

    def scan(self, text: str) -> Hits:
        automaton, built = self._current()
        if not built:
            return Hits(frozenset(), 0)
        low = scan_text(text)
        # Boundaries are read in ``text`` itself (the regexes see it, not its lower case); when
        # lower-casing changed the length, positions do not line up and none is ruled out.
        same = len(low) == len(text)
        last = len(text) - 1
        present: set[int] = set()
        add = present.add
        for end, (n, plain, start_id, word_id) in automaton.iter(low):
            if plain >= 0:
                add(plain)
            if start_id < 0 and word_id < 0:
                continue
            start = end - n + 1
            if same and start and text[start - 1] in _WORD_CHARS:
                continue  # inside a word
            if start_id >= 0:
                add(start_id)
            if word_id >= 0 and (not same or end == last or text[end + 1] not in _WORD_CHARS):
                add(word_id)
        return Hits(frozenset(present), built)

    def literal_count(self) -> int:
        return len(self._ids)

    def literals(self) -> list[str]:
        with self._lock:
            keys = sorted(self._ids, key=self._ids.__getitem__)
        return list(dict.fromkeys(lit for lit, _kind in keys))  # a word may be plain too


_ENGINE = _Engine()


def gate(patterns: tuple[str, ...], bounds: str = WORD) -> Gate:
    """The gate of a phrase list (registered on first use). ``bounds``: what the list's regex
    demands around the alternation and the text searched keeps true: :data:`WORD` (no letter
    or digit just before or after a match, in the whole scanned text), :data:`WORD_START`
    (before only: no boundary after, or the search stops short of the text's end) or
    :data:`PLAIN` (a slice of the scanned text: its edges are not the text's)."""
    return _ENGINE.gate(patterns, bounds)


def scan(text: str) -> Hits | None:
    """One pass over ``text``: every registered literal it contains (None when switched off:
    callers then run every regex as they did before the prefilter)."""
    return _ENGINE.scan(text) if _enabled else None


def bits(mask: int) -> list[int]:
    """The bits set in ``mask``, lowest first."""
    out = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return out


def literal_count() -> int:
    """Distinct literals registered so far (for benchmarks)."""
    return _ENGINE.literal_count()


def registered_literals() -> list[str]:
    """The distinct literals registered so far (``benchmarks/phrase_engines.py``)."""
    return _ENGINE.literals()
