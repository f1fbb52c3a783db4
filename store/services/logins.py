"""Sign-in with throttling against password guessing.

Failures are counted per username *and* client address, so a stranger who types wrong
passwords locks out only their own address, never the user: ``MAX_PER_PAIR`` failures for one
username from one client within ``PAIR_WINDOW`` refuse that client for that user, and
``MAX_PER_CLIENT`` failures from one client (any usernames) within ``CLIENT_WINDOW`` refuse the
client. There is deliberately no lock for a username from every address: it would let anyone
lock anyone out (argon2id makes each guess slow, and the per-client limits bound a guesser).
The client is stored only as a salted hash of its address.

The count and the attempt are serialised, so requests sent at once cannot all be counted as
allowed: each attempt is first written as a failure, under a lock (PostgreSQL: advisory locks on
the username and the client; SQLite: the insert takes the database's one write lock until the
commit), and counted with the failures before it; only then is the password checked (outside
the lock, argon2 is slow), and a right one turns the attempt into a success.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from store.db import transaction
from store.errors import PermissionDenied
from store.models import LoginAttempt, User, utcnow
from store.services import audit
from store.services.users import authenticate

PAIR_WINDOW = dt.timedelta(hours=1)
MAX_PER_PAIR = 5
CLIENT_WINDOW = dt.timedelta(minutes=15)
MAX_PER_CLIENT = 20


class TooManyAttempts(PermissionDenied):
    pass


class BadCredentials(PermissionDenied):
    pass


def client_key(address: str, secret: str) -> str:
    return hashlib.sha256(f"{secret}:{address}".encode()).hexdigest()[:32]


def _serialise(session: Session, *keys: str) -> None:
    """Hold a lock per key until the transaction ends (PostgreSQL). SQLite needs none: the
    first write of a transaction takes its single write lock."""
    if session.get_bind().dialect.name == "postgresql":
        for key in sorted(keys):  # one order everywhere, so two requests never deadlock
            session.execute(
                text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))"),
                {"key": f"waspada.login:{key}"},
            )


def _failures(session: Session, since: dt.datetime, before_id: int, **match: str) -> int:
    query = select(func.count()).select_from(LoginAttempt).where(
        LoginAttempt.success.is_(False), LoginAttempt.at >= since, LoginAttempt.id < before_id,
        *(getattr(LoginAttempt, column) == value for column, value in match.items()))  # fmt: skip
    return session.scalar(query) or 0


def _record_attempt(factory: sessionmaker[Session], username: str, client: str) -> int | None:
    """Write the attempt as a failure; its id, or None when the client must wait."""
    now = utcnow()
    with transaction(factory) as session:
        _serialise(session, f"user:{username}", f"client:{client}")
        attempt = LoginAttempt(username=username, client=client, at=now, success=False)
        session.add(attempt)
        session.flush()
        pair = _failures(session, now - PAIR_WINDOW, attempt.id, username=username, client=client)
        by_client = _failures(session, now - CLIENT_WINDOW, attempt.id, client=client)
        if pair >= MAX_PER_PAIR or by_client >= MAX_PER_CLIENT:
            return None  # the refused attempt stays counted: hammering keeps the lock on
        return attempt.id


def sign_in(factory: sessionmaker[Session], username: str, password: str, client: str) -> User:
    username = username.strip().lower()[:64]
    attempt_id = _record_attempt(factory, username, client)
    if attempt_id is None:
        raise TooManyAttempts(
            "Terlalu banyak percobaan masuk yang gagal dari perangkat ini. Coba lagi nanti, "
            "atau minta admin mengatur ulang kata sandi Anda."
        )
    with transaction(factory) as session:
        user = authenticate(session, username, password)
        if user is not None:
            attempt = session.get(LoginAttempt, attempt_id)
            assert attempt is not None
            attempt.success = True
            audit.record(session, actor=user, action="user.login", target_type="user",
                         target_id=user.id)  # fmt: skip
    if user is None:
        raise BadCredentials("Nama pengguna atau kata sandi salah.")
    return user
