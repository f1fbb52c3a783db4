"""Rendering the investigators' pages, and what a form shows when a service refuses."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import Response

from api.errors import STATUS
from api.investigator import present, words
from api.templating import templates
from store.errors import StoreError
from store.models import Role, User
from store.services.cases import status_label

# Helpers the templates call (passed in the context, so the shared environment is untouched).
HELPERS: dict[str, Any] = {
    "wib": present.wib,
    "channel_label": words.channel_label,
    "origin_label": words.origin_label,
    "case_status_label": status_label,
    "crawl_status_label": words.crawl_status_label,
    "schedule_label": words.schedule_label,
    "rupiah": present.rupiah,
    "flag_label": present.flag_label,
    "band_label": present.band_label,
    "country": present.country,
    "entity_label": lambda kind: present.ENTITY_LABELS.get(kind, kind),
    "period_label": lambda p: present.PERIOD_LABELS.get(p or "", p or ""),
    "audit_changes": present.audit_changes,
    "register_label": lambda status: present.REGISTER_LABELS.get(status, status),
}


PAGE_CSP = (
    "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; "
    "frame-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'"
)


def can_act(user: User | None) -> bool:
    return user is not None and user.role in (Role.investigator, Role.admin)


def render(
    request: Request, name: str, user: User, context: dict[str, Any], status: int = 200
) -> Response:
    ctx = {"user": user, "can_act": can_act(user), **HELPERS, **context}
    response = templates.TemplateResponse(request, name, ctx, status_code=status)
    # Case data is personal and sensitive: never kept by a shared cache or the back button
    # of a shared computer after logout.
    response.headers["Cache-Control"] = "no-store"
    # Advert text is written by scammers: even if something slipped through escaping, no
    # script could run on these pages (they use none) and nothing loads from elsewhere.
    response.headers["Content-Security-Policy"] = PAGE_CSP
    return response


def error_status(exc: StoreError) -> int:
    """The HTTP status the one exception handler would give this error (api.errors.STATUS)."""
    return next(code for kind, code in STATUS if isinstance(exc, kind))


def query_without(request: Request, *drop: str) -> str:
    """The current query string minus some keys (pagination and export links keep filters)."""
    items = [(k, v) for k, v in request.query_params.multi_items() if k not in drop and v != ""]
    return urlencode(items)
