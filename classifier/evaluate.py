"""Side-by-side evaluation of the rules alone, the model (the network) alone, the fusion and the
TF-IDF baseline on one labelled file (``evaluate(classifier, "training_data/test.jsonl")``).

The baseline is trained afresh on the train split; it is the same recipe as the n-gram model
inside the fusion, so "fusion vs baseline" asks whether the network and the rules add anything
to it.

Every system's decisions use thresholds fixed beforehand (from ``calibration.json``, chosen on
dev; 0.5 for the baseline), so evaluating on test tunes nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, TextIO

import numpy as np

from classifier.baseline import TfidfBaseline
from classifier.corpus import read_examples
from classifier.fusion import decide_flags
from classifier.inference import model_text
from classifier.labels import RED_FLAGS
from classifier.metrics import confusion, flag_report, precision_at_k, prf
from classifier.pipeline import AdvertInput, Classifier

SYSTEMS = ("rules", "model", "fusion", "baseline")
TOP_K = 50


def _system(
    y: np.ndarray, pred: np.ndarray, score: np.ndarray, y_flags: np.ndarray, flags: np.ndarray
) -> dict[str, Any]:
    return {
        "verdict": prf(y, pred),
        "confusion": confusion(y, pred),
        f"precision_at_{TOP_K}": precision_at_k(y, score, TOP_K),
        "flags": flag_report(y_flags, flags),
    }


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))


def evaluate(
    classifier: Classifier,
    data_file: str | Path,
    *,
    train_file: str | Path | None = None,
    baseline: TfidfBaseline | None = None,
    out: TextIO | None = sys.stdout,
) -> dict[str, Any]:
    """Evaluate the four systems on ``data_file`` and return a JSON-able dict; also write the
    table to ``out`` (None: silent). The baseline is trained on ``train_file`` (default: the
    ``train.jsonl`` beside ``data_file``) unless a fitted one is passed."""
    data_file = Path(data_file)
    examples = read_examples(data_file)
    y = np.array([e.suspicious for e in examples], dtype=bool)
    y_flags = np.array([e.flag_vector for e in examples], dtype=bool).reshape(-1, len(RED_FLAGS))
    cal = classifier.calibration
    comp = classifier.components(
        [AdvertInput(text=e.text, title=e.title, id=e.id) for e in examples]
    )

    systems: dict[str, Any] = {}
    fired = comp.rule_scores >= cal.rule_threshold
    n_hits = fired.sum(axis=1)
    # Rank by number of codes fired, then by total rule strength.
    rule_rank = n_hits + comp.rule_scores.sum(axis=1) / (len(RED_FLAGS) + 1)
    systems["rules"] = _system(y, n_hits >= cal.rules_min_hits, rule_rank, y_flags, fired)

    model_prob = _sigmoid(comp.model_verdict_logit.astype(np.float64))
    model_flags = comp.model_flag_probs >= np.array(
        [cal.model_flag_thresholds[c] for c in RED_FLAGS]
    )
    systems["model"] = _system(
        y, model_prob >= cal.model_threshold, model_prob, y_flags, model_flags
    )

    fusion_flags = np.zeros_like(y_flags)
    for i in range(len(examples)):
        for code, _score, _fired in decide_flags(cal, comp.flag_probs[i], comp.rule_scores[i]):
            fusion_flags[i, RED_FLAGS.index(code)] = True
    systems["fusion"] = _system(
        y, comp.fused >= classifier.threshold, comp.fused, y_flags, fusion_flags
    )

    if baseline is None:
        train_path = Path(train_file) if train_file else data_file.with_name("train.jsonl")
        baseline = TfidfBaseline().fit(read_examples(train_path))
    b_verdict, b_flags = baseline.predict_proba([model_text(e.text, e.title) for e in examples])
    systems["baseline"] = _system(y, b_verdict >= 0.5, b_verdict, y_flags, b_flags >= 0.5)

    report = {
        "data": str(data_file),
        "n": len(examples),
        "suspicious": int(y.sum()),
        "model": classifier.version,
        "threshold": classifier.threshold,
        "systems": systems,
    }
    if out is not None:
        out.write(format_table(report) + "\n")
    return report


def format_table(report: dict[str, Any]) -> str:
    """A plain-text comparison: verdict P/R/F1, confusion, precision@50, flag micro/macro F1,
    then per-code F1 for each system."""
    systems = report["systems"]
    lines = [
        f"{report['data']}: {report['n']} adverts, {report['suspicious']} suspicious; "
        f"model {report['model']}, threshold {report['threshold']:.2f}",
        "",
        f"{'system':<9} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5} {'TN':>5} "
        f"{'P@' + str(TOP_K):>6} {'flagP':>6} {'flagR':>6} {'flagF1':>6} {'macroF1':>7}",
    ]
    for name in SYSTEMS:
        s = systems[name]
        v, c, m = s["verdict"], s["confusion"], s["flags"]["micro"]
        lines.append(
            f"{name:<9} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f} "
            f"{c['tp']:5d} {c['fp']:5d} {c['fn']:5d} {c['tn']:5d} "
            f"{s[f'precision_at_{TOP_K}']:6.3f} {m['precision']:6.3f} {m['recall']:6.3f} "
            f"{m['f1']:6.3f} {s['flags']['macro_f1']:7.3f}"
        )
    lines += ["", f"{'per-code F1':<24} {'n':>4} " + " ".join(f"{n:>8}" for n in SYSTEMS)]
    for code in RED_FLAGS:
        support = systems["fusion"]["flags"]["per_code"][code]["support"]
        row = " ".join(f"{systems[n]['flags']['per_code'][code]['f1']:8.3f}" for n in SYSTEMS)
        lines.append(f"{code:<24} {support:4d} {row}")
    return "\n".join(lines)
