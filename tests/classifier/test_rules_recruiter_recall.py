"""Recall of ``unlicensed_recruiter`` and ``informal_contact``: the ways people write "nobody
licensed recruits here" and "the only way in is a personal channel", with the honest adverts
that share their words. Every text is written for this file.
"""

from __future__ import annotations

import pytest

from classifier.rules import detect_all


def _quoted(text: str, code: str) -> list[str]:
    hit = detect_all(text).get(code)
    assert hit is not None, f"{code} did not fire"
    return [s.text.lower() for s in hit.evidence]


# --- unlicensed_recruiter -------------------------------------------------------------------


def test_unnamed_recruiter_charging_through_a_personal_number_at_home() -> None:
    text = (
        "Dicari 5 org jaga konter HP di Kota Baru, gaji 4jt. Sebelum mulai kerja wajib bayar "
        "biaya seragam Rp 300.000. Minat chat 0812-4455-6677"
    )
    quoted = _quoted(text, "unlicensed_recruiter")
    assert any("0812" in q for q in quoted)


def test_pay_called_fee_is_no_charge() -> None:
    text = (
        "Kami cari host live jualan kerupuk di studio kami di Jambi, fee 150rb per sesi + "
        "komisi. Kirim video perkenalan via DM ya"
    )
    assert "unlicensed_recruiter" not in detect_all(text)


def test_local_shop_with_whatsapp_only_is_not_unlicensed() -> None:
    text = "Toko kue Bu Ani di Telanaipura cari 1 karyawati, gaji 2,3jt + makan. WA 0813-2233-4455"
    assert "unlicensed_recruiter" not in detect_all(text)


def test_named_local_business_charging_is_left_to_upfront_fee() -> None:
    text = (
        "Kasir\nApotek Sehat Sentosa\nKota Jambi\nGaji UMK. Calon karyawan wajib bayar uang "
        "jaminan Rp 500.000. WA 0852-1234-5678"
    )
    assert "unlicensed_recruiter" not in detect_all(text)


def test_company_name_kept_back_is_a_hidden_recruiter() -> None:
    text = (
        "Kerja kebun di Kalimantan, gaji 6jt, mess. Nama perusahaan nanti dikasih tahu di "
        "lokasi. Hub 0821-3344-5566"
    )
    quoted = _quoted(text, "unlicensed_recruiter")
    assert any("nama perusahaan" in q for q in quoted)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "PT Samudra Kerja Global (perwakilan perusahaan asing) membuka lowongan operator "
            "pabrik di Taiwan, gaji NT$27.000. Kantor: Jl. Gatot Subroto No. 5, Jambi.",
            "perwakilan perusahaan asing",
        ),
        (
            "Syarikat Maju Jaya Sdn Bhd, berdaftar dengan SSM, ambil pekerja ladang dari "
            "Indonesia, gaji RM1.900. Alamat: No. 8, Jalan Kenanga, Johor Bahru.",
            "ssm",
        ),
        (
            "PT Hanbit Karya membuka kerja pabrik di Korea Selatan tanpa antre, kami punya kuota "
            "sendiri. Gaji KRW 2.300.000. Kantor Jl. Sudirman No. 9, Jambi.",
            "kuota sendiri",
        ),
    ],
    ids=["foreign-representative", "ssm", "own-quota"],
)
def test_registration_that_is_no_placement_licence(text: str, words: str) -> None:
    assert any(words in q for q in _quoted(text, "unlicensed_recruiter"))


def test_person_who_arranges_everything_abroad() -> None:
    text = (
        "Ada permintaan tukang masak di restoran Kuantan, gaji RM 1.700. Saya yang uruskan "
        "semua, tinggal bawa KTP."
    )
    assert any("saya yang uruskan" in q for q in _quoted(text, "unlicensed_recruiter"))


def test_abroad_written_as_ln_with_a_personal_recruiter() -> None:
    text = "Dicari staf gudang kerja LN, gaji 20jt, diurus perekrut perorangan. japri 081298765432"
    assert "unlicensed_recruiter" in detect_all(text)


@pytest.mark.parametrize(
    "travel",
    ["Tiket kereta/bus ditanggung.", "Ongkos bus dari Jambi dipotong gaji."],
    ids=["paid", "deducted"],
)
def test_travel_to_a_far_place_paid_or_advanced_by_an_unnamed_recruiter(travel: str) -> None:
    text = f"Kerja kebun sawit di Riau, gaji 9jt. {travel} Hub bang Jaka 0822-1111-3333"
    assert "unlicensed_recruiter" in detect_all(text)


# --- informal_contact -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Factory job in Johor, RM 2,600 a month, free hostel. Link in bio",
        "Kerja kilang di Penang gaji RM 2.000, tiket ditanggung. Minat pm aku",
        "Helper needed for a family in Kowloon, HK$5,000. Please WhatsApp Mrs Lee 9123 4567.",
        "Loker jaga toko di Jelutung, gaji 2,5jt. Yg mau balas story ini aja",
        "Kerja operator di Phnom Penh, gaji USD 1.000. Minat balas YA",
        "Kerja restoran di Sabah, gaji RM 1.800. Kalau mau nanti aku kasih nomornya",
    ],
    ids=["link-in-bio", "pm-aku", "whatsapp-mrs", "balas-story", "minat-balas", "aku-kasih-no"],
)
def test_personal_channel_written_many_ways(text: str) -> None:
    assert "informal_contact" in detect_all(text)


def test_office_abroad_with_no_street_is_not_a_contact() -> None:
    text = (
        "Lowongan operator komputer di Laos, gaji 18jt, kantor di kawasan ekonomi khusus, "
        "makan gratis. Chat aja @hrd_laos_rekrut"
    )
    assert "informal_contact" in detect_all(text)


def test_meeting_a_named_person_in_the_village_is_not_a_personal_channel() -> None:
    text = (
        "Dicari penyadap karet di Desa Mersam, bagi hasil 60:40. Hubungi Pak Amir di kedai "
        "kopi dekat masjid."
    )
    assert "informal_contact" not in detect_all(text)


def test_company_with_office_and_domain_mail_is_formal() -> None:
    text = (
        "PT Sinar Logistik Jambi membuka lowongan admin gudang. Kirim CV ke "
        "hrd@sinarlogistik.co.id atau datang ke Jl. Lingkar Selatan No. 12, Jambi. "
        "Info: WhatsApp Bu Rina 0812-0000-1111"
    )
    assert "informal_contact" not in detect_all(text)


def test_labour_supplier_placing_abroad_is_no_placement_company() -> None:
    text = (
        "PT Mitra Kerja Andalan, perusahaan penyedia tenaga kerja, membuka lowongan operator "
        "pabrik di Malaysia, gaji RM 1.800. Kantor: Jl. Sultan Thaha No. 4, Jambi."
    )
    assert any("penyedia tenaga kerja" in q for q in _quoted(text, "unlicensed_recruiter"))


@pytest.mark.parametrize(
    "text",
    [
        "Kerja kebun di Sarawak, gaji RM 2.000. Hub: Bang Udin 0812 3456 789",
        "Factory work in Bangkok, THB 18,000 a month. WhatsApp +66 912 345 6789",
        "Kerja kilang di Johor, gaji RM1,600. Berminat hubungi Ah Seng 016-234 5678",
    ],
    ids=["hub-name-08", "whatsapp-foreign", "malaysian-mobile"],
)
def test_mobile_number_after_a_contact_word(text: str) -> None:
    assert "informal_contact" in detect_all(text)


def test_toll_free_hotline_is_not_a_personal_number() -> None:
    text = (
        "Pemberitahuan: 12 CPMI telah mengikuti OPP di BP3MI dan berangkat melalui P3MI resmi. "
        "Simpan sendiri paspor dan kontrak, hubungi 0800-1000 bila ada masalah."
    )
    assert "informal_contact" not in detect_all(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Kerja kedai makan di Brunei, gaji B$1.500. Tidak perlu melalui P3MI, semua kami "
            "bantu. Yuran proses 3 juta.",
            "tidak perlu melalui p3mi",
        ),
        (
            "Kerja kilang di Johor, gaji RM 2.000, tiket ditanggung. Saya sendiri akan bantu "
            "sampai kamu tiba.",
            "saya sendiri akan bantu",
        ),
    ],
    ids=["no-p3mi", "saya-sendiri"],
)
def test_recruiting_abroad_outside_any_company(text: str, words: str) -> None:
    assert any(words in q for q in _quoted(text, "unlicensed_recruiter"))


def test_company_named_later() -> None:
    text = (
        "Butuh pengasuh di Jakarta, 3,5jt + mess, brkt lusa. PT nanti dikasih tau. "
        "WA 0822-1234-5678"
    )
    assert any("pt nanti dikasih tau" in q for q in _quoted(text, "unlicensed_recruiter"))


def test_warning_not_to_go_through_agents_is_not_a_recruiter() -> None:
    text = (
        "Info Work and Holiday Visa Australia: syarat resmi usia 18-30, D3/S1, surat "
        "rekomendasi imigrasi. Daftar sendiri secara online, bukan via agen."
    )
    assert "unlicensed_recruiter" not in detect_all(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kerja admin di Tachileik, gaji RM4,000. Sila hantar resume melalui mesej peribadi.",
        "Rekrutmen staf gudang Jambi 2026, semua jurusan. Kirim pesan ke page ini utk formulir.",
        "Remote chat job in Myanmar, USD 1,500. Contact the recruiter in my bio.",
        "Packer wanted in Klang, RM75/day. Msg admin kat sini je.",
    ],
    ids=["mesej-peribadi", "page-ini", "in-my-bio", "kat-sini"],
)
def test_the_page_itself_is_the_channel(text: str) -> None:
    assert "informal_contact" in detect_all(text)
