"""The ``upfront_fee`` detector: money asked of the candidate before work, or taken from
the pay, beyond the costs the rules let a worker carry.
"""

from __future__ import annotations

import re

from classifier.phrases.upfront_fee import (
    FEE_ITEMS,
    FEE_NOUNS,
    LEGIT_COSTS,
    PAY_DEMAND,
    SALARY_DEDUCTION,
)
from classifier.rules.context import Context, make_hit, rx
from classifier.types import RuleHit, Span

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
        demand = rx(PAY_DEMAND).search(ctx.t, *window)
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
            r"rekening|transfer|setor|\btf\b|\bdp\b|deposit|bayar|pay|saldo|beli|unlock",
            m.group(0),
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
    return make_hit(
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
    return rx(LEGIT_COSTS).search(ctx.t, start, end) is not None
