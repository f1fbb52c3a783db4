"""The ``impersonation`` detector: a well-known employer's or public body's name with
channels that are not its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from classifier import employers as E
from classifier.phrases.impersonation import IMPERSONATION_CHANNEL, IMPERSONATION_WARNING, LINK_BAIT
from classifier.phrases.informal_contact import FREE_MAIL_DOMAINS, SHORTENER_HOSTS
from classifier.rules.contacts import is_landline
from classifier.rules.context import Context, make_hit, rx
from classifier.types import RuleHit, Span

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


Table = tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]


def _claim_index(table: Table, tag: str, between: str) -> tuple[list[_Entry], re.Pattern[str]]:
    """Names that count only as the object of a recruiting noun ("penerimaan pegawai BPJS"),
    with ``between`` the words allowed in between."""
    entries = [(name, domains) for name, _, domains in table]
    groups = [f"(?P<{tag}{i}>{'|'.join(pats)})" for i, (_, pats, _) in enumerate(table)]
    return entries, re.compile(rf"{E.RECRUITER_NOUNS}\s+{between}(?:{'|'.join(groups)})(?![a-z])")


@cache
def _recruiter_only_index() -> tuple[list[_Entry], re.Pattern[str]]:
    return _claim_index(E.NAMED_AS_RECRUITER_ONLY, "r", r"(?:\S+\s+){0,3}")


@cache
def _initials_index() -> tuple[list[_Entry], re.Pattern[str]]:
    # Initials are common words elsewhere ("target KPI"): at most a word such as "pegawai".
    return _claim_index(
        E.PUBLIC_BODY_INITIALS, "i", r"(?:(?:pegawai|karyawan|calon|anggota|staf)\s+)?"
    )


_RECRUITING = rx(E.RECRUITING_WORDS)
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
    for index in (_recruiter_only_index, _initials_index):
        entries, rx = index()
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


# A host that carries a recruiting word and a well-known name ("pertamina-recruitment.com",
# "lokerkpi.xyz", "karir-bumn.online") but is not that body's site: the look-alike address of
# docs/domain.md's "Impersonated recruitment". Both words are needed: "info loker" blogs put
# recruiting words in their names, and a company's own careers page is on its own domain.
_HOST_RECRUITING = re.compile(
    r"rekrut|recruit|karir|career|loker|lowongan|seleksi|daftar|hiring|vacanc|cpns|pppk"
)


@cache
def _host_names() -> list[tuple[str, tuple[str, ...], re.Pattern[str]]]:
    def compact(patterns: Iterable[str]) -> re.Pattern[str]:
        # The name patterns are written for words; in a host the words run together.
        joined = "|".join(re.sub(r"\\s[+*]|\\b|\\.\?", "", p) for p in patterns)
        return re.compile(f"(?:{joined})")

    tables = (*E.KNOWN_EMPLOYERS, *E.NAMED_AS_RECRUITER_ONLY, *E.PUBLIC_BODY_INITIALS)
    out = [(name, domains, compact(pats)) for name, pats, domains in tables]
    out.append(("", (), compact(E.PUBLIC_BODIES)))
    return out


def _lookalike_urls(ctx: Context) -> list[tuple[str, Span]]:
    found = []
    for url, span in ctx.ents.urls:
        host = _host(url)
        if not _HOST_RECRUITING.search(host) or _official(host, ()):
            continue
        # Only the name part of the host: "rekrutmen-pln.xyz" -> "rekrutmenpln".
        labels = re.sub(r"[^a-z0-9.]", "", host).split(".")
        name_part = "".join(labels[:-1]) if len(labels) > 1 else labels[0]
        for name, domains, pattern in _host_names():
            m = pattern.search(name_part)
            if m and len(m.group(0)) >= 3 and not _official(host, domains):
                found.append((name or m.group(0).upper(), span))
                break
    return found


def impersonation(ctx: Context) -> RuleHit | None:
    if ctx.licensed or (ctx.official_source and not ctx.find(LINK_BAIT)):
        return None  # a licensed agency or an official programme recruiting in its own name
    if ctx.find(IMPERSONATION_WARNING, allow_advisory=True):
        return None  # a warning or fact-check that quotes the fake to debunk it
    named = _named_employers(ctx)
    if not named:
        lookalike = _lookalike_urls(ctx)
        if not lookalike:
            return None
        return make_hit(
            "impersonation",
            0.8,
            [span for _, span in lookalike[:3]],
            f"Alamat web pendaftaran meniru nama {lookalike[0][0]}, tetapi bukan situs resminya.",
        )
    domains = tuple(d for _, _, ds in named for d in ds)
    channels: list[Span] = [s for _, s in ctx.ents.whatsapp + ctx.ents.telegram]
    channels += [s for n, s in ctx.ents.phones if not is_landline(n)]
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
    return make_hit(
        "impersonation",
        0.85 if len(channels) >= 2 else 0.75,
        evidence,
        f"Memakai nama {label}, tetapi pendaftaran atau kontaknya lewat nomor pribadi, tautan, "
        "formulir atau e-mail yang bukan kanal resmi instansi/perusahaan itu.",
    )
