from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from store.db import make_engine
from store.migrate import current, downgrade, head, upgrade
from store.models import Base


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
