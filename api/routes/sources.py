"""Sources and crawls, for admins: ``GET /sources`` (page), ``GET /api/sources``,
``GET /api/crawl-runs``, and "crawl now": ``POST /sources/{id}/crawl`` (form) and
``POST /api/sources/{id}/crawl``. A crawl-now request is a queued crawl run that the scheduler
starts within 15 seconds; the web service never imports the crawler.

Admins also add, edit, pause and resume sources here (forms on ``/sources/new`` and
``/sources/{id}/edit``, and their JSON twins under ``/api/sources``); the scheduler picks the
change up within 15 seconds. Why a pause made here survives the sources file's next sync:
:mod:`store.services.sources`."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import JsonDict

from api.auth import Admin, CsrfChecked
from api.deps import MAX_ID, IdPath, SessionDep, StateDep
from api.investigator.pages import error_status, render
from api.investigator.schemas import CrawlRun, Source
from api.investigator.views import crawl_run, source_model
from citizen.text_input import refuse_bad
from store.errors import StoreError
from store.models import Source as SourceRow
from store.models import User
from store.services import crawls as svc
from store.services import sources as sources_svc
from store.services.sources import SourceIn, SourceInvalid
from vocabulary.names import CHANNEL_LABELS

router = APIRouter(tags=["sources"])


@router.get("/api/sources", response_model=list[Source], summary="Sources with their last crawl")
def sources_api(user: Admin, session: SessionDep) -> list[Source]:
    return [source_model(st) for st in svc.sources_with_runs(session)]


@router.get("/api/crawl-runs", response_model=list[CrawlRun], summary="Recent crawl runs")
def crawl_runs_api(
    user: Admin,
    session: SessionDep,
    source_id: Annotated[
        int | None, Query(ge=1, le=MAX_ID, description="Only this source.")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> list[CrawlRun]:
    runs = svc.recent_runs(session, source_id=source_id, limit=limit)
    return [r for r in (crawl_run(run) for run in runs) if r is not None]


@router.post(
    "/api/sources/{source_id}/crawl",
    response_model=CrawlRun,
    status_code=201,
    summary="Crawl a source now (queued; the scheduler starts it within 15 s)",
    responses={409: {"description": "A crawl of this source is already queued or running."}},
)
def crawl_now_api(
    source_id: IdPath, user: Admin, state: StateDep, _csrf: None = CsrfChecked
) -> CrawlRun:
    run = svc.queue_crawl(state.sessions, source_id, user)
    out = crawl_run(run)
    assert out is not None
    return out


def _html(request: Request, session: SessionDep, user: User, **extra: object) -> Response:
    status = int(str(extra.pop("status", 200)))
    return render(
        request,
        "investigator/sources.html",
        user,
        {
            "sources": [source_model(st) for st in svc.sources_with_runs(session)],
            "runs": [crawl_run(r) for r in svc.recent_runs(session, limit=20)],
            **extra,
        },
        status=status,
    )


@router.get("/sources", response_class=HTMLResponse, include_in_schema=False)
def sources_page(request: Request, user: Admin, session: SessionDep) -> Response:
    params = request.query_params
    return _html(
        request, session, user, queued=params.get("queued", ""), saved=params.get("saved", ""),
        paused=params.get("paused", ""), resumed=params.get("resumed", ""),
    )  # fmt: skip


@router.post("/sources/{source_id}/crawl", include_in_schema=False)
def crawl_now_form(
    source_id: IdPath,
    request: Request,
    user: Admin,
    session: SessionDep,
    state: StateDep,
    _csrf: None = CsrfChecked,
) -> Response:
    try:
        run = svc.queue_crawl(state.sessions, source_id, user)
    except StoreError as exc:
        return _html(request, session, user, error=str(exc), status=error_status(exc))
    return RedirectResponse(f"/sources?queued={run.id}", status_code=303)


# ------------------------------------------------------------------ add, edit, pause, resume

# Channels a crawled source may be (a citizen's tip is not a source).
SOURCE_CHANNELS = {k: v for k, v in CHANNEL_LABELS.items() if k != "citizen_tip"}


def _refuse_bad_text(values: dict[str, Any]) -> None:
    """No NUL or lone surrogate in any text of a source (:mod:`citizen.text_input`; 422)."""
    for name, value in values.items():
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str):
                refuse_bad(text, f"Isian '{name}'")


def _one(session: SessionDep, source_id: int) -> Source:
    """One source as the JSON API shows it, read after the change committed."""
    session.expire_all()
    found = [st for st in svc.sources_with_runs(session) if st.source.id == source_id]
    if not found:
        sources_svc.get_source(session, source_id)  # raises NotFound
    return source_model(found[0])


class SourceForm(BaseModel):
    """The source form as posted: every field is text, checked in store.services.sources so
    each mistake gets its Indonesian message beside its field."""

    name: str = ""
    spider: str = ""
    start_urls: str = ""  # one per line
    schedule: str = ""
    region: str = ""
    channel: str = ""
    options: str = ""  # a JSON object, or empty
    active: str = ""


def _from_form(form: SourceForm) -> SourceIn:
    _refuse_bad_text(form.model_dump())
    options: Any = {}
    if form.options.strip():
        try:
            options = json.loads(form.options)
        except (ValueError, RecursionError):
            raise SourceInvalid(
                {"options": 'Opsi bukan JSON yang sah; tulis objek JSON, mis. {"max_depth": 1}.'}
            ) from None
        if not isinstance(options, dict):
            raise SourceInvalid({"options": 'Opsi harus berupa objek JSON, mis. {"max_depth": 1}.'})
    return SourceIn(
        name=form.name, spider=form.spider, start_urls=form.start_urls.splitlines(),
        schedule=form.schedule, region=form.region, channel=form.channel, options=options,
        active=bool(form.active),
    )  # fmt: skip


def _values(source: SourceRow | None) -> dict[str, Any]:
    if source is None:
        return {"name": "", "spider": "jobposting", "start_urls": "", "schedule": "6 jam",
                "region": "", "channel": "job_board", "options": "", "active": True}  # fmt: skip
    return {
        "name": source.name,
        "spider": source.spider,
        "start_urls": "\n".join(str(u) for u in source.start_urls),
        "schedule": sources_svc.schedule_for_form(source.schedule),
        "region": source.region,
        "channel": source.channel,
        "options": json.dumps(source.options, ensure_ascii=False) if source.options else "",
        "active": not source.paused,
    }


def _form_page(
    request: Request,
    user: User,
    values: dict[str, Any],
    *,
    source: SourceRow | None = None,
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> Response:
    context = {
        "source": source,
        "v": values,
        "errors": errors or {},
        "SPIDERS": sources_svc.SPIDER_LABELS,
        "CHANNELS": SOURCE_CHANNELS,
        "MIN_MINUTES": int(sources_svc.MIN_INTERVAL.total_seconds() // 60),
    }
    return render(request, "investigator/source_form.html", user, context, status=status)


@router.get("/sources/new", response_class=HTMLResponse, include_in_schema=False)
def new_source_page(request: Request, user: Admin) -> Response:
    return _form_page(request, user, _values(None))


@router.post("/sources", include_in_schema=False)
def create_source_form(
    request: Request,
    user: Admin,
    state: StateDep,
    form: Annotated[SourceForm, Form()],
    _csrf: None = CsrfChecked,
) -> Response:
    try:
        source = sources_svc.create_source(state.sessions, _from_form(form), actor=user)
    except SourceInvalid as exc:
        # The form again with what to fix beside each field; nothing was stored.
        values = form.model_dump() | {"active": bool(form.active)}
        return _form_page(request, user, values, errors=exc.errors, status=422)
    return RedirectResponse(f"/sources?saved={source.id}", status_code=303)


@router.get("/sources/{source_id}/edit", response_class=HTMLResponse, include_in_schema=False)
def edit_source_page(
    request: Request, source_id: IdPath, user: Admin, session: SessionDep
) -> Response:
    source = sources_svc.get_source(session, source_id)
    return _form_page(request, user, _values(source), source=source)


@router.post("/sources/{source_id}", include_in_schema=False)
def update_source_form(
    request: Request,
    source_id: IdPath,
    user: Admin,
    state: StateDep,
    session: SessionDep,
    form: Annotated[SourceForm, Form()],
    _csrf: None = CsrfChecked,
) -> Response:
    source = sources_svc.get_source(session, source_id)
    try:
        sources_svc.update_source(state.sessions, source_id, _from_form(form), actor=user)
    except SourceInvalid as exc:
        values = form.model_dump() | {"active": bool(form.active)}
        return _form_page(request, user, values, source=source, errors=exc.errors, status=422)
    return RedirectResponse(f"/sources?saved={source_id}", status_code=303)


@router.post("/sources/{source_id}/pause", include_in_schema=False)
def pause_form(
    source_id: IdPath, user: Admin, state: StateDep, _csrf: None = CsrfChecked
) -> Response:
    sources_svc.set_paused(state.sessions, source_id, True, actor=user)
    return RedirectResponse(f"/sources?paused={source_id}", status_code=303)


@router.post("/sources/{source_id}/resume", include_in_schema=False)
def resume_form(
    source_id: IdPath, user: Admin, state: StateDep, _csrf: None = CsrfChecked
) -> Response:
    sources_svc.set_paused(state.sessions, source_id, False, actor=user)
    return RedirectResponse(f"/sources?resumed={source_id}", status_code=303)


# What the schema says of a start URL (store.services.sources checks it, in Indonesian).
START_URL: JsonDict = {
    "type": "string",
    "maxLength": sources_svc.MAX_URL_LENGTH,
    "pattern": r"^https?://[a-z0-9-]+(\.[a-z0-9-]+)+(:[1-9][0-9]{0,3})?(/[!-~]*)?$",
}


# "every 6h", "6 jam", "tiap 30 menit"... at most every 30 minutes (a crontab line is accepted
# too, and checked by the service; the schema names only the intervals).
SCHEDULE: JsonDict = {
    "pattern": r"^((every|tiap|setiap) ?)?(([3-9][0-9]|[1-9][0-9]{2,5}) ?(m|menit)"
    r"|[1-9][0-9]{0,5} ?(h|j|jam|d|hari))$"
}
CHANNEL: JsonDict = {"pattern": r"^[a-z_]*$"}
# A listing spider needs the CSS selector of its advert links.
LISTING_NEEDS_LINKS: JsonDict = {
    "if": {"properties": {"spider": {"const": "listing"}}, "required": ["spider"]},
    "then": {
        "required": ["options"],
        "properties": {
            "options": {
                "required": ["item_links"],
                "properties": {"item_links": {"type": "string", "pattern": r"[^\s\x00]"}},
            }
        },
    },
}


class SourceBody(BaseModel):
    """A source in JSON. ``schedule``: ``every 6h`` (or ``6 jam``), or a 5-field crontab line;
    at most once every 30 minutes. ``active`` false saves it paused."""

    model_config = ConfigDict(extra="forbid", json_schema_extra=LISTING_NEEDS_LINKS)

    name: str = Field(min_length=1, max_length=100, pattern=r"^[a-z0-9][a-z0-9_.-]{1,99}$")
    spider: str = Field(
        description="jobposting | feed | telegram | listing",
        json_schema_extra={"enum": list(sources_svc.SPIDERS)},
    )
    start_urls: list[str] = Field(
        min_length=1,
        max_length=sources_svc.MAX_URLS,
        json_schema_extra={"items": START_URL},
    )
    schedule: str = Field(default="every 6h", json_schema_extra=SCHEDULE)
    region: str = Field(default="", max_length=100)
    channel: str = Field(default="", max_length=50, json_schema_extra=CHANNEL)
    options: dict[str, Any] = Field(default_factory=dict)
    active: bool = Field(default=True, strict=True)


class SourcePatch(BaseModel):
    """Only the fields to change (pausing has its own routes, as on the page)."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(
        default=None, min_length=1, max_length=100, pattern=r"^[a-z0-9][a-z0-9_.-]{1,99}$"
    )
    spider: str | None = Field(
        default=None, json_schema_extra={"enum": [*sources_svc.SPIDERS, None]}
    )
    start_urls: list[str] | None = Field(
        default=None,
        min_length=1,
        max_length=sources_svc.MAX_URLS,
        json_schema_extra={"items": START_URL},
    )
    schedule: str | None = Field(default=None, json_schema_extra=SCHEDULE)
    region: str | None = Field(default=None, max_length=100)
    channel: str | None = Field(default=None, max_length=50, json_schema_extra=CHANNEL)
    options: dict[str, Any] | None = None


_INVALID: dict[int | str, dict[str, Any]] = {
    422: {"description": "A field is invalid; the message names it and what to fix."},
    409: {"description": "Another source has that name."},
}


@router.post(
    "/api/sources",
    response_model=Source,
    status_code=201,
    summary="Add a source (crawled on its schedule unless active is false)",
    responses=_INVALID,
)
def create_source_api(
    body: SourceBody, user: Admin, state: StateDep, session: SessionDep, _csrf: None = CsrfChecked
) -> Source:
    _refuse_bad_text(body.model_dump())
    source = sources_svc.create_source(state.sessions, SourceIn(**body.model_dump()), actor=user)
    return _one(session, source.id)


@router.get("/api/sources/{source_id}", response_model=Source, summary="One source")
def source_api(source_id: IdPath, user: Admin, session: SessionDep) -> Source:
    return _one(session, source_id)


@router.patch(
    "/api/sources/{source_id}",
    response_model=Source,
    summary="Edit a source (the sources file no longer rewrites it)",
    responses=_INVALID,
)
def update_source_api(
    source_id: IdPath,
    body: SourcePatch,
    user: Admin,
    state: StateDep,
    session: SessionDep,
    _csrf: None = CsrfChecked,
) -> Source:
    row = sources_svc.get_source(session, source_id)
    current = SourceIn(
        name=row.name, spider=row.spider, start_urls=[str(u) for u in row.start_urls],
        schedule=row.schedule, region=row.region, channel=row.channel,
        options=dict(row.options or {}), active=not row.paused,
    )  # fmt: skip
    changes = body.model_dump(exclude_unset=True)
    _refuse_bad_text(changes)
    merged = replace(current, **{k: v for k, v in changes.items() if v is not None})
    sources_svc.update_source(state.sessions, source_id, merged, actor=user)
    return _one(session, source_id)


@router.post("/api/sources/{source_id}/pause", response_model=Source, summary="Pause a source")
def pause_api(
    source_id: IdPath, user: Admin, state: StateDep, session: SessionDep, _csrf: None = CsrfChecked
) -> Source:
    sources_svc.set_paused(state.sessions, source_id, True, actor=user)
    return _one(session, source_id)


@router.post("/api/sources/{source_id}/resume", response_model=Source, summary="Resume a source")
def resume_api(
    source_id: IdPath, user: Admin, state: StateDep, session: SessionDep, _csrf: None = CsrfChecked
) -> Source:
    sources_svc.set_paused(state.sessions, source_id, False, actor=user)
    return _one(session, source_id)
