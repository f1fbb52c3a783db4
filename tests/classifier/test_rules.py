"""The red-flag detectors: positives, hard negatives, and evidence that quotes the advert."""

from __future__ import annotations

import pytest

from classifier.rules import DETECTORS, detect_all
from vocabulary.red_flags import RED_FLAGS

# An official P3MI advert that lists the steps (docs/domain.md section 1): no rule should fire.
OFFICIAL_P3MI = (
    "PT Cahaya Mitra Samudra (P3MI, SIP3MI No. 1/1184/KP2MI/2024) membuka rekrutmen operator "
    "pabrik elektronik – Taiwan (Taoyuan). Gaji NT$28.590 + lembur, kontrak 3 tahun.\n"
    "Alur: daftar SIAPkerja, verifikasi di LTSA/Disnaker Kota Jambi, seleksi & wawancara user, "
    "medical di klinik yang ditunjuk, tanda tangan perjanjian kerja, OPP di BP3MI Jambi, visa "
    "kerja terbit, berangkat. Tidak ada biaya penempatan; tiket dan visa ditanggung majikan.\n"
    "Kantor cabang: Jl. Sumantri Brojonegoro No. 21, Telanaipura. Telp (0741) 668213. "
    "Email rekrut@cahayamitra.co.id"
)
# A local warung hiring in Jambi with a WhatsApp number only.
WARUNG = (
    "Warung Bakso Mas Parto cab. Simpang Kawat cari 1 karyawan laki-laki, usia 18–30. "
    "Kerja 10.00–21.00, libur seminggu sekali. Gaji 2,5jt + makan. WA 0819-2744-6031"
)
# A senior engineer abroad with high, deserved pay.
SENIOR_ENGINEER = (
    "Senior Mechanical Engineer – LNG plant, Qatar. PT Prima Teknik Global (P3MI, SIP3MI No. "
    "3/0455/2024). Min. 8 tahun pengalaman, S1 Teknik Mesin, certified. Gaji USD 6.500/bulan. "
    "Proses: SIAPkerja, LTSA, OPP, visa kerja. Kantor Jl. Gatot Subroto No. 1, Jambi."
)
NOTICE = (
    "Siaran Pers BP3MI Jambi: petugas menggagalkan keberangkatan 7 calon PMI non-prosedural. "
    "Para korban dijanjikan kerja admin di Kamboja gaji USD 1.000 dengan visa wisata. "
    "Masyarakat diimbau hanya mendaftar melalui P3MI berizin."
)
HARD_NEGATIVES = [OFFICIAL_P3MI, SENIOR_ENGINEER, NOTICE]

POSITIVES: dict[str, list[str]] = {
    "high_pay": [
        "Kerja pabrik di Malaysia gaji RM 5,000 sebulan, tanpa pengalaman, lulusan SD boleh.",
        "Loker Kota Jambi: admin toko, gj 15jt/bln, kerja ringan, tdk perlu ijazah. "
        "WA 0812-1111-2222",
        "Kerja like & subscribe dari rumah, Rp 400rb per hari! Japri",
    ],
    "upfront_fee": [
        "Kerja di Taiwan. Biaya proses Rp 25.000.000 transfer ke rek BRI 1234 5678 90 a.n. Budi.",
        "Wajib bayar DP 2jt dulu utk medical & pelatihan, sisanya potong gaji.",
        "Pay RM800 registration fee before interview.",
    ],
    "unclear_procedure": [
        "Kerja Malaysia proses cepat, langsung berangkat, tidak perlu ke Disnaker.",
        "Ke Jepang tanpa tes, tanpa pelatihan, 2 minggu terbang!",
        "No training needed, contract on arrival, fly within 2 weeks.",
    ],
    "unlicensed_recruiter": [
        "Ada lowongan ke Malaysia kerja kebun, lewat sponsor Pak Darto. WA 0812-7777-8888",
        "Kerja di Taiwan pabrik, gaji 25jt. Hubungi saya, saya bisa berangkatkan. 0813-1111-2222",
        "Lowongan ke Arab Saudi untuk sopir, info japri 0852-1234-5678",
    ],
    "informal_contact": [
        "Lowongan kerja Malaysia, minat japri 0812-3456-7890",
        "Kerja di Kamboja, gaji USD 1.200. Telegram: @rekrut_cs",
        "Lowongan admin, kirim CV ke lowongan.kerja88@gmail.com, DM aja",
    ],
    "visa_misuse": [
        "Berangkat ke Riyadh pakai visa umrah, sampai sana langsung kerja.",
        "Masuk Malaysia guna pas lawatan dulu, permit diurus selepas sampai.",
        "Terbang ke Bangkok lalu jalan darat ke Mae Sot, dijemput tim.",
        "Work in Dubai on a tourist visa, we convert later.",
    ],
    "restricted_destination": [
        "Dibutuhkan ART untuk keluarga di Riyadh, Arab Saudi, gaji 6 juta.",
        "Lowongan admin online di Phnom Penh, Kamboja, gaji USD 1.200.",
        "LPK kami menjamin penempatan kerja di pabrik Korea setelah kursus 3 bulan.",
    ],
    "vague_job": [
        "Kerja ringan gaji besar, detail pekerjaan nanti dijelaskan. Japri.",
        "Lowongan admin online, jenis pekerjaan dijelaskan setelah daftar.",
        "Easy job, details explained later.",
    ],
    "pressure": [
        "Kuota terbatas! Berangkat minggu ini, jangan sebar ke grup lain.",
        "Tidak perlu izin suami, rahasiakan dari keluarga dulu.",
        "Pendaftaran hari ini terakhir, buruan!",
        "Kerja di Malaysia. Gak usah bilang2 dulu ke keluarga ya.",
    ],
    "document_fraud": [
        "Umur bisa diatur, KTP bisa dibantu, berangkat ke Malaysia.",
        "Lulusan SD boleh, usia 16 tahun ke atas diterima, kerja di Johor.",
        "Paspor disimpan agen selama kontrak demi keamanan.",
        "Belum punya paspor? Kami uruskan, tanpa perlu ke kantor imigrasi. WA 0812-1234-5678",
    ],
    "vulnerable_targeting": [
        "Dicari wanita 18-25, single, berpenampilan menarik, kerja cafe di Batam.",
        "Lowongan LC karaoke di Batam, gaji harian + tips.",
        "Spa therapist in Kuala Lumpur, girls 18-24, pretty, slim.",
    ],
    "impersonation": [
        "LOWONGAN KERJA BUMN PT PERTAMINA (PERSERO) 2027 lulusan SMA/SMK. Daftar lewat link di "
        "bio ya!",
        "Rekrutmen Bersama BUMN dibuka, semua jurusan. Info dan pendaftaran WA admin "
        "0812-4455-6677.",
        "Dibutuhkan segera cleaning service untuk ditempatkan di Puskesmas Kota Baru. Kirim KTP "
        "dan KK ke 0852-1234-9876.",
        "Rekrutmen pegawai BPJS Kesehatan 2027 sudah dibuka; formulir pendaftaran ada di "
        "http://bpjs-rekrut2027.site",
        "Lowongan PT Angkasa Pura, kirim CV ke angkasapura.rekrut@gmail.com",
        # A state commission by its initials right after a recruiting noun, on a strange site.
        "Halo kak, info pendaftaran loker KPI 2027 silakan daftar di link "
        "rekrut-komisi.abc123.com pakai kode undangan.",
        # No name in the text: the address itself borrows it.
        "Lowongan operator produksi, lulusan SMA. Daftar sekarang: "
        "https://rekrutmenpertamina2027.online/daftar",
        # A big private group's name, and the registration link is "below" but never given.
        "Lowongan kerja PT Adaro Indonesia untuk driver dan helper. Info lebih lanjut dan link "
        "pendaftaran :",
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "high_pay": [
        "Operator pabrik Malaysia, gaji RM 1,700 + OT, asrama disediakan.",
        "Kasir minimarket di Kota Jambi, gaji Rp 3.600.000/bulan.",
    ],
    "upfront_fee": [
        "Tanpa biaya, gratis pendaftaran, tidak dipungut biaya apa pun.",
        "Zero cost: biaya tiket, visa dan medical ditanggung majikan.",
        "Biaya proses ditanggung perusahaan. No placement fee is charged to workers.",
        "Biaya kebutuhan pribadi (paspor, SKCK, medical) ditanggung calon sesuai Perban 2/2020.",
    ],
    "unclear_procedure": [
        "Bukan tanpa pelatihan: semua calon ikut pelatihan BLK dan OPP.",
        "Proses resmi ±3 bulan melalui Disnaker dan BP3MI.",
    ],
    "unlicensed_recruiter": [
        "Jangan lewat calo atau sponsor, daftar hanya melalui LTSA Kota Jambi dan P3MI berizin.",
        "Program G to G Korea: pendaftaran EPS-TOPIK hanya melalui laman resmi KP2MI.",
    ],
    "informal_contact": [
        "Lamaran dikirim ke hrd@majujaya.co.id atau datang ke kantor Jl. Sudirman No. 5.",
        "Info: WA 0812-3456-7890 atau datang langsung ke kantor kami, Jl. Gatot Subroto No. 1.",
        # Platforms named as the work itself, "PM" as preventive maintenance.
        "Social Media Specialist: mengelola akun Instagram, TikTok dan Facebook perusahaan. "
        "Lamar melalui portal karir kami.",
        "Teknisi PM (preventive maintenance) mesin produksi, kirim lamaran ke hrd@sinarlogam.co.id",
    ],
    "visa_misuse": [
        "Bekerja wajib dengan visa kerja, bukan visa turis.",
        "Visa umrah tidak boleh dipakai untuk bekerja.",
    ],
    "restricted_destination": [
        "Perawat rumah sakit di Riyadh, Arab Saudi, S1 Keperawatan.",
        "PRT ke Arab Saudi melalui SPSK, majikan syarikah, gaji SAR 1.500.",
        "Program G to G EPS Korea, daftar di laman KP2MI.",
    ],
    "vague_job": [
        "Staf admin gudang: mencatat stok, membuat laporan mingguan, jam kerja 08.00–16.00.",
        "Operator forklift di gudang, shift pagi, kontrak 1 tahun.",
    ],
    "pressure": [
        "Pendaftaran dibuka sampai 30 Juni melalui LTSA.",
        "Wajib membawa surat izin keluarga yang diketahui kepala desa.",
    ],
    "document_fraud": [
        "Usia 18-35 tahun, membawa KTP, KK dan ijazah asli.",
        "Paspor tetap dipegang pekerja selama kontrak.",
        "Staf admin, pengalaman 10–15 tahun di bidang keuangan.",
    ],
    "vulnerable_targeting": [
        "Dicari wanita usia 21-40 untuk operator produksi pabrik.",
        "Pria/wanita 18-35 tahun untuk pekerja gudang.",
        # Selling live on a marketplace is a job, not "host" work in a bar.
        "Host live streaming TikTok Shop untuk toko hijab kami, perempuan 20-28 tahun, "
        "komunikatif, gaji UMR.",
    ],
    "impersonation": [
        # The real channels of the body it names: the FHCI portal, the company's own domain.
        "Rekrutmen Bersama BUMN 2027: pendaftaran hanya melalui rekrutmenbersama.fhcibumn.id, "
        "tidak dipungut biaya.",
        "Lowongan PT Pertamina (Persero): lamar di https://recruitment.pertamina.com",
        # A bank named as where pay goes, BPJS as a benefit: nobody's name is borrowed.
        "Toko Sinar Jaya cari kasir. Gaji via rekening BRI, BPJS Kesehatan ditanggung. WA "
        "0813-2222-1111",
        # A licensed agency cites the regulators by name on every advert.
        "PT Karya Mitra (P3MI, SIP3MI No. 2/0101/2025) rekrutmen Taiwan; pendaftaran di "
        "Disnaker, OPP di BP3MI. WA 0812-3333-4444",
        # "KPI" as a sales target, not the broadcasting commission.
        "Lowongan sales motor, karyawan dengan target KPI bulanan, gaji UMR. WA 0812-7777-8888",
        # An "info loker" blog's own address carries a recruiting word but borrows no name.
        "Lowongan admin toko di Jambi, info di https://infolokerjambi.com/admin-toko",
        # The company's own careers site on its own domain.
        "Lowongan PT Adaro Indonesia, lamar melalui https://career.adaro.com",
        # Denied right after the name ("RSUD? Bukan, ...").
        "Lowongan RSUD Raden Mattaher? Bukan ya, ini dari Klinik Sehat: butuh perawat. WA "
        "0812-5555-6666",
    ],
}


def test_one_detector_per_code() -> None:
    assert tuple(DETECTORS) == RED_FLAGS
    assert len(DETECTORS) == 12


@pytest.mark.parametrize(
    ("code", "text"), [(c, t) for c, texts in POSITIVES.items() for t in texts]
)
def test_positive(code: str, text: str) -> None:
    hits = detect_all(text)
    assert code in hits, f"{code} missed: {text!r} -> {sorted(hits)}"
    hit = hits[code]
    assert hit.code == code
    assert 0.0 < hit.score <= 1.0
    assert hit.reason and hit.evidence
    for span in hit.evidence:
        assert text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("code", "text"), [(c, t) for c, texts in NEGATIVES.items() for t in texts]
)
def test_negative(code: str, text: str) -> None:
    assert code not in detect_all(text)


@pytest.mark.parametrize("text", HARD_NEGATIVES, ids=["p3mi", "engineer", "notice"])
def test_hard_negatives_raise_no_flag(text: str) -> None:
    assert detect_all(text) == {}


def test_warung_with_whatsapp_only_is_not_high_pay_or_unlicensed() -> None:
    hits = detect_all(WARUNG)
    # A personal WhatsApp with no address is still informal contact (docs/red_flags.md), but a
    # local shop paying the going rate is neither high pay nor an unlicensed recruiter.
    assert set(hits) == {"informal_contact"}


def test_senior_engineer_high_pay_abroad_does_not_fire() -> None:
    text = (
        "Senior Engineer ke Qatar, pengalaman min 5 tahun, gaji USD 7,000/month. WA 0812-1111-2222"
    )
    assert "high_pay" not in detect_all(text)


def test_thresholds_depend_on_destination_and_job() -> None:
    # RM 2,800 is within a factory's range but above a domestic worker's (docs/domain.md table).
    assert "high_pay" not in detect_all("Operator kilang Malaysia, gaji RM 2,800.")
    assert "high_pay" in detect_all("ART di Malaysia, gaji RM 2,800, tanpa pengalaman.")


def test_negation_matters_for_fees() -> None:
    assert "upfront_fee" in detect_all("Biaya pendaftaran Rp 500.000 transfer dulu.")
    assert "upfront_fee" not in detect_all("Tanpa biaya pendaftaran, tidak ada transfer apa pun.")


def test_a_lure_carries_several_flags_with_evidence() -> None:
    text = (
        "🔥LOKER KAMBOJA🔥 admin online gj 18jt/bln, tnp pengalaman, brkt minggu ini pakai "
        "visa turis!! biaya tiket 3jt tf ke rek BCA a.n. Rina. japri 0812-9999-0000 jgn sebar"
    )
    hits = detect_all(text)
    expected = {
        "high_pay",
        "upfront_fee",
        "informal_contact",
        "visa_misuse",
        "restricted_destination",
        "vague_job",
        "pressure",
        "unlicensed_recruiter",
    }
    assert expected <= set(hits)
    for hit in hits.values():
        for span in hit.evidence:
            assert text[span.start : span.end] == span.text


def test_custom_rates_change_the_verdict() -> None:
    from classifier.rates import ExchangeRates

    text = "Kerja pabrik di Malaysia gaji RM 3,200, tanpa pengalaman."
    assert "high_pay" in detect_all(text)
    cheap = ExchangeRates(rates={"IDR": 1, "MYR": 1000}, as_of="test")
    # Both the pay and the RM3,000 threshold scale with the rate: the verdict stays.
    assert "high_pay" in detect_all(text, rates=cheap)


def test_real_post_patterns_seen_in_fact_checked_fakes() -> None:
    # Written for this test in the shape fact-checkers keep seeing (docs/classifier_real_adverts.md)
    # a public body's name, a placement address, and only a mobile number to apply.
    text = (
        "Ada lowongan OB dan staf administrasi, nanti ditempatkan di Puskesmas Talang Banjar "
        "(alamat: Jl. Kapten Pattimura No. 3, Kota Jambi). Syarat minimal SMA, dibutuhkan "
        "segera. Info lengkap 0812-7788-9900"
    )
    hits = detect_all(text)
    # The address is the workplace's, not a recruiter's office: the number is the only channel.
    assert {"impersonation", "informal_contact", "pressure"} <= set(hits)
    assert any("Puskesmas" in s.text for s in hits["impersonation"].evidence)


def test_nationwide_placement_without_duties_is_vague_and_an_age_range_from_17_counts() -> None:
    text = (
        "Lowongan pegawai anak perusahaan BUMN, ditempatkan sesuai domisili masing-masing. "
        "Laki-laki/perempuan usia 17 s/d 40 tahun, tamatan SMP atau SMA."
    )
    hits = detect_all(text)
    assert "vague_job" in hits and "document_fraud" in hits
    # A courier placed near home with a job description is an ordinary advert.
    courier = (
        "Mitra kurir motor. Deskripsi pekerjaan: mengantar paket ke pelanggan. Penempatan kerja "
        "sesuai domisili. Usia 20-40 tahun."
    )
    assert "vague_job" not in detect_all(courier)


def test_an_offer_that_arrives_as_a_strangers_chat_is_informal_and_vague() -> None:
    # Invented for this test, in the shape of the task-scam openers (docs/domain.md section 5).
    text = (
        "Selamat siang kak, perkenalkan saya Rina. Kami mendapatkan nomor kakak dari data "
        "pelamar situs lowongan. Kami ingin menawarkan pekerjaan paruh waktu online, "
        "penghasilan harian. Balas YA bila berminat."
    )
    hits = detect_all(text)
    assert {"informal_contact", "vague_job"} <= set(hits)
    assert any("mendapatkan nomor kakak dari" in s.text for s in hits["informal_contact"].evidence)
    assert any("menawarkan pekerjaan paruh waktu" in s.text for s in hits["vague_job"].evidence)
    # The same offer with its duties written out is a job, whatever the channel.
    with_duties = text + " Tugas: input data pesanan toko, jam kerja 09.00-13.00."
    assert "vague_job" not in detect_all(with_duties)


def test_a_licence_claim_quotes_a_licence_claim() -> None:
    """Task-app words ("follow akun") once counted as a licence claim; a quote must show the
    flag it stands for."""
    text = (
        "Kerja di Malaysia lewat agen, follow akun kami lalu tugas VIP menanti. "
        "PT resmi dan terpercaya, hubungi WA 0812-3456-7890."
    )
    hit = detect_all(text)["unlicensed_recruiter"]  # the claim "PT resmi dan terpercaya"
    assert any("PT resmi" in s.text for s in hit.evidence)
    assert all("follow akun" not in s.text and "tugas VIP" not in s.text for s in hit.evidence)


def test_pay_range_is_judged_between_its_ends() -> None:
    # A board's wide band (floor at the minimum wage, commission on top) is ordinary; a fake
    # notice raises both ends. Same job, same place, same education.
    wide = (
        "Sales konsultan di Kota Jambi, pendidikan minimal SMA, gaji Rp 3.000.000 - Rp 12.000.000."
    )
    high = "Staf gudang di Kota Jambi, pendidikan minimal SMA, gaji Rp 9.000.000 - Rp 15.000.000."
    assert "high_pay" not in detect_all(wide)
    hit = detect_all(high)["high_pay"]
    assert "Rp9-15 juta/bulan" in hit.reason and "nilai tengah" in hit.reason


def test_pay_for_a_list_open_to_school_leavers_is_judged_for_them() -> None:
    # Supervisors and engineers beside drivers and helpers, "SMP, SMA, S1": the pay is promised
    # to junior-high leavers too.
    listed = (
        "Lowongan PT Tambang Jaya: driver, helper, supervisor, engineer. Pendidikan SMP, SMA, S1. "
        "Penghasilan 10 juta s/d 20 juta per bulan."
    )
    assert "high_pay" in detect_all(listed)
    # Years of experience still make it a skilled role.
    skilled = listed.replace("Pendidikan SMP, SMA, S1.", "Pendidikan SMA, pengalaman 5 tahun.")
    assert "high_pay" not in detect_all(skilled)


def test_unlicensed_recruiter_quotes_who_recruits_not_only_where() -> None:
    text = "Kerja di MALAYSIA, kilang elektronik, gaji RM 1.800. Minat hubungi WA 0812-3456-7890."
    hit = detect_all(text)["unlicensed_recruiter"]
    quoted = [s.text for s in hit.evidence]
    assert "MALAYSIA" not in quoted
    assert any("0812" in q for q in quoted)
