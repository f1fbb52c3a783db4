"""``waspada classify``: the JSONL contract, through the real console script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

WASPADA = str(Path(sys.executable).with_name("waspada"))

SCAM = (
    "Dicari TKW ke Arab, gaji 12jt, tanpa pengalaman, biaya proses 3jt transfer ke rek BRI "
    "1234567890, berangkat minggu ini, hub WA 0812-7403-5518"
)
LEGIT = (
    "Dicari kasir toko roti di Jl. Kapten Pattimura, Kota Baru, Jambi. Jam kerja 08.00-16.00, "
    "gaji UMK + uang makan. Lamaran dibawa langsung ke toko."
)


def run(*args: str, input: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WASPADA_")}
    return subprocess.run(
        [WASPADA, "classify", *args],
        input=input,
        capture_output=True,
        text=True,
        timeout=120,
        env={**env, "HF_HUB_OFFLINE": "1"},
    )


def test_streams_in_order_and_reports_bad_lines() -> None:
    lines = [
        json.dumps({"id": "a", "text": SCAM, "title": "Kerja ke Arab"}),
        json.dumps({"id": 2, "text": LEGIT, "url": "https://example.org/loker/2"}),
        "{not json",
        json.dumps({"id": "c", "text": ""}),
        json.dumps({"id": "d", "text": 42}),
        "",
        json.dumps({"text": SCAM}),
        json.dumps({"id": "e", "text": LEGIT}),
    ]
    out = run("-", "--batch-size", "2", input="\n".join(lines) + "\n")
    assert out.returncode == 1
    for n in (3, 4, 5):
        assert f"line {n}:" in out.stderr
    assert "line 1:" not in out.stderr and "line 7:" not in out.stderr
    rows = [json.loads(x) for x in out.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", 2, None, "e"]
    for r in rows:
        assert set(r) >= {"id", "suspicious", "score", "red_flags", "entities", "model"}
        assert 0 <= r["score"] <= 1
        for flag in r["red_flags"]:
            assert set(flag) >= {"code", "score", "evidence"}
    assert rows[0]["suspicious"] and not rows[1]["suspicious"]
    for r, text in zip(rows, (SCAM, LEGIT, SCAM, LEGIT), strict=True):
        for flag in r["red_flags"]:
            for ev in flag["evidence"]:
                assert text[ev["start"] : ev["end"]] == ev["text"]


def test_reads_a_file_and_exits_zero_when_all_lines_are_good(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": str(i), "text": LEGIT}) + "\n" for i in range(3)))
    out = run(str(path), input="")
    assert out.returncode == 0, out.stderr
    assert [json.loads(x)["id"] for x in out.stdout.splitlines()] == ["0", "1", "2"]


def test_evaluate_prints_the_table_and_writes_json(tmp_path: Path) -> None:
    from tests.classifier.test_model import write_corpus

    data = write_corpus(tmp_path / "data")
    out_json = tmp_path / "eval.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith("WASPADA_")}
    out = subprocess.run(
        [WASPADA, "evaluate", "--data", str(data / "test.jsonl"), "--json", str(out_json)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert out.returncode == 0, out.stderr
    for name in ("rules", "model", "fusion", "baseline"):
        assert name in out.stdout
    report = json.loads(out_json.read_text())
    assert set(report["systems"]) == {"rules", "model", "fusion", "baseline"}
    assert report["n"] == 6
