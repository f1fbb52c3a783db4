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
