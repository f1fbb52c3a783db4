"""Detectors of where and how the worker is sent: ``restricted_destination`` (closed
destinations and routes) and ``visa_misuse`` (the wrong visa, unofficial crossings).
"""

from __future__ import annotations

import re

from classifier.phrases.restricted_destination import (
    COMPOUND_NIGHT_WORK,
    DOMESTIC_WORK_JOBS,
    HOUSEHOLD_WORDS,
    KOREA_BACKDOOR,
    KOREA_OFFICIAL,
    KOREA_PRIVATE,
    MIDDLE_EAST_WORDS,
    MORATORIUM_COUNTRIES,
    SCAM_HUBS,
    SCAM_JOB_WORDS,
    SPSK,
    SPSK_UNDONE,
)
from classifier.phrases.visa_misuse import (
    FORBIDDEN_AFTER,
    NO_PASSPORT,
    OVERLAND,
    OVERLAND_HUB,
    UNOFFICIAL_ROUTE,
    VIA_BANGKOK,
    VISA_WRONG,
)
from classifier.rules.context import Context, make_hit, rx
from classifier.types import RuleHit, Span

# --- restricted_destination -----------------------------------------------------------------


def restricted_destination(ctx: Context) -> RuleHit | None:
    dests = ctx.ents.destinations
    jobs = [(label, span) for label, span in ctx.ents.job_types]
    # docs/domain.md section 3: Middle East moratorium (Kepmenaker 260/2015) for household
    # employers; the SPSK one-channel scheme with Saudi companies (syarikah) is the exception.
    me_places = [d.span for d in dests if d.country in MORATORIUM_COUNTRIES]
    me_places += [ctx.span(m) for m in ctx.find(MIDDLE_EAST_WORDS)]
    household = [span for label, span in jobs if label in DOMESTIC_WORK_JOBS]
    household += [ctx.span(m) for m in ctx.find(HOUSEHOLD_WORDS)]
    spsk = ctx.has(SPSK) and not _affirmed(ctx, SPSK_UNDONE)
    if me_places and household and not spsk:
        return make_hit(
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
        compound = [d.span for d in dests if d.country in {"KH", "MM", "LA"}]
        if compound and not online:
            # The compound towns recruit hostesses and "companions" beside the scam desks.
            online = [ctx.span(m) for m in ctx.find(COMPOUND_NIGHT_WORK)]
            hubs = compound
        if online:
            return make_hit(
                "restricted_destination",
                0.85,
                [hubs[0], online[0]],
                "Lowongan admin/CS/operator online di Kamboja, Myanmar, Laos, Filipina "
                "atau Thailand: pola perekrutan sindikat online scam.",
            )
    # docs/domain.md section 2: Korea EPS is government-to-government only.
    korea = [d.span for d in dests if d.country == "KR"]
    backdoor = _affirmed(ctx, KOREA_BACKDOOR) if korea else []
    if korea and (not ctx.has(KOREA_OFFICIAL) or backdoor):
        private = backdoor or ctx.find(KOREA_PRIVATE)
        private_fee = [m for m in ctx.money if m.kind == "fee" and m.idr >= 5_000_000]
        if private or private_fee:
            ev = [korea[0], *(ctx.span(m) for m in private[:2]), *(m.span for m in private_fee[:1])]
            return make_hit(
                "restricted_destination",
                0.85,
                ev,
                "Penempatan kerja ke Korea (EPS) hanya lewat jalur G to G pemerintah; "
                "agen/LPK swasta tidak boleh menempatkan.",
            )
    return None


def _affirmed(ctx: Context, patterns: tuple[str, ...]) -> list[re.Match[str]]:
    """Matches not denied or forbidden in their sentence ("tidak ada jalur khusus", "visa
    umrah tidak boleh dipakai untuk bekerja", "bukan langsung ke majikan")."""
    found = []
    for m in ctx.find(patterns):
        _, end = ctx.sentence(m.start())
        if ctx.negated_before(m.start()) or rx(FORBIDDEN_AFTER).search(ctx.t, m.end(), end):
            continue
        found.append(m)
    return found


# --- visa_misuse ----------------------------------------------------------------------------

_VISA_NEGATED = re.compile(
    r"(?<![a-z])(?:tanpa|tidak|tak|bukan|no|not|never|jangan|without|tiada|takde|non|dilarang)"
    r"(?:\s+[^\s,.;:!?]+){0,2}\s*[:\-]?\s*$"
)


def visa_misuse(ctx: Context) -> RuleHit | None:
    evidence: list[Span] = []
    # Only a real negation denies a visa phrase: "tanpa visa turis", "bukan visa kunjungan".
    # "Free", "gratis" or "bebas" just before it qualify something else ("apartemen free pake
    # visa turis dulu").
    for m in ctx.find(VISA_WRONG) + ctx.find(UNOFFICIAL_ROUTE):
        start, end = ctx.sentence(m.start())
        if _VISA_NEGATED.search(ctx.t[max(start, m.start() - 40) : m.start()]):
            continue
        if ctx.t[end : end + 1] == "?":
            continue
        if rx(FORBIDDEN_AFTER).search(ctx.t, m.end(), min(end, m.end() + 40)):
            continue  # "visa turis tidak boleh dipakai untuk bekerja" explains the rule
        evidence.append(ctx.span(m))
    # "Fly to Bangkok, then overland" (docs/domain.md section 3, Mae Sot -> Myawaddy).
    # For a job in Myanmar, Cambodia or Laos the destination is itself the border hub.
    compound = bool(ctx.foreign & {"MM", "KH", "LA"})
    for m in ctx.find(OVERLAND):
        lo, hi = max(0, m.start() - 120), m.end() + 120
        hub = rx(OVERLAND_HUB).search(ctx.t, lo, hi)
        if (hub or compound) and not ctx.negated(m.start(), m.end()):
            evidence += [*([ctx.span(hub)] if hub else []), ctx.span(m)]
    if compound:
        for m in ctx.find(VIA_BANGKOK):
            if not ctx.negated(m.start(), m.end()):
                evidence.append(ctx.span(m))
                break
    # No passport at all for a job abroad.
    if ctx.foreign and not ctx.abroad_in_passing:
        evidence += [ctx.span(m) for m in ctx.find(NO_PASSPORT)[:1]]
    if not evidence:
        return None
    return make_hit(
        "visa_misuse",
        0.85 + 0.05 * (len(evidence) - 1),
        evidence,
        "Berangkat kerja dengan visa non-kerja (turis/ziarah/umrah/pelajar) atau lewat "
        "jalur tidak resmi.",
    )
