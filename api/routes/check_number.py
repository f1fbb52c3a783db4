"""Cek nomor / rekening on the web (issue 23): the public page (works without JavaScript), its
form posts, the JSON API, and objections.

    GET  /cek-nomor                          the page (``?lang=en`` for English)
    POST /cek-nomor                          form: look up one value, show the answer
    POST /api/check-number                   JSON {"value": ...} -> value, kind,
                                             confirmed_reports, first_seen, last_seen,
                                             destinations, red_flags, advice
    POST /cek-nomor/keberatan                form: object to a listed value (contact, reason)
    POST /api/check-number/objections        JSON {"value", "contact", "reason"}

One value per request, matched exactly (:mod:`citizen.number_input` refuses partial values
with 422); look-ups are rate-limited per client (``WASPADA_RATE_LIMIT_NUMBER``) and counted by
kind and outcome only. The answer is built from confirmed reports only
(:mod:`citizen.numbers`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from api.openapi import ANY_TEXT, NOT_BLANK
from api.ratelimit import build_limiter
from api.routes.check import (
    SECURITY_HEADERS,
    Citizen,
    Handler,
    _form_body,
    _json_body,
    answers_errors,
    body_doc,
    error_doc,
    templates,
)
from api.state import AppState
from citizen.check import refuse_bad
from citizen.errors import CheckError
from citizen.messages import UI, Lang, pick_lang
from citizen.number_input import NumberError, parse_value
from citizen.number_messages import UI as NUMBER_UI
from citizen.numbers import LookupCounter, NumberChecker, day_label
from store.services.objections import MAX_CONTACT, MAX_REASON, NotListed, create_objection

log = logging.getLogger(__name__)
BODY_LIMIT = 16_384  # a value, a contact and a reason fit many times over
# Every answer waits until this long after the request began. A known value costs about a
# millisecond more than an unknown one (reading its rows: benchmarks/check_number_timing.py,
# p50 7-17 ms, p95 under 35 ms on the 2-core machine, SQLite and PostgreSQL); padding both to
# one floor hides that difference from anyone timing the answers.
ANSWER_FLOOR_S = 0.05
# Refusals the objection form shows beside itself (the rest: on the page's main form).
OBJECTION_FORM_ERRORS = {"objection_contact", "objection_reason", "bad_characters"}


class NumberRequest(BaseModel):
    value: str = Field(
        description="One phone/WhatsApp number (0812..., +62 812..., wa.me link), bank "
        'account ("BCA 1234567890", or the digits alone) or e-mail address, complete.',
        json_schema_extra=NOT_BLANK,
    )
    lang: str = Field(
        default="id",
        description='"id" (default) or "en"; anything else is read as "id".',
        json_schema_extra=ANY_TEXT,
    )


class ObjectionRequest(NumberRequest):
    contact: str = Field(
        description="Phone or e-mail, so officers can reply.",
        json_schema_extra=NOT_BLANK | {"maxLength": MAX_CONTACT},
    )
    reason: str = Field(
        description="Why the value is listed wrongly.",
        json_schema_extra=NOT_BLANK | {"maxLength": MAX_REASON},
    )


ERROR_DOCS: dict[int | str, dict[str, Any]] = {
    400: error_doc("bad_request", "Permintaan tidak bisa dibaca. ..."),
    422: error_doc("number_partial", "Nomornya belum lengkap. Tulis seluruh nomor ..."),
    429: error_doc("rate_limited", "Terlalu banyak permintaan dari perangkat Anda. ..."),
}


async def _pad(started: float) -> None:
    """Wait out the rest of :data:`ANSWER_FLOOR_S` (no thread is held while waiting)."""
    left = ANSWER_FLOOR_S - (time.monotonic() - started)
    if left > 0:
        await asyncio.sleep(left)


def _numbers(request: Request) -> NumberChecker:
    numbers: NumberChecker = request.app.state.numbers
    return numbers


def _page(
    request: Request, name: str, lang: Lang, status: int = 200, **context: Any
) -> HTMLResponse:
    channels = _numbers(request).channels
    base = {
        "lang": lang,
        "other_lang": "en" if lang == "id" else "id",
        "t": UI[lang],
        "n": NUMBER_UI[lang],
        "task_force": channels.task_force(lang),
        "report": channels.to_dict(lang),
        "recheck_action": "/cek-nomor",  # the language switch of a result page posts here
        "lang_page": "/cek-nomor",
        "day": lambda iso: day_label(iso, lang),
    }
    response = templates.TemplateResponse(request, name, base | context, status_code=status)
    response.headers.update(SECURITY_HEADERS)
    return response


def _error_page(
    request: Request, lang: Lang, error: CheckError, form: dict[str, Any]
) -> HTMLResponse:
    return _page(
        request,
        "citizen/number.html",
        lang,
        status=error.status,
        error=error.message(lang),
        q=form.get("q", ""),
    )


def _answers_errors(kind: str) -> Callable[[Handler], Handler]:
    """CheckError (NumberError included) and rate-limit refusals as the route's response."""
    return answers_errors(kind, _error_page, "number check")


def _objection(numbers: NumberChecker, data: dict[str, Any]) -> int:
    """Validate and record an objection; its id. CheckError says what to fix."""
    key = parse_value(data.get("value"))
    contact, reason = data.get("contact", ""), data.get("reason", "")
    if not isinstance(contact, str) or not isinstance(reason, str):
        raise NumberError("bad_request", 400, detail='"contact" and "reason" must be strings')
    # "message": the reason is the person's own words, like a tip's message.
    contact, reason = refuse_bad(contact, "contact").strip(), refuse_bad(reason, "message").strip()
    if not contact or len(contact) > MAX_CONTACT:
        raise NumberError(
            "objection_contact", detail="contact missing or too long", max=MAX_CONTACT
        )
    if not reason or len(reason) > MAX_REASON:
        raise NumberError("objection_reason", detail="reason missing or too long", max=MAX_REASON)
    try:
        return create_objection(numbers.sessions, key, contact=contact, reason=reason).id
    except NotListed:
        raise NumberError("objection_not_listed", detail="no confirmed reports") from None


def build_router(numbers: NumberChecker, citizen: Citizen) -> APIRouter:
    settings = citizen.settings
    limiter = build_limiter(settings)
    router = APIRouter(tags=["citizens"])

    # Pages stay out of the schema (as every page); /api/check-number is the JSON twin.
    @router.get("/cek-nomor", response_class=HTMLResponse, include_in_schema=False)
    async def page(request: Request, lang: str = "id") -> HTMLResponse:
        return _page(request, "citizen/number.html", pick_lang(lang))

    @router.post("/cek-nomor", response_class=HTMLResponse, include_in_schema=False)
    @_answers_errors("page")
    @limiter.shared_limit(settings.rate_limit_number, scope="number")
    async def number_form(request: Request) -> Response:
        started = time.monotonic()
        form = request.state.form = await _form_body(request, BODY_LIMIT)
        lang = request.state.lang = pick_lang(form.get("lang"))
        answer = await run_in_threadpool(numbers.check, form.get("q", ""), "web")
        await _pad(started)
        return _page(
            request, "citizen/number.html", lang, answer=answer.to_dict(lang), q=form.get("q", "")
        )

    @router.post(
        "/api/check-number",
        summary="Has this phone number, bank account or e-mail been reported?",
        openapi_extra=body_doc(NumberRequest),
        responses=ERROR_DOCS,
    )
    @_answers_errors("json")
    @limiter.shared_limit(settings.rate_limit_number, scope="number")
    async def number_api(request: Request) -> Response:
        """Only what investigators confirmed: ``confirmed_reports`` counts escalated cases whose
        adverts carry the value (0 when none, also for a value seen only in adverts nobody
        confirmed), with ``first_seen``/``last_seen`` (dates, WIB; null when none),
        ``destinations`` and ``red_flags`` of those adverts, and ``advice`` (``summary``,
        ``steps``, ``money`` for bank accounts, ``report``). A partial value (a prefix,
        wildcards, too few digits) gets 422 with a ``message`` saying what to type."""
        started = time.monotonic()
        data = await _json_body(request, BODY_LIMIT)
        lang = request.state.lang = pick_lang(data.get("lang"))
        answer = await run_in_threadpool(numbers.check, data.get("value"), "api")
        await _pad(started)
        return JSONResponse(answer.to_dict(lang), headers=SECURITY_HEADERS)

    @router.post("/cek-nomor/keberatan", response_class=HTMLResponse, include_in_schema=False)
    @_answers_errors("page")
    @limiter.shared_limit(settings.rate_limit_tip, scope="objection")
    async def objection_form(request: Request) -> Response:
        form = await _form_body(request, BODY_LIMIT)
        request.state.form = {**form, "q": form.get("value", "")}
        lang = request.state.lang = pick_lang(form.get("lang"))
        try:
            objection_id = await run_in_threadpool(_objection, numbers, form)
        except CheckError as exc:
            if exc.code not in OBJECTION_FORM_ERRORS:
                raise
            # The answer again, with the objection form, what was typed and what to fix.
            key = parse_value(form.get("value"))
            answer = await run_in_threadpool(numbers.answer, key)
            return _page(
                request,
                "citizen/number.html",
                lang,
                status=exc.status,
                answer=answer.to_dict(lang),
                q=form.get("value", ""),
                objection=form,
                objection_error=exc.message(lang),
            )
        # Post/redirect/get: reloading the thank-you page does not send it twice.
        return RedirectResponse(
            f"/cek-nomor/keberatan/terkirim?no={objection_id}&lang={lang}", status_code=303
        )

    @router.get(
        "/cek-nomor/keberatan/terkirim", response_class=HTMLResponse, include_in_schema=False
    )
    async def objection_sent(request: Request, no: int = 0, lang: str = "id") -> HTMLResponse:
        chosen = pick_lang(lang)
        return _page(request, "citizen/number_objection_sent.html", chosen, objection_id=no)

    @router.post(
        "/api/check-number/objections",
        status_code=201,
        summary="Object to a listed value (it is yours and listed wrongly)",
        openapi_extra=body_doc(ObjectionRequest),
        responses=ERROR_DOCS,
    )
    @_answers_errors("json")
    @limiter.shared_limit(settings.rate_limit_tip, scope="objection")
    async def objection_api(request: Request) -> Response:
        data = await _json_body(request, BODY_LIMIT)
        lang = request.state.lang = pick_lang(data.get("lang"))
        objection_id = await run_in_threadpool(_objection, numbers, data)
        task_force = numbers.channels.task_force(lang)
        message = NUMBER_UI[lang]["objection_sent"].format(task_force=task_force, id=objection_id)
        return JSONResponse(
            {"objection_id": objection_id, "message": message},
            status_code=201,
            headers=SECURITY_HEADERS,
        )

    return router


def install(app: FastAPI) -> None:
    """Add Cek nomor to an app that already has the citizens' check (``check.install``)."""
    state: AppState = app.state.waspada
    citizen: Citizen = app.state.citizen
    counter = LookupCounter(
        state.sessions, state.settings.region, state.settings.check_count_flush_s
    )
    state.on_shutdown.append(counter.close)
    numbers = NumberChecker(state.sessions, citizen.checker.channels, counter)
    app.state.numbers = numbers
    # The citizens' check says first when an advert's contact has confirmed reports.
    citizen.checker.numbers = numbers
    app.include_router(build_router(numbers, citizen))
