"""Bearer tokens for the JSON API. Only a SHA-256 of each token is stored."""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.db import transaction
from store.errors import NotFound
from store.models import ApiToken, User, utcnow
from store.services import audit

PREFIX = "wsp_"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(factory: sessionmaker[Session], username: str, name: str = "") -> str:
    """A new token for ``username``; the plaintext is returned once and never stored."""
    token = PREFIX + secrets.token_urlsafe(32)
    with transaction(factory) as session:
        user = session.scalar(select(User).where(User.username == username.strip().lower()))
        if user is None:
            raise NotFound(f"no user named {username!r}")
        row = ApiToken(user_id=user.id, name=name, token_sha256=_digest(token))
        session.add(row)
        session.flush()
        audit.record(session, actor=user, action="token.create", target_type="api_token",
                     target_id=row.id, after={"name": name})  # fmt: skip
    return token


def user_for_token(session: Session, token: str) -> User | None:
    """The active user a token belongs to (and note when it was last used), or None."""
    if not token.startswith(PREFIX):
        return None
    row = session.scalar(
        select(ApiToken).where(
            ApiToken.token_sha256 == _digest(token), ApiToken.revoked_at.is_(None)
        )
    )
    if row is None or not row.user.active:
        return None
    row.last_used_at = utcnow()
    session.commit()
    return row.user


def revoke_token(factory: sessionmaker[Session], token_id: int, actor: User | str) -> None:
    with transaction(factory) as session:
        row = session.get(ApiToken, token_id)
        if row is None:
            raise NotFound(f"no token with id {token_id}")
        row.revoked_at = utcnow()
        audit.record(session, actor=actor, action="token.revoke", target_type="api_token",
                     target_id=token_id)  # fmt: skip


def list_tokens(session: Session, username: str) -> list[ApiToken]:
    """A user's tokens, newest first (revoked ones too: when and which was used is evidence)."""
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None:
        raise NotFound(f"Pengguna '{username}' tidak ada.")
    return list(
        session.scalars(
            select(ApiToken).where(ApiToken.user_id == user.id).order_by(ApiToken.id.desc())
        )
    )
