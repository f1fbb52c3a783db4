"""The ``high_pay`` detector: pay far above what the job and the place warrant, judged
against ``data/high_pay_thresholds.json`` and, for work in Indonesia, the local minimum
wage (:mod:`classifier.wages`).
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from classifier import wages
from classifier.job_types import SKILLED_JOB_TYPES
from classifier.phrases.high_pay import (
    BIG_PAY_WORDS,
    INTERNSHIP,
    ONLINE_TASK,
    SKILLED,
    SKILLED_YEARS,
    UNSKILLED,
    YOUNG_SINGLE,
)
from classifier.phrases.restricted_destination import SCAM_HUBS, SCAM_JOB_WORDS
from classifier.phrases.shared import OVERSEAS_CUES
from classifier.phrases.vulnerable_targeting import APPEARANCE, ENTERTAINMENT_STRONG, FEMALE
from classifier.rules.context import CURRENCY_COUNTRY, Context, make_hit
from classifier.types import Destination, PayThreshold, RuleHit, Salary

# Between a foreign city's name and an Indonesian place right beside it, words that make the
# first a district of the second: "Nagoya, Batam", "Batam (daerah Nagoya)", "di Nagoya Batam".
_DISTRICT_GAP = re.compile(r"[\s,()]*(?:(?:daerah|kawasan|area|wilayah|di)[\s,()]*)?")


def _district(ctx: Context, place: Destination) -> bool:
    """True when a foreign city stands right beside an Indonesian place, as a district of it
    ("Nagoya, Batam" is Batam's business district, not Japan). A country's own name, or a
    list of places ("Batam & Singapura"), is not."""
    if place.country == "ID" or place.span.text.lower() == place.name.lower():
        return False
    for other in ctx.ents.destinations:
        if other.country != "ID":
            continue
        lo, hi = sorted((place.span, other.span), key=lambda s: s.start)
        if lo.end <= hi.start and _DISTRICT_GAP.fullmatch(ctx.text[lo.end : hi.start]):
            return True
    return False


def _where(ctx: Context) -> tuple[set[str], bool]:
    """The foreign countries of the job and whether it is abroad (``ctx.foreign``,
    ``ctx.overseas``), leaving out foreign city names that are districts of an Indonesian
    place (:func:`_district`). Read twice per advert (scam-hub skills, the threshold): once
    computed, kept on the advert's context."""
    memo = ctx._memo.get("pay_where")
    if memo is None:
        memo = ctx._memo["pay_where"] = _where_uncached(ctx)
    where: tuple[set[str], bool] = memo
    return where


def _where_uncached(ctx: Context) -> tuple[set[str], bool]:
    districts = [d for d in ctx.ents.destinations if _district(ctx, d)]
    if not districts or ctx.abroad_in_passing or ctx.local_abroad:
        return ctx.foreign, ctx.overseas
    named = {d.country for d in ctx.ents.destinations if d.country != "ID" and d not in districts}
    paid = {
        CURRENCY_COUNTRY[s.currency] for s in ctx.ents.salaries if s.currency in CURRENCY_COUNTRY
    }
    foreign = named or paid
    overseas = bool(foreign) or bool(ctx.find(OVERSEAS_CUES, allow_advisory=True))
    return foreign, overseas


@lru_cache(maxsize=1)
def _thresholds() -> dict[str, Any]:
    raw = resources.files("classifier.data").joinpath("high_pay_thresholds.json").read_text("utf-8")
    return json.loads(raw)


def _threshold(
    ctx: Context, unskilled: bool, currency: str = "IDR", tier: str = "unspecified"
) -> tuple[PayThreshold, str | None] | None:
    """The limit above which pay is suspect here, and for work in Indonesia the words of the
    reason that name its reference ("di Bali (2× UMP Bali 2026 Rp3.207.459)").

    The rows are docs/domain.md's "Suggested quantitative thresholds for high_pay" (section 4
    reference wages x 1.3-2). The most specific row that fits wins. Work in Indonesia is
    judged against the minimum wage of its own place (:mod:`classifier.wages`: the city's UMK,
    the province's UMP, or the national median when no place is named) times the multiple
    for ``tier`` ("entry", "unspecified", "qualified"; the table's "domestic" section); only
    the context rows (young women, online tasks) are more specific than the place.
    """
    table = _thresholds()
    foreign, overseas = _where(ctx)
    contexts: set[str] = set()
    if ctx.find(ONLINE_TASK):
        contexts.add("online_task")
    if ctx.find(INTERNSHIP):
        contexts.add("internship")
    if ctx.find(ENTERTAINMENT_STRONG) or (
        ctx.find(FEMALE) and (ctx.find(APPEARANCE) or ctx.find(YOUNG_SINGLE))
    ):
        contexts.add("young_women")
    countries = foreign or ({"ID"} if not overseas else {"*"})
    # In a list of several destinations, judge the pay against the place its currency names.
    if CURRENCY_COUNTRY.get(currency) in countries:
        countries = {CURRENCY_COUNTRY[currency]}
    best: tuple[int, PayThreshold, str | None] | None = None
    if "ID" in countries and not overseas:
        # As specific as a country row; the multiple depends on the kind of work.
        domestic = table["domestic"]
        multiple = float(domestic["multiples"][tier])
        ref = wages.reference(d.name for d in ctx.ents.destinations if d.country == "ID")
        where = f"di {ref.place}" if ref.place else "yang tempatnya tidak disebut"
        rupiah = f"{ref.amount:,.0f}".replace(",", ".")
        times = f"{multiple:g}".replace(".", ",")
        note = f"{where} ({times}× {ref.label} Rp{rupiah})"
        limit = PayThreshold(multiple * ref.amount, ref.label, f"{times}× {ref.label}", ref.place)
        best = (1, limit, note)
    for row in table["thresholds"]:
        if row.get("retired"):
            continue  # kept only so that reasons stored with its id still resolve
        row_countries = set(row.get("countries") or ["*"])
        if "*" not in row_countries and not (row_countries & countries):
            continue
        if row.get("overseas_only") and not overseas:
            continue
        if row.get("domestic_only") and overseas:
            continue
        # Work chosen by looks and age (hostess, "LC", spa) asks for no skill either.
        if row.get("requires_unskilled") and not (unskilled or "young_women" in contexts):
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
        if (
            best is None
            or specificity > best[0]
            or (specificity == best[0] and idr < best[1].threshold_idr_month)
        ):
            best = (specificity, PayThreshold(idr, row["id"], str(row.get("basis", ""))), None)
    return None if best is None else (best[1], best[2])


def _judged_idr_month(salary: Salary) -> float:
    """The monthly pay a figure is judged by. A range promises its floor and lures with its
    ceiling: job boards publish wide honest bands ("Rp2,5-10 juta", commission included) while
    fake notices raise both ends ("Rp9-15 juta"), so a range is judged by the geometric mean of
    its ends, which keeps the first ordinary and the second high."""
    if salary.amount_max and 0 < salary.amount < salary.amount_max:
        return salary.idr_month * math.sqrt(salary.amount / salary.amount_max)
    return salary.idr_month


def _juta(idr: float) -> str:
    """Millions of rupiah as Indonesians write them: "11,6", "15"."""
    return f"{idr / 1e6:.1f}".replace(".", ",").removesuffix(",0")


# Before a number of years: the recruiter's own record, not the candidate's ("perusahaan yang
# telah berpengalaman lebih dari 10 tahun").
_OWN_RECORD = re.compile(
    r"(?:telah|sudah|we\s+have|berdiri|konsultan|consultant)\W+(?:\w+\W+){0,2}$"
)
_NEGATOR = re.compile(
    r"(?<![a-z])(?:tanpa|tnp|tidak\s+(?:perlu|butuh|wajib|harus)|tak\s+perlu|(?:gak|ga)\s+perlu|"
    r"no|without|not\s+(?:required|needed)|tiada)\s+(?:tes\s+|test\s+|sertifikat\s+)?$"
)
_WAIVED_AFTER = re.compile(
    r"\W*(?:tidak|tak|gak|ga|not|no)\s+(?:wajib|perlu|harus|required|needed|necessary|diperlukan)"
)


def _skills(
    ctx: Context, patterns: tuple[str, ...]
) -> tuple[list[re.Match[str]], list[tuple[int, int]]]:
    """Skill requirements the advert makes, and those it waives ("no IELTS", "tanpa
    sertifikat", "sertifikat 6G tidak wajib"); the recruiter's own years in business are
    neither."""
    asked: list[re.Match[str]] = []
    waived: list[tuple[int, int]] = []
    for m in ctx.find(patterns):
        if re.search(r"\d", m.group(0)) and _OWN_RECORD.search(
            ctx.t, max(0, m.start() - 50), m.start()
        ):
            continue
        after = _WAIVED_AFTER.match(ctx.t, m.end())
        if after:
            waived.append((m.start(), after.end()))  # quoted with its waiver
        elif neg := _NEGATOR.search(ctx.t, max(0, m.start() - 30), m.start()):
            waived.append((neg.start(), m.end()))
        else:
            asked.append(m)
    return asked, waived


# An advert in the destination's language that still recruits people from elsewhere: work
# "luar negara" (abroad, for a Malaysian reader), or entry on a visit pass.
_NOT_LOCAL = (
    r"luar\s+negara",
    r"(?:masuk|datang|kerja)\s+(?:guna|pakai|dengan)\s+(?:pas\s+lawatan|social\s+visit|visa\s+"
    r"(?:pelancong|lawatan|turis))",
    r"pas\s+lawatan\s+sosial",
)


def _local_pay(ctx: Context) -> bool:
    """True for an advert to the destination's own workers (``ctx.local_abroad``), unless it
    sends them abroad or brings people in on a visit pass, or pays in the currency of one
    country for work in others ("RM4,000 sebulan" for a maid in Dubai)."""
    if not ctx.local_abroad or ctx.find(_NOT_LOCAL):
        return False
    paid = {CURRENCY_COUNTRY.get(s.currency) for s in ctx.ents.salaries} - {None}
    named = {d.country for d in ctx.ents.destinations if d.country != "ID"}
    return not (paid and named and not paid & named)


def high_pay(ctx: Context) -> RuleHit | None:
    if _local_pay(ctx):
        return None  # pay set for the destination's own workers, not a lure to migrants
    unskilled: list[re.Match[str] | tuple[int, int]] = list(ctx.find(UNSKILLED))
    school = ctx.find(
        (
            r"(?:lulusan|tamatan|tamat|pendidikan|ijazah|min(?:imal|imum)?\.?)"
            r"(?:\s+min(?:imal|imum)?\.?)?\s*[:,]?\s+(?:sd|smp|sltp|sma|smk|slta|stm|paket\s+[abc])",
            r"(?:sma|smk|slta)\s*/\s*(?:sma|smk|slta|ma|sederajat)",
            r"high[\s_]school",
        )
    )
    # A skill the advert waives ("tanpa IELTS", "sertifikat tidak wajib") is not asked for.
    skills, _ = _skills(ctx, SKILLED)
    # In the scam hubs a title such as "IT support" or "account manager" is the lure, not a
    # profession (docs/domain.md section 3: lures of US$1,000-1,500 for any desk job).
    hub = bool(_where(ctx)[0] & SCAM_HUBS) and bool(ctx.find(SCAM_JOB_WORDS))
    skilled = skills or (ctx.jobs & SKILLED_JOB_TYPES and not unskilled and not hub)
    # Pay is judged for the least qualified person the advert accepts: "SMP, SMA, S1 & S2" for
    # drivers, helpers and supervisors alike promises the pay to junior-high leavers. Years of
    # experience still mark a skilled role ("min. SMA, pengalaman 3 tahun").
    if skilled and not unskilled and not (school and not _skills(ctx, SKILLED_YEARS)[0]):
        return None  # senior, certified or professional roles earn more (docs/red_flags.md)
    # The kind of work sets the multiple of the local minimum wage for jobs in Indonesia:
    # "entry" when no experience or only schooling up to SMA/SMK is asked, "qualified" for a
    # diploma or some stated experience (3+ years or a degree is SKILLED, above).
    # A diploma listed beside school levels ("SMA/D3/S1") is one more level accepted; the
    # least qualified still sets the tier.
    diploma = () if school else (r"(?<!/)(?:d3|d4|diploma(?:\s+(?:3|4|iii|iv|tiga|empat))?)",)
    qualified = [
        m
        for m in ctx.find(
            (
                *diploma,
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
        top = max(salaries, key=_judged_idr_month)
        judged = _judged_idr_month(top)
        found = _threshold(ctx, bool(unskilled), top.currency, tier)
        if found is None:
            return None  # no reference wage for this place and job: no quantitative judgement
        limit, where = found
        ratio = judged / limit.threshold_idr_month
        if ratio <= 1.0:
            return None
        score = 0.55 + 0.2 * min(ratio - 1.0, 1.5) + (0.15 if unskilled else 0.0)
        cues = unskilled[:2] or (school[:1] if tier == "entry" else [])
        evidence = [top.span, *(ctx.span(m) for m in cues)]
        if where is None:
            reason = f"untuk pekerjaan dan tujuan ini (batas {limit.rule})."
        else:
            reason = f"untuk pekerjaan ini {where}."
        if judged < top.idr_month:
            low = top.idr_month * top.amount / (top.amount_max or top.amount)
            pay = (
                f"Gaji Rp{_juta(low)}-{_juta(top.idr_month)} juta/bulan (nilai tengah sekitar "
                f"Rp{_juta(judged)} juta)"
            )
        else:
            pay = f"Gaji sekitar Rp{_juta(judged)} juta/bulan"
        return make_hit(
            "high_pay",
            score,
            evidence,
            f"{pay} jauh di atas kewajaran {reason}",
            details=limit,
        )
    # No figure: "gaji besar" promised to people without experience.
    big = ctx.find(BIG_PAY_WORDS)
    if big and unskilled:
        return make_hit(
            "high_pay",
            0.6,
            [ctx.span(big[0]), ctx.span(unskilled[0])],
            "Menjanjikan gaji besar untuk pekerjaan tanpa syarat keahlian.",
        )
    return None
