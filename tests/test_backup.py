"""``waspada backup`` / ``restore`` of the embedded SQLite installation (store/backup.py): a
copy taken while a thread keeps writing adverts is consistent; restored into an empty place it
gives back the same audit log and the same case bundle; every refusal says what to do."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tarfile
import threading
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import func, select

from store import backup as bk
from store.db import make_engine, make_sessionmaker, transaction
from store.errors import Conflict, InvalidInput
from store.migrate import head, upgrade
from store.models import Advert
from store.services.adverts import ingest
from tests.keeping_data import advert as make_advert
from tests.keeping_data import audit_rows, bundle_digests, escalated_case, verdict

WASPADA = str(Path(sys.executable).with_name("waspada"))


class Installation:
    """A migrated SQLite database and a data folder with one unfinished crawl's spool."""

    def __init__(self, root: Path) -> None:
        self.data_dir = root / "var"
        self.db = self.data_dir / "waspada.db"
        self.url = f"sqlite:///{self.db}"
        upgrade(self.url)
        self.engine = make_engine(self.url)
        self.factory = make_sessionmaker(self.engine)
        spool = self.data_dir / "crawls" / "loker-jambi"
        spool.mkdir(parents=True)
        (spool / "spool.jsonl").write_text('{"url": "https://loker.example/iklan/9"}\n')
        (spool / "done").write_text("fp-1\nfp-2\n")

    def adverts(self) -> int:
        with self.factory() as session:
            return int(session.scalar(select(func.count()).select_from(Advert)) or 0)

    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "WASPADA_DATABASE_URL": self.url,
            "WASPADA_DATA_DIR": str(self.data_dir),
        }


@pytest.fixture
def home(tmp_path: Path) -> Iterator[Installation]:
    inst = Installation(tmp_path / "home")
    yield inst
    inst.engine.dispose()


def _counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        return {
            t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for t in ("adverts", "advert_versions", "snapshots", "entities", "audit_log")
        }


def test_backup_while_a_thread_writes_is_consistent(home: Installation, tmp_path: Path) -> None:
    escalated_case(home.factory)
    stop = threading.Event()
    written: list[int] = []
    errors: list[BaseException] = []

    def writer() -> None:
        n = 1000
        try:
            while not stop.is_set():
                n += 1
                text = f"Lowongan kasir toko nomor {n} di Jambi, gaji sesuai UMK, kirim CV {n}."
                with transaction(home.factory) as session:
                    item = make_advert(n, text)
                    ingest(session, item, verdict(text=text, phone=f"+62812000{n}"))
                written.append(n)
        except BaseException as exc:  # reported below, never swallowed
            errors.append(exc)

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    while len(written) < 20:
        time.sleep(0.01)
    at_start = home.adverts()
    result = bk.backup(home.url, home.data_dir, tmp_path / "b.tar.gz", version="uji")
    at_end = home.adverts()
    time.sleep(0.2)  # the writer keeps going after the copy
    stop.set()
    thread.join(timeout=30)
    assert not errors, errors
    assert len(written) > 20 and home.adverts() > at_end >= at_start

    unpacked = tmp_path / "unpacked"
    with tarfile.open(result.path) as tar:
        tar.extractall(unpacked, filter="data")
    counts = _counts(unpacked / "waspada.db")
    # One instant of the database: each advert came with its version, its page and its phone
    # in one transaction, so a torn copy would show different counts.
    assert at_start <= counts["adverts"] <= at_end
    assert counts["adverts"] == counts["advert_versions"] == counts["snapshots"]
    assert counts["entities"] == counts["adverts"] - 1  # the escalated advert has no phone
    manifest = json.loads((unpacked / "MANIFEST.json").read_text())
    assert manifest["database"]["revision"] == head()
    assert manifest["database"]["row_counts"]["adverts"] == counts["adverts"]
    assert manifest["waspada_version"] == "uji"
    assert set(manifest["files"]) == {
        "waspada.db",
        "crawls/loker-jambi/spool.jsonl",
        "crawls/loker-jambi/done",
    }
    sums = (unpacked / "SHA256SUMS").read_text()
    assert all(f"{m['sha256']}  {name}" in sums for name, m in manifest["files"].items())


def test_restore_into_an_empty_place_gives_back_the_audit_log_and_the_bundle(
    home: Installation, tmp_path: Path
) -> None:
    advert_id = escalated_case(home.factory)
    result = bk.backup(home.url, home.data_dir, tmp_path / "folder-backup", version="uji")
    assert (result.path / "waspada.db").is_file()  # a folder, not an archive
    rows = audit_rows(home.factory)
    assert [r[4] for r in rows] == [
        "user.create",
        "case.open",
        "case.status",
        "case.note",
        "case.status",
    ]
    digests = bundle_digests(home.factory, advert_id)

    away = Installation.__new__(Installation)
    away.data_dir = tmp_path / "away" / "var"
    away.db = away.data_dir / "waspada.db"
    away.url = f"sqlite:///{away.db}"
    restored = bk.restore(away.url, away.data_dir, result.path)
    assert restored.revision == head() and restored.moved_aside is None
    away.engine = make_engine(away.url)
    away.factory = make_sessionmaker(away.engine)
    try:
        assert audit_rows(away.factory) == rows
        assert bundle_digests(away.factory, advert_id) == digests
        spool = away.data_dir / "crawls" / "loker-jambi" / "spool.jsonl"
        assert spool.read_text() == '{"url": "https://loker.example/iklan/9"}\n'
    finally:
        away.engine.dispose()


def test_restore_refuses_a_database_with_data_unless_forced(
    home: Installation, tmp_path: Path
) -> None:
    escalated_case(home.factory)
    archive = bk.backup(home.url, home.data_dir, tmp_path, version="uji").path
    assert archive.parent == tmp_path and archive.name.startswith("waspada-backup-")
    with pytest.raises(Conflict, match=r"already holds data.*--force"):
        bk.restore(home.url, home.data_dir, archive)
    # Something written after the backup: --force replaces it, and keeps the old copy aside.
    with transaction(home.factory) as session:
        ingest(session, make_advert(77, "Dicari kurir motor area Jambi."), verdict())
    assert home.adverts() == 2
    home.engine.dispose()
    restored = bk.restore(home.url, home.data_dir, archive, force=True)
    assert restored.moved_aside is not None and restored.moved_aside.is_file()
    assert home.adverts() == 1
    with closing(sqlite3.connect(restored.moved_aside)) as conn:
        assert conn.execute("SELECT count(*) FROM adverts").fetchone()[0] == 2


def test_a_damaged_or_padded_backup_is_refused(home: Installation, tmp_path: Path) -> None:
    folder = bk.backup(home.url, home.data_dir, tmp_path / "f", version="uji").path
    target = tmp_path / "new" / "waspada.db"
    url = f"sqlite:///{target}"
    spool = folder / "crawls" / "loker-jambi" / "spool.jsonl"
    spool.write_text(spool.read_text() + "{}\n")
    with pytest.raises(InvalidInput, match=r"spool.jsonl does not match its SHA-256"):
        bk.restore(url, tmp_path / "new", folder)
    assert not target.exists(), "nothing is written before the backup is verified"
    folder2 = bk.backup(home.url, home.data_dir, tmp_path / "g", version="uji").path
    (folder2 / "extra.txt").write_text("x")
    with pytest.raises(InvalidInput, match=r"does not list.*extra.txt"):
        bk.restore(url, tmp_path / "new", folder2)
    (folder2 / "extra.txt").unlink()
    (folder2 / "waspada.db").unlink()
    with pytest.raises(InvalidInput, match=r"waspada.db is listed in the manifest but missing"):
        bk.restore(url, tmp_path / "new", folder2)
    (tmp_path / "junk.tar.gz").write_bytes(b"not an archive")
    with pytest.raises(InvalidInput, match="not a readable backup archive"):
        bk.restore(url, tmp_path / "new", tmp_path / "junk.tar.gz")
    with pytest.raises(InvalidInput, match="there is no backup"):
        bk.restore(url, tmp_path / "new", tmp_path / "nowhere.tar.gz")


def test_postgresql_and_bad_targets_are_refused_clearly(home: Installation, tmp_path: Path) -> None:
    pg = "postgresql+psycopg://waspada@db.example:5432/waspada"
    with pytest.raises(InvalidInput, match=r"pg_dump -Fc.*pg_restore.*docs/operations.md"):
        bk.backup(pg, home.data_dir, tmp_path, version="uji")
    with pytest.raises(InvalidInput, match="pg_dump"):
        bk.restore(pg, home.data_dir, tmp_path)
    first = bk.backup(home.url, home.data_dir, tmp_path / "x.tar.gz", version="uji").path
    with pytest.raises(Conflict, match="already exists"):
        bk.backup(home.url, home.data_dir, first, version="uji")
    with pytest.raises(InvalidInput, match="does not exist: create it first"):
        bk.backup(home.url, home.data_dir, tmp_path / "no" / "such" / "b.tar.gz", version="uji")
    with pytest.raises(InvalidInput, match="no database at"):
        bk.backup(f"sqlite:///{tmp_path / 'missing.db'}", home.data_dir, tmp_path, version="u")


def test_the_commands(home: Installation, tmp_path: Path) -> None:
    escalated_case(home.factory)

    def waspada(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [WASPADA, *args], capture_output=True, text=True, env=env, timeout=120
        )

    out = tmp_path / "nightly"
    out.mkdir()
    made = waspada("backup", "--out", str(out), env=home.env())
    assert made.returncode == 0, made.stderr
    (archive,) = out.glob("waspada-backup-*.tar.gz")
    assert f"backup written: {archive}" in made.stdout and "integrity ok" in made.stdout
    again = waspada("restore", str(archive), env=home.env())
    assert again.returncode == 2 and "already holds data" in again.stderr
    elsewhere = {
        **home.env(),
        "WASPADA_DATABASE_URL": f"sqlite:///{tmp_path / 'b' / 'waspada.db'}",
        "WASPADA_DATA_DIR": str(tmp_path / "b"),
    }
    done = waspada("restore", str(archive), env=elsewhere)
    assert done.returncode == 0, done.stderr
    assert "the schema is current; start the server: waspada serve" in done.stdout
    engine = make_engine(elsewhere["WASPADA_DATABASE_URL"])
    try:
        actions = [r[4] for r in audit_rows(make_sessionmaker(engine))]
    finally:
        engine.dispose()
    assert actions[-1] == "data.restore"
    pg = waspada("backup", "--out", str(out), env={**home.env(), "WASPADA_DATABASE_URL": (
        "postgresql+psycopg://waspada@db.example:5432/waspada")})  # fmt: skip
    assert pg.returncode == 2 and "pg_dump -Fc" in pg.stderr


def test_an_older_backup_says_to_upgrade(tmp_path: Path) -> None:
    old = tmp_path / "old" / "waspada.db"
    upgrade(f"sqlite:///{old}", "0012")
    folder = bk.backup(f"sqlite:///{old}", tmp_path / "old", tmp_path / "f", version="u").path
    env = {
        **os.environ,
        "WASPADA_DATABASE_URL": f"sqlite:///{tmp_path / 'new' / 'waspada.db'}",
        "WASPADA_DATA_DIR": str(tmp_path / "new"),
    }
    done = subprocess.run(
        [WASPADA, "restore", str(folder)], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "the backup is at revision 0012" in done.stdout and "waspada db upgrade" in done.stdout


def test_a_crawl_folder_of_the_same_name_is_kept_unless_forced(
    home: Installation, tmp_path: Path
) -> None:
    archive = bk.backup(home.url, home.data_dir, tmp_path / "b.tar.gz", version="uji").path
    new_dir = tmp_path / "new"
    waiting = new_dir / "crawls" / "loker-jambi" / "spool.jsonl"
    waiting.parent.mkdir(parents=True)
    waiting.write_text('{"url": "https://loker.example/iklan/10"}\n')
    url = f"sqlite:///{new_dir / 'waspada.db'}"
    with pytest.raises(Conflict, match=r"crawl state folders already exist.*loker-jambi"):
        bk.restore(url, new_dir, archive)
    assert waiting.read_text().endswith('iklan/10"}\n'), "left as it was"
    bk.restore(url, new_dir, archive, force=True)
    assert waiting.read_text() == '{"url": "https://loker.example/iklan/9"}\n'
