"""``waspada check-number``, run as a real subprocess against the world's database: the same
answer as the page and the API, and partial values refused with what to type."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.numbers.world import World

WASPADA = str(Path(sys.executable).with_name("waspada"))


def run(db_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "WASPADA_DATABASE_URL": db_url}
    return subprocess.run(
        [WASPADA, "check-number", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_check_number_from_the_command_line(migrated_url: str, world: World) -> None:
    out = run(migrated_url, "+62 812-7001-3344", "--json")
    assert out.returncode == 0, out.stderr
    answer = json.loads(out.stdout)
    assert answer["value"] == "+6281270013344" and answer["confirmed_reports"] == 2

    text = run(migrated_url, "BCA 731-000-4455").stdout
    lines = text.splitlines()
    assert lines[:2] == ["Rekening: BCA 7310004455", "Dilaporkan: 1 kasus terverifikasi"]
    assert "Pertama/terakhir terlihat: 2026-11-02 / 2026-11-02" in text
    assert "Indonesia Anti-Scam Centre (IASC) OJK: iasc.ojk.go.id" in text
    assert "UPTD PPA DPPMPA Kota Jambi: 0813-8687-0227" in text

    unconfirmed = run(migrated_url, "0857-2200-9911", "--lang", "en").stdout
    assert unconfirmed.splitlines()[1] == "No verified reports yet"

    partial = run(migrated_url, "0812-7001")
    assert partial.returncode == 2
    assert "Nomornya belum lengkap" in partial.stderr and partial.stdout == ""
