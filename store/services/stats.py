"""The task force's figures for a period: what the dashboard, the JSON API, the monthly PDF and
CSV and ``waspada report`` all show. They all call :func:`compute`, so they cannot disagree.

Counting rules (the same everywhere; the README's "Reports" paragraph repeats them):

- a period is ``[start, end)``; dates are read in Western Indonesia Time (WIB, UTC+7, no
  daylight saving), the task force's clock in Kota Jambi (:mod:`store.services.periods`);
- *crawled*: crawled adverts first seen in the period; *flagged*: adverts whose review case
  was opened in the period; *reviewed*: cases decided in the period;
- a decision counts in the period it was made, as it was made: a case escalated (or dismissed)
  in November and closed in December is one escalation (dismissal) of November. The decision
  is read from what the transition recorded on the case (``decision`` and ``decided_at``, set
  once in the same transaction as its audit entry, and kept when the case is closed), never
  from the case's status today (:mod:`store.services.decisions`);
- breakdowns of flagged adverts use the advert's latest classification made before the end of
  the period (a later re-classification does not rewrite a past month's report); the count per
  red flag counts only flags with evidence, not the model's suspicions without any
  (:mod:`store.services.flags`; ``classification_flags`` holds only those rows);
- a region filter keeps adverts whose source is in that region, or that a citizen sent as a
  tip from it; tips and citizen checks are filtered by their own region.

Privacy: only aggregates leave this module, plus the escalated cases (already handed to the
police or an agency). No citizen's message or contact is read. Phone and WhatsApp numbers of
a cluster are masked unless one of its adverts has an escalated case.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field
from sqlalchemy import ColumnElement, ScalarSelect, Select, and_, case, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from store.db import transaction
from store.models import (
    Advert,
    CitizenCheck,
    Classification,
    ClassificationFlag,
    Entity,
    ReviewCase,
    Source,
    Tip,
    utcnow,
)
from store.services.decisions import decided_as, was_escalated
from store.services.periods import WIB, Period, wib_midnight

if TYPE_CHECKING:
    from typing import TypeAlias

    AnySelect: TypeAlias = Select[*tuple[Any, ...]]

TOP_CLUSTERS = 10
# A "cluster" links adverts: one number or agency behind a single advert is not one.
MIN_CLUSTER_ADVERTS = 2
CLUSTER_KINDS = ("phone", "whatsapp", "agency")
PHONE_KINDS = frozenset({"phone", "whatsapp"})


def mask_phone(value: str) -> str:
    """``+6281234563344`` -> ``+62812****3344``: enough to tell numbers apart in a meeting,
    not enough to call someone who may be a victim or an innocent third party."""
    if len(value) >= 11:
        return f"{value[:6]}****{value[-4:]}"
    if len(value) >= 6:
        return f"{value[:3]}****{value[-2:]}"
    return "****"


# ---------------------------------------------------------------- the typed result


class Count(BaseModel):
    key: str = Field(description="A red-flag code, ISO country, source name, channel or band.")
    count: int


class Outcomes(BaseModel):
    escalated: int = Field(
        description="Cases escalated in the period (closed since or not: a decision counts in "
        "the period it was made)."
    )
    dismissed: int = Field(
        description="Cases dismissed as false positives in the period (closed since or not)."
    )
    other: int = Field(description="Cases decided in the period otherwise (closed).")
    open: int = Field(description="Cases opened before the end and not decided by then.")
    precision: float | None = Field(
        description="escalated / (escalated + dismissed): the share of reviewed flags that "
        "investigators confirmed; null when nothing was decided."
    )
    median_hours_to_decision: float | None


class Cluster(BaseModel):
    kind: str = Field(description="phone, whatsapp or agency")
    value: str = Field(description="Masked for phone numbers unless `escalated_adverts` > 0.")
    masked: bool
    adverts: int = Field(description="Flagged adverts of the period that share this value.")
    escalated_adverts: int


class WeekPoint(BaseModel):
    week: str = Field(description="ISO week, e.g. 2026-W45")
    start: dt.date = Field(description="First day counted (Monday, or the period's start).")
    crawled: int
    flagged: int


class EscalatedCase(BaseModel):
    case_id: int
    advert_id: int
    title: str
    decision: str
    external_ref: str
    decided_at: dt.datetime


class Stats(BaseModel):
    """Everything the reports show for one period and region."""

    start: dt.datetime
    end: dt.datetime
    region: str | None
    generated_at: dt.datetime
    adverts_crawled: int
    adverts_flagged: int
    cases_reviewed: int
    flags_by_code: list[Count]
    by_destination: list[Count]
    by_source: list[Count]
    by_channel: list[Count]
    outcomes: Outcomes
    citizen_checks: list[Count] = Field(description="Citizen checks by answer band.")
    citizen_checks_total: int
    citizen_checks_by_channel: list[Count] = Field(
        default_factory=list,
        description="Citizen checks by where they came from: web, telegram or whatsapp.",
    )
    tips: int
    clusters: list[Cluster]
    weekly: list[WeekPoint]
    escalated_cases: list[EscalatedCase]
    model_version: str | None = Field(
        description="Model of the latest classification in the period (null if none)."
    )


# ---------------------------------------------------------------- queries


def _between(column: Any, period: Period) -> ColumnElement[bool]:
    return and_(column >= period.start, column < period.end)


def _advert_in_region(region: str | None) -> ColumnElement[bool] | None:
    if not region:
        return None
    key = region.strip().lower()
    return or_(
        Advert.source_id.in_(select(Source.id).where(func.lower(Source.region) == key)),
        Advert.id.in_(select(Tip.advert_id).where(func.lower(Tip.region) == key)),
    )


def _where_region(stmt: AnySelect, region: str | None) -> AnySelect:
    clause = _advert_in_region(region)
    return stmt if clause is None else stmt.where(clause)


def _counts(session: Session, stmt: AnySelect) -> list[Count]:
    rows = [Count(key=str(key or ""), count=int(n)) for key, n in session.execute(stmt)]
    # Largest first; ties by key so the order is the same on every database.
    return sorted(rows, key=lambda c: (-c.count, c.key))


def _destination_counts(session: Session, advert_ids: ScalarSelect[Any]) -> list[Count]:
    """Each advert counted once per destination it recruits for: an overseas scam names Batam
    or Jakarta as a transit stop, so Indonesia counts only for adverts that name no other
    country (the dashboard's top destination was "Indonesia" because of transit towns)."""
    places: dict[int, set[str]] = {}
    rows = session.execute(
        select(Entity.advert_id, Entity.value)
        .where(Entity.kind == "destination", Entity.advert_id.in_(advert_ids))
        .distinct()
    )
    for advert_id, country in rows:
        places.setdefault(advert_id, set()).add(str(country))
    counts: dict[str, int] = {}
    for countries in places.values():
        abroad = countries - {"ID"}
        for country in abroad or countries:
            counts[country] = counts.get(country, 0) + 1
    return sorted(
        (Count(key=k, count=n) for k, n in counts.items()), key=lambda c: (-c.count, c.key)
    )


# Keys of by_source for adverts without a source: a citizen's tip, or a crawl of a page that is
# no declared source (``waspada crawl --start-url``); reports.present names them.
TIPS_SOURCE = ""
UNNAMED_SOURCE = ":tanpa-sumber"


def _source_counts(session: Session, advert_ids: ScalarSelect[Any]) -> list[Count]:
    counts: dict[str, int] = {}
    tipped = select(Tip.id).where(Tip.advert_id == Advert.id).exists().label("tipped")
    rows = session.execute(
        select(Source.name, tipped, func.count(Advert.id))
        .select_from(Advert)
        .outerjoin(Source, Source.id == Advert.source_id)
        .where(Advert.id.in_(advert_ids))
        .group_by(Source.name, tipped)
    )
    for name, was_tipped, n in rows:
        key = name or (TIPS_SOURCE if was_tipped else UNNAMED_SOURCE)
        counts[key] = counts.get(key, 0) + int(n)
    return sorted(
        (Count(key=k, count=n) for k, n in counts.items()), key=lambda c: (-c.count, c.key)
    )


def _week_buckets(period: Period) -> list[tuple[str, dt.datetime, dt.datetime]]:
    """ISO weeks (Monday 00:00 WIB) cut to the period: (label, start, end)."""
    buckets = []
    cursor = period.start.astimezone(WIB)
    end = period.end.astimezone(WIB)
    while cursor < end:
        day = cursor.date()
        monday = wib_midnight(day - dt.timedelta(days=day.weekday()))
        nxt = min(monday + dt.timedelta(days=7), end)
        year, week, _ = day.isocalendar()
        buckets.append((f"{year}-W{week:02d}", cursor, nxt))
        cursor = nxt
    return buckets


def _weekly(
    session: Session,
    period: Period,
    region: str | None,
    buckets: Sequence[tuple[str, dt.datetime, dt.datetime]],
) -> list[WeekPoint]:
    # One aggregate query per series, one column per week: portable (no strftime/to_char)
    # and exact at WIB week boundaries whatever the database session's time zone.
    def series(column: Any, stmt: AnySelect, ident: Any) -> list[int]:
        cols = [func.count(case((and_(column >= s, column < e), ident))) for _, s, e in buckets]
        row = session.execute(stmt.with_only_columns(*cols)).one()
        return [int(v) for v in row]

    crawled = series(
        Advert.first_seen,
        _where_region(
            select(Advert.id).where(Advert.origin == "crawl", _between(Advert.first_seen, period)),
            region,
        ),
        Advert.id,
    )
    flagged = series(
        ReviewCase.opened_at,
        _where_region(
            select(ReviewCase.id)
            .join(Advert, Advert.id == ReviewCase.advert_id)
            .where(_between(ReviewCase.opened_at, period)),
            region,
        ),
        ReviewCase.id,
    )
    return [
        WeekPoint(week=label, start=s.astimezone(WIB).date(), crawled=c, flagged=f)
        for (label, s, _), c, f in zip(buckets, crawled, flagged, strict=True)
    ]


def compute(
    factory: sessionmaker[Session],
    period: Period,
    region: str | None = None,
    *,
    now: dt.datetime | None = None,
) -> Stats:
    """All figures for ``period`` (and ``region``), read in one transaction."""
    region = region.strip() if region and region.strip() else None
    with transaction(factory) as session:
        if session.get_bind().dialect.name == "postgresql":
            # One snapshot for all the queries, so a crawl committing meanwhile cannot make
            # the flagged count disagree with its breakdowns.
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        return _compute(session, period, region, now or utcnow())


def _compute(session: Session, period: Period, region: str | None, now: dt.datetime) -> Stats:
    in_region = _advert_in_region(region)

    def regional(stmt: AnySelect) -> AnySelect:
        return stmt if in_region is None else stmt.where(in_region)

    crawled = session.scalar(
        regional(
            select(func.count(Advert.id)).where(
                Advert.origin == "crawl", _between(Advert.first_seen, period)
            )
        )
    )
    # Adverts flagged in the period: the case opened then (one case per advert).
    flagged_ids = regional(
        select(ReviewCase.advert_id)
        .join(Advert, Advert.id == ReviewCase.advert_id)
        .where(_between(ReviewCase.opened_at, period))
    ).scalar_subquery()
    flagged = session.scalar(
        regional(
            select(func.count(ReviewCase.id))
            .join(Advert, Advert.id == ReviewCase.advert_id)
            .where(_between(ReviewCase.opened_at, period))
        )
    )

    latest = (
        select(
            Classification.advert_id.label("advert_id"),
            func.max(Classification.id).label("cid"),
        )
        .where(Classification.advert_id.in_(flagged_ids), Classification.created_at < period.end)
        .group_by(Classification.advert_id)
        .subquery()
    )
    by_code = _counts(
        session,
        select(ClassificationFlag.code, func.count(func.distinct(latest.c.advert_id)))
        .join(latest, ClassificationFlag.classification_id == latest.c.cid)
        .group_by(ClassificationFlag.code),
    )
    by_destination = _destination_counts(session, flagged_ids)
    by_source = _source_counts(session, flagged_ids)
    by_channel = _counts(
        session,
        select(Advert.channel, func.count(Advert.id))
        .where(Advert.id.in_(flagged_ids))
        .group_by(Advert.channel),
    )

    outcomes = _outcomes(session, period, regional)
    checks_stmt = select(CitizenCheck.band, func.count(CitizenCheck.id)).where(
        _between(CitizenCheck.at, period)
    )
    tips_stmt = select(func.count(Tip.id)).where(_between(Tip.created_at, period))
    if region:
        checks_stmt = checks_stmt.where(func.lower(CitizenCheck.region) == region.lower())
        tips_stmt = tips_stmt.where(func.lower(Tip.region) == region.lower())
    checks = _counts(session, checks_stmt.group_by(CitizenCheck.band))
    # The same checks by channel (the web page and API, or a chat bot), never their content.
    by_check_channel = checks_stmt.with_only_columns(
        CitizenCheck.channel, func.count(CitizenCheck.id)
    ).group_by(CitizenCheck.channel)
    checks_by_channel = _counts(session, by_check_channel)
    model_version = session.scalar(
        select(Classification.model_version)
        .where(_between(Classification.created_at, period))
        .order_by(Classification.created_at.desc(), Classification.id.desc())
        .limit(1)
    )
    return Stats(
        start=period.start,
        end=period.end,
        region=region,
        generated_at=now,
        adverts_crawled=int(crawled or 0),
        adverts_flagged=int(flagged or 0),
        cases_reviewed=outcomes.escalated + outcomes.dismissed + outcomes.other,
        flags_by_code=by_code,
        by_destination=by_destination,
        by_source=by_source,
        by_channel=by_channel,
        outcomes=outcomes,
        citizen_checks=checks,
        citizen_checks_total=sum(c.count for c in checks),
        citizen_checks_by_channel=checks_by_channel,
        tips=int(session.scalar(tips_stmt) or 0),
        clusters=_clusters(session, flagged_ids),
        weekly=_weekly(session, period, region, _week_buckets(period)),
        escalated_cases=_escalated_cases(session, period, regional),
        model_version=model_version,
    )


def _outcomes(session: Session, period: Period, regional: Any) -> Outcomes:
    # Decisions made in the period, as they were made (a case closed since keeps its decision).
    decided = regional(
        select(decided_as(), ReviewCase.opened_at, ReviewCase.decided_at)
        .join(Advert, Advert.id == ReviewCase.advert_id)
        .where(_between(ReviewCase.decided_at, period))
    )
    escalated = dismissed = other = 0
    hours: list[float] = []
    for decision, opened_at, decided_at in session.execute(decided):
        if decision == "escalated":
            escalated += 1
        elif decision == "dismissed":
            dismissed += 1
        else:
            other += 1
        hours.append((decided_at - opened_at).total_seconds() / 3600)
    # The backlog at the end of the period: opened by then, not decided by then.
    still_open = session.scalar(
        regional(
            select(func.count(ReviewCase.id))
            .join(Advert, Advert.id == ReviewCase.advert_id)
            .where(
                ReviewCase.opened_at < period.end,
                or_(ReviewCase.decided_at.is_(None), ReviewCase.decided_at >= period.end),
            )
        )
    )
    confirmed = escalated + dismissed
    return Outcomes(
        escalated=escalated,
        dismissed=dismissed,
        other=other,
        open=int(still_open or 0),
        precision=round(escalated / confirmed, 4) if confirmed else None,
        # Median in Python: PostgreSQL has percentile_cont, SQLite has nothing portable.
        median_hours_to_decision=round(statistics.median(hours), 2) if hours else None,
    )


def _clusters(session: Session, flagged_ids: Any) -> list[Cluster]:
    n_adverts = func.count(func.distinct(Entity.advert_id))
    n_escalated = func.count(func.distinct(case((was_escalated(), Entity.advert_id))))
    stmt = (
        select(Entity.kind, Entity.value, n_adverts, n_escalated)
        .join(ReviewCase, ReviewCase.advert_id == Entity.advert_id)
        .where(Entity.kind.in_(CLUSTER_KINDS), Entity.advert_id.in_(flagged_ids))
        .group_by(Entity.kind, Entity.value)
        .having(n_adverts >= MIN_CLUSTER_ADVERTS)
        .order_by(n_adverts.desc(), Entity.kind, Entity.value)
        .limit(TOP_CLUSTERS)
    )
    out = []
    for kind, value, adverts, escalated in session.execute(stmt):
        masked = kind in PHONE_KINDS and not escalated
        out.append(
            Cluster(
                kind=kind,
                value=mask_phone(value) if masked else value,
                masked=masked,
                adverts=int(adverts),
                escalated_adverts=int(escalated),
            )
        )
    return out


def _escalated_cases(session: Session, period: Period, regional: Any) -> list[EscalatedCase]:
    stmt = regional(
        select(ReviewCase, Advert.title)
        .join(Advert, Advert.id == ReviewCase.advert_id)
        .where(was_escalated(), _between(ReviewCase.decided_at, period))
        .order_by(ReviewCase.decided_at, ReviewCase.id)
    )
    return [
        EscalatedCase(
            case_id=case_.id,
            advert_id=case_.advert_id,
            title=title,
            decision=case_.decision,
            external_ref=case_.external_ref,
            decided_at=case_.decided_at,
        )
        for case_, title in session.execute(stmt)
        if case_.decided_at is not None
    ]


def regions(factory: sessionmaker[Session]) -> list[str]:
    """The regions a report can be filtered by: those of sources and of tips."""
    with transaction(factory) as session:
        found = set(session.scalars(select(Source.region).where(Source.region != "")))
        found |= set(session.scalars(select(Tip.region).distinct().where(Tip.region != "")))
    return sorted(found, key=str.lower)
