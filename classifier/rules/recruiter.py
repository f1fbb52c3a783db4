"""The ``unlicensed_recruiter`` detector: someone places workers without the licence of a
placement company (P3MI, docs/domain.md section 1).
"""

from __future__ import annotations

from classifier.phrases.informal_contact import INFORMAL_CHANNEL
from classifier.phrases.shared import GOV_BODY, INDONESIAN_ORIGIN, OVERSEAS_CUES
from classifier.phrases.unlicensed_recruiter import (
    HIDDEN_RECRUITER,
    INDIVIDUAL_RECRUITER,
    LICENCE_CLAIM_VAGUE,
    NAMED_EMPLOYER,
    OVERSEAS_SHORT,
    PERSONAL_ACCOUNT,
    POINTS_TO_P3MI,
    WRONG_LICENCE,
)
from classifier.phrases.vulnerable_targeting import ENTERTAINMENT_STRONG, FEMALE
from classifier.rules.contacts import personal_contact
from classifier.rules.context import Context, make_hit
from classifier.rules.fees import upfront_fee
from classifier.rules.impersonation import impersonation
from classifier.rules.wording import vulnerable_targeting
from classifier.types import RuleHit


def unlicensed_recruiter(ctx: Context) -> RuleHit | None:
    # Official programmes (G to G, registration at LTSA/Disnaker/KP2MI) recruit without a P3MI.
    if ctx.official_source:
        return None
    individual = [m for m in ctx.find(INDIVIDUAL_RECRUITER) if not ctx.negated_before(m.start())]
    vague_claim = ctx.find(LICENCE_CLAIM_VAGUE)
    companies = [s for v, s in ctx.ents.companies if not v.startswith(("LPK", "BLK"))]
    lpk = [s for v, s in ctx.ents.companies if v.startswith(("LPK", "BLK"))]
    lpk += [ctx.span(m) for m in ctx.find((r"lpk", r"lembaga\s+(?:kursus|pelatihan)"))][:1]
    fee = ctx.hit(upfront_fee)
    if ctx.licensed and not individual:
        return None
    hidden = ctx.find(HIDDEN_RECRUITER)
    if hidden and (personal_contact(ctx) or fee or individual):
        return make_hit(
            "unlicensed_recruiter",
            0.7,
            [ctx.span(m) for m in hidden[:1]] + [ctx.span(m) for m in individual[:1]],
            "Perekrut menyembunyikan nama perusahaannya.",
        )
    if not ctx.overseas and not ctx.find(OVERSEAS_SHORT):
        # A shop hiring at home is fine; internal trafficking (hostess work in Batam, "orang
        # dalam" job sales) uses the same unnamed recruiters (docs/red_flags.md, notes).
        lure = ctx.find(ENTERTAINMENT_STRONG) or ctx.find(
            (
                r"tiket\s+(?:pesawat\s+|kapal\s+)?(?:[&\w]+\s+){0,2}(?:ditanggung|gratis|"
                r"dibayar\w*|disediakan|dibeli\w*)",
                r"tiket\s+(?:\w+\s+)?(?:yang|yg)\s+(?:beli\w*|bayar\w*)",
                r"(?:ongkos|transport\w*|tiket)\s+(?:[&/\w]+\s+){0,4}(?:ditanggung|gratis|free|"
                r"dibayar\w*|ditalangi|disediakan)",
                r"(?:ongkos|transport\w*|tiket)\s+(?:[&/\w]+\s+){0,3}(?:potong|dipotong)\s+gaji",
                r"orang\s+dalam",
                r"jalur\s+khusus",
                r"pasti\s+(?:lulus|diterima)",
            )
        )
        # Young women sought by someone unnamed (a well-known firm's name borrowed for it is
        # ``impersonation``: the recruiter is named, falsely).
        targeted = not lure and ctx.hit(vulnerable_targeting) is not None
        targeted = targeted and ctx.hit(impersonation) is None
        lure = lure or (ctx.find(FEMALE) if targeted else [])
        # A firm whose only papers are a trade registration or a "resmi" claim is no better.
        unproven = not companies or ctx.find(WRONG_LICENCE) or vague_claim
        if lure and unproven and (individual or personal_contact(ctx) or fee):
            ev = [ctx.span(lure[0]), *(ctx.span(m) for m in individual[:1])]
            return make_hit(
                "unlicensed_recruiter",
                0.7,
                ev,
                "Perekrut perorangan tanpa perusahaan jelas merekrut untuk kerja di luar daerah.",
            )
        # Nobody is named, and whoever posts it asks the candidate for money through a personal
        # number or account: the recruiter is an individual hiding who employs (a famous name
        # borrowed for the same is ``impersonation``, told apart there).
        # ("fee 2,5jt" in an Indonesian advert is what the worker is paid, not a charge.)
        charged = fee is not None and fee.evidence[0].text.lower() != "fee"
        anonymous = not companies and not ctx.find(NAMED_EMPLOYER)
        if (
            fee is not None
            and charged
            and anonymous
            and personal_contact(ctx)
            and not ctx.advisory
            and ctx.hit(impersonation) is None
        ):
            who = [s for _, s in ctx.ents.whatsapp[:1] or ctx.ents.telegram[:1]]
            who = who or [s for _, s in ctx.ents.phones[:1]]
            who = who or [ctx.span(m) for m in ctx.find(INFORMAL_CHANNEL)[:1]]
            return make_hit(
                "unlicensed_recruiter",
                0.65,
                [*who[:1], *(ctx.span(m) for m in individual[:1]), *fee.evidence[:2]],
                "Perekrut tanpa nama perusahaan meminta uang lewat kontak pribadi.",
            )
        return None
    licences = ctx.placement_licences
    if individual and not licences:
        return make_hit(
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
        recruiting = personal_contact(ctx) or fee or vague_claim or lpk
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
        # Quote who recruits (a vague licence claim, a training centre, a personal number, a
        # fee); the destination only when nothing else can be quoted: "Perekrut tidak berizin:
        # MALAYSIA" shows where the job is, not who is recruiting.
        who = [ctx.span(m) for m in vague_claim[:1]] + lpk[:1]
        who += [s for _, s in ctx.ents.whatsapp[:1] or ctx.ents.telegram[:1] or ctx.ents.phones[:1]]
        who += list(fee.evidence[:1]) if fee is not None and not who else []
        evidence = who or place
        return make_hit(
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
        evidence = not_pt[:1] + companies[:1] + [ctx.span(m) for m in wrong[:1]]
        return make_hit(
            "unlicensed_recruiter",
            0.65,
            evidence,
            "Perekrut ke luar negeri tidak menunjukkan izin P3MI (SIP3MI) yang bisa "
            "dicek; badan usaha atau izin yang disebut bukan izin penempatan.",
        )
    return None
