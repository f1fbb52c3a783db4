"""Detectors that read how the offer is worded: ``vague_job`` (no duties, employer or
hours), ``pressure`` (urgency, secrecy) and ``vulnerable_targeting`` (young women picked
by looks or status).
"""

from __future__ import annotations

import re

from classifier.phrases.pressure import SECRECY, URGENCY
from classifier.phrases.restricted_destination import SCAM_HUBS
from classifier.phrases.vague_job import (
    DUTY_WORDS,
    VAGUE,
    VAGUE_OFFICE_JOBS,
    VAGUE_UNLESS_DUTIES,
    WORK_AT_PLACE,
)
from classifier.phrases.vulnerable_targeting import (
    APPEARANCE,
    BOTH_SEXES,
    ENTERTAINMENT_STRONG,
    ENTERTAINMENT_WEAK,
    FEMALE,
    HEIGHT,
    MINOR,
    NO_PARENTS,
    ONLY_WOMEN,
    SINGLE,
    YOUNG,
)
from classifier.rules.context import Context, make_hit
from classifier.types import RuleHit, Span

# --- vague_job ------------------------------------------------------------------------------


def vague_job(ctx: Context) -> RuleHit | None:
    vague = ctx.find(VAGUE)
    if not ctx.find(DUTY_WORDS):
        vague = sorted(vague + ctx.find(VAGUE_UNLESS_DUTIES), key=lambda m: m.start())
    if vague:
        return make_hit(
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
            return make_hit(
                "vague_job",
                0.65,
                [ctx.span(m) for m in office[:2]],
                "Lowongan admin/CS/marketing di luar negeri tanpa uraian tugas dan "
                "tanpa nama pemberi kerja.",
            )
        # "Kerja di Kamboja, gaji 50 juta": a scam-hub country is the only thing said of the
        # work (no job title, no duties), so the quote is the place offered instead of a job.
        if hub and not ctx.jobs:
            place = _work_at_hub(ctx)
            if place is not None:
                return make_hit(
                    "vague_job",
                    0.6,
                    [place],
                    'Hanya disebut "kerja di" negara pusat penipuan daring, tanpa nama '
                    "pekerjaan, tugas atau pemberi kerja.",
                )
    return None


def _work_at_hub(ctx: Context) -> Span | None:
    """The words "kerja (di) <scam-hub country>", when the country follows within a few
    characters of "kerja (di)"."""
    hubs = [d.span for d in ctx.ents.destinations if d.country in SCAM_HUBS]
    for m in ctx.find(WORK_AT_PLACE):
        if m.start() and ctx.t[m.start() - 1] in "\"“'‘":
            continue  # a quoted lure ("kerja Kamboja gaji dolar") cited by a warning
        start, end = ctx.span(m).start, ctx.span(m).end
        for h in hubs:
            if 0 <= h.start - end <= 2:
                return Span(start, h.end, ctx.text[start : h.end])
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
    return make_hit(
        "pressure",
        score,
        [ctx.span(m) for m in secrecy + urgency],
        "Mendesak (kuota terbatas, berangkat segera) atau meminta dirahasiakan dari keluarga.",
    )


# --- vulnerable_targeting -------------------------------------------------------------------


def vulnerable_targeting(ctx: Context) -> RuleHit | None:
    strong = ctx.find(ENTERTAINMENT_STRONG)
    weak = ctx.find(ENTERTAINMENT_WEAK)
    single = ctx.find(SINGLE)
    # "pria/wanita 18-25" asks for anyone: a woman counts only where men are not named with her.
    both = [m.span() for m in ctx.find(BOTH_SEXES)]
    female = [m for m in ctx.find(FEMALE) if not any(a <= m.start() < b for a, b in both)]
    looks = ctx.find(APPEARANCE) or (ctx.find(HEIGHT) if female else [])
    young = [m for m in ctx.find(YOUNG) if _young_enough(m)]
    # A child taken on (docs/red_flags.md: teenagers) is one more sign of whom it targets.
    minor = ctx.find(MINOR)
    only_women = ctx.find(ONLY_WOMEN)
    no_parents = ctx.find(NO_PARENTS)
    signals = sum(bool(x) for x in (looks, single, female and young, minor, only_women, no_parents))
    evidence = [
        ctx.span(m)
        for m in (
            strong[:1]
            + minor[:1]
            + only_women[:1]
            + no_parents[:1]
            + looks[:1]
            + single[:1]
            + young[:1]
        )
    ]
    if strong:
        return make_hit(
            "vulnerable_targeting",
            0.85 + 0.05 * min(2, signals),
            evidence,
            "Merekrut untuk kerja hiburan (LC/pemandu lagu/karaoke/host), pola umum "
            "eksploitasi perempuan muda.",
        )
    if weak and (signals >= 1 and (ctx.overseas or female)):
        return make_hit(
            "vulnerable_targeting",
            0.75,
            [ctx.span(weak[0]), *evidence],
            "Lowongan spa/terapis/host yang menyasar perempuan muda berdasarkan "
            "penampilan atau status.",
        )
    if signals >= 2:
        return make_hit(
            "vulnerable_targeting",
            0.7 + 0.1 * (signals - 2),
            evidence,
            "Menyasar perempuan muda atau anak di bawah umur berdasarkan usia, penampilan "
            "atau status pernikahan.",
        )
    return None


def _young_enough(m: re.Match[str]) -> bool:
    upper = m.groupdict().get("upper") or m.groupdict().get("upper2")
    return upper is None or int(upper) <= 27
