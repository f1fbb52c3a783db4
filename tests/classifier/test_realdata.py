"""Training and judging on real adverts: the split, the weights, and the numbers evaluate reports.

The real adverts themselves live outside the repository and never enter it; these tests build
files in the same format from the project's own corpus.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from classifier.corpus import read_examples
from classifier.evaluate import evaluate
from classifier.pipeline import Classifier
from classifier.realdata import (
    REAL_FUSION_SHARE,
    fusion_weights,
    read_real,
    source_group,
    split_for_fusion,
)
from classifier.shortcuts import layout_features, layout_probe

CORPUS = Path(__file__).resolve().parents[2] / "training_data"


def _real_format(tmp_path: Path, n: int = 80) -> Path:
    """A real-adverts folder made of corpus adverts: suspicious ones play fact-checked fakes,
    the others job-board adverts, split over two sources."""
    rows = []
    for i, e in enumerate(read_examples(CORPUS / "dev.jsonl")[:n]):
        rows.append(
            {
                "id": e.id,
                "text": e.text,
                "suspicious": e.suspicious,
                "red_flags": list(e.red_flags),
                "known_fraud": e.suspicious,
                "source": "alharkan7/turnbackhoax-analysis : x"
                if e.suspicious
                else ("prcillias/job-recommendation-system : loker.id" if i % 2 else "glints"),
            }
        )
    folder = tmp_path / "real"
    folder.mkdir()
    for split, part in (("train", rows[: n // 2]), ("dev", rows[n // 2 :])):
        (folder / f"{split}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part), "utf-8"
        )
    return folder


def test_split_is_seeded_disjoint_and_keeps_every_kind(tmp_path: Path) -> None:
    examples = read_real(_real_format(tmp_path), "train")
    learn, cal = split_for_fusion(examples, seed=13)
    again, _ = split_for_fusion(examples, seed=13)
    assert [e.id for e in learn] == [e.id for e in again]
    assert {e.id for e in learn}.isdisjoint({e.id for e in cal})
    assert len(learn) + len(cal) == len(examples)
    for part in (learn, cal):
        assert any(e.suspicious for e in part) and any(not e.suspicious for e in part)


def test_fusion_weights_give_the_real_rows_their_share() -> None:
    w = fusion_weights(600, 150)
    corpus, real = sum(w[:600]), sum(w[600:])
    assert real / (corpus + real) == pytest.approx(REAL_FUSION_SHARE)
    assert fusion_weights(10, 0) == [1.0] * 10


def test_source_groups_are_short_and_stable() -> None:
    assert source_group("prcillias/job-recommendation-system : job_data…") == "job board: loker.id"
    assert source_group("alharkan7/turnbackhoax-analysis : scraping") == (
        "fact-check: turnbackhoax"
    )
    assert source_group(None) == "unknown"


def test_missing_real_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"train\.jsonl"):
        read_real(tmp_path, "train")


def test_layout_probe_reads_no_content() -> None:
    a = "Dicari kasir.\\nGaji 3 jt. WA 0812 1111 2222"
    b = "Dicari sopir.\\nGaji 4 jt. WA 0813 3333 4444"
    assert layout_features(a) == layout_features(b)


def test_evaluate_reports_false_alarms_fakes_caught_and_sources(tmp_path: Path) -> None:
    folder = _real_format(tmp_path)
    train = read_examples(folder / "train.jsonl")
    probe = layout_probe(train, read_examples(folder / "dev.jsonl"))
    assert 0.0 <= probe["roc_auc"] <= 1.0
    report = evaluate(Classifier.load(), folder / "dev.jsonl", out=None)
    fusion = report["systems"]["fusion"]
    fakes = fusion["known_fakes_caught"]
    ordinary = fusion["ordinary_false_alarms"]
    assert fakes["n"] == report["suspicious"] and ordinary["n"] == report["n"] - fakes["n"]
    assert set(report["by_source"]) == {
        "fact-check: turnbackhoax",
        "job board: loker.id",
        "job board: glints",
    }
    assert "baseline" in report["by_source"]["job board: glints"]
    assert report["unsupported"] >= 0
