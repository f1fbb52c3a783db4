"""The outbox: the alerts that rules raise, written in the transaction that stores the advert.

:func:`evaluate` runs inside the transaction that stores an advert (or a citizen's tip) and
writes one ``Alert`` row per matching rule (:mod:`store.services.alert_rules`), with everything
its message needs frozen in its payload. A worker (:mod:`alerts.delivery`, above the data
layer, with the wording in :mod:`alerts.messages`) sends them later, so an advert and its
alerts commit together or not at all, and a receiver that is down delays alerts but never
loses them. That is why the rules are evaluated here, in the data layer, and not by the
worker: the alert rows must be written in the advert's own transaction.

No alert storms:

- one alert per advert per rule (a unique constraint; checked before inserting, so a
  re-ingested or edited advert does not raise a second one);
- reposts fold into the first: when a near-duplicate of the advert (an ``AdvertLink``) already
  has an alert for the rule, none is made for the repost;
- digest rules collect their alerts and send them hourly or daily in one e-mail.

Investigators list the alerts and retry a failed one from here too.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from store.db import transaction
from store.errors import Conflict, InvalidInput, NotFound
from store.models import (
    Advert,
    AdvertLink,
    Alert,
    AlertRule,
    CaseStatus,
    Classification,
    ReviewCase,
    Source,
    Tip,
    User,
    utcnow,
)
from store.services import audit
from store.services import flags as flag_rules
from store.services.alert_rules import LINK_KINDS, enabled_rules, uses
from store.services.decisions import was_escalated
from store.services.links import linked_adverts
from store.services.snippets import decimal, evidence_snippets
from vocabulary.bands import BAND_LABEL, risk_band
from vocabulary.names import CASE_STATUS_LABELS, LINK_KIND_LABELS
from vocabulary.red_flags import RED_FLAG_LABELS, flag_label

STATUSES = ("pending", "sent", "failed")
CAUSES = ("crawl", "tip")
# Cases whose network an investigator is following (see store.services.alert_rules): in
# review, or escalated (a closed case counts if it was escalated before it was closed).
WATCHED_CASE_STATUSES = (CaseStatus.in_review, CaseStatus.escalated)
STATUS_LABELS = {"pending": "Menunggu", "sent": "Terkirim", "failed": "Gagal"}
MAX_SNIPPET_FLAGS = len(RED_FLAG_LABELS)  # every flag a classification can have
_DIGEST_HOURS = {"hourly": 1, "daily": 24}


class ClassificationLike(Protocol):
    """``ClassificationIn`` (as it arrives) or a stored ``Classification`` row."""

    @property
    def score(self) -> float: ...

    @property
    def suspicious(self) -> bool: ...

    @property
    def red_flags(self) -> list[Any]: ...


# --------------------------------------------------------------------------- alerts


def list_alerts(
    session: Session,
    *,
    status: str | None = None,
    rule_id: int | None = None,
    limit: int = 100,
    before_id: int | None = None,
) -> list[Alert]:
    """Recent alerts, newest first, with their rule and advert loaded."""
    if status is not None and status not in STATUSES:
        raise InvalidInput(f"Status harus salah satu dari: {', '.join(STATUSES)}.")
    stmt = (
        select(Alert)
        .options(selectinload(Alert.rule), selectinload(Alert.advert))
        .order_by(Alert.id.desc())
        .limit(max(1, min(limit, 500)))
    )
    if status:
        stmt = stmt.where(Alert.status == status)
    if rule_id is not None:
        stmt = stmt.where(Alert.rule_id == rule_id)
    if before_id is not None:
        stmt = stmt.where(Alert.id < before_id)
    return list(session.scalars(stmt))


def get_alert(session: Session, alert_id: int) -> Alert:
    alert = session.scalar(
        select(Alert).options(selectinload(Alert.rule)).where(Alert.id == alert_id)
    )
    if alert is None:
        raise NotFound(f"Peringatan #{alert_id} tidak ada.")
    return alert


def alert_dict(alert: Alert) -> dict[str, Any]:
    return {
        "id": alert.id,
        "rule_id": alert.rule_id,
        "rule_name": alert.rule.name if alert.rule else None,
        "advert_id": alert.advert_id,
        "advert_title": alert.payload.get("advert", {}).get("title", ""),
        "idempotency_key": alert.idempotency_key,
        "reason": alert.reason,
        "status": alert.status,
        "attempts": alert.attempts,
        "next_attempt_at": alert.next_attempt_at.isoformat(),
        "last_error": alert.last_error,
        "created_at": alert.created_at.isoformat(),
        "sent_at": alert.sent_at.isoformat() if alert.sent_at else None,
        "risk": alert.payload.get("risk", {}),
    }


def retry_alert(
    factory: sessionmaker[Session],
    alert_id: int,
    *,
    actor: User | str = "cli",
    now: dt.datetime | None = None,
) -> Alert:
    """Retry now ("Coba lagi sekarang"): a pending or failed alert becomes due now (the worker
    sends it on its next round). Its attempts are kept, so a failed alert that fails again is
    failed again at once rather than retried for hours."""
    now = now or utcnow()
    with transaction(factory) as session:
        alert = session.get(Alert, alert_id)
        if alert is None:
            raise NotFound(f"Peringatan #{alert_id} tidak ada.")
        if alert.status == "sent":
            raise Conflict(f"Peringatan #{alert_id} sudah terkirim; tidak dikirim ulang.")
        before = {"status": alert.status, "attempts": alert.attempts,
                  "next_attempt_at": alert.next_attempt_at.isoformat()}  # fmt: skip
        alert.status = "pending"
        alert.next_attempt_at = now
        audit.record(
            session,
            actor=actor,
            action="alert.retry",
            target_type="alert",
            target_id=alert.id,
            before=before,
            after={"status": "pending", "next_attempt_at": now.isoformat()},
        )
        session.flush()
    return alert


# --------------------------------------------------------------------------- evaluation


@dataclass(frozen=True)
class _Link:
    kind: str
    value: str
    advert_id: int
    case_id: int
    case_status: str


def evaluate(
    session: Session,
    advert: Advert,
    classification: ClassificationLike,
    *,
    cause: str,
    now: dt.datetime | None = None,
    rules: Sequence[AlertRule] | None = None,
) -> list[Alert]:
    """Write an alert for every enabled rule this advert matches; call it inside the
    transaction that stored the advert and its classification (it only flushes).
    Returns the alerts made (none for rules that already alerted on it or on a repost).
    ``rules``: :func:`enabled_rules` read once in this transaction, when storing many
    adverts (a crawl batch); None reads them here."""
    if cause not in CAUSES:
        raise InvalidInput(f"cause must be one of {CAUSES} (got {cause!r})")
    rules = enabled_rules(session) if rules is None else rules
    if not rules:
        return []
    now = now or utcnow()
    score = float(classification.score)
    # Reasons only: a stored classification from before the classifier separated its
    # model-only suspicions may hold flags without evidence, and those match no rule.
    codes = {str(f["code"]) for f in flag_rules.reasons(classification.red_flags)}
    regions: set[str] | None = None  # looked up once, only if a rule is scoped to a region
    links: list[_Link] | None = None  # looked up once, only if a rule needs them
    made: list[Alert] = []
    for rule in rules:
        if rule.source_id is not None and rule.source_id != advert.source_id:
            continue
        if rule.region:
            if regions is None:
                regions = _regions(session, advert)
            if rule.region.casefold() not in regions:
                continue
        # Only the conditions the trigger uses (a rule stored otherwise means what its page says).
        threshold = rule.min_score if uses(rule.trigger, "min_score") else None
        if threshold is not None and score < threshold:
            continue
        if uses(rule.trigger, "codes") and rule.codes and not codes.intersection(rule.codes):
            continue
        rule_links: list[_Link] = []
        if rule.trigger == "tip" and cause != "tip":
            continue
        if rule.trigger == "linked_case":
            if links is None:
                links = _watched_links(session, advert.id)
            kinds = set(rule.link_kinds or LINK_KINDS)
            rule_links = [link for link in links if link.kind in kinds]
            if not rule_links:
                continue
        if _already_alerted(session, rule.id, advert.id):
            continue
        reason = _reason(session, advert.id, rule, score, codes, rule_links)
        alert = Alert(
            rule_id=rule.id,
            advert_id=advert.id,
            idempotency_key=f"waspada-{rule.id}-{advert.id}-{secrets.token_hex(6)}",
            reason=reason,
            payload=_payload(session, advert, classification, cause, reason, rule_links),
            status="pending",
            attempts=0,
            next_attempt_at=digest_due_at(rule.digest, now) if rule.channel == "email" else now,
            created_at=now,
        )
        session.add(alert)
        made.append(alert)
    if made:
        session.flush()
    return made


def evaluate_tip(session: Session, tip: Tip, *, now: dt.datetime | None = None) -> list[Alert]:
    """Alerts for a citizen's tip, once its ``Tip`` row exists (so a rule scoped to a region
    matches the region the tip came from). Call it in the transaction that stores the tip; a
    tip about an advert already stored raises its tip alerts here, as ``ingest`` only
    evaluates new or changed adverts."""
    advert = session.get(Advert, tip.advert_id)
    if advert is None:
        raise NotFound(f"advert {tip.advert_id} does not exist")
    latest = session.scalar(
        select(Classification)
        .where(Classification.advert_id == advert.id)
        .order_by(Classification.id.desc())
        .limit(1)
    )
    if latest is None:
        # An advert stored without a classification still deserves a tip alert.
        return evaluate(session, advert, _Unscored(), cause="tip", now=now)
    return evaluate(session, advert, latest, cause="tip", now=now)


@dataclass
class _Unscored:
    score: float = 0.0
    suspicious: bool = False
    red_flags: list[Any] = field(default_factory=list)


def digest_due_at(digest: str, now: dt.datetime) -> dt.datetime:
    """When an alert of a digest rule goes out: at the next full hour (hourly) or the next
    00:00 UTC (daily), which is 07:00 WIB in Kota Jambi, the start of the working day."""
    hours = _DIGEST_HOURS.get(digest)
    if hours is None:
        return now
    start = now.astimezone(dt.UTC).replace(minute=0, second=0, microsecond=0)
    if hours == 1:
        return start + dt.timedelta(hours=1)
    return start.replace(hour=0) + dt.timedelta(days=1)


def _regions(session: Session, advert: Advert) -> set[str]:
    regions: set[str] = set()
    if advert.source_id is not None:
        region = session.scalar(select(Source.region).where(Source.id == advert.source_id))
        if region:
            regions.add(region.casefold())
    for region in session.scalars(select(Tip.region).where(Tip.advert_id == advert.id)):
        if region:
            regions.add(region.casefold())
    return regions


def _watched_links(session: Session, advert_id: int) -> list[_Link]:
    shared = [
        (other, kind, value)
        for other, kind, value in linked_adverts(session, advert_id)
        if kind in LINK_KINDS
    ]
    if not shared:
        return []
    cases = {
        case.advert_id: case
        for case in session.scalars(
            select(ReviewCase).where(
                ReviewCase.advert_id.in_({other for other, _k, _v in shared}),
                or_(ReviewCase.status.in_(WATCHED_CASE_STATUSES), was_escalated()),
            )
        )
    }
    return [
        _Link(kind, value, other, cases[other].id, cases[other].status.value)
        for other, kind, value in shared
        if other in cases
    ]


def _already_alerted(session: Session, rule_id: int, advert_id: int) -> bool:
    """This advert, or a near-duplicate of it (a repost), already has an alert for the rule."""
    reposts = select(AdvertLink.other_id).where(
        AdvertLink.advert_id == advert_id, AdvertLink.kind == "near_duplicate"
    )
    hit = session.scalar(
        select(Alert.id)
        .where(
            Alert.rule_id == rule_id,
            (Alert.advert_id == advert_id) | Alert.advert_id.in_(reposts),
        )
        .limit(1)
    )
    return hit is not None


def _reason(
    session: Session,
    advert_id: int,
    rule: AlertRule,
    score: float,
    codes: set[str],
    links: Sequence[_Link],
) -> str:
    """Why the rule fired, in one Indonesian line (shown in the message and the admin list)."""
    if rule.trigger == "score":
        assert rule.min_score is not None
        return f"Skor risiko {decimal(score)} ≥ ambang {decimal(rule.min_score)}"
    if rule.trigger == "red_flags":
        hit = sorted(codes.intersection(rule.codes))
        return "Tanda bahaya: " + ", ".join(f"{flag_label(c)} ({c})" for c in hit)
    if rule.trigger == "linked_case":
        parts = []
        for link in links[:3]:
            what = LINK_KIND_LABELS.get(link.kind, link.kind)
            value = "" if link.kind == "near_duplicate" else f" {link.value}"
            status = CASE_STATUS_LABELS.get(link.case_status, link.case_status)
            if link.case_status == CaseStatus.closed.value:  # watched: escalated, then closed
                status = f"{CASE_STATUS_LABELS[CaseStatus.escalated.value]}, lalu {status}"
            case = f"kasus #{link.case_id}, {status}"
            parts.append(f"{what}{value} sama dengan iklan #{link.advert_id} ({case})")
        more = f" dan {len(links) - 3} keterkaitan lain" if len(links) > 3 else ""
        return "; ".join(parts) + more
    region = session.scalar(
        select(Tip.region).where(Tip.advert_id == advert_id).order_by(Tip.id.desc()).limit(1)
    )
    return f"Laporan warga dari {region}" if region else "Laporan warga"


def _payload(
    session: Session,
    advert: Advert,
    classification: ClassificationLike,
    cause: str,
    reason: str,
    links: Sequence[_Link],
) -> dict[str, Any]:
    """Everything a message needs, frozen when the alert is made (the outbox's content)."""
    score = float(classification.score)
    source = session.get(Source, advert.source_id) if advert.source_id is not None else None
    flags = sorted(
        flag_rules.reasons(classification.red_flags), key=lambda f: -float(f.get("score", 0))
    )
    # The one band rule (vocabulary.bands): the verdict, then the evidenced flags.
    band = risk_band(classification.suspicious, (str(f["code"]) for f in flags))
    return {
        "cause": cause,
        "reason": reason,
        "advert": {
            "id": advert.id,
            "title": advert.title,
            "url": advert.canonical_url,
            "origin": advert.origin,
            "channel": advert.channel,
            "source": source.name if source else "",
            "region": source.region if source else "",
            "body_start": advert.body_text[:300],
        },
        "risk": {"score": round(score, 4), "band": band, "label": BAND_LABEL[band]},
        "red_flags": [
            {
                "code": str(f["code"]),
                "label": flag_label(str(f["code"])),
                "score": round(float(f.get("score", 0)), 4),
                "snippets": evidence_snippets(advert.body_text, f.get("evidence", [])),
            }
            for f in flags[:MAX_SNIPPET_FLAGS]
        ],
        "links": [
            {
                "kind": link.kind,
                "value": link.value,
                "advert_id": link.advert_id,
                "case_id": link.case_id,
                "case_status": link.case_status,
            }
            for link in links
        ],
    }
