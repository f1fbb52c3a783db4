"""Backups of the embedded (SQLite) installation, and restoring one.

What a backup holds, and why:

``waspada.db``
    The whole database: adverts, versions, the raw pages and pictures (``snapshots`` keeps
    their bytes in the database, not in files), cases, the audit log, users. It is copied with
    SQLite's online backup API in **one step**: a read transaction, which in WAL mode does not
    block the server's writes, so the copy is the database as it was at one instant, whatever
    the crawler or the web service write meanwhile. (A copy in several steps restarts each time
    another connection writes, and under a busy crawl might never finish; copying the file
    itself could catch a half-written page or miss what is still in the ``-wal`` file.)
``crawls/``
    Each unfinished crawl's state folder under ``WASPADA_DATA_DIR``: ``spool.jsonl``, items
    received but not yet stored (a write-ahead log), and ``done``, the requests whose items were
    spooled. They are copied **before** the database: an item spooled before the copy is in the
    copied spool, or it was stored before the database was copied and is in the database
    (replaying a spool is idempotent: adverts are upserted). Either way, every request the
    copied ``done`` names has its items in the backup.

Nothing else under ``WASPADA_DATA_DIR`` is kept: reports and exports are written where the
operator asks and can be made again from the database.

``MANIFEST.json`` names every file with its SHA-256 and size, the schema revision, the
Waspada version, the time of the copy and each table's row count; ``SHA256SUMS`` repeats the
hashes for ``sha256sum -c``. A backup is a folder, or the same folder as a ``.tar.gz`` file.

PostgreSQL installations are backed up with ``pg_dump -Fc`` and restored with ``pg_restore``
(``docs/operations.md``): the server's own tools are consistent and far faster; these
functions refuse with that pointer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from store.errors import Conflict, InvalidInput

FORMAT = "waspada-backup/1"
DATABASE_FILE = "waspada.db"
CRAWLS_DIR = "crawls"
MANIFEST = "MANIFEST.json"
SUMS = "SHA256SUMS"
POSTGRES_HELP = (
    "this database is PostgreSQL: back it up with `pg_dump -Fc` and restore it with "
    "`pg_restore` (the steps are in docs/operations.md, 'Backups and restore'); "
    "`waspada backup` and `waspada restore` copy the embedded SQLite database only"
)


@dataclass
class BackupResult:
    path: Path
    manifest: dict[str, Any]


@dataclass
class RestoreResult:
    database: Path
    revision: str | None
    files: int
    moved_aside: Path | None = None
    notes: list[str] = field(default_factory=list)


def sqlite_path(database_url: str) -> Path:
    """The file of an SQLite URL; refuses PostgreSQL (and in-memory databases) clearly."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        raise InvalidInput(POSTGRES_HELP)
    if not url.database or url.database == ":memory:":
        raise InvalidInput("an in-memory SQLite database cannot be backed up or restored")
    return Path(url.database)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _read_only(path: Path) -> str:
    """An SQLite URI opening ``path`` read-only (percent-encoded: any file name works)."""
    return f"{path.resolve().as_uri()}?mode=ro"


def _revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    return str(row[0]) if row else None


def _row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    return {n: int(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}


def _integrity(conn: sqlite3.Connection) -> str:
    return ", ".join(str(r[0]) for r in conn.execute("PRAGMA integrity_check"))


def copy_database(source: Path, target: Path) -> None:
    """Copy an SQLite database with the online backup API, in one step (see the module
    docstring), into a self-contained file (rollback journal, not WAL)."""
    if not source.is_file():
        raise InvalidInput(f"there is no database at {source}: nothing to back up")
    with (
        closing(sqlite3.connect(_read_only(source), uri=True, timeout=60)) as src,
        closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst, pages=-1)
        dst.execute("PRAGMA journal_mode=DELETE")
        check = _integrity(dst)
        if check != "ok":
            raise Conflict(f"the copy of {source} failed SQLite's integrity check: {check}")


def backup(
    database_url: str,
    data_dir: Path,
    out: Path,
    *,
    version: str,
    now: dt.datetime | None = None,
) -> BackupResult:
    """Write a backup to ``out``: an existing folder gets ``waspada-backup-<time>.tar.gz``
    in it; a path ending in ``.tar.gz`` or ``.tgz`` is that file; any other path is a new
    folder. Nothing existing is overwritten."""
    source = sqlite_path(database_url)
    now = now or dt.datetime.now(dt.UTC)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    if out.is_dir():
        out = out / f"waspada-backup-{stamp}.tar.gz"
    archive = out.name.endswith((".tar.gz", ".tgz"))
    if out.exists():
        raise Conflict(f"{out} already exists: give a new file name or an existing folder")
    if not out.parent.is_dir():
        raise InvalidInput(f"the folder {out.parent} does not exist: create it first")
    with tempfile.TemporaryDirectory(prefix=".waspada-backup-", dir=out.parent) as tmp:
        staging = Path(tmp) / "backup"
        staging.mkdir()
        # Spools first, then the database (module docstring: nothing spooled is lost).
        crawls = Path(data_dir) / CRAWLS_DIR
        if crawls.is_dir():
            shutil.copytree(crawls, staging / CRAWLS_DIR, symlinks=False)
        copy_database(source, staging / DATABASE_FILE)
        with closing(sqlite3.connect(staging / DATABASE_FILE)) as conn:
            revision, counts = _revision(conn), _row_counts(conn)
        files = {
            p.relative_to(staging).as_posix(): {"sha256": sha256_file(p), "size": p.stat().st_size}
            for p in sorted(staging.rglob("*"))
            if p.is_file()
        }
        manifest = {
            "format": FORMAT,
            "created_at": now.isoformat(),
            "waspada_version": version,
            "database": {
                "backend": "sqlite",
                "file": DATABASE_FILE,
                "revision": revision,
                "integrity_check": "ok",
                "row_counts": counts,
            },
            "files": files,
        }
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
        (staging / SUMS).write_text(
            "".join(f"{meta['sha256']}  {name}\n" for name, meta in files.items())
        )
        if archive:
            partial = out.with_name(out.name + ".partial")
            with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
                for p in sorted(staging.rglob("*")):
                    if p.is_file():
                        tar.add(p, arcname=p.relative_to(staging).as_posix())
            partial.rename(out)  # a reader never sees a half-written archive
        else:
            staging.rename(out)
    return BackupResult(out, manifest)


@contextmanager
def _opened(source: Path, work_dir: Path) -> Iterator[Path]:
    """The backup's folder: ``source`` itself, or a ``.tar.gz`` unpacked to a temporary one in
    ``work_dir`` (beside the database: the system's temporary folder may be too small)."""
    if source.is_dir():
        yield source
        return
    if not source.is_file():
        raise InvalidInput(f"there is no backup at {source}")
    work_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".waspada-restore-", dir=work_dir) as tmp:
        try:
            with tarfile.open(source, "r:*") as tar:
                # The "data" filter refuses absolute paths, "..", links out and device files.
                tar.extractall(tmp, filter="data")
        except (tarfile.TarError, OSError, EOFError) as exc:
            raise InvalidInput(f"{source} is not a readable backup archive: {exc}") from exc
        yield Path(tmp)


def verify(folder: Path) -> dict[str, Any]:
    """Read the manifest and check every file against it; returns the manifest. Refuses a
    backup with a missing, changed or unlisted file, with the file's name."""
    try:
        manifest: dict[str, Any] = json.loads((folder / MANIFEST).read_text())
    except FileNotFoundError:
        raise InvalidInput(f"{folder} holds no {MANIFEST}: not a Waspada backup") from None
    except ValueError as exc:
        raise InvalidInput(f"{MANIFEST} is not valid JSON ({exc}): the backup is damaged") from exc
    if manifest.get("format") != FORMAT:
        raise InvalidInput(
            f"{MANIFEST} says format {manifest.get('format')!r}; this Waspada reads {FORMAT}"
        )
    listed: dict[str, dict[str, Any]] = manifest.get("files", {})
    on_disk = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    on_disk -= {MANIFEST, SUMS}
    if DATABASE_FILE not in listed:
        raise InvalidInput(f"the manifest lists no {DATABASE_FILE}: the backup is incomplete")
    for name, meta in sorted(listed.items()):
        path = folder / name
        if not path.is_file():
            raise InvalidInput(f"{name} is listed in the manifest but missing from the backup")
        if sha256_file(path) != meta.get("sha256"):
            raise InvalidInput(
                f"{name} does not match its SHA-256 in the manifest: the backup is damaged or "
                "was changed; restore another one"
            )
    extra = sorted(on_disk - set(listed))
    if extra:
        raise InvalidInput(f"files in the backup that the manifest does not list: {extra[:5]}")
    return manifest


def _has_rows(path: Path) -> bool:
    if not path.exists() or path.stat().st_size == 0:
        return False
    with closing(sqlite3.connect(_read_only(path), uri=True, timeout=60)) as conn:
        counts = _row_counts(conn)
    return any(n for name, n in counts.items() if name != "alembic_version")


def restore(
    database_url: str,
    data_dir: Path,
    source: Path,
    *,
    force: bool = False,
    now: dt.datetime | None = None,
) -> RestoreResult:
    """Restore a backup into the configured SQLite database and data folder.

    Refuses when the database already holds data (or a crawl folder of the same name exists)
    unless ``force``; with ``force`` the database as it was is first copied aside
    (``<name>.before-restore-<time>``). The copy goes in through SQLite's backup API, so a
    stale ``-wal`` file beside the old database cannot be replayed over the restored one."""
    target = sqlite_path(database_url)
    now = now or dt.datetime.now(dt.UTC)
    with _opened(source, target.parent) as folder:
        manifest = verify(folder)
        crawls_in = folder / CRAWLS_DIR
        crawls_out = Path(data_dir) / CRAWLS_DIR
        clashes = (
            sorted(p.name for p in crawls_in.iterdir() if (crawls_out / p.name).exists())
            if crawls_in.is_dir()
            else []
        )
        if not force:
            if _has_rows(target):
                raise Conflict(
                    f"{target} already holds data: restoring would replace it. Stop the "
                    "server, then run again with --force (the database as it is now is kept "
                    "beside it as a .before-restore copy), or point WASPADA_DATABASE_URL at "
                    "a new file"
                )
            if clashes:
                raise Conflict(
                    f"crawl state folders already exist in {crawls_out}: {clashes[:5]}; run "
                    "again with --force to replace them"
                )
        moved_aside = None
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists() and _has_rows(target):
            moved_aside = target.with_name(
                f"{target.name}.before-restore-{now.strftime('%Y%m%d-%H%M%S')}"
            )
            copy_database(target, moved_aside)
        with (
            closing(sqlite3.connect(folder / DATABASE_FILE)) as src,
            closing(sqlite3.connect(target, timeout=60)) as dst,
        ):
            src.backup(dst, pages=-1)
            check = _integrity(dst)
            revision = _revision(dst)
        if check != "ok":
            raise Conflict(f"the restored database failed SQLite's integrity check: {check}")
        copied = 0
        if crawls_in.is_dir():
            for folder_in in sorted(crawls_in.iterdir()):
                dest = crawls_out / folder_in.name
                if dest.exists():
                    shutil.rmtree(dest)
                shutil.copytree(folder_in, dest)
                copied += sum(1 for p in dest.rglob("*") if p.is_file())
        expected = manifest["database"].get("revision")
        result = RestoreResult(target, revision, copied + 1, moved_aside)
        if revision != expected:  # the manifest was verified: this would be our own bug
            raise Conflict(f"restored revision {revision} differs from the manifest's {expected}")
    return result
