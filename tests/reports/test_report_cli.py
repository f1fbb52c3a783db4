"""``waspada report`` writes the same PDF and CSV as the HTTP routes; a bad month is refused."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from tests.reports import fixture_db
from tests.reports.helpers import pdf_text
from tests.test_cli import run


def test_report_command_writes_pdf_and_csv(
    migrated_url: str, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    fixture_db.build(factory)
    out = tmp_path / "laporan"
    env = {"WASPADA_DATABASE_URL": migrated_url}
    done = run("report", "--month", "2026-11", "--out", str(out), "--region", "Kota Jambi", env=env)
    assert done.returncode == 0, done.stderr
    pdf = out / "waspada-laporan-2026-11-kota-jambi.pdf"
    csv_file = out / "waspada-laporan-2026-11-kota-jambi.csv"
    assert done.stdout.splitlines()[-2:] == [str(pdf), str(csv_file)]
    assert "November 2026" in pdf_text(pdf.read_bytes())
    rows = list(csv.DictReader(io.StringIO(csv_file.read_text("utf-8-sig"))))
    summary = {r["kode"]: r["nilai"] for r in rows if r["bagian"] == "ringkasan"}
    expected = fixture_db.EXPECTED_JAMBI
    assert summary["adverts_crawled"] == str(expected.crawled)
    assert summary["adverts_flagged"] == str(expected.flagged)
    assert {r["kode"]: r["keterangan"] for r in rows if r["bagian"] == "laporan"}[
        "wilayah"
    ] == "Kota Jambi"


def test_report_command_refuses_a_bad_month(migrated_url: str, tmp_path: Path) -> None:
    env = {"WASPADA_DATABASE_URL": migrated_url}
    for bad in ("2026-13", "11-2026", "nov"):
        done = run("report", "--month", bad, "--out", str(tmp_path / "x"), env=env)
        assert done.returncode == 2
        assert "TTTT-BB" in done.stderr and "2026-11" in done.stderr
    assert not (tmp_path / "x").exists()  # nothing written
