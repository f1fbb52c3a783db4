"""Accounts, for admins: who can sign in, and ending access. ``GET /users`` (page) and
``GET /api/users``; deactivate a user (``POST /users/{name}/deactivate``, JSON
``POST /api/users/{name}/deactivate``), which ends every session and token of theirs; list a
user's tokens (``GET /api/users/{name}/tokens``) and revoke one (``POST /tokens/{id}/revoke``,
JSON ``POST /api/tokens/{id}/revoke``). Accounts are never deleted: the audit log names them.
The same from the shell: ``waspada user deactivate`` and ``waspada user token revoke``."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel

from api.auth import Admin, CsrfChecked
from api.deps import IdPath, SessionDep, StateDep
from api.errors import ErrorBody
from api.investigator.pages import error_status, render
from store.errors import StoreError
from store.models import ApiToken, User
from store.services import tokens, users

router = APIRouter(tags=["users"])
Username = Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")


class Account(BaseModel):
    username: str
    full_name: str
    role: str
    active: bool


class Token(BaseModel):
    id: int
    name: str
    created_at: dt.datetime
    last_used_at: dt.datetime | None
    revoked_at: dt.datetime | None


class Ended(BaseModel):
    username: str
    active: bool
    tokens_revoked: int


def _account(user: User) -> Account:
    return Account(
        username=user.username, full_name=user.full_name, role=user.role.value, active=user.active
    )


def _token(row: ApiToken) -> Token:
    return Token(
        id=row.id,
        name=row.name,
        created_at=row.created_at,
        last_used_at=row.last_used_at,
        revoked_at=row.revoked_at,
    )


@router.get("/api/users", response_model=list[Account], summary="Every account")
def users_api(user: Admin, session: SessionDep) -> list[Account]:
    return [_account(u) for u in users.list_users(session)]


@router.post(
    "/api/users/{username}/deactivate",
    response_model=Ended,
    summary="Deactivate an account: it cannot sign in; its sessions and tokens end",
    responses={
        409: {
            "model": ErrorBody,
            "description": "The account is your own: an admin cannot deactivate themself "
            "(another admin can).",
        },
        404: {"model": ErrorBody, "description": "No account of that name."},
    },
)
def deactivate_api(
    user: Admin, state: StateDep, username: str = Username, _csrf: None = CsrfChecked
) -> Ended:
    revoked = users.deactivate_user(state.sessions, username, user)
    return Ended(username=username.lower(), active=False, tokens_revoked=revoked)


@router.get("/api/users/{username}/tokens", response_model=list[Token], summary="A user's tokens")
def tokens_api(user: Admin, session: SessionDep, username: str = Username) -> list[Token]:
    return [_token(t) for t in tokens.list_tokens(session, username)]


@router.post("/api/tokens/{token_id}/revoke", status_code=204, summary="Revoke one bearer token")
def revoke_api(token_id: IdPath, user: Admin, state: StateDep, _csrf: None = CsrfChecked) -> None:
    tokens.revoke_token(state.sessions, token_id, user)


def _html(request: Request, session: SessionDep, user: User, **extra: object) -> Response:
    status = int(str(extra.pop("status", 200)))
    accounts = users.list_users(session)
    context = {
        "accounts": accounts,
        "tokens": {a.username: tokens.list_tokens(session, a.username) for a in accounts},
        **extra,
    }
    return render(request, "investigator/users.html", user, context, status=status)


@router.get("/users", response_class=HTMLResponse, include_in_schema=False)
def users_page(request: Request, user: Admin, session: SessionDep) -> Response:
    return _html(request, session, user, done=request.query_params.get("done", ""))


@router.post("/users/{username}/deactivate", include_in_schema=False)
def deactivate_form(
    request: Request,
    user: Admin,
    session: SessionDep,
    state: StateDep,
    username: str = Username,
    _csrf: None = CsrfChecked,
) -> Response:
    try:
        users.deactivate_user(state.sessions, username, user)
    except StoreError as exc:
        return _html(request, session, user, error=str(exc), status=error_status(exc))
    return RedirectResponse(f"/users?done={username.lower()}", status_code=303)


@router.post("/tokens/{token_id}/revoke", include_in_schema=False)
def revoke_form(
    token_id: IdPath,
    request: Request,
    user: Admin,
    session: SessionDep,
    state: StateDep,
    _csrf: None = CsrfChecked,
) -> Response:
    try:
        tokens.revoke_token(state.sessions, token_id, user)
    except StoreError as exc:
        return _html(request, session, user, error=str(exc), status=error_status(exc))
    return RedirectResponse(f"/users?done=token-{token_id}", status_code=303)
