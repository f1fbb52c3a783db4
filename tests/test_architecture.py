"""Who may import whom. Dependencies point one way, from the composition root down to a leaf:

    cli                          composition root: reads settings, builds engines, hands them down
    api                          HTTP only: routes, auth, templates, error mapping
    citizen  bots  alerts  reports   features (crawler beside them)
    store    classifier          the data layer; the classifier (which knows no database)
             pictures            pictures and PDFs to text (OCR); knows nothing of ours
    vocabulary  waspada          leaves: red-flag codes, labels and bands; settings and version

This test reads every module's imports and fails on a breach, and checks that only the
composition root reads the settings from the environment (``get_settings``)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from waspada.settings import PROJECT_ROOT

OURS = {
    "waspada",
    "vocabulary",
    "store",
    "metrics",
    "bots",
    "classifier",
    "pictures",
    "crawler",
    "citizen",
    "alerts",
    "reports",
    "api",
    "cli",
    "training_data",
}
LEAVES = {"vocabulary", "waspada.settings"}
# package -> the packages (or modules) of ours it may import, beside itself.
ALLOWED: dict[str, set[str]] = {
    "vocabulary": set(),
    "waspada": set(),  # settings and version only
    # The service's Prometheus counters: a leaf, so that every layer counts where work happens.
    "metrics": set(),
    "classifier": {"vocabulary"},
    # Pictures and PDFs to text (OCR): like the classifier, it knows nothing of ours.
    "pictures": set(),
    "store": {"vocabulary"},
    "crawler": {"store", "classifier", "pictures", "metrics", *LEAVES},
    # crawler.extract/items/warc are plain functions (read a page, an item, a WARC record) that
    # the citizens' check and the case bundle reuse; the rest of the crawler is Scrapy's.
    "citizen": {
        "store",
        "classifier",
        "pictures",
        "metrics",
        "crawler.extract",
        "crawler.items",
        *LEAVES,
    },
    # Webhooks go out under the citizens' link-check rules (no internal addresses, pinned DNS).
    "alerts": {"store", "citizen.url_guard", "citizen.safe_fetch", "metrics", *LEAVES},
    # The chat bots are the citizens' check in a chat: they answer with its checker.
    "bots": {"citizen", "pictures", "store", "metrics", *LEAVES},
    "reports": {"store", "classifier.gazetteer", *LEAVES},
    "api": {
        "bots",
        "citizen",
        "alerts",
        "reports",
        "store",
        "classifier",
        "crawler.warc",
        "metrics",
        "waspada",
        *LEAVES,
    },
    "cli": OURS - {"training_data"},
    "training_data": {"vocabulary"},
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


def allowed(name: str, package: str) -> bool:
    rules = ALLOWED[package] | {package}
    return any(name == rule or name.startswith(rule + ".") for rule in rules)


def modules(package: str) -> list[Path]:
    return sorted(p for p in (PROJECT_ROOT / package).rglob("*.py") if "generators" not in p.parts)


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_dependencies_point_one_way(package: str) -> None:
    bad = [
        f"{path.relative_to(PROJECT_ROOT)} imports {name}"
        for path in modules(package)
        for name in sorted(imports_of(path))
        if not allowed(name, package)
    ]
    assert bad == [], "dependency direction broken:\n" + "\n".join(bad)


def test_every_package_of_ours_has_rules() -> None:
    on_disk = {
        p.parent.name
        for p in PROJECT_ROOT.glob("*/__init__.py")
        if p.parent.name not in {"tests", "benchmarks"}
    }
    assert on_disk <= set(ALLOWED), f"packages without import rules: {on_disk - set(ALLOWED)}"


@pytest.mark.parametrize("package", sorted(set(ALLOWED) - {"cli", "waspada"}))
def test_only_the_composition_root_reads_settings_from_the_environment(package: str) -> None:
    """Below ``cli``, settings are handed down; nothing falls back to ``get_settings()``."""
    bad = [
        str(path.relative_to(PROJECT_ROOT))
        for path in modules(package)
        if "get_settings"
        in {n.id for n in ast.walk(ast.parse(path.read_text())) if isinstance(n, ast.Name)}
        or any(
            isinstance(n, ast.ImportFrom) and any(a.name == "get_settings" for a in n.names)
            for n in ast.walk(ast.parse(path.read_text()))
        )
    ]
    assert bad == [], "reads settings itself instead of being handed them:\n" + "\n".join(bad)
