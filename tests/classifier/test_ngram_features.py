"""The n-gram model's own TF-IDF rows equal scikit-learn's, on every advert of the corpus
(the shipped fusion was fitted on scikit-learn's numbers)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from classifier.baseline import TfidfBaseline, _Features
from classifier.corpus import read_examples
from classifier.pipeline import SHIPPED_MODEL_DIR
from vocabulary.red_flags import RED_FLAGS

DATA = SHIPPED_MODEL_DIR.parent.parent / "training_data"
ODD = ["", "   ", "a", "Ünïcode ÉÉ  tab\tnew\nline", "xxx", "GAJI 15JT!!! wa.me/62812", "ab " * 300]


@pytest.fixture(scope="module")
def model() -> TfidfBaseline:
    return TfidfBaseline.load(SHIPPED_MODEL_DIR)


def corpus() -> list[str]:
    names = ("train.jsonl", "dev.jsonl", "test.jsonl", "challenge/challenge.jsonl")
    return [e.text for name in names for e in read_examples(DATA / name)] + ODD


def test_rows_equal_scikit_learn_on_the_whole_corpus(model: TfidfBaseline) -> None:
    texts = corpus()
    for vectorizer in model.vectorizers:
        want = sparse.csr_matrix(vectorizer.transform(texts))
        got = _Features(vectorizer).transform(texts)
        want.sort_indices()
        got.sort_indices()
        assert np.array_equal(want.indptr, got.indptr)
        assert np.array_equal(want.indices, got.indices)
        assert np.allclose(want.data, got.data, rtol=0, atol=1e-12)
    reference = sparse.hstack([v.transform(texts) for v in model.vectorizers]).tocsr()
    logits = model.logits(texts)
    assert np.allclose(logits, np.asarray(reference @ model.weight) + model.bias, atol=1e-9)
    assert model.logits([]).shape == (0, 1 + len(RED_FLAGS))


def test_the_word_cache_is_bounded(model: TfidfBaseline) -> None:
    char = next(v for v in model.vectorizers if v.analyzer == "char_wb")
    features = _Features(char, cache_words=100)
    features.transform([" ".join(f"kata{i}" for i in range(1000))])
    assert features._word_columns.cache_info().currsize == 100


def test_other_vectorizer_settings_are_refused(model: TfidfBaseline) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    fitted = TfidfVectorizer(analyzer="char", sublinear_tf=True).fit(["gaji besar", "tanpa"])
    with pytest.raises(ValueError, match="unsupported"):
        _Features(fitted)
