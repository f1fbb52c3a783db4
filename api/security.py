"""Headers every response carries, and the access log without client addresses.

Routes that know better set their own headers (the citizens' page allows its one script, the
snapshot frame its sandbox); this middleware only fills in what a response lacks, so no page
(``/login``, ``/dashboard``, the alert rules, an error page) goes out without them:

- a Content-Security-Policy for HTML: nothing from elsewhere, no script, styles from our own
  files or an inline ``<style nonce="{{ request.state.csp_nonce }}">``, never framed;
- ``X-Frame-Options: DENY``, ``X-Content-Type-Options: nosniff``, ``Referrer-Policy``;
- ``Strict-Transport-Security`` when the request came over HTTPS (after the trusted proxy, see
  :mod:`api.serving`); over plain HTTP a browser ignores it, so it is not sent.

The access log names method, path (never the query string: it can hold a search), status and
time. The client's address is logged only when the operator turns it on
(``WASPADA_ACCESS_LOG_CLIENT_IPS``): the citizens' check promises not to keep it.

Every request gets an id: the ``X-Request-ID`` a proxy in front sent (8 to 64 of A-Z, a-z, 0-9,
``.``, ``_``, ``-``; anything else is replaced, so nothing odd reaches the log), or a new one.
It is returned as ``X-Request-ID`` and put on every log line written while the request is
handled (:func:`current_request_id`, read by :class:`cli.logs.RequestIdFilter`), so a person's
"it failed at 10:02" can be found in the log by the id their browser or a proxy shows.
"""

from __future__ import annotations

import logging
import re
import secrets
import time
import uuid
from contextvars import ContextVar

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

access_log = logging.getLogger("waspada.access")
REQUEST_ID: ContextVar[str | None] = ContextVar("waspada_request_id", default=None)
GOOD_REQUEST_ID = re.compile(rb"[A-Za-z0-9._-]{8,64}")


def current_request_id() -> str | None:
    """The id of the request being handled in this context (None outside a request)."""
    return REQUEST_ID.get()


def request_id_of(scope: Scope) -> str:
    for name, value in scope.get("headers", ()):
        if name == b"x-request-id" and GOOD_REQUEST_ID.fullmatch(value):
            return value.decode("ascii")
    return uuid.uuid4().hex


HSTS = "max-age=31536000; includeSubDomains"
ALWAYS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


def page_csp(nonce: str) -> str:
    return (
        "default-src 'none'; script-src 'none'; "
        f"style-src 'self' 'nonce-{nonce}'; img-src 'self' data:; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    )


class SecurityHeaders:
    """Pure ASGI (no BaseHTTPMiddleware): it must not buffer streamed downloads."""

    def __init__(self, app: ASGIApp, *, log_client_ips: bool = False) -> None:
        self.app = app
        self.log_client_ips = log_client_ips

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        nonce = secrets.token_urlsafe(16)
        scope.setdefault("state", {})["csp_nonce"] = nonce
        request_id = request_id_of(scope)
        scope["state"]["request_id"] = request_id
        token = REQUEST_ID.set(request_id)
        started = time.perf_counter()
        status = 0

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = MutableHeaders(scope=message)
                headers["X-Request-ID"] = request_id
                for name, value in ALWAYS.items():
                    headers.setdefault(name, value)
                if headers.get("content-type", "").startswith("text/html"):
                    headers.setdefault("Content-Security-Policy", page_csp(nonce))
                if scope.get("scheme") == "https":
                    headers.setdefault("Strict-Transport-Security", HSTS)
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            self._log(scope, status, time.perf_counter() - started)
            REQUEST_ID.reset(token)

    def _log(self, scope: Scope, status: int, seconds: float) -> None:
        if not access_log.isEnabledFor(logging.INFO):
            return
        # The fields again as the record's own (``extra``), for the JSON log's collector.
        fields = {
            "method": scope.get("method", ""),
            "path": scope.get("path", ""),
            "status": status,
            "duration_ms": round(seconds * 1000, 1),
        }
        parts = list(fields.values())
        if self.log_client_ips:
            client = scope.get("client")
            fields["client"] = client[0] if client else "-"
            access_log.info("%s %s %s %.1fms client=%s", *parts, fields["client"], extra=fields)
        else:
            access_log.info("%s %s %s %.1fms", *parts, extra=fields)
