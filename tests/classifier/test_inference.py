"""Batching of the network: adverts of similar lengths together, each batch padded only to its
own longest member, and scores that do not depend on which batch an advert landed in."""

from __future__ import annotations

import numpy as np
import pytest

from classifier.corpus import read_examples
from classifier.inference import BUCKET_MIN_TOKENS, BUCKET_SLACK, Scorer, length_buckets
from classifier.model import load_model
from classifier.pipeline import SHIPPED_MODEL_DIR
from tests.classifier.test_pipeline import LEGIT, SCAM


def test_buckets_cover_every_advert_once_in_length_order() -> None:
    rng = np.random.default_rng(7)
    lengths = rng.integers(5, 257, size=300)
    batches = length_buckets(lengths, batch_size=32)
    flat = np.concatenate(batches)
    assert sorted(flat.tolist()) == list(range(300))
    assert [int(x) for x in lengths[flat]] == sorted(int(x) for x in lengths)
    for batch in batches:
        assert 1 <= len(batch) <= 32
        lo, hi = int(lengths[batch].min()), int(lengths[batch].max())
        assert hi <= max(lo * (1 + BUCKET_SLACK), lo + BUCKET_MIN_TOKENS)


def test_short_and_long_adverts_are_not_padded_together() -> None:
    lengths = np.array([12, 250, 14, 240, 13])
    batches = [sorted(b.tolist()) for b in length_buckets(lengths, batch_size=32)]
    assert batches == [[0, 2, 4], [1, 3]]
    assert [b.tolist() for b in length_buckets(np.array([9] * 5), batch_size=2)] == [
        [0, 1],
        [2, 3],
        [4],
    ]
    assert length_buckets(np.array([], dtype=int), batch_size=4) == []


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return Scorer.from_folder(SHIPPED_MODEL_DIR, load_model(SHIPPED_MODEL_DIR), 256)


def test_scores_in_a_mixed_batch_equal_scores_one_at_a_time(scorer: Scorer) -> None:
    path = SHIPPED_MODEL_DIR.parent.parent / "training_data" / "test.jsonl"
    texts = [e.text for e in read_examples(path)[:40]]
    texts += [SCAM, LEGIT, "Loker kasir, WA 0812", SCAM + "\n" + LEGIT * 6]
    verdict, flags = scorer.score(texts, batch_size=16)
    for i, text in enumerate(texts):
        v1, f1 = scorer.score([text])
        assert verdict[i] == pytest.approx(v1[0], abs=1e-4)
        assert np.allclose(flags[i], f1[0], atol=1e-5)
