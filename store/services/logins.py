"""Sign-in with throttling against password guessing.

More than ``MAX_PER_USER`` failures for one username, or ``MAX_PER_CLIENT`` from one client,
within ``WINDOW`` refuse further tries until the window has passed. The client is stored only
as a salted hash of its address.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from store.db import transaction
from store.errors import PermissionDenied
from store.models import LoginAttempt, User, utcnow
from store.services import audit
from store.services.users import authenticate

WINDOW = dt.timedelta(minutes=15)
MAX_PER_USER = 5
MAX_PER_CLIENT = 20


class TooManyAttempts(PermissionDenied):
    pass


class BadCredentials(PermissionDenied):
    pass


def client_key(address: str, secret: str) -> str:
    return hashlib.sha256(f"{secret}:{address}".encode()).hexdigest()[:32]


def sign_in(factory: sessionmaker[Session], username: str, password: str, client: str) -> User:
    username = username.strip().lower()[:64]
    since = utcnow() - WINDOW
    with transaction(factory) as session:
        failures_user = session.scalar(
            select(func.count()).select_from(LoginAttempt).where(
                LoginAttempt.username == username, LoginAttempt.success.is_(False),
                LoginAttempt.at >= since)
        )  # fmt: skip
        failures_client = session.scalar(
            select(func.count()).select_from(LoginAttempt).where(
                LoginAttempt.client == client, LoginAttempt.success.is_(False),
                LoginAttempt.at >= since)
        )  # fmt: skip
        if (failures_user or 0) >= MAX_PER_USER or (failures_client or 0) >= MAX_PER_CLIENT:
            raise TooManyAttempts(
                "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit."
            )
        user = authenticate(session, username, password)
        session.add(LoginAttempt(username=username, client=client, success=user is not None))
        if user is not None:
            audit.record(session, actor=user, action="user.login", target_type="user",
                         target_id=user.id)  # fmt: skip
    if user is None:
        raise BadCredentials("Nama pengguna atau kata sandi salah.")
    return user
