"""Entity extraction: contacts, banks, companies, licences, places and jobs, with spans."""

from __future__ import annotations

import pytest

from classifier.entities import extract_entities
from classifier.types import Entities, Span


def _all_spans(ents: Entities) -> list[Span]:
    spans = [s for _, s in ents.phones + ents.whatsapp + ents.telegram + ents.emails]
    spans += [s for _, s in ents.urls + ents.bank_accounts + ents.companies]
    spans += [s for _, s in ents.licence_numbers + ents.job_types]
    spans += [d.span for d in ents.destinations] + [s.span for s in ents.salaries]
    return spans


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("hub 081234567890", "+6281234567890"),
        ("hub 0812-3456-7890", "+6281234567890"),
        ("hub 0812.3456.7890", "+6281234567890"),
        ("hub 0812 3456 7890", "+6281234567890"),
        ("hub +62 812-3456-7890", "+6281234567890"),
        ("hub 62812-3456-7890", "+6281234567890"),
        ("hub +60 12-345 6789", "+60123456789"),
        ("Kantor (0741) 755123", "+62741755123"),
    ],
)
def test_phones_in_e164(text: str, e164: str) -> None:
    ents = extract_entities(text)
    assert [n for n, _ in ents.phones] == [e164]
    span = ents.phones[0][1]
    assert text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("text", "e164", "also_phone"),
    [
        ("chat wa.me/6281298765432 ya", "+6281298765432", False),
        ("https://wa.me/6281298765432", "+6281298765432", False),
        ("api.whatsapp.com/send?phone=6281234500000", "+6281234500000", False),
        ("WA 0812-3456-7890", "+6281234567890", True),
        ("Telp/WA: 0813 1111 2222", "+6281311112222", True),
        ("WhatsApp Abang Man +60 13-772 4019", "+60137724019", True),
    ],
)
def test_whatsapp(text: str, e164: str, also_phone: bool) -> None:
    ents = extract_entities(text)
    assert [n for n, _ in ents.whatsapp] == [e164]
    assert bool(ents.phones) is also_phone
    assert ents.urls == []  # chat links are contacts, not web sites


def test_phone_ignores_trailing_numbers_and_money() -> None:
    ents = extract_entities("WA 0812-3456-7890 2026, gaji Rp 8.500.000")
    assert [n for n, _ in ents.phones] == ["+6281234567890"]


def test_telegram_email_url() -> None:
    text = (
        "Telegram: @kerja_my atau t.me/lokerkh. Email hrd@sinarbahari.co.id, "
        "lamaran ke rekrut.pt@gmail.com, web www.sinarbahari.co.id"
    )
    ents = extract_entities(text)
    assert [h for h, _ in ents.telegram] == ["@kerja_my", "@lokerkh"]
    assert [e for e, _ in ents.emails] == ["hrd@sinarbahari.co.id", "rekrut.pt@gmail.com"]
    assert [u for u, _ in ents.urls] == ["www.sinarbahari.co.id"]


def test_bank_accounts_and_ewallets() -> None:
    text = "Transfer ke rek BRI 1234 5678 90 a.n. Budi, atau DANA 081211112222. Bank Mandiri juga."
    ents = extract_entities(text)
    values = [v for v, _ in ents.bank_accounts]
    assert values == ["BRI 1234567890", "DANA 081211112222", "Mandiri"]
    # "mandiri" is also an ordinary word ("independent"): alone it is no bank.
    assert extract_entities("Kami pekerja mandiri dan dana desa").bank_accounts == []


def test_companies_and_licences() -> None:
    text = (
        "PT. Sinar Bahari Abadi Membuka Lowongan (P3MI, SIP3MI No. 123/KEP/2021). "
        "Majikan: Maju Jaya Sdn Bhd. Izin: KEP-123/PPTKIS/2019, NIB 1234567890123. "
        "CV Karya Mandiri juga."
    )
    ents = extract_entities(text)
    assert [c for c, _ in ents.companies] == [
        "PT Sinar Bahari Abadi",
        "Maju Jaya Sdn Bhd.",
        "CV Karya Mandiri",
    ]
    assert [v for v, _ in ents.licence_numbers] == [
        "SIP3MI 123/KEP/2021",
        "KEP 123/PPTKIS/2019",
        "NIB 1234567890123",
    ]


@pytest.mark.parametrize(
    ("text", "country", "city"),
    [
        ("kerja di Malaysia", "MY", None),
        ("kilang di Johor Bahru", "MY", "Johor Bahru"),
        ("PRT Hongkong", "HK", None),
        ("FDH Hong Kong", "HK", None),
        ("ART ke HK", "HK", None),
        ("kerja Singapura", "SG", None),
        ("EPS Korea Selatan", "KR", None),
        ("magang Jepang di Osaka", "JP", "Osaka"),
        ("ART Arab Saudi", "SA", None),
        ("majikan di Riyadh", "SA", "Riyadh"),
        ("hotel di Dubai", "AE", "Dubai"),
        ("ke UEA", "AE", None),
        ("Qatar", "QA", None),
        ("Yordania", "JO", None),
        ("Turki", "TR", None),
        ("Polandia", "PL", None),
        ("Rumania", "RO", None),
        ("Jerman", "DE", None),
        ("admin di Kamboja", "KH", None),
        ("CS in Cambodia", "KH", None),
        ("Sihanoukville", "KH", "Sihanoukville"),
        ("Bavet", "KH", "Bavet"),
        ("Myawaddy", "MM", "Myawaddy"),
        ("Laos", "LA", None),
        ("terbang ke Bangkok", "TH", "Bangkok"),
        ("Manila, Filipina", "PH", "Manila"),
        ("Brunei", "BN", None),
        ("Australia", "AU", None),
        ("Taiwan", "TW", None),
        ("kerja di Batam", "ID", "Batam"),
        ("Telanaipura, Kota Jambi", "ID", "Kota Jambi"),
        ("Pekanbaru", "ID", "Pekanbaru"),
    ],
)
def test_destinations(text: str, country: str, city: str | None) -> None:
    ents = extract_entities(text)
    assert ents.destinations, text
    dest = ents.destinations[-1] if city is None else next(d for d in ents.destinations if d.city)
    assert dest.country == country
    assert dest.city == city


def test_language_and_dish_are_not_places() -> None:
    ents = extract_entities("Bisa bahasa Jepang, jual nasi padang")
    assert ents.destinations == []


@pytest.mark.parametrize(
    ("text", "job"),
    [
        ("dicari ART", "domestic_worker"),
        ("PRT untuk keluarga", "domestic_worker"),
        ("pembantu rumah tangga", "domestic_worker"),
        ("perawat lansia", "caregiver"),
        ("caregiver Taiwan", "caregiver"),
        ("operator kilang", "factory"),
        ("pabrik elektronik", "factory"),
        ("ladang sawit", "plantation"),
        ("ABK kapal ikan", "fishing"),
        ("pekerja konstruksi", "construction"),
        ("waiter restoran", "hospitality"),
        ("LC karaoke", "entertainment"),
        ("terapis spa", "entertainment"),
        ("admin online", "admin_online"),
        ("customer service", "admin_online"),
        ("data entry", "admin_online"),
        ("sopir truk", "driver"),
        ("nurse", "nurse"),
        ("senior engineer", "engineer"),
    ],
)
def test_job_types(text: str, job: str) -> None:
    ents = extract_entities(text)
    assert job in {label for label, _ in ents.job_types}


def test_contact_admin_is_not_an_admin_job() -> None:
    ents = extract_entities("Minat? hubungi admin atau kak admin, biaya admin 50rb")
    assert "admin_online" not in {label for label, _ in ents.job_types}


def test_every_span_points_into_the_original() -> None:
    text = (
        "🔥LOWONGAN MALAYSIA🔥 PT Maju Jaya (SIP3MI No. 4/0876/2021) cari ART & operator "
        "kilang di Johor, gj RM 3,500/bln!!! WA 0812-3456-7890, tele @kerja_my, "
        "rek BCA 123 456 7890, email hrd@majujaya.co.id, https://majujaya.co.id/loker"
    )
    ents = extract_entities(text)
    spans = _all_spans(ents)
    assert len(spans) >= 10
    for span in spans:
        assert text[span.start : span.end] == span.text
    assert ents.to_dict()["salaries"][0]["currency"] == "MYR"
