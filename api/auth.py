"""Who is asking: a session cookie (web UI) or a bearer token (JSON API), roles, and CSRF.

Dependencies as short aliases: ``CurrentUser`` (any signed-in role), ``Investigator``
(investigator or admin), ``Admin``; ``CsrfChecked`` guards every form POST from the UI.
"""

from __future__ import annotations

import hmac
import secrets
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from api.deps import SessionDep
from api.errors import Forbidden, NotAuthenticated
from store.models import Role, User
from store.services.tokens import user_for_token

SESSION_USER = "user_id"
SESSION_VERSION = "session_version"  # User.session_version at sign-in; raised to end sessions
SESSION_CSRF = "csrf"


def bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def current_user(request: Request, session: SessionDep) -> User:
    token = bearer_token(request)
    if token is not None:
        user = user_for_token(session, token)
        if user is None:
            raise NotAuthenticated()
        request.state.via_token = True
        return user
    user_id = request.session.get(SESSION_USER)
    user = session.get(User, user_id) if user_id else None
    # A signed cookie cannot be taken back from the browser that saved it; the version in it
    # can stop matching (logout, new password, deactivation end every session of the user).
    if (
        user is None
        or not user.active
        or request.session.get(SESSION_VERSION) != user.session_version
    ):
        raise NotAuthenticated()
    request.state.via_token = False
    return user


CurrentUser = Annotated[User, Depends(current_user)]


def require_role(*roles: Role) -> object:
    def check(user: CurrentUser) -> User:
        if user.role not in roles:
            raise Forbidden("Peran Anda (" + user.role.value + ") tidak mengizinkan tindakan ini.")
        return user

    return check


Investigator = Annotated[User, Depends(require_role(Role.investigator, Role.admin))]
Admin = Annotated[User, Depends(require_role(Role.admin))]


def csrf_token(request: Request) -> str:
    """The session's CSRF token (created on first use); templates put it in every form."""
    token = request.session.get(SESSION_CSRF)
    if not token:
        token = secrets.token_urlsafe(32)
        request.session[SESSION_CSRF] = token
    return str(token)


async def check_csrf(request: Request) -> None:
    """Refuse a state-changing request from the browser without the session's token.
    Calls authenticated with a bearer token carry no cookie, so they need none."""
    if request.method in {"GET", "HEAD", "OPTIONS"} or bearer_token(request):
        return
    expected = request.session.get(SESSION_CSRF)
    sent = request.headers.get("x-csrf-token")
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get("csrf_token")
        sent = value if isinstance(value, str) else None
    if not expected or not sent or not hmac.compare_digest(str(expected), sent):
        raise Forbidden(
            "Formulir kedaluwarsa atau tidak sah (CSRF). Muat ulang halaman lalu coba lagi."
        )


CsrfChecked = Depends(check_csrf)


def sign_in_session(request: Request, user: User) -> None:
    request.session.clear()  # a new session on sign-in (no fixation)
    request.session[SESSION_USER] = user.id
    request.session[SESSION_VERSION] = user.session_version
    request.session[SESSION_CSRF] = secrets.token_urlsafe(32)


def optional_user(request: Request, session: Session) -> User | None:
    try:
        return current_user(request, session)
    except NotAuthenticated:
        return None
