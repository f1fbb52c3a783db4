"""Crawl tests run the real ``waspada crawl`` command in a subprocess (Twisted's reactor runs
once per process) against fixture sites on 127.0.0.1, storing into the test database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.fixture_site import FixtureSite

WASPADA = str(Path(sys.executable).with_name("waspada"))


@dataclass
class CrawlEnv:
    env: dict[str, str]
    data_dir: Path

    def run(
        self, *args: str, timeout: float = 240, **extra_env: str
    ) -> tuple[int, dict[str, Any], str]:
        """Run `waspada crawl ... --json`; return (exit status, crawl-run JSON, stderr)."""
        proc = subprocess.run(
            [WASPADA, "crawl", *args, "--json"],
            capture_output=True, text=True, timeout=timeout,
            env={**os.environ, **self.env, **extra_env},
        )  # fmt: skip
        lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
        summary = json.loads(lines[-1]) if lines else {}
        return proc.returncode, summary, proc.stderr

    def popen(self, *args: str, **extra_env: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [WASPADA, "crawl", *args, "--json"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, **self.env, **extra_env},
        )  # fmt: skip


@pytest.fixture
def crawl_env(migrated_url: str, tmp_path: Path) -> CrawlEnv:
    env = {
        "WASPADA_DATABASE_URL": migrated_url,
        "WASPADA_DATA_DIR": str(tmp_path / "var"),
        "WASPADA_CRAWLER_RETRY_TIMES": "1",
        "WASPADA_CRAWLER_RETRY_BACKOFF_S": "0.05",
        "WASPADA_CRAWLER_DOWNLOAD_TIMEOUT_S": "10",
        "WASPADA_LOG_LEVEL": "WARNING",
        "WASPADA_REDIS_URL": "",
        "WASPADA_SOURCES_FILE": str(tmp_path / "sources.toml"),
    }
    return CrawlEnv(env=env, data_dir=tmp_path / "var")


@pytest.fixture
def site() -> Iterator[FixtureSite]:
    with FixtureSite() as s:
        yield s
