"""The phrase lists of :mod:`classifier.phrases`: one module per rule, and no pasted copies."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from itertools import combinations
from pathlib import Path

import classifier.phrases
from vocabulary.red_flags import RED_FLAGS

PACKAGE = Path(classifier.phrases.__file__).parent
# Lists that share entries on purpose, each its own rule's (see the comment above the first).
SHARED_ON_PURPOSE = {frozenset({"SCAM_JOB_WORDS", "VAGUE_OFFICE_JOBS"})}


def _lists() -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    for info in pkgutil.iter_modules(classifier.phrases.__path__):
        module = importlib.import_module(f"classifier.phrases.{info.name}")
        for name, value in vars(module).items():
            strings = isinstance(value, tuple) and all(isinstance(v, str) for v in value)
            if name.isupper() and value and strings:
                found.setdefault(name, value)
    return found


def _spreads() -> set[tuple[str, str]]:
    """(list, the list it is built from with ``*NAME``), read from the source."""
    pairs = set()
    for path in PACKAGE.glob("*.py"):
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.Assign | ast.AnnAssign):
                target = node.targets[0] if isinstance(node, ast.Assign) else node.target
                for star in ast.walk(node):
                    if isinstance(star, ast.Starred) and isinstance(star.value, ast.Name):
                        pairs.add((ast.unparse(target), star.value.id))
    return pairs


def test_one_module_per_red_flag_and_one_for_what_several_rules_read() -> None:
    modules = {info.name for info in pkgutil.iter_modules(classifier.phrases.__path__)}
    assert modules == {*RED_FLAGS, "shared"}


def test_no_list_repeats_five_entries_of_another() -> None:
    """A list that needs another's entries spreads it (``*UNDISCLOSED_WORK``) rather than
    pasting a copy that can drift apart from the original."""
    lists = _lists()
    spreads = _spreads()
    own = {
        name: set(value) - {e for a, b in spreads if a == name for e in lists.get(b, ())}
        for name, value in lists.items()
    }
    copies = [
        (a, b, len(own[a] & own[b]))
        for a, b in combinations(sorted(own), 2)
        if len(own[a] & own[b]) >= 5 and frozenset({a, b}) not in SHARED_ON_PURPOSE
    ]
    assert copies == []
