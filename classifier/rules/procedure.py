"""Detectors of the official procedure skipped: ``unclear_procedure`` (steps denied or
hurried) and ``document_fraud`` (documents fixed or held, minors accepted).
"""

from __future__ import annotations

import re

from classifier.phrases.document_fraud import (
    DOC_FIX,
    MINOR_AGE,
    PASSPORT_ARRANGED,
    PASSPORT_HELD,
    PASSPORT_KEPT_BY_WORKER,
)
from classifier.phrases.unclear_procedure import (
    DODGE_WARNED,
    PROCEDURE_DENIED,
    PROCEDURE_DODGED,
    PROCEDURE_HASTE,
)
from classifier.rules.context import Context, make_hit, rx
from classifier.types import RuleHit, Span

# --- unclear_procedure ----------------------------------------------------------------------


def _warned_before(ctx: Context, start: int) -> bool:
    """True when the sentence, before ``start``, warns against what follows ("jangan
    berangkat lewat jalur tikus", "bukan via agen 'jaminan lolos'")."""
    s_start, _ = ctx.sentence(start)
    return ctx.search(DODGE_WARNED, pos=s_start, endpos=start) is not None


def unclear_procedure(ctx: Context) -> RuleHit | None:
    denied = [m for m in ctx.find(PROCEDURE_DENIED) if not ctx.negated_before(m.start())]
    denied += [
        m
        for m in ctx.find(PROCEDURE_DODGED)
        if not ctx.negated_before(m.start()) and not _warned_before(ctx, m.start())
    ]
    denied.sort(key=lambda m: m.start())
    haste = [m for m in ctx.find(PROCEDURE_HASTE) if not ctx.negated_before(m.start())]
    # docs/domain.md section 1: registration, job order, contract, OPP, training, medical. An
    # advert that walks through these is not "skipping" them because it also says "cepat".
    if len(ctx.official_steps) >= 3:
        haste = []
    if denied:
        return make_hit(
            "unclear_procedure",
            0.85 + 0.05 * min(2, len(denied) + len(haste) - 1),
            [ctx.span(m) for m in denied + haste],
            "Menjanjikan keberangkatan yang melewati prosedur resmi (Disnaker/LTSA, "
            "pelatihan, OPP, kontrak kerja).",
        )
    if haste and (ctx.overseas or len(haste) >= 2):
        return make_hit(
            "unclear_procedure",
            0.6 + 0.1 * min(2, len(haste) - 1),
            [ctx.span(m) for m in haste],
            "Menekankan proses cepat/langsung berangkat tanpa menjelaskan prosedur resmi.",
        )
    return None


# --- document_fraud -------------------------------------------------------------------------


# A phrase whose own last words deny it: "umur tidak bisa diatur" is an honest rule, not an
# offer to forge (the phrase lists allow words between the paper and the verb). Only a "not";
# "tanpa" there is part of the offer ("sertifikat dibantu tanpa tes").
_DENIED_AT_END = re.compile(
    r"(?<![a-z])(?:tidak|tdk|tak|gak|ga|nggak|ngga|enggak|bukan|jangan|not|cannot)\s+"
    r"(?:bisa\s+|boleh\s+|dapat\s+|akan\s+|pernah\s+|be\s+)?\S+$"
)


def document_fraud(ctx: Context) -> RuleHit | None:
    evidence: list[Span] = []
    score = 0.0
    # Only a denial before the words counts ("tidak bisa dipalsukan"): ``ctx.negated`` also
    # reads "gratis" after them as a cost covered, which says nothing about a forged age.
    for m in ctx.find(DOC_FIX):
        if not ctx.negated_before(m.start()) and not _DENIED_AT_END.search(m.group(0)):
            evidence.append(ctx.span(m))
            score = max(score, 0.9)
    for m in ctx.find(PASSPORT_HELD):
        start, end = ctx.sentence(m.start())
        kept_by_worker = rx(PASSPORT_KEPT_BY_WORKER).search(ctx.t, start, end)
        if not ctx.negated_before(m.start()) and not kept_by_worker:
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
    return make_hit(
        "document_fraud",
        score,
        evidence,
        "Menawarkan mengatur umur/identitas/paspor di luar jalur resmi, menerima anak "
        "di bawah 18 tahun, atau paspor ditahan agen/majikan.",
    )
