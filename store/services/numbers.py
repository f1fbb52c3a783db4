"""What investigators have confirmed about one phone number, e-mail address or bank account:
the data behind the public "Cek nomor / rekening" answer (issue 23).

Only escalated cases count (:func:`store.services.decisions.was_escalated`: a case counts once
decided as escalated, even after it is closed). A value seen only in adverts the model flagged,
or in cases still open or dismissed, gives nothing: the public must never read the model's
guess as an accusation. Of those adverts the answer holds counts, dates, destinations and
red-flag codes, never their text nor the other numbers in them.

An upheld objection (:mod:`store.services.objections`) hides the cases decided before it; a
case escalated after the objection was upheld is new evidence and counts again.

Every look-up runs the same three queries whether the value is known or not, each built on one
subquery of the matching cases, so an unknown value is not answered measurably faster.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import ColumnElement, Select, and_, func, literal, or_, select, union_all
from sqlalchemy.orm import Session, sessionmaker

from store.db import transaction
from store.errors import InvalidInput
from store.models import (
    Advert,
    Classification,
    ClassificationFlag,
    Entity,
    NumberLookup,
    ReviewCase,
    ValueObjection,
)
from store.services.decisions import was_escalated

PublicKind = Literal["phone", "email", "bank_account"]
PUBLIC_KINDS: tuple[PublicKind, ...] = ("phone", "email", "bank_account")
# The entity kinds (store.services.entities.ENTITY_KINDS) behind each public kind: for the
# public a WhatsApp number is a phone number.
ENTITY_KINDS: dict[str, tuple[str, ...]] = {
    "phone": ("phone", "whatsapp"),
    "email": ("email",),
    "bank_account": ("bank_account",),
}
# A bank account stored without its bank ("no rek 123...") is kept as "REKENING 123..."
# (classifier.entities, upper-cased by store.services.entities.entity_value).
UNKNOWN_BANK = "REKENING"
OUTCOMES = ("reported", "none", "invalid")


@dataclass(frozen=True)
class ValueKey:
    """One value as looked up. ``key``: E.164 phone, lower-case e-mail, or the account's digits;
    ``bank``: the bank's name as the classifier writes it ("BCA", "CIMB Niaga") when given.

    A bank account with its bank matches that bank's account and an account written without a
    bank; digits alone match the account at any bank. Objections are kept per ``(kind, key)``,
    so an upheld one covers the account whichever way it is written."""

    kind: PublicKind
    key: str
    bank: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in PUBLIC_KINDS:
            raise InvalidInput(f"kind must be one of {PUBLIC_KINDS} (got {self.kind!r})")
        if not self.key or len(self.key) > 300:
            raise InvalidInput("the value is empty or longer than 300 characters")
        if self.kind == "bank_account" and not self.key.isdigit():
            raise InvalidInput("a bank account's key is its digits only")

    @property
    def shown(self) -> str:
        """The value as the public answer names it."""
        return f"{self.bank} {self.key}" if self.bank else self.key

    def matches(self) -> ColumnElement[bool]:
        """The entity rows that carry this value (one index range on ``(kind, value)``)."""
        if self.kind != "bank_account":
            return and_(Entity.kind.in_(ENTITY_KINDS[self.kind]), Entity.value == self.key)
        if self.bank:
            forms = [f"{self.bank.upper()} {self.key}", f"{UNKNOWN_BANK} {self.key}"]
            return and_(Entity.kind == "bank_account", Entity.value.in_(forms))
        # Digits only: a LIKE on " <digits>" at the end (the key is digits, nothing to escape).
        return and_(Entity.kind == "bank_account", Entity.value.like(f"% {self.key}"))


@dataclass(frozen=True)
class Confirmed:
    """What the public may be told about one value."""

    cases: int  # escalated cases whose adverts carry it (0: "belum ada laporan terverifikasi")
    first_seen: dt.datetime | None
    last_seen: dt.datetime | None
    destinations: list[str] = field(default_factory=list)  # ISO country codes, sorted
    red_flags: list[str] = field(default_factory=list)  # red-flag codes, sorted


def upheld_cutoff(key: ValueKey) -> Select[dt.datetime | None]:
    """When the latest upheld objection to the value was decided (NULL: none)."""
    return select(func.max(ValueObjection.decided_at)).where(
        ValueObjection.kind == key.kind,
        ValueObjection.value == key.key,
        ValueObjection.status == "upheld",
    )


def confirmed_cases(key: ValueKey) -> Select[int, int]:
    """``(case id, advert id)`` of the escalated cases the public answer counts."""
    carrying = select(Entity.advert_id).where(key.matches())
    cutoff = upheld_cutoff(key).scalar_subquery()
    decided = func.coalesce(ReviewCase.decided_at, ReviewCase.updated_at)
    return select(ReviewCase.id, ReviewCase.advert_id).where(
        ReviewCase.advert_id.in_(carrying),
        was_escalated(),
        or_(cutoff.is_(None), decided > cutoff),
    )


def confirmed(session: Session, key: ValueKey) -> Confirmed:
    """The public record of one value (three queries, known value or not)."""
    cases = confirmed_cases(key).subquery()
    count, first, last = session.execute(
        select(
            func.count(func.distinct(cases.c.id)),
            func.min(Advert.first_seen),
            func.max(Advert.last_seen),
        ).join_from(cases, Advert, Advert.id == cases.c.advert_id)
    ).one()
    advert_ids = select(cases.c.advert_id)
    destinations = session.scalars(
        select(Entity.value)
        .where(Entity.kind == "destination", Entity.advert_id.in_(advert_ids))
        .distinct()
    ).all()
    # The red flags of each advert's latest classification (the flags shown with evidence).
    latest = (
        select(func.max(Classification.id))
        .where(Classification.advert_id.in_(advert_ids))
        .group_by(Classification.advert_id)
    )
    codes = session.scalars(
        select(ClassificationFlag.code)
        .where(ClassificationFlag.classification_id.in_(latest))
        .distinct()
    ).all()
    return Confirmed(
        cases=int(count or 0),
        first_seen=first,
        last_seen=last,
        destinations=sorted({d.upper() for d in destinations if d and d.upper() != "ID"}),
        red_flags=sorted(set(codes)),
    )


def lookup(factory: sessionmaker[Session], key: ValueKey) -> Confirmed:
    with factory() as session:
        return confirmed(session, key)


def lookup_many(factory: sessionmaker[Session], keys: Sequence[ValueKey]) -> list[Confirmed]:
    """Several values in one session (the contacts of a pasted advert).

    Every citizens' check asks this for the advert's numbers, and almost none was ever
    confirmed: one query first says which values any counted case carries, and only those
    get the three queries of :func:`confirmed` (three per value for every check was the largest
    cost of a check after the classifier). A value with no case gets what :func:`confirmed`
    returns for it: no cases, no dates, no destinations, no flags."""
    if not keys:
        return []
    with factory() as session:
        carried = set(
            session.scalars(
                union_all(
                    *(
                        select(literal(i)).where(confirmed_cases(key).exists())
                        for i, key in enumerate(keys)
                    )
                )
            )
        )
        return [
            confirmed(session, key) if i in carried else Confirmed(0, None, None)
            for i, key in enumerate(keys)
        ]


@dataclass(frozen=True)
class LookupCount:
    """One look-up as counted: the kind of value, its outcome, the region and when."""

    kind: str  # a public kind, or "invalid" when the value could not be read
    outcome: str  # reported | none | invalid
    region: str
    at: dt.datetime


def record_lookups(factory: sessionmaker[Session], rows: Sequence[LookupCount]) -> None:
    """Add the counts of several look-ups in one transaction (all or none)."""
    for row in rows:
        if row.kind not in (*PUBLIC_KINDS, "invalid"):
            raise InvalidInput(f"kind must be a public kind or 'invalid' (got {row.kind!r})")
        if row.outcome not in OUTCOMES:
            raise InvalidInput(f"outcome must be one of {OUTCOMES} (got {row.outcome!r})")
    with transaction(factory) as session:
        session.add_all(
            NumberLookup(kind=r.kind, outcome=r.outcome, region=r.region[:100], at=r.at)
            for r in rows
        )
