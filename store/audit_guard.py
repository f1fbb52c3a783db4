"""Make the audit log append-only, in the database itself and in the ORM.

The database triggers stop anyone with SQL access through the application's account from
rewriting history by accident; the ORM hook fails fast with a clear message in code. The
same statements run from the migration and from ``metadata.create_all`` (tests).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import DDL, event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from store.models import AuditLog

# SQLite's REPLACE (``REPLACE INTO``, ``INSERT OR REPLACE``, and an ``ON CONFLICT REPLACE``
# default) deletes the conflicting row without firing DELETE triggers (they fire only with
# recursive_triggers on), so an insert that reuses an existing id is refused before it happens.
SQLITE_NO_REPLACE = (
    "CREATE TRIGGER IF NOT EXISTS audit_log_no_replace BEFORE INSERT ON audit_log "
    "WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id) "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
)
SQLITE_TRIGGERS = [
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    SQLITE_NO_REPLACE,  # added by migration 0007
]
POSTGRES_TRIGGERS = [
    "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$ "
    "BEGIN RAISE EXCEPTION 'audit_log is append-only'; END; $$ LANGUAGE plpgsql",
    "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
]


def install_triggers(conn: Connection) -> None:
    """Create the append-only triggers for the connection's dialect."""
    statements = POSTGRES_TRIGGERS if conn.dialect.name == "postgresql" else SQLITE_TRIGGERS
    for statement in statements:
        conn.execute(DDL(statement))


@event.listens_for(AuditLog.__table__, "after_create")
def _after_create(_target: Any, connection: Connection, **_kw: Any) -> None:
    install_triggers(connection)


class AuditLogIsAppendOnly(RuntimeError):
    pass


@event.listens_for(Session, "before_flush")
def _refuse_changes(session: Session, _ctx: Any, _instances: Any) -> None:
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, AuditLog) and (obj in session.deleted or session.is_modified(obj)):
            raise AuditLogIsAppendOnly("audit_log entries cannot be changed or deleted")
