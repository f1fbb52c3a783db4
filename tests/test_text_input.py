"""citizen.text_input without HTTP: what is refused, what is cleaned, and what is left alone."""

from __future__ import annotations

import pytest

from citizen.text_input import INVISIBLE, BadText, clean, normalise, problem, refuse_bad
from store.errors import InvalidInput


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("gaji \x00 besar", "nul"),
        ("\x00", "nul"),
        ("gaji \ud800 besar", "surrogate"),
        ("\udfff", "surrogate"),
        ("gaji \ud83d\ude00", "surrogate"),  # a pair as two code points is not text either
        ("gaji 9 juta 😀", None),
        ("", None),
        ("Lowongan\u200b kerja", None),  # invisible, but storable: cleaned, not refused
    ],
)
def test_problem(value: str, reason: str | None) -> None:
    assert problem(value) == reason


def test_refusals_say_what_to_fix_and_are_invalid_input() -> None:
    with pytest.raises(BadText) as err:
        refuse_bad("Dicek\x00", "Catatan")
    assert isinstance(err.value, InvalidInput)  # 422 through api.errors
    assert str(err.value).startswith("Catatan berisi karakter NUL (kode 0). Hapus karakter itu")
    assert err.value.detail == "'Catatan' contains a NUL character (U+0000)"
    with pytest.raises(BadText) as err:
        clean("gaji \ud800", "text")
    assert "surrogate" in str(err.value) and "lone surrogate" in err.value.detail
    assert refuse_bad("Dicek ke Disnaker.", "Catatan") == "Dicek ke Disnaker."


def test_invisible_characters_are_removed_and_letters_normalised() -> None:
    assert set(INVISIBLE) == {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
    assert normalise("tr\u200ban\u00adsf\u2060er") == "transfer"
    assert normalise("\ufeff\u200c\u200d") == ""
    assert normalise("ｔｒａｎｓｆｅｒ Ｒｐ　３．５００．０００") == "transfer Rp 3.500.000"
    # A removed character no longer keeps a letter from its accent.
    assert normalise("e\u200b\u0301") == "\u00e9"
    # Ordinary Indonesian text, emoji and line breaks are left as they are.
    text = "Dicari SPG 😀\nGaji 3 jt, é."
    assert normalise(text) == text
    assert clean(clean("ｇａｊｉ\u200b", "text"), "text") == "gaji"  # idempotent
