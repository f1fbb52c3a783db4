"""Objections to a value listed in the public "Cek nomor / rekening" answer (issue 23).

A person who believes their number, e-mail address or account is listed wrongly sends a
contact and a reason; the objection is the investigators' review task, with the evidence on
the value's page (:mod:`store.services.value_history`). An investigator upholds or rejects it
with a note; both the objection and the decision are in the append-only audit log (never the
objector's contact: the log is kept for good). An upheld objection takes the value's cases
decided before it out of public answers (:func:`store.services.numbers.upheld_cutoff`).

Messages are in Bahasa Indonesia: investigators read them as they are.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.db import transaction
from store.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from store.models import Role, User, ValueObjection, utcnow
from store.services import audit
from store.services.numbers import ValueKey, confirmed

MAX_CONTACT = 200  # ValueObjection.contact is String(200)
MAX_REASON = 2000
MAX_NOTE = 2000
DECISIONS = {"upheld": "Dikabulkan (nomor tidak ditampilkan lagi)", "rejected": "Ditolak"}
STATUS_LABELS = {"open": "Menunggu keputusan", **DECISIONS}
ACTION_LABELS = {
    "objection.create": "Keberatan diterima",
    "objection.decide": "Keberatan diputuskan",
}


class NotListed(InvalidInput):
    """The value has no confirmed reports: there is nothing to object to."""


def create_objection(
    factory: sessionmaker[Session], key: ValueKey, *, contact: str, reason: str
) -> ValueObjection:
    """Record an objection to a value the public answer lists (NotListed when it lists none)."""
    contact, reason = contact.strip(), reason.strip()
    if not contact or len(contact) > MAX_CONTACT:
        raise InvalidInput(f"contact is empty or longer than {MAX_CONTACT} characters")
    if not reason or len(reason) > MAX_REASON:
        raise InvalidInput(f"reason is empty or longer than {MAX_REASON} characters")
    with transaction(factory) as session:
        if confirmed(session, key).cases == 0:
            raise NotListed("the value has no confirmed reports")
        row = ValueObjection(
            kind=key.kind, value=key.key, shown_as=key.shown[:300], contact=contact, reason=reason
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor="citizen",
            action="objection.create",
            target_type="value_objection",
            target_id=row.id,
            after={"kind": row.kind, "value": row.value, "status": row.status},
        )
        return row


def decide_objection(
    factory: sessionmaker[Session],
    objection_id: int,
    actor: User,
    decision: str,
    *,
    note: str,
    now: dt.datetime | None = None,
) -> ValueObjection:
    """Uphold or reject an open objection, with the investigator's reasons (required)."""
    if actor.role not in (Role.investigator, Role.admin):
        raise PermissionDenied("Hanya penyidik atau admin yang dapat memutuskan keberatan.")
    if decision not in DECISIONS:
        raise InvalidInput(
            f"Keputusan tidak dikenal: {decision!r} (pilihan: {', '.join(DECISIONS)})."
        )
    note = note.strip()
    if not note:
        raise InvalidInput(
            "Alasan keputusan wajib diisi: tuliskan bukti yang Anda periksa dan mengapa "
            "keberatan ini dikabulkan atau ditolak."
        )
    if len(note) > MAX_NOTE:
        raise InvalidInput(f"Alasan terlalu panjang (maksimal {MAX_NOTE} karakter).")
    with transaction(factory) as session:
        row = session.get(ValueObjection, objection_id, with_for_update=True)
        if row is None:
            raise NotFound(f"Keberatan {objection_id} tidak ditemukan.")
        if row.status != "open":
            raise Conflict(
                f"Keberatan {objection_id} sudah diputuskan ({STATUS_LABELS[row.status]}); "
                "keputusan tidak dapat diubah. Keberatan baru dapat diajukan dari halaman publik."
            )
        before = {"status": row.status}
        row.status = decision
        row.decision_note = note
        row.decided_at = now or utcnow()
        row.decided_by_id = actor.id
        session.flush()
        audit.record(
            session,
            actor=actor,
            action="objection.decide",
            target_type="value_objection",
            target_id=row.id,
            before=before,
            after={"status": decision, "note": note, "kind": row.kind, "value": row.value},
        )
        return row


def objections_for(session: Session, kind: str, value: str) -> list[ValueObjection]:
    """Every objection to one value, newest first."""
    stmt = (
        select(ValueObjection)
        .where(ValueObjection.kind == kind, ValueObjection.value == value)
        .order_by(ValueObjection.created_at.desc(), ValueObjection.id.desc())
    )
    return list(session.scalars(stmt))


def open_objections(session: Session, limit: int = 200) -> list[ValueObjection]:
    """The review tasks: objections waiting for a decision, oldest first."""
    stmt = (
        select(ValueObjection)
        .where(ValueObjection.status == "open")
        .order_by(ValueObjection.created_at, ValueObjection.id)
        .limit(limit)
    )
    return list(session.scalars(stmt))


def get_objection(session: Session, objection_id: int) -> ValueObjection:
    row = session.get(ValueObjection, objection_id)
    if row is None:
        raise NotFound(f"Keberatan {objection_id} tidak ditemukan.")
    return row
