"""How an advert can be reached: personal channels and landlines, and the
``informal_contact`` detector.
"""

from __future__ import annotations

import re

import phonenumbers

from classifier.phrases.informal_contact import (
    FREE_MAIL_DOMAINS,
    INFORMAL_CHANNEL,
    OFFICE_ADDRESS,
    SOCIAL_HOSTS,
)
from classifier.rules.context import Context, make_hit
from classifier.types import RuleHit, Span


def personal_contact(ctx: Context) -> bool:
    return bool(
        ctx.ents.whatsapp
        or ctx.ents.telegram
        or ctx.find(INFORMAL_CHANNEL)
        or any(not is_landline(n) for n, _ in ctx.ents.phones)
    )


def is_landline(number: str) -> bool:
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
    formal += [span for number, span in ctx.ents.phones if is_landline(number)]
    formal += [
        ctx.span(m)
        for m in ctx.find(OFFICE_ADDRESS, allow_advisory=True)
        if not _PLACEMENT_BEFORE.search(ctx.t, max(0, m.start() - 120), m.start())
        and not (ctx.overseas and _office_abroad(ctx, m))
    ]
    return formal


def _office_abroad(ctx: Context, m: re.Match[str]) -> bool:
    """ "Kantor di kawasan ekonomi khusus", "kantor kami resmi di Bavet": an office abroad
    where the work is, with no street to visit, is not a way to reach the recruiter."""
    if not m.group(0).startswith("kantor"):
        return False
    after = ctx.t[m.end() : m.end() + 100]
    return not _STREET.search(after)


_STREET = re.compile(r"\b(?:jl|jln|jalan|no|ruko|gedung|lantai|lt|blok|komplek|kompleks)\b|\d{2,}")


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
    return make_hit(
        "informal_contact",
        score,
        (informal + channels)[:4],
        "Kontak hanya lewat WhatsApp/Telegram/DM atau e-mail gratis, tanpa alamat kantor "
        "atau kontak resmi perusahaan.",
    )
