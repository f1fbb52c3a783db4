"""Writing the append-only audit log. Called inside the caller's transaction: an action and
its audit entry commit together or not at all."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from store.models import AuditLog, User


def record(
    session: Session,
    *,
    actor: User | str,
    action: str,
    target_type: str,
    target_id: object,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    flush: bool = True,
) -> AuditLog:
    """Add an audit entry; ``flush=False`` leaves its insert to the caller's next flush (a
    caller writing many entries in one transaction)."""
    entry = AuditLog(
        actor_id=actor.id if isinstance(actor, User) else None,
        actor=actor.username if isinstance(actor, User) else actor,
        action=action,
        target_type=target_type,
        target_id=str(target_id),
        before=before,
        after=after,
    )
    session.add(entry)
    if flush:
        session.flush()
    return entry


def trail(session: Session, target_type: str, target_id: object) -> list[AuditLog]:
    """The audit entries of one target, oldest first."""
    stmt = (
        select(AuditLog)
        .where(AuditLog.target_type == target_type, AuditLog.target_id == str(target_id))
        .order_by(AuditLog.at, AuditLog.id)
    )
    return list(session.scalars(stmt))
