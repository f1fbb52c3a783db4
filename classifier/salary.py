"""Money in adverts: salaries (converted to IDR per month) and other amounts such as fees.

Parsing runs on the normalised text (so "gj 15jt" reads "gaji 15 juta") and quotes evidence
from the original. An amount counts as money only with a currency ("Rp", "RM", "NT$", "yen")
or a multiplier ("juta", "ribu", "k"), or as a bare figure right after a pay word
("gaji: 4.500.000"): that keeps phone numbers, years, ages and heights out.

Whether an amount is a salary or a fee is decided by the nearest keyword before it in the
same line ("gaji 8 juta, biaya proses 5 juta": the first is pay, the second a fee).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from classifier.normalize import Normalized, normalize
from classifier.rates import ExchangeRates, default_rates
from classifier.types import Salary, Span

# Monthly equivalents. Hours: 173 is the divisor Indonesian law uses to turn a monthly wage
# into an hourly one (40 h x 52 weeks / 12; PP 35/2021 overtime base). Days: 26 working days,
# a six-day week, the usual basis of daily-paid work in Indonesia and Malaysia. Weeks: 52/12.
PER_MONTH: dict[str, float] = {
    "hour": 173.0,
    "day": 26.0,
    "week": 4.33,
    "month": 1.0,
    "year": 1 / 12,
}

# Currency written before the figure. Longer tokens first so "nt$" wins over "$".
_PREFIX: dict[str, str] = {
    "nt$": "TWD",
    "ntd": "TWD",
    "twd": "TWD",
    "nt": "TWD",
    "hk$": "HKD",
    "hkd": "HKD",
    "s$": "SGD",
    "sg$": "SGD",
    "sgd": "SGD",
    "us$": "USD",
    "usd": "USD",
    "a$": "AUD",
    "aud": "AUD",
    "nz$": "NZD",
    "nzd": "NZD",
    "c$": "CAD",
    "cad": "CAD",
    "chf": "CHF",
    "pln": "PLN",
    "b$": "BND",
    "bnd": "BND",
    "rm": "MYR",
    "myr": "MYR",
    "rp": "IDR",
    "idr": "IDR",
    "ca$": "CAD",
    "au$": "AUD",
    "mop": "MOP",
    "mop$": "MOP",
    "¥": "JPY",
    "jpy": "JPY",
    "円": "JPY",
    "₩": "KRW",
    "krw": "KRW",
    "sar": "SAR",
    "sr": "SAR",
    "aed": "AED",
    "dhs": "AED",
    "qar": "QAR",
    "qr": "QAR",
    "kwd": "KWD",
    "omr": "OMR",
    "bhd": "BHD",
    "jod": "JOD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "rmb": "CNY",
    "cny": "CNY",
    "฿": "THB",
    "thb": "THB",
    "₱": "PHP",
    "php": "PHP",
    "khr": "KHR",
    "$": "USD",
}
# Currency written after the figure ("200.000 yen", "3.000 ringgit").
_SUFFIX: dict[str, str] = {
    "yen": "JPY",
    "won": "KRW",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "dolar taiwan": "TWD",
    "dollar taiwan": "TWD",
    "nt": "TWD",
    "ntd": "TWD",
    "dolar hongkong": "HKD",
    "dolar hong kong": "HKD",
    "dolar hk": "HKD",
    "dolar singapura": "SGD",
    "dollar singapore": "SGD",
    "dolar singapore": "SGD",
    "dolar brunei": "BND",
    "dollar brunei": "BND",
    "dolar australia": "AUD",
    "dollar australia": "AUD",
    "dolar": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "riyal": "SAR",
    "rial": "SAR",
    "real": "SAR",
    "dirham": "AED",
    "euro": "EUR",
    "pound": "GBP",
    "baht": "THB",
    "peso": "PHP",
    "yuan": "CNY",
    "riel": "KHR",
    "usd": "USD",
    "sgd": "SGD",
    "hkd": "HKD",
    "twd": "TWD",
    "myr": "MYR",
    "jpy": "JPY",
    "krw": "KRW",
    "sar": "SAR",
    "aed": "AED",
    "idr": "IDR",
    "rm": "MYR",
    # "1.500$", "2000$ + bonus": the dollar sign written after the figure, as many do.
    "$": "USD",
    "dinar": "KWD",
    "pataca": "MOP",
    "mop": "MOP",
    "kwd": "KWD",
    "qar": "QAR",
    "omr": "OMR",
    "bhd": "BHD",
    "jod": "JOD",
    "cad": "CAD",
    "aud": "AUD",
    "eur": "EUR",
    "gbp": "GBP",
    "thb": "THB",
    "php": "PHP",
    "bnd": "BND",
    "cny": "CNY",
    "rmb": "CNY",
    "khr": "KHR",
}
# Currencies the rate table lacks, read as the currency they are pegged to: (code, units of
# that currency per unit). The Macau pataca is held at MOP 1.03 to the Hong Kong dollar.
_PEGGED: dict[str, tuple[str, float]] = {"MOP": ("HKD", 1 / 1.03)}
# "Dinar" names the currency of the country the advert names; Kuwait's when it names none.
_DINAR_COUNTRY = (
    (re.compile(r"yordania|jordan|amman|aqaba"), "JOD"),
    (re.compile(r"bahrain|bahrein|manama"), "BHD"),
)
_MULTIPLIER: dict[str, float] = {
    "juta": 1e6,
    "million": 1e6,
    "mil": 1e6,
    "mio": 1e6,
    "ribu": 1e3,
    "thousand": 1e3,
}
# Currencies of English-writing labour markets: there "/hr" means per hour, not "hari".
_HOURLY_HR = frozenset({"USD", "EUR", "GBP", "AUD", "NZD", "CAD", "SGD", "HKD"})


def _alt(words: Iterable[object]) -> str:
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))


_NUM = r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?"
_PRE = rf"(?<![a-z$])(?:{_alt(_PREFIX)})"
_SUF = rf"(?:{_alt(_SUFFIX)})(?![a-z])"
_MUL = rf"(?:{_alt(_MULTIPLIER)})(?![a-z])"
_ONE = r"(?:(?P<c{i}>{pre})[.:]?\s?)?(?P<n{i}>{num})(?:\s?(?P<m{i}>{mul}))?(?:\s?(?P<s{i}>{suf}))?"
_RANGE_SEP = r"\s*(?:-|–|—|~|s/d|s\.d\.?|sd|sampai|hingga|to|until)\s*"
_AMOUNT = re.compile(
    r"(?<![\w.,])"
    + _ONE.format(i=1, pre=_PRE, num=_NUM, mul=_MUL, suf=_SUF)
    + rf"(?:{_RANGE_SEP}"
    + _ONE.format(i=2, pre=_PRE, num=_NUM, mul=_MUL, suf=_SUF)
    + r")?(?![\w])"
)

_PERIOD_WORDS: dict[str, str] = {
    "jam": "hour",
    "hour": "hour",
    "hr": "hour",
    "hrs": "hour",
    "h": "hour",
    "hari": "day",
    "day": "day",
    "harian": "day",
    "malam": "day",
    "night": "day",
    "minggu": "week",
    "week": "week",
    "pekan": "week",
    "wk": "week",
    "bulan": "month",
    "month": "month",
    "mo": "month",
    "mth": "month",
    "bln": "month",
    "tahun": "year",
    "year": "year",
    "yr": "year",
    "annum": "year",
}
_PERIOD_ADVERBS: dict[str, str] = {
    "sejam": "hour",
    "perjam": "hour",
    "hourly": "hour",
    "sehari": "day",
    "perhari": "day",
    "semalam": "day",
    "daily": "day",
    "harian": "day",
    "seminggu": "week",
    "perminggu": "week",
    "weekly": "week",
    "mingguan": "week",
    "sebulan": "month",
    "perbulan": "month",
    "monthly": "month",
    "bulanan": "month",
    "setahun": "year",
    "pertahun": "year",
    "yearly": "year",
    "annually": "year",
    "tahunan": "year",
    "p.a.": "year",
}
_AFTER_PERIOD = re.compile(
    r"\s*(?:(?:nett?|bersih|kotor|gross|rupiah|idr)\s*)?"
    rf"(?:(?:/\s*|per\s*|a\s+|an\s+|each\s+|tiap\s+|setiap\s+|sa)(?P<w>{_alt(_PERIOD_WORDS)})"
    rf"|(?P<a>{_alt(_PERIOD_ADVERBS)}))(?![a-z])"
)
_BEFORE_PERIOD = re.compile(
    r"(?:harian|per\s?hari|(?:se)?tiap\s+(?:hari|hr)|daily|sehari|mingguan|per\s?minggu|weekly|per\s?jam|hourly|sejam"
    r"|per\s?tahun|tahunan|annual|yearly|setahun|bulanan|per\s?bulan|monthly|sebulan)(?![a-z])"
)
_BEFORE_PERIOD_MAP = (
    ("hour", ("jam", "hour")),
    ("day", ("hari", "daily", "hr")),
    ("week", ("minggu", "week")),
    ("year", ("tahun", "annual", "yearly")),
    ("month", ("bulan", "month")),
)

# Keyword classes; the nearest one before an amount decides its kind. Fee words come first so
# "potongan gaji" is read as a deduction, not as pay.
_FEE_WORDS = (
    r"potong(?:an)?\s+gaji|gaji\s+dipotong|dipotong|biaya|bayar\w*|membayar|pembayaran|"
    r"transfer|tf|setor\w*|deposit|dp|uang\s+muka|down\s+payment|(?<!staf\s)(?<!staff\s)(?<!bagian\s)administrasi|"
    r"pendaftaran|"
    r"registrasi|registration|fee|fees|cost|charge|ongkos|tiket|modal|denda|jaminan|cicil\w*|"
    r"harga|yuran|bayaran|kos|penalti|utang|hutang|pinjaman|talangan|kirim|medical|medikal|mcu|"
    r"pelatihan|training|seragam|visa|paspor|akomodasi|transport\w*|refund|pay(?!\s*:)|"
    r"investasi|tebusan|paket|package|uang\s+kembali|daftar|pendaftaran|registration|reservasi|saldo|top\s?-?\s?up|tuition|tanda\s+jadi|ganti\s+rugi|seharga|bawa(?!\s+pulang)|(?<!cuti\s)(?<!libur\s)berbayar|"
    r"aktivasi|deposit|package|uang\s+(?!makan|saku|lembur|kembali|tip|bulanan)[a-z]+|proses|pengurusan"
)
_SALARY_WORDS = (
    r"gaji(?:nya|ne)?|upah(?:nya)?|salary|salaries|wages?|(?:take\s+home|basic|base|monthly|gross|net|total)\s+pay|"
    r"pay\s*:|thp|penghasilan|uang\s+bulanan|"
    r"pendapatan|income|earn\w*|uang\s+saku|allowance|elaun|honor\w*|digaji|bergaji|"
    r"menghasilkan|dapat|dapet|hasil"
)
_OTHER_WORDS = (
    r"bonus|lembur|overtime|ot|tunjangan|uang\s+makan|komisi|commission|insentif|omzet|omset|"
    r"tabungan|target|hadiah|tip|tips|usia|umur|tinggi|berat|tb|bb|nomor|no|hp|telp|wa|"
    r"senilai|nilai|bernilai|valued|worth|aset|revenue|proyek|project|kerugian|rugi|hilang|"
    r"menipu|ditipu|raup|meraup"
)
_KEYWORDS = re.compile(
    rf"(?<![a-z])(?:(?P<fee>{_FEE_WORDS})|(?P<other>{_OTHER_WORDS})|(?P<salary>{_SALARY_WORDS}))"
    r"(?![a-z])"
)
# A bare figure counts only right after a pay word: "gaji: 4.500.000", "upah sebesar 95.000".
_BARE_OK = re.compile(
    rf"(?:{_SALARY_WORDS})(?:\s+(?:pokok|bersih|kotor|mulai|sebesar|antara|hingga|s/d|"
    r"per\s?bulan|perbulan|sebulan|bulanan|harian|per\s?hari|perhari))*\s*[:=]?\s*$"
)
_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class Money:
    """An amount of money in the advert, whatever it pays for."""

    amount: float
    amount_max: float | None
    currency: str
    period: str | None  # hour | day | week | month | year, None when not stated
    kind: str  # "salary", "fee" (paid by the candidate, or a deduction) or "other"
    idr: float  # the amount (upper bound of a range) in IDR, not per month
    span: Span  # in the original advert
    norm_span: tuple[int, int] = (0, 0)  # the same amount in the normalised text


def _number(raw: str, has_multiplier: bool) -> float:
    """Read "8.500.000", "8,500,000", "1,200.50", "8,5" (with "juta") or "3.5" (with "k")."""
    if has_multiplier and re.fullmatch(r"\d+[.,]\d+", raw):
        return float(raw.replace(",", "."))  # one separator before a multiplier is decimal
    grouped = re.fullmatch(r"(\d{1,3}(?:([.,])\d{3})+)(?:([.,])(\d{1,2}))?", raw)
    if grouped and grouped.group(3) != grouped.group(2):
        whole = re.sub(r"[.,]", "", grouped.group(1))
        return float(f"{whole}.{grouped.group(4)}") if grouped.group(4) else float(whole)
    if re.fullmatch(r"\d+[.,]\d{1,2}", raw):
        return float(raw.replace(",", "."))
    return float(re.sub(r"[.,]", "", raw))


def _line_before(text: str, start: int, width: int = 60) -> tuple[str, int]:
    """The text before ``start`` on the same line and sentence, at most ``width`` chars."""
    lo = max(0, start - width)
    cut = max(text.rfind(c, lo, start) for c in "\n;!•")
    for m in re.finditer(r"[.?](?:\s|$)", text[lo:start]):
        cut = max(cut, lo + m.start())
    lo = max(lo, cut + 1)
    return text[lo:start], lo


# "Paket"/"package"/"fee" name a price, or a pay package when a period follows ("paket
# Rp22 jt/bulan", "fee Rp2 jt per hari").
_PRICE_OR_PAY = re.compile(r"paket|package|fee|fees")
_PRICED_PACKAGE = re.compile(
    r"(?:visa|travel|tour|holiday|program|programme|training|processing|medical|registration|"
    r"placement|ticket|flight|umrah|paket|all[\s-]in|consult\w*|full|support|service|complete)"
    r"\W*(?:\w+\W+)?$"
)
# What a priced package buys, just after the sum: "AUD 5,000 all in", "RM18k (job + visa)".
_PACKAGE_CONTENTS = re.compile(
    r"all[\s-]in|\([^)]{0,40}(?:ticket|tiket|visa|school|sekolah|cos|legali[sz]ation|embassy)"
)


# Words that stop a bare figure from passing for money (an age, a height, a phone number) but
# say nothing about an amount written as money: in "usia 18-40, 15 juta sebulan", "gaji tinggi
# 15 juta" or "no exp, USD 1300" the figure is pay.
_NOT_MONEY = re.compile(r"usia|umur|tinggi|berat|tb|bb|nomor|no|hp|telp|wa")


# A period and a verb of earning after a bonus or commission word start a promise of pay of
# their own: "sehari bisa 500rb", "per minggu dapat 3 juta", "sebulan bisa tembus 20jt".
_EARN_PER = re.compile(
    r"(?<![a-z])(?:sehari|seminggu|sebulan|per\s?(?:hari|minggu|bulan)|(?:se)?tiap\s+(?:hari|hr))"
    r"\s+(?:bisa|bs|dapat|dapet|dpt|sampai|hingga|tembus|capai|mencapai)(?:\s+(?:tembus|sampai|capai))?"
    r"\s*$"
)


_AMOUNT_OF = re.compile(r"(?:sebesar|seharga|senilai\s+total|of)\s*$")
# A charge named right after its sum: "Rp 2.500.000 registration", "2 juta untuk booking tiket",
# "Rp 45 juta program package".
_FEE_AFTER = re.compile(
    r"[ \t]*(?:(?:untuk|utk|buat|for)[ \t]+(?:biaya[ \t]+|the[ \t]+)?"
    r"(?:booking[ \t]+|reservasi[ \t]+)?"
    r"(?:tiket|ticket|visa|medical|pelatihan|training|seragam|dokumen|documents?|proses\w*)"
    r"|registration|pendaftaran|booking|reservasi|deposit|processing|program[ \t]+(?:package|fee)"
    r"|placement[ \t]+fee|uang[ \t]+muka|dp|tanda[ \t]+jadi|to[ \t]+join)(?![a-z])"
)


# After a fee word, a clause break and then only words that are not themselves sums
# or repayments: the amount that follows stands in a clause of its own.
_MONEYISH = r"(?:(?<![a-z])(?:rp|rm|usd|idr|sgd)|\$|\d+(?:[.,]\d+)*\s*(?:juta|jt|ribu|rb|k)\b)"
_OWN_CLAUSE = re.compile(
    rf"(?:(?!{_MONEYISH})[^,;])*[,;]\s+"
    rf"(?:(?!{_MONEYISH})(?!sisa|potong|dipotong|cicil|angsur|lunas|bayar|dp\b)[^,;])*$"
)


def _kind(text: str, start: int, period: str | None, explicit: bool = False) -> str | None:
    """'salary', 'fee', 'other' from the nearest keyword before ``start``; None if none.
    An amount with a currency or a multiplier (``explicit``) skips the words that only keep
    ages, heights and phone numbers out (:data:`_NOT_MONEY`)."""
    before, _ = _line_before(text, start)
    if not _KEYWORDS.search(before) and _AMOUNT_OF.search(before):
        # "reservasi tiket & hotel melalui travel rekanan panitia sebesar Rp2.150.000": the
        # word the amount is "of" may stand further back in the sentence.
        before, _ = _line_before(text, start, 120)
    last = None
    for m in _KEYWORDS.finditer(before):
        if explicit and m.lastgroup == "other" and _NOT_MONEY.fullmatch(m.group(0)):
            continue
        last = m
    if last is None:
        return None
    if last.lastgroup == "fee" and period and _OWN_CLAUSE.match(before, last.end()):
        # "yuran proses visa RM3,800, jaminan lulus 100%, CAD 4500 sebulan", "passport kept by
        # coordinator until departure, 3.100 euro/month": a sum with a pay period in a clause
        # of its own, the charge or the passport named in an earlier one, is the pay.
        return "salary"
    if last.lastgroup == "fee" and period and _PRICE_OR_PAY.fullmatch(last.group(0)):
        return "salary"
    if (
        last.group(0) == "package"
        and not _PRICED_PACKAGE.search(before, 0, last.start())
        and not _PACKAGE_CONTENTS.search(text, start, start + 60)
    ):
        # English "package" is the pay package ("Package: AED 5,500 + commission") unless
        # it names what is sold ("visa package", "program package").
        return "salary"
    if last.lastgroup == "other" and explicit and _EARN_PER.search(before, last.end()):
        # "Komisi 50rb per tugas, sehari bisa 500rb": a new promise of what a day brings.
        return "salary"
    return last.lastgroup


def _period_after(norm: Normalized, end: int, currency: str) -> tuple[str | None, int]:
    m = _AFTER_PERIOD.match(norm.text, end)
    if not m:
        return None, end
    word = m.group("w")
    if word:
        period = _PERIOD_WORDS[word]
        if period == "day" and currency in _HOURLY_HR:
            # normalize() reads "/hr" as "/hari"; in an English advert it is "/hour".
            ostart, oend = norm.to_original(m.start("w"), m.end("w"))
            if norm.original[ostart:oend].lower() == "hr":
                period = "hour"
    else:
        period = _PERIOD_ADVERBS[m.group("a")]
    return period, m.end()


def _period_before(text: str, start: int) -> str | None:
    before, _ = _line_before(text, start, 40)
    # A period word of another item in a "|"-separated list is not this amount's.
    before = before.rsplit("|", 1)[-1]
    found = list(_BEFORE_PERIOD.finditer(before))
    if not found:
        return None
    word = found[-1].group(0)
    for period, stems in _BEFORE_PERIOD_MAP:
        if any(s in word for s in stems):
            return period
    return None


def _phone_like(raw: str) -> bool:
    digits = re.sub(r"\D", "", raw)
    return len(digits) >= 9 and (digits.startswith("0") or digits.startswith("62"))


def find_money(text: str | Normalized, rates: ExchangeRates | None = None) -> list[Money]:
    """Every amount of money in the advert (salaries, fees, bonuses), in document order."""
    norm = text if isinstance(text, Normalized) else normalize(text)
    rates = rates or default_rates()
    t = norm.text
    out: list[Money] = []
    for m in _AMOUNT.finditer(t):
        cur = m.group("c1") or m.group("s1") or m.group("c2") or m.group("s2")
        mul1, mul2 = m.group("m1"), m.group("m2")
        n1, n2 = m.group("n1"), m.group("n2")
        explicit = bool(cur or mul1 or mul2)
        if not explicit:
            before, _ = _line_before(t, m.start(), 40)
            bare_ok = _BARE_OK.search(before) and len(re.sub(r"\D", "", n1)) >= 4
            if not bare_ok or _YEAR.fullmatch(n1) or _phone_like(m.group(0)):
                continue
        if _phone_like(n1) and not cur:
            continue
        currency = _PREFIX.get(cur, _SUFFIX.get(cur or "", "IDR")) if cur else "IDR"
        if cur == "dinar":
            currency = next((c for rx, c in _DINAR_COUNTRY if rx.search(t)), currency)
        scale = 1.0
        if currency in _PEGGED and not rates.knows(currency):
            currency, scale = _PEGGED[currency]
        if not rates.knows(currency):
            continue
        # "8-10 juta": the multiplier of the upper bound applies to the lower one too.
        mult1 = _MULTIPLIER[mul1] if mul1 else (_MULTIPLIER[mul2] if mul2 and not mul1 else 1.0)
        mult2 = _MULTIPLIER[mul2] if mul2 else mult1
        low = _number(n1, bool(mul1 or mul2)) * mult1 * scale
        high = _number(n2, bool(mul2)) * mult2 * scale if n2 else None
        if high is not None and high < low:
            high = None  # "Rp 5.000.000 - 6" style typos: keep the clear figure only
        period, end = _period_after(norm, m.end(), currency)
        period = period or _period_before(t, m.start())
        kind = _kind(t, m.start(), period, explicit)
        if kind is None:
            kind = "fee" if not period and _FEE_AFTER.match(t, end) else "salary"
        idr = rates.to_idr(high if high is not None else low, currency)
        out.append(
            Money(
                low, high, currency, period, kind, idr, norm.span(m.start(), end), (m.start(), end)
            )
        )
    return out


def to_monthly(amount: float, period: str) -> float:
    """Amount per ``period`` as an amount per month (see :data:`PER_MONTH` for why)."""
    return amount * PER_MONTH[period]


def parse_salaries(text: str | Normalized, rates: ExchangeRates | None = None) -> list[Salary]:
    """Pay figures in the advert, each converted to IDR per month (fees are left out)."""
    salaries: list[Salary] = []
    for money in find_money(text, rates):
        if money.kind != "salary":
            continue
        period = money.period or "month"
        salaries.append(
            Salary(
                amount=money.amount,
                amount_max=money.amount_max,
                currency=money.currency,
                period=period,
                idr_month=to_monthly(money.idr, period),
                span=money.span,
            )
        )
    return salaries
