"""The task force's reporting, for signed-in users (any role: viewers read reports too).

    GET /dashboard?start=&end=&region=          the dashboard page (figures and charts)
    GET /api/stats?start=&end=&region=          the same figures as JSON
    GET /reports/monthly.pdf?month=2026-11      the monthly report (PDF, Bahasa Indonesia)
    GET /reports/monthly.csv?month=2026-11      the monthly report (CSV)

Every one of them calls :func:`store.services.stats.compute`, so the page, the JSON and the
files agree. Dates are ``YYYY-MM-DD`` read in WIB; ``end`` is exclusive. A bad date or month
is a :class:`store.errors.InvalidInput`, answered by the app's one error handler (the page
shows the message above its form instead).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, Response
from markupsafe import Markup

from api.auth import CurrentUser, current_user
from api.deps import StateDep
from api.state import AppState
from api.templating import TEMPLATES_DIR, templates
from reports import charts, present
from reports.csv_export import render_csv
from reports.monthly import Report, build
from reports.pdf import render_pdf
from store.errors import InvalidInput
from store.services import periods
from store.services import stats as stats_service
from store.services.periods import WIB, Period
from store.services.stats import Stats

CSS_FILE = TEMPLATES_DIR / "reports" / "reports.css"
CSS_URL = "/reports/assets/reports.css"
# Figures about open cases and named clusters: never kept by a shared browser or a proxy.
NO_STORE = {"Cache-Control": "no-store"}

# What the schema says of the dates (store.services.periods checks them and says what to fix
# in Indonesian; the schema only states it, so the messages stay the service's own).
# Empty means the default.
DATE = {"pattern": r"^([12]\d{3}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))?$"}
Start = Annotated[
    str | None,
    Query(description="First day, YYYY-MM-DD (WIB). Default: 30 days ago.", json_schema_extra=DATE),
]
End = Annotated[
    str | None,
    Query(description="Day after the last, YYYY-MM-DD (exclusive).", json_schema_extra=DATE),
]
Region = Annotated[str | None, Query(description="A source's or tip's region, e.g. Kota Jambi.")]
Month = Annotated[
    str | None,
    Query(
        description="YYYY-MM, e.g. 2026-11 (from 2000). Default: last month.",
        json_schema_extra={"pattern": r"^(2\d{3}-(0[1-9]|1[0-2]))?$"},
    ),
]


# Every route here needs a signed-in user of any role (a session cookie, or a bearer token for
# the JSON and the files); the app's error handler sends browsers to /login, others get 401.
router = APIRouter(dependencies=[Depends(current_user)])


def _loaded_model_version(state: AppState) -> str | None:
    clf = state.classifier
    return str(clf.version) if clf is not None and getattr(clf, "version", None) else None


def _monthly(state: AppState, month: str | None, region: str | None) -> Report:
    return build(
        state.sessions,
        month or periods.previous_month(),
        region,
        loaded_model_version=_loaded_model_version(state),
    )


def _attachment(name: str) -> dict[str, str]:
    return {**NO_STORE, "Content-Disposition": f'attachment; filename="{name}"'}


@router.get("/api/stats", response_model=Stats, tags=["reports"])
def api_stats(
    state: StateDep, start: Start = None, end: End = None, region: Region = None
) -> Stats:
    """The task force's figures for ``[start, end)`` (and a region): counts, breakdowns, review
    outcomes, linked clusters (numbers masked unless escalated) and the weekly trend."""
    period = periods.parse_period(start, end)
    return stats_service.compute(state.sessions, period, region)


@router.get("/reports/monthly.pdf", response_class=Response, tags=["reports"])
async def monthly_pdf(state: StateDep, month: Month = None, region: Region = None) -> Response:
    """The monthly report as PDF (Bahasa Indonesia): summary page, charts, escalated cases."""
    report = await run_in_threadpool(_monthly, state, month, region)
    pdf = await run_in_threadpool(render_pdf, report)
    return Response(
        pdf, media_type="application/pdf", headers=_attachment(f"{report.basename}.pdf")
    )


@router.get("/reports/monthly.csv", response_class=Response, tags=["reports"])
def monthly_csv(state: StateDep, month: Month = None, region: Region = None) -> Response:
    """The monthly report as CSV: one long table (bagian, kode, label, nilai, keterangan)."""
    report = _monthly(state, month, region)
    return Response(
        render_csv(report),
        media_type="text/csv; charset=utf-8",
        headers=_attachment(f"{report.basename}.csv"),
    )


@router.get("/reports/assets/reports.css", include_in_schema=False)
def dashboard_css() -> FileResponse:
    # A file of its own (not inline styles) so the pages can keep a strict CSP.
    return FileResponse(CSS_FILE, media_type="text/css", headers={"Cache-Control": "max-age=3600"})


def _quick_links(region: str | None, today: dt.date) -> list[tuple[str, str]]:
    first = today.replace(day=1)
    prev_first = (first - dt.timedelta(days=1)).replace(day=1)
    next_first = (first + dt.timedelta(days=32)).replace(day=1)
    extra = {"region": region} if region else {}

    def href(a: dt.date, b: dt.date) -> str:
        return "/dashboard?" + urlencode({"start": a.isoformat(), "end": b.isoformat(), **extra})

    tomorrow = today + dt.timedelta(days=1)
    return [
        ("30 hari terakhir", href(tomorrow - dt.timedelta(days=30), tomorrow)),
        ("Bulan ini", href(first, next_first)),
        ("Bulan lalu", href(prev_first, first)),
        ("12 minggu terakhir", href(tomorrow - dt.timedelta(weeks=12), tomorrow)),
    ]


def _tables(s: Stats) -> list[dict[str, Any]]:
    return [
        {
            "title": "Per sumber",
            "heading": "Sumber",
            "rows": [(present.source_label(c.key), c.count) for c in s.by_source],
        },
        {
            "title": "Per saluran",
            "heading": "Saluran",
            "rows": [(present.channel_label(c.key), c.count) for c in s.by_channel],
        },
        {
            "title": "Cek oleh warga",
            "heading": "Hasil",
            "rows": [(present.band_label(c.key), c.count) for c in s.citizen_checks],
        },
        {
            "title": "Cek oleh warga, per tempat",
            "heading": "Tempat",
            "rows": [
                (present.check_channel_label(c.key), c.count) for c in s.citizen_checks_by_channel
            ],
        },
    ]


def _dashboard_context(s: Stats, period: Period) -> dict[str, Any]:
    month = f"{period.start_date.year}-{period.start_date.month:02d}"
    month_period = periods.parse_month(month)
    extra = {"region": s.region} if s.region else {}
    query = urlencode({"month": month, **extra})
    return {
        "stats": s,
        "period_label": present.period_label(s),
        "figures": present.headline(s),
        "charts": [
            Markup(charts.to_svg(present.trend_chart(s), "grafik-tren")),
            Markup(charts.to_svg(present.codes_chart(s), "grafik-tanda")),
            Markup(charts.to_svg(present.destinations_chart(s), "grafik-tujuan")),
        ],
        "tables": _tables(s),
        "kind_labels": present.KIND_LABELS,
        "date_id": present.date_id,
        "how_counted": present.HOW_COUNTED,
        "downloads": {
            "month_label": present.month_label(month_period),
            "pdf": f"/reports/monthly.pdf?{query}",
            "csv": f"/reports/monthly.csv?{query}",
            "json": "/api/stats?"
            + urlencode(
                {
                    "start": period.start_date.isoformat(),
                    "end": period.end_date.isoformat(),
                    **extra,
                }
            ),
        },
    }


@router.get("/dashboard", response_class=HTMLResponse, include_in_schema=False)
def dashboard(
    request: Request,
    state: StateDep,
    user: CurrentUser,
    start: Start = None,
    end: End = None,
    region: Region = None,
) -> HTMLResponse:
    today = dt.datetime.now(WIB).date()
    region = (region or "").strip() or None
    context: dict[str, Any] = {
        "user": user,
        "css_url": CSS_URL,
        "regions": stats_service.regions(state.sessions),
        "quick_links": _quick_links(region, today),
        "stats": None,
        "error": None,
    }
    status = 200
    try:
        period = periods.parse_period(start, end, today=today)
        context.update(
            _dashboard_context(stats_service.compute(state.sessions, period, region), period)
        )
        form_start, form_end = period.start_date.isoformat(), period.end_date.isoformat()
    except InvalidInput as exc:
        # The page answers with its form and what to fix (422, as the app answers InvalidInput
        # elsewhere), not with a bare error page.
        context["error"] = str(exc)
        form_start, form_end, status = start or "", end or "", 422
    context["form"] = {"start": form_start, "end": form_end, "region": region or ""}
    return templates.TemplateResponse(
        request, "reports/dashboard.html", context, status_code=status, headers=NO_STORE
    )
