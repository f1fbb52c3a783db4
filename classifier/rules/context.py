"""What every detector reads: one advert as a :class:`Context` (normalised text, entities,
rates, and facts derived once and shared), the matching helpers, and :func:`make_hit`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from classifier.entities import extract_entities
from classifier.normalize import Normalized, normalize
from classifier.phrase_engine import PLAIN, WORD, WORD_START, gate
from classifier.phrases.impersonation import LINK_BAIT
from classifier.phrases.informal_contact import OFFICE_ADDRESS
from classifier.phrases.shared import (
    ADVISORY_CUES,
    COST_COVERED,
    GOV_NOTICE,
    INDONESIAN_ORIGIN,
    LICENSED_CLAIM,
    LOCAL_ABROAD,
    MIGRANT_WORDS,
    NEGATORS,
    OFFICIAL_SOURCE,
    OFFICIAL_STEPS,
    OVERSEAS_CUES,
)
from classifier.phrases.unlicensed_recruiter import INDIVIDUAL_RECRUITER
from classifier.phrases.upfront_fee import PAY_DEMAND
from classifier.rates import ExchangeRates, default_rates
from classifier.salary import Money, find_money
from classifier.types import Entities, PayThreshold, RuleHit, Span

Detector = Callable[["Context"], RuleHit | None]


def _words_rx(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z0-9])(?:{'|'.join(patterns)})(?![a-z0-9])")


# Hashtags run words together ("#waspadatppo"), so advisory cues need no trailing boundary.
def _advisory_rx(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z0-9])(?:{'|'.join(patterns)})")


@cache
def rx(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """Whole-word alternation of phrase fragments (compiled once per tuple)."""
    return _words_rx(patterns)


@cache
def _whole(patterns: tuple[str, ...], advisory: bool) -> re.Pattern[str]:
    return _advisory_rx(patterns) if advisory else rx(patterns)


_CLAUSE_END = re.compile(r"\n|[.!?;](?:\s|$)")
_NEGATED_BEFORE = re.compile(rf"(?:{'|'.join(NEGATORS)})(?:\s+[^\s,.;:!?]+){{0,2}}\s*[:\-]?\s*$")


# Where pay in a foreign currency places the job when the advert names no country.
CURRENCY_COUNTRY = {
    "MYR": "MY", "TWD": "TW", "HKD": "HK", "SGD": "SG", "JPY": "JP", "KRW": "KR", "SAR": "SA",
    "AED": "AE", "QAR": "QA", "KWD": "KW", "OMR": "OM", "BHD": "BH", "JOD": "JO", "BND": "BN",
    "THB": "TH", "PHP": "PH", "KHR": "KH",
}  # fmt: skip


# Words just before a foreign place that use it for something other than where the job is
# ("makanan Jepang", "bahasa Inggris atau Arab", "lulusan PTN atau luar negeri").
_IN_PASSING = re.compile(
    r"(?:makanan|masakan|kuliner|menu|bahasa|berbahasa|language|speaking|lulusan|universitas|"
    r"university|kampus|kursus|budaya|standar|standard|merek|brand|produk|seperti|atau|or|"
    r"pengalaman|experience|restoran|restaurant|mitra|klien|client)\s*[:\-]?\s*$"
)


@dataclass
class Context:
    """One advert as the detectors see it, with lazily derived facts shared between rules."""

    text: str
    norm: Normalized
    ents: Entities
    rates: ExchangeRates
    _memo: dict[str, Any] = field(default_factory=dict)

    @property
    def t(self) -> str:
        return self.norm.text

    def rx(
        self, patterns: tuple[str, ...], advisory: bool = False, bounds: str = WORD
    ) -> re.Pattern[str] | None:
        """:func:`rx` of ``patterns`` (with ``advisory``: no trailing word boundary), or None
        when the one-pass scan (:attr:`Normalized.phrase_hits`) shows it cannot match here.
        ``bounds``: see :func:`classifier.phrase_engine.gate` (a search in a slice of the
        advert passes :data:`PLAIN`).

        Only whole lists are skipped: running the few alternatives the scan leaves possible
        one by one was slower than the alternation (``docs/performance.md``)."""
        hits = self.norm.phrase_hits  # None: the prefilter is switched off
        if hits is not None:
            if advisory and bounds == WORD:
                bounds = WORD_START
            if not hits.alive(gate(patterns, bounds)):
                return None
        return _whole(patterns, advisory)

    def _bounds(self, text: str | None, endpos: int | None) -> str:
        """What a search of ``text`` (None: the advert) up to ``endpos`` keeps of the
        boundaries the scan checked."""
        if text is not None:
            return PLAIN  # a slice: its first character has nothing before it
        if endpos is not None and endpos < len(self.t):
            return WORD_START  # the end of the search passes for a boundary
        return WORD

    def finditer(
        self,
        patterns: tuple[str, ...],
        text: str | None = None,
        *,
        pos: int = 0,
        endpos: int | None = None,
        advisory: bool = False,
    ) -> list[re.Match[str]]:
        """Every match of :func:`rx` ``(patterns)`` in ``text`` (default: the advert; a part of
        it), skipped when the scan rules the list out."""
        pattern = self.rx(patterns, advisory, self._bounds(text, endpos))
        if pattern is None:
            return []
        text = self.t if text is None else text
        return list(pattern.finditer(text, pos, len(text) if endpos is None else endpos))

    def search(
        self,
        patterns: tuple[str, ...],
        text: str | None = None,
        *,
        pos: int = 0,
        endpos: int | None = None,
        advisory: bool = False,
    ) -> re.Match[str] | None:
        """The first match of :func:`rx` ``(patterns)``, as ``search`` gives it (see
        :meth:`finditer`)."""
        pattern = self.rx(patterns, advisory, self._bounds(text, endpos))
        if pattern is None:
            return None
        text = self.t if text is None else text
        return pattern.search(text, pos, len(text) if endpos is None else endpos)

    def find(
        self, patterns: tuple[str, ...], *, allow_advisory: bool = False
    ) -> list[re.Match[str]]:
        """Matches of ``patterns``, leaving out those inside a sentence that warns about them."""
        found = self.finditer(patterns)
        if allow_advisory:
            return found
        return [m for m in found if not self.in_advisory_sentence(m.start())]

    def has(self, patterns: tuple[str, ...]) -> bool:
        return self.search(patterns) is not None

    def span(self, m: re.Match[str] | tuple[int, int]) -> Span:
        start, end = m.span() if isinstance(m, re.Match) else m
        return self.norm.span(start, end)

    @cached_property
    def _clause_ends(self) -> list[int]:
        return [m.end() for m in _CLAUSE_END.finditer(self.t)]

    def sentence(self, pos: int) -> tuple[int, int]:
        """Bounds of the sentence (or line) around ``pos`` in the normalised text."""
        # The last clause end at or before ``pos`` (bisected: rules ask this many times). A
        # mark just before ``pos`` ends a clause there even without the space after it.
        ends = self._clause_ends
        i = bisect_right(ends, pos)
        start = ends[i - 1] if i else 0
        if pos and self.t[pos - 1] in ".!?;":
            start = pos
        end = _CLAUSE_END.search(self.t, pos)
        return start, (end.start() if end else len(self.t))

    def in_advisory_sentence(self, pos: int) -> bool:
        if not self.advisory_cues:
            return False
        start, end = self.sentence(pos)
        return self.search(ADVISORY_CUES, pos=start, endpos=end, advisory=True) is not None

    @cached_property
    def advisory_cues(self) -> list[re.Match[str]]:
        """Every warning cue in the advert (:data:`ADVISORY_CUES`)."""
        return self.finditer(ADVISORY_CUES, advisory=True)

    def negated_before(self, start: int) -> bool:
        """True when a negation stands just before ``start``: "tanpa biaya", "bukan tanpa tes"."""
        s_start, _ = self.sentence(start)
        return bool(_NEGATED_BEFORE.search(self.t[max(s_start, start - 40) : start]))

    def negated(self, start: int, end: int) -> bool:
        """True when a cost at ``[start, end)`` is denied: "tanpa biaya", "biaya gratis"."""
        if self.negated_before(start):
            return True
        _, s_end = self.sentence(start)
        after = self.t[end:s_end]
        covered = self.search(COST_COVERED, after)
        if covered and covered.start() < 80:
            # "Biaya proses 5 juta, tiket ditanggung majikan": a sum in between keeps the fee.
            between = after[: covered.start()]
            return not re.search(r"\d", between)
        return False

    # --- derived facts ----------------------------------------------------------------------

    @cached_property
    def advisory(self) -> bool:
        """A notice or news item warning about lures, not an advert making them."""
        cues = {m.group(0) for m in self.advisory_cues}
        return len(cues) >= 2 and not self.find(PAY_DEMAND)

    @cached_property
    def gov_notice(self) -> bool:
        """Headed or signed by a government body (and not demanding money personally)."""
        return (
            self.official_source
            and bool(self.find(GOV_NOTICE, allow_advisory=True))
            and not any(m.kind == "fee" and m.idr >= 1_000_000 for m in self.money)
            # "Kementerian X membuka lowongan, klik link di bawah": a borrowed letterhead.
            and not self.find(LINK_BAIT)
        )

    @cached_property
    def official_source(self) -> bool:
        """Published by, or pointing only to, a government channel (G to G, LTSA, KP2MI)."""
        if not self.find(OFFICIAL_SOURCE, allow_advisory=True):
            return False
        # Scams borrow the words; a personal account or an individual recruiter gives them away.
        return not self.find(
            (
                r"rekening\s+(?:pribadi|atas\s+nama)",
                r"a\.?\s?n\.?\s+[a-z]+",
                *INDIVIDUAL_RECRUITER[:4],
            )
        )

    @cached_property
    def countries(self) -> set[str]:
        return {d.country for d in self.ents.destinations}

    @cached_property
    def abroad_in_passing(self) -> bool:
        """A job at home that names foreign places only in passing: "makanan Jepang", "bahasa
        Inggris atau Arab", "lulusan PTN atau luar negeri". It names an Indonesian place, no
        word of migrant work (PMI, TKI, paspor, visa), and every foreign place stands after a
        word that uses it for something else (:data:`_IN_PASSING`)."""
        if "ID" not in self.countries or self.find(MIGRANT_WORDS, allow_advisory=True):
            return False
        starts = [d.span.start for d in self.ents.destinations if d.country != "ID"]
        before = [self.text[max(0, i - 30) : i].lower() for i in starts]
        before += [self.t[max(0, m.start() - 30) : m.start()] for m in self.find(OVERSEAS_CUES)]
        return bool(before) and all(_IN_PASSING.search(b) for b in before)

    @cached_property
    def foreign(self) -> set[str]:
        if self.abroad_in_passing:
            return set()
        found = self.countries - {"ID"}
        if not found:
            # Pay in a foreign currency says where the job is when no place is named.
            found = {
                CURRENCY_COUNTRY[s.currency]
                for s in self.ents.salaries
                if s.currency in CURRENCY_COUNTRY
            }
        return found

    @cached_property
    def local_abroad(self) -> bool:
        """An advert for locals of the destination (Malay "tempatan" jobs), not for migrants."""
        return bool(self.find(LOCAL_ABROAD, allow_advisory=True)) and not self.find(
            INDONESIAN_ORIGIN, allow_advisory=True
        )

    @cached_property
    def overseas(self) -> bool:
        if self.local_abroad or self.abroad_in_passing:
            return False
        return (
            bool(self.foreign)
            or bool(self.find(OVERSEAS_CUES, allow_advisory=True))
            or any(s.currency != "IDR" for s in self.ents.salaries)
        )

    @cached_property
    def jobs(self) -> set[str]:
        return {label for label, _ in self.ents.job_types}

    @cached_property
    def official_steps(self) -> list[re.Match[str]]:
        seen: dict[str, re.Match[str]] = {}
        for m in self.finditer(OFFICIAL_STEPS):
            seen.setdefault(re.sub(r"\W", "", m.group(0)), m)
        return list(seen.values())

    @cached_property
    def licensed(self) -> bool:
        """A named company with a licence number, or a P3MI spelled out with its steps."""
        named = bool(self.ents.companies)
        if named and self.find(LICENSED_CLAIM) and self.find(OFFICE_ADDRESS):
            return True  # "PT X (licensed), Jl. ...": checkable at the office
        return (named and bool(self.placement_licences)) or (
            named and self.has((r"p3mi", r"sip3mi", r"pptkis")) and len(self.official_steps) >= 2
        )

    @cached_property
    def placement_licences(self) -> list[tuple[str, Span]]:
        """Licence numbers of a placement company (SIP3MI, SIP2MI, KEP), not a trade register."""
        return [
            (v, s)
            for v, s in self.ents.licence_numbers
            if not v.startswith(("NIB", "SIUP ", "LICEN"))
        ]

    @cached_property
    def money(self) -> list[Money]:
        return find_money(self.norm, self.rates)

    def hit(self, detector: Detector) -> RuleHit | None:
        """``detector(self)``, run once per advert: some rules read another rule's verdict
        (the recruiter rule asks whether a fee is charged or a known name is borrowed), and
        :func:`classifier.rules.detect_all` runs every rule anyway."""
        key = "hit:" + detector.__name__
        if key not in self._memo:
            self._memo[key] = detector(self)
        hit: RuleHit | None = self._memo[key]
        return hit


def make_hit(
    code: str,
    score: float,
    evidence: Iterable[Span],
    reason: str,
    details: PayThreshold | None = None,
) -> RuleHit | None:
    """The hit every detector returns: the score clamped to [0, 1], at most six evidence spans
    in order, nested ones dropped; ``None`` when nothing can be quoted."""
    spans = sorted({s for s in evidence if s.text}, key=lambda s: (s.start, s.end))
    if not spans:
        return None
    # Keep only the outermost of nested spans ("biaya proses" inside a longer quote).
    kept: list[Span] = []
    for s in spans:
        if kept and kept[-1].start <= s.start and s.end <= kept[-1].end:
            continue
        kept.append(s)
    return RuleHit(
        code=code,
        score=round(min(1.0, max(0.0, score)), 3),
        evidence=tuple(kept[:6]),
        reason=reason,
        details=details,
    )


def build_context(
    text: str,
    entities: Entities | None = None,
    rates: ExchangeRates | None = None,
    norm: Normalized | None = None,
) -> Context:
    rates = rates or default_rates()
    norm = norm if norm is not None and norm.original == text else normalize(text)
    ents = entities if entities is not None else extract_entities(text, rates, norm=norm)
    return Context(text=text, norm=norm, ents=ents, rates=rates)
