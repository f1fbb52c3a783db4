"""Review cases: the workflow investigators follow, assignment, notes, and the case file.

Workflow (issue 5)::

    new → in_review → escalated (police or BP3MI/KP2MI; external reference required)
                    ↘ dismissed (false positive; reason required)
    escalated | dismissed → closed

Every change is written to the append-only audit log (who, when, what, before and after) in
the same transaction as the change itself, so the trail can never disagree with the case.
A closed case keeps its ``decision`` (``escalated_police``, ``escalated_bp3mi``,
``dismissed_false_positive``), so what was decided is never lost when the case is closed.

Messages are in Bahasa Indonesia: they are shown to investigators as they are.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.db import transaction
from store.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from store.models import (
    Advert,
    AdvertVersion,
    AuditLog,
    CaseNote,
    CaseStatus,
    Classification,
    Entity,
    ReviewCase,
    Role,
    Tip,
    User,
    utcnow,
)
from store.services import audit
from store.services.decisions import DISMISSED_DECISION
from store.services.links import linked_adverts
from store.services.risk import bands_of
from vocabulary.bands import Band

STATUS_LABELS: dict[CaseStatus, str] = {
    CaseStatus.new: "Baru",
    CaseStatus.in_review: "Sedang ditinjau",
    CaseStatus.escalated: "Dieskalasi",
    CaseStatus.dismissed: "Bukan pelanggaran",
    CaseStatus.closed: "Ditutup",
}

# The only legal moves. Anything else is refused with a message naming the allowed ones.
TRANSITIONS: dict[CaseStatus, tuple[CaseStatus, ...]] = {
    CaseStatus.new: (CaseStatus.in_review,),
    CaseStatus.in_review: (CaseStatus.escalated, CaseStatus.dismissed),
    CaseStatus.escalated: (CaseStatus.closed,),
    CaseStatus.dismissed: (CaseStatus.closed,),
    CaseStatus.closed: (),
}

# Where an escalated case goes (docs/domain.md §7): the police, or the migrant-worker protection
# agency (BP3MI in the province, KP2MI nationally).
ESCALATION_TARGETS: dict[str, str] = {
    "police": "Kepolisian (Polda/Polres)",
    "bp3mi": "BP3MI/KP2MI (pelindungan pekerja migran)",
}

MAX_REASON = 2000
MAX_NOTE = 5000
MAX_REF = 200  # ReviewCase.external_ref is String(200)

ACTION_LABELS: dict[str, str] = {
    "case.open": "Kasus dibuka otomatis",
    "case.status": "Status diubah",
    "case.assign": "Penugasan diubah",
    "case.note": "Catatan ditambahkan",
    "case.export": "Berkas kasus diekspor",
}


def status_label(status: CaseStatus | str) -> str:
    return STATUS_LABELS.get(CaseStatus(status), str(status))


def _require_reviewer(actor: User) -> None:
    # The API checks roles too; this keeps the rule true for any other caller (CLI, scripts).
    if actor.role not in (Role.investigator, Role.admin):
        raise PermissionDenied("Hanya penyidik atau admin yang dapat mengubah kasus.")


def _snapshot(case: ReviewCase) -> dict[str, Any]:
    """The parts of a case the audit log records before and after a change."""
    return {
        "status": case.status.value,
        "assignee": case.assignee.username if case.assignee else None,
        "decision": case.decision,
        "reason": case.reason,
        "external_ref": case.external_ref,
    }


def _locked_case(session: Session, case_id: int) -> ReviewCase:
    # FOR UPDATE on PostgreSQL: two investigators acting on one case at once are serialised,
    # so the second sees the first one's status (SQLite has one writer at a time anyway).
    case = session.get(ReviewCase, case_id, with_for_update=True)
    if case is None:
        raise NotFound(f"Kasus {case_id} tidak ditemukan.")
    return case


def get_case(session: Session, case_id: int) -> ReviewCase:
    case = session.get(ReviewCase, case_id)
    if case is None:
        raise NotFound(f"Kasus {case_id} tidak ditemukan.")
    return case


def case_for_advert(session: Session, advert_id: int) -> ReviewCase | None:
    return session.scalar(select(ReviewCase).where(ReviewCase.advert_id == advert_id))


def allowed_transitions(status: CaseStatus) -> tuple[CaseStatus, ...]:
    return TRANSITIONS[status]


def transition(
    factory: sessionmaker[Session],
    case_id: int,
    actor: User,
    to: CaseStatus | str,
    *,
    reason: str = "",
    external_ref: str = "",
    escalated_to: str = "",
    now: dt.datetime | None = None,
) -> ReviewCase:
    """Move a case along the workflow; refuses illegal moves and missing reference/reason."""
    _require_reviewer(actor)
    try:
        target = CaseStatus(to)
    except ValueError:
        choices = ", ".join(s.value for s in CaseStatus)
        raise InvalidInput(f"Status tujuan tidak dikenal: {to!r} (pilihan: {choices}).") from None
    reason, external_ref, escalated_to = reason.strip(), external_ref.strip(), escalated_to.strip()
    if len(reason) > MAX_REASON:
        raise InvalidInput(f"Alasan terlalu panjang (maksimal {MAX_REASON} karakter).")
    if len(external_ref) > MAX_REF:
        raise InvalidInput(f"Nomor rujukan terlalu panjang (maksimal {MAX_REF} karakter).")
    now = now or utcnow()
    with transaction(factory) as session:
        case = _locked_case(session, case_id)
        allowed = TRANSITIONS[case.status]
        if target not in allowed:
            hint = (
                "Langkah yang boleh: " + ", ".join(f"'{STATUS_LABELS[s]}'" for s in allowed) + "."
                if allowed
                else "Kasus yang sudah ditutup tidak dapat diubah lagi."
            )
            raise Conflict(
                f"Status kasus tidak dapat diubah dari '{STATUS_LABELS[case.status]}' ke "
                f"'{STATUS_LABELS[target]}'. {hint}"
            )
        before = _snapshot(case)
        if target is CaseStatus.escalated:
            if escalated_to not in ESCALATION_TARGETS:
                raise InvalidInput(
                    "Pilih tujuan eskalasi: kepolisian atau BP3MI/KP2MI "
                    f"(escalated_to harus salah satu dari: {', '.join(ESCALATION_TARGETS)})."
                )
            if not external_ref:
                raise InvalidInput(
                    "Nomor rujukan eksternal wajib diisi saat mengeskalasi "
                    "(mis. nomor laporan polisi atau nomor surat ke BP3MI)."
                )
            case.decision = f"escalated_{escalated_to}"
            case.external_ref = external_ref
            case.reason = reason
            case.decided_at = now
        elif target is CaseStatus.dismissed:
            if not reason:
                raise InvalidInput(
                    "Alasan wajib diisi saat menandai iklan sebagai bukan pelanggaran "
                    "(salah tandai): tuliskan mengapa iklan ini wajar."
                )
            case.decision = DISMISSED_DECISION
            case.reason = reason
            case.decided_at = now
        elif target is CaseStatus.in_review and case.assignee_id is None:
            # Whoever starts the review owns it until someone reassigns it.
            # The actor may come from another session (the request's): load it in this one.
            case.assignee = session.get(User, actor.id)
        elif target is CaseStatus.closed and reason:
            case.reason = f"{case.reason}\n[Ditutup] {reason}".strip()
        case.status = target
        case.updated_at = now
        session.flush()
        audit.record(
            session,
            actor=actor,
            action="case.status",
            target_type="advert",
            target_id=case.advert_id,
            before=before,
            after={**_snapshot(case), "case_id": case.id},
        )
    return case


def assign(
    factory: sessionmaker[Session], case_id: int, actor: User, assignee: str | None
) -> ReviewCase:
    """Assign a case to an active investigator or admin (by username); None unassigns it."""
    _require_reviewer(actor)
    with transaction(factory) as session:
        case = _locked_case(session, case_id)
        if case.status is CaseStatus.closed:
            raise Conflict("Kasus yang sudah ditutup tidak dapat ditugaskan ulang.")
        user = None
        if assignee:
            user = session.scalar(select(User).where(User.username == assignee.strip().lower()))
            if user is None or not user.active:
                raise InvalidInput(f"Pengguna '{assignee}' tidak ada atau tidak aktif.")
            if user.role not in (Role.investigator, Role.admin):
                raise InvalidInput(
                    f"Pengguna '{user.username}' berperan {user.role.value}: kasus hanya dapat "
                    "ditugaskan ke penyidik atau admin."
                )
        before = _snapshot(case)
        if (user.id if user else None) == case.assignee_id:
            return case  # nothing changes, nothing to record
        case.assignee_id = user.id if user else None
        case.assignee = user
        session.flush()
        audit.record(
            session,
            actor=actor,
            action="case.assign",
            target_type="advert",
            target_id=case.advert_id,
            before={"assignee": before["assignee"]},
            after={"assignee": user.username if user else None, "case_id": case.id},
        )
    return case


def add_note(factory: sessionmaker[Session], case_id: int, actor: User, body: str) -> CaseNote:
    """Add a note to a case (kept for good; notes are never edited)."""
    _require_reviewer(actor)
    body = body.strip()
    if not body:
        raise InvalidInput("Catatan kosong: tuliskan isi catatan.")
    if len(body) > MAX_NOTE:
        raise InvalidInput(f"Catatan terlalu panjang (maksimal {MAX_NOTE} karakter).")
    with transaction(factory) as session:
        case = _locked_case(session, case_id)
        note = CaseNote(case_id=case.id, author_id=actor.id, body=body, created_at=utcnow())
        session.add(note)
        session.flush()
        audit.record(
            session,
            actor=actor,
            action="case.note",
            target_type="advert",
            target_id=case.advert_id,
            after={"case_id": case.id, "note_id": note.id, "body": body},
        )
    return note


def reviewers(session: Session) -> list[User]:
    """Who a case can be assigned to: active investigators and admins."""
    stmt = (
        select(User)
        .where(User.active.is_(True), User.role.in_([Role.investigator, Role.admin]))
        .order_by(User.username)
    )
    return list(session.scalars(stmt))


# --------------------------------------------------------------------------- the case file


@dataclass
class Link:
    """Another advert sharing something with this one."""

    advert: Advert
    shared: list[
        tuple[str, str]
    ]  # (kind, value): ("whatsapp", "+62813..."), ("near_duplicate", "0.92")
    case_status: CaseStatus | None = None
    band: Band = "low"  # of its latest classification (store.services.risk)


@dataclass
class CaseFile:
    """Everything known about one advert, read in one session: what the advert page, the JSON
    API and the police bundle show."""

    advert: Advert
    case: ReviewCase | None
    classification: Classification | None
    versions: list[AdvertVersion]
    entities: list[Entity]
    links: list[Link]
    notes: list[CaseNote]
    trail: list[AuditLog]
    source_name: str = ""
    classifications: list[Classification] = field(default_factory=list)
    # The one risk band (vocabulary.bands.risk_band) of the latest classification: the same
    # rows the queue ranks by (store.services.risk).
    band: Band = "low"
    # What citizens sent about this advert, oldest first (message, region, consented contact).
    tips: list[Tip] = field(default_factory=list)


def latest_classification(session: Session, advert_id: int) -> Classification | None:
    stmt = (
        select(Classification)
        .where(Classification.advert_id == advert_id)
        .order_by(Classification.id.desc())
        .limit(1)
    )
    return session.scalar(stmt)


def case_file(session: Session, advert_id: int) -> CaseFile:
    advert = session.get(Advert, advert_id)
    if advert is None:
        raise NotFound(f"Iklan {advert_id} tidak ditemukan.")
    case = case_for_advert(session, advert_id)
    classifications = list(
        session.scalars(
            select(Classification)
            .where(Classification.advert_id == advert_id)
            .order_by(Classification.id)
        )
    )
    by_other: dict[int, list[tuple[str, str]]] = {}
    for other_id, kind, value in linked_adverts(session, advert_id):
        by_other.setdefault(other_id, []).append((kind, value))
    links: list[Link] = []
    bands = bands_of(session, [advert_id, *by_other])
    if by_other:
        others = {a.id: a for a in session.scalars(select(Advert).where(Advert.id.in_(by_other)))}
        statuses = dict(
            session.execute(
                select(ReviewCase.advert_id, ReviewCase.status).where(
                    ReviewCase.advert_id.in_(by_other)
                )
            )
            .tuples()
            .all()
        )
        for other_id, shared in by_other.items():
            if other_id in others:
                link = Link(others[other_id], shared, statuses.get(other_id), bands[other_id])
                links.append(link)
        # Most connected first, then the riskiest.
        links.sort(key=lambda lk: (-len(lk.shared), -(lk.advert.latest_score or 0), lk.advert.id))
    return CaseFile(
        advert=advert,
        case=case,
        classification=classifications[-1] if classifications else None,
        classifications=classifications,
        versions=list(advert.versions),
        entities=sorted(advert.entities, key=lambda e: (e.kind, e.start or 0, e.id)),
        links=links,
        notes=list(case.notes) if case else [],
        trail=audit.trail(session, "advert", advert_id),
        source_name=advert.source.name if advert.source else "",
        band=bands[advert_id],
        tips=list(session.scalars(select(Tip).where(Tip.advert_id == advert_id).order_by(Tip.id))),
    )
