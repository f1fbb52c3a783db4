"""Decisions on a case: status (workflow), assignment and notes. Investigators and admins only;
viewers get 403. Every change goes through :mod:`store.services.cases` (audited).

Forms (CSRF token in the form): ``POST /cases/{id}/transition|assign|notes``, answered with
a redirect to the advert page, or the page again with the reason when a change is refused.
JSON (bearer token, or session + ``X-CSRF-Token``): ``GET /api/cases/{id}``,
``POST /api/cases/{id}/transition|assign|notes``.

Free text (notes, reasons, references, usernames) passes :func:`citizen.text_input.refuse_bad`
first: a NUL or a lone surrogate is refused with 422 and a message, on both databases.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from api.auth import CsrfChecked, CurrentUser, Investigator
from api.deps import IdPath, SessionDep, StateDep
from api.investigator.pages import error_status
from api.investigator.schemas import AssignIn, Case, Note, NoteIn, TransitionIn
from api.investigator.views import case_model
from api.routes.adverts import advert_page
from citizen.text_input import refuse_bad
from store.errors import StoreError
from store.services import cases as svc

router = APIRouter(tags=["cases"])


def _decision_text(reason: str, external_ref: str, escalated_to: str) -> None:
    refuse_bad(reason, "Alasan")
    refuse_bad(external_ref, "Nomor rujukan")
    refuse_bad(escalated_to, "Tujuan eskalasi")


# --------------------------------------------------------------------------- JSON


@router.get("/api/cases/{case_id}", response_model=Case, summary="One review case")
def case_api(case_id: IdPath, user: CurrentUser, session: SessionDep) -> Case:
    return case_model(svc.get_case(session, case_id))


@router.post(
    "/api/cases/{case_id}/transition",
    response_model=Case,
    summary="Move a case along the workflow (in_review, escalated, dismissed, closed)",
    responses={409: {"description": "Not allowed from the current status."}},
)
def transition_api(
    case_id: IdPath,
    body: TransitionIn,
    user: Investigator,
    state: StateDep,
    _csrf: None = CsrfChecked,
) -> Case:
    _decision_text(body.reason, body.external_ref, body.escalated_to)
    case = svc.transition(
        state.sessions,
        case_id,
        user,
        body.to,
        reason=body.reason,
        external_ref=body.external_ref,
        escalated_to=body.escalated_to,
    )
    return case_model(case)


@router.post(
    "/api/cases/{case_id}/assign",
    response_model=Case,
    summary="Assign or unassign a case",
    responses={409: {"description": "The case is closed: it cannot be reassigned."}},
)
def assign_api(
    case_id: IdPath, body: AssignIn, user: Investigator, state: StateDep, _csrf: None = CsrfChecked
) -> Case:
    if body.assignee is not None:
        refuse_bad(body.assignee, "Nama pengguna")
    return case_model(svc.assign(state.sessions, case_id, user, body.assignee))


@router.post(
    "/api/cases/{case_id}/notes",
    response_model=Note,
    status_code=201,
    summary="Add a note to a case",
)
def note_api(
    case_id: IdPath, body: NoteIn, user: Investigator, state: StateDep, _csrf: None = CsrfChecked
) -> Note:
    note = svc.add_note(state.sessions, case_id, user, refuse_bad(body.body, "Catatan"))
    return Note(id=note.id, at=note.created_at, author=user.username, body=note.body)


# --------------------------------------------------------------------------- forms


def _refused(
    request: Request,
    session: SessionDep,
    user: Investigator,
    case_id: int,
    exc: StoreError,
    form: dict[str, str],
) -> Response:
    case = svc.get_case(session, case_id)
    return advert_page(
        request,
        session,
        user,
        case.advert_id,
        error=str(exc),
        form=form,
        status=error_status(exc),
    )


@router.post("/cases/{case_id}/transition", include_in_schema=False)
def transition_form(
    case_id: IdPath,
    request: Request,
    user: Investigator,
    session: SessionDep,
    state: StateDep,
    to: Annotated[str, Form()],
    reason: Annotated[str, Form()] = "",
    external_ref: Annotated[str, Form()] = "",
    escalated_to: Annotated[str, Form()] = "",
    _csrf: None = CsrfChecked,
) -> Response:
    try:
        _decision_text(reason, external_ref, escalated_to)
        case = svc.transition(
            state.sessions,
            case_id,
            user,
            to,
            reason=reason,
            external_ref=external_ref,
            escalated_to=escalated_to,
        )
    except StoreError as exc:
        form = {
            "to": to,
            "reason": reason,
            "external_ref": external_ref,
            "escalated_to": escalated_to,
        }
        return _refused(request, session, user, case_id, exc, form)
    return RedirectResponse(
        f"/adverts/{case.advert_id}?ok={case.status.value}#kasus", status_code=303
    )


@router.post("/cases/{case_id}/assign", include_in_schema=False)
def assign_form(
    case_id: IdPath,
    request: Request,
    user: Investigator,
    session: SessionDep,
    state: StateDep,
    assignee: Annotated[str, Form()] = "",
    _csrf: None = CsrfChecked,
) -> Response:
    who = user.username if assignee == "me" else (assignee or None)
    try:
        case = svc.assign(state.sessions, case_id, user, who and refuse_bad(who, "Nama pengguna"))
    except StoreError as exc:
        return _refused(request, session, user, case_id, exc, {"assignee": assignee})
    return RedirectResponse(f"/adverts/{case.advert_id}?ok=assigned#kasus", status_code=303)


@router.post("/cases/{case_id}/notes", include_in_schema=False)
def note_form(
    case_id: IdPath,
    request: Request,
    user: Investigator,
    session: SessionDep,
    state: StateDep,
    body: Annotated[str, Form()] = "",
    _csrf: None = CsrfChecked,
) -> Response:
    try:
        svc.add_note(state.sessions, case_id, user, refuse_bad(body, "Catatan"))
    except StoreError as exc:
        return _refused(request, session, user, case_id, exc, {"note": body})
    case = svc.get_case(session, case_id)
    return RedirectResponse(f"/adverts/{case.advert_id}?ok=note#catatan", status_code=303)
