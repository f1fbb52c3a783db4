"""One typed value for "Cek nomor / rekening", read the way the classifier reads adverts.

The value goes through :func:`classifier.entities.extract_entities`, the very function that
filled the ``entities`` table, so "0812-3456-7890", "+62 812 3456 7890", "6281234567890" and
"wa.me/6281234567890" all become ``+6281234567890``; "BCA 123-456-7890" becomes the BCA account
``1234567890``; "Budi@Gmail.com" becomes ``budi@gmail.com``. Digits alone that are no phone
number are an account at any bank.

Partial values are refused with a message saying what to type: wildcards (``*``, ``?``, ``%``,
``x`` in place of digits, "..."), an e-mail without its name or domain, too few digits. The
check answers one complete value at a time, so it cannot be used to list or guess numbers.
"""

from __future__ import annotations

import re

from citizen import text_input
from citizen.errors import CheckError
from citizen.messages import Lang
from citizen.number_messages import ERRORS
from store.services.numbers import ValueKey

MAX_VALUE_CHARS = 120  # a number with spaces, a wa.me link or an e-mail address fits
BANK_DIGITS = (8, 20)  # Indonesian accounts are 10 to 16 digits; e-wallets use the phone number

# Wildcards and placeholders for digits: "0812****", "0812-xxxx-5555", "0812...", "0812%".
_WILDCARD = re.compile(r"[*?%#…]|\.{3}|(?<![a-z])x{2,}(?![a-z])|(?<=\d)x|x(?=\d)", re.I)
_EMAIL_WILDCARD = re.compile(r"[*?%#…]|\.{2,}")
_MAILTO = re.compile(r"^mailto:", re.I)
_WA_QUERY = re.compile(r"(?<=whatsapp\.com/send)/?\?phone=", re.I)


class NumberError(CheckError):
    """A value that cannot be looked up; the message says what to type instead."""

    def message(self, lang: Lang) -> str:
        text = ERRORS[lang].get(self.code)
        return text.format(**self.params) if text is not None else super().message(lang)


def _fail(code: str, detail: str, **params: object) -> NumberError:
    return NumberError(code, 422, detail=detail, **params)


def parse_value(raw: object) -> ValueKey:
    """The value to look up; :class:`NumberError` (422) when it cannot be."""
    if not isinstance(raw, str):
        raise NumberError("bad_request", 400, detail='"value" must be a string')
    try:
        text = text_input.clean(raw, "value").strip()
    except text_input.BadText as exc:
        raise NumberError("bad_characters", detail=exc.detail, field="text") from None
    if not text:
        raise _fail("number_empty", "no value given")
    if len(text) > MAX_VALUE_CHARS:
        raise _fail("number_many", f"more than {MAX_VALUE_CHARS} characters: one value only")
    if "@" in text:
        return _email(text)
    # A WhatsApp link's "?phone=" is no wildcard.
    if _WILDCARD.search(_WA_QUERY.sub("phone=", text)):
        raise _fail("number_partial", "wildcards or placeholders for digits")
    return _number(text)


def _email(text: str) -> ValueKey:
    from classifier.entities import extract_entities  # loads the gazetteer: only when needed

    bare = _MAILTO.sub("", text).strip()
    if _EMAIL_WILDCARD.search(bare):
        raise _fail("number_partial_email", "wildcards in an e-mail address")
    found = extract_entities(bare).emails
    if len(found) > 1:
        raise _fail("number_many", "several e-mail addresses")
    if not found or found[0][1].text.lower() != bare.lower():
        raise _fail("number_partial_email", "not a whole e-mail address")
    return ValueKey("email", found[0][0])


def _number(text: str) -> ValueKey:
    from classifier.entities import extract_entities

    entities = extract_entities(text)
    digits = re.sub(r"\D", "", text)
    accounts = {v for v, _ in entities.bank_accounts if re.search(r"\d", v)}
    if len(accounts) > 1:
        raise _fail("number_many", "several bank accounts")
    if accounts:
        bank, _, number = accounts.pop().rpartition(" ")
        return _account(number, digits, bank=None if bank.lower() == "rekening" else bank)
    if entities.bank_accounts:  # a bank named, no account number after it
        raise _fail("number_partial_bank", "a bank without an account number", **_bank_range())
    phones = {v for v, _ in entities.phones + entities.whatsapp}
    if len(phones) > 1:
        raise _fail("number_many", "several phone numbers")
    if phones:
        spans = [s for _, s in entities.phones + entities.whatsapp]
        if sum(len(re.sub(r"\D", "", s.text)) for s in spans[:1]) != len(digits):
            # Digits the phone number does not cover: another number, or a typo.
            raise _fail("number_many", "digits beside the phone number")
        return ValueKey("phone", phones.pop())
    if not digits:
        raise _fail("number_invalid", "no digits, e-mail or link")
    phone_like = text.lstrip("( ").startswith(("0", "+", "62"))
    if re.fullmatch(r"[\d\s.\-()]+", text) and not phone_like and len(digits) >= BANK_DIGITS[0]:
        # Digits alone that are no phone number: an account at any bank.
        return _account(digits, digits, bank=None)
    if len(digits) < 10:
        raise _fail("number_partial", f"{len(digits)} digits: too few for a phone number")
    raise _fail("number_invalid", "not a phone number")


def _bank_range() -> dict[str, int]:
    return {"min": BANK_DIGITS[0], "max": BANK_DIGITS[1]}


def _account(number: str, digits: str, *, bank: str | None) -> ValueKey:
    low, high = BANK_DIGITS
    if not low <= len(number) <= high:
        raise _fail("number_partial_bank", f"{len(number)} digits", **_bank_range())
    if number != digits:
        raise _fail("number_many", "digits beside the account number")
    return ValueKey("bank_account", number, bank=bank)
