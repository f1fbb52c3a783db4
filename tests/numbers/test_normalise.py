"""Reading one typed value (:func:`citizen.number_input.parse_value`) the way the classifier
read the adverts: the key a person's typing gives is the value stored for an advert that
writes it, whatever the spacing, dashes, country code or link."""

from __future__ import annotations

import pytest

from citizen.number_input import NumberError, parse_value
from classifier.entities import extract_entities
from store.services.entities import entity_value
from store.services.numbers import ValueKey


def stored(advert: str) -> set[str]:
    """The contact values an advert with this text gets in the entities table."""
    e = extract_entities(advert).to_dict()
    kinds = {"phones": "phone", "whatsapp": "whatsapp", "emails": "email",
             "bank_accounts": "bank_account"}  # fmt: skip
    return {entity_value(kind, i["value"]) for key, kind in kinds.items() for i in e[key]}


@pytest.mark.parametrize(
    ("typed", "advert"),
    [
        ("0812-3456-7890", "Hubungi WA 0812 3456 7890 sekarang"),
        ("+62 812 3456 7890", "Info: 0812-3456-7890 (Bu Ani)"),
        ("62812 3456 7890", "Daftar via wa.me/6281234567890"),
        ("081234567890", "Telp/WA: +62 812-3456-7890"),
        ("(0812) 3456-7890", "kontak 62 812 3456 7890"),
        ("https://wa.me/6281234567890", "WA 0812.3456.7890"),
        ("+60 12-345 6789", "Majikan di Malaysia, hubungi +60 12-345 6789"),
    ],
)
def test_phones_match_what_the_adverts_stored(typed: str, advert: str) -> None:
    key = parse_value(typed)
    assert key.kind == "phone"
    assert key.key in stored(advert)
    assert key.matches() is not None


@pytest.mark.parametrize(
    ("typed", "bank", "digits"),
    [
        ("BCA 123-456-7890", "BCA", "1234567890"),
        ("bca 1234567890", "BCA", "1234567890"),
        ("BRI 1234.5678.9012.345", "BRI", "123456789012345"),
        ("Mandiri 123 00 1234567 8", "Mandiri", "1230012345678"),
        ("CIMB Niaga 1234567890", "CIMB Niaga", "1234567890"),
        ("no rek BCA 1234567890", "BCA", "1234567890"),
        ("rekening 1234567890", None, "1234567890"),
        ("1234567890", None, "1234567890"),
        ("1234 5678 90", None, "1234567890"),
        ("DANA 0812-3456-7890", "DANA", "081234567890"),
    ],
)
def test_bank_accounts_with_and_without_separators(
    typed: str, bank: str | None, digits: str
) -> None:
    assert parse_value(typed) == ValueKey("bank_account", digits, bank)


def test_a_typed_account_matches_the_stored_form() -> None:
    key = parse_value("bca 123.456.7890")
    assert f"{key.bank.upper()} {key.key}" in stored("Transfer ke rek BCA 1234567890 a.n. Budi")  # type: ignore[union-attr]


def test_email_lower_case() -> None:
    assert parse_value("Budi.Santoso@Gmail.COM") == ValueKey("email", "budi.santoso@gmail.com")
    assert parse_value("mailto:hr@contoh.co.id") == ValueKey("email", "hr@contoh.co.id")
    assert "budi.santoso@gmail.com" in stored("Kirim CV ke Budi.Santoso@Gmail.COM")


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("0812", "number_partial"),
        ("0812 3456", "number_partial"),
        ("0812*", "number_partial"),
        ("0812-XXXX-7890", "number_partial"),
        ("0812…", "number_partial"),
        ("0812?", "number_partial"),
        ("BCA", "number_partial_bank"),
        ("BRI 12345", "number_partial_bank"),
        ("@gmail.com", "number_partial_email"),
        ("budi@", "number_partial_email"),
        ("bu*di@gmail.com", "number_partial_email"),
        ("0812-3456-7890, 0813-1111-2222", "number_many"),
        ("BCA 1234567890 BRI 0987654321", "number_many"),
        ("a@b.co c@d.co", "number_many"),
        ("0" * 200, "number_many"),
        ("halo", "number_invalid"),
        ("", "number_empty"),
    ],
)
def test_partial_values_are_refused_with_what_to_type(typed: str, code: str) -> None:
    with pytest.raises(NumberError) as caught:
        parse_value(typed)
    assert caught.value.code == code and caught.value.status == 422
    assert caught.value.message("id") and caught.value.message("en")
    # Each says what to type: an example, or "Tulis ..." ("write ...").
    assert any(word in caught.value.message("id").lower() for word in ("contoh", "tulis"))


def test_not_a_string() -> None:
    with pytest.raises(NumberError) as caught:
        parse_value(["0812"])
    assert caught.value.status == 400
