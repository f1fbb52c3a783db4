"""Run Alembic migrations programmatically (``waspada db upgrade`` / ``waspada db current``)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from store.db import make_engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    # '%' must be escaped for configparser (PostgreSQL passwords may hold it).
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(url: str, revision: str = "head", engine: Engine | None = None) -> None:
    """Migrate the database at ``url`` (or over ``engine``) to ``revision``."""
    cfg = alembic_config(url)
    if engine is None:
        command.upgrade(cfg, revision)
        return
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def current(url: str) -> str | None:
    """The revision the database is at, or None for an empty database."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


def head() -> str:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    head_rev = script.get_current_head()
    assert head_rev is not None
    return head_rev


def known() -> set[str]:
    """Every revision this version's migrations know (a database at another one was migrated
    by a newer version)."""
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return {rev.revision for rev in script.walk_revisions()}


def downgrade(url: str, revision: str) -> None:
    """Roll the schema back to ``revision`` ("base" empties it). For developers and tests."""
    command.downgrade(alembic_config(url), revision)
