"""The citizens' check on the web: the public page (works without JavaScript), its form posts,
and the JSON API.

    GET  /                  the page (``?lang=en`` for English)
    POST /cek               form: check pasted text or a link, show the answer
    POST /lapor             form: send the advert to the task force as a tip
    POST /api/check         JSON {"text": ...} | {"url": ...}  -> band, score, red_flags, advice
                            or multipart/form-data with a picture or PDF in "image"
    POST /cek/gambar        form (multipart): check a picture (api/routes/check_pictures.py)
    POST /api/tips          JSON {"text"|"url", "message"?, "contact"?, "contact_consent"?}
                            or multipart with the same fields and an optional "image"

``band`` is "low", "medium" or "high", or "not_an_advert" when the text has no sign of a job
offer and no red flag (:mod:`citizen.job_like`): then ``band_label`` and
``advice.summary`` say so ("Ini sepertinya bukan iklan lowongan kerja."),
``advice.paste_instead`` says what to paste instead (null for the other bands), and
``red_flags`` and ``advice.checks`` are empty; the page shows no score and asks again.
Checks are counted by band, so such a text is never counted as "Tampak wajar".

Errors are :class:`CheckError`; :func:`_answers_errors` is the one place that turns them (and
rate-limit refusals) into a response: JSON with a 4xx status and a message on the API, the page
with the message on the form routes.
"""

from __future__ import annotations

import functools
import json
import logging
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import JsonDict
from slowapi.errors import RateLimitExceeded

from api.openapi import ANY_TEXT, NOT_BLANK
from api.ratelimit import build_limiter
from api.routes.check_pictures import check_upload, upload_of
from api.state import AppState
from api.uploads import is_multipart
from citizen.check import (
    Checker,
    CheckInput,
    CheckResult,
    parse_input,
    refuse_bad,
    sniff_input,
)
from citizen.counting import CheckCounter
from citizen.errors import CheckError
from citizen.messages import TIP_THANKS, UI, Lang, pick_lang
from citizen.picture_check import picture_tip_advert
from citizen.tips import tip_advert
from metrics import CHECK_SECONDS, CHECKS
from store.services.citizen import MAX_CONTACT_CHARS, MAX_MESSAGE_CHARS, submit_tip

log = logging.getLogger(__name__)

API_DIR = Path(__file__).resolve().parent.parent
templates = Jinja2Templates(directory=API_DIR / "templates")

# The page never loads anything from elsewhere and is never framed.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; script-src 'self'; "
    "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    # A result page holds the advert; a shared phone's next user should not find it.
    "Cache-Control": "no-store",
}


# A link the check can open: http or https, with something after the scheme.
URL_GIVEN: JsonDict = {
    "type": "string",
    "pattern": r"^\s*[Hh][Tt][Tt][Pp][Ss]?://[^\s\x00/?#@.]+(\.[^\s\x00/?#@.]+)+(/[^\s\x00]*)?\s*$",
}


class CheckRequest(BaseModel):
    """Give one of the two: ``text`` or ``url``, not both (a 400), not neither (a 422)."""

    # The schema says it: exactly one of the two holds something (a blank one counts as none;
    # invisible characters are removed first, so text of only those is blank too).
    model_config = ConfigDict(
        json_schema_extra={
            "oneOf": [
                {"required": ["text"], "properties": {"text": {"type": "string", **NOT_BLANK}}},
                {"required": ["url"], "properties": {"url": URL_GIVEN}},
            ]
        }
    )

    text: str | None = Field(default=None, description="The advert's text, as pasted.")
    url: str | None = Field(default=None, description="Link to the advert's page (http/https).")
    lang: str = Field(
        default="id",
        description='"id" (default) or "en"; anything else is read as "id".',
        json_schema_extra=ANY_TEXT,
    )


class TipRequest(CheckRequest):
    message: str = Field(default="", description="Where the person saw it (optional).")
    contact: str | None = Field(default=None, description="Phone or e-mail (optional).")
    contact_consent: bool = Field(
        default=False, description="The contact is stored only when this is true."
    )


def error_doc(example_code: str, message: str) -> dict[str, Any]:
    """An error of the citizens' routes in the schema: its code, message and detail."""
    example = {"error": example_code, "message": message, "detail": "..."}
    return {"description": message, "content": {"application/json": {"example": example}}}


ERROR_DOCS: dict[int | str, dict[str, Any]] = {
    400: error_doc("both", "Isi salah satu saja: teks iklan atau link, jangan keduanya."),
    413: error_doc("body_too_large", "Kiriman terlalu besar."),
    422: error_doc("url_not_allowed", "Link ini tidak boleh kami buka ..."),
    429: error_doc("rate_limited", "Terlalu banyak permintaan dari perangkat Anda. ..."),
    503: error_doc("unavailable", "Pemeriksa sedang tidak tersedia. ..."),
}


def body_doc(model: type[BaseModel]) -> dict[str, Any]:
    """The JSON body a route reads itself (with its own size limit), for the schema."""
    schema = {"schema": model.model_json_schema()}
    return {"requestBody": {"required": True, "content": {"application/json": schema}}}


class Citizen:
    """Per-app state of the citizens' check: the checker and where to count."""

    def __init__(self, state: AppState, checker: Checker) -> None:
        self.state = state
        self.checker = checker
        self.settings = state.settings
        self.counter = CheckCounter(
            state.sessions, self.settings.region, self.settings.check_count_flush_s
        )
        state.on_shutdown.append(self.counter.close)

    def run_check(self, inp: CheckInput, channel: str = "web") -> CheckResult:
        """Check and count (kind + band, nothing else); failures after validation count as
        "error" so the statistics show how often links cannot be read. ``channel`` (web: the
        page, api: /api/check) labels the metrics."""
        started = time.perf_counter()
        try:
            result = self.checker.check(inp)
        except CheckError as exc:
            if exc.status < 500:  # the link could not be read (not: the service is down)
                self.count(channel, inp.kind, "error", started)
            raise
        self.count(channel, inp.kind, result.band, started)
        return result

    def count(self, channel: str, kind: str, band: str, started: float) -> None:
        """One answered check: the statistics' row and the metrics."""
        self.counter.count(kind, band)
        CHECKS.labels(channel, kind, band).inc()
        CHECK_SECONDS.labels(channel, kind).observe(time.perf_counter() - started)


def _citizen(request: Request) -> Citizen:
    citizen: Citizen = request.app.state.citizen
    return citizen


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, refused past ``limit`` bytes without reading the rest."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise CheckError("body_too_large", 413, detail=f"body over {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise CheckError("body_too_large", 413, detail=f"body over {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def _json_body(request: Request, limit: int) -> dict[str, Any]:
    raw = await _read_body(request, limit)
    try:
        data = json.loads(raw)
    except RecursionError:  # arrays or objects nested a thousand deep
        raise CheckError("bad_request", 400, detail="the JSON is nested too deeply") from None
    except ValueError as exc:  # also UnicodeDecodeError and JSONDecodeError
        # A number past Python's 4,300-digit limit for int() is a plain ValueError.
        detail = "the body is not JSON"
        if not isinstance(exc, UnicodeDecodeError | json.JSONDecodeError):
            detail = "a number in the JSON is too long"
        raise CheckError("bad_request", 400, detail=detail) from None
    if not isinstance(data, dict):
        raise CheckError("bad_request", 400, detail="the body must be a JSON object")
    return data


async def _form_body(request: Request, limit: int) -> dict[str, str]:
    raw = await _read_body(request, limit)
    try:
        fields = parse_qs(raw.decode("utf-8"), keep_blank_values=True, max_num_fields=20)
    except (UnicodeDecodeError, ValueError):
        raise CheckError("bad_request", 400, detail="the form could not be read") from None
    return {k: v[0] for k, v in fields.items()}


def _page(
    request: Request, name: str, lang: Lang, status: int = 200, **context: Any
) -> HTMLResponse:
    citizen = _citizen(request)
    channels = citizen.checker.channels
    base = {
        "lang": lang,
        "other_lang": "en" if lang == "id" else "id",
        "t": UI[lang],
        "task_force": channels.task_force(lang),
        "report": channels.to_dict(lang),
        "max_chars": citizen.settings.check_max_chars,
        "max_mb": f"{citizen.settings.picture_max_bytes / 1_000_000:g}",
    }
    response = templates.TemplateResponse(request, name, base | context, status_code=status)
    response.headers.update(SECURITY_HEADERS)
    return response


Handler = Callable[..., Awaitable[Response]]


def _window_seconds(exc: RateLimitExceeded) -> int:
    """The window of the limit that was hit (60 for "20/minute")."""
    item = getattr(exc.limit, "limit", None)
    return int(item.get_expiry()) if item is not None else 60


# What a page route shows when it refuses: (request, lang, error, the form as posted).
ErrorPage = Callable[[Request, Lang, CheckError, dict[str, Any]], HTMLResponse]


def answers_errors(kind: str, page: ErrorPage, what: str) -> Callable[[Handler], Handler]:
    """Turn CheckError and rate-limit refusals into the route's kind of response: JSON with
    code, message and detail, or ``page`` with the message; a 429 says when to retry."""

    def decorate(func: Handler) -> Handler:
        @functools.wraps(func)
        async def wrapper(request: Request, *args: Any, **kwargs: Any) -> Response:
            lang = pick_lang(request.query_params.get("lang"))
            try:
                return await func(request, *args, **kwargs)
            except RateLimitExceeded as exc:
                error = CheckError("rate_limited", 429, detail="rate limit exceeded")
                # The limit's whole window: the client may try again by then at the latest.
                error.headers = {"Retry-After": str(_window_seconds(exc))}
            except CheckError as exc:
                error = exc
            lang = getattr(request.state, "lang", lang)
            log.info("%s refused: %s (%s)", what, error.code, error.detail)
            if kind == "json":
                body = {"error": error.code, "message": error.message(lang), "detail": error.detail}
                headers = {**SECURITY_HEADERS, **error.headers}
                return JSONResponse(body, status_code=error.status, headers=headers)
            response = page(request, lang, error, getattr(request.state, "form", {}))
            response.headers.update(error.headers)
            return response

        return wrapper

    return decorate


def _error_page(
    request: Request, lang: Lang, error: CheckError, form: dict[str, Any]
) -> HTMLResponse:
    return _page(
        request,
        "citizen/index.html",
        lang,
        status=error.status,
        error=error.message(lang),
        error_for=form.get("error_for", "text"),  # which form shows the message
        q=form.get("q", ""),
    )


def _answers_errors(kind: str) -> Callable[[Handler], Handler]:
    return answers_errors(kind, _error_page, "citizen check")


def build_router(citizen: Citizen) -> APIRouter:
    settings = citizen.settings
    limiter = build_limiter(settings)
    # Bytes: four per character at most in UTF-8, plus room for the other fields.
    body_limit = settings.check_max_chars * 4 + 16_384
    router = APIRouter(tags=["citizens"])

    # The citizens' pages and forms are pages, not the JSON API: like every other page they
    # stay out of the schema; their JSON twins (/api/check, /api/tips) are in it.
    @router.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def index(request: Request, lang: str = "id") -> HTMLResponse:
        return _page(request, "citizen/index.html", pick_lang(lang))

    @router.post("/cek", response_class=HTMLResponse, include_in_schema=False)
    @_answers_errors("page")
    @limiter.shared_limit(settings.rate_limit_check, scope="check")
    async def check_form(request: Request) -> Response:
        form = await _form_body(request, body_limit)
        request.state.form = form
        lang = request.state.lang = pick_lang(form.get("lang"))
        inp = sniff_input(form.get("q", ""), max_chars=settings.check_max_chars)
        result = await run_in_threadpool(citizen.run_check, inp)
        return _page(
            request,
            "citizen/index.html",
            lang,
            result=result.to_dict(lang),
            tip={"kind": inp.kind, "value": inp.value},
            q=form.get("q", ""),
        )

    @router.post("/cek/gambar", response_class=HTMLResponse, include_in_schema=False)
    @_answers_errors("page")
    @limiter.shared_limit(settings.rate_limit_check, scope="check")
    async def check_picture_form(request: Request) -> Response:
        request.state.form = {"error_for": "picture"}
        upload, lang = await upload_of(request, citizen)
        result = await check_upload(citizen, upload)
        return _page(
            request,
            "citizen/index.html",
            lang,
            result=result.to_dict(lang),
            tip={"kind": "image", "value": result.advert.text},
            q=result.advert.text,  # the words read, in the box, to correct and check again
        )

    @router.post(
        "/api/check",
        summary="Check an advert (pasted text or a link)",
        openapi_extra=body_doc(CheckRequest),
        responses=ERROR_DOCS,
    )
    @_answers_errors("json")
    @limiter.shared_limit(settings.rate_limit_check, scope="check")
    async def check_api(request: Request) -> Response:
        """The answer: ``band`` ("low", "medium", "high"), ``band_label``, ``score``,
        ``red_flags`` with the advert's own words, ``advice`` (``summary``, ``checks``,
        ``report``) and a ``note``.

        Text with no sign of a job offer and no red flag ("halo") gets
        ``band: "not_an_advert"``, never a reassuring band: ``advice.summary`` is "Ini
        sepertinya bukan iklan lowongan kerja." ("This does not look like a job advert."),
        ``advice.paste_instead`` says what to paste instead (null for the other bands), and
        ``red_flags`` and ``advice.checks`` are empty.

        A picture or PDF is sent as ``multipart/form-data`` with the file in ``image`` (and
        optionally ``lang``): the same answer, with ``input.kind = "image"`` and the words
        read in ``input.text`` (evidence offsets point into it)."""
        if is_multipart(request):
            upload, lang = await upload_of(request, citizen)
            result = await check_upload(citizen, upload, "api")
            return JSONResponse(result.to_dict(lang), headers=SECURITY_HEADERS)
        data = await _json_body(request, body_limit)
        lang = request.state.lang = pick_lang(data.get("lang"))
        inp = parse_input(data.get("text"), data.get("url"), max_chars=settings.check_max_chars)
        result = await run_in_threadpool(citizen.run_check, inp, "api")
        return JSONResponse(result.to_dict(lang), headers=SECURITY_HEADERS)

    async def send_tip(
        data: dict[str, Any], inp: CheckInput | None, picture: bytes | None = None
    ) -> int:
        message = data.get("message") or ""
        contact = data.get("contact") or ""
        if not isinstance(message, str) or not isinstance(contact, str):
            raise CheckError("bad_request", 400, detail='"message" and "contact" must be strings')
        message, contact = refuse_bad(message, "message"), refuse_bad(contact, "contact")
        if len(message.strip()) > MAX_MESSAGE_CHARS:
            raise CheckError("message_too_long", detail="message too long", max=MAX_MESSAGE_CHARS)
        consent = data.get("contact_consent") in (True, "on", "true", "1", "yes")
        if consent and len(contact.strip()) > MAX_CONTACT_CHARS:
            raise CheckError("contact_too_long", detail="contact too long", max=MAX_CONTACT_CHARS)
        if picture is not None:  # stored as evidence, its metadata removed
            advert, classification = await run_in_threadpool(
                picture_tip_advert, citizen.checker, picture
            )
        else:
            assert inp is not None
            advert, classification = await run_in_threadpool(tip_advert, citizen.checker, inp)
        receipt = await run_in_threadpool(
            functools.partial(
                submit_tip,
                citizen.state.sessions,
                advert,
                classification,
                region=settings.region,
                message=message,
                contact=contact if consent else None,
                consent=consent,
            )
        )
        return receipt.tip_id

    @router.post(
        "/api/tips",
        status_code=201,
        summary="Send an advert to the task force (a tip)",
        openapi_extra=body_doc(TipRequest),
        responses=ERROR_DOCS,
    )
    @_answers_errors("json")
    @limiter.shared_limit(settings.rate_limit_tip, scope="tip")
    async def tip_api(request: Request) -> Response:
        picture: bytes | None = None
        if is_multipart(request):
            upload, lang = await upload_of(request, citizen)
            data: dict[str, Any] = dict(upload.fields)
            picture = upload.data
        else:
            data = await _json_body(request, body_limit)
            lang = request.state.lang = pick_lang(data.get("lang"))
        inp = None
        if picture is None:
            text, url = data.get("text"), data.get("url")
            inp = parse_input(text, url, max_chars=settings.check_max_chars)
        tip_id = await send_tip(data, inp, picture)
        message = TIP_THANKS[lang].format(task_force=citizen.checker.channels.task_force(lang))
        return JSONResponse(
            {"tip_id": tip_id, "message": message}, status_code=201, headers=SECURITY_HEADERS
        )

    @router.post("/lapor", response_class=HTMLResponse, include_in_schema=False)
    @_answers_errors("page")
    @limiter.shared_limit(settings.rate_limit_tip, scope="tip")
    async def tip_form(request: Request) -> Response:
        picture: bytes | None = None
        if is_multipart(request):  # the tip form of a picture's answer
            upload, lang = await upload_of(request, citizen)
            form, picture = upload.fields, upload.data
        else:
            form = await _form_body(request, body_limit)
            lang = request.state.lang = pick_lang(form.get("lang"))
        request.state.form = {"q": form.get("value", "")}
        value = form.get("value", "")
        inp = None
        if picture is not None:
            pass  # the picture is read again: nothing of the check was kept
        elif form.get("kind") == "url":
            inp = parse_input(url=value, max_chars=settings.check_max_chars)
        else:  # pasted text, or the words read from a picture that was not attached again
            inp = parse_input(text=value, max_chars=settings.check_max_chars)
        tip_id = await send_tip(form, inp, picture)
        # Post/redirect/get: reloading the thank-you page does not send the tip twice.
        return RedirectResponse(f"/lapor/terkirim?no={tip_id}&lang={lang}", status_code=303)

    @router.get("/lapor/terkirim", response_class=HTMLResponse, include_in_schema=False)
    async def tip_sent(request: Request, no: int = 0, lang: str = "id") -> HTMLResponse:
        chosen = pick_lang(lang)
        thanks = TIP_THANKS[chosen].format(task_force=citizen.checker.channels.task_force(chosen))
        return _page(request, "citizen/thanks.html", chosen, tip_id=no, thanks=thanks)

    for name, media in (("citizen.css", "text/css"), ("citizen.js", "text/javascript")):
        router.add_api_route(
            f"/static/{name}",
            _static(API_DIR / "static" / name, media),
            methods=["GET"],
            include_in_schema=False,
        )
    return router


def _static(path: Path, media_type: str) -> Callable[[], Awaitable[FileResponse]]:
    async def serve() -> FileResponse:
        headers = {"Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff"}
        return FileResponse(path, media_type=media_type, headers=headers)

    return serve


def install(app: FastAPI) -> None:
    """Add the citizens' check to an app built by ``create_app``."""
    state: AppState = app.state.waspada
    # The classifier is looked up per batch: tests and /readyz may set or replace it later.
    checker = Checker(state.settings, lambda: state.classifier)
    citizen = Citizen(state, checker)
    app.state.citizen = citizen
    app.include_router(build_router(citizen))
