"""The yardstick: TF-IDF n-grams + logistic regression, trained on the same train split.

If the neural model and the fusion cannot beat this, they are not worth their weight. Word
1-2-grams catch phrases ("tanpa pengalaman", "potong gaji"); character 2-5-grams within words
catch slang spellings and glued numbers ("gj15jt", "brkt").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from classifier.corpus import Example
from classifier.inference import model_text
from classifier.labels import RED_FLAGS


class TfidfBaseline:
    """One verdict classifier and one classifier per red flag over shared TF-IDF features.

    Decisions use probability 0.5 (no tuning on dev: it is a reference point, not a product).
    """

    def __init__(self, seed: int = 13) -> None:
        self.seed = seed
        self.vectorizer: Any = None
        self.verdict: Any = None
        self.flags: list[Any] = []

    def fit(self, examples: Sequence[Example]) -> TfidfBaseline:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import FeatureUnion

        texts = [model_text(e.text, e.title) for e in examples]
        self.vectorizer = FeatureUnion(
            [
                ("word", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)),
                (
                    "char",
                    TfidfVectorizer(
                        analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True
                    ),
                ),
            ]
        )
        x = self.vectorizer.fit_transform(texts)
        y = np.array([e.suspicious for e in examples], dtype=int)
        self.verdict = LogisticRegression(C=10.0, max_iter=3000, random_state=self.seed).fit(x, y)
        self.flags = []
        for j in range(len(RED_FLAGS)):
            yj = np.array([e.flag_vector[j] for e in examples], dtype=int)
            if yj.min() == yj.max():  # a code absent (or always present) in train
                self.flags.append(float(yj[0]) if len(yj) else 0.0)
                continue
            clf = LogisticRegression(
                C=10.0, max_iter=3000, class_weight="balanced", random_state=self.seed
            )
            self.flags.append(clf.fit(x, yj))
        return self

    def predict_proba(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """P(suspicious) (N,) and P(flag) (N, 11)."""
        x = self.vectorizer.transform(list(texts))
        verdict = self.verdict.predict_proba(x)[:, 1]
        flags = np.zeros((len(texts), len(RED_FLAGS)))
        for j, clf in enumerate(self.flags):
            flags[:, j] = clf if isinstance(clf, float) else clf.predict_proba(x)[:, 1]
        return verdict, flags
