"""Alert rules and the alerts they raise.

Admins declare rules (what matters, and where to send it); :func:`evaluate` runs inside the
transaction that stores an advert and writes one ``Alert`` row per matching rule: the outbox.
A worker (:mod:`alerts.delivery`) sends them later, so an advert and its alerts
commit together or not at all, and a receiver that is down delays alerts but never loses them.

No alert storms:

- one alert per advert per rule (a unique constraint; checked before inserting, so a
  re-ingested or edited advert does not raise a second one);
- reposts fold into the first: when a near-duplicate of the advert (an ``AdvertLink``) already
  has an alert for the rule, none is made for the repost;
- digest rules collect their alerts and send them hourly or daily in one e-mail.

Triggers (a rule has one), and the conditions each uses (:data:`TRIGGER_FIELDS`):

- ``score``: the classifier's score is at or above ``min_score`` (and, if ``codes`` are set,
  the advert has one of them);
- ``red_flags``: the classification has any of ``codes`` as a red flag with evidence (a
  model-only suspicion matches no rule, see :mod:`store.services.flags`), and, if
  ``min_score`` is set, its score is at least that;
- ``linked_case``: the advert shares a phone, WhatsApp, Telegram, e-mail or bank account with,
  or is a near-duplicate of, an advert whose case an investigator is working on
  (``in_review``) or has escalated (closed since or not: the escalation was a decision, see
  :mod:`store.services.decisions`). Cases still ``new`` are the automatic queue nobody has
  judged yet; counting them would alert on every repost network the classifier flags.
  ``link_kinds`` narrows which links count; no score, no red flag;
- ``tip``: a citizen sent the advert to the task force, whatever its score or flags.

A condition a trigger does not use is dropped when the rule is saved (migration 0006 dropped
those of older rules) and never evaluated, so a rule means what its page says: a score
threshold typed for a "score" rule cannot stay behind, unseen, on a "tip" rule.

Scope, for every trigger: ``region`` (the advert's source region, or the region a tip came
from) and ``source_id``.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol
from urllib.parse import urlsplit

from sqlalchemy import func, or_, select
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
from store.services.decisions import was_escalated
from store.services.snippets import decimal, evidence_snippets
from vocabulary.bands import BAND_LABEL
from vocabulary.bands import score_band as band
from vocabulary.names import CASE_STATUS_LABELS, LINK_KIND_LABELS
from vocabulary.red_flags import RED_FLAG_LABELS, flag_label

TRIGGERS = ("score", "red_flags", "linked_case", "tip")
# The conditions each trigger uses besides its scope (region, source): what its form shows,
# what is stored and what is evaluated ("score" needs min_score, "red_flags" needs codes).
TRIGGER_FIELDS: dict[str, tuple[str, ...]] = {
    "score": ("min_score", "codes"),
    "red_flags": ("codes", "min_score"),
    "linked_case": ("link_kinds",),
    "tip": (),
}
CHANNELS = ("email", "webhook")
DIGESTS = ("none", "hourly", "daily")
LINK_KINDS = tuple(LINK_KIND_LABELS)  # phone, whatsapp, telegram, email, bank_account, near_dup
STATUSES = ("pending", "sent", "failed")
CAUSES = ("crawl", "tip")
# Cases whose network an investigator is following (see the module docstring): in review, or
# escalated (a closed case counts if it was escalated before it was closed).
WATCHED_CASE_STATUSES = (CaseStatus.in_review, CaseStatus.escalated)

TRIGGER_LABELS = {
    "score": "Skor risiko",
    "red_flags": "Tanda bahaya tertentu",
    "linked_case": "Terkait kasus yang ditangani",
    "tip": "Laporan warga",
}
CHANNEL_LABELS = {"email": "E-mail", "webhook": "Webhook"}
DIGEST_CHOICES = {
    "none": "Satu per satu",
    "hourly": "Ringkasan per jam",
    "daily": "Ringkasan harian",
}
STATUS_LABELS = {"pending": "Menunggu", "sent": "Terkirim", "failed": "Gagal"}

EMAIL_RE = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")
MAX_RECIPIENTS = 20
MIN_SECRET_CHARS = 16
MAX_SNIPPET_FLAGS = len(RED_FLAG_LABELS)  # every flag a classification can have
_DIGEST_HOURS = {"hourly": 1, "daily": 24}


class RuleInvalid(InvalidInput):
    """A rule that cannot be saved; ``errors`` maps each form field to what to fix."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = errors
        super().__init__("; ".join(errors.values()))


@dataclass
class RuleIn:
    """A rule as an admin submits it (form or JSON). ``secret`` None keeps the stored one (a new
    webhook rule without one gets a random secret)."""

    name: str
    trigger: str
    channel: str
    target: str
    min_score: float | None = None
    codes: list[str] = field(default_factory=list)
    link_kinds: list[str] = field(default_factory=list)
    region: str = ""
    source_id: int | None = None
    digest: str = "none"
    secret: str | None = None
    enabled: bool = True


class ClassificationLike(Protocol):
    """``ClassificationIn`` (as it arrives) or a stored ``Classification`` row."""

    @property
    def score(self) -> float: ...

    @property
    def red_flags(self) -> list[Any]: ...


# --------------------------------------------------------------------------- rule CRUD


def split_recipients(target: str) -> list[str]:
    return [part for part in re.split(r"[\s,;]+", target.strip()) if part]


def validate_rule(session: Session, data: RuleIn) -> RuleIn:
    """The rule normalised, or :class:`RuleInvalid` listing every field to fix (in Indonesian,
    as the admin pages show these messages as they are)."""
    errors: dict[str, str] = {}
    name = " ".join(data.name.split())
    if not name:
        errors["name"] = "Nama aturan wajib diisi."
    elif len(name) > 200:
        errors["name"] = "Nama aturan paling banyak 200 karakter."
    if data.trigger not in TRIGGERS:
        errors["trigger"] = (
            f"Pemicu tidak dikenal: {data.trigger!r}. Pilih salah satu: {', '.join(TRIGGERS)}."
        )
    min_score = data.min_score
    if min_score is not None and not 0.0 <= min_score <= 1.0:
        errors["min_score"] = f"Ambang skor harus antara 0 dan 1 (bukan {min_score})."
    elif data.trigger == "score" and min_score is None:
        errors["min_score"] = "Pemicu 'skor' memerlukan ambang skor antara 0 dan 1, mis. 0.8."
    # Kept in the taxonomy's order, so pages and messages list them the same way everywhere.
    wanted = {c.strip() for c in data.codes if c.strip()}
    unknown = sorted(wanted - set(RED_FLAG_LABELS))
    codes = [c for c in RED_FLAG_LABELS if c in wanted]
    if unknown:
        errors["codes"] = (
            f"Kode tanda bahaya tidak dikenal: {', '.join(unknown)}. "
            f"Kode yang ada: {', '.join(RED_FLAG_LABELS)}."
        )
    elif data.trigger == "red_flags" and not codes:
        errors["codes"] = "Pemicu 'tanda bahaya' memerlukan paling sedikit satu kode."
    wanted_kinds = {k.strip() for k in data.link_kinds if k.strip()}
    bad_kinds = sorted(wanted_kinds - set(LINK_KINDS))
    link_kinds = [k for k in LINK_KINDS if k in wanted_kinds]
    if bad_kinds:
        errors["link_kinds"] = (
            f"Jenis keterkaitan tidak dikenal: {', '.join(bad_kinds)}. "
            f"Pilih dari: {', '.join(LINK_KINDS)}."
        )
    region = " ".join(data.region.split())
    if len(region) > 100:
        errors["region"] = "Wilayah paling banyak 100 karakter."
    if data.source_id is not None and session.get(Source, data.source_id) is None:
        errors["source_id"] = f"Sumber #{data.source_id} tidak ada."
    digest = data.digest or "none"
    if digest not in DIGESTS:
        errors["digest"] = f"Ringkasan harus salah satu dari: {', '.join(DIGESTS)}."
    target = data.target.strip()
    secret = data.secret.strip() if data.secret is not None else None
    if data.channel == "email":
        recipients = split_recipients(target)
        bad = [r for r in recipients if not EMAIL_RE.match(r)]
        if not recipients:
            errors["target"] = "Isi paling sedikit satu alamat e-mail penerima."
        elif bad:
            errors["target"] = f"Alamat e-mail tidak sah: {', '.join(bad)}."
        elif len(recipients) > MAX_RECIPIENTS:
            errors["target"] = f"Paling banyak {MAX_RECIPIENTS} penerima per aturan."
        target = ", ".join(dict.fromkeys(r.lower() for r in recipients))
    elif data.channel == "webhook":
        parts = urlsplit(target)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            errors["target"] = (
                "URL webhook harus diawali http:// atau https:// dan memuat nama host "
                f"(bukan {target!r})."
            )
        elif parts.username or parts.password:
            errors["target"] = "URL webhook tidak boleh memuat nama pengguna atau sandi."
        if digest != "none":
            errors["digest"] = (
                "Ringkasan per jam/harian hanya untuk e-mail; webhook dikirim satu per satu."
            )
        if secret is not None and secret and len(secret) < MIN_SECRET_CHARS:
            errors["secret"] = f"Kunci rahasia paling sedikit {MIN_SECRET_CHARS} karakter."
        elif secret is not None and len(secret) > 200:
            errors["secret"] = "Kunci rahasia paling banyak 200 karakter."
    else:
        errors["channel"] = (
            f"Saluran tidak dikenal: {data.channel!r}. Pilih 'email' atau 'webhook'."
        )
    if errors:
        raise RuleInvalid(errors)
    # Every value given is checked above (a wrong one is a mistake wherever it is); only the
    # conditions this trigger uses are kept (TRIGGER_FIELDS).
    return without_unused_conditions(
        replace(
            data,
            name=name,
            min_score=min_score,
            codes=codes,
            link_kinds=link_kinds,
            region=region,
            digest=digest,
            target=target,
            secret=secret or None,
        )
    )


def uses(trigger: str, condition: str) -> bool:
    """Whether a rule with this trigger uses this condition (``min_score``, ``codes``,
    ``link_kinds``); an unknown trigger uses none."""
    return condition in TRIGGER_FIELDS.get(trigger, ())


def without_unused_conditions(data: RuleIn) -> RuleIn:
    """The rule with the conditions its trigger does not use emptied: a threshold left in the
    form from another trigger is not stored as a hidden condition."""
    return replace(
        data,
        min_score=data.min_score if uses(data.trigger, "min_score") else None,
        codes=list(data.codes) if uses(data.trigger, "codes") else [],
        link_kinds=list(data.link_kinds) if uses(data.trigger, "link_kinds") else [],
    )


def _rule_audit(rule: AlertRule) -> dict[str, Any]:
    # Never the secret itself: the audit log is kept for good and read by every admin.
    out = rule_dict(rule)
    out.pop("secret", None)
    return out


def rule_dict(rule: AlertRule, *, with_secret: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": rule.id,
        "name": rule.name,
        "enabled": rule.enabled,
        "trigger": rule.trigger,
        "min_score": rule.min_score,
        "codes": list(rule.codes),
        "link_kinds": list(rule.link_kinds),
        "region": rule.region,
        "source_id": rule.source_id,
        "channel": rule.channel,
        "target": rule.target,
        "digest": rule.digest,
        "has_secret": bool(rule.secret),
        "created_at": rule.created_at.isoformat() if rule.created_at else None,
    }
    if with_secret:
        out["secret"] = rule.secret
    return out


def _apply(rule: AlertRule, data: RuleIn) -> None:
    rule.name = data.name
    rule.enabled = data.enabled
    rule.trigger = data.trigger
    rule.min_score = data.min_score
    rule.codes = list(data.codes)
    rule.link_kinds = list(data.link_kinds)
    rule.region = data.region
    rule.source_id = data.source_id
    rule.channel = data.channel
    rule.target = data.target
    rule.digest = data.digest
    if data.channel != "webhook":
        rule.secret = ""
    elif data.secret:
        rule.secret = data.secret
    elif not rule.secret:
        rule.secret = secrets.token_urlsafe(32)


def create_rule(
    factory: sessionmaker[Session], data: RuleIn, *, actor: User | str = "cli"
) -> AlertRule:
    with transaction(factory) as session:
        clean = validate_rule(session, data)
        rule = AlertRule(secret="")
        _apply(rule, clean)
        session.add(rule)
        session.flush()
        audit.record(
            session,
            actor=actor,
            action="alert_rule.create",
            target_type="alert_rule",
            target_id=rule.id,
            after=_rule_audit(rule),
        )
    return rule


def update_rule(
    factory: sessionmaker[Session], rule_id: int, data: RuleIn, *, actor: User | str = "cli"
) -> AlertRule:
    with transaction(factory) as session:
        rule = _get_rule(session, rule_id)
        before = _rule_audit(rule)
        clean = validate_rule(session, data)
        _apply(rule, clean)
        session.flush()
        audit.record(
            session,
            actor=actor,
            action="alert_rule.update",
            target_type="alert_rule",
            target_id=rule.id,
            before=before,
            after=_rule_audit(rule),
        )
    return rule


def set_rule_enabled(
    factory: sessionmaker[Session], rule_id: int, enabled: bool, *, actor: User | str = "cli"
) -> AlertRule:
    """Turn a rule off (or on again). Rules are never deleted: their alerts point at them.
    Pending alerts of a disabled rule wait, and go out if it is enabled again."""
    with transaction(factory) as session:
        rule = _get_rule(session, rule_id)
        if rule.enabled != enabled:
            rule.enabled = enabled
            audit.record(
                session,
                actor=actor,
                action="alert_rule.enable" if enabled else "alert_rule.disable",
                target_type="alert_rule",
                target_id=rule.id,
                before={"enabled": not enabled},
                after={"enabled": enabled},
            )
    return rule


def rule_input(rule: AlertRule) -> RuleIn:
    """A stored rule as input, to edit some of its fields (JSON PATCH, the edit form)."""
    return RuleIn(
        name=rule.name,
        trigger=rule.trigger,
        channel=rule.channel,
        target=rule.target,
        min_score=rule.min_score,
        codes=list(rule.codes),
        link_kinds=list(rule.link_kinds),
        region=rule.region,
        source_id=rule.source_id,
        digest=rule.digest,
        secret=None,
        enabled=rule.enabled,
    )


def _get_rule(session: Session, rule_id: int) -> AlertRule:
    rule = session.get(AlertRule, rule_id)
    if rule is None:
        raise NotFound(f"Aturan peringatan #{rule_id} tidak ada.")
    return rule


def get_rule(session: Session, rule_id: int) -> AlertRule:
    return _get_rule(session, rule_id)


def list_rules(session: Session) -> list[AlertRule]:
    return list(session.scalars(select(AlertRule).order_by(AlertRule.id)))


def rule_counts(session: Session) -> dict[int, dict[str, int]]:
    """Alerts per rule and status, for the rules page."""
    out: dict[int, dict[str, int]] = {}
    rows = session.execute(
        select(Alert.rule_id, Alert.status, func.count()).group_by(Alert.rule_id, Alert.status)
    )
    for rule_id, status, n in rows:
        out.setdefault(rule_id, {})[status] = int(n)
    return out


def sources(session: Session) -> list[Source]:
    return list(session.scalars(select(Source).order_by(Source.name)))


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


def enabled_rules(session: Session) -> list[AlertRule]:
    return list(session.scalars(select(AlertRule).where(AlertRule.enabled.is_(True))))


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
    from store.services.adverts import linked_adverts  # adverts imports this module

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
        "risk": {"score": round(score, 4), "band": band(score), "label": BAND_LABEL[band(score)]},
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
