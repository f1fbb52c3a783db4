"""The one place where domain errors become HTTP responses.

JSON for API calls (``/api/...`` or clients that do not accept HTML) with a message that says
what to fix; a small Indonesian HTML page for browsers. Services never raise HTTP errors.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from store.errors import Conflict, InvalidInput, NotFound, PermissionDenied, StoreError


class NotAuthenticated(Exception):
    """No valid session cookie or bearer token."""


class Forbidden(Exception):
    """Signed in, but the role does not allow this."""


STATUS: list[tuple[type[Exception], int]] = [
    (NotFound, 404),
    (Conflict, 409),
    (InvalidInput, 422),
    (PermissionDenied, 403),
    (StoreError, 400),
]


class ErrorBody(BaseModel):
    """Every error of the JSON API (the citizens' check documents its own, richer body)."""

    detail: str = Field(description="What went wrong and what to fix, in words.")


def _documented(description: str) -> dict[str, Any]:
    # Pages answer errors in HTML to browsers and in JSON to everything else (wants_html).
    json_body = {"schema": {"$ref": "#/components/schemas/ErrorBody"}}
    return {"model": ErrorBody, "description": description,
            "content": {"application/json": json_body}}  # fmt: skip


# Added to every operation of the schema (FastAPI merges app-level responses into each route,
# and a route's own entry for a status wins). Documenting 422 here also replaces FastAPI's
# default validation schema (an array), which is not what this service sends.
RESPONSES: dict[int | str, dict[str, Any]] = {
    400: _documented(
        "The request cannot be read: malformed, too deeply nested, or a number too large."
    ),
    401: _documented("Sign in first (session cookie or 'Authorization: Bearer <token>')."),
    403: _documented(
        "Signed in, but your role does not allow this (or the form's CSRF token is missing)."
    ),
    404: _documented("No such thing (an id out of range is a 422)."),
    422: _documented("The input is invalid; the message says which field and why."),
}


def wants_html(request: Request) -> bool:
    if request.url.path.startswith("/api/"):
        return False
    return "text/html" in request.headers.get("accept", "")


def error_response(request: Request, status: int, message: str, **extra: Any) -> Response:
    if wants_html(request):
        body = (
            "<!doctype html><html lang='id'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width,initial-scale=1'>"
            f"<title>Galat {status}</title></head><body style='font-family:sans-serif;"
            f"max-width:40em;margin:2em auto;padding:0 1em'><h1>Galat {status}</h1>"
            f"<p>{_escape(message)}</p><p><a href='/queue'>Kembali</a></p></body></html>"
        )
        return HTMLResponse(body, status_code=status)
    return JSONResponse({"detail": message, **extra}, status_code=status)


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def install(app: FastAPI) -> None:
    @app.exception_handler(StoreError)
    async def _store_error(request: Request, exc: StoreError) -> Response:
        status = next(code for kind, code in STATUS if isinstance(exc, kind))
        return error_response(request, status, str(exc))

    @app.exception_handler(NotAuthenticated)
    async def _not_authenticated(request: Request, exc: NotAuthenticated) -> Response:
        if wants_html(request):
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/login?next={_quote(target)}", status_code=303)
        return JSONResponse(
            {"detail": "Sign in first: send 'Authorization: Bearer <token>' or log in."},
            status_code=401,
            headers={"WWW-Authenticate": "Bearer"},
        )

    @app.exception_handler(Forbidden)
    async def _forbidden(request: Request, exc: Forbidden) -> Response:
        return error_response(
            request, 403, str(exc) or "Peran Anda tidak mengizinkan tindakan ini."
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = [
            f"{'.'.join(str(p) for p in e.get('loc', ()) if p != 'body')}: {e.get('msg')}"
            for e in exc.errors()
        ]
        return error_response(request, 422, "Invalid input: " + "; ".join(problems))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        response = error_response(request, exc.status_code, str(exc.detail))
        # A 405 must say which methods the path has (Allow), a 401 how to authenticate.
        response.headers.update(exc.headers or {})
        if exc.status_code == 405:
            response.headers["Allow"] = ", ".join(_methods_for(request))
        return response


def _methods_for(request: Request) -> list[str]:
    """Every method some route serves at this path. Starlette's own Allow names only the first
    route that matched the path, and GET and POST of one page are two routes here."""
    methods: set[str] = set()
    for method in ("GET", "POST", "PUT", "PATCH", "DELETE"):
        probe = {**request.scope, "method": method}
        if any(r.matches(probe)[0] is Match.FULL for r in request.app.router.routes):
            methods.add(method)
    return sorted(methods)


def _quote(path: str) -> str:
    from urllib.parse import quote

    return quote(path, safe="")
