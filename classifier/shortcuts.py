"""Does a model learn what an advert says, or what kind of page it came from?

In the real labelled adverts the two classes come from different kinds of page: ordinary adverts
are mostly job-board cards and descriptions, fake offers mostly social-media posts. A model can
score well there by learning "card vs post" and then fail on honest WhatsApp job posts. This
probe measures how far layout alone goes: a logistic regression on features that say nothing
about content (length, lines, capitals, digits, emoji, separators, links, hashtags), trained on
the real train adverts and scored on real dev. Reported beside the headline numbers, with the
false-alarm rate on the corpus's honest informal adverts, so a high score that layout alone can
reach is read for what it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np

from classifier.corpus import Example
from classifier.metrics import prf

_URL = re.compile(r"https?://|www\.|\.(?:com|id|ly)\b", re.I)


def layout_features(text: str) -> list[float]:
    """Content-free features of one advert's text."""
    n = max(1, len(text))
    lines = text.splitlines() or [""]
    letters = [c for c in text if c.isalpha()]
    return [
        np.log1p(len(text)),
        np.log1p(len(lines)),
        sum(c.isupper() for c in letters) / max(1, len(letters)),
        sum(c.isdigit() for c in text) / n,
        sum(ord(c) > 0x2000 for c in text) / n,  # emoji, arrows, fancy letters
        text.count("|") / n,
        sum(line.lstrip().startswith(("-", "•", "*", "·")) for line in lines) / len(lines),
        len(_URL.findall(text)),
        text.count("#"),
        text.count("!") / n,
        float(np.mean([len(line) for line in lines])) / 100,
    ]


def layout_probe(train: Sequence[Example], test: Sequence[Example]) -> dict[str, Any]:
    """Verdict P/R/F1 and ROC-AUC of a layout-only logistic regression (train -> test)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.preprocessing import StandardScaler

    x_tr = np.array([layout_features(e.text) for e in train])
    x_te = np.array([layout_features(e.text) for e in test])
    y_tr = np.array([e.suspicious for e in train], dtype=int)
    y_te = np.array([e.suspicious for e in test], dtype=int)
    scaler = StandardScaler().fit(x_tr)
    lr = LogisticRegression(max_iter=2000, class_weight="balanced").fit(
        scaler.transform(x_tr), y_tr
    )
    p = lr.predict_proba(scaler.transform(x_te))[:, 1]
    auc = float(roc_auc_score(y_te, p)) if len(set(y_te)) == 2 else None
    return {
        "verdict": prf(y_te, p >= 0.5),
        "roc_auc": auc,
        "n_train": len(train),
        "n_test": len(test),
    }
