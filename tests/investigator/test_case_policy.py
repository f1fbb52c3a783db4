"""Policy (README "For investigators"): any investigator may decide on or reassign a case another
investigator holds. A task force is a handful of people and a case must not wait for a holder
who is away; what keeps it honest is the audit trail, which names who acted and who held the
case before. Viewers can do neither."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from store.errors import PermissionDenied
from store.models import CaseStatus
from store.services import cases
from tests.investigator.seed import World
from tests.investigator.test_workflow import _case_id, _trail, _user


def test_a_colleague_may_dismiss_a_case_someone_else_holds_and_the_trail_says_so(
    factory: sessionmaker[Session], world: World
) -> None:
    siti, budi = _user(factory, "siti"), _user(factory, "budi")
    advert_id = world.ids["scam0"]
    case_id = _case_id(factory, advert_id)
    cases.transition(factory, case_id, siti, "in_review")  # siti holds it
    case = cases.transition(factory, case_id, budi, "dismissed", reason="Lowongan resmi")
    assert case.status is CaseStatus.dismissed
    last = _trail(factory, advert_id)[-1]
    assert last.actor == "budi" and last.action == "case.status"
    assert last.before is not None and last.before["assignee"] == "siti"
    assert last.after is not None and last.after["status"] == "dismissed"


def test_a_colleague_may_reassign_a_held_case_and_a_viewer_may_not(
    factory: sessionmaker[Session], world: World
) -> None:
    siti, budi, tamu = _user(factory, "siti"), _user(factory, "budi"), _user(factory, "tamu")
    advert_id = world.ids["scam0"]
    case_id = _case_id(factory, advert_id)
    cases.transition(factory, case_id, siti, "in_review")
    cases.assign(factory, case_id, budi, "budi")
    last = _trail(factory, advert_id)[-1]
    assert (last.actor, last.before, last.after) == (
        "budi", {"assignee": "siti"}, {"assignee": "budi", "case_id": case_id},
    )  # fmt: skip
    with pytest.raises(PermissionDenied):
        cases.assign(factory, case_id, tamu, "tamu")
    with pytest.raises(PermissionDenied):
        cases.transition(factory, case_id, tamu, "dismissed", reason="x")
