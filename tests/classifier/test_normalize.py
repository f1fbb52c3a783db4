"""Normalisation of informal advert text, and the map back to the original offsets."""

from __future__ import annotations

import re

import pytest

from classifier.normalize import normalize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("GAJIII BESARRR", "gaji besar"),
        ("buruaaan daftar", "buruan daftar"),
        ("gj 15 jt", "gaji 15 juta"),
        ("gj 15jt", "gaji 15 juta"),
        ("300rb/hr", "300 ribu/hari"),
        ("RM3.5k", "rm3.5 ribu"),
        ("brkt cpt tnp biaya", "berangkat cepat tanpa biaya"),
        ("yg minat japri", "yang minat japri"),
        ("dgn krn utk blm sdh tdk", "dengan karena untuk belum sudah tidak"),
        ("gak ga org bln thn kmi dll", "tidak tidak orang bulan tahun kami dan lain-lain"),
        ("buru2 daftar", "buru-buru daftar"),
        ("🔥🔥 LOKER 🇲🇾 MALAYSIA ✅", "loker malaysia"),
        ("gaji    8   juta \n\n\n  mess", "gaji 8 juta\nmess"),
        ("𝗚𝗔𝗝𝗜 besar", "gaji besar"),
    ],
)
def test_normalised_text(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


def test_keeps_money_and_contacts_parseable() -> None:
    norm = normalize("Rp. 8.500.000, cek www.ptsinar.co.id atau hrd@gmail.com, HR ada")
    assert "rp. 8.500.000" in norm.text
    assert "www.ptsinar.co.id" in norm.text  # "www" is not an elongation
    assert "hrd@gmail.com" in norm.text
    assert norm.text.endswith("hr ada")  # "HR" alone is not "hari"


def test_maps_expansions_back_to_the_slang_as_written() -> None:
    raw = "Gj 15jt, brkt CPT!!! 🔥 tnp biaya"
    norm = normalize(raw)
    for word, original in [("gaji", "Gj"), ("juta", "jt"), ("berangkat", "brkt"), ("tanpa", "tnp")]:
        start = norm.text.index(word)
        span = norm.span(start, start + len(word))
        assert span.text == original
        assert raw[span.start : span.end] == span.text


def test_every_token_round_trips_to_the_original() -> None:
    raw = "LOWONGANNN 🇹🇼 Taiwan!!\n gj NT$30.000/bln, tnp pglmn, WA 0812-3456-7890 yg serius"
    norm = normalize(raw)
    for m in re.finditer(r"\S+", norm.text):
        span = norm.span(*m.span())
        assert raw[span.start : span.end] == span.text
        assert span.text.strip() == span.text and span.text


def test_offsets_are_monotonic_and_cover_the_match() -> None:
    raw = "Gajiii 15jt"
    norm = normalize(raw)
    assert norm.to_original(0, 4) == (0, 6)  # "gaji" <- "Gajiii"
    assert norm.to_original(5, len(norm.text)) == (7, 11)  # "15 juta" <- "15jt"
    assert norm.to_original(0, 0) == (0, 0)


def test_empty_text() -> None:
    norm = normalize("   ")
    assert norm.text == ""
    assert norm.to_original(0, 0) == (0, 0)
