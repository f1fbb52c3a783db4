"""Side-by-side evaluation of the rules alone, the model (the network) alone, the fusion and the
TF-IDF baseline on one labelled file (``evaluate(classifier, "training_data/test.jsonl")``).

The baseline is trained afresh on the train split; it is the same recipe as the n-gram model
inside the fusion, so "fusion vs baseline" asks whether the network and the rules add anything
to it.

Every system's decisions use thresholds fixed beforehand (from ``calibration.json``, chosen on
dev; 0.5 for the baseline), so evaluating on test tunes nothing.

Beside P/R/F1 each system gets the numbers a task force asks first: false alarms among ordinary
adverts (for the corpus also among its honest *informal* adverts — chat and social posts that
give only a WhatsApp number — where a model that learned "post vs job-board card" fails), known
fakes caught (real adverts a fact-checker judged fake), and, for real adverts, the same per
source. The fusion's verdicts and flags are the served ones: only flags with quoted evidence,
and no "suspicious" without at least one of them (``unsupported`` counts the adverts that gate
held back).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, TextIO

import numpy as np

from classifier.baseline import TfidfBaseline
from classifier.corpus import read_examples
from classifier.inference import model_text
from classifier.metrics import confusion, flag_report, precision_at_k, prf
from classifier.pipeline import AdvertInput, Classifier
from classifier.realdata import source_group
from vocabulary.red_flags import RED_FLAGS

SYSTEMS = ("rules", "model", "fusion", "baseline")
TOP_K = 50


# Corpus slices written as chat and social-media posts (training_data/README.md): their
# ordinary adverts are the honest informal posts ("DIBUTUHKAN SEGERA, hubungi WA ...").
INFORMAL_SLICES = ("wat", "soc", "fch", "fso", "fsh", "frg")


def _rate(pred: np.ndarray, mask: np.ndarray) -> dict[str, Any]:
    n = int(mask.sum())
    k = int((pred & mask).sum())
    return {"n": n, "flagged": k, "rate": round(k / n, 4) if n else None}


def _system(
    y: np.ndarray,
    pred: np.ndarray,
    score: np.ndarray,
    y_flags: np.ndarray,
    flags: np.ndarray,
    groups: dict[str, np.ndarray],
) -> dict[str, Any]:
    out = {
        "verdict": prf(y, pred),
        "confusion": confusion(y, pred),
        f"precision_at_{TOP_K}": precision_at_k(y, score, TOP_K),
        "flags": flag_report(y_flags, flags),
        "ordinary_false_alarms": _rate(pred, groups["ordinary"]),
    }
    if groups["informal"].any():
        out["informal_false_alarms"] = _rate(pred, groups["informal"])
    if groups["known_fraud"].any():
        out["known_fakes_caught"] = _rate(pred, groups["known_fraud"])
    return out


def _groups(examples: list[Any], y: np.ndarray) -> dict[str, np.ndarray]:
    known = np.array([bool(e.known_fraud) for e in examples], dtype=bool)
    informal = np.array([e.id.split("-")[0] in INFORMAL_SLICES for e in examples], dtype=bool)
    ordinary = ~y & ~known
    return {"ordinary": ordinary, "informal": ordinary & informal, "known_fraud": known}


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

    groups = _groups(examples, y)
    fired = comp.rule_scores >= cal.rule_threshold
    n_hits = fired.sum(axis=1)
    # Rank by number of codes fired, then by total rule strength.
    rule_rank = n_hits + comp.rule_scores.sum(axis=1) / (len(RED_FLAGS) + 1)
    model_prob = _sigmoid(comp.model_verdict_logit.astype(np.float64))
    model_flags = comp.model_flag_probs >= np.array(
        [cal.model_flag_thresholds[c] for c in RED_FLAGS]
    )
    if baseline is None:
        train_path = Path(train_file) if train_file else data_file.with_name("train.jsonl")
        baseline = TfidfBaseline().fit(read_examples(train_path))
    b_verdict, b_flags = baseline.predict_proba([model_text(e.text, e.title) for e in examples])
    decisions = {
        "rules": (n_hits >= cal.rules_min_hits, rule_rank, fired),
        "model": (model_prob >= cal.model_threshold, model_prob, model_flags),
        # What is served: evidenced flags only, and the evidence gate on the verdict.
        "fusion": (comp.verdicts(classifier.threshold), comp.fused, comp.evidenced),
        "baseline": (b_verdict >= 0.5, b_verdict, b_flags >= 0.5),
    }
    systems = {
        name: _system(y, pred, score, y_flags, flags, groups)
        for name, (pred, score, flags) in decisions.items()
    }
    # For comparison only: the fusion's shown flags plus its model-only suspicions, as if
    # flags without quoted words were reasons too (what the fusion reported before 2026-12-07).
    suspected = comp.flag_probs >= np.array([cal.flag_thresholds[c] for c in RED_FLAGS])
    systems["fusion"]["flags_with_model_only"] = flag_report(
        y_flags, comp.evidenced | (suspected & ~comp.evidenced)
    )["micro"]
    report: dict[str, Any] = {
        "data": str(data_file),
        "n": len(examples),
        "suspicious": int(y.sum()),
        "model": classifier.version,
        "threshold": classifier.threshold,
        "unsupported": int(comp.unsupported(classifier.threshold).sum()),
        "systems": systems,
    }
    sources = [source_group(e.source) for e in examples]
    if any(e.source for e in examples):
        by_source: dict[str, Any] = {}
        for name in sorted(set(sources)):
            m = np.array([s == name for s in sources])
            sub = {k: v[m] for k, v in groups.items()}
            by_source[name] = {
                "n": int(m.sum()),
                "suspicious": int(y[m].sum()),
                **{
                    sys_name: _system(y[m], pred[m], score[m], y_flags[m], flags[m], sub)
                    for sys_name, (pred, score, flags) in decisions.items()
                    if sys_name in ("fusion", "baseline")
                },
            }
        report["by_source"] = by_source
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
    lines += ["", f"{'false alarms / caught':<24} " + " ".join(f"{n:>12}" for n in SYSTEMS)]
    for key, label in (
        ("ordinary_false_alarms", "ordinary flagged"),
        ("informal_false_alarms", "honest informal flagged"),
        ("known_fakes_caught", "known fakes caught"),
    ):
        if key in systems["fusion"]:
            row = " ".join(f"{_fraction(systems[n][key]):>12}" for n in SYSTEMS)
            lines.append(f"{label:<24} {row}")
    lines.append(
        f"held back by the evidence gate (score passed, no quoted evidence): "
        f"{report.get('unsupported', 0)}"
    )
    for name, src in report.get("by_source", {}).items():
        parts = []
        for sys_name in ("fusion", "baseline"):
            s = src[sys_name]
            extra = s.get("known_fakes_caught") or s["ordinary_false_alarms"]
            what = "caught" if "known_fakes_caught" in s else "false alarms"
            f1 = f"F1 {s['verdict']['f1']:.3f}, " if src["suspicious"] else ""
            parts.append(f"{sys_name} {f1}{what} {_fraction(extra)}")
        lines.append(f"  {name} ({src['n']}): " + "; ".join(parts))
    return "\n".join(lines)


def _fraction(r: dict[str, Any]) -> str:
    return f"{r['flagged']}/{r['n']}" if r["n"] else "-"
