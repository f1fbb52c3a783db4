"""the SQLite audit log refuses REPLACE INTO

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 18:00:00.000000

On SQLite, ``REPLACE INTO audit_log (id, ...)`` rewrote an entry: REPLACE deletes the row it
conflicts with without firing DELETE triggers. A BEFORE INSERT trigger now refuses an insert
whose id already exists (``store.audit_guard.SQLITE_NO_REPLACE``). PostgreSQL has no REPLACE,
and its ``INSERT ... ON CONFLICT DO UPDATE`` fires the UPDATE trigger it already has.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here (not imported): what this revision installs must not change with later code.
NO_REPLACE = (
    "CREATE TRIGGER IF NOT EXISTS audit_log_no_replace BEFORE INSERT ON audit_log "
    "WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id) "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(NO_REPLACE)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_replace")
