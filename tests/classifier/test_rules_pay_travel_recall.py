"""Recall of high_pay, visa_misuse, restricted_destination and upfront_fee on the ways people
really write them (pay notations, slang, Malay, English), and honest adverts that must stay
quiet. Every text here is written for the test."""

from __future__ import annotations

import pytest

from classifier.salary import find_money
from tests.classifier.rule_quotes import quotes


def _fires(code: str, text: str) -> list[str] | None:
    return quotes(text, code, alone=True)


# --- salary parsing -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "currency", "amount"),
    [
        ("Kerja CS, gaji 1.500$ + bonus", "1.500$", "USD", 1500.0),
        ("loker kamboja gj 1200$ brkt minggu ini", "1200$", "USD", 1200.0),
        ("Gaji 263 dinar bersih, Kuwait", "263 dinar", "KWD", 263.0),
        ("Gaji 300 dinar, kerja di Amman", "300 dinar", "JOD", 300.0),
        ("Base 35,000 THB + commission", "35,000 THB", "THB", 35000.0),
        ("Pendapatan CA$ 4,200/bulan", "CA$ 4,200/bulan", "CAD", 4200.0),
    ],
)
def test_pay_notations_are_read(text: str, quoted: str, currency: str, amount: float) -> None:
    money = find_money(text)
    assert [(m.span.text, m.currency, m.amount, m.kind) for m in money] == [
        (quoted, currency, amount, "salary")
    ]


def test_pataca_is_read_at_its_peg_to_the_hong_kong_dollar() -> None:
    (money,) = find_money("Gaji MOP 10,300 + komisi")
    assert money.currency == "HKD" and round(money.amount) == 10_000


@pytest.mark.parametrize(
    "text",
    [
        "Usia 18–40, 15 juta sebulan",  # the age word belongs to "18–40"
        "Gaji tinggi 15 juta",  # "tinggi" is not a height here
        "no exp, Rp 15 juta",
    ],
)
def test_words_for_ages_and_phones_do_not_claim_money(text: str) -> None:
    assert [m.kind for m in find_money(text)] == ["salary"]


def test_a_daily_promise_after_a_commission_is_pay() -> None:
    kinds = [
        (m.span.text, m.kind, m.period)
        for m in find_money("Komisi 50rb per tugas, sehari bisa 500rb")
    ]
    assert kinds == [("50rb", "other", None), ("500rb", "salary", "day")]


def test_a_period_of_another_list_item_is_not_read_into_a_fee() -> None:
    money = find_money("gaji cair tiap hari 350rb | isi saldo misi 200rb")
    assert [(m.kind, m.period) for m in money] == [("salary", "day"), ("fee", None)]


def test_height_and_phone_stay_out() -> None:
    assert find_money("tinggi 160 cm, hp 0812 3456 7890") == []


# --- high_pay -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dibuka loker Myanmar admin game | gaji 1.500$ | tdk perlu pengalaman | wa 0822-1111-2222",
        "Kerja Kuwait, pembantu rumah tangga. Gaji 400 dinar bersih. WA 0812 0000 1111",
        "Tawaran kerja di Dubai, jurujual. Gaji AED 6,000 + komisen, tiada pengalaman.",
        "Terapis spa di Istanbul, cewek cantik umur 18-23, gaji Rp20 jt, tiket dibayarin",
        "kerja online dr rumah, like video. Komisi 50rb per tugas, sehari bisa 500rb. DM",
    ],
)
def test_high_pay_reads_real_pay_notations(text: str) -> None:
    assert _fires("high_pay", text)


@pytest.mark.parametrize(
    "text",
    [
        # A licensed welder placement in Singapore accepting junior-high leavers.
        "Tukang las galangan kapal – Singapura. PT Mitra Las (SIP3MI). Min. SMP/SMA, sehat. "
        "Upah S$1.400–1.800 + lembur. Work permit diurus P3MI sesuai prosedur.",
        # An ordinary shop job in Jambi with an age line before the pay.
        "Dicari kasir toko di Kota Jambi, usia 18–30, 3,5 juta sebulan. WA 0812 1234 5678",
    ],
)
def test_high_pay_stays_quiet_on_ordinary_pay(text: str) -> None:
    assert _fires("high_pay", text) is None


# --- visa_misuse ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("PRT ke Doha, transit Malaysia dulu biar aman di bandara", "biar aman di bandara"),
        ("Alur = visa 'azad' beli dari sponsor", "azad"),
        ("Ikut rombongan umroh, setelah itu langsung kerja di Jeddah", "rombongan umroh"),
        ("Japan factory: short-term stay dulu, status diganti di sana", "status diganti"),
        ("Visitor visa first, employer converts", "employer converts"),
        ("Kerja kilang Ipoh. Tak perlu permit, cukup pasport. WA", "cukup pasport"),
        ("Masuk Singapore guna social visit dulu, work permit kita apply after", "apply after"),
        ("Kerja CS di Yangon, gaji 1.300$. Berangkat rombongan lewat Bangkok.", "lewat Bangkok"),
        ("kerjo di Thailand, ke Bangkok trus naik mobil, cukup paspor, visa dak usah", "dak usah"),
        ("Kebun Malaysia, lewat Tanjung Balai, ada yg jemput di pantai", "jemput di pantai"),
    ],
)
def test_visa_misuse_reads_the_ways_people_write_it(text: str, quote: str) -> None:
    quoted = _fires("visa_misuse", text)
    assert quoted and any(quote.lower() in q.lower() for q in quoted)


@pytest.mark.parametrize(
    "text",
    [
        "Operator pabrik Taiwan via P3MI. Visa kerja dan izin kerja diurus sebelum berangkat.",
        "Social media moderator in Bangkok, work permit and Non-B visa by the employer.",
        "Kerja spa di KL, tak perlu permit, boss uruskan.",  # no entry cue: left to other flags
    ],
)
def test_visa_misuse_stays_quiet_on_proper_routes(text: str) -> None:
    assert _fires("visa_misuse", text) is None


# --- restricted_destination -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Lowongan sopir pribadi keluarga di Doha, Qatar. Gaji 1,710 QAR.", "sopir pribadi"),
        ("Dicari juru masak keluarga, Amman, Yordania. USD 400.", "juru masak keluarga"),
        ("Baby sitter needed in Manama, Bahrain. SAR 1.900", "baby sitter"),
        ("Customer Experience Associate, based in Koh Kong, Cambodia. US$1.1k", "customer exp"),
        ("Business Development Associate, Shwe Kokko, Myanmar. THB 35,000", "business dev"),
        ("korea EPS lewat PT kami aja mas, gk usah antri daftar sendiri", "lewat pt kami"),
    ],
)
def test_restricted_destination_reads_household_and_scam_hub_work(text: str, quote: str) -> None:
    quoted = _fires("restricted_destination", text)
    assert quoted and any(quote in q.lower() for q in quoted)


def test_restricted_destination_quiet_on_a_reply_line_in_bangkok() -> None:
    text = "Data analyst, kantor Bangkok, USD 2.500. Balas pesan ini untuk lanjut."
    assert _fires("restricted_destination", text) is None


# --- upfront_fee ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("tugas kasih rating | gaji cair tiap hari 350rb | isi saldo misi 200rb", "200rb"),
        ("Wajib ikut photoshoot portofolio berbayar Rp1,5 jt.", "berbayar"),
        ("Tiket dipinjamkan, bayar cicil dari gaji", "cicil dari gaji"),
        ("Tiket pesawat ganti dari gaji, mess disediakan", "ganti dari gaji"),
        ("mess free, cash bon available, deduct later", "deduct"),
        ("Payment: salary cut first 3 months for agent", "salary cut"),
        ("Join VIP team (top-up 200k to unlock higher commission)", "200k"),
    ],
)
def test_upfront_fee_reads_costs_taken_before_or_from_pay(text: str, quote: str) -> None:
    quoted = _fires("upfront_fee", text)
    assert quoted and any(quote in q.lower() for q in quoted)


@pytest.mark.parametrize(
    "text",
    [
        "Staf gudang Jambi, gaji 4 juta, cuti berbayar 12 hari, BPJS. Tanpa biaya apa pun.",
        "Kasir minimarket, gaji dibayar tiap bulan, tidak ada potongan gaji.",
    ],
)
def test_upfront_fee_quiet_on_honest_pay_terms(text: str) -> None:
    assert _fires("upfront_fee", text) is None


# --- packages, permits later, passports, compound towns, SPSK and Korea ------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Package: AED 5,500 – 8,000 + uncapped commission", "salary"),
        ("Package AED 6.000/mo plus commission.", "salary"),
        ("package AUD 5,000 all in (school + ticket + job)", "fee"),
        ("Our consultancy package: IDR 38,500,000 (document legalisation)", "fee"),
        ("uang bulanan 20 jt + apartemen", "salary"),
        ("staf administrasi, 9jt, biaya seragam 2,2jt", "salary"),
    ],
)
def test_package_and_allowance_words_read_as_pay_or_price(text: str, kind: str) -> None:
    assert find_money(text)[0].kind == kind


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Kilang Johor. Masuk lewat Batam naik feri, kerja dulu permit nyusul.", "permit nyusul"),
        ("Kebun sawit Malaysia tnp paspor, lewat Dumai, RM 4.000", "tnp paspor"),
        ("Lewat jalur umroh ke Saudi, bilangnya mau ibadah", "bilangnya mau ibadah"),
        ("Kerja bangunan Sabah, via Nunukan–Tawau jalur darat", "jalur darat"),
        ("Admin online di Mae Sot, apartemen free pake visa turis dulu", "visa turis"),
        ("kilang di Malaysia, masuk guna pasport biasa je, boss uruskan", "pasport biasa"),
        ("Hiring for Myanmar (KK Park area). Travel via Mae Sot.", "via mae sot"),
    ],
)
def test_visa_misuse_second_round(text: str, quote: str) -> None:
    quoted = _fires("visa_misuse", text)
    assert quoted and any(quote in q.lower() for q in quoted)


@pytest.mark.parametrize(
    "text",
    [
        "Jaga toko di Batam tanpa paspor, cukup KTP, gaji 4 juta",  # a job at home
        "Helper Taiwan, paspor gk usah pusing kami bantu urus di kantor imigrasi",
    ],
)
def test_visa_misuse_quiet_without_a_border_to_dodge(text: str) -> None:
    assert _fires("visa_misuse", text) is None


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Seeking ladies 18–26 for guest relation officer role in Phnom Penh.", "guest relation"),
        ("TKW Arab Saudi jalur SPSK, majikan perorangan, berangkat pakai visa umrah", "tkw"),
        (
            "Program G to G Korea Selatan (EPS) jalur khusus, biaya 5 juta ke rekening a.n. Budi",
            "jalur khusus",
        ),
        ('bro nak kerja kat laos tak? jaga "sistem" je, gaji usd1300', "sistem"),
        ("job in Oman cleaner for family, 150 OMR, ticket paid", "cleaner for family"),
    ],
)
def test_restricted_destination_second_round(text: str, quote: str) -> None:
    quoted = _fires("restricted_destination", text)
    assert quoted and any(quote in q.lower() for q in quoted)


@pytest.mark.parametrize(
    "text",
    [
        "Info SPSK Arab Saudi: penata laksana rumah tangga lewat syarikah berizin. Visa umrah "
        "tidak boleh dipakai untuk bekerja.",
        "Program EPS G to G Korea Selatan resmi. Tidak ada jalur khusus atau titipan.",
    ],
)
def test_restricted_destination_quiet_on_official_notices(text: str) -> None:
    assert _fires("restricted_destination", text) is None


# --- high_pay: skills waived, the recruiter's own record, lure titles in the scam hubs -------


@pytest.mark.parametrize(
    "text",
    [
        "Working holiday Australia, usia 18-30, tanpa IELTS, kerja pabrik daging gaji 70jt",
        "Dubai hostess lounge. Kami perusahaan yang telah berpengalaman lebih dari 10 tahun. "
        "Wanita 18-24, cantik, single. USD 2,000 + tips",
        "Hiring for Myanmar (KK Park area) – IT support / typing. Monthly $1,400",
    ],
)
def test_high_pay_not_exempted_by_skills_nobody_is_asked_for(text: str) -> None:
    assert _fires("high_pay", text)


@pytest.mark.parametrize(
    "text",
    [
        "Senior Mechanical Engineer – LNG plant, Qatar. Min. 8 tahun pengalaman, S1 Teknik "
        "Mesin, certified. Gaji USD 6.500/bulan.",
        "Backend developer (Go) – Cebu, Philippines. Work visa before departure; 3+ years "
        "experience, live coding test. PHP 120,000/month.",
        "QC supervisor, garment factory in Phnom Penh, USD 1,400/month, work permit before "
        "departure.",
    ],
)
def test_high_pay_quiet_on_skilled_roles(text: str) -> None:
    assert _fires("high_pay", text) is None


# --- upfront_fee: charges named after the sum, task deposits, debts taken from pay -----------


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Operator, USD1,050 monthly; Rp 2.500.000 registration; fly this week", "2.500.000"),
        ("Cukup bawa KTP & 2 juta untuk booking tiket", "2 juta"),
        (
            "Peserta wajib reservasi tiket & hotel melalui travel rekanan panitia sebesar "
            "Rp2.150.000",
            "2.150.000",
        ),
        (
            "Cost: administrative deposit. Payment must be made within 3 working days.",
            "administrative deposit",
        ),
        ("follow TikTok shops, join VIP mission with small deposit", "small deposit"),
        ("tugas boost order toko online pakai saldo sendiri, dikembalikan + komisi", "saldo"),
        ("Marketing chat Kamboja. Putus kontrak ganti rugi USD 3.000", "ganti rugi"),
        ("Paspor kami pegang dulu sampai hutang tiket lunas", "hutang tiket"),
    ],
)
def test_upfront_fee_third_round(text: str, quote: str) -> None:
    quoted = _fires("upfront_fee", text)
    assert quoted and any(quote in q.lower() for q in quoted)


@pytest.mark.parametrize(
    "text",
    [
        "Pembantu rumah ke Oman | 1.600 riyal | visa kerja diurus agensi",
        "Barista – cafe di Talang Bakung – Rp 2.500.000\n• Admin toko sparepart – 2,7 juta",
        "Gaji 5 juta, bisa bawa pulang 8 juta per bulan",
    ],
)
def test_upfront_fee_quiet_when_the_word_after_is_not_a_charge(text: str) -> None:
    assert _fires("upfront_fee", text) is None


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Cuci kereta Pasir Gudang, masuk dulu, nanti kita 'tukar' status", "status"),
        (
            "Kerja di Myanmar, chat support, visa on arrival aja, rahasiakan dari ortu biar ga "
            "dilarang",
            "visa on arrival",
        ),
        ("Kerja toko di Thailand, pakai visa bebas 30 hari aja, nanti diperpanjang", "visa bebas"),
        ("Rumah makan Kelantan, paspor boleh pakai paspor melancong dulu", "melancong"),
        (
            "Interns enter on a short-stay Schengen visa and switch to work status after arrival",
            "switch to work status",
        ),
    ],
)
def test_visa_misuse_third_round(text: str, quote: str) -> None:
    quoted = _fires("visa_misuse", text)
    assert quoted and any(quote in q.lower() for q in quoted)
