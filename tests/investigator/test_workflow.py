"""The case workflow in the service layer: legal and illegal transitions, required reference
and reason, assignment and notes, every change in the audit log with before and after."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.errors import Conflict, InvalidInput, PermissionDenied
from store.models import AuditLog, CaseStatus, ReviewCase, User
from store.services import cases
from tests.investigator.seed import World


def _user(factory: sessionmaker[Session], name: str) -> User:
    with factory() as s:
        user = s.scalar(select(User).where(User.username == name))
        assert user is not None
        return user


def _case_id(factory: sessionmaker[Session], advert_id: int) -> int:
    with factory() as s:
        case = cases.case_for_advert(s, advert_id)
        assert case is not None
        return case.id


def _trail(factory: sessionmaker[Session], advert_id: int) -> list[AuditLog]:
    with factory() as s:
        return cases.audit.trail(s, "advert", advert_id)


def test_escalation_path_is_audited_with_before_and_after(
    factory: sessionmaker[Session], world: World
) -> None:
    siti = _user(factory, "siti")
    advert_id = world.ids["scam0"]
    case_id = _case_id(factory, advert_id)

    case = cases.transition(factory, case_id, siti, "in_review")
    assert case.status is CaseStatus.in_review and case.assignee is not None
    assert case.assignee.username == "siti"  # starting a review takes the case
    case = cases.transition(
        factory,
        case_id,
        siti,
        "escalated",
        external_ref=" LP/B/123/XI/2026 ",
        escalated_to="police",
    )
    assert (case.status, case.decision, case.external_ref) == (
        CaseStatus.escalated, "escalated_police", "LP/B/123/XI/2026",
    )  # fmt: skip
    assert case.decided_at is not None
    case = cases.transition(factory, case_id, siti, "closed", reason="Berkas diterima Polda")
    assert case.status is CaseStatus.closed and case.decision == "escalated_police"

    trail = _trail(factory, advert_id)
    assert [t.action for t in trail] == ["case.open", "case.status", "case.status", "case.status"]
    start, escalate, close = trail[1:]
    assert all(t.actor == "siti" and t.actor_id == siti.id for t in trail[1:])
    assert start.before == {"status": "new", "assignee": None, "decision": "", "reason": "",
                            "external_ref": ""}  # fmt: skip
    assert start.after is not None and start.after["status"] == "in_review"
    assert start.after["assignee"] == "siti"
    assert escalate.before is not None and escalate.before["status"] == "in_review"
    assert escalate.after is not None and escalate.after["external_ref"] == "LP/B/123/XI/2026"
    assert escalate.after["decision"] == "escalated_police"
    assert close.before is not None and close.before["status"] == "escalated"
    assert close.after is not None and close.after["status"] == "closed"
    assert "Berkas diterima Polda" in close.after["reason"]


def test_dismissal_needs_a_reason(factory: sessionmaker[Session], world: World) -> None:
    budi = _user(factory, "budi")
    case_id = _case_id(factory, world.ids["scam1"])
    cases.transition(factory, case_id, budi, "in_review")
    before = len(_trail(factory, world.ids["scam1"]))
    with pytest.raises(InvalidInput, match="Alasan wajib diisi"):
        cases.transition(factory, case_id, budi, "dismissed", reason="   ")
    assert len(_trail(factory, world.ids["scam1"])) == before  # refused: nothing recorded
    case = cases.transition(factory, case_id, budi, "dismissed", reason="Iklan resmi P3MI")
    assert (case.status, case.decision) == (CaseStatus.dismissed, "dismissed_false_positive")
    assert case.reason == "Iklan resmi P3MI" and case.decided_at is not None


def test_escalation_needs_a_reference_and_a_target(
    factory: sessionmaker[Session], world: World
) -> None:
    siti = _user(factory, "siti")
    advert_id = world.ids["scam2"]
    case_id = _case_id(factory, advert_id)
    cases.transition(factory, case_id, siti, "in_review")
    with pytest.raises(InvalidInput, match="Nomor rujukan eksternal wajib"):
        cases.transition(factory, case_id, siti, "escalated", escalated_to="bp3mi")
    with pytest.raises(InvalidInput, match="tujuan eskalasi"):
        cases.transition(factory, case_id, siti, "escalated", external_ref="B.123/BP3MI/2026")
    with factory() as s:
        case = s.get(ReviewCase, case_id)
        assert case is not None and case.status is CaseStatus.in_review and case.external_ref == ""
    case = cases.transition(
        factory, case_id, siti, "escalated", external_ref="B.123/BP3MI/2026", escalated_to="bp3mi"
    )
    assert case.decision == "escalated_bp3mi"


@pytest.mark.parametrize(
    ("path", "illegal", "message"),
    [
        ([], "escalated", "dari 'Baru' ke 'Dieskalasi'. Langkah yang boleh: 'Sedang ditinjau'"),
        ([], "closed", "dari 'Baru' ke 'Ditutup'"),
        (["in_review"], "new", "dari 'Sedang ditinjau' ke 'Baru'"),
        (["in_review"], "closed", "Langkah yang boleh: 'Dieskalasi', 'Bukan pelanggaran'"),
        (["in_review", "dismissed"], "escalated", "dari 'Bukan pelanggaran' ke 'Dieskalasi'"),
        (["in_review", "dismissed", "closed"], "in_review", "sudah ditutup tidak dapat diubah"),
    ],
)
def test_illegal_transitions_are_refused_in_indonesian(
    factory: sessionmaker[Session], world: World, path: list[str], illegal: str, message: str
) -> None:
    siti = _user(factory, "siti")
    advert_id = world.ids["scam3"]
    case_id = _case_id(factory, advert_id)
    for step in path:
        cases.transition(factory, case_id, siti, step, reason="alasan uji")
    recorded = len(_trail(factory, advert_id))
    with pytest.raises(Conflict) as refused:
        cases.transition(
            factory, case_id, siti, illegal, reason="x", external_ref="LP/1", escalated_to="police"
        )
    assert message in str(refused.value)
    assert len(_trail(factory, advert_id)) == recorded


def test_unknown_status_and_viewer_are_refused(
    factory: sessionmaker[Session], world: World
) -> None:
    case_id = _case_id(factory, world.ids["scam4"])
    with pytest.raises(InvalidInput, match="Status tujuan tidak dikenal"):
        cases.transition(factory, case_id, _user(factory, "siti"), "approved")
    with pytest.raises(PermissionDenied):
        cases.transition(factory, case_id, _user(factory, "tamu"), "in_review")
    with pytest.raises(PermissionDenied):
        cases.add_note(factory, case_id, _user(factory, "tamu"), "catatan")


def test_assignment_and_notes_are_audited(factory: sessionmaker[Session], world: World) -> None:
    admin = _user(factory, "admin1")
    advert_id = world.ids["scam4"]
    case_id = _case_id(factory, advert_id)
    case = cases.assign(factory, case_id, admin, "budi")
    assert case.assignee is not None and case.assignee.username == "budi"
    cases.assign(factory, case_id, admin, "budi")  # no change: not recorded twice
    with pytest.raises(InvalidInput, match="viewer"):
        cases.assign(factory, case_id, admin, "tamu")
    with pytest.raises(InvalidInput, match="tidak ada"):
        cases.assign(factory, case_id, admin, "nobody")
    cases.assign(factory, case_id, admin, None)
    with pytest.raises(InvalidInput, match="Catatan kosong"):
        cases.add_note(factory, case_id, admin, "  ")
    note = cases.add_note(
        factory, case_id, admin, "Nomor WA sama dengan laporan warga minggu lalu."
    )
    trail = _trail(factory, advert_id)
    assert [t.action for t in trail] == ["case.open", "case.assign", "case.assign", "case.note"]
    assert (trail[1].before, trail[1].after) == (
        {"assignee": None},
        {"assignee": "budi", "case_id": case_id},
    )
    assert trail[2].before == {"assignee": "budi"} and trail[2].after == {
        "assignee": None,
        "case_id": case_id,
    }
    assert trail[3].after == {"case_id": case_id, "note_id": note.id, "body": note.body}
