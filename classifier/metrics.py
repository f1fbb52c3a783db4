"""Plain-numpy metrics: precision/recall/F1, confusion matrix, precision at k, Brier, ECE."""

from __future__ import annotations

from typing import Any

import numpy as np

from vocabulary.red_flags import RED_FLAGS


def prf(truth: Any, pred: Any) -> dict[str, float]:
    """Precision, recall and F1 of the positive class (0 when undefined) and the support."""
    t = np.asarray(truth).astype(bool)
    p = np.asarray(pred).astype(bool)
    tp = int((t & p).sum())
    fp = int((~t & p).sum())
    fn = int((t & ~p).sum())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "support": int(t.sum())}


def confusion(truth: Any, pred: Any) -> dict[str, int]:
    t = np.asarray(truth).astype(bool)
    p = np.asarray(pred).astype(bool)
    return {
        "tn": int((~t & ~p).sum()),
        "fp": int((~t & p).sum()),
        "fn": int((t & ~p).sum()),
        "tp": int((t & p).sum()),
    }


def precision_at_k(truth: Any, scores: Any, k: int = 50) -> float:
    """Share of true positives among the k highest-scored items (what an investigator with
    time for k adverts a day would see); stable sort so ties keep data order."""
    t = np.asarray(truth).astype(bool)
    order = np.argsort(-np.asarray(scores, dtype=np.float64), kind="stable")[: min(k, len(t))]
    return float(t[order].mean()) if len(order) else 0.0


def flag_report(truth: np.ndarray, pred: np.ndarray) -> dict[str, Any]:
    """Per-code P/R/F1 plus micro and macro F1 over the (N, 12) label matrices."""
    per_code = {code: prf(truth[:, j], pred[:, j]) for j, code in enumerate(RED_FLAGS)}
    micro = prf(truth.ravel(), pred.ravel())
    present = [v["f1"] for v in per_code.values() if v["support"]]
    return {
        "micro": micro,
        "macro_f1": float(np.mean(present)) if present else 0.0,
        "per_code": per_code,
    }


def brier(truth: Any, prob: Any) -> float:
    t = np.asarray(truth, dtype=np.float64)
    return float(np.mean((np.asarray(prob, dtype=np.float64) - t) ** 2)) if len(t) else 0.0


def ece(truth: Any, prob: Any, bins: int = 10) -> float:
    """Expected calibration error over equal-width probability bins."""
    t = np.asarray(truth, dtype=np.float64)
    p = np.asarray(prob, dtype=np.float64)
    if not len(t):
        return 0.0
    idx = np.minimum((p * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        sel = idx == b
        if sel.any():
            total += sel.mean() * abs(t[sel].mean() - p[sel].mean())
    return float(total)


def best_threshold(
    truth: Any, prob: Any, groups: Any = None, max_false_alarms: float | None = None
) -> float:
    """The probability threshold maximising F1 (ties: nearest 0.5). With ``groups`` (one label
    per row, e.g. "corpus"/"real"), the mean of the groups' F1s, so a small group counts as
    much as a large one. With ``max_false_alarms``, only thresholds that flag at most that
    share of the negatives in every group are considered (the least-alarming one when none
    does)."""
    truth, prob = np.asarray(truth).astype(bool), np.asarray(prob)
    parts = (
        [np.ones(len(truth), bool)]
        if groups is None
        else [np.asarray(groups) == g for g in sorted(set(groups))]
    )
    best_t, best_key = 0.5, (False, -1.0)
    for t in np.round(np.arange(0.02, 0.99, 0.01), 2):
        pred = prob >= t
        f = float(np.mean([prf(truth[m], pred[m])["f1"] for m in parts]))
        alarms = max(float(pred[m & ~truth].mean()) if (m & ~truth).any() else 0.0 for m in parts)
        ok = max_false_alarms is None or alarms <= max_false_alarms + 1e-12
        key = (ok, f if ok else -alarms)
        if key > best_key or (key == best_key and abs(t - 0.5) < abs(best_t - 0.5)):
            best_t, best_key = float(t), key
    return best_t
