"""The committed training corpus (training_data/{train,dev,test}.jsonl) and its build script.

The near-duplicate check uses the very functions of ``training_data/build.py`` (loaded from the
script's path: training_data is data, not a package).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from vocabulary.red_flags import RED_FLAG_LABELS

DATA = Path(__file__).resolve().parent.parent / "training_data"
SPLITS = ("train", "dev", "test")


def _load_build() -> ModuleType:
    name = "waspada_corpus_build"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, DATA / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look the module up while it executes
    spec.loader.exec_module(module)
    return module


build = _load_build()


@pytest.fixture(scope="module")
def splits() -> dict[str, list[dict]]:
    out = {}
    for s in SPLITS:
        with (DATA / f"{s}.jsonl").open(encoding="utf-8") as fh:
            out[s] = [json.loads(line) for line in fh if line.strip()]
    return out


def all_rows(splits: dict[str, list[dict]]) -> list[dict]:
    return [row for s in SPLITS for row in splits[s]]


def test_codes_are_the_shared_taxonomy() -> None:
    assert build.CODES == RED_FLAG_LABELS
    assert list(build.CODES) == list(RED_FLAG_LABELS)


def test_rows_follow_the_schema(splits: dict[str, list[dict]]) -> None:
    for s in SPLITS:
        for row in splits[s]:
            errors, warnings = build.validate_record(row)
            assert not errors, (s, row.get("id"), errors)
            assert not warnings, (s, row.get("id"), warnings)
            assert set(row) <= set(build.OUTPUT_FIELDS)
            assert all(code in RED_FLAG_LABELS for code in row["red_flags"])
    ids = [row["id"] for row in all_rows(splits)]
    assert len(ids) == len(set(ids))


def test_size_and_code_coverage(splits: dict[str, list[dict]]) -> None:
    rows = all_rows(splits)
    assert len(rows) >= 4000
    counts = Counter(code for row in rows for code in row["red_flags"])
    thin = {code: counts[code] for code in RED_FLAG_LABELS if counts[code] < 150}
    assert not thin, thin


def test_roughly_balanced(splits: dict[str, list[dict]]) -> None:
    rows = all_rows(splits)
    ratio = sum(row["suspicious"] for row in rows) / len(rows)
    assert 0.35 <= ratio <= 0.65, ratio


def test_every_split_has_all_languages(splits: dict[str, list[dict]]) -> None:
    for s in SPLITS:
        assert {row["lang"] for row in splits[s]} == set(build.LANGS), s


def test_no_exact_duplicates_across_splits(splits: dict[str, list[dict]]) -> None:
    keys = {s: {build.normalise(row["text"]) for row in splits[s]} for s in SPLITS}
    assert not keys["train"] & keys["dev"]
    assert not keys["train"] & keys["test"]
    assert not keys["dev"] & keys["test"]


def test_no_near_duplicates_across_splits(splits: dict[str, list[dict]]) -> None:
    texts = {s: [row["text"] for row in splits[s]] for s in SPLITS}
    crossing = build.cross_split_near_duplicates(texts)
    assert crossing == [], [
        (a, splits[a][i]["id"], b, splits[b][j]["id"], round(sim, 2))
        for a, i, b, j, sim in crossing[:10]
    ]


def test_test_split_has_hand_written_adverts_from_every_slice(
    splits: dict[str, list[dict]],
) -> None:
    stats = json.loads((DATA / "stats.json").read_text(encoding="utf-8"))
    slices = set(stats["load"]["files"])
    test_ids = {row["id"] for row in splits["test"] if row["origin"] == "hand"}
    assert test_ids
    assert set(stats["test_hand_by_slice"]) == slices


def test_near_duplicate_detection_finds_a_slot_swap_and_ignores_a_different_advert() -> None:
    base = (
        "Dicari admin gudang untuk PT Maju Jaya di Kota Jambi. Syarat pendidikan minimal SMA, "
        "jujur, teliti, bisa Excel. Gaji UMK, BPJS, libur hari Minggu. Kirim lamaran ke kantor "
        "kami di Jalan Gatot Subroto nomor 12 paling lambat akhir bulan ini."
    )
    swapped = base.replace("Maju Jaya", "Sinar Abadi").replace("12", "45")
    other = (
        "INFO KERJA KAMBOJA admin online gaji 15 juta, tiket ditanggung, visa turis dulu, "
        "japri sekarang kuota terbatas."
    )
    pairs = build.near_duplicate_pairs([base, swapped, other])
    assert [(i, j) for i, j, _ in pairs] == [(0, 1)]
    assert build.normalise("Gaji  8 JUTA\n0812-1234") == "gaji 0 juta 0-0"


def test_bad_lines_are_reported_with_file_and_line(tmp_path: Path) -> None:
    good = {
        "id": "t-1",
        "text": "Dicari kasir toko roti di Telanaipura, gaji UMK.",
        "channel": "facebook",
        "lang": "id",
        "suspicious": False,
        "red_flags": [],
        "origin": "hand",
    }
    bad_code = {**good, "id": "t-2", "red_flags": ["too_good_to_be_true"]}
    bad_channel = {**good, "id": "t-3", "channel": "email", "lang": "fr"}
    src = tmp_path / "sources"
    src.mkdir()
    path = src / "tiny.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps(good),
                json.dumps(bad_code),
                "{not json",
                json.dumps(bad_channel),
                json.dumps(good),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    report = build.load_sources(src)
    assert [a.id for a in report.adverts] == ["t-1"]
    assert len(report.bad) == 4
    assert report.bad[0].startswith("tiny.jsonl:2:") and "too_good_to_be_true" in report.bad[0]
    assert report.bad[1].startswith("tiny.jsonl:3:") and "invalid JSON" in report.bad[1]
    assert report.bad[2].startswith("tiny.jsonl:4:") and "channel" in report.bad[2]
    assert "lang" in report.bad[2]
    assert report.bad[3].startswith("tiny.jsonl:5:") and "already used" in report.bad[3]
    # Without --allow-bad the build stops with a non-zero status and writes nothing.
    out = tmp_path / "out"
    status = build.main(["--sources", str(src), "--out-dir", str(out), "--karirhub", str(out)])
    assert status == 1
    assert not out.exists()


def test_combined_file_wins_over_hand_file(tmp_path: Path) -> None:
    for name in ("a.hand.jsonl", "a.jsonl", "b.hand.jsonl", "a.part2.jsonl"):
        (tmp_path / name).write_text("", encoding="utf-8")
    chosen, ignored = build.source_files(tmp_path)
    assert {k: v.name for k, v in chosen.items()} == {"a": "a.jsonl", "b": "b.hand.jsonl"}
    assert sorted(ignored) == ["a.hand.jsonl", "a.part2.jsonl"]
