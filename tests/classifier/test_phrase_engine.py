"""The one-pass phrase prefilter changes nothing but speed.

:mod:`classifier.phrase_engine` skips a phrase list's regex when none of the literals every
match needs occurs in the advert. These tests check the literal extraction on its own, the
case folding it relies on, and then the whole point: the corpus (test split, challenge set and,
where it exists, the real dev set) classified with the prefilter on and off gives the same
``waspada classify`` JSON, and the rules and entities agree on the dev and train splits too.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from classifier import phrase_engine
from classifier.analysis import analyse
from classifier.corpus import read_examples
from classifier.phrase_engine import required_literals, scan_text
from classifier.pipeline import AdvertInput, Classifier
from classifier.rates import default_rates
from classifier.rules.context import build_context

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "training_data"
REAL_DEV = ROOT.parent / "shared" / "realdata" / "dev.jsonl"


@pytest.fixture
def engine_off() -> Iterator[None]:
    phrase_engine.set_enabled(False)
    try:
        yield
    finally:
        phrase_engine.set_enabled(True)


@pytest.mark.parametrize(
    ("pattern", "literals", "example"),
    [
        (r"siap\s?kerja", {"kerja"}, "daftar di siapkerja"),
        (r"(?:tki|tkw)", {"tki", "tkw"}, "dicari tkw"),
        (r"bp[23]mi", {"bp2mi", "bp3mi"}, "lapor ke bp3mi"),  # a small class: each spelling
        (r"p[0-9]mi", {"mi"}, "lapor ke p4mi"),  # a wide class breaks the run
        (r"potong(?:an)?\s+gaji", {"potong"}, "ada potongan gaji"),
        (r"(?:kuota|slot)\s+(?:terbatas|tinggal)", {"terbatas", "tinggal"}, "slot tinggal 3"),
        (r"visa\s+(?!kerja)\w+", {"visa"}, "pakai visa turis"),  # assertions need nothing
        (r"(?:gaji|salary)+", {"gaji", "salary"}, "salarysalary"),  # a repeat of at least one
        (r"HONG\s*KONG", {"hong"}, "HONG KONG"),  # lower-cased
        (r"a\.?n\.?\s+[a-z]+", {"an", "a.n"}, "transfer a.n budi"),  # optional characters
        (r"potong(?:an)?", {"potong"}, "potongan"),  # "potongan" contains "potong"
    ],
)
def test_required_literals(pattern: str, literals: set[str], example: str) -> None:
    assert required_literals((pattern,)) == literals
    m = re.search(pattern, example)
    assert m is not None
    assert any(lit in scan_text(m.group(0)) for lit in literals)


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:usia)?\s*\d{2}",  # nothing is needed
        r"\d+\s*[a-z]+",  # only classes
        r"(?:gaji)*\d",  # a repeat that may be absent
        r"(?:kerja|\d+)",  # one branch needs nothing
    ],
)
def test_lists_that_need_no_literal_are_always_run(pattern: str) -> None:
    assert required_literals((pattern,)) is None
    assert required_literals((r"kerja", pattern)) is None  # one such pattern decides the list


def test_a_list_is_skipped_only_when_none_of_its_literals_occur() -> None:
    text = "Dicari ART ke Taiwan, gaji 25 juta, berangkat cepat"
    absent = (r"siap\s?kerja", r"sip2mi")  # neither "kerja" nor "sip2mi" is in the text
    present = (r"siap\s?kerja", r"berangkat")
    phrase_engine.gate(absent), phrase_engine.gate(present)  # lists register on first use
    ctx = build_context(text)
    assert ctx.norm.phrase_hits is not None
    assert ctx.rx(absent) is None and ctx.find(absent) == [] and not ctx.has(absent)
    assert [m.group(0) for m in ctx.find(present)] == ["berangkat"]
    # A list first seen after the advert was scanned is run, not skipped.
    late = (r"sip3mi\s+nomor",)
    assert ctx.rx(late) is not None


def test_a_whole_word_list_is_skipped_when_its_words_occur_only_inside_words() -> None:
    words = (r"no", r"(?:wa|whatsapp)")  # whole patterns: a match is one of these words
    phrase_engine.gate(words)
    ctx = build_context("Nomor rekening dan jawaban")  # "no" in "nomor", "wa" in "jawaban"
    assert ctx.rx(words) is None and ctx.find(words) == []
    # A slice has no character before its start, so the regex may match at its edge there.
    assert ctx.search(words, "wa 0812") is not None
    # A search that stops inside a word passes the stop for a boundary: "no" of "nomor".
    assert ctx.search(words, endpos=2) is not None
    assert [m.group(0) for m in build_context("No WA: 0812").find(words)] == ["no", "wa"]


def test_a_pattern_needs_every_literal_part_of_it() -> None:
    parts = (r"proses\s+(?:cepat|kilat)", r"(?:tanpa|tidak\s+(?:perlu|usah))\s+tes")
    phrase_engine.gate(parts)
    # "proses" without a speed, "tidak" without "perlu"/"usah", "tes" without "tanpa"/"tidak"
    ctx = build_context("Proses lamaran mudah, tidak ada tes")
    assert ctx.rx(parts) is None
    assert ctx.find(parts) == []
    found = build_context("Proses cepat, tanpa tes").find(parts)
    assert [m.group(0) for m in found] == ["proses cepat", "tanpa tes"]


def test_case_folding_covers_every_character_ignorecase_maps_to_ascii() -> None:
    """A case-insensitive list matches these characters as ASCII letters; the scan must see
    the letters too (recomputed over all of Unicode, so a new Python cannot slip one in)."""
    letters = re.compile(r"[a-z]", re.I)
    for code in range(0x80, sys.maxunicode + 1):
        ch = chr(code)
        if letters.fullmatch(ch) is None:
            continue
        for letter in "abcdefghijklmnopqrstuvwxyz":
            if re.fullmatch(letter, ch, re.I):
                assert letter in scan_text(ch), (hex(code), letter)


def test_switched_off_runs_every_list(engine_off: None) -> None:
    ctx = build_context("Lowongan kerja")
    assert ctx.norm.phrase_hits is None
    assert ctx.rx((r"sip2mi",)) is not None


def _texts(*names: str) -> list[AdvertInput]:
    items: list[AdvertInput] = []
    for name in names:
        items += [AdvertInput(text=e.text, id=e.id) for e in read_examples(CORPUS / name)]
    return items


class _NetworkOnce:
    """The network's scores of each batch, computed once: the prefilter cannot change them,
    and the second pass then costs only the rules (the slow part of this test otherwise)."""

    def __init__(self, scorer: Any) -> None:
        self.scorer = scorer
        self.seen: dict[tuple[tuple[str, ...], int], Any] = {}

    def score(self, texts: list[str], batch_size: int) -> Any:
        key = (tuple(texts), batch_size)
        if key not in self.seen:
            self.seen[key] = self.scorer.score(texts, batch_size=batch_size)
        return self.seen[key]


def _answers(clf: Classifier, items: list[AdvertInput]) -> list[str]:
    out: list[str] = []
    for i in range(0, len(items), 32):
        out += [
            json.dumps(r.to_dict(), ensure_ascii=False, sort_keys=True)
            for r in clf.classify(items[i : i + 32])
        ]
    return out


def test_classify_json_is_the_same_with_and_without_the_prefilter() -> None:
    """``waspada classify`` output, byte for byte, on the test split, the challenge set and
    the real dev set (read here only, when it exists)."""
    items = _texts("test.jsonl", "challenge/challenge.jsonl")
    if REAL_DEV.is_file():
        items += [AdvertInput(text=e.text, id=e.id) for e in read_examples(REAL_DEV)]
    clf = Classifier.load(quantize=True, threads=1)  # as served; one thread: a shared machine
    clf.scorer = _NetworkOnce(clf.scorer)  # type: ignore[assignment]
    phrase_engine.set_enabled(False)
    try:
        before = _answers(clf, items)
    finally:
        phrase_engine.set_enabled(True)
    after = _answers(clf, items)
    assert phrase_engine.literal_count() > 500  # the rules' and gazetteers' lists registered
    differ = [items[i].id for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    assert not differ, f"{len(differ)} adverts differ, first {differ[:5]}"


def test_rules_and_entities_are_the_same_on_dev_and_train() -> None:
    """The rest of the corpus, through the rule-based half only (the network does not read
    the phrase lists, and is the slow part)."""
    rates = default_rates()
    items = _texts("dev.jsonl", "train.jsonl")
    phrase_engine.set_enabled(False)
    try:
        before = [analyse(a.text, None, rates) for a in items]
    finally:
        phrase_engine.set_enabled(True)
    differ = [a.id for a, b in zip(items, before, strict=True) if analyse(a.text, None, rates) != b]
    assert not differ, f"{len(differ)} adverts differ, first {differ[:5]}"
