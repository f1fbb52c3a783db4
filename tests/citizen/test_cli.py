"""``waspada check``: the same answer from the command line, run as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from cli.app import app as cli_app
from tests.fixture_adverts import SCAMS

WASPADA = str(Path(sys.executable).with_name("waspada"))


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "WASPADA_LOG_LEVEL": "WARNING"}
    return subprocess.run(
        [WASPADA, "check", *args], input=stdin, capture_output=True, text=True, env=env,
        timeout=120,
    )  # fmt: skip


def test_check_prints_json() -> None:
    proc = run(SCAMS[2], "--json")
    assert proc.returncode == 0, proc.stderr
    answer = json.loads(proc.stdout)
    assert answer["band"] == "high"
    assert "upfront_fee" in {f["code"] for f in answer["red_flags"]}
    assert answer["advice"]["report"]["region"] == "Kota Jambi"


def test_check_prints_plain_text_from_stdin() -> None:
    # In-process (the model loads faster here than in a second subprocess).
    result = CliRunner().invoke(cli_app, ["check", "-", "--lang", "en"], input=SCAMS[2])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Dangerous (risk score ")
    assert "[upfront_fee]" in result.stdout
    assert "0813-8687-0227" in result.stdout
    assert "not an official decision" in result.stdout


def test_check_errors_say_what_to_fix() -> None:
    proc = run("   ")
    assert proc.returncode == 2
    assert "Kotaknya masih kosong" in proc.stderr
    proc = run("http://169.254.169.254/latest/meta-data/")
    assert proc.returncode == 2
    assert "jaringan pribadi atau internal" in proc.stderr
    help_text = subprocess.run([WASPADA, "check", "--help"], capture_output=True, text=True)
    assert "Check one job advert" in help_text.stdout
