"""``unclear_procedure`` and ``document_fraud`` read the ways people really write that the
official route is skipped or the papers are fixed, and the quote shows those words; warnings and
honest adverts that use the same words stay clear."""

from __future__ import annotations

import pytest

from tests.classifier.rule_quotes import quotes


def _quotes(text: str, code: str) -> list[str] | None:
    return quotes(text, code, lower=True)


# (advert, words the quote must contain)
PROCEDURE_DODGED = [
    # the local office waved away with words between
    ("Kerja kebun di Sabah gaji RM 1.900. Tak usah ke kantor Disnaker, kami urus.", "disnaker"),
    ("Lowongan Taiwan. Tidak perlu mengurus ke Disnaker daerah, cukup kirim KTP.", "disnaker"),
    ("Kerja di Dubai, no ribet, kagak ngurus ke dinas. WA aja.", "dinas"),
    # no agency, no passport, no government process
    ("Kerja ladang di Brunei BND 800. Tak payah melalui agensi, DM saya.", "agensi"),
    ("Kerja konstruksi ke Sarawak, gak perlu paspor, ada yang antar. Hub 0812 0000 1111", "paspor"),
    ("Kerja di Johor, paspor tak payah. Ongkos 2 juta.", "paspor"),
    ("Amah di KL RM 2.000. Tak perlu ikut proses kerajaan, kami bawa masuk.", "proses kerajaan"),
    ("Farm work in Latvia EUR 1.900. Student status, no work visa needed. PM me.", "work visa"),
    # the official tests and certificates skipped, a pass promised
    ("Kerja pabrik Korea, tidak perlu ikut ujian EPS-TOPIK. Biaya 40 jt.", "eps"),
    ("Farm jobs in Canada CAD 3.800, no IELTS needed, visa fee RM 5,000.", "ielts"),
    ("ABK kapal pesiar USD 1.500, tanpa sertifikat, biaya 10 jt.", "sertifikat"),
    ("Kursus bahasa Korea 3 bulan, dijamin lolos EPS, biaya 35 jt.", "dijamin lolos"),
    ("Kerja ladang di Kanada, yuran visa RM4,500, jaminan lulus 100%.", "jaminan lulus"),
    ("Taiwan caregiver NT$20.000, medical di klinik kenalan, aman. DP 1 juta.", "klinik kenalan"),
    ("Korea E-9 pabrik, alur: kuota titipan dari orang dalam. Transfer 25 jt.", "kuota titipan"),
    ("Pelatihan BLK bisa diganti kursus 2 hari di kantor kami. Hong Kong HK$5.100.", "diganti"),
    # the border crossed outside the checks
    ("Kerja kebun di Pahang RM 80 sehari, boleh masuk ikut jalan tikus. Kos RM 1,000.", "tikus"),
    ("Kerja di Myanmar USD 1.000, terbang ke Bangkok lalu lewat jalur darat.", "jalur darat"),
    ("Kerja kilang di Johor, naik speed malam dari Tanjung Balai. Ongkos 3 jt.", "speed malam"),
    ("Kerja kebun di Sabah, ada orang jemput di pantai. Bayar 2 jt.", "jemput di pantai"),
    ("Kerja kedai di KL, kalau ada razia sembunyi aja di gudang. Gaji RM 1.800.", "razia"),
    ("Pembantu rumah ke Kuwait, bertolak dari KL untuk elak pemeriksaan di Jakarta.", "elak"),
    (
        "Kerja sawit di Tawau, jalan dari Nunukan naik speedboat terus ke Tawau. Kos RM 900.",
        "speed",
    ),
    ("Kerja kebun di Sabah, tak payah cop pasport. Gaji RM 1.900.", "cop"),
    ("Kerja kilang di KL RM 2,000, jangan risau soal visa. PM.", "risau"),
    (
        "Kerja di Pahang, masuk sebagai turis, nanti di sana 'diputihkan'. RM 70 sehari.",
        "diputihkan",
    ),
    ("Kerja Korea konstruksi, kuota EPS khusus untuk peserta lembaga kami. Biaya 35 jt.", "kuota"),
    ("Korea EPS job guaranteed, program fee Rp 30 juta. PM.", "guaranteed"),
    (
        "Farm work in Poland. Registration with your local manpower office is not required.",
        "manpower",
    ),
    ("Kerja gudang di Rumania, tidak ada OPP, tidak ada antri di Disnaker.", "opp"),
    # the work visa replaced by a visit pass
    ("Tukang urut di KL RM 5,000, datang guna pas lawatan, kerja terus.", "kerja terus"),
    # no written contract, or one signed on arrival
    ("Kerja binaan di Selangor RM 2,500, tiada kontrak, kerja dulu. PM.", "tiada kontrak"),
    ("Pabrik di Taiwan NT$30.000. Kontrak ditandatangani di lokasi setelah tiba.", "kontrak"),
    ("Kilang di Penang, urusan dokumen nanti di seberang. Gaji RM 2.000.", "dokumen"),
]


@pytest.mark.parametrize(("text", "quoted"), PROCEDURE_DODGED)
def test_unclear_procedure_reads_the_route_dodged(text: str, quoted: str) -> None:
    quotes = _quotes(text, "unclear_procedure")
    assert quotes is not None, text
    assert any(quoted in q for q in quotes), quotes


PROCEDURE_HONEST = [
    # warnings that name the same dodges
    "Pengumuman desa: yang mau kerja ke Malaysia lapor dulu. Jangan berangkat lewat jalur tikus.",
    "Info resmi Disnaker: daftar di LTSA.\nJgn percaya yang menjanjikan pasti lulus.",
    "Tidak ada jalur khusus, jalur titipan atau garansi lulus. Daftar sendiri di KP2MI.",
    "No course, LPK or agent can guarantee a pass. EPS is government-to-government only.",
    "Siasatan awal mendapati mereka dibawa masuk melalui jalan tikus oleh seorang tekong.",
    # honest adverts
    "Kerja kebun di Riau, gaji 3,5 jt. Syarat cuma paspor, gk perlu ijazah. Hub 0812 3333 4444",
    "Pabrik di Batam. Biaya: tanpa biaya\nDaftar di LTSA Kota Jambi, lalu seleksi.",
    "Staf gudang di Jambi. Tidak perlu ijazah\nSiap kerja shift. Gaji 3 jt.",
    "Klinik kami adalah klinik pratama rawat inap. Dicari perawat, gaji UMK.",
    "Belajar mengenali tawaran palsu seperti 'Korea guaranteed placement' di balai desa.",
    "Kerja ke Korea hanya lewat jalur EPS G to G. Daftar sendiri, tes EPS-TOPIK di bank.",
    "Pekerja yang berangkat dengan paspor pelancong tanpa visa kerja berisiko ditangkap.",
]


@pytest.mark.parametrize("text", PROCEDURE_HONEST)
def test_unclear_procedure_leaves_warnings_and_honest_adverts(text: str) -> None:
    assert _quotes(text, "unclear_procedure") is None


DOCS_FIXED = [
    # a missing paper "made" by the recruiter
    ("Staf gudang di Dumai gaji 9 jt. KTP belum ada bisa dibantu. DM aja.", "ktp belum ada"),
    ("Pelayan restoran KL RM 1.300. Ijazah tidak punya bisa dibantu.", "ijazah"),
    ("Kerja pabrik di Batam, KTP nanti dibuatkan yang baru. Gaji 8 jt.", "ktp nanti"),
    ("Kerja Brunei BND 700. Surat izin suami/ortu bisa kami buatkan.", "surat izin"),
    # the age or the birth date made to fit
    ("Pengasuh lansia di Abu Dhabi, umur max 50 (bs diatur). WA 0813 0000 2222", "umur"),
    ("Amah ke Qatar QAR 1,500, umur boleh dipinda. DM je.", "dipinda"),
    ("Helper Singapura S$1.000. Umur 16 juga bisa, tinggal ganti tahun lahir.", "tahun lahir"),
    ("Kerja LC di Batam, umur 17 pun ok, mess gratis. Inbox.", "umur 17 pun ok"),
    # certificates and seaman's books without the course or the test
    ("ABK kapal ikan, sertifikat BST & buku pelaut kami buatkan dalam 3 hari.", "kami buatkan"),
    ("Kerja Australia, sertifikat IELTS bisa kami sediakan. Paket 50 jt.", "ielts"),
    ("Kerja SSW Jepang, sertifikat bahasa siap pakai, tidak perlu ujian. 20 jt.", "siap pakai"),
    # someone else's identity
    ("Karaoke di Pekanbaru, tidak bawa KTP? bisa pake KTP kakak.", "ktp kakak"),
    ("Kerja kilang Malaysia, boleh guna paspor orang lain dulu. PM.", "paspor orang lain"),
    ("Kerja di Saudi, umur 17 bisa dituakan di paspor. WA saja.", "dituakan"),
    ("Kafe di Jakarta, cewek 18-24, KTP can be arranged. DM me.", "ktp can be arranged"),
    ("Kerja kilang di Penang, KTP gak ada jg bs. Brkt Kamis.", "ktp"),
    ("Jual sertifikat BST dan buku pelaut, siap kerja kapal. Hub 0813 0000 5555", "jual"),
    ("Helper di Singapura, paspor kami buatkan di Batam pakai alamat sana.", "alamat sana"),
    # papers held
    (
        "Helper tambang di Kaltim 10 jt. KTP & ijazah asli disimpan perusahaan selama kontrak.",
        "ktp",
    ),
    ("Kasir di Batam, buku tabungan & ATM dipegang HRD. Gaji 7 jt.", "atm"),
    ("Live host USD 2,000. Passport kept by management for safety.", "kept by"),
    ("Spa therapist KL RM 9,000. We hold your passport during contract.", "we hold"),
    ("Jaga rumah di Kuwait 5 jt. Paspor biar saya pegang sampai lunas.", "pegang"),
    (
        "Admin di Bavet USD 750, paspor diserahkan ke bagian personalia selama kontrak.",
        "diserahkan",
    ),
    ("Deckhand USD 380. Crew documents held by vessel master during the voyage.", "held by"),
    ("Guest relation di Bali, KTP ditahan manajer sampai kontrak habis.", "ditahan"),
    # passport made fast by an unlicensed recruiter
    ("Housekeeper Doha QAR 1,500. Passport we make in 1 week, only KTP & KK.", "we make"),
]


@pytest.mark.parametrize(("text", "quoted"), DOCS_FIXED)
def test_document_fraud_reads_papers_fixed_or_held(text: str, quoted: str) -> None:
    quotes = _quotes(text, "document_fraud")
    assert quotes is not None, text
    assert any(quoted in q for q in quotes), quotes


DOCS_HONEST = [
    "Factory operator Johor RM1,700, via licensed P3MI, PLKS by employer. Passport held by worker.",
    "Operator pabrik di Jambi, bawa KTP dan ijazah asli untuk diperiksa saat wawancara.",
    "Kisah PMI: di Riyadh paspornya dipegang majikan dan gajinya ditahan. Laporkan ke BP3MI.",
    "Staf toko di Jambi, umur 18-25, KTP aktif, ijazah SMA. Gaji UMK.",
    "Kerja di Taiwan sudah 3 tahun, paspor saya pegang sendiri, majikan baik.",
    "Admin data entry di Jambi, tugas: input dan penyesuaian data penjualan.",
    "Lamaran dan CV serahkan langsung ke HR di kantor kami, Jl. Sudirman.",
]


@pytest.mark.parametrize("text", DOCS_HONEST)
def test_document_fraud_leaves_honest_adverts(text: str) -> None:
    assert _quotes(text, "document_fraud") is None


def test_a_forged_age_is_not_excused_by_a_free_offer_after_it() -> None:
    # "gratis" after the words is a cost covered, which the fee rule reads; it says nothing
    # about whether the age on the passport is forged.
    quotes = _quotes(
        "Kerja kilang di Johor RM 1.800. Umur di paspor bisa diatur, gratis, tiket ditanggung.",
        "document_fraud",
    )
    assert quotes is not None and any("diatur" in q for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Syarat umur 18-35 tahun. Umur tidak bisa diatur, wajib sesuai KTP.",
        "Ijazah tidak bisa dibuatkan, bawa ijazah asli saat wawancara.",
    ],
)
def test_a_paper_rule_stated_as_a_denial_is_not_forgery(text: str) -> None:
    assert _quotes(text, "document_fraud") is None
