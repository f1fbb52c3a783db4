"""Which compiled multi-pattern engine finds the phrase literals fastest (a benchmark, not a test).

:mod:`classifier.phrase_engine` needs one thing per advert: the set of phrase literals (a
thousand and more, registered by the rules and gazetteers) that occur in the normalised text.
This script registers them by analysing the adverts once, then times that one question with
each engine that is installed, on the same dev/test adverts, and checks they all give the same
sets:

- ``pyahocorasick`` (what the project uses): an Aho–Corasick automaton, ``iter`` over the hits;
- ``google-re2``: an ``re2.Set`` of the escaped literals, ``Match`` returns the indices;
- ``hyperscan``: a block-mode database of the literals with ``HS_FLAG_SINGLEMATCH``, a Python
  callback per literal found.

It prints the build time, microseconds per advert (best of ``--rounds``), the installed size
and the licence of each; then what the prefilter saves: the rule-based half (normalisation,
entities, rules) per advert with it off and on, rounds interleaved. Engines not installed are
reported as such; to compare all three without adding them to the project, install the other
two somewhere else and put that folder on ``PYTHONPATH``.

    .venv/bin/python benchmarks/phrase_engines.py [--adverts 600] [--rounds 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

Scanner = Callable[[str], frozenset[int]]


def build_ahocorasick(literals: list[str]) -> Scanner:
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for i, lit in enumerate(literals):
        automaton.add_word(lit, i)
    automaton.make_automaton()
    return lambda text: frozenset(i for _end, i in automaton.iter(text))


def build_re2(literals: list[str]) -> Scanner:
    import re

    import re2  # type: ignore[import-not-found]

    options = re2.Options()
    options.max_mem = 256 << 20
    found = re2.Set.SearchSet(options)
    for lit in literals:
        found.Add(re.escape(lit))
    found.Compile()
    return lambda text: frozenset(found.Match(text) or ())


def build_hyperscan(literals: list[str]) -> Scanner:
    import hyperscan  # type: ignore[import-not-found]

    db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    db.compile(
        expressions=[lit.encode("utf-8") for lit in literals],
        ids=list(range(len(literals))),
        elements=len(literals),
        flags=[hyperscan.HS_FLAG_SINGLEMATCH] * len(literals),
        literal=True,
    )

    def scan(text: str) -> frozenset[int]:
        ids: set[int] = set()

        def on_match(i: int, _start: int, _end: int, _flags: int, _ctx: Any) -> None:
            ids.add(i)

        db.scan(text.encode("utf-8"), match_event_handler=on_match)
        return frozenset(ids)

    return scan


ENGINES: dict[str, tuple[str, Callable[[list[str]], Scanner]]] = {
    "pyahocorasick": ("pyahocorasick", build_ahocorasick),
    "google-re2": ("google-re2", build_re2),
    "hyperscan": ("hyperscan", build_hyperscan),
}


def installed(dist: str) -> tuple[float, str] | None:
    """(installed size in MB, licence) of a distribution, or None when it is not installed."""
    try:
        d = metadata.distribution(dist)
    except metadata.PackageNotFoundError:
        return None
    size = sum((f.size or 0) for f in d.files or ())
    licence = d.metadata.get("License-Expression") or d.metadata.get("License") or ""
    if not licence or len(licence) > 40:
        classifiers = [c for c in d.metadata.get_all("Classifier") or () if "License" in c]
        licence = classifiers[0].split("::")[-1].strip() if classifiers else "?"
    return size / 1e6, licence


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--adverts", type=int, default=600)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()

    from classifier import phrase_engine
    from classifier.analysis import analyse
    from classifier.corpus import read_examples
    from classifier.normalize import normalize

    examples = [e for name in ("test.jsonl", "dev.jsonl")
                for e in read_examples(ROOT / "training_data" / name)]  # fmt: skip
    texts = [e.text for e in examples[: args.adverts]]
    for text in texts:
        analyse(text, None, None)  # registers every phrase list the rules and gazetteers use
    literals = phrase_engine.registered_literals()
    scanned = [phrase_engine.scan_text(normalize(t).text) for t in texts]
    print(f"{len(literals)} literals, {len(texts)} dev/test adverts "
          f"(normalised, {sum(map(len, scanned)) / len(scanned):.0f} characters on average), "
          f"best of {args.rounds}")  # fmt: skip
    print(f"{'engine':<14} {'build ms':>9} {'us/advert':>10} {'installed MB':>13}  licence")
    reference: list[frozenset[int]] | None = None
    for name, (dist, build) in ENGINES.items():
        info = installed(dist)
        if info is None:
            print(f"{name:<14} not installed")
            continue
        t0 = time.perf_counter()
        scan = build(literals)
        build_ms = (time.perf_counter() - t0) * 1000
        best = float("inf")
        for _ in range(args.rounds):
            t0 = time.perf_counter()
            found = [scan(t) for t in scanned]
            best = min(best, time.perf_counter() - t0)
        if reference is None:
            reference = found
        same = "" if found == reference else "  (DIFFERENT literal sets!)"
        print(f"{name:<14} {build_ms:9.1f} {1e6 * best / len(texts):10.1f} {info[0]:13.1f}  "
              f"{info[1]}{same}")  # fmt: skip

    cpu_ms = {False: float("inf"), True: float("inf")}
    for _ in range(args.rounds):
        for on in (False, True):
            phrase_engine.set_enabled(on)
            t0 = time.process_time()
            for text in texts:
                analyse(text, None, None)
            cpu_ms[on] = min(cpu_ms[on], 1000 * (time.process_time() - t0) / len(texts))
    phrase_engine.set_enabled(True)
    print(f"rules + entities (analyse), CPU-ms per advert: prefilter off {cpu_ms[False]:.2f}, "
          f"on {cpu_ms[True]:.2f} ({cpu_ms[False] / cpu_ms[True]:.2f}x)")  # fmt: skip


if __name__ == "__main__":
    main()
