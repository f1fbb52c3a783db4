"""The one entry point used by the CLI, the crawler and the API.

    clf = Classifier.load()                      # the shipped model in classifier/model/
    [result] = clf.classify([AdvertInput(text="Dicari TKW ke Arab, gaji 12jt, ...")])
    result.suspicious, result.score, result.red_flags, result.to_dict()

A result fuses the neural model, the n-gram model shipped beside it and the rules (see
:mod:`classifier.fusion`): the score is a calibrated probability from all three.

Evidence first: a red flag shown to a person (``red_flags``) always quotes the words of the
advert that show it, so only flags whose rule fired are reported there. A flag the models
suspect without any words to quote goes to ``model_only_flags`` (for investigators, never as
a reason). And an advert is called suspicious only when its score passes the threshold *and*
at least one red flag has evidence: the network's word alone never makes an advert
"Berbahaya" (``Components.unsupported`` counts how often that gate holds one back).

Offsets: every evidence span and entity span indexes into ``AdvertInput.text`` exactly as
given (``text[start:end] == span.text``). The title, when given, is read by the model and the
rules, but spans found inside the title are not reported (see :mod:`classifier.analysis`).

Thread safety: a loaded Classifier holds only read-only state (the model in eval mode, a
tokenizer copy configured once, the calibration), so one instance can serve many threads.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from classifier.analysis import analyse
from classifier.baseline import TfidfBaseline
from classifier.fusion import (
    Calibration,
    feature_matrix,
    flag_probabilities,
    model_only_flags,
    rule_scores,
    shown_flags,
)
from classifier.inference import DEFAULT_BATCH, Scorer, model_text
from classifier.model import load_model, quantize_int8
from classifier.rates import ExchangeRates
from classifier.types import Entities, PayThreshold, RuleHit, Span
from vocabulary.red_flags import RED_FLAG_LABELS, RED_FLAGS

SHIPPED_MODEL_DIR = Path(__file__).resolve().parent / "model"
HPARAMS_FILE = "hyperparameters.json"


@dataclass(frozen=True)
class AdvertInput:
    """One advert to classify. ``text`` is the body; ``title`` and ``url`` are optional."""

    text: str
    title: str | None = None
    id: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class RedFlag:
    code: str
    label: str  # Indonesian, from labels.RED_FLAG_LABELS
    score: float
    evidence: list[Span]
    reason: str
    details: PayThreshold | None = None  # high_pay: the limit the pay was judged against

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code,
            "label": self.label,
            "score": round(self.score, 4),
            "evidence": [s.to_dict() for s in self.evidence],
            "reason": self.reason,
        }
        if self.details is not None:
            out["details"] = self.details.to_dict()
        return out


@dataclass(frozen=True)
class ModelOnlyFlag:
    """A red flag the learned models suspect but no words of the advert support."""

    code: str
    label: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "label": self.label, "score": round(self.score, 4)}


@dataclass(frozen=True)
class Result:
    id: str | None
    suspicious: bool
    score: float  # calibrated probability that the advert is suspicious
    red_flags: list[RedFlag]  # each with evidence spans
    entities: dict[str, Any]
    model: str
    model_only_flags: list[ModelOnlyFlag] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "suspicious": self.suspicious,
            "score": round(self.score, 4),
            "red_flags": [f.to_dict() for f in self.red_flags],
            "model_only_flags": [f.to_dict() for f in self.model_only_flags],
            "entities": self.entities,
            "model": self.model,
        }


@dataclass
class Components:
    """The separate signals behind a batch of results (for evaluation and debugging)."""

    model_verdict_logit: np.ndarray  # (N,) the network
    model_flag_probs: np.ndarray  # (N, 12) the network
    ngram_verdict_logit: np.ndarray  # (N,)
    ngram_flag_probs: np.ndarray  # (N, 12)
    flag_probs: np.ndarray  # (N, 12) what the fusion's flag decisions read (both models)
    rule_scores: np.ndarray  # (N, 12)
    fused: np.ndarray  # (N,) calibrated probability
    evidenced: np.ndarray  # (N, 12) bool: the flag is reported with quoted words
    hits: list[dict[str, RuleHit]] = field(default_factory=list)
    entities: list[Entities] = field(default_factory=list)

    def verdicts(self, threshold: float) -> np.ndarray:
        """(N,) bool: score at or above ``threshold`` and at least one evidenced flag."""
        return (self.fused >= threshold) & self.evidenced.any(axis=1)

    def unsupported(self, threshold: float) -> np.ndarray:
        """(N,) bool: the score passed but no flag had evidence, so the verdict was held back."""
        return (self.fused >= threshold) & ~self.evidenced.any(axis=1)


class Classifier:
    """Model + rules + calibration, loaded once and used for any number of adverts."""

    def __init__(
        self,
        scorer: Scorer,
        ngrams: TfidfBaseline,
        calibration: Calibration,
        rates: ExchangeRates,
        *,
        threshold: float | None = None,
        version: str = "",
        batch_size: int = DEFAULT_BATCH,
    ) -> None:
        self.scorer = scorer
        self.ngrams = ngrams
        self.calibration = calibration
        self.rates = rates
        self.threshold = calibration.threshold if threshold is None else float(threshold)
        self.version = version or calibration.version or "unknown"
        self.batch_size = batch_size

    @classmethod
    def load(
        cls,
        model_dir: Path | None = None,
        *,
        exchange_rates_file: Path | None = None,
        threshold: float | None = None,
        quantize: bool = False,
        batch_size: int = DEFAULT_BATCH,
        threads: int | None = None,
        freeze_gc: bool = False,
    ) -> Classifier:
        """Load a trained model folder (None = the shipped ``classifier/model/``).

        ``threshold`` overrides the dev-chosen verdict threshold on the calibrated score;
        ``quantize`` applies dynamic int8 quantisation (worth it for IndoBERT-base-sized
        models on CPU; slightly changes scores, so re-check the threshold).
        ``threads`` sets torch's intra-op threads for the whole process (None: leave as is).
        ``freeze_gc``: for a long-running process (server, crawler), move every object alive
        after loading out of the garbage collector's full passes with ``gc.freeze()``. The
        model, torch and transformers leave ~380,000 long-lived objects that every full pass
        walked: ~0.4 s stalls of every web request now and then (the p99 of
        benchmarks/check_latency.py went 470 -> 165-199 ms) and CPU taken from a crawl.
        """
        if threads is not None:
            torch.set_num_threads(max(1, int(threads)))
        folder = Path(model_dir) if model_dir is not None else SHIPPED_MODEL_DIR
        if not (folder / "config.json").exists():
            raise FileNotFoundError(f"no model in {folder} (expected config.json)")
        hparams_path = folder / HPARAMS_FILE
        hparams = json.loads(hparams_path.read_text("utf-8")) if hparams_path.exists() else {}
        model: nn.Module = load_model(folder)
        calibration = Calibration.load(folder)
        version = calibration.version
        if quantize:
            model = quantize_int8(model)  # type: ignore[arg-type]
            version += "+int8"
        scorer = Scorer.from_folder(folder, model, int(hparams.get("max_len", 256)))
        if not TfidfBaseline.present(folder):
            raise FileNotFoundError(f"no n-gram model in {folder} (expected ngram.json)")
        loaded = cls(
            scorer,
            TfidfBaseline.load(folder),
            calibration,
            ExchangeRates.load(exchange_rates_file),
            threshold=threshold,
            version=version,
            batch_size=batch_size,
        )
        if freeze_gc:
            gc.collect()
            gc.freeze()
        return loaded

    def components(self, items: Sequence[AdvertInput]) -> Components:
        """Model scores, rule hits, entities and the fused probability for ``items``."""
        analysed = [analyse(it.text, it.title, self.rates) for it in items]
        texts = [model_text(it.text, it.title) for it in items]
        logits, probs = self.scorer.score(texts, batch_size=self.batch_size)
        ngram = self.ngrams.logits(texts)
        ngram_probs = 1.0 / (1.0 + np.exp(-np.clip(ngram[:, 1:], -50, 50)))
        rules = np.array([rule_scores(h) for _, h in analysed], dtype=np.float64)
        rules = rules.reshape(-1, len(RED_FLAGS))
        cal = self.calibration
        fused = cal.probability(feature_matrix(logits, ngram[:, 0], rules, cal.rule_threshold))
        hits = [h for _, h in analysed]
        flag_probs = flag_probabilities(probs, ngram_probs)
        evidenced = shown_flags(cal, flag_probs, rules)
        return Components(
            model_verdict_logit=logits,
            model_flag_probs=probs,
            ngram_verdict_logit=ngram[:, 0],
            ngram_flag_probs=ngram_probs,
            flag_probs=flag_probs,
            rule_scores=rules,
            fused=fused,
            evidenced=evidenced,
            hits=hits,
            entities=[e for e, _ in analysed],
        )

    def classify(self, items: Sequence[AdvertInput]) -> list[Result]:
        """Classify adverts (batched internally); results come back in input order."""
        if not items:
            return []
        comp = self.components(items)
        verdicts = comp.verdicts(self.threshold)
        results = []
        for i, item in enumerate(items):
            flags: list[RedFlag] = []
            for j, code in enumerate(RED_FLAGS):
                hit = comp.hits[i].get(code)
                if comp.evidenced[i, j] and hit is not None:
                    score = max(float(comp.flag_probs[i, j]), float(comp.rule_scores[i, j]))
                    flags.append(
                        RedFlag(
                            code,
                            RED_FLAG_LABELS[code],
                            score,
                            list(hit.evidence),
                            hit.reason,
                            hit.details,
                        )
                    )
            model_only = [
                ModelOnlyFlag(code, RED_FLAG_LABELS[code], score)
                for code, score in model_only_flags(
                    self.calibration, comp.flag_probs[i], comp.evidenced[i]
                )
            ]
            flags.sort(key=lambda f: (-f.score, RED_FLAGS.index(f.code)))
            model_only.sort(key=lambda f: (-f.score, RED_FLAGS.index(f.code)))
            results.append(
                Result(
                    id=item.id,
                    suspicious=bool(verdicts[i]),
                    score=float(comp.fused[i]),
                    red_flags=flags,
                    entities=comp.entities[i].to_dict(),
                    model=self.version,
                    model_only_flags=model_only,
                )
            )
        return results
