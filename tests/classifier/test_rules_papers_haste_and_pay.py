"""``pressure``, ``document_fraud`` and ``high_pay`` as people really write them (slang, Malay,
English), and honest adverts that must stay quiet. Every text here is written for the test."""

from __future__ import annotations

import pytest

from classifier.rules.context import build_context
from tests.classifier.rule_quotes import quotes


def _fires(code: str, text: str) -> list[str] | None:
    return quotes(text, code, alone=True)


# --- document_fraud -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Kerja kebun. Paspor adik nanti sy pegang dulu ya.", "Paspor adik nanti sy pegang"),
        ("Kerja kedai. Pasport dipegang oleh tauke biar tak lari.", "Pasport dipegang oleh tauke"),
        ("Jaga toko di KL, paspornya dipegang bos selama kerja.", "paspornya dipegang bos selama"),
        (
            "Ijazah asli dan KTP dititipkan ke ketua kelompok sampai utang lunas.",
            "Ijazah asli dan KTP dititipkan ke ketua kelompok sampai utang lunas",
        ),
        (
            "Your passports are collected on arrival and then retained by the restaurant owner.",
            "passports are collected on arrival and then retained by the restaurant",
        ),
        ("Pekerja kilang, umur dalam dokumen akan diuruskan.", "umur dalam dokumen akan diuruskan"),
        ("Syarat: umur max 40, bisa diatur kalau lewat.", "umur max 40, bisa diatur"),
        ("Ijazah tak ada? Umur lewat? Semua bisa diurus.", "Umur lewat? Semua bisa diurus"),
        ("Umur gak masalah, nanti dipinjami KTP sodara.", "dipinjami KTP sodara"),
        (
            "Sertifikat BST dan CCM diurus kantor dalam 3 hari tanpa pelatihan.",
            "Sertifikat BST dan CCM diurus kantor dalam 3 hari tanpa pelatihan",
        ),
        (
            "Our partner can issue the certificates without you taking the test.",
            "issue the certificates without you taking the test",
        ),
        ("Kerja ladang. Pasport takde? Kami buat.", "Pasport takde? Kami buat"),
    ],
)
def test_papers_fixed_or_held_are_seen(text: str, quoted: str) -> None:
    quotes = _fires("document_fraud", text)
    assert quotes is not None and quoted in quotes


@pytest.mark.parametrize(
    "text",
    [
        "Paspor dipegang oleh pekerja sendiri selama kontrak, sesuai aturan.",
        "Your passport is kept by you at all times; the employer holds no documents.",
        "Usia 21-40 tahun, sehat jasmani dan rohani, pengalaman 1 tahun.",
        "Sertifikat pelatihan diberikan setelah lulus ujian kompetensi di BLK.",
    ],
)
def test_honest_papers_stay_quiet(text: str) -> None:
    assert _fires("document_fraud", text) is None


# --- pressure -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Lowongan kasir. Wawancara hanya dibuka hari ini.", "Wawancara hanya dibuka hari ini"),
        ("Kuota job ini hanya sampai akhir bulan.", "Kuota job ini hanya sampai akhir bulan"),
        ("Slot terakhir minggu ini, hubungi admin.", "Slot terakhir minggu ini"),
        (
            "Yang tidak transfer hari ini dianggap gugur.",
            "Yang tidak transfer hari ini dianggap gugur",
        ),
        ("Kerja kilang, kena pergi malam ni juga.", "pergi malam ni"),
        ("Waitress in Dubai, start tomorrow, DM me.", "start tomorrow"),
        ("Flight within 2 weeks after signing.", "Flight within 2 weeks"),
        ("Kerja restoran, tempat 2 orang je lagi.", "tempat 2 orang je"),
        ("Tak perlu bagitahu mak ayah dulu ya.", "Tak perlu bagitahu mak"),
        (
            "The deposit of Rp 5.000.000 must be settled within 2 working days.",
            "deposit of Rp 5.000.000 must be settled within 2 working days",
        ),
        ("brkt bulan depan gak pake lama, chat aja", "brkt bulan depan gak pake lama"),
    ],
)
def test_haste_and_secrecy_are_seen(text: str, quoted: str) -> None:
    quotes = _fires("pressure", text)
    assert quotes is not None and quoted in quotes


@pytest.mark.parametrize(
    "text",
    [
        "Interview setiap hari Senin sampai Jumat di kantor kami.",
        "Departure within 8 weeks after the visa is issued; training first.",
        "Gaji dibayar tiap tanggal 1, lembur dibayar.",
        "Respon admin gak pake lama, silakan tanya jam kerja.",
    ],
)
def test_honest_schedules_stay_quiet(text: str) -> None:
    assert _fires("pressure", text) is None


# --- high_pay -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # "Nagoya" beside Batam is Batam's district, not Japan: judged at home.
        ("Kafe di Nagoya, Batam cari waitress wanita 18-24, single. Gaji 8-12 jt.", "8-12 jt"),
        ("Lounge Batam (daerah Nagoya) butuh LC cantik, gaji 9 juta/bln.", "9 juta/bln"),
        # Young and unattached women abroad, no skill asked.
        ("Need girls (18-23), must be single, hotel job in Erbil, Iraq. Salary $1,500.", "$1,500"),
        # Pay in a clause of its own after a charge.
        (
            "Kerja ladang Kanada, yuran visa RM3,800, jaminan lulus, CAD 4500 sebulan.",
            "CAD 4500 sebulan",
        ),
        # Anyone taken.
        ("Kerja pabrik di Hong Kong, SD pun bisa, gaji HK$12.000.", "HK$12.000"),
    ],
)
def test_high_pay_mechanisms(text: str, quoted: str) -> None:
    quotes = _fires("high_pay", text)
    assert quotes is not None and quoted in quotes


@pytest.mark.parametrize(
    "text",
    [
        "Kasir di Nagoya, Batam, wanita 18-25, gaji Rp 5.000.000.",
        "Kasir minimarket di Jakarta, wanita usia 18-25, gaji Rp 5.400.000.",
        "Operator pabrik di Penang, lulusan SD pun boleh, gaji RM1.700 sebulan.",
        "Restoran Jepang di Tokyo cari koki berpengalaman 5 tahun, gaji ¥280.000.",
    ],
)
def test_honest_pay_stays_quiet(text: str) -> None:
    assert _fires("high_pay", text) is None


def test_a_repayment_after_a_fee_stays_a_fee() -> None:
    from classifier.salary import find_money

    kinds = [(m.span.text, m.kind) for m in find_money("Biaya 40 juta, sisanya 5 juta per bulan")]
    assert kinds == [("40 juta", "fee"), ("5 juta per bulan", "fee")]
    kinds = [(m.span.text, m.kind) for m in find_money("Biaya Rp 40 juta, Rp 5 juta per bulan")]
    assert kinds == [("Rp 40 juta", "fee"), ("Rp 5 juta per bulan", "fee")]


@pytest.mark.parametrize(
    ("code", "text", "quoted"),
    [
        ("document_fraud", "Kerja karaoke, 16 years old ok.", "16 years old ok"),
        ("document_fraud", "Usia 18-25 (yg 17 tahun boleh ikut).", "17 tahun boleh"),
        (
            "document_fraud",
            "Kerja ladang Johor, dak payah paspor, naik pompong.",
            "dak payah paspor",
        ),
        (
            "document_fraud",
            "Bawa paspor asli, yang akan kami simpan.",
            "paspor asli, yang akan kami simpan",
        ),
        (
            "document_fraud",
            "Ijazah tidak sesuai umur? Bisa kami bantu.",
            "tidak sesuai umur? Bisa kami bantu",
        ),
        (
            "document_fraud",
            "Masuk sbg pelancong, nanti bos yg simpan paspornya.",
            "bos yg simpan paspornya",
        ),
        ("pressure", "Kerja Saudi, minggu depan ada kloter, inbox.", "minggu depan ada kloter"),
        (
            "pressure",
            "Work in Poland, register before end of month.",
            "register before end of month",
        ),
        ("pressure", "Kuota bulan ini 3 orang lagi!", "Kuota bulan ini 3 orang lagi"),
        (
            "pressure",
            "Bayar 5 juta dulu untuk permit, paling lambat akhir minggu.",
            "Bayar 5 juta dulu untuk permit, paling lambat akhir minggu",
        ),
    ],
)
def test_more_phrasings_are_seen(code: str, text: str, quoted: str) -> None:
    quotes = _fires(code, text)
    assert quotes is not None and quoted in quotes


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("document_fraud", "Dicari kasir cewek 17-22 di Jambi, gaji UMK."),
        ("document_fraud", "Pengalaman 10 tahun bisa jadi nilai tambah."),
        # An application's copies handed in are not papers held.
        ("document_fraud", "Fotokopi KTP dan ijazah diserahkan ke HRD paling lambat Jumat."),
        ("pressure", "Kuota 30 orang, proses resmi lewat Disnaker."),
        ("pressure", "Lamaran dikirim paling lambat akhir bulan ke email HRD."),
    ],
)
def test_more_honest_adverts_stay_quiet(code: str, text: str) -> None:
    assert _fires(code, text) is None


def test_malay_adverts_that_send_people_abroad_are_judged() -> None:
    text = "Program kerja luar negara, lepasan SPM, tiada pengalaman, RM8,000 sebulan. WS kami."
    assert build_context(text).local_abroad
    quotes = _fires("high_pay", text)
    assert quotes is not None and "RM8,000 sebulan" in quotes


def test_malay_adverts_for_local_workers_stay_quiet() -> None:
    text = "Warganegara Malaysia sahaja. Pemandu lori di Klang, tiada pengalaman, RM4,000 sebulan."
    assert _fires("high_pay", text) is None


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Kata agennya pekan depan udah tutup, transfer aja.", "pekan depan udah tutup"),
        ("anyone want job in laos? dm before the quota is full", "before the quota is full"),
        ("Interview cuma Rabu dan Kamis ini di hotel.", "cuma Rabu dan Kamis ini"),
        ("Kapal berangkat, jgn kelamaan mikir bro.", "jgn kelamaan mikir"),
        ("Bulan ini tinggal 4 kursi lagi.", "Bulan ini tinggal 4 kursi"),
    ],
)
def test_more_haste_is_seen(text: str, quoted: str) -> None:
    quotes = _fires("pressure", text)
    assert quotes is not None and quoted in quotes


@pytest.mark.parametrize(
    "text",
    [
        "Kantor buka Senin dan Selasa, jam 8 sampai 4.",
        "Pendaftaran ditutup akhir bulan, lamaran dikirim ke email.",
        "Tidak ada uang kunci kuota, semua biaya tertulis di perjanjian.",
    ],
)
def test_more_honest_haste_stays_quiet(text: str) -> None:
    assert _fires("pressure", text) is None
