"""Who, where, what and how to pay: the facts an investigator pulls out of a job advert.

Every item carries a :class:`~classifier.types.Span` into the advert as received, so the UI
can highlight it and an investigator can quote it. Contacts, companies and licence numbers
are read from the original text (their case and punctuation matter); places and job types
from the normalised text (so "pmbantu" or "HONGKONG!!!" still count).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import phonenumbers

from classifier.normalize import Normalized, normalize
from classifier.places_jobs import find_jobs, find_places, longest_first
from classifier.rates import ExchangeRates
from classifier.salary import parse_salaries
from classifier.types import Entities, Span

# --- contacts -------------------------------------------------------------------------------

# A run of digits with the separators people type inside phone numbers.
_PHONE_CANDIDATE = re.compile(r"(?<![\w/=@.])(?:\+|00)?\(?\d[\d().\-\s]{6,22}\d(?![\w])")
_WA_LINK = re.compile(
    r"(?:https?://)?(?:wa\.me/|(?:api|web)\.whatsapp\.com/send/?\?(?:\S*?&)?phone=)\+?(\d{8,15})",
    re.I,
)
# Words that say the number next to them is a WhatsApp number ("WA 0812...", "Telp/WA:").
_WA_CUE = re.compile(r"(?<![a-z])(?:wa|whatsapp|whatsap|whats app|wasap|w\.a\.?)(?![a-z])", re.I)
_BANK_CUE = re.compile(r"(?<![a-z])(?:rek|rekening|norek|a\.?n\.?|account|acc|no\.? rek)\b", re.I)
_TELEGRAM_LINK = re.compile(r"(?:https?://)?(?:t\.me|telegram\.me)/\+?([A-Za-z0-9_]{3,64})", re.I)
# "Telegram: @kerja_kh", "tele @kerja_kh", "Telegram: kerja_kh" (a bare name needs the colon).
_TELEGRAM_HANDLE = re.compile(
    r"(?<![a-z])(?:telegram|telegr|tele|tg)\b\s*(?:id|username|akun)?\s*"
    r"(?::\s*@?(?P<h1>[A-Za-z][A-Za-z0-9_]{4,31})|-?\s*@(?P<h2>[A-Za-z][A-Za-z0-9_]{3,31}))",
    re.I,
)
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_URL = re.compile(
    r"https?://[^\s<>\"'()\[\]]+|www\.[^\s<>\"'()\[\]]+"
    r"|(?<![\w@.-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:co\.id|go\.id|or\.id|ac\.id|com\.my"
    r"|com|id|net|org|my|info|biz|xyz|io|me|ly|link|site|online|sg|hk|tw|jp|kr)"
    r"(?![\w-])(?:/[^\s<>\"'()\[\]]*)?",
    re.I,
)
_CHAT_HOSTS = re.compile(
    r"^(?:https?://)?(?:www\.)?(?:wa\.me|t\.me|telegram\.me|"
    r"(?:api|web)\.whatsapp\.com)\b",
    re.I,
)

# --- banks and e-wallets --------------------------------------------------------------------

# Unambiguous names are taken wherever they stand; words that are also ordinary Indonesian
# ("mandiri" = independent, "dana" = funds, "jago", "permata") need "bank", an account cue or
# a number after them.
_BANKS_CLEAR = {
    "bri": "BRI",
    "bca": "BCA",
    "bni": "BNI",
    "bsi": "BSI",
    "btn": "BTN",
    "cimb niaga": "CIMB Niaga",
    "cimb": "CIMB",
    "maybank": "Maybank",
    "ocbc": "OCBC",
    "seabank": "SeaBank",
    "ovo": "OVO",
    "gopay": "GoPay",
    "go-pay": "GoPay",
    "shopeepay": "ShopeePay",
    "linkaja": "LinkAja",
    "bank jambi": "Bank Jambi",
    "public bank": "Public Bank",
    "rhb": "RHB",
}
_BANKS_AMBIGUOUS = {
    "mandiri": "Mandiri",
    "dana": "DANA",
    "jago": "Jago",
    "permata": "Permata",
    "danamon": "Danamon",
    "muamalat": "Muamalat",
    "mega": "Mega",
}


def _alt(words: Iterable[object]) -> str:
    return "|".join(sorted((str(w) for w in words), key=len, reverse=True))


_ACCOUNT_NO = r"\d[\d\s.\-]{4,22}\d"
_BANK_CLEAR_RE = re.compile(
    rf"(?<![\w])(?:bank\s+)?(?P<bank>{_alt(_BANKS_CLEAR)})(?![\w])"
    rf"(?:\s*(?:no\.?\s*)?(?:rek\w*\.?\s*)?[:\-]?\s*(?P<num>{_ACCOUNT_NO}))?",
    re.I,
)
_BANK_AMBIGUOUS_RE = re.compile(
    rf"(?:(?P<cue>bank|rek\w*\.?|transfer\s+(?:ke|via)|tf\s+(?:ke|via)|via|e-?wallet)\s+)?"
    rf"(?<![\w])(?P<bank>{_alt(_BANKS_AMBIGUOUS)})(?![\w])"
    rf"(?:\s*[:\-]?\s*(?P<num>{_ACCOUNT_NO}))?",
    re.I,
)
_ACCOUNT_RE = re.compile(
    rf"(?<![\w])(?:no\.?\s*)?(?:rek(?:ening)?|norek|account(?:\s+no\.?)?)\.?\s*[:\-]?\s*"
    rf"(?P<num>{_ACCOUNT_NO})",
    re.I,
)

# --- companies and licences -----------------------------------------------------------------

_NAME_WORD = r"(?:[A-Z][\w&'.-]*|&)"
# Capitalised words that end a company name ("PT Sinar Bahari Membuka Lowongan").
_NAME_STOP = frozenset(
    [
        "membuka",
        "mencari",
        "membutuhkan",
        "butuh",
        "dibutuhkan",
        "lowongan",
        "loker",
        "untuk",
        "di",
        "yang",
        "sedang",
        "segera",
        "hub",
        "hubungi",
        "alamat",
        "telp",
        "telepon",
        "job",
        "gaji",
        "info",
        "kami",
        "adalah",
        "resmi",
        "berizin",
        "terdaftar",
        "dengan",
        "dan",
        "merekrut",
        "rekrut",
        "open",
        "buka",
        "menerima",
        "penempatan",
        "sebagai",
        "siap",
        "kerja",
        "bekerja",
        "lokasi",
        "posisi",
        "via",
        "wa",
        "whatsapp",
        "email",
        "no",
        "nomor",
        "izin",
        "sip3mi",
        "siup",
        "nib",
        "kantor",
        "cabang",
        "hiring",
        "is",
        "are",
        "we",
        "the",
        "for",
        "in",
        "at",
        "from",
    ]
)
_LEGAL_SUFFIX = (
    r"Sdn\.?\s*Bhd\.?|Pte\.?\s*Ltd\.?|Co\.,?\s*Ltd\.?|Ltd\.?|Limited|Inc\.?|LLC|Corp\.?"
    r"|Corporation|K\.K\.|GmbH|W\.?L\.?L\.?"
)
_PT_RE = re.compile(
    rf"\b(?P<form>PT|CV|LPK|BLK|P3MI|Yayasan|Koperasi|Pt|Lpk)\.?\s+"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,6}})"
)
_PT_LOWER_RE = re.compile(r"(?<![\w/])(?P<form>pt|cv|lpk)\.?\s+(?P<name>[a-z]+(?:\s+[a-z]+){1,4})")
_SUFFIX_RE = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}}),?\s+"
    rf"(?P<form>{_LEGAL_SUFFIX})(?![\w])"
)

_LICENCE_RE = re.compile(
    r"(?<![\w])(?P<kind>SIP3MI|SIP2MI|SIPPMI|SIPPTKIS|SIUP(?:\s*P3MI)?|NIB|KEP|Kep|"
    r"No\.?\s*Izin|Nomor\s+Izin|Izin\s+(?:Usaha\s+)?No\.?|Izin\s+P3MI|License\s+No\.?|"
    r"Licen[cs]e)"
    r"\s*(?:No\.?|Nomor|Nomer|Number)?\s*[:.\-]?\s*"
    r"(?P<id>[A-Z0-9][A-Za-z0-9./\-]*\d[A-Za-z0-9./\-]*)",
    re.I,
)


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def _e164(raw: str, hint_malaysia: bool) -> tuple[str, bool] | None:
    """The number in E.164 and whether it is valid (not just of a possible length)."""
    digits = re.sub(r"[^\d+]", "", raw)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if not digits.startswith("+"):
        if (digits.startswith("62") and 10 <= len(digits) <= 14) or (
            digits.startswith("60") and 10 <= len(digits) <= 12
        ):
            digits = "+" + digits
        elif not digits.startswith("0"):
            return None
    # Indonesian numbers never start 01; Malaysian mobiles do (012-345 6789).
    region = "MY" if hint_malaysia and digits.startswith("01") else "ID"
    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return None
    valid = phonenumbers.is_valid_number(number)
    # Adverts carry made-up or new number ranges: accept a possible number of a normal length.
    possible = (
        phonenumbers.is_possible_number(number)
        and number.country_code in (62, 60)
        and 9 <= len(str(number.national_number)) <= 12
    )
    if not (valid or possible):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), valid


def _phone_parts(raw: str) -> list[str]:
    """Shorter readings of a digit run, longest first ("0812-3456-7890 2025" -> drop "2025")."""
    groups = re.split(r"(?<=\d)(?=[\s.\-()]+\d)", raw)
    return ["".join(groups[:k]) for k in range(len(groups), 0, -1)]


def _phones(text: str, ents: Entities, taken: list[tuple[int, int]]) -> None:
    malaysia = bool(re.search(r"malaysia|\+60|\bRM\s?\d", text, re.I))
    prev_end = 0
    for m in _PHONE_CANDIDATE.finditer(text):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        readings = []
        for raw in _phone_parts(m.group(0)):
            part = raw.rstrip(" .-(")
            parsed = _e164(part, malaysia)
            if parsed:
                readings.append((not parsed[1], -len(part), parsed[0], part))
        if not readings:
            continue
        # The longest valid reading, else the longest possible one.
        _, _, number, part = min(readings)
        start = m.start()
        end = start + len(part)
        if text[start] == "(" and ")" not in part:
            start += 1
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(prev_end, line_start, start - 30) : start]
        bank_cue = _BANK_CUE.search(before) or re.search(_alt(_BANKS_CLEAR), before, re.I)
        if bank_cue and not _WA_CUE.search(before):
            continue  # an account number that happens to start with 0
        span = _span(text, start, end)
        ents.phones.append((number, span))
        if _WA_CUE.search(before):
            ents.whatsapp.append((number, span))
        prev_end = end


def _contacts(text: str, ents: Entities) -> None:
    taken: list[tuple[int, int]] = []
    for m in _EMAIL.finditer(text):
        ents.emails.append((m.group(0).lower(), _span(text, *m.span())))
        taken.append(m.span())
    for m in _WA_LINK.finditer(text):
        parsed = _e164("+" + m.group(1), False)
        if parsed:
            ents.whatsapp.append((parsed[0], _span(text, *m.span())))
        taken.append(m.span())
    for m in _TELEGRAM_LINK.finditer(text):
        ents.telegram.append(("@" + m.group(1), _span(text, *m.span())))
        taken.append(m.span())
    for m in _TELEGRAM_HANDLE.finditer(text):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        g = "h1" if m.group("h1") else "h2"
        start = m.start(g) - (1 if text[m.start(g) - 1] == "@" else 0)
        ents.telegram.append(("@" + m.group(g), _span(text, start, m.end(g))))
        taken.append(m.span())
    for m in _URL.finditer(text):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        url = m.group(0).rstrip(".,;:!?")
        if _CHAT_HOSTS.match(url):
            continue
        ents.urls.append((url, _span(text, m.start(), m.start() + len(url))))
        taken.append((m.start(), m.start() + len(url)))
    _phones(text, ents, taken)
    ents.whatsapp.sort(key=lambda item: item[1].start)
    ents.telegram.sort(key=lambda item: item[1].start)


def _banks(text: str, ents: Entities) -> None:
    found: list[tuple[int, int, object]] = []
    for m in _BANK_CLEAR_RE.finditer(text):
        bank = _BANKS_CLEAR[m.group("bank").lower()]
        found.append((m.start(), m.end(), bank, m.group("num")))  # type: ignore[arg-type]
    for m in _BANK_AMBIGUOUS_RE.finditer(text):
        word = m.group("bank")
        shouted = word.isupper() and len(word) > 2
        if not (m.group("cue") or m.group("num") or shouted):
            continue
        start = m.start("bank") if not m.group("cue") else m.start()
        found.append((start, m.end(), _BANKS_AMBIGUOUS[word.lower()], m.group("num")))  # type: ignore[arg-type]
    for m in _ACCOUNT_RE.finditer(text):
        found.append((m.start(), m.end(), "rekening", m.group("num")))  # type: ignore[arg-type]
    for item in longest_first(found):
        start, end, bank, num = item  # type: ignore[misc]
        value = f"{bank} {_digits(num)}" if num else str(bank)
        ents.bank_accounts.append((value, _span(text, start, end)))


def _digits(raw: str) -> str:
    return re.sub(r"\D", "", raw)


def _trim_name(words: list[str]) -> list[str]:
    kept: list[str] = []
    for w in words:
        if w.lower().strip(".,") in _NAME_STOP:
            break
        kept.append(w)
    while kept and kept[-1].lower() in {"&", "dan", "and"}:
        kept.pop()
    return kept


def _companies(text: str, ents: Entities) -> None:
    found: list[tuple[int, int, object]] = []
    for m in _PT_RE.finditer(text):
        words = _trim_name(m.group("name").split())
        if not words:
            continue
        name = " ".join(words).rstrip(".,")
        end = m.start("name") + m.group("name").find(words[-1]) + len(words[-1].rstrip(".,"))
        found.append((m.start(), end, f"{m.group('form').upper()} {name}"))
    if not found:
        for m in _PT_LOWER_RE.finditer(text):
            words = _trim_name(m.group("name").split())
            if len(words) < 2:
                continue
            end = m.start("name") + m.group("name").find(words[-1]) + len(words[-1])
            found.append((m.start(), end, f"{m.group('form').upper()} {' '.join(words).title()}"))
    for m in _SUFFIX_RE.finditer(text):
        words = m.group("name").split()
        while words and words[0].lower() in _NAME_STOP:
            words = words[1:]
        if not words:
            continue
        start = m.start("name") + m.group("name").find(words[0])
        found.append((start, m.end(), f"{' '.join(words)} {m.group('form')}"))
    for start, end, value in longest_first(found):
        ents.companies.append((str(value), _span(text, start, end)))


def _licences(text: str, ents: Entities) -> None:
    for m in _LICENCE_RE.finditer(text):
        ident = m.group("id").rstrip("./-")
        if len(re.sub(r"\D", "", ident)) < 2:
            continue
        kind = re.sub(r"\s+", " ", m.group("kind")).strip()
        end = m.start("id") + len(ident)
        ents.licence_numbers.append((f"{kind.upper()} {ident}", _span(text, m.start(), end)))


def extract_entities(
    text: str, rates: ExchangeRates | None = None, norm: Normalized | None = None
) -> Entities:
    """Everything :class:`~classifier.types.Entities` holds, each with a span into ``text``."""
    norm = norm if norm is not None and norm.original == text else normalize(text)
    ents = Entities()
    _contacts(text, ents)
    _banks(text, ents)
    _companies(text, ents)
    _licences(text, ents)
    find_places(norm, ents)
    find_jobs(norm, ents)
    ents.salaries = parse_salaries(norm, rates)
    return ents
