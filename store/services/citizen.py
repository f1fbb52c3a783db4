"""What the citizens' check writes: an anonymous count per check, and tips.

A check is counted with its input kind and band only (never its text, URL or the client's
address). A tip is the one time a citizen's advert is kept: it is stored like a crawled advert
(origin "tip"), a review case is opened for it even when the classifier did not flag it (a
person thought it worth reporting), and the contact is kept only with explicit consent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.db import transaction
from store.errors import InvalidInput
from store.models import Advert, CitizenCheck, ReviewCase, Tip, utcnow
from store.services import alert_outbox, audit
from store.services.adverts import AdvertIn, ClassificationIn, ingest, open_case
from vocabulary.bands import BANDS as RISK_BANDS

INPUT_KINDS = ("text", "url", "image")  # image: a picture or PDF (citizen.picture_check)
# The risk bands, and the two answers that are not one: text that is no job advert, a failure.
BANDS = (*RISK_BANDS, "not_an_advert", "error")
MAX_MESSAGE_CHARS = 2000
MAX_CONTACT_CHARS = 200  # the column's size


@dataclass(frozen=True)
class CheckCount:
    """One check as counted: its input kind and band, the region, and when (nothing else)."""

    input_kind: str
    band: str
    region: str
    at: dt.datetime


def record_checks(factory: sessionmaker[Session], rows: Sequence[CheckCount]) -> None:
    """Add the counts of several checks in one transaction (all or none)."""
    for row in rows:
        if row.input_kind not in INPUT_KINDS:
            raise InvalidInput(f"input_kind must be one of {INPUT_KINDS} (got {row.input_kind!r})")
        if row.band not in BANDS:
            raise InvalidInput(f"band must be one of {BANDS} (got {row.band!r})")
    with transaction(factory) as session:
        session.add_all(
            CitizenCheck(input_kind=r.input_kind, band=r.band, region=r.region[:100], at=r.at)
            for r in rows
        )


def record_check(
    factory: sessionmaker[Session], *, input_kind: str, band: str, region: str
) -> None:
    record_checks(factory, [CheckCount(input_kind, band, region, utcnow())])


@dataclass(frozen=True)
class TipReceipt:
    tip_id: int
    advert_id: int
    case_id: int
    case_opened: bool  # False when the advert already had a case
    contact_stored: bool


def submit_tip(
    factory: sessionmaker[Session],
    advert: AdvertIn,
    classification: ClassificationIn | None,
    *,
    region: str,
    message: str = "",
    contact: str | None = None,
    consent: bool = False,
) -> TipReceipt:
    """Store the advert, open its case, add the tip and its audit entry, in one transaction."""
    message = message.strip()
    contact = (contact or "").strip() or None
    if len(message) > MAX_MESSAGE_CHARS:
        raise InvalidInput(f"message is longer than {MAX_MESSAGE_CHARS} characters")
    if contact is not None and len(contact) > MAX_CONTACT_CHARS:
        raise InvalidInput(f"contact is longer than {MAX_CONTACT_CHARS} characters")
    # Without consent the contact is dropped here, before anything is written.
    keep_contact = contact if consent else None
    advert = replace(advert, origin="tip")
    with transaction(factory) as session:
        result = ingest(session, advert, classification)
        row = session.get(Advert, result.advert_id)
        assert row is not None
        opened = open_case(session, row)
        case_id = (
            opened.id
            if opened is not None
            else session.scalar(select(ReviewCase.id).where(ReviewCase.advert_id == row.id))
        )
        assert case_id is not None
        tip = Tip(
            advert_id=row.id,
            region=region[:100],
            message=message,
            contact=keep_contact,
            contact_consent=keep_contact is not None,
        )
        session.add(tip)
        session.flush()
        # Tip alerts (issue 7) commit with the tip, through the outbox.
        alert_outbox.evaluate_tip(session, tip)
        audit.record(
            session,
            actor="citizen",
            action="tip.create",
            target_type="tip",
            target_id=tip.id,
            # Never the contact itself: the audit log is append-only and kept for good.
            after={
                "advert_id": row.id,
                "case_id": case_id,
                "advert_status": result.status,
                "flagged": result.flagged,
                "contact_stored": keep_contact is not None,
            },
        )
        return TipReceipt(tip.id, row.id, case_id, opened is not None, keep_contact is not None)
