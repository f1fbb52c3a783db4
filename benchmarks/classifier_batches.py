"""Served pipeline on real adverts of mixed lengths, by batch size (a benchmark, not a test).

``classifier_speed.py`` cuts every advert to exactly 128 tokens, which measures the model at
a fixed shape. Real batches mix one-line WhatsApp forwards with full pages, and how a batch is
padded then decides much of its cost. This script classifies the dev and test adverts as they
are, in calls of 1, 4, 8, 16 and 32 adverts (what the citizen check's batcher and the crawler
send), and prints adverts/s and CPU-ms per advert.

Then, on the same adverts at batch 32, the same pipeline with an IndoBERT-base-shaped network
in int8 (BertConfig defaults: 12 layers, hidden 768; random weights, speed does not depend on
them) and the ratio between the two. ``--no-prefilter`` switches the rules' one-pass phrase
prefilter off (``classifier.phrase_engine``); ``--compare-prefilter`` measures off and on in
turns, round by round in the same process, for a before/after that a busy machine cannot
tilt (read the CPU-ms column then: with one torch thread it is the work done). Each figure is the
best of ``--rounds`` rounds: the machine may be shared, and someone else's burst only ever
makes a round slower.

    .venv/bin/python benchmarks/classifier_batches.py [--threads 2] [--adverts 600] \
        [--rounds 3] [--no-prefilter] [--base-adverts 96 | --base-adverts 0]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--threads", type=int, default=2, help="torch intra-op threads")
    parser.add_argument("--adverts", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=3, help="best of this many rounds")
    parser.add_argument(
        "--sizes",
        default="1,4,8,16,32",
        help="batch sizes, comma-separated (the last one is compared with the IndoBERT-base row)",
    )
    parser.add_argument("--no-prefilter", action="store_true", help="every phrase regex runs")
    parser.add_argument(
        "--compare-prefilter", action="store_true", help="prefilter off and on, in turns"
    )
    parser.add_argument(
        "--base-adverts", type=int, default=96, help="adverts for the IndoBERT-base row (0: none)"
    )
    args = parser.parse_args()
    if args.no_prefilter:
        from classifier import phrase_engine

        phrase_engine.set_enabled(False)

    from classifier.corpus import read_examples
    from classifier.pipeline import AdvertInput, Classifier

    examples = [e for name in ("test.jsonl", "dev.jsonl")
                for e in read_examples(ROOT / "training_data" / name)]  # fmt: skip
    items = [AdvertInput(text=e.text) for e in examples[: args.adverts]]
    clf = Classifier.load(quantize=True, threads=args.threads, freeze_gc=True)
    clf.classify(items[:64])  # warm-up
    if args.compare_prefilter:
        compare_prefilter(args, clf, items)
        return
    prefilter = "off" if args.no_prefilter else "on"
    print(f"served pipeline (int8), {len(items)} dev/test adverts as written, "
          f"{args.threads} torch threads, phrase prefilter {prefilter}, "
          f"best of {args.rounds}")  # fmt: skip
    print(f"{'batch':>5} {'adverts/s':>10} {'CPU-ms/advert':>14}")
    served32 = 0.0
    for size in (int(s) for s in args.sizes.split(",")):
        rate, cpu_ms = best_of(args.rounds, clf, items, size)
        print(f"{size:>5} {rate:>10.1f} {cpu_ms:>14.2f}")
        served32 = rate
    if args.base_adverts:
        base = indobert_base_int8(clf)
        rate, cpu_ms = best_of(args.rounds, base, items[: args.base_adverts], size)
        print(f"IndoBERT-base-shaped int8, same pipeline, {args.base_adverts} of the adverts, "
              f"batch {size}: {rate:.1f} adverts/s, {cpu_ms:.1f} CPU-ms/advert; "
              f"served pipeline is {served32 / rate:.1f}x that")  # fmt: skip


def compare_prefilter(args: argparse.Namespace, clf: Any, items: list[Any]) -> None:
    from classifier import phrase_engine

    print(f"served pipeline (int8), {len(items)} dev/test adverts as written, "
          f"{args.threads} torch threads, phrase prefilter off / on in turns, "
          f"best of {args.rounds}")  # fmt: skip
    print(f"{'batch':>5} {'off adverts/s':>14} {'off CPU-ms':>11} {'on adverts/s':>13} "
          f"{'on CPU-ms':>10} {'CPU ratio':>10}")  # fmt: skip
    on_ms = 0.0
    for size in (int(s) for s in args.sizes.split(",")):
        best = {False: (0.0, float("inf")), True: (0.0, float("inf"))}
        for _ in range(max(1, args.rounds)):
            for on in (False, True):
                phrase_engine.set_enabled(on)
                rate, cpu_ms = best_of(1, clf, items, size)
                best[on] = (max(best[on][0], rate), min(best[on][1], cpu_ms))
        phrase_engine.set_enabled(True)
        (off_rate, off_ms), (on_rate, on_ms) = best[False], best[True]
        print(f"{size:>5} {off_rate:>14.1f} {off_ms:>11.2f} {on_rate:>13.1f} {on_ms:>10.2f} "
              f"{off_ms / on_ms:>9.2f}x")  # fmt: skip
    if args.base_adverts:
        base = indobert_base_int8(clf)
        rate, cpu_ms = best_of(args.rounds, base, items[: args.base_adverts], size)
        print(f"IndoBERT-base-shaped int8, same pipeline, {args.base_adverts} of the adverts, "
              f"batch {size}: {rate:.1f} adverts/s, {cpu_ms:.1f} CPU-ms/advert; the served "
              f"pipeline (prefilter on) takes {cpu_ms / on_ms:.1f}x less CPU")  # fmt: skip


def best_of(rounds: int, clf: Any, items: list[Any], size: int) -> tuple[float, float]:
    """(adverts/s, CPU-ms per advert) of the fastest of ``rounds`` passes in calls of ``size``."""
    rate, cpu_ms = 0.0, float("inf")
    for _ in range(max(1, rounds)):
        started, cpu = time.perf_counter(), cpu_seconds()
        for i in range(0, len(items), size):
            clf.classify(items[i : i + size])
        wall, used = time.perf_counter() - started, cpu_seconds() - cpu
        rate, cpu_ms = max(rate, len(items) / wall), min(cpu_ms, 1000 * used / len(items))
    return rate, cpu_ms


def indobert_base_int8(served: Any) -> Any:
    """The served pipeline with an IndoBERT-base-shaped int8 network instead of the shipped one
    (same tokenizer, length limit, n-gram model, calibration and rules)."""
    import torch
    from transformers import BertConfig

    from classifier.inference import Scorer
    from classifier.model import AdvertModel, quantize_int8, with_heads
    from classifier.pipeline import Classifier

    torch.manual_seed(0)
    model = quantize_int8(AdvertModel(with_heads(BertConfig(vocab_size=50_000))).eval())
    scorer = Scorer(model, served.scorer.tokenizer, served.scorer.max_len)
    clf = Classifier(scorer, served.ngrams, served.calibration, served.rates)
    return clf


if __name__ == "__main__":
    main()
