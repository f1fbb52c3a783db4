"""What an investigator decided about a review case, as recorded when the decision was made.

:func:`store.services.cases.transition` writes ``ReviewCase.decision`` and ``decided_at`` once,
when a case is escalated or dismissed, in the same transaction as its audit entry; closing the
case afterwards keeps both. Whatever reads "was this case escalated?" (the reports, the
"linked to a case" alerts) reads it here, never from the case's status today, which becomes
``closed`` at the normal last step.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, case

from store.models import CaseStatus, ReviewCase

ESCALATED_PREFIX = "escalated_"  # escalated_police, escalated_bp3mi
DISMISSED_DECISION = "dismissed_false_positive"


def decided_as() -> ColumnElement[str]:
    """``"escalated"``, ``"dismissed"`` or ``"other"``: how the case was decided. A case with
    no recorded decision (written by hand, or by an older version) falls back to its status."""
    undecided = ReviewCase.decision == ""
    return case(
        (ReviewCase.decision.startswith(ESCALATED_PREFIX, autoescape=True), "escalated"),
        (ReviewCase.decision == DISMISSED_DECISION, "dismissed"),
        (and_(undecided, ReviewCase.status == CaseStatus.escalated), "escalated"),
        (and_(undecided, ReviewCase.status == CaseStatus.dismissed), "dismissed"),
        else_="other",
    )


def was_escalated() -> ColumnElement[bool]:
    """The case was escalated, whatever happened to it since (closed, usually)."""
    return decided_as() == "escalated"
