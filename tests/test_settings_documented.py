"""Fails when a setting exists in code but not in .env.example (the operator's reference)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from waspada.settings import PROJECT_ROOT, Settings

EXAMPLE = PROJECT_ROOT / ".env.example"


def documented() -> set[str]:
    return set(re.findall(r"^(WASPADA_[A-Z0-9_]+)=", EXAMPLE.read_text(), flags=re.M))


@pytest.mark.parametrize("field", sorted(Settings.model_fields))
def test_every_setting_is_documented(field: str) -> None:
    assert f"WASPADA_{field.upper()}" in documented(), f"add WASPADA_{field.upper()} to {EXAMPLE}"


def test_nothing_documented_that_does_not_exist() -> None:
    names = {f"WASPADA_{f.upper()}" for f in Settings.model_fields}
    assert documented() - names == set()


def test_production_refuses_the_development_secret() -> None:
    with pytest.raises(ValueError, match="WASPADA_SECRET_KEY"):
        Settings(environment="production", _env_file=None)  # type: ignore[call-arg]
    Settings(environment="production", secret_key="x" * 40, _env_file=None)  # type: ignore[call-arg]


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(__import__("os").environ):
        if name.startswith("WASPADA_"):
            monkeypatch.delenv(name)
    s = Settings(_env_file=None)  # type: ignore[call-arg]
    assert s.database_url.startswith("sqlite:///var/")
    assert (s.host, s.port) == ("127.0.0.1", 8000)
    assert Path(s.data_dir) == Path("var")
