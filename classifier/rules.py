"""One detector per red-flag code (``docs/red_flags.md``), each quoting its evidence.

A detector returns a :class:`~classifier.types.RuleHit` with a score in [0, 1] (how strong the
evidence is, not a probability) or ``None``. Rules aim at precision: a hit should hold up when
an investigator reads the quoted words; the model covers recall. Phrase lists live in
:mod:`classifier.phrases` (a module per rule); facts they rely on are cited to ``docs/domain.md``.

Matching runs on the normalised text (slang expanded, lower case) and every evidence span is
mapped back to the original advert, so ``text[span.start:span.end] == span.text``.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from importlib import resources
from typing import Any

import phonenumbers

from classifier import employers as E
from classifier.entities import extract_entities
from classifier.gazetteer import SKILLED_JOB_TYPES
from classifier.normalize import Normalized, normalize
from classifier.phrases.document_fraud import (
    DOC_FIX,
    MINOR_AGE,
    PASSPORT_ARRANGED,
    PASSPORT_HELD,
    PASSPORT_KEPT_BY_WORKER,
)
from classifier.phrases.high_pay import BIG_PAY_WORDS, INTERNSHIP, ONLINE_TASK, SKILLED, UNSKILLED
from classifier.phrases.impersonation import IMPERSONATION_CHANNEL, IMPERSONATION_WARNING, LINK_BAIT
from classifier.phrases.informal_contact import (
    FREE_MAIL_DOMAINS,
    INFORMAL_CHANNEL,
    OFFICE_ADDRESS,
    SHORTENER_HOSTS,
    SOCIAL_HOSTS,
)
from classifier.phrases.pressure import SECRECY, URGENCY
from classifier.phrases.restricted_destination import (
    DOMESTIC_WORK_JOBS,
    KOREA_OFFICIAL,
    KOREA_PRIVATE,
    MIDDLE_EAST_WORDS,
    MORATORIUM_COUNTRIES,
    SCAM_HUBS,
    SCAM_JOB_WORDS,
    SPSK,
)
from classifier.phrases.shared import (
    ADVISORY_CUES,
    COST_COVERED,
    GOV_BODY,
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
from classifier.phrases.unclear_procedure import PROCEDURE_DENIED, PROCEDURE_HASTE
from classifier.phrases.unlicensed_recruiter import (
    INDIVIDUAL_RECRUITER,
    LICENCE_CLAIM_VAGUE,
    PERSONAL_ACCOUNT,
    POINTS_TO_P3MI,
    WRONG_LICENCE,
)
from classifier.phrases.upfront_fee import (
    FEE_ITEMS,
    FEE_NOUNS,
    LEGIT_COSTS,
    PAY_DEMAND,
    SALARY_DEDUCTION,
)
from classifier.phrases.vague_job import DUTY_WORDS, VAGUE, VAGUE_OFFICE_JOBS, VAGUE_UNLESS_DUTIES
from classifier.phrases.visa_misuse import (
    FORBIDDEN_AFTER,
    OVERLAND,
    OVERLAND_HUB,
    UNOFFICIAL_ROUTE,
    VISA_WRONG,
)
from classifier.phrases.vulnerable_targeting import (
    APPEARANCE,
    ENTERTAINMENT_STRONG,
    ENTERTAINMENT_WEAK,
    FEMALE,
    SINGLE,
    YOUNG,
)
from classifier.rates import ExchangeRates, default_rates
from classifier.salary import Money, find_money
from classifier.types import Entities, RuleHit, Span
from vocabulary.red_flags import RED_FLAGS

Detector = Callable[["Context"], RuleHit | None]


@cache
def _rx(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """Whole-word alternation of phrase fragments (compiled once per tuple)."""
    return re.compile(rf"(?<![a-z0-9])(?:{'|'.join(patterns)})(?![a-z0-9])")


# Hashtags run words together ("#waspadatppo"), so advisory cues need no trailing boundary.
_ADVISORY = re.compile(rf"(?<![a-z0-9])(?:{'|'.join(ADVISORY_CUES)})")
_CLAUSE_END = re.compile(r"\n|[.!?;](?:\s|$)")
_NEGATED_BEFORE = re.compile(rf"(?:{'|'.join(NEGATORS)})(?:\s+[^\s,.;:!?]+){{0,2}}\s*[:\-]?\s*$")


# Where pay in a foreign currency places the job when the advert names no country.
_CURRENCY_COUNTRY = {
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

    def find(
        self, patterns: tuple[str, ...], *, allow_advisory: bool = False
    ) -> list[re.Match[str]]:
        """Matches of ``patterns``, leaving out those inside a sentence that warns about them."""
        found = list(_rx(patterns).finditer(self.t))
        if allow_advisory:
            return found
        return [m for m in found if not self.in_advisory_sentence(m.start())]

    def has(self, patterns: tuple[str, ...]) -> bool:
        return _rx(patterns).search(self.t) is not None

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
        start, end = self.sentence(pos)
        return _ADVISORY.search(self.t, start, end) is not None

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
        covered = _rx(COST_COVERED).search(after)
        if covered and covered.start() < 80:
            # "Biaya proses 5 juta, tiket ditanggung majikan": a sum in between keeps the fee.
            between = after[: covered.start()]
            return not re.search(r"\d", between)
        return False

    # --- derived facts ----------------------------------------------------------------------

    @cached_property
    def advisory(self) -> bool:
        """A notice or news item warning about lures, not an advert making them."""
        cues = {m.group(0) for m in _ADVISORY.finditer(self.t)}
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
                _CURRENCY_COUNTRY[s.currency]
                for s in self.ents.salaries
                if s.currency in _CURRENCY_COUNTRY
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
        for m in _rx(OFFICIAL_STEPS).finditer(self.t):
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


def _hit(code: str, score: float, evidence: Iterable[Span], reason: str) -> RuleHit | None:
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
    )


# --- high_pay -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _thresholds() -> dict[str, Any]:
    raw = resources.files("classifier.data").joinpath("high_pay_thresholds.json").read_text("utf-8")
    return json.loads(raw)


def _threshold(
    ctx: Context, unskilled: bool, currency: str = "IDR", tier: str = "unspecified"
) -> tuple[float, str, str | None] | None:
    """Monthly IDR above which pay is suspect here, the row it comes from, and for work in
    Indonesia the words that name the reference ("di Bali (2× UMP Bali 2026 Rp3.207.459)").

    The rows are docs/domain.md's "Suggested quantitative thresholds for high_pay" (section 4
    reference wages x 1.3-2). The most specific row that fits wins. Work in Indonesia is
    judged against the minimum wage of its own place (:mod:`classifier.wages`: the city's UMK,
    the province's UMP, or the national median when no place is named) times the multiple
    for ``tier`` ("entry", "unspecified", "qualified"; the table's "domestic" section); only
    the context rows (young women, online tasks) are more specific than the place.
    """
    from classifier import wages  # data access only; imported here to keep rules.py's header

    table = _thresholds()
    foreign = ctx.foreign
    contexts: set[str] = set()
    if ctx.find(ONLINE_TASK):
        contexts.add("online_task")
    if ctx.find(INTERNSHIP):
        contexts.add("internship")
    if ctx.find(ENTERTAINMENT_STRONG) or (ctx.find(FEMALE) and ctx.find(APPEARANCE)):
        contexts.add("young_women")
    countries = foreign or ({"ID"} if not ctx.overseas else {"*"})
    # In a list of several destinations, judge the pay against the place its currency names.
    if _CURRENCY_COUNTRY.get(currency) in countries:
        countries = {_CURRENCY_COUNTRY[currency]}
    best: tuple[int, float, str, str | None] | None = None
    if "ID" in countries and not ctx.overseas:
        # As specific as a country row; the multiple depends on the kind of work.
        domestic = table["domestic"]
        multiple = float(domestic["multiples"][tier])
        ref = wages.reference(d.name for d in ctx.ents.destinations if d.country == "ID")
        where = f"di {ref.place}" if ref.place else "yang tempatnya tidak disebut"
        rupiah = f"{ref.amount:,.0f}".replace(",", ".")
        times = f"{multiple:g}".replace(".", ",")
        note = f"{where} ({times}× {ref.label} Rp{rupiah})"
        best = (1, multiple * ref.amount, f"ID-{ref.kind}", note)
    for row in table["thresholds"]:
        if row.get("retired"):
            continue  # kept only so that reasons stored with its id still resolve
        row_countries = set(row.get("countries") or ["*"])
        if "*" not in row_countries and not (row_countries & countries):
            continue
        if row.get("overseas_only") and not ctx.overseas:
            continue
        if row.get("domestic_only") and ctx.overseas:
            continue
        if row.get("requires_unskilled") and not unskilled:
            continue
        jobs = set(row.get("job_types") or [])
        if jobs and not (jobs & ctx.jobs):
            continue
        need = row.get("context")
        if need and need not in contexts:
            continue
        specificity = (
            (2 if jobs else 0) + (2 if need else 0) + (1 if "*" not in row_countries else 0)
        )
        idr = ctx.rates.to_idr(row["amount"], row["currency"]) * {"month": 1, "day": 26}[row["per"]]
        if best is None or specificity > best[0] or (specificity == best[0] and idr < best[1]):
            best = (specificity, idr, row["id"], None)
    return None if best is None else (best[1], best[2], best[3])


def high_pay(ctx: Context) -> RuleHit | None:
    if ctx.local_abroad:
        return None  # pay set for the destination's own workers, not a lure to migrants
    unskilled = ctx.find(UNSKILLED)
    skilled = ctx.find(SKILLED) or (ctx.jobs & SKILLED_JOB_TYPES and not unskilled)
    if skilled and not unskilled:
        return None  # senior, certified or professional roles earn more (docs/red_flags.md)
    # The kind of work sets the multiple of the local minimum wage for jobs in Indonesia:
    # "entry" when no experience or only schooling up to SMA/SMK is asked, "qualified" for a
    # diploma or some stated experience (3+ years or a degree is SKILLED, above).
    school = ctx.find(
        (
            r"(?:lulusan|tamatan|tamat|pendidikan|ijazah|min(?:imal|imum)?\.?)\s+"
            r"(?:sd|smp|sltp|sma|smk|slta|stm|paket\s+[abc])",
            r"(?:sma|smk|slta)\s*/\s*(?:sma|smk|slta|ma|sederajat)",
            r"high[\s_]school",
        )
    )
    qualified = [
        m
        for m in ctx.find(
            (
                r"(?<!/)(?:d3|d4|diploma(?:\s+(?:3|4|iii|iv|tiga|empat))?)",
                r"pengalaman\s+(?:kerja\s+)?(?:\w+\s+){0,3}?(?:min(?:imal|imum)?\.?\s*)?"
                r"[12]\s*\+?\s*(?:tahun|thn|th|years?)",
                r"(?<!0[–-])(?:min(?:imal|imum)?\.?\s*)?[12]\s*\+?\s*(?:tahun|thn|th|years?)\s+"
                r"(?:pengalaman|berpengalaman|experience)",
                r"(?:memiliki|punya|mempunyai)\s+pengalaman",
                r"(?:berpengalaman|pengalaman)\s+(?:di\s+bidang|dalam\s+bidang|sebagai|di\s+posisi)",
            )
        )
        if not ctx.negated_before(m.start())
        and not re.search(
            r"(?:diutamakan|lebih\s+disukai|nilai\s+(?:plus|tambah)|\bplus)\W+(?:\w+\W+){0,2}$",
            ctx.t[max(0, m.start() - 40) : m.start()],
        )
    ]
    if unskilled:
        tier = "entry"
    elif qualified:
        tier = "qualified"
    else:
        tier = "entry" if school else "unspecified"
    salaries = [s for s in ctx.ents.salaries if s.idr_month >= 500_000]
    if salaries:
        top = max(salaries, key=lambda s: s.idr_month)
        found = _threshold(ctx, bool(unskilled), top.currency, tier)
        if found is None:
            return None  # no reference wage for this place and job: no quantitative judgement
        limit, row, where = found
        ratio = top.idr_month / limit
        if ratio <= 1.0:
            return None
        score = 0.55 + 0.2 * min(ratio - 1.0, 1.5) + (0.15 if unskilled else 0.0)
        cues = unskilled[:2] or (school[:1] if tier == "entry" else [])
        evidence = [top.span, *(ctx.span(m) for m in cues)]
        juta = f"{top.idr_month / 1e6:,.1f}".replace(",", ".")
        if where is None:
            reason = f"untuk pekerjaan dan tujuan ini (batas {row})."
        else:
            reason = f"untuk pekerjaan ini {where}."
        return _hit(
            "high_pay",
            score,
            evidence,
            f"Gaji sekitar Rp{juta} juta/bulan jauh di atas kewajaran {reason}",
        )
    # No figure: "gaji besar" promised to people without experience.
    big = ctx.find(BIG_PAY_WORDS)
    if big and unskilled:
        return _hit(
            "high_pay",
            0.6,
            [ctx.span(big[0]), ctx.span(unskilled[0])],
            "Menjanjikan gaji besar untuk pekerjaan tanpa syarat keahlian.",
        )
    return None


# --- restricted_destination -----------------------------------------------------------------


def restricted_destination(ctx: Context) -> RuleHit | None:
    dests = ctx.ents.destinations
    jobs = [(label, span) for label, span in ctx.ents.job_types]
    # docs/domain.md section 3: Middle East moratorium (Kepmenaker 260/2015) for household
    # employers; the SPSK one-channel scheme with Saudi companies (syarikah) is the exception.
    me_places = [d.span for d in dests if d.country in MORATORIUM_COUNTRIES]
    me_places += [ctx.span(m) for m in ctx.find(MIDDLE_EAST_WORDS)]
    household = [span for label, span in jobs if label in DOMESTIC_WORK_JOBS]
    household += [
        ctx.span(m)
        for m in ctx.find(
            (
                r"(?:bersih|beres)-?\s*(?:bersih\s+)?rumah",
                r"jaga\s+anak",
                r"masak\s+untuk\s+keluarga",
                r"house\s*work",
                r"rumah\s+tangga",
            )
        )
    ]
    if me_places and household and not ctx.has(SPSK):
        return _hit(
            "restricted_destination",
            0.9,
            [me_places[0], household[0]],
            "Pekerja rumah tangga ke Timur Tengah masih dilarang (moratorium "
            "Kepmenaker 260/2015) kecuali lewat SPSK.",
        )
    # docs/domain.md section 3: online-scam compounds in Cambodia, Myanmar, Laos, the Philippines
    # and (as the entry route) Thailand recruit "admin", "CS", "operator", "marketing".
    hubs = [d.span for d in dests if d.country in SCAM_HUBS]
    if hubs:
        online = [span for label, span in jobs if label == "admin_online"]
        online += [ctx.span(m) for m in ctx.find(SCAM_JOB_WORDS)]
        if online:
            return _hit(
                "restricted_destination",
                0.85,
                [hubs[0], online[0]],
                "Lowongan admin/CS/operator online di Kamboja, Myanmar, Laos, Filipina "
                "atau Thailand: pola perekrutan sindikat online scam.",
            )
    # docs/domain.md section 2: Korea EPS is government-to-government only.
    korea = [d.span for d in dests if d.country == "KR"]
    if korea and not ctx.has(KOREA_OFFICIAL):
        private = ctx.find(KOREA_PRIVATE)
        private_fee = [m for m in ctx.money if m.kind == "fee" and m.idr >= 5_000_000]
        if private or private_fee:
            ev = [korea[0], *(ctx.span(m) for m in private[:2]), *(m.span for m in private_fee[:1])]
            return _hit(
                "restricted_destination",
                0.85,
                ev,
                "Penempatan kerja ke Korea (EPS) hanya lewat jalur G to G pemerintah; "
                "agen/LPK swasta tidak boleh menempatkan.",
            )
    return None


# --- visa_misuse ----------------------------------------------------------------------------


def visa_misuse(ctx: Context) -> RuleHit | None:
    evidence: list[Span] = []
    for m in ctx.find(VISA_WRONG) + ctx.find(UNOFFICIAL_ROUTE):
        _, end = ctx.sentence(m.start())
        if ctx.negated_before(m.start()) or ctx.t[end : end + 1] == "?":
            continue
        if _rx(FORBIDDEN_AFTER).search(ctx.t, m.end(), end):
            continue  # "visa turis tidak boleh dipakai untuk bekerja" explains the rule
        evidence.append(ctx.span(m))
    # "Fly to Bangkok, then overland" (docs/domain.md section 3, Mae Sot -> Myawaddy).
    for m in ctx.find(OVERLAND):
        lo, hi = max(0, m.start() - 120), m.end() + 120
        hub = _rx(OVERLAND_HUB).search(ctx.t, lo, hi)
        if hub and not ctx.negated(m.start(), m.end()):
            evidence += [ctx.span(hub), ctx.span(m)]
    if not evidence:
        return None
    return _hit(
        "visa_misuse",
        0.85 + 0.05 * (len(evidence) - 1),
        evidence,
        "Berangkat kerja dengan visa non-kerja (turis/ziarah/umrah/pelajar) atau lewat "
        "jalur tidak resmi.",
    )


# --- upfront_fee ----------------------------------------------------------------------------

_FEE_PHRASE = re.compile(
    rf"(?<![a-z0-9])(?:{'|'.join(FEE_NOUNS)})(?:\s+(?:{'|'.join(FEE_ITEMS)}))?(?![a-z0-9])"
)


def upfront_fee(ctx: Context) -> RuleHit | None:
    evidence: list[Span] = []
    strength = 0.0
    # A sum per day or month after "fee" is pay ("fee Rp2 jt per hari"), not a charge.
    fees = [m for m in ctx.money if m.kind == "fee" and m.period is None]
    # A fee noun ("biaya proses") that is not denied, backed by a sum or a demand to pay.
    for m in _FEE_PHRASE.finditer(ctx.t):
        if _skip_cost(ctx, m):
            continue
        s_start, s_end = ctx.sentence(m.start())
        window = (max(s_start, m.start() - 60), min(s_end, m.end() + 80))
        ostart, oend = ctx.norm.to_original(*window)
        sums = [f for f in fees if ostart <= f.span.start < oend and f.idr >= 50_000]
        demand = _rx(PAY_DEMAND).search(ctx.t, *window)
        if sums:
            evidence += [ctx.span(m), sums[0].span]
            strength = max(strength, 0.85)
        elif demand:
            evidence += [ctx.span(m), ctx.span(demand)]
            strength = max(strength, 0.75)
    # A demand to pay or transfer on its own, especially to a personal account.
    for m in ctx.find(PAY_DEMAND):
        if _skip_cost(ctx, m):
            continue
        s_start, s_end = ctx.sentence(m.start())
        ostart, oend = ctx.norm.to_original(s_start, s_end)
        sums = [f for f in fees if ostart <= f.span.start < oend and f.idr >= 50_000]
        if sums or re.search(
            r"rekening|transfer|setor|\btf\b|\bdp\b|deposit|bayar|pay", m.group(0)
        ):
            evidence += [ctx.span(m), *(f.span for f in sums[:1])]
            strength = max(strength, 0.8 if sums else 0.7)
    # Any other sum the nearest keyword marks as a charge ("bayar tekong RM800", "daftar 5jt").
    for fee in fees:
        if fee.idr < 50_000 or (
            evidence and any(e.start <= fee.span.start < e.end for e in evidence)
        ):
            continue
        if _skip_cost_at(ctx, *fee.norm_span):
            continue
        evidence.append(fee.span)
        strength = max(strength, 0.75)
    # Deductions far beyond the legal cost structure (docs/red_flags.md: "potong gaji").
    for m in ctx.find(SALARY_DEDUCTION):
        if ctx.negated(m.start(), m.end()):
            continue
        groups = m.groupdict()
        months = groups.get("months") or groups.get("months2") or groups.get("months3")
        if months and int(months) < 3:
            continue
        evidence.append(ctx.span(m))
        strength = max(strength, 0.75)
    if ctx.ents.bank_accounts and evidence:
        evidence.append(ctx.ents.bank_accounts[0][1])
        strength += 0.1
    if not evidence:
        return None
    return _hit(
        "upfront_fee",
        strength,
        evidence,
        "Calon pekerja diminta membayar biaya di muka (proses, pelatihan, medical, "
        "tiket, deposit) atau gajinya dipotong untuk biaya.",
    )


def _skip_cost(ctx: Context, m: re.Match[str]) -> bool:
    return _skip_cost_at(ctx, m.start(), m.end())


def _skip_cost_at(ctx: Context, pos: int, pos_end: int) -> bool:
    """Denied, warned about, asked about, or a cost the rules let the candidate carry."""
    if ctx.in_advisory_sentence(pos) or ctx.negated(pos, pos_end):
        return True
    start, end = ctx.sentence(pos)
    if ctx.t[end : end + 1] == "?":
        return True  # "Apakah saya harus membayar?" is a question, not a demand
    return _rx(LEGIT_COSTS).search(ctx.t, start, end) is not None


# --- unclear_procedure ----------------------------------------------------------------------


def unclear_procedure(ctx: Context) -> RuleHit | None:
    denied = [m for m in ctx.find(PROCEDURE_DENIED) if not ctx.negated_before(m.start())]
    haste = [m for m in ctx.find(PROCEDURE_HASTE) if not ctx.negated_before(m.start())]
    # docs/domain.md section 1: registration, job order, contract, OPP, training, medical. An
    # advert that walks through these is not "skipping" them because it also says "cepat".
    if len(ctx.official_steps) >= 3:
        haste = []
    if denied:
        return _hit(
            "unclear_procedure",
            0.85 + 0.05 * min(2, len(denied) + len(haste) - 1),
            [ctx.span(m) for m in denied + haste],
            "Menjanjikan keberangkatan yang melewati prosedur resmi (Disnaker/LTSA, "
            "pelatihan, OPP, kontrak kerja).",
        )
    if haste and (ctx.overseas or len(haste) >= 2):
        return _hit(
            "unclear_procedure",
            0.6 + 0.1 * min(2, len(haste) - 1),
            [ctx.span(m) for m in haste],
            "Menekankan proses cepat/langsung berangkat tanpa menjelaskan prosedur resmi.",
        )
    return None


# --- unlicensed_recruiter -------------------------------------------------------------------


def unlicensed_recruiter(ctx: Context) -> RuleHit | None:
    # Official programmes (G to G, registration at LTSA/Disnaker/KP2MI) recruit without a P3MI.
    if ctx.official_source:
        return None
    individual = [m for m in ctx.find(INDIVIDUAL_RECRUITER) if not ctx.negated_before(m.start())]
    vague_claim = ctx.find(LICENCE_CLAIM_VAGUE)
    companies = [s for v, s in ctx.ents.companies if not v.startswith(("LPK", "BLK"))]
    lpk = [s for v, s in ctx.ents.companies if v.startswith(("LPK", "BLK"))]
    lpk += [ctx.span(m) for m in ctx.find((r"lpk", r"lembaga\s+(?:kursus|pelatihan)"))][:1]
    fee = upfront_fee(ctx)
    if ctx.licensed and not individual:
        return None
    if not ctx.overseas:
        # A shop hiring at home is fine; internal trafficking (hostess work in Batam, "orang
        # dalam" job sales) uses the same unnamed recruiters (docs/red_flags.md, notes).
        lure = ctx.find(ENTERTAINMENT_STRONG) or ctx.find(
            (
                r"tiket\s+(?:pesawat\s+|kapal\s+)?(?:[&\w]+\s+){0,2}(?:ditanggung|gratis|"
                r"dibayar\w*|disediakan|dibeli\w*)",
                r"tiket\s+(?:\w+\s+)?(?:yang|yg)\s+(?:beli\w*|bayar\w*)",
                r"ongkos\s+(?:\w+\s+){0,3}(?:ditanggung|gratis|dibayar\w*)",
                r"orang\s+dalam",
                r"jalur\s+khusus",
                r"pasti\s+(?:lulus|diterima)",
            )
        )
        lure = lure or ([] if vulnerable_targeting(ctx) is None else ctx.find(FEMALE))
        if lure and not companies and (individual or _personal_contact(ctx) or fee):
            ev = [ctx.span(lure[0]), *(ctx.span(m) for m in individual[:1])]
            return _hit(
                "unlicensed_recruiter",
                0.7,
                ev,
                "Perekrut perorangan tanpa perusahaan jelas merekrut untuk kerja di luar daerah.",
            )
        return None
    licences = ctx.placement_licences
    if individual and not licences:
        return _hit(
            "unlicensed_recruiter",
            0.85,
            [ctx.span(m) for m in individual[:3]],
            "Perekrut perorangan (sponsor/agen/calo) tanpa perusahaan penempatan (P3MI) "
            "dan nomor izin yang bisa dicek.",
        )
    if licences:
        return None
    place = [d.span for d in ctx.ents.destinations if d.country != "ID"][:1]
    place = place or [ctx.span(m) for m in ctx.find(OVERSEAS_CUES)[:1]]
    if not companies:
        # Someone must be recruiting: a personal channel, a fee or a claim to be "resmi". A post
        # that walks through the official route or sends readers to a licensed P3MI is not.
        recruiting = _personal_contact(ctx) or fee or vague_claim or lpk
        official_talk = (
            len(ctx.official_steps) >= 2
            or ctx.find(POINTS_TO_P3MI)
            or ctx.find((GOV_BODY,), allow_advisory=True)
        )
        if official_talk and (not recruiting or len(ctx.official_steps) >= 3):
            return None
        if not recruiting and not ctx.find(INDONESIAN_ORIGIN, allow_advisory=True):
            # An employer's own page abroad, written for that country's job market (a Melbourne
            # software job on SEEK): nobody is placing Indonesian workers.
            return None
        evidence = [ctx.span(m) for m in vague_claim[:1]] + lpk[:1] + place
        evidence += [s for _, s in ctx.ents.whatsapp[:1] or ctx.ents.phones[:1]]
        return _hit(
            "unlicensed_recruiter",
            0.75 if vague_claim or lpk or fee else 0.65,
            evidence,
            "Lowongan kerja luar negeri tanpa nama perusahaan penempatan (P3MI) berizin.",
        )
    # A named firm that cannot be a P3MI: only a P3MI (a PT with an SIP3MI) may place
    # workers abroad (docs/domain.md section 1); a CV, a foundation, a trade registration
    # (NIB, SIUP, Kemenkumham) or money to a personal account does not qualify.
    not_pt = [s for v, s in ctx.ents.companies if v.startswith(("CV ", "YAYASAN", "KOPERASI"))]
    wrong = ctx.find(WRONG_LICENCE) + ctx.find(PERSONAL_ACCOUNT) + vague_claim
    if (not_pt and len(not_pt) == len(ctx.ents.companies)) or wrong:
        evidence = not_pt[:1] + companies[:1] + [ctx.span(m) for m in wrong[:1]] + place
        return _hit(
            "unlicensed_recruiter",
            0.65,
            evidence,
            "Perekrut ke luar negeri tidak menunjukkan izin P3MI (SIP3MI) yang bisa "
            "dicek; badan usaha atau izin yang disebut bukan izin penempatan.",
        )
    return None


def _personal_contact(ctx: Context) -> bool:
    return bool(
        ctx.ents.whatsapp
        or ctx.ents.telegram
        or ctx.find(INFORMAL_CHANNEL)
        or any(not _is_landline(n) for n, _ in ctx.ents.phones)
    )


def _is_landline(number: str) -> bool:
    try:
        kind = phonenumbers.number_type(phonenumbers.parse(number))
    except phonenumbers.NumberParseException:
        return False
    return kind == phonenumbers.PhoneNumberType.FIXED_LINE or number.startswith("+62800")


# --- informal_contact -----------------------------------------------------------------------


def _formal_contacts(ctx: Context) -> list[Span]:
    formal: list[Span] = []
    for address, span in ctx.ents.emails:
        if address.rsplit("@", 1)[-1] not in FREE_MAIL_DOMAINS:
            formal.append(span)
    for url, span in ctx.ents.urls:
        if not re.search(rf"(?:{'|'.join(SOCIAL_HOSTS)})", url, re.I):
            formal.append(span)
    formal += [span for number, span in ctx.ents.phones if _is_landline(number)]
    formal += [
        ctx.span(m)
        for m in ctx.find(OFFICE_ADDRESS, allow_advisory=True)
        if not _PLACEMENT_BEFORE.search(ctx.t, max(0, m.start() - 120), m.start())
    ]
    return formal


# "Ditempatkan di Puskesmas X, Alamat: Jl. ...": the address of the workplace, where nobody
# can apply, says nothing about who is recruiting.
_PLACEMENT_BEFORE = re.compile(
    r"(?:ditempatkan|penempatan|lokasi\s+kerja|lokasi\s*[:\-]|penetapan\s+kerja)"
)


def informal_contact(ctx: Context) -> RuleHit | None:
    if _formal_contacts(ctx):
        return None
    informal: list[Span] = [s for _, s in ctx.ents.whatsapp + ctx.ents.telegram]
    informal += [s for _, s in ctx.ents.phones]
    informal += [s for a, s in ctx.ents.emails if a.rsplit("@", 1)[-1] in FREE_MAIL_DOMAINS]
    informal += [s for _, s in ctx.ents.urls]  # only social or shortener links reach here
    channels = [ctx.span(m) for m in ctx.find(INFORMAL_CHANNEL)]
    if not informal and not channels:
        return None
    score = 0.8 if ctx.ents.telegram or channels else 0.7
    return _hit(
        "informal_contact",
        score,
        (informal + channels)[:4],
        "Kontak hanya lewat WhatsApp/Telegram/DM atau e-mail gratis, tanpa alamat kantor "
        "atau kontak resmi perusahaan.",
    )


# --- vague_job ------------------------------------------------------------------------------


def vague_job(ctx: Context) -> RuleHit | None:
    vague = ctx.find(VAGUE)
    if not ctx.find(DUTY_WORDS):
        vague = sorted(vague + ctx.find(VAGUE_UNLESS_DUTIES), key=lambda m: m.start())
    if vague:
        return _hit(
            "vague_job",
            0.75 + 0.1 * min(2, len(vague) - 1),
            [ctx.span(m) for m in vague],
            'Pekerjaan digambarkan samar ("kerja ringan", "admin online", "nanti '
            'dijelaskan") tanpa tugas, jam kerja atau kontrak yang jelas.',
        )
    # "Admin/CS/marketing" abroad with no duties, employer or hours (docs/red_flags.md).
    hub = any(d.country in SCAM_HUBS for d in ctx.ents.destinations)
    if ctx.overseas and not ctx.find(DUTY_WORDS) and (hub or not ctx.ents.companies):
        office = ctx.find(VAGUE_OFFICE_JOBS)
        if office:
            return _hit(
                "vague_job",
                0.65,
                [ctx.span(m) for m in office[:2]],
                "Lowongan admin/CS/marketing di luar negeri tanpa uraian tugas dan "
                "tanpa nama pemberi kerja.",
            )
    return None


# --- pressure -------------------------------------------------------------------------------


def pressure(ctx: Context) -> RuleHit | None:
    secrecy = [m for m in ctx.find(SECRECY) if not ctx.negated_before(m.start())]
    urgency = ctx.find(URGENCY)
    if not secrecy and not urgency:
        return None
    score = (0.85 if secrecy else 0.0) + 0.1 * min(2, len(urgency))
    if not secrecy:
        score = 0.55 + 0.1 * min(3, len(urgency) - 1)
    return _hit(
        "pressure",
        score,
        [ctx.span(m) for m in secrecy + urgency],
        "Mendesak (kuota terbatas, berangkat segera) atau meminta dirahasiakan dari keluarga.",
    )


# --- document_fraud -------------------------------------------------------------------------


def document_fraud(ctx: Context) -> RuleHit | None:
    evidence: list[Span] = []
    score = 0.0
    for m in ctx.find(DOC_FIX):
        if not ctx.negated(m.start(), m.end()):
            evidence.append(ctx.span(m))
            score = max(score, 0.9)
    for m in ctx.find(PASSPORT_HELD):
        start, end = ctx.sentence(m.start())
        kept_by_worker = _rx(PASSPORT_KEPT_BY_WORKER).search(ctx.t, start, end)
        if not ctx.negated(m.start(), m.end()) and not kept_by_worker:
            evidence.append(ctx.span(m))
            score = max(score, 0.85)
    # docs/domain.md section 1: minimum age 18.
    for m in ctx.find(MINOR_AGE):
        groups = m.groupdict()
        if groups.get("age2") == "17" and not ctx.overseas:
            # A bare "usia 17" at home is often "17, lulus SMA"; abroad the legal minimum is
            # 18. An age range that opens at 17 ("17 - 45 th") sets the minimum: it counts.
            continue
        evidence.append(ctx.span(m))
        score = max(score, 0.85 if ctx.overseas else 0.7)
    # Passports "arranged by us" are fraud only outside the official route (a P3MI processes
    # passports legitimately through the BP3MI steps).
    if not ctx.licensed:
        for m in ctx.find(PASSPORT_ARRANGED):
            if not ctx.negated(m.start(), m.end()) or m.group(0).startswith("tanpa"):
                evidence.append(ctx.span(m))
                score = max(score, 0.7)
    if not evidence:
        return None
    return _hit(
        "document_fraud",
        score,
        evidence,
        "Menawarkan mengatur umur/identitas/paspor di luar jalur resmi, menerima anak "
        "di bawah 18 tahun, atau paspor ditahan agen/majikan.",
    )


# --- vulnerable_targeting -------------------------------------------------------------------


def vulnerable_targeting(ctx: Context) -> RuleHit | None:
    strong = ctx.find(ENTERTAINMENT_STRONG)
    weak = ctx.find(ENTERTAINMENT_WEAK)
    looks = ctx.find(APPEARANCE)
    single = ctx.find(SINGLE)
    female = ctx.find(FEMALE)
    young = [m for m in ctx.find(YOUNG) if _young_enough(m)]
    signals = sum(bool(x) for x in (looks, single, female and young))
    evidence = [ctx.span(m) for m in (strong[:1] + looks[:1] + single[:1] + young[:1])]
    if strong:
        return _hit(
            "vulnerable_targeting",
            0.85 + 0.05 * min(2, signals),
            evidence,
            "Merekrut untuk kerja hiburan (LC/pemandu lagu/karaoke/host), pola umum "
            "eksploitasi perempuan muda.",
        )
    if weak and (signals >= 1 and (ctx.overseas or female)):
        return _hit(
            "vulnerable_targeting",
            0.75,
            [ctx.span(weak[0]), *evidence],
            "Lowongan spa/terapis/host yang menyasar perempuan muda berdasarkan "
            "penampilan atau status.",
        )
    if signals >= 2:
        return _hit(
            "vulnerable_targeting",
            0.7 + 0.1 * (signals - 2),
            evidence,
            "Menyasar perempuan muda berdasarkan penampilan atau status pernikahan.",
        )
    return None


# --- impersonation --------------------------------------------------------------------------


# Every name of :mod:`classifier.employers` in one pattern with one named group per entry, so an
# advert is scanned once: a pattern per employer cost more than any other detector.
_Entry = tuple[str, tuple[str, ...]]  # (canonical name, official domains)


@cache
def _employer_index() -> tuple[list[_Entry], re.Pattern[str]]:
    entries: list[_Entry] = [(name, domains) for name, _, domains in E.KNOWN_EMPLOYERS]
    groups = [f"(?P<e{i}>{'|'.join(pats)})" for i, (_, pats, _) in enumerate(E.KNOWN_EMPLOYERS)]
    entries.append(("", ()))  # public bodies: named by the words found
    groups.append(f"(?P<e{len(groups)}>{'|'.join(E.PUBLIC_BODIES)})")
    return entries, re.compile(rf"(?<![a-z0-9])(?:{'|'.join(groups)})(?![a-z0-9])")


@cache
def _recruiter_only_index() -> tuple[list[_Entry], re.Pattern[str]]:
    entries = [(name, domains) for name, _, domains in E.NAMED_AS_RECRUITER_ONLY]
    groups = [
        f"(?P<r{i}>{'|'.join(pats)})" for i, (_, pats, _) in enumerate(E.NAMED_AS_RECRUITER_ONLY)
    ]
    return entries, re.compile(
        rf"{E.RECRUITER_NOUNS}\s+(?:\S+\s+){{0,3}}(?:{'|'.join(groups)})(?![a-z])"
    )


_RECRUITING = _rx(E.RECRUITING_WORDS)
# A bank named for a transfer ("rekening BRI", "transfer ke BCA") or a benefit ("BPJS
# Kesehatan dan Ketenagakerjaan", "terdaftar di Disnaker") is not an employer being named.
_NOT_EMPLOYER_BEFORE = re.compile(
    r"(?<![a-z])(?:rek(?:ening)?|norek|transfer|tf|ke|via|a\.?n\.?|bayar|tunjangan|jaminan|"
    r"terdaftar\s+(?:di|pada)|fasilitas|benefit|dapat|mendapatkan|asuransi|ikut|"
    r"izin|berizin|\w*izin\s+\w+|bukan\s+(?:dari\s+)?)\s*[:\-]?\s*$"
    # Experience there, its products, its suppliers: "pengalaman di Indomaret/Alfamart", "SPG
    # produk Indofood", "vendor resmi untuk BUMN mitra".
    r"|(?<![a-z])(?:pengalaman|pernah\s+(?:bekerja|kerja)|produk|agen|distributor|vendor|outsourcing|"
    r"klien|client|mitra)\b[^.;\n]{0,30}$"
)
# "Lowongan RSUD X? Bukan, ini dari klinik ...", "Kru Alfamart? Waspada!": the name is denied
# or questioned right after it.
_DENIED_AFTER = re.compile(
    r"(?:[^.!?\n]{0,40}\?\W{0,3}\s*(?:bukan|not|waspada|hati-hati|hoaks?|palsu)|\W{0,3}\s*"
    r"(?:bukan|not))(?![a-z])"
)


def _named_employers(ctx: Context) -> list[tuple[str, re.Match[str], tuple[str, ...]]]:
    """Well-known employers and public bodies the advert presents as the one recruiting: the
    name stands near a recruiting word ("lowongan", "penerimaan pegawai", "ditempatkan")."""
    found = []
    entries, rx = _employer_index()
    done: set[str] = set()
    for m in rx.finditer(ctx.t):
        group = m.lastgroup or ""
        if group in done:
            continue
        name, domains = entries[int(group[1:])]
        if ctx.in_advisory_sentence(m.start()):
            continue
        if _NOT_EMPLOYER_BEFORE.search(ctx.t[max(0, m.start() - 40) : m.start()]):
            continue
        if _DENIED_AFTER.match(ctx.t, m.end()):
            continue
        window = ctx.t[max(0, m.start() - 80) : m.end() + 120]
        if name.startswith("Bank"):
            if _near_account(ctx, m):
                continue  # "transfer ke BCA 123..." names the scammer's bank
            # A bank is the employer only when the advert says so next to its name
            # ("Loker BCA", "Bank BSI buka lowongan"); otherwise it is where money goes.
            window = ctx.t[max(0, m.start() - 30) : m.end() + 40]
        if _RECRUITING.search(window):
            found.append((name or m.group(0), m, domains))
            done.add(group)
    entries, rx = _recruiter_only_index()
    for claim in rx.finditer(ctx.t):
        group = claim.lastgroup or ""
        if group not in done and not ctx.in_advisory_sentence(claim.start()):
            name, domains = entries[int(group[1:])]
            found.append((name, claim, domains))
            done.add(group)
    return found


def _near_account(ctx: Context, m: re.Match[str]) -> bool:
    at = ctx.span(m)
    # A bank's name alone is listed among the accounts too; an account has digits.
    return any(
        abs(s.start - at.start) < 40 and any(ch.isdigit() for ch in v)
        for v, s in ctx.ents.bank_accounts
    )


def _host(address: str) -> str:
    host = re.sub(r"^[a-z]+://", "", address.lower()).split("/", 1)[0].split("@")[-1]
    return host.removeprefix("www.").rstrip(".")


def _official(host: str, domains: Iterable[str]) -> bool:
    return any(host == d or host.endswith("." + d) for d in (*domains, *E.TRUSTED_DOMAINS))


def impersonation(ctx: Context) -> RuleHit | None:
    if ctx.licensed or (ctx.official_source and not ctx.find(LINK_BAIT)):
        return None  # a licensed agency or an official programme recruiting in its own name
    if ctx.find(IMPERSONATION_WARNING, allow_advisory=True):
        return None  # a warning or fact-check that quotes the fake to debunk it
    named = _named_employers(ctx)
    if not named:
        return None
    domains = tuple(d for _, _, ds in named for d in ds)
    channels: list[Span] = [s for _, s in ctx.ents.whatsapp + ctx.ents.telegram]
    channels += [s for n, s in ctx.ents.phones if not _is_landline(n)]
    channels += [
        s
        for url, s in ctx.ents.urls
        # "Sp.JP" (a medical title) reads as a web address; real hosts have a longer name,
        # except the link shorteners ("t.ly/...").
        if (len(_host(url).split(".")[0]) >= 3 or _host(url) in SHORTENER_HOSTS)
        and not _official(_host(url), domains)
    ]
    channels += [
        s
        for address, s in ctx.ents.emails
        if address.rsplit("@", 1)[-1] in FREE_MAIL_DOMAINS or not _official(_host(address), domains)
    ]
    channels += [
        ctx.span(m)
        for m in ctx.find(IMPERSONATION_CHANNEL)
        if not ctx.negated_before(m.start())  # "tidak ada pendaftaran lewat WhatsApp"
    ]
    if not channels:
        return None  # the name alone, or with its real channels: nothing borrowed
    # The most specific name first (a company with its own domains), then the earliest.
    first = sorted(named, key=lambda n: (not n[2], n[1].start()))[0]
    label = first[0] if first[2] else ctx.span(first[1]).text  # "PT Pertamina", "Puskesmas X"
    evidence = [ctx.span(first[1]), *sorted(channels, key=lambda s: s.start)[:3]]
    return _hit(
        "impersonation",
        0.85 if len(channels) >= 2 else 0.75,
        evidence,
        f"Memakai nama {label}, tetapi pendaftaran atau kontaknya lewat nomor pribadi, tautan, "
        "formulir atau e-mail yang bukan kanal resmi instansi/perusahaan itu.",
    )


def _young_enough(m: re.Match[str]) -> bool:
    upper = m.groupdict().get("upper") or m.groupdict().get("upper2")
    return upper is None or int(upper) <= 27


DETECTORS: dict[str, Detector] = {
    "high_pay": high_pay,
    "upfront_fee": upfront_fee,
    "unclear_procedure": unclear_procedure,
    "unlicensed_recruiter": unlicensed_recruiter,
    "informal_contact": informal_contact,
    "visa_misuse": visa_misuse,
    "restricted_destination": restricted_destination,
    "vague_job": vague_job,
    "pressure": pressure,
    "document_fraud": document_fraud,
    "vulnerable_targeting": vulnerable_targeting,
    "impersonation": impersonation,
}
assert tuple(DETECTORS) == RED_FLAGS, "one detector per red-flag code, in labels.py order"


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


def detect_all(
    text: str,
    entities: Entities | None = None,
    rates: ExchangeRates | None = None,
    norm: Normalized | None = None,
) -> dict[str, RuleHit]:
    """Run every detector; return the hits by code (codes without evidence are absent).

    ``norm`` (the :func:`normalize` of ``text``) saves normalising twice when the caller has it.
    """
    ctx = build_context(text, entities, rates, norm)
    if ctx.advisory or ctx.gov_notice:
        return {}  # a warning that quotes lures is not an advert making them
    hits: dict[str, RuleHit] = {}
    for code, detector in DETECTORS.items():
        hit = detector(ctx)
        if hit is not None:
            hits[code] = hit
    return hits
