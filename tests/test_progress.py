"""Progress of long commands: a bar on a terminal, log lines on stderr otherwise, stdout kept
for the command's output. Real ``waspada`` subprocesses (whose stderr is a pipe, not a
terminal) and the bar drawn on a stream that says it is one."""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli.progress import Progress
from store.db import make_engine, make_sessionmaker, transaction
from store.services.adverts import AdvertIn, SnapshotIn, ingest
from tests.fixture_adverts import LEGIT, SCAMS

WASPADA = str(Path(sys.executable).with_name("waspada"))


def waspada(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [WASPADA, *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=300,
    )


def test_export_warc_logs_progress_lines_when_not_on_a_terminal(
    migrated_url: str, tmp_path: Path
) -> None:
    engine = make_engine(migrated_url)
    ids = []
    with transaction(make_sessionmaker(engine)) as session:
        for i in range(3):
            url = f"https://loker.example/{i}"
            snap = SnapshotIn(url=url, body=f"<p>{LEGIT[0]} {i}</p>".encode())
            ids.append(ingest(session, AdvertIn("Loker", f"{LEGIT[0]} {i}", url, snapshot=snap)))
    engine.dispose()
    env = {"WASPADA_DATABASE_URL": migrated_url, "WASPADA_PROGRESS_INTERVAL_S": "0"}
    out = waspada("export", "warc", "-o", str(tmp_path / "x.warc.gz"), "--query", "Loker", env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"wrote 3 records to {tmp_path / 'x.warc.gz'}"
    lines = [line for line in out.stderr.splitlines() if "export warc:" in line]
    assert any("export warc: 2 of 3 pages (67%)" in line for line in lines), out.stderr
    assert lines[-1].endswith("(done)") and "3 of 3 pages (100%)" in lines[-1]
    assert "\r" not in out.stderr  # no bar drawn into a pipe

    # With JSON logs, the progress lines are JSON lines too.
    out = waspada(
        "export", "warc", "-o", str(tmp_path / "y.warc.gz"), "--query", "Loker",
        env={**env, "WASPADA_LOG_FORMAT": "json"},
    )  # fmt: skip
    events = [json.loads(line) for line in out.stderr.splitlines()]
    progress = [e for e in events if e["logger"] == "waspada.progress"]
    assert progress[-1]["message"].startswith("export warc: 3 of 3 pages")


def test_lines_come_at_the_interval_not_at_every_step(caplog: pytest.LogCaptureFixture) -> None:
    quiet = io.StringIO()
    with (
        caplog.at_level(logging.INFO, logger="waspada.progress"),
        Progress("classify", 1000, unit="lines", interval_s=3600, stream=quiet) as p,
    ):
        for _ in range(1000):
            p.advance()
    lines = [r.getMessage() for r in caplog.records if r.name == "waspada.progress"]
    assert len(lines) == 1 and lines[0].startswith("classify: 1,000 of 1,000 lines (100%)")


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_bar_on_a_terminal(caplog: pytest.LogCaptureFixture) -> None:
    screen = Terminal()
    with (
        caplog.at_level(logging.INFO, logger="waspada.progress"),
        Progress("train", 40, unit="steps", stream=screen) as p,
    ):
        for step in range(1, 41):
            p.callback(step, 40)
    assert "train" in screen.getvalue() and "40/40" in screen.getvalue()
    assert not [r for r in caplog.records if r.name == "waspada.progress"]  # no log lines


@pytest.mark.slow
def test_classify_keeps_stdout_jsonl_and_reports_on_stderr(tmp_path: Path) -> None:
    adverts = tmp_path / "adverts.jsonl"
    rows = [{"id": i, "text": t} for i, t in enumerate([*SCAMS[:3], *LEGIT[:3]])]
    adverts.write_text("".join(json.dumps(r) + "\n" for r in rows))
    env = {"WASPADA_PROGRESS_INTERVAL_S": "0"}
    out = waspada("classify", str(adverts), "--batch-size", "2", env=env)
    assert out.returncode == 0, out.stderr
    results = [json.loads(line) for line in out.stdout.splitlines()]  # nothing else on stdout
    assert [r["id"] for r in results] == list(range(6))
    assert "classify: 6 of 6 lines (100%)" in out.stderr and "(done)" in out.stderr


def test_a_child_of_the_server_writes_lines_even_on_a_terminal(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A crawl the scheduler starts shares the server's stderr: no bar over the server's log."""
    screen = Terminal()
    with (
        caplog.at_level(logging.INFO, logger="waspada.progress"),
        Progress("crawl loker", unit="adverts", interval_s=0, stream=screen, bar=False) as p,
    ):
        p.update(5, note="9 pages")
    assert screen.getvalue() == ""
    lines = [r.getMessage() for r in caplog.records if r.name == "waspada.progress"]
    assert lines[0].startswith("crawl loker: 5 adverts") and lines[0].endswith("; 9 pages")
