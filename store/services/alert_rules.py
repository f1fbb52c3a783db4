"""Alert rules: what admins want pushed to investigators, and where.

Admins declare rules (what matters, and where to send it); :mod:`store.services.alert_outbox`
evaluates them when an advert is stored and writes the alerts they raise.

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
from) and ``source_id``. Digest rules (e-mail only) collect their alerts and send them hourly
or daily in one e-mail.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from store.db import transaction
from store.errors import InvalidInput, NotFound
from store.models import Alert, AlertRule, Source, User
from store.services import audit
from vocabulary.names import LINK_KIND_LABELS
from vocabulary.red_flags import RED_FLAG_LABELS

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

EMAIL_RE = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")
MAX_RECIPIENTS = 20
MIN_SECRET_CHARS = 16


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


def enabled_rules(session: Session) -> list[AlertRule]:
    return list(session.scalars(select(AlertRule).where(AlertRule.enabled.is_(True))))
