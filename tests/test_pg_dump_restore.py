"""The PostgreSQL backup steps of docs/operations.md, run for real: ``pg_dump -Fc`` of a
database with an escalated case, ``pg_restore`` into a fresh database, then the same audit log
row for row, the same case bundle, the append-only triggers still in force, and the schema at
the latest revision. Runs only when WASPADA_TEST_DATABASE_URL points at a PostgreSQL server."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from store.db import make_engine, make_sessionmaker
from store.migrate import current, head, upgrade
from tests.keeping_data import audit_rows, bundle_digests, escalated_case

PG_URL = os.environ.get("WASPADA_TEST_DATABASE_URL")

pytestmark = pytest.mark.skipif(not PG_URL, reason="needs WASPADA_TEST_DATABASE_URL (PostgreSQL)")


@pytest.fixture
def two_databases() -> Iterator[tuple[str, str]]:
    """Two new, empty databases on the test server (the dump's source and its restore target),
    dropped afterwards."""
    assert PG_URL is not None
    names = [f"waspada_dump_{uuid.uuid4().hex[:10]}_{side}" for side in ("src", "dst")]
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for name in names:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    base = make_url(PG_URL)
    try:
        urls = [base.set(database=n).render_as_string(hide_password=False) for n in names]
        yield urls[0], urls[1]
    finally:
        with admin.connect() as conn:
            for name in names:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def libpq(url: str) -> str:
    """The URL pg_dump and pg_restore understand (no SQLAlchemy driver name)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def test_pg_dump_and_pg_restore_keep_the_audit_log_and_the_bundle(
    two_databases: tuple[str, str], tmp_path: Path
) -> None:
    assert shutil.which("pg_dump") and shutil.which("pg_restore"), "install postgresql-client"
    source, target = two_databases
    upgrade(source)
    engine = make_engine(source)
    try:
        factory = make_sessionmaker(engine)
        advert_id = escalated_case(factory)
        rows = audit_rows(factory)
        dump = tmp_path / "waspada.dump"
        # The documented steps, as an operator types them.
        subprocess.run(
            ["pg_dump", "-Fc", "--no-owner", "-f", str(dump), libpq(source)],
            check=True,
            timeout=120,
        )
        digests = bundle_digests(factory, advert_id)  # after the dump: same trail as in it
    finally:
        engine.dispose()
    subprocess.run(
        ["pg_restore", "--no-owner", "--exit-on-error", "-d", libpq(target), str(dump)],
        check=True,
        timeout=120,
    )
    assert current(target) == head()
    restored = make_engine(target)
    try:
        factory = make_sessionmaker(restored)
        assert audit_rows(factory) == rows
        assert [r[4] for r in rows][-3:] == ["case.status", "case.note", "case.status"]
        assert bundle_digests(factory, advert_id) == digests
        # The append-only triggers came along with the rows.
        with pytest.raises(DBAPIError, match="append-only"), restored.begin() as conn:
            conn.execute(text("UPDATE audit_log SET actor = 'someone else'"))
        # New rows get new ids: the sequences were restored with the data.
        upgrade(target)
        with restored.begin() as conn:
            next_id = conn.execute(
                text(
                    "INSERT INTO audit_log (at, actor, action, target_type, target_id) "
                    "VALUES (now(), 'cli', 'data.restore', 'database', '') RETURNING id"
                )
            ).scalar_one()
        assert next_id > max(r[0] for r in rows)
    finally:
        restored.dispose()
