"""``unclear_procedure`` and ``vague_job`` as people write them: the work papers left until after
arrival, the border crossed with a pick-up, a job promised for a private course, the selection
waved away; and, for ``vague_job``, the work kept unexplained. The quote shows those words;
warnings and honest adverts that use the same words stay clear."""

from __future__ import annotations

import pytest

from tests.classifier.rule_quotes import quotes


def _quotes(text: str, code: str) -> list[str] | None:
    return quotes(text, code, lower=True)


# (advert, words the quote must contain)
PROCEDURE_FIRES = [
    ("Kerja kilang Penang RM 3.000. Permit kerja nanti diurus bila dah sampai. PM.", "permit"),
    ("Cleaner Singapore S$2.500, work permit apply kemudian, hubungi saya.", "work permit"),
    ("Sales in Doha QAR 6,000, start now, employment visa later. Text me.", "employment visa"),
    ("Tukang masak di Brunei, dokumen kerja diurus setelah tiba. Hub Pak Ali.", "dokumen kerja"),
    ("Kerja ladang Sabah, izin kerja katanya dibereskan di sana. Minat japri.", "izin kerja"),
    ("Waiter Dubai AED 3.000, we change to work visa after one month. DM.", "work visa"),
    ("Admin di Myawaddy 1.200 USD, transit Bangkok lalu dijemput di perbatasan. DM.", "dijemput"),
    ("Typing job Thailand USD 1.000, travel via Mae Sot, ticket free. Inbox.", "mae sot"),
    ("Pabrik Korea gaji 30 jt, penempatan dijamin setelah pelatihan di LPK kami.", "dijamin"),
    ("Hotel staff Japan, guaranteed placement after our 2-month course, fee 20 jt.", "guaranteed"),
    ("Magang Jepang ¥200.000, tidak perlu ikut seleksi Disnaker, biaya 40 jt.", "seleksi"),
    ("Farm Hokkaido ¥170.000, no exam, placement fee USD 2.000. Email us.", "no exam"),
    ("Kerja ladang Sabah RM 2.000, via Nunukan–Tawau jalur darat, tiket bos tanggung.", "darat"),
    ("Ke Korea sektor pabrik, garansi berangkat 100%, uang kembali kalau gagal.", "garansi"),
    ("Operator di Bavet, Kamboja, gaji 20 jt, tinggal bawa paspor. Japri.", "tinggal bawa paspor"),
    ("Admin di Phnom Penh 1.000 USD, bebas visa 30 hari, nanti diurus kantor. DM.", "nanti diurus"),
    ("Ladang di Selangor RM 2.500, masuk pas lawatan, PLKS diproses selepas tiba.", "plks"),
    ("Cruise jobs USD 3.000, fee 7 jt, 100% guaranteed boarding. Inbox me.", "guaranteed boarding"),
    ("Typist in Tachileik $1,300, our driver takes you across the river. Telegram.", "river"),
    ("ABK kapal ikan Taiwan, BST kami buatkan, tidak perlu ikut diklat. Hub Pak Ali.", "diklat"),
    ("Kerja sawit di Kalimantan 8 jt, tidak ada kontrak, ikut aja dulu. Japri.", "kontrak"),
    ("Pabrik di Batam 5 jt, interview video call, berangkat 3 hari setelah lolos.", "3 hari"),
    ("CS Representative – Manila, USD 1,300. Tiket & visa diurus perusahaan. WA kak Sari.", "visa"),
]


@pytest.mark.parametrize(("text", "quote"), PROCEDURE_FIRES)
def test_unclear_procedure_fires_and_quotes(text: str, quote: str) -> None:
    quotes = _quotes(text, "unclear_procedure")
    assert quotes is not None, text
    assert any(quote in q for q in quotes), quotes


PROCEDURE_CLEAR = [
    # warnings against the very promise
    "AWAS! Jangan percaya ejen yang menjanjikan permit kerja diurus kemudian. Lapor ke pihak "
    "berkuasa.",
    "SSW info session. Any party promising a guaranteed placement for money is not part of the "
    "programme.",
    "Waspada! Jangan percaya agen yang kasih garansi berangkat tanpa seleksi resmi.",
    "Berita: dari Bangkok ia dibawa lewat darat menyeberangi sungai tanpa pemeriksaan, kini "
    "sudah dipulangkan KBRI.",
    # the visa arranged by a company that walks through the official steps
    "PT Contoh Jaya (SIP3MI resmi), operator pabrik Taiwan. Alur: daftar SIAPkerja, seleksi, "
    "medical di klinik resmi, OPP di BP3MI, tanda tangan kontrak. Tiket & visa diurus "
    "perusahaan.",
    # "tanpa biaya" on one line, the licensed company on the next: two statements
    "Penempatan Taiwan, pabrik elektronik.\nBiaya: tanpa biaya\nP3MI: PT Contoh Jaya, SIP3MI "
    "No. 1/2/2025\nLangkah: daftar SIAPkerja, LTSA, seleksi, medical, OPP di BP3MI.",
    # an honest advert: the residence card issued after arrival, the selection described
    "PT Contoh Jaya (SIP3MI resmi). Iqama diurus majikan setelah tiba. Seleksi di Disnaker, "
    "medical di klinik resmi, OPP, tanda tangan kontrak.",
]


@pytest.mark.parametrize("text", PROCEDURE_CLEAR)
def test_unclear_procedure_stays_clear(text: str) -> None:
    assert _quotes(text, "unclear_procedure") is None


# vague_job: the real work hidden behind a euphemism.
VAGUE_FIRES = [
    ("Dicari cewek 20-25 untuk jadi teman ngobrol tamu, gaji 10 jt. DM.", "teman ngobrol"),
    ("Terapis spa Bali, nanti ditraining layanan plus, gaji 12 jt.", "layanan plus"),
    ("Model untuk private party di Jakarta, fee 3 juta semalam. Inbox.", "private party"),
    ("SPG rokok di Batam 9 jt, malamnya ada tugas tambahan. Japri.", "tugas tambahan"),
    ("Kami mencari 'Web Developer' di Laos, tak perlu bisa coding, USD 900.", "web developer"),
    ("Ada lowongan 'manajer keuangan', kerja remote, komisi 5%. Telegram aja.", "manajer"),
    ("Butuh pemanen sawit di Riau, PT tidak disebut, gaji 8 jt, brkt besok.", "tidak disebut"),
    ("Host live di Kamboja, cuma ngomong depan kamera, 1.500 dolar. DM.", "cuma ngomong"),
    ("Cari cewek buat kerja di club Bangkok, DM aja, aku jelasin kerjaannya nanti.", "jelasin"),
    ("Lowongan Laos – admin\nUser — perusahaan besar\nGaji USD 1.000", "perusahaan besar"),
]


@pytest.mark.parametrize(("text", "quote"), VAGUE_FIRES)
def test_vague_job_fires_and_quotes(text: str, quote: str) -> None:
    quotes = _quotes(text, "vague_job")
    assert quotes is not None, text
    assert any(quote in q for q in quotes), quotes


def test_vague_job_leaves_an_honest_advert() -> None:
    text = (
        "PT Contoh Spa Sehat, Denpasar. Terapis pijat refleksi. Tugas: melayani pijat kaki "
        "sesuai standar, jam kerja 10.00-19.00, gaji UMK + komisi. Kirim lamaran ke "
        "hrd@contohspa.co.id."
    )
    assert _quotes(text, "vague_job") is None


def test_admin_online_with_its_duties_is_not_vague() -> None:
    text = (
        "Admin Online - Toko Kosmetik Contoh, Bekasi. Gaji Rp 3,5 jt. Tanggung jawab: "
        "mengunggah produk ke marketplace, membalas chat pembeli, membuat laporan penjualan "
        "harian. Jam kerja 09.00-17.00."
    )
    assert _quotes(text, "vague_job") is None


def test_admin_online_without_duties_is_still_vague() -> None:
    text = "Dicari admin online, gaji 8 jt, kerja dari rumah, DM aja."
    assert _quotes(text, "vague_job") is not None
