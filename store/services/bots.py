"""What the chat bots write: the inbox of received messages, a little state per chat, and the
outbox of replies (the conversation itself is in :mod:`bots`).

- **Inbox** (``bot_updates``): one row per platform and message id (unique), written by the
  webhook in one short transaction, so a platform's redelivery is stored, and answered, once.
  The message waits in ``payload`` until it is processed, then it is erased.
- **Claims**: a worker reserves due rows with one ``UPDATE ... WHERE id IN (SELECT ... FOR
  UPDATE SKIP LOCKED) RETURNING`` (PostgreSQL; on SQLite the statement runs under the single
  write lock), as the alerts' outbox does. Only the oldest pending row of a chat can be claimed,
  so a chat's messages are processed, and its replies sent, in order, even by several workers.
- **Outbox** (``bot_replies``): written in the same transaction that marks the message done,
  with the chat's new state and the check's anonymous count; sent later, retried with backoff.
  Recipient and text are erased once the reply is sent or given up.

Senders are known only by a keyed hash (``chat_hash``, made by the caller); the address to
reply to is held in the pending rows only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, delete, exists, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, aliased, sessionmaker

from store.db import transaction
from store.models import BotChat, BotReply, BotUpdate, CitizenCheck, Tip, utcnow

PLATFORMS = ("telegram", "whatsapp")
# Received messages are remembered (without content) this long, so a redelivery within it is
# recognised; WhatsApp retries a delivery for up to 7 days, so older messages are refused as
# stale by the webhook (STALE) rather than risk answering them twice.
RETENTION = dt.timedelta(days=8)
STALE = dt.timedelta(days=7)
# A claimed row is reserved this long; a check takes seconds (a link: at most the fetch's 10 s
# plus the classifier's 60 s timeout), so a worker that died frees its rows after this.
LEASE = dt.timedelta(minutes=5)
MAX_ERROR_CHARS = 500


@dataclass(frozen=True)
class Incoming:
    """One received message as the webhook hands it over (already verified and parsed)."""

    platform: str
    key: str  # Telegram update_id, WhatsApp message id
    chat_hash: str
    payload: dict[str, Any]  # what processing needs (bots.inbound.Inbound.to_payload)


@dataclass(frozen=True)
class Window:
    """A rate limit: ``amount`` messages per ``seconds``."""

    amount: int
    seconds: int


@dataclass
class Received:
    new: int = 0
    duplicates: int = 0
    limited: int = 0


def _insert(session: Session, model: Any) -> Any:
    """An INSERT that can do nothing on a unique conflict, for this database."""
    dialect = session.get_bind().dialect.name
    module = postgresql if dialect == "postgresql" else sqlite
    return module.insert(model)


def _chat(session: Session, platform: str, chat_hash: str, now: dt.datetime) -> BotChat:
    """The chat's row, made if missing. The webhook (a rate-limit notice) and a worker (an
    answer) may make it at the same moment: the unique constraint decides, without an error."""
    where = (BotChat.platform == platform, BotChat.chat_hash == chat_hash)
    chat = session.scalar(select(BotChat).where(*where))
    if chat is None:
        values = {"platform": platform, "chat_hash": chat_hash, "lang": "id", "stage": "",
                  "created_at": now, "last_seen_at": now}  # fmt: skip
        session.execute(
            _insert(session, BotChat)
            .values(**values)
            .on_conflict_do_nothing(index_elements=["platform", "chat_hash"])
        )
        chat = session.scalars(select(BotChat).where(*where)).one()
    return chat


def _over_limit(
    session: Session, item: Incoming, windows: Sequence[Window], now: dt.datetime
) -> Window | None:
    for window in windows:
        since = now - dt.timedelta(seconds=window.seconds)
        seen = session.scalar(
            select(func.count(BotUpdate.id)).where(
                BotUpdate.platform == item.platform,
                BotUpdate.chat_hash == item.chat_hash,
                BotUpdate.received_at >= since,
            )
        )
        if int(seen or 0) >= window.amount:
            return window
    return None


def receive(
    factory: sessionmaker[Session],
    items: Sequence[Incoming],
    *,
    windows: Sequence[Window] = (),
    now: dt.datetime | None = None,
) -> Received:
    """Store what a webhook delivered, in one transaction: new messages as pending; a message
    id already stored is a duplicate and changes nothing. A sender past a rate limit gets one
    pending notice per window (its text is not kept); further messages are recorded as
    ``dropped`` (no content), so they still count against the limit."""
    now = now or utcnow()
    report = Received()
    with transaction(factory) as session:
        for item in items:
            if item.platform not in PLATFORMS:
                raise ValueError(f"unknown platform {item.platform!r}")
            known = session.scalar(
                select(BotUpdate.id).where(
                    BotUpdate.platform == item.platform, BotUpdate.update_key == item.key
                )
            )
            if known is not None:
                report.duplicates += 1
                continue
            status, payload = "pending", item.payload
            hit = _over_limit(session, item, windows, now)
            if hit is not None:
                report.limited += 1
                chat = _chat(session, item.platform, item.chat_hash, now)
                window = dt.timedelta(seconds=hit.seconds)
                if chat.limit_notice_at is None or chat.limit_notice_at <= now - window:
                    chat.limit_notice_at = now
                    payload = {"kind": "limited", "chat": item.payload.get("chat", "")}
                else:
                    status, payload = "dropped", {}
            values = {
                "platform": item.platform,
                "update_key": item.key[:200],
                "chat_hash": item.chat_hash,
                "received_at": now,
                "status": status,
                "attempts": 0,
                "next_attempt_at": now,
                "payload": payload,
                "last_error": "",
            }
            # Two deliveries of one message at the same moment: the unique constraint decides,
            # and the second insert does nothing (no error, no second answer).
            stmt = (
                _insert(session, BotUpdate)
                .values(**values)
                .on_conflict_do_nothing(index_elements=["platform", "update_key"])
            )
            if session.execute(stmt.returning(BotUpdate.id)).first() is None:
                report.duplicates += 1
            else:
                report.new += 1
    return report


def _claim(factory: sessionmaker[Session], model: Any, now: dt.datetime, limit: int) -> list[int]:
    """Reserve up to ``limit`` due rows of ``model`` (the oldest pending one of each chat)."""
    earlier = aliased(model)
    with transaction(factory) as session:
        due = (
            select(model.id)
            .where(
                model.status == "pending",
                model.next_attempt_at <= now,
                ~exists().where(
                    and_(
                        earlier.platform == model.platform,
                        earlier.chat_hash == model.chat_hash,
                        earlier.status == "pending",
                        earlier.id < model.id,
                    )
                ),
            )
            .order_by(model.id)
            .limit(limit)
        )
        if session.get_bind().dialect.name == "postgresql":
            due = due.with_for_update(of=model, skip_locked=True)
        claimed = session.scalars(
            update(model)
            .where(model.id.in_(due.scalar_subquery()))
            .values(next_attempt_at=now + LEASE)
            .returning(model.id)
            .execution_options(synchronize_session=False)
        )
        return sorted(claimed)


def claim_updates(factory: sessionmaker[Session], now: dt.datetime, limit: int = 16) -> list[int]:
    return _claim(factory, BotUpdate, now, limit)


def claim_replies(factory: sessionmaker[Session], now: dt.datetime, limit: int = 16) -> list[int]:
    return _claim(factory, BotReply, now, limit)


@dataclass
class ChatState:
    """What the conversation needs to know of a chat before answering."""

    is_new: bool = True
    lang: str = "id"
    stage: str = ""
    last_advert: dict[str, Any] | None = None  # {"kind": "text"|"url", "value": ...}


@dataclass
class Claimed:
    id: int
    platform: str
    chat_hash: str
    payload: dict[str, Any]
    attempts: int
    chat: ChatState = field(default_factory=ChatState)


def load_update(
    factory: sessionmaker[Session], update_id: int, *, report_window: dt.timedelta, now: dt.datetime
) -> Claimed | None:
    """A claimed message with its chat's state (an advert older than the window is forgotten)."""
    with factory() as session:
        row = session.get(BotUpdate, update_id)
        if row is None or row.status != "pending":
            return None
        chat = session.scalar(
            select(BotChat).where(
                BotChat.platform == row.platform, BotChat.chat_hash == row.chat_hash
            )
        )
        state = ChatState()
        if chat is not None:
            fresh = chat.last_advert_at is not None and chat.last_advert_at > now - report_window
            state = ChatState(
                is_new=False,
                lang=chat.lang,
                stage=chat.stage if fresh else "",
                last_advert=chat.last_advert if fresh else None,
            )
        return Claimed(row.id, row.platform, row.chat_hash, dict(row.payload), row.attempts, state)


KEEP = object()  # "leave the chat's last advert as it is"


@dataclass
class Outcome:
    """What answering one message changes: the replies (in order), the chat's new state, and
    the check's anonymous count (input kind and band) when a check was made."""

    replies: list[str]
    lang: str
    stage: str = ""
    last_advert: Any = KEEP  # a dict, None (forget it) or KEEP
    count: tuple[str, str] | None = None


def finish_update(
    factory: sessionmaker[Session],
    claimed: Claimed,
    outcome: Outcome,
    *,
    region: str,
    now: dt.datetime | None = None,
    status: str = "done",
    error: str = "",
) -> None:
    """In one transaction: the replies into the outbox, the chat's state, the count, and the
    message marked done with its content erased."""
    now = now or utcnow()
    recipient = str(claimed.payload.get("chat", ""))
    with transaction(factory) as session:
        row = session.get(BotUpdate, claimed.id)
        if row is None or row.status != "pending":
            return  # another worker finished it after this one's lease ran out
        chat = _chat(session, claimed.platform, claimed.chat_hash, now)
        chat.lang = outcome.lang
        chat.stage = outcome.stage
        chat.last_seen_at = now
        if outcome.last_advert is not KEEP:
            chat.last_advert = outcome.last_advert
            chat.last_advert_at = now if outcome.last_advert is not None else None
        for body in outcome.replies:
            session.add(
                BotReply(
                    platform=claimed.platform,
                    chat_hash=claimed.chat_hash,
                    update_id=row.id,
                    recipient=recipient,
                    body=body,
                    next_attempt_at=now,
                    created_at=now,
                )
            )
        if outcome.count is not None:
            kind, band = outcome.count
            session.add(
                CitizenCheck(
                    input_kind=kind, band=band, region=region[:100], at=now,
                    channel=claimed.platform,
                )
            )  # fmt: skip
        row.status = status
        row.attempts += 1
        row.payload = {}
        row.last_error = error[:MAX_ERROR_CHARS]


def retry_update(
    factory: sessionmaker[Session], update_id: int, error: str, next_attempt_at: dt.datetime
) -> None:
    """Processing failed (the classifier is down, say): try again later; the message stays."""
    with transaction(factory) as session:
        row = session.get(BotUpdate, update_id)
        if row is None or row.status != "pending":
            return
        row.attempts += 1
        row.last_error = error[:MAX_ERROR_CHARS]
        row.next_attempt_at = next_attempt_at


def tip_sent_with(factory: sessionmaker[Session], message: str) -> int | None:
    """The tip whose message is exactly ``message`` (a bot tip names the message it answers,
    so a message processed twice after a crash does not send its tip twice)."""
    with factory() as session:
        return session.scalar(select(Tip.id).where(Tip.message == message).limit(1))


@dataclass
class Reply:
    id: int
    platform: str
    recipient: str
    body: str
    attempts: int


def load_replies(factory: sessionmaker[Session], ids: Sequence[int]) -> list[Reply]:
    with factory() as session:
        rows = session.scalars(select(BotReply).where(BotReply.id.in_(ids)).order_by(BotReply.id))
        return [Reply(r.id, r.platform, r.recipient, r.body, r.attempts) for r in rows]


def record_reply(
    factory: sessionmaker[Session],
    reply_id: int,
    *,
    error: str | None,
    retry_at: dt.datetime | None,
    now: dt.datetime | None = None,
) -> str:
    """Record one send: ``error`` None is sent; with ``retry_at`` it is tried again then,
    without it the reply is given up (failed). Returns the new status."""
    now = now or utcnow()
    with transaction(factory) as session:
        row = session.get(BotReply, reply_id)
        if row is None:
            return "missing"
        row.attempts += 1
        if error is None:
            row.status, row.sent_at, row.last_error = "sent", now, ""
        else:
            row.last_error = error[:MAX_ERROR_CHARS]
            if retry_at is not None:
                row.next_attempt_at = retry_at
                return row.status
            row.status = "failed"
        # Sent or given up: the address and the words are not needed any more.
        row.recipient, row.body = "", ""
        return row.status


@dataclass
class Swept:
    updates: int = 0
    replies: int = 0
    adverts_forgotten: int = 0


def sweep(
    factory: sessionmaker[Session], *, report_window: dt.timedelta, now: dt.datetime | None = None
) -> Swept:
    """Forget what is no longer needed: adverts kept for "LAPOR" past the window, and received
    messages and replies (already without content) past the redelivery window."""
    now = now or utcnow()
    cutoff = now - RETENTION
    swept = Swept()
    with transaction(factory) as session:
        swept.adverts_forgotten = session.execute(
            update(BotChat)
            .where(
                BotChat.last_advert_at.is_not(None), BotChat.last_advert_at <= now - report_window
            )
            .values(last_advert=None, last_advert_at=None, stage="")
            .execution_options(synchronize_session=False)
        ).rowcount  # type: ignore[attr-defined]
        swept.replies = session.execute(
            delete(BotReply)
            .where(BotReply.status != "pending", BotReply.created_at < cutoff)
            .execution_options(synchronize_session=False)
        ).rowcount  # type: ignore[attr-defined]
        still_referenced = select(BotReply.update_id).where(BotReply.update_id.is_not(None))
        swept.updates = session.execute(
            delete(BotUpdate)
            .where(
                BotUpdate.status != "pending",
                BotUpdate.received_at < cutoff,
                BotUpdate.id.not_in(still_referenced),
            )
            .execution_options(synchronize_session=False)
        ).rowcount  # type: ignore[attr-defined]
    return swept


def backlog(factory: sessionmaker[Session]) -> dict[str, dict[str, int]]:
    """How many received messages and replies there are per platform and status (no content),
    for ``waspada bots status``."""
    out: dict[str, dict[str, int]] = {}
    with factory() as session:
        for name, model in (("messages", BotUpdate), ("replies", BotReply)):
            rows = session.execute(
                select(model.platform, model.status, func.count(model.id)).group_by(
                    model.platform, model.status
                )
            )
            for platform, status, n in rows:
                out.setdefault(f"{platform} {name}", {})[status] = int(n)
    return out
