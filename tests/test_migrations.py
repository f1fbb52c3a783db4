from __future__ import annotations

import datetime as dt
import json

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from store.db import make_engine
from store.migrate import current, downgrade, head, upgrade
from store.models import Advert, Base, UTCDateTime


def test_upgrade_from_empty_reaches_head_and_creates_every_table(db_url: str) -> None:
    assert current(db_url) is None
    upgrade(db_url)
    assert current(db_url) == head()
    engine = make_engine(db_url)
    try:
        tables = set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    assert set(Base.metadata.tables) <= tables


def test_models_match_migrations(migrated_url: str) -> None:
    engine = make_engine(migrated_url)
    try:
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(ctx, Base.metadata)
    finally:
        engine.dispose()
    assert diff == [], f"models and migrations disagree; write a migration: {diff}"


def test_upgrade_is_idempotent(migrated_url: str) -> None:
    upgrade(migrated_url)
    assert current(migrated_url) == head()


def test_downgrade_to_base_and_up_again(migrated_url: str) -> None:
    downgrade(migrated_url, "base")
    assert current(migrated_url) is None
    upgrade(migrated_url)
    assert current(migrated_url) == head()


def test_0005_keeps_only_flags_with_evidence_in_classification_flags(db_url: str) -> None:
    """Classifications stored before 0005 hold flags without evidence (the model's suspicions)
    among their red flags: 0005 drops their classification_flags rows (the queue filter and the
    reports read those) and leaves the stored JSON as it was; downgrading puts them back."""
    quoted = [{"start": 0, "end": 4, "text": "kata"}]
    red_flags = [
        {"code": "upfront_fee", "score": 0.9, "evidence": quoted, "reason": "..."},
        {"code": "pressure", "score": 0.8, "evidence": [], "reason": "Model bahasa ..."},
        {"code": "impersonation", "score": 0.7, "evidence": [{"text": "  "}], "reason": ""},
    ]
    classifications = sa.table(
        "classifications",
        *(sa.column(n) for n in ("id", "advert_id", "model_version", "score", "suspicious")),
        sa.column("advert_version", sa.Integer()),
        sa.column("created_at", UTCDateTime()),
        sa.column("red_flags", sa.JSON()),
    )
    flags_table = sa.table("classification_flags", *(
        sa.column(n) for n in ("classification_id", "code", "score")))  # fmt: skip

    def codes(conn: sa.Connection) -> list[str]:
        return sorted(conn.scalars(sa.select(flags_table.c.code)))

    upgrade(db_url, "0004")
    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.insert(Advert.__table__).values(id=1, content_hash="x"))
            conn.execute(sa.insert(classifications).values(
                id=1, advert_id=1, model_version="old", score=0.9, suspicious=True,
                advert_version=1, created_at=dt.datetime(2026, 10, 1, tzinfo=dt.UTC),
                red_flags=red_flags,
            ))  # fmt: skip
            conn.execute(sa.insert(flags_table), [
                {"classification_id": 1, "code": f["code"], "score": f["score"]}
                for f in red_flags
            ])  # fmt: skip
        upgrade(db_url)
        with engine.connect() as conn:
            assert codes(conn) == ["upfront_fee"]
            row = conn.execute(
                sa.text("SELECT red_flags, model_only_flags FROM classifications")
            ).one()
            stored = [json.loads(v) if isinstance(v, str) else v for v in row]
            assert stored == [red_flags, []]  # the JSON is left as it was
        downgrade(db_url, "0004")
        with engine.connect() as conn:
            assert codes(conn) == ["impersonation", "pressure", "upfront_fee"]
    finally:
        engine.dispose()
