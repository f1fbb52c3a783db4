"""OCR cleaning: digits inside numbers, stray symbols, broken lines; offsets stay true."""

from __future__ import annotations

import pytest

from pictures.clean import clean_token, clean_words, fix_digits
from pictures.ocr import Word, parse_tsv


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("3.5OO.OOO", "3.500.000"),
        ("Rp3.5OO.OOO", "Rp3.500.000"),
        ("0812-66O7-11l2", "0812-6607-1112"),
        ("l0", "10"),
        ("2O25", "2025"),
        ("1Ojt", "10jt"),
        ("|0813", "10813"),  # a border glued to a number reads as a digit; clean_token strips it
        # Words stay words, even beside digits.
        ("Hotel1", "Hotel1"),
        ("Oktober", "Oktober"),
        ("Info", "Info"),
        ("lowongan", "lowongan"),
        ("IO", "IO"),  # no real digit: not a number
    ],
)
def test_look_alike_letters_become_digits_only_inside_numbers(read: str, meant: str) -> None:
    assert fix_digits(read) == meant


@pytest.mark.parametrize(
    ("read", "kept"),
    [("|", ""), ("»", ""), ("•", ""), ("~~", ""), ("|Gaji", "Gaji"), ("-", "-"), ("&", "&"),
     ("@admin_tugas88", "@admin_tugas88"), ("|0813", "0813"), ("Rp", "Rp")],
)  # fmt: skip
def test_stray_symbols_are_dropped(read: str, kept: str) -> None:
    assert clean_token(read) == kept


def _w(text: str, line: int, par: int = 1, block: int = 1, left: int = 0) -> Word:
    return Word(text, left, line * 40, 50, 30, 90.0, block, par, line)


def test_lines_of_a_paragraph_are_joined_and_split_words_mended() -> None:
    words = [
        _w("Dicari", 1), _w("pe-", 1), _w("kerja", 2), _w("pabrik", 2), _w("|", 2),
        _w("WA", 3), _w("0812-", 3), _w("66O7-2190", 4),
        _w("Gaji", 1, par=2), _w("Rp", 1, par=2), _w("4.5OO.OOO", 1, par=2),
    ]  # fmt: skip
    text, placed = clean_words(words)
    assert text == "Dicari pekerja pabrik WA 0812-6607-2190\nGaji Rp 4.500.000"
    # Each kept word knows its place in the text and its box.
    assert [text[p.start : p.end] for p in placed] == [
        "Dicari", "pe", "kerja", "pabrik", "WA", "0812-", "6607-2190", "Gaji", "Rp", "4.500.000",
    ]  # fmt: skip
    assert placed[2].top == 80 and placed[1].top == 40


def test_tesseract_tsv_is_parsed_to_words() -> None:
    tsv = (
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        "1\t1\t0\t0\t0\t0\t0\t0\t800\t340\t-1\t\n"
        "5\t1\t1\t1\t1\t1\t32\t35\t107\t27\t96.5\tPeluang\n"
        "5\t1\t1\t1\t1\t2\t152\t35\t64\t27\t95.1\tkerja\n"
        "5\t1\t1\t1\t1\t3\t230\t35\t28\t21\t-1\t \n"
    )
    words = parse_tsv(tsv)
    assert [(w.text, w.left, w.conf) for w in words] == [
        ("Peluang", 32, 96.5),
        ("kerja", 152, 95.1),
    ]
