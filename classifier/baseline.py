"""TF-IDF n-grams + logistic regression: the yardstick, and one of the fusion's three signals.

As a yardstick: if the network and the fusion cannot beat this, they are not worth their
weight. As a signal: on the 2026-12 corpus this linear model was as good as the network on
dev and better on the (more hand-written) test split, and the fusion of all three signals was
better on dev, out of fold, than any pair of them (see ``fusion.py`` and the model card), so
the shipped model folder carries a copy fitted on the train split (``ngram.json`` +
``ngram.safetensors``) and the fusion reads its log-odds.

Word 1-2-grams catch phrases ("tanpa pengalaman", "potong gaji"); character 2-5-grams within
words catch slang spellings and glued numbers ("gj15jt", "brkt").
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

from classifier.corpus import Example
from classifier.inference import model_text
from vocabulary.red_flags import RED_FLAGS

NGRAM_CONFIG = "ngram.json"
NGRAM_WEIGHTS = "ngram.safetensors"
# The two views of the text, in column order; the parameters are part of the saved file so a
# loaded model tokenises exactly as the fitted one did.
VECTORIZERS: dict[str, dict[str, Any]] = {
    "word": {"ngram_range": [1, 2], "min_df": 2, "sublinear_tf": True},
    "char": {"analyzer": "char_wb", "ngram_range": [2, 5], "min_df": 2, "sublinear_tf": True},
}
_C = 10.0


def _vectorizer(params: dict[str, Any], vocabulary: dict[str, int] | None = None) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer

    args = {**params, "ngram_range": tuple(params["ngram_range"])}
    return TfidfVectorizer(**args, vocabulary=vocabulary)


class _Features:
    """The TF-IDF rows of one fitted vectorizer, computed as scikit-learn computes them but
    with the text cut into words once and each word's n-gram columns cached.

    Why: scikit-learn builds every character n-gram of every advert as a Python string and
    looks each one up (~1,400 per advert): 15 % of the citizen check's classifying thread in
    a py-spy profile, and 0.57 ms per advert against 0.21 with this class. Adverts
    reuse the same few thousand words, so the columns of a word's character n-grams are
    computed once per word (an LRU cache: memory stays bounded over a long crawl). Text is
    prepared by the vectorizer's own preprocessor and tokenizer; only the two analyzers used
    here are supported (``word`` without stop words, and ``char_wb``), and the test checks
    the output equals ``TfidfVectorizer.transform`` on the whole corpus.
    """

    def __init__(self, vectorizer: Any, cache_words: int = 50_000) -> None:
        if vectorizer.analyzer not in ("word", "char_wb") or vectorizer.stop_words is not None:
            raise ValueError(f"unsupported vectorizer settings: {vectorizer.analyzer}")
        if not vectorizer.sublinear_tf or vectorizer.norm != "l2" or not vectorizer.use_idf:
            raise ValueError("expected sublinear_tf, use_idf and l2 norm")
        self.vocabulary: dict[str, int] = vectorizer.vocabulary_
        self.idf = np.asarray(vectorizer.idf_, dtype=np.float64)
        self.lo, self.hi = vectorizer.ngram_range
        self.char = vectorizer.analyzer == "char_wb"
        self.preprocess = vectorizer.build_preprocessor()  # lower-casing, as configured
        self.tokenize = vectorizer.build_tokenizer()  # the word analyzer's token_pattern
        self._word_columns = lru_cache(maxsize=cache_words)(self._char_columns)

    def _char_columns(self, word: str) -> tuple[int, ...]:
        # scikit-learn's _char_wb_ngrams for one word: padded with a space on each side; a
        # word shorter than n yields itself once and stops the longer sizes.
        w = f" {word} "
        vocab, out = self.vocabulary, []
        for n in range(self.lo, self.hi + 1):
            if len(w) <= n:
                col = vocab.get(w)
                if col is not None:
                    out.append(col)
                break
            for i in range(len(w) - n + 1):
                col = vocab.get(w[i : i + n])
                if col is not None:
                    out.append(col)
        return tuple(out)

    def _columns(self, text: str) -> list[int]:
        doc = self.preprocess(text)
        if self.char:
            cols: list[int] = []
            for word in doc.split():
                cols.extend(self._word_columns(word))
            return cols
        tokens = self.tokenize(doc)
        grams = list(tokens) if self.lo == 1 else []
        for n in range(max(self.lo, 2), min(self.hi, len(tokens)) + 1):
            grams += [" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
        vocab = self.vocabulary
        return [vocab[g] for g in grams if g in vocab]

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        indptr, indices, data = [0], [], []
        for text in texts:
            cols, counts = np.unique(np.asarray(self._columns(text), dtype=np.int64),
                                     return_counts=True)  # fmt: skip
            tf = (np.log(counts) + 1.0) * self.idf[cols]  # sublinear tf, then idf
            norm = np.sqrt(np.dot(tf, tf))
            indices.append(cols)
            data.append(tf / norm if norm > 0 else tf)
            indptr.append(indptr[-1] + len(cols))
        shape = (len(texts), len(self.idf))
        if not indices:
            return sparse.csr_matrix(shape)
        return sparse.csr_matrix(
            (np.concatenate(data), np.concatenate(indices), np.asarray(indptr)), shape=shape
        )


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return float(np.log(p / (1 - p)))


class TfidfBaseline:
    """One verdict classifier and one classifier per red flag over shared TF-IDF features.

    Decisions as a yardstick use probability 0.5 (no tuning on dev: it is a reference point).
    After fitting, the 12 logistic regressions are kept as one weight matrix (features x 12,
    rounded to float32, as saved), so scoring is one sparse product and a loaded copy gives
    the fitted copy's numbers exactly.
    """

    def __init__(self, seed: int = 13) -> None:
        self.seed = seed
        self.vectorizers: list[Any] = []
        self._features: list[_Features] = []  # one per vectorizer, once fitted or loaded
        self.weight: np.ndarray = np.zeros((0, 1 + len(RED_FLAGS)))
        self.bias: np.ndarray = np.zeros(1 + len(RED_FLAGS))

    def fit(self, examples: Sequence[Example]) -> TfidfBaseline:
        from sklearn.linear_model import LogisticRegression

        texts = [model_text(e.text, e.title) for e in examples]
        self.vectorizers = [_vectorizer(p) for p in VECTORIZERS.values()]
        x = sparse.hstack([v.fit_transform(texts) for v in self.vectorizers]).tocsr()
        self._features = [_Features(v) for v in self.vectorizers]
        targets = [np.array([e.suspicious for e in examples], dtype=int)]
        targets += [
            np.array([e.flag_vector[j] for e in examples], dtype=int) for j in range(len(RED_FLAGS))
        ]
        weight = np.zeros((x.shape[1], len(targets)))
        bias = np.zeros(len(targets))
        for k, y in enumerate(targets):
            if y.min() == y.max():  # a code absent (or always present) in train: a constant
                bias[k] = _logit(float(y[0]) if len(y) else 0.0)
                continue
            clf = LogisticRegression(
                C=_C,
                max_iter=3000,
                # The verdict is balanced in the corpus; most codes are rare.
                class_weight=None if k == 0 else "balanced",
                random_state=self.seed,
            ).fit(x, y)
            weight[:, k], bias[k] = clf.coef_[0], clf.intercept_[0]
        self.weight = weight.astype(np.float32).astype(np.float64)
        self.bias = bias.astype(np.float32).astype(np.float64)
        return self

    def logits(self, texts: Sequence[str]) -> np.ndarray:
        """(N, 12) log-odds: the verdict, then the red flags in label order."""
        if not self._features:
            raise RuntimeError("the n-gram model is not fitted")
        x = sparse.hstack([f.transform(texts) for f in self._features]).tocsr()
        return np.asarray(x @ self.weight) + self.bias

    def predict_proba(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """P(suspicious) (N,) and P(flag) (N, 12)."""
        z = self.logits(texts)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))
        return p[:, 0], p[:, 1:]

    def save(self, folder: str | Path) -> None:
        """``ngram.json`` (parameters, vocabularies in column order) and ``ngram.safetensors``
        (idf vectors, weights, biases): plain data, no pickles."""
        from safetensors.numpy import save_file

        folder = Path(folder)
        config = {
            "seed": self.seed,
            "outputs": ["suspicious", *RED_FLAGS],
            "vectorizers": [
                {
                    "name": name,
                    "params": params,
                    "terms": sorted(v.vocabulary_, key=v.vocabulary_.__getitem__),
                }
                for (name, params), v in zip(VECTORIZERS.items(), self.vectorizers, strict=True)
            ],
        }
        (folder / NGRAM_CONFIG).write_text(json.dumps(config, ensure_ascii=False) + "\n", "utf-8")
        tensors = {
            f"idf_{name}": v.idf_ for name, v in zip(VECTORIZERS, self.vectorizers, strict=True)
        }
        tensors |= {"weight": self.weight.astype(np.float32), "bias": self.bias.astype(np.float32)}
        save_file({k: np.ascontiguousarray(a) for k, a in tensors.items()}, folder / NGRAM_WEIGHTS)
        (folder / NGRAM_WEIGHTS).chmod(0o644)

    @classmethod
    def load(cls, folder: str | Path) -> TfidfBaseline:
        from safetensors.numpy import load_file

        folder = Path(folder)
        config = json.loads((folder / NGRAM_CONFIG).read_text("utf-8"))
        if config.get("outputs") != ["suspicious", *RED_FLAGS]:
            raise ValueError(f"{folder / NGRAM_CONFIG} was made for other labels")
        tensors = load_file(folder / NGRAM_WEIGHTS)
        model = cls(seed=int(config.get("seed", 13)))
        for spec in config["vectorizers"]:
            v = _vectorizer(spec["params"], {t: i for i, t in enumerate(spec["terms"])})
            v.idf_ = tensors[f"idf_{spec['name']}"].astype(np.float64)
            model.vectorizers.append(v)
            model._features.append(_Features(v))
        model.weight = tensors["weight"].astype(np.float64)
        model.bias = tensors["bias"].astype(np.float64)
        return model

    @staticmethod
    def present(folder: str | Path) -> bool:
        return (Path(folder) / NGRAM_CONFIG).exists() and (Path(folder) / NGRAM_WEIGHTS).exists()
