"""Adverts as pictures: OCR time per picture and how often a picture gets its text's verdict
(a benchmark, not a test).

Corpus test adverts (training_data/test.jsonl, a seeded sample of those short enough to fit a
flyer) are drawn in turn as a poster, a chat screenshot and a phone photo of a printout
(tests/picture_adverts.py), read by :class:`pictures.PictureReader` as the service reads an
upload (Tesseract in a child process, one OCR at a time), and the words read are classified
by the shipped pipeline beside the original text. Prints, per style and overall: OCR seconds
per picture (p50, p95), how close the words read are to the text (difflib ratio), agreement
of the verdict and of the citizens' band between picture and text, and the verdict F1 against
the corpus labels for pictures and for text.

    .venv/bin/python benchmarks/ocr_pictures.py [--adverts 120] [--languages ind+eng]

Targets (issue 21): agreement >= 90 %, verdict F1 on pictures >= 0.90, p50 < 2 s per picture.
"""

from __future__ import annotations

import argparse
import difflib
import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MAX_CHARS = 900  # a flyer or a chat bubble holds a few hundred words at most


def f1(pred: list[bool], gold: list[bool]) -> float:
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    fp = sum(p and not g for p, g in zip(pred, gold, strict=True))
    fn = sum(g and not p for p, g in zip(pred, gold, strict=True))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--adverts", type=int, default=120)
    parser.add_argument("--languages", default="ind+eng")
    parser.add_argument("--seed", type=int, default=21)
    args = parser.parse_args()

    from citizen.check import band_for
    from classifier.corpus import read_examples
    from classifier.pipeline import AdvertInput, Classifier
    from pictures import Limits, PictureError, PictureReader
    from tests.picture_adverts import STYLES, encode

    examples = [e for e in read_examples(ROOT / "training_data" / "test.jsonl")
                if len(e.text) <= MAX_CHARS]  # fmt: skip
    random.Random(args.seed).shuffle(examples)
    examples = examples[: args.adverts]
    reader = PictureReader(Limits(languages=args.languages, concurrency=1, timeout_s=60))
    styles = sorted(STYLES)
    rows = []  # (style, seconds, similarity, text result, picture result or None, gold)
    started = time.perf_counter()
    for i, example in enumerate(examples):
        style = styles[i % len(styles)]
        img = STYLES[style](example.text)
        data = encode(img, "JPEG", quality=80) if style == "printout" else encode(img)
        t0 = time.perf_counter()
        try:
            picture = reader.read(data)
            read, seconds = picture.text, time.perf_counter() - t0
        except PictureError as exc:
            read, seconds = "", time.perf_counter() - t0
            print(f"  {example.id} ({style}): {exc.code}")
        ratio = difflib.SequenceMatcher(None, " ".join(example.text.split()),
                                        " ".join(read.split())).ratio()  # fmt: skip
        rows.append([style, seconds, ratio, example.text, read, example.suspicious])
    ocr_wall = time.perf_counter() - started

    clf = Classifier.load(quantize=True, threads=2)
    texts = [r.to_dict() for r in clf.classify([AdvertInput(text=r[3]) for r in rows])]
    pictures = [r.to_dict() for r in clf.classify([AdvertInput(text=r[4] or " ") for r in rows])]

    print(f"{len(rows)} corpus test adverts (<= {MAX_CHARS} characters), languages "
          f"{args.languages}, OCR wall {ocr_wall:.1f} s")  # fmt: skip
    header = (f"{'style':>9} {'n':>4} {'p50 s':>6} {'p95 s':>6} {'read ~':>7} "
              f"{'verdict =':>9} {'band =':>7} {'F1 pic':>7} {'F1 text':>7}")  # fmt: skip
    print(header)
    groups: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        groups[row[0]].append(i)
        groups["all"].append(i)
    for name in [*styles, "all"]:
        idx = groups[name]
        seconds = [rows[i][1] for i in idx]
        same_verdict = sum(texts[i]["suspicious"] == pictures[i]["suspicious"] for i in idx)
        same_band = sum(band_for(texts[i]) == band_for(pictures[i]) for i in idx)
        gold = [rows[i][5] for i in idx]
        print(
            f"{name:>9} {len(idx):>4} {statistics.median(seconds):>6.2f} "
            f"{pct(seconds, 0.95):>6.2f} {statistics.mean(rows[i][2] for i in idx):>7.3f} "
            f"{100 * same_verdict / len(idx):>8.1f}% {100 * same_band / len(idx):>6.1f}% "
            f"{f1([bool(pictures[i]['suspicious']) for i in idx], gold):>7.3f} "
            f"{f1([bool(texts[i]['suspicious']) for i in idx], gold):>7.3f}"
        )
    differ = [i for i in groups["all"] if texts[i]["suspicious"] != pictures[i]["suspicious"]]
    for i in differ[:10]:
        print(f"  verdict differs ({rows[i][0]}, read ~{rows[i][2]:.2f}): "
              f"text {texts[i]['score']:.2f}, picture {pictures[i]['score']:.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
