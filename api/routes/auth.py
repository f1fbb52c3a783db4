"""Sign in and out of the web UI; who am I for the API."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel

from api.auth import CsrfChecked, CurrentUser, optional_user, sign_in_session
from api.deps import SessionDep, StateDep
from api.templating import templates
from store.errors import PermissionDenied
from store.services.logins import PAIR_WINDOW, TooManyAttempts, client_key, sign_in
from store.services.users import end_sessions

router = APIRouter(tags=["access"])


class Me(BaseModel):
    id: int
    username: str
    full_name: str
    role: str


def _safe_next(target: str) -> str:
    # Only paths on this site: an open redirect would help phishing.
    return target if target.startswith("/") and not target.startswith("//") else "/queue"


@router.get("/login", response_class=HTMLResponse, summary="Sign-in page", include_in_schema=False)
def login_page(request: Request, next: str = "/queue") -> Response:
    return templates.TemplateResponse(
        request, "investigator/login.html", {"user": None, "next": _safe_next(next), "error": ""}
    )


@router.post("/login", include_in_schema=False, dependencies=[CsrfChecked])
def login(
    request: Request,
    state: StateDep,
    username: Annotated[str, Form()],
    password: Annotated[str, Form()],
    next: Annotated[str, Form()] = "/queue",
) -> Response:
    client = client_key(request.client.host if request.client else "", state.settings.secret_key)
    try:
        user = sign_in(state.sessions, username, password, client)
    except PermissionDenied as exc:
        context = {"user": None, "next": _safe_next(next), "error": str(exc), "username": username}
        throttled = isinstance(exc, TooManyAttempts)
        page = templates.TemplateResponse(
            request, "investigator/login.html", context, status_code=429 if throttled else 401
        )
        if throttled:  # at the latest when the oldest counted failure leaves the window
            page.headers["Retry-After"] = str(int(PAIR_WINDOW.total_seconds()))
        return page
    sign_in_session(request, user)
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout", include_in_schema=False, dependencies=[CsrfChecked])
def logout(request: Request, state: StateDep, session: SessionDep) -> Response:
    """Signs the user out everywhere: a copy of this cookie (another browser, a saved file)
    stops working too. Their API tokens stay (scripts use them; an admin revokes them)."""
    user = optional_user(request, session)
    request.session.clear()
    if user is not None:
        end_sessions(state.sessions, user.id)
    return RedirectResponse("/login", status_code=303)


@router.get("/api/me", response_model=Me, summary="The signed-in user")
def me(user: CurrentUser) -> Me:
    return Me(id=user.id, username=user.username, full_name=user.full_name, role=user.role.value)
