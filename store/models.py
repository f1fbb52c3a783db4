"""Typed SQLAlchemy 2.0 models: what the mission needs to keep, and no more.

Evidence must hold up: raw pages are kept compressed with their SHA-256 (``Snapshot``),
adverts are never deleted (``removed_at``), every change to an advert's text is a new
``AdvertVersion``, and the ``AuditLog`` is append-only (enforced by database triggers, see
:mod:`store.audit_guard`).
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy import false as sa_false
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC timestamps on every backend (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; use store.models.utcnow()")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


# Stable constraint names, so Alembic migrations are identical on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dt.datetime: UTCDateTime,
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


class Role(enum.StrEnum):
    admin = "admin"  # users, sources, settings
    investigator = "investigator"  # reviews cases
    viewer = "viewer"  # reads only


class CaseStatus(enum.StrEnum):
    new = "new"
    in_review = "in_review"
    escalated = "escalated"
    dismissed = "dismissed"
    closed = "closed"


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[Role] = mapped_column(Enum(Role, native_enum=False, length=20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # Written into each session cookie at sign-in; raising it (logout, password change,
    # deactivation) ends every session of the user at once, on every device (migration 0009).
    session_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Source(Base):
    """A crawl target declared in ``sources.toml`` (or created ad hoc by ``waspada crawl``), or
    added by an admin on ``/sources``. ``enabled`` is the file's word, ``paused`` the admin's
    (no sync touches it), ``managed_by`` who owns the definition: ``file`` or ``admin``
    (:mod:`store.services.sources`)."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    spider: Mapped[str] = mapped_column(String(50))
    start_urls: Mapped[list[Any]] = mapped_column(default=list)
    schedule: Mapped[str] = mapped_column(String(100), default="")  # e.g. "every 6h", cron
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)
    region: Mapped[str] = mapped_column(String(100), default="")
    channel: Mapped[str] = mapped_column(String(50), default="")
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    paused: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())
    managed_by: Mapped[str] = mapped_column(String(10), default="file", server_default="file")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class CrawlRun(Base):
    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"), index=True)
    spider: Mapped[str] = mapped_column(String(50))
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[dt.datetime | None]
    status: Mapped[str] = mapped_column(String(20), default="running")  # running|ok|failed
    pages: Mapped[int] = mapped_column(Integer, default=0)
    items: Mapped[int] = mapped_column(Integer, default=0)
    new: Mapped[int] = mapped_column(Integer, default=0)
    changed: Mapped[int] = mapped_column(Integer, default=0)
    removed: Mapped[int] = mapped_column(Integer, default=0)
    flagged: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    error_summary: Mapped[str] = mapped_column(Text, default="")
    stats: Mapped[dict[str, Any]] = mapped_column(default=dict)

    source: Mapped[Source | None] = relationship()


class Snapshot(Base):
    """The raw page as fetched: the evidence. ``body`` is zlib-compressed; ``sha256`` is of
    the uncompressed body, so anyone can verify an exported copy. A purged snapshot
    (``purged_at`` set) has an empty ``body`` and keeps everything else."""

    __tablename__ = "snapshots"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    fetched_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    http_status: Mapped[int] = mapped_column(Integer, default=200)
    headers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    content_type: Mapped[str] = mapped_column(String(200), default="")
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    body: Mapped[bytes] = mapped_column(LargeBinary)
    # Set when the retention rule emptied ``body`` (an advert never flagged, kept past
    # WASPADA_RETENTION_UNFLAGGED_SNAPSHOT_DAYS; store/services/retention.py): the record of
    # what was fetched stays, the bytes do not (migration 0013).
    purged_at: Mapped[dt.datetime | None]


class Advert(Base):
    __tablename__ = "adverts"

    id: Mapped[int] = mapped_column(primary_key=True)
    # NULL for adverts that came as pasted text (citizen tips); unique otherwise.
    canonical_url: Mapped[str | None] = mapped_column(Text, unique=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"), index=True)
    origin: Mapped[str] = mapped_column(String(20), default="crawl")  # crawl | tip
    channel: Mapped[str] = mapped_column(String(50), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    body_text: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8), default="")
    organisation: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str] = mapped_column(Text, default="")
    posted_at: Mapped[dt.datetime | None]
    first_seen: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    last_seen: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    removed_at: Mapped[dt.datetime | None]
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)  # store.fingerprint.signature
    current_version: Mapped[int] = mapped_column(Integer, default=1)
    latest_score: Mapped[float | None] = mapped_column(Float, index=True)
    latest_suspicious: Mapped[bool | None]

    versions: Mapped[list[AdvertVersion]] = relationship(
        back_populates="advert", order_by="AdvertVersion.version"
    )
    entities: Mapped[list[Entity]] = relationship(back_populates="advert")
    source: Mapped[Source | None] = relationship()


class AdvertVersion(Base):
    __tablename__ = "advert_versions"
    __table_args__ = (UniqueConstraint("advert_id", "version", name="uq_advert_versions_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    advert_id: Mapped[int] = mapped_column(ForeignKey("adverts.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text, default="")
    body_text: Mapped[str] = mapped_column(Text, default="")
    content_hash: Mapped[str] = mapped_column(String(64))
    snapshot_id: Mapped[int | None] = mapped_column(ForeignKey("snapshots.id"))
    seen_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    raw: Mapped[dict[str, Any]] = mapped_column(default=dict)  # the item as extracted

    advert: Mapped[Advert] = relationship(back_populates="versions")
    snapshot: Mapped[Snapshot | None] = relationship()


class Entity(Base):
    """One extracted entity of an advert. Indexed by (kind, value) so adverts sharing a phone
    number, e-mail, bank account or agency are found with one index lookup."""

    __tablename__ = "entities"
    __table_args__ = (Index("ix_entities_kind_value", "kind", "value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    advert_id: Mapped[int] = mapped_column(ForeignKey("adverts.id"), index=True)
    # phone | whatsapp | telegram | email | url | bank_account | agency | licence |
    # destination | job_type | salary
    kind: Mapped[str] = mapped_column(String(20))
    value: Mapped[str] = mapped_column(String(300))  # normalised: E.164, lower-case e-mail...
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    # Salary only: as written, and converted with the dated exchange-rate table.
    amount: Mapped[float | None] = mapped_column(Float)
    currency: Mapped[str | None] = mapped_column(String(3))
    period: Mapped[str | None] = mapped_column(String(10))
    idr_month: Mapped[float | None] = mapped_column(Float)

    advert: Mapped[Advert] = relationship(back_populates="entities")


class AdvertBucket(Base):
    """LSH buckets of an advert's MinHash signature: adverts sharing a bucket are near-duplicate
    candidates (see :mod:`store.fingerprint`). The table and its column keep their first names
    (``advert_bands.band``, the LSH literature's word): renaming them would need a migration
    for no change of meaning; only the code says "bucket", as "band" means a risk band."""

    __tablename__ = "advert_bands"
    __table_args__ = (Index("ix_advert_bands_band_hash", "band", "hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    advert_id: Mapped[int] = mapped_column(ForeignKey("adverts.id"), index=True)
    bucket: Mapped[int] = mapped_column("band", Integer)  # 0 .. fingerprint.BUCKETS - 1
    hash: Mapped[int] = mapped_column(BigInteger)


class AdvertLink(Base):
    """Two adverts that are near-duplicates of each other (reposts are linked, not dropped)."""

    __tablename__ = "advert_links"
    __table_args__ = (UniqueConstraint("advert_id", "other_id", "kind", name="uq_advert_links"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    advert_id: Mapped[int] = mapped_column(ForeignKey("adverts.id"), index=True)
    other_id: Mapped[int] = mapped_column(ForeignKey("adverts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="near_duplicate")
    similarity: Mapped[float] = mapped_column(Float, default=1.0)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Classification(Base):
    """One run of the classifier over one version of an advert (several per advert over time)."""

    __tablename__ = "classifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    advert_id: Mapped[int] = mapped_column(ForeignKey("adverts.id"), index=True)
    advert_version: Mapped[int] = mapped_column(Integer, default=1)
    model_version: Mapped[str] = mapped_column(String(100))
    score: Mapped[float] = mapped_column(Float)
    suspicious: Mapped[bool] = mapped_column(Boolean)
    # [{code, label, score, evidence: [{start, end, text}], reason}]: the reasons (rows stored
    # before migration 0005 may hold flags without evidence; store.services.flags sorts them).
    red_flags: Mapped[list[Any]] = mapped_column(default=list)
    # [{code, label, score}]: flags the network suspected with no words of the advert to quote.
    # Shown to investigators apart from the reasons, never counted (store.services.flags).
    model_only_flags: Mapped[list[Any]] = mapped_column(default=list, server_default="[]")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    flags: Mapped[list[ClassificationFlag]] = relationship(back_populates="classification")


class ClassificationFlag(Base):
    """The red-flag codes of a classification as rows, so the queue can filter by code (and the
    reports count them). Only flags with evidence get a row; model-only suspicions do not."""

    __tablename__ = "classification_flags"
    __table_args__ = (Index("ix_classification_flags_code", "code", "classification_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    classification_id: Mapped[int] = mapped_column(ForeignKey("classifications.id"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    score: Mapped[float] = mapped_column(Float)

    classification: Mapped[Classification] = relationship(back_populates="flags")


class ReviewCase(Base):
    __tablename__ = "review_cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    advert_id: Mapped[int] = mapped_column(ForeignKey("adverts.id"), unique=True)
    status: Mapped[CaseStatus] = mapped_column(
        Enum(CaseStatus, native_enum=False, length=20), default=CaseStatus.new, index=True
    )
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    decision: Mapped[str] = mapped_column(String(40), default="")  # escalated_police | ...
    reason: Mapped[str] = mapped_column(Text, default="")
    external_ref: Mapped[str] = mapped_column(String(200), default="")
    opened_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    decided_at: Mapped[dt.datetime | None] = mapped_column(index=True)

    advert: Mapped[Advert] = relationship()
    assignee: Mapped[User | None] = relationship()
    notes: Mapped[list[CaseNote]] = relationship(
        back_populates="case", order_by="CaseNote.created_at"
    )


class CaseNote(Base):
    __tablename__ = "case_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("review_cases.id"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    case: Mapped[ReviewCase] = relationship(back_populates="notes")
    author: Mapped[User | None] = relationship()


class AuditLog(Base):
    """Append-only: who did what, when, to what, with the state before and after.

    The application never updates or deletes a row; database triggers refuse it too.
    """

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_target", "target_type", "target_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    actor: Mapped[str] = mapped_column(String(100))  # username, "system", "cli", "citizen"
    action: Mapped[str] = mapped_column(String(60))
    target_type: Mapped[str] = mapped_column(String(40))
    target_id: Mapped[str] = mapped_column(String(60))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class ApiToken(Base):
    """A bearer token for the JSON API. Only its SHA-256 is stored; the token is shown once."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[dt.datetime | None]
    revoked_at: Mapped[dt.datetime | None]

    user: Mapped[User] = relationship()


class LoginAttempt(Base):
    """Recent sign-in attempts, to slow down password guessing (per username and per client)."""

    __tablename__ = "login_attempts"
    __table_args__ = (Index("ix_login_attempts_username_at", "username", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64))
    client: Mapped[str] = mapped_column(String(64), default="", index=True)  # hashed address
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    success: Mapped[bool] = mapped_column(Boolean, default=False)


class Agency(Base):
    """The register of licensed placement companies (P3MI / SIP3MI), imported from CSV."""

    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), index=True)  # folded, for matching
    licence_number: Mapped[str] = mapped_column(String(200), default="", index=True)
    address: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="active")  # active|revoked|suspended
    imported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class CitizenCheck(Base):
    """One citizen check, counted for statistics. Never its text, URL or the client's
    address: only what kind of input it was and the answer's band."""

    __tablename__ = "citizen_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    input_kind: Mapped[str] = mapped_column(String(10))  # text | url
    band: Mapped[str] = mapped_column(String(20))  # low | medium | high | not_an_advert | error
    region: Mapped[str] = mapped_column(String(100), default="")
    # web (the page and /api/check) | telegram | whatsapp (the chat bots)
    channel: Mapped[str] = mapped_column(String(20), default="web", server_default="web")


class Tip(Base):
    """An advert a citizen sent to the task force. The contact is kept only with consent."""

    __tablename__ = "tips"

    id: Mapped[int] = mapped_column(primary_key=True)
    advert_id: Mapped[int] = mapped_column(ForeignKey("adverts.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    region: Mapped[str] = mapped_column(String(100), default="")
    message: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str | None] = mapped_column(String(200))
    contact_consent: Mapped[bool] = mapped_column(Boolean, default=False)

    advert: Mapped[Advert] = relationship()


class AlertRule(Base):
    """What should be pushed to investigators, and where (managed by admins)."""

    __tablename__ = "alert_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    # score | red_flags | linked_case | tip
    trigger: Mapped[str] = mapped_column(String(20))
    min_score: Mapped[float | None] = mapped_column(Float)
    codes: Mapped[list[Any]] = mapped_column(default=list)  # red-flag codes (any of)
    link_kinds: Mapped[list[Any]] = mapped_column(default=list)  # phone, whatsapp, email, ...
    region: Mapped[str] = mapped_column(String(100), default="")
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"))
    channel: Mapped[str] = mapped_column(String(20))  # email | webhook
    target: Mapped[str] = mapped_column(Text)  # e-mail address(es) or webhook URL
    digest: Mapped[str] = mapped_column(String(10), default="none")  # none | hourly | daily
    secret: Mapped[str] = mapped_column(String(200), default="")  # webhook HMAC key
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Alert(Base):
    """The outbox: written in the same transaction as what caused it, delivered by a worker.
    One alert per advert per rule (unique), so a receiver sees each at most once."""

    __tablename__ = "alerts"
    __table_args__ = (UniqueConstraint("rule_id", "advert_id", name="uq_alerts_rule_advert"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rule_id: Mapped[int] = mapped_column(ForeignKey("alert_rules.id"), index=True)
    advert_id: Mapped[int] = mapped_column(ForeignKey("adverts.id"), index=True)
    idempotency_key: Mapped[str] = mapped_column(String(100), unique=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[dt.datetime | None]

    rule: Mapped[AlertRule] = relationship()
    advert: Mapped[Advert] = relationship()


class ValueObjection(Base):
    """A person's objection that a phone number, e-mail address or bank account is listed
    wrongly in the public "Cek nomor" answer (issue 23): a review task for investigators.
    An upheld objection takes the value's cases decided before it out of public answers
    (:mod:`store.services.numbers`); the evidence itself stays for investigators."""

    __tablename__ = "value_objections"
    __table_args__ = (Index("ix_value_objections_kind_value", "kind", "value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # phone | email | bank_account
    # The key: E.164 phone, lower-case e-mail, or the account's digits (any bank).
    value: Mapped[str] = mapped_column(String(300))
    shown_as: Mapped[str] = mapped_column(String(300), default="")  # as checked: "BCA 123..."
    contact: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    decided_at: Mapped[dt.datetime | None]
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decision_note: Mapped[str] = mapped_column(Text, default="")

    decided_by: Mapped[User | None] = relationship()


class NumberLookup(Base):
    """One "Cek nomor" look-up, counted for statistics: the kind of value and whether it had
    confirmed reports. Never the value itself, nor anything about who asked."""

    __tablename__ = "number_lookups"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    kind: Mapped[str] = mapped_column(String(20))  # phone | email | bank_account | invalid
    outcome: Mapped[str] = mapped_column(String(20))  # reported | none | invalid
    region: Mapped[str] = mapped_column(String(100), default="")


class BotUpdate(Base):
    """A message a chat bot received (Telegram update, WhatsApp message): the inbox, and the
    record that it was answered. One per platform and id (unique), so a redelivery is answered
    once. The sender is kept only as a keyed hash; the message (``payload``) only until it is
    processed, then erased."""

    __tablename__ = "bot_updates"
    __table_args__ = (
        UniqueConstraint("platform", "update_key", name="uq_bot_updates_platform_key"),
        Index("ix_bot_updates_chat_received", "chat_hash", "received_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(10))  # telegram | whatsapp
    update_key: Mapped[str] = mapped_column(String(200))  # update_id | WhatsApp message id
    chat_hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # pending | done | failed | dropped (over the rate limit, no notice)
    status: Mapped[str] = mapped_column(String(10), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    last_error: Mapped[str] = mapped_column(Text, default="")


class BotChat(Base):
    """What a bot remembers of one chat, keyed by the sender's hash: its language, whether a
    report is being confirmed, and the last advert answered (for "LAPOR", erased after
    ``WASPADA_BOT_REPORT_WINDOW_S``)."""

    __tablename__ = "bot_chats"
    __table_args__ = (UniqueConstraint("platform", "chat_hash", name="uq_bot_chats_platform_chat"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(10))
    chat_hash: Mapped[str] = mapped_column(String(64))
    lang: Mapped[str] = mapped_column(String(2), default="id")
    stage: Mapped[str] = mapped_column(String(20), default="")  # "" | confirm
    last_advert: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    last_advert_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    limit_notice_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class BotReply(Base):
    """The bots' outbox: a reply waiting to be sent, retried with backoff while the platform
    fails. The recipient and text are erased once it is sent (or given up)."""

    __tablename__ = "bot_replies"

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(10))
    chat_hash: Mapped[str] = mapped_column(String(64), index=True)
    update_id: Mapped[int | None] = mapped_column(ForeignKey("bot_updates.id"), index=True)
    recipient: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[dt.datetime | None]


class AdvertPicture(Base):
    """A picture an advert carries (a Telegram photo post, a citizen's tip with a flyer): its
    bytes are evidence in ``snapshots`` (SHA-256 like a page; a tip's without metadata), with
    the words read, where they start in the version's text (``text_offset``) and their boxes
    (``[start, end, page, left, top, width, height]`` per word, offsets into ``text``), and a
    perceptual hash that links adverts reusing the same flyer (``picture_buckets``)."""

    __tablename__ = "advert_pictures"

    id: Mapped[int] = mapped_column(primary_key=True)
    advert_id: Mapped[int] = mapped_column(ForeignKey("adverts.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("snapshots.id"))
    phash: Mapped[str] = mapped_column(String(16))
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    text_offset: Mapped[int] = mapped_column(Integer, default=0)
    boxes: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    snapshot: Mapped[Snapshot] = relationship()


class PictureBucket(Base):
    """The perceptual hash of a picture cut into bands (``store.services.pictures.bands``):
    pictures sharing a band are same-flyer candidates, found with one indexed lookup."""

    __tablename__ = "picture_buckets"
    __table_args__ = (Index("ix_picture_buckets_band_value", "band", "value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    picture_id: Mapped[int] = mapped_column(ForeignKey("advert_pictures.id"), index=True)
    advert_id: Mapped[int] = mapped_column(ForeignKey("adverts.id"), index=True)
    band: Mapped[int] = mapped_column(Integer)
    value: Mapped[int] = mapped_column(Integer)
