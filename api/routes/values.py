"""Investigators: one phone number, e-mail address or bank account's whole history, and the
objections to values listed in the public "Cek nomor / rekening" (issue 23). Investigators
and admins only (objections hold the objector's contact); viewers get 403.

    GET  /values?q=0812...              normalise what was typed, go to its page
    GET  /values/{kind}/{value}         the page: adverts, cases, regions, timeline, objections
    GET  /api/values/{kind}/{value}     the same as JSON
    GET  /objections                    open objections (the review tasks), and a search box
    GET  /api/objections                the same as JSON
    POST /objections/{id}/decide        form: uphold or reject, with the reasons (audited)
    POST /api/objections/{id}/decide    JSON {"decision": "upheld"|"rejected", "note": ...}

``kind`` is ``phone``, ``email`` or ``bank_account``; ``value`` is the E.164 number, the
lower-case address or the account's digits (all banks). Anything else that reads as a value
("0812-3456-7890", "BCA 123...") is redirected to that page.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Form, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from api.auth import CsrfChecked, Investigator
from api.deps import IdPath, SessionDep, StateDep
from api.investigator.pages import error_status, render
from api.investigator.values import (
    CASE_OUTCOMES,
    KIND_LABELS,
    ObjectionOut,
    ValueHistoryOut,
    audit_line,
    history_out,
    objection_out,
)
from api.openapi import NOT_BLANK
from citizen.errors import CheckError
from citizen.number_input import parse_value
from citizen.text_input import refuse_bad
from store.errors import InvalidInput, NotFound, StoreError
from store.models import User
from store.services.numbers import PUBLIC_KINDS, ValueKey
from store.services.objections import DECISIONS, decide_objection, get_objection, open_objections
from store.services.value_history import value_history

router = APIRouter(tags=["values"])

KindPath = Annotated[str, Path(description="phone | email | bank_account")]
ValuePath = Annotated[str, Path(max_length=300, description="E.164, e-mail, or account digits")]
OK_MESSAGES = {"upheld": "Keberatan dikabulkan: nomor tidak lagi tampil di Cek nomor publik.",
               "rejected": "Keberatan ditolak; keputusan tercatat di jejak audit."}  # fmt: skip


class DecideIn(BaseModel):
    decision: str = Field(
        description="upheld (the value leaves public answers) | rejected",
        json_schema_extra={"enum": list(DECISIONS)},
    )
    note: str = Field(
        description="What was checked and why (required).", json_schema_extra=NOT_BLANK
    )


def value_url(kind: str, key: str) -> str:
    return f"/values/{kind}/{quote(key, safe='@+')}"


def _read(text: str) -> ValueKey:
    """What was typed as a key; InvalidInput (422) says what to type instead."""
    try:
        key = parse_value(refuse_bad(text, "Nilai"))
    except CheckError as exc:
        raise InvalidInput(f"Tidak dapat dibaca sebagai nomor: {exc.message('id')}") from None
    # The investigators' page covers the account at every bank.
    return ValueKey(key.kind, key.key) if key.bank else key


def _key(kind: str, value: str) -> ValueKey:
    if kind not in PUBLIC_KINDS:
        raise NotFound(f"Jenis tidak dikenal: {kind!r} (pilihan: {', '.join(PUBLIC_KINDS)}).")
    return _read(value)


def _page(
    request: Request,
    session: Session,
    user: User,
    key: ValueKey,
    *,
    status: int = 200,
    **extra: Any,
) -> Response:
    h = value_history(session, key)
    context = {
        "h": h,
        "kind_label": KIND_LABELS[key.kind],
        "outcomes": CASE_OUTCOMES,
        "decisions": DECISIONS,
        "audit_line": audit_line,
        "ok": OK_MESSAGES.get(request.query_params.get("ok", ""), ""),
        "error": "",
        "form": {},
        **extra,
    }
    return render(request, "investigator/value.html", user, context, status=status)


@router.get("/values", include_in_schema=False)
def find_value(request: Request, user: Investigator, session: SessionDep, q: str = "") -> Response:
    try:
        key = _read(q)
    except StoreError as exc:
        return _objections_page(request, session, user, error=str(exc), q=q,
                                status=error_status(exc))  # fmt: skip
    return RedirectResponse(value_url(key.kind, key.key), status_code=303)


@router.get("/values/{kind}/{value}", response_class=HTMLResponse, include_in_schema=False)
def value_page(
    kind: KindPath, value: ValuePath, request: Request, user: Investigator, session: SessionDep
) -> Response:
    key = _key(kind, value)
    if (key.kind, key.key) != (kind, value):
        return RedirectResponse(value_url(key.kind, key.key), status_code=307)
    return _page(request, session, user, key)


@router.get(
    "/api/values/{kind}/{value}",
    response_model=ValueHistoryOut,
    summary="One phone number, e-mail or bank account: every advert and case carrying it, "
    "regions, a timeline, objections, and what the public check says now",
)
def value_api(
    kind: KindPath, value: ValuePath, user: Investigator, session: SessionDep
) -> ValueHistoryOut:
    return history_out(value_history(session, _key(kind, value)))


def _objections_page(
    request: Request,
    session: Session,
    user: User,
    *,
    error: str = "",
    q: str = "",
    status: int = 200,
) -> Response:
    items = [objection_out(o) for o in open_objections(session)]
    context = {"items": items, "kind_labels": KIND_LABELS, "value_url": value_url,
               "error": error, "q": q}  # fmt: skip
    return render(request, "investigator/objections.html", user, context, status=status)


@router.get("/objections", response_class=HTMLResponse, include_in_schema=False)
def objections_page(request: Request, user: Investigator, session: SessionDep) -> Response:
    return _objections_page(request, session, user)


@router.get(
    "/api/objections",
    response_model=list[ObjectionOut],
    summary="Objections waiting for a decision, oldest first",
)
def objections_api(user: Investigator, session: SessionDep) -> list[ObjectionOut]:
    return [objection_out(o) for o in open_objections(session)]


@router.post(
    "/api/objections/{objection_id}/decide",
    response_model=ObjectionOut,
    summary="Uphold (the value leaves public answers) or reject an objection, with the reasons",
    responses={409: {"description": "Already decided."}},
)
def decide_api(
    objection_id: IdPath,
    body: DecideIn,
    user: Investigator,
    state: StateDep,
    session: SessionDep,
    _csrf: None = CsrfChecked,
) -> ObjectionOut:
    decide_objection(
        state.sessions, objection_id, user, body.decision, note=refuse_bad(body.note, "Alasan")
    )
    return objection_out(get_objection(session, objection_id))


@router.post("/objections/{objection_id}/decide", include_in_schema=False)
def decide_form(
    objection_id: IdPath,
    request: Request,
    user: Investigator,
    session: SessionDep,
    state: StateDep,
    decision: Annotated[str, Form()] = "",
    note: Annotated[str, Form()] = "",
    _csrf: None = CsrfChecked,
) -> Response:
    objection = get_objection(session, objection_id)
    key = ValueKey(objection.kind, objection.value)  # type: ignore[arg-type]
    try:
        decide_objection(
            state.sessions, objection_id, user, decision, note=refuse_bad(note, "Alasan")
        )
    except StoreError as exc:
        form = {"objection_id": objection_id, "decision": decision, "note": note}
        return _page(request, session, user, key, error=str(exc), form=form,
                     status=error_status(exc))  # fmt: skip
    url = value_url(key.kind, key.key)
    return RedirectResponse(f"{url}?ok={decision}#keberatan", status_code=303)
