"""Served pipeline on real adverts of mixed lengths, by batch size (a benchmark, not a test).

``classifier_speed.py`` cuts every advert to exactly 128 tokens, which measures the model at
a fixed shape. Real batches mix one-line WhatsApp forwards with full pages, and how a batch is
padded then decides much of its cost. This script classifies the dev and test adverts as they
are, in calls of 1, 4, 8, 16 and 32 adverts (what the citizen check's batcher and the crawler
send), and prints adverts/s and CPU-ms per advert.

    .venv/bin/python benchmarks/classifier_batches.py [--threads 2] [--adverts 600]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--threads", type=int, default=2, help="torch intra-op threads")
    parser.add_argument("--adverts", type=int, default=600)
    args = parser.parse_args()

    from classifier.corpus import read_examples
    from classifier.pipeline import AdvertInput, Classifier

    examples = [e for name in ("test.jsonl", "dev.jsonl")
                for e in read_examples(ROOT / "training_data" / name)]  # fmt: skip
    items = [AdvertInput(text=e.text) for e in examples[: args.adverts]]
    clf = Classifier.load(quantize=True, threads=args.threads, freeze_gc=True)
    clf.classify(items[:64])  # warm-up
    print(f"served pipeline (int8), {len(items)} dev/test adverts as written, "
          f"{args.threads} torch threads")  # fmt: skip
    print(f"{'batch':>5} {'adverts/s':>10} {'CPU-ms/advert':>14}")
    for size in (1, 4, 8, 16, 32):
        started, cpu = time.perf_counter(), cpu_seconds()
        for i in range(0, len(items), size):
            clf.classify(items[i : i + size])
        wall, used = time.perf_counter() - started, cpu_seconds() - cpu
        print(f"{size:>5} {len(items) / wall:>10.1f} {1000 * used / len(items):>14.2f}")


if __name__ == "__main__":
    main()
