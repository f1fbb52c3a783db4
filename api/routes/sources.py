"""Sources and crawls, for admins: ``GET /sources`` (page), ``GET /api/sources``,
``GET /api/crawl-runs``, and "crawl now": ``POST /sources/{id}/crawl`` (form) and
``POST /api/sources/{id}/crawl``. A crawl-now request is a queued crawl run that the scheduler
starts within 15 seconds; the web service never imports the crawler."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from api.auth import Admin, CsrfChecked
from api.deps import MAX_ID, IdPath, SessionDep, StateDep
from api.investigator.pages import error_status, render
from api.investigator.schemas import CrawlRun, Source
from api.investigator.views import crawl_run, source_model
from store.errors import StoreError
from store.models import User
from store.services import crawls as svc

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
    return _html(request, session, user, queued=request.query_params.get("queued", ""))


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
