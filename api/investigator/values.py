"""One value's page for investigators (issue 23): the JSON shape of
:class:`store.services.value_history.ValueHistory`, and the words the page shows."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from store.models import AuditLog, ValueObjection
from store.services.numbers import PUBLIC_KINDS
from store.services.objections import ACTION_LABELS, DECISIONS, STATUS_LABELS
from store.services.value_history import ValueHistory

KIND_LABELS = {"phone": "Nomor HP/WhatsApp", "email": "Alamat e-mail", "bank_account": "Rekening"}
CASE_OUTCOMES = {"escalated": "Dieskalasi", "dismissed": "Bukan pelanggaran", "other": "Belum"}
assert set(KIND_LABELS) == set(PUBLIC_KINDS)


class ObjectionOut(BaseModel):
    id: int
    kind: str
    value: str
    shown_as: str
    contact: str
    reason: str
    status: str = Field(description="open | upheld | rejected")
    status_label: str
    created_at: dt.datetime
    decided_at: dt.datetime | None
    decided_by: str | None
    decision_note: str


class CarryingAdvertOut(BaseModel):
    advert_id: int
    title: str
    url: str | None
    origin: str
    channel: str
    source: str
    regions: list[str]
    first_seen: dt.datetime
    last_seen: dt.datetime
    removed_at: dt.datetime | None
    band: str | None
    forms: list[str] = Field(description='How the advert writes the value ("whatsapp +62...").')
    case_id: int | None
    case_status: str | None
    decided_as: str | None = Field(description="escalated | dismissed | other (undecided)")
    decided_at: dt.datetime | None


class EventOut(BaseModel):
    at: dt.datetime
    what: str
    advert_id: int | None
    objection_id: int | None


class PublicOut(BaseModel):
    confirmed_reports: int = Field(description="What the public Cek nomor answer counts now.")
    first_seen: dt.datetime | None
    last_seen: dt.datetime | None
    destinations: list[str]
    red_flags: list[str]
    hidden_before: dt.datetime | None = Field(
        description="An upheld objection hides cases decided before this time."
    )


class ValueHistoryOut(BaseModel):
    kind: str
    value: str
    public: PublicOut
    regions: list[str]
    adverts: list[CarryingAdvertOut]
    escalated_cases: int
    timeline: list[EventOut]
    objections: list[ObjectionOut]


def objection_out(o: ValueObjection) -> ObjectionOut:
    return ObjectionOut(
        id=o.id,
        kind=o.kind,
        value=o.value,
        shown_as=o.shown_as,
        contact=o.contact,
        reason=o.reason,
        status=o.status,
        status_label=STATUS_LABELS.get(o.status, o.status),
        created_at=o.created_at,
        decided_at=o.decided_at,
        decided_by=o.decided_by.username if o.decided_by else None,
        decision_note=o.decision_note,
    )


def history_out(h: ValueHistory) -> ValueHistoryOut:
    return ValueHistoryOut(
        kind=h.key.kind,
        value=h.key.key,
        public=PublicOut(
            confirmed_reports=h.public.cases,
            first_seen=h.public.first_seen,
            last_seen=h.public.last_seen,
            destinations=h.public.destinations,
            red_flags=h.public.red_flags,
            hidden_before=h.hidden_before,
        ),
        regions=h.regions,
        adverts=[CarryingAdvertOut.model_validate(a, from_attributes=True) for a in h.adverts],
        escalated_cases=h.escalated_cases,
        timeline=[EventOut.model_validate(e, from_attributes=True) for e in h.timeline],
        objections=[objection_out(o) for o in h.objections],
    )


def audit_line(entry: AuditLog) -> str:
    """One audit entry of an objection, in words."""
    label = ACTION_LABELS.get(entry.action, entry.action)
    status = (entry.after or {}).get("status", "")
    if entry.action == "objection.decide":
        return f"{label}: {DECISIONS.get(status, status)}"
    return label
