"""Real labelled adverts (fact-checked fake job offers and ordinary job-board adverts), kept
outside this repository and read only by an explicit option (``waspada train --real DIR``).

The folder holds ``train.jsonl`` and ``dev.jsonl`` in the corpus format plus ``known_fraud``
and ``source``. These are other people's texts: the product trains on them and reports
numbers, but never copies a text (see docs/classifier_real_adverts.md).

Two worlds, two roles. The written corpus (``training_data/``) teaches what the real set lacks
(overseas placement, trafficking routes, visas, honest informal posts); the real set teaches
how people really write. In training the real ``train.jsonl`` is cut in two by a seeded,
stratified split: one half is added to what the network and the n-gram model learn from, the
other half joins the corpus dev split to fit the fusion and its thresholds, so that the fusion
weighs each model by how it does on real adverts it never saw. The real ``dev.jsonl`` is only
ever scored.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Sequence
from pathlib import Path

from classifier.corpus import Example, read_examples

# How many times each real advert of the learning half is repeated in the models' training
# set (the corpus has ~4,800 adverts, the learning half ~185): enough that the real half is a
# sixth of what the network sees, not so much that it drowns the written corpus.
REAL_REPEAT = 4
# In the fusion fit, the real calibration half carries this share of the total weight (see
# :func:`fusion_weights`). Chosen on dev out of fold (2026-12-07, the mean of the two worlds'
# F1s behind the evidence gate and the 3 % false-alarm cap): 0.25 -> 0.908, 0.5 -> 0.905,
# 0.75 -> 0.906; within noise of each other, so the smallest share that gives the real adverts
# a real say.
REAL_FUSION_SHARE = 0.25


def real_version(folder: str | Path) -> str:
    """SHA-256 over the real files, so a model records exactly which real adverts made it."""
    h = hashlib.sha256()
    for split in ("train", "dev"):
        path = Path(folder) / f"{split}.jsonl"
        h.update(split.encode())
        h.update(path.read_bytes() if path.exists() else b"")
    return h.hexdigest()


def read_real(folder: str | Path, split: str) -> list[Example]:
    """``train`` or ``dev`` of a real-adverts folder; a clear error when it is missing."""
    path = Path(folder) / f"{split}.jsonl"
    if not path.is_file():
        raise FileNotFoundError(f"no real adverts at {path} (expected {split}.jsonl)")
    return read_examples(path)


def source_group(source: str | None) -> str:
    """A short, stable name for where a real advert came from (for per-source numbers)."""
    s = (source or "").lower()
    for needle, name in (
        ("turnbackhoax", "fact-check: turnbackhoax"),
        ("deteksi-berita-hoax", "fact-check: turnbackhoax (2017-2020)"),
        ("kompas.com", "fact-check: news"),
        ("jpnn.com", "fact-check: news"),
        ("loker.id", "job board: loker.id"),
        ("job-recommendation", "job board: loker.id"),
        ("karirhub", "job board: karirhub"),
        ("glints", "job board: glints"),
        ("kalibrr", "job board: kalibrr"),
        ("nexjob", "job board: jobstreet/glints/loker.id"),
        ("coverletterer", "job board: english (AU)"),
    ):
        if needle in s:
            return name
    return re.sub(r"\s*[:(].*$", "", source or "unknown") or "unknown"


def split_for_fusion(examples: Sequence[Example], seed: int) -> tuple[list[Example], list[Example]]:
    """(learn, calibrate): a seeded half/half split, stratified by verdict, known fraud and
    source group, so both halves see every kind of real advert."""
    strata: dict[tuple[bool, bool | None, str], list[Example]] = {}
    for e in examples:
        strata.setdefault((e.suspicious, e.known_fraud, source_group(e.source)), []).append(e)
    rng = random.Random(seed)
    learn: list[Example] = []
    calibrate: list[Example] = []
    for key in sorted(strata, key=str):
        group = sorted(strata[key], key=lambda e: e.id)
        rng.shuffle(group)
        half = (len(group) + rng.randint(0, 1)) // 2
        learn += group[:half]
        calibrate += group[half:]
    return learn, calibrate


def fusion_weights(n_corpus: int, n_real: int) -> list[float]:
    """Sample weights for the fusion fit: corpus dev rows weigh 1; the real rows together weigh
    ``REAL_FUSION_SHARE`` of the whole, however few they are."""
    if n_real == 0:
        return [1.0] * n_corpus
    real_w = REAL_FUSION_SHARE / (1 - REAL_FUSION_SHARE) * n_corpus / n_real
    return [1.0] * n_corpus + [real_w] * n_real
