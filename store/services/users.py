"""User accounts: creation and password checks (argon2id)."""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.db import transaction
from store.errors import Conflict, InvalidInput
from store.models import Role, User
from store.services import audit

_hasher = PasswordHasher()
USERNAME_RE = re.compile(r"^[a-z0-9_.-]{3,64}$")
MIN_PASSWORD_LENGTH = 10


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def add_user(
    factory: sessionmaker[Session],
    *,
    username: str,
    password: str,
    role: Role | str,
    full_name: str = "",
    actor: User | str = "cli",
) -> User:
    """Create an account. Refuses weak passwords, bad usernames and duplicates."""
    username = username.strip().lower()
    if not USERNAME_RE.match(username):
        raise InvalidInput(
            f"username must be 3-64 characters of a-z, 0-9, '.', '_' or '-' (got {username!r})"
        )
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(f"password must be at least {MIN_PASSWORD_LENGTH} characters long")
    try:
        role = Role(role)
    except ValueError:
        choices = ", ".join(r.value for r in Role)
        raise InvalidInput(f"role must be one of: {choices} (got {role!r})") from None
    with transaction(factory) as session:
        if session.scalar(select(User).where(User.username == username)) is not None:
            raise Conflict(f"user {username!r} already exists")
        user = User(
            username=username,
            full_name=full_name,
            password_hash=hash_password(password),
            role=role,
        )
        session.add(user)
        session.flush()
        audit.record(
            session,
            actor=actor,
            action="user.create",
            target_type="user",
            target_id=user.id,
            after={"username": username, "role": role.value, "full_name": full_name},
        )
    return user


def authenticate(session: Session, username: str, password: str) -> User | None:
    """The active user with these credentials, or None. Always hashes, to keep timing flat."""
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None or not user.active:
        verify_password(_DUMMY_HASH, password)
        return None
    return user if verify_password(user.password_hash, password) else None


_DUMMY_HASH = _hasher.hash("not-a-real-password")
