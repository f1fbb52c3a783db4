"""Dependencies point one way: api and crawler use store and classifier; store imports only the
settings; classifier imports nothing of ours. This test reads every module's imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from waspada.settings import PROJECT_ROOT

OURS = {"waspada", "store", "classifier", "crawler", "api"}
# package -> the packages of ours it may import (crawler.extract/warc are plain functions the
# citizens' check and the case bundle reuse, so api may import those two modules only).
ALLOWED: dict[str, set[str]] = {
    "classifier": {"classifier"},
    "store": {"store", "waspada.settings"},
    "crawler": {"crawler", "store", "classifier", "waspada.settings"},
    "api": {
        "api",
        "store",
        "classifier",
        "waspada",
        "crawler.extract",
        "crawler.items",
        "crawler.warc",
    },
    "waspada": OURS,  # the composition root (CLI) may wire everything together
}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return {name for name in found if name.split(".")[0] in OURS}


def allowed(name: str, rules: set[str]) -> bool:
    return any(name == rule or name.startswith(rule + ".") for rule in rules)


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_dependencies_point_one_way(package: str) -> None:
    bad = []
    for path in sorted((PROJECT_ROOT / package).rglob("*.py")):
        for name in imports_of(path):
            if not allowed(name, ALLOWED[package]):
                bad.append(f"{path.relative_to(PROJECT_ROOT)} imports {name}")
    assert bad == [], "dependency direction broken:\n" + "\n".join(bad)
