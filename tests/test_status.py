"""``waspada status`` as a real subprocess: a migrated database with a crawl and alerts, an
empty one, and one that cannot be reached (each with the exit status and what to run)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from store.db import make_engine, make_sessionmaker, transaction
from store.models import Advert, Alert, AlertRule, CrawlRun, Snapshot, Source

WASPADA = str(Path(sys.executable).with_name("waspada"))


def status(url: str, *args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "WASPADA_DATABASE_URL": url, "WASPADA_DATA_DIR": str(tmp_path / "var")}
    return subprocess.run(
        [WASPADA, "status", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_a_migrated_database(migrated_url: str, tmp_path: Path) -> None:
    (tmp_path / "var").mkdir()
    (tmp_path / "var" / "export.warc").write_bytes(b"x" * 5000)
    engine = make_engine(migrated_url)
    finished = dt.datetime(2026, 12, 7, 3, 0, tzinfo=dt.UTC)
    with transaction(make_sessionmaker(engine)) as session:
        source = Source(name="loker-jambi", spider="listing", start_urls=[])
        session.add_all([source, Source(name="tele-jambi", spider="telegram", start_urls=[])])
        session.flush()
        session.add(
            CrawlRun(
                source_id=source.id,
                spider="listing",
                status="ok",
                items=12,
                new=4,
                flagged=2,
                finished_at=finished,
            )
        )
        session.add(Snapshot(url="https://x/1", sha256="0" * 64, size=9000, body=b"z" * 3000))
        advert = Advert(canonical_url="https://x/1", source_id=source.id, content_hash="h")
        rule = AlertRule(name="semua", trigger="score", channel="webhook", target="https://y")
        session.add_all([advert, rule])
        session.flush()
        session.add(Alert(rule_id=rule.id, advert_id=advert.id, idempotency_key="k1"))
    engine.dispose()

    out = status(migrated_url, tmp_path=tmp_path)
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert "(the latest)" in text
    assert "model       compact-bert-" in text
    assert "loker-jambi: ok 2026-12-07T03:00:00+00:00, 12 adverts (4 new, 2 flagged" in text
    assert "tele-jambi: never crawled" in text
    assert "alerts      1 waiting (1 due now), 0 failed" in text
    assert "snapshots   1 pages, 3.0 kB stored (9.0 kB as fetched)" in text
    assert "bots        none set up" in text

    report = json.loads(status(migrated_url, "--json", tmp_path=tmp_path).stdout)
    assert report["schema"]["revision"] == report["schema"]["latest"]
    assert report["data_dir"]["bytes"] >= 5000
    assert report["alert_outbox"] == {"pending": 1, "due": 1, "failed": 0, "sent": 0}


def test_an_empty_database_says_to_migrate(tmp_path: Path) -> None:
    out = status(f"sqlite:///{tmp_path / 'fresh.db'}", tmp_path=tmp_path)
    assert out.returncode == 1
    assert "the database is empty (no schema): run `waspada db upgrade`" in out.stderr


def test_an_unreachable_database_hides_its_password(tmp_path: Path) -> None:
    url = "postgresql+psycopg://waspada:s3cret-pw@127.0.0.1:1/waspada"
    out = status(url, tmp_path=tmp_path)
    assert out.returncode == 1
    assert "s3cret-pw" not in out.stdout + out.stderr
    assert "postgresql+psycopg://waspada:***@127.0.0.1:1/waspada" in out.stdout
    assert "cannot be reached" in out.stderr and "WASPADA_DATABASE_URL" in out.stderr
