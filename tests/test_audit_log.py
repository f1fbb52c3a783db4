from __future__ import annotations

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from store.audit_guard import AuditLogIsAppendOnly
from store.db import transaction
from store.models import AuditLog
from store.services import audit


def _one_entry(factory: sessionmaker[Session]) -> int:
    with transaction(factory) as s:
        entry = audit.record(
            s,
            actor="system",
            action="test.act",
            target_type="thing",
            target_id=7,
            before={"a": 1},
            after={"a": 2},
        )
        return entry.id


def test_entries_are_written_and_read_back_in_order(factory: sessionmaker[Session]) -> None:
    first = _one_entry(factory)
    second = _one_entry(factory)
    with factory() as s:
        trail = audit.trail(s, "thing", 7)
    assert [e.id for e in trail] == [first, second]
    assert trail[0].before == {"a": 1} and trail[0].after == {"a": 2}
    assert trail[0].at.tzinfo is not None


def test_orm_refuses_update(factory: sessionmaker[Session]) -> None:
    entry_id = _one_entry(factory)
    with pytest.raises(AuditLogIsAppendOnly), transaction(factory) as s:
        s.get(AuditLog, entry_id).action = "rewritten"  # type: ignore[union-attr]
    with factory() as s:
        assert s.get(AuditLog, entry_id).action == "test.act"  # type: ignore[union-attr]


def test_orm_refuses_delete(factory: sessionmaker[Session]) -> None:
    entry_id = _one_entry(factory)
    with pytest.raises(AuditLogIsAppendOnly), transaction(factory) as s:
        s.delete(s.get(AuditLog, entry_id))
    with factory() as s:
        assert s.get(AuditLog, entry_id) is not None


@pytest.mark.parametrize(
    "statement",
    [
        update(AuditLog).values(action="rewritten"),
        delete(AuditLog),
        text("UPDATE audit_log SET actor = 'someone else'"),
        text("DELETE FROM audit_log"),
    ],
    ids=["core-update", "core-delete", "sql-update", "sql-delete"],
)
def test_database_refuses_update_and_delete(
    factory: sessionmaker[Session], statement: object
) -> None:
    _one_entry(factory)
    with pytest.raises(DBAPIError, match="append-only"), transaction(factory) as s:
        s.execute(statement)  # type: ignore[call-overload]
    with factory() as s:
        rows = s.scalars(select(AuditLog)).all()
    assert len(rows) == 1 and rows[0].action == "test.act" and rows[0].actor == "system"


_COLUMNS = "(id, at, actor, action, target_type, target_id)"
_VALUES = "(:id, CURRENT_TIMESTAMP, 'someone else', 'rewritten', 'thing', '7')"
# Every SQL form that could replace or rewrite an entry, and the databases that have it.
REWRITES = {
    "replace-into": (f"REPLACE INTO audit_log {_COLUMNS} VALUES {_VALUES}", {"sqlite"}),
    "insert-or-replace": (
        f"INSERT OR REPLACE INTO audit_log {_COLUMNS} VALUES {_VALUES}",
        {"sqlite"},
    ),
    "upsert": (
        f"INSERT INTO audit_log {_COLUMNS} VALUES {_VALUES} "
        "ON CONFLICT (id) DO UPDATE SET actor = excluded.actor, action = excluded.action",
        {"sqlite", "postgresql"},
    ),
    "truncate": ("TRUNCATE audit_log", {"postgresql"}),
}


@pytest.mark.parametrize("form", sorted(REWRITES))
def test_database_refuses_every_way_to_replace_an_entry(
    factory: sessionmaker[Session], form: str
) -> None:
    """SQLite's REPLACE deletes the old row without firing DELETE triggers (migration 0007)."""
    statement, dialects = REWRITES[form]
    dialect = factory.kw["bind"].dialect.name
    if dialect not in dialects:
        pytest.skip(f"{form} is not SQL that {dialect} accepts")
    entry_id = _one_entry(factory)
    with pytest.raises(DBAPIError, match="append-only"), transaction(factory) as s:
        s.execute(text(statement), {"id": entry_id})
    with factory() as s:
        rows = s.scalars(select(AuditLog)).all()
    assert [(r.id, r.actor, r.action) for r in rows] == [(entry_id, "system", "test.act")]


def test_new_entries_still_go_in_after_the_no_replace_trigger(
    factory: sessionmaker[Session],
) -> None:
    ids = [_one_entry(factory) for _ in range(3)]
    assert len(set(ids)) == 3
