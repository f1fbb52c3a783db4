"""User accounts: creation, password checks (argon2id), new passwords and deactivation, and
ending every session and token of a user."""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.db import transaction
from store.errors import Conflict, InvalidInput, NotFound
from store.models import ApiToken, Role, User, utcnow
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


def _user_named(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None:
        raise NotFound(f"Pengguna '{username}' tidak ada.")
    return user


def _end_everything(session: Session, user: User) -> int:
    """End every session of ``user`` and revoke every token; the number of tokens revoked."""
    user.session_version += 1
    tokens = session.scalars(
        select(ApiToken).where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None))
    ).all()
    for token in tokens:
        token.revoked_at = utcnow()
    return len(tokens)


def end_sessions(factory: sessionmaker[Session], user_id: int) -> None:
    """Sign the user out everywhere (logout): every session cookie of theirs stops working.
    Bearer tokens stay: they belong to scripts, and are revoked one by one or with the user."""
    with transaction(factory) as session:
        user = session.get(User, user_id)
        if user is not None:
            user.session_version += 1


def deactivate_user(factory: sessionmaker[Session], username: str, actor: User | str) -> int:
    """Deactivate an account: it cannot sign in, and every session and token of it ends
    (returns how many tokens were revoked). Accounts are never deleted: the audit log names
    them."""
    with transaction(factory) as session:
        user = _user_named(session, username)
        if isinstance(actor, User) and actor.id == user.id:
            # A conflict with who is asking (409), not a malformed request: the same call by
            # another admin would succeed.
            raise Conflict("Anda tidak dapat menonaktifkan akun Anda sendiri.")
        was_active = user.active
        user.active = False
        revoked = _end_everything(session, user)
        audit.record(session, actor=actor, action="user.deactivate", target_type="user",
                     target_id=user.id, before={"active": was_active},
                     after={"active": False, "tokens_revoked": revoked})  # fmt: skip
    return revoked


def set_password(
    factory: sessionmaker[Session], username: str, password: str, actor: User | str
) -> None:
    """A new password; every session and token of the user ends with the old one."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(f"password must be at least {MIN_PASSWORD_LENGTH} characters long")
    with transaction(factory) as session:
        user = _user_named(session, username)
        user.password_hash = hash_password(password)
        revoked = _end_everything(session, user)
        audit.record(session, actor=actor, action="user.password", target_type="user",
                     target_id=user.id, after={"tokens_revoked": revoked})  # fmt: skip


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.username)))
