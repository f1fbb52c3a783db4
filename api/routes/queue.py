"""The review queue: ``GET /queue`` (page), ``GET /api/cases`` (JSON), ``GET /queue.csv``.

All three take the same filters in the query string, so a filtered page, its JSON and its
spreadsheet always agree: ``status`` (repeatable; ``open`` = new + in review, the default;
``all``), ``flag`` (repeatable red-flag code), ``source`` (id), ``destination`` (ISO code),
``assignee`` (``me``, ``none`` or a username), ``from``/``to`` (YYYY-MM-DD, WIB: adverts seen
in that period), ``q`` (words in the title or text), ``sort`` and ``page``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select

from api.auth import CurrentUser
from api.deps import MAX_ID, SessionDep
from api.investigator import present
from api.investigator.pages import query_without, render
from api.investigator.schemas import CasePage
from api.investigator.views import case_row
from store.errors import InvalidInput
from store.models import CaseStatus, User
from store.services import queue as svc
from store.services.bundles import safe_cell
from store.services.cases import STATUS_LABELS
from vocabulary.red_flags import RED_FLAG_LABELS

router = APIRouter(tags=["queue"])

SORT_LABELS = {
    "priority": "Prioritas (risiko, lalu terbaru)",
    "score": "Skor tertinggi",
    "fresh": "Terakhir terlihat",
    "oldest": "Paling lama menunggu",
}


def _date(value: str, name: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"Tanggal '{name}' tidak sah: {value!r} (format TTTT-BB-HH).") from None


# What the schema says of the filters the service checks itself (with its own messages).
DAY = {"pattern": r"^([12]\d{3}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))?$"}
SORT_CHOICES = {"enum": list(svc.SORTS)}


def queue_filter(
    session: SessionDep,
    user: CurrentUser,
    status: Annotated[
        list[str],
        Query(
            description="open (default), all, or new|in_review|escalated|dismissed|closed",
            json_schema_extra={
                "items": {"enum": ["", "open", "all", *(s.value for s in CaseStatus)]}
            },
        ),
    ] = [],  # noqa: B006 (FastAPI copies defaults)
    flag: Annotated[
        list[str],
        Query(
            description="Red-flag code(s); any of them.",
            json_schema_extra={"items": {"enum": ["", *RED_FLAG_LABELS]}},
        ),
    ] = [],  # noqa: B006
    source: Annotated[
        str, Query(description="Source id.", json_schema_extra={"pattern": r"^([1-9]\d{0,8})?$"})
    ] = "",
    destination: Annotated[str, Query(description="ISO 3166-1 alpha-2 code, e.g. KH.")] = "",
    assignee: Annotated[str, Query(description="me, none, or a username.")] = "",
    seen_from: Annotated[
        str, Query(alias="from", description="YYYY-MM-DD (WIB).", json_schema_extra=DAY)
    ] = "",
    seen_to: Annotated[
        str, Query(alias="to", description="YYYY-MM-DD (WIB).", json_schema_extra=DAY)
    ] = "",
    q: Annotated[str, Query(description="Words in the title or text.", max_length=200)] = "",
    sort: Annotated[
        str,
        Query(description="priority, score, fresh or oldest.", json_schema_extra=SORT_CHOICES),
    ] = "priority",
) -> svc.QueueFilter:
    chosen = [v for v in status if v]
    statuses: tuple[CaseStatus, ...]
    if not chosen or chosen == ["open"]:
        statuses = svc.OPEN_STATUSES
    elif "all" in chosen:
        statuses = ()
    else:
        try:
            statuses = tuple(CaseStatus(v) for v in chosen if v != "open")
        except ValueError:
            raise InvalidInput(f"Status tidak dikenal: {', '.join(chosen)}.") from None
        if "open" in chosen:
            statuses = (*svc.OPEN_STATUSES, *statuses)
    flags = tuple(v for v in flag if v)
    unknown = [c for c in flags if c not in RED_FLAG_LABELS]
    if unknown:
        raise InvalidInput(f"Kode tanda bahaya tidak dikenal: {', '.join(unknown)}.")
    # An id a row can have (1..2^31-1; a longer one would reach the database and fail there).
    if source and not (
        source.isascii() and source.isdigit() and len(source) <= 10 and 1 <= int(source) <= MAX_ID
    ):
        raise InvalidInput(
            f"Sumber harus berupa nomor (id) 1 sampai {MAX_ID}, bukan {source[:20]!r}."
        )
    destination = destination.strip().upper()
    if destination and not (len(destination) == 2 and destination.isalpha()):
        raise InvalidInput(f"Tujuan harus kode negara dua huruf (mis. KH), bukan {destination!r}.")
    assignee_id, unassigned = None, False
    if assignee == "me":
        assignee_id = user.id
    elif assignee == "none":
        unassigned = True
    elif assignee:
        found = session.scalar(select(User.id).where(User.username == assignee.strip().lower()))
        if found is None:
            raise InvalidInput(f"Pengguna '{assignee}' tidak ada.")
        assignee_id = found
    if sort not in svc.SORTS:
        raise InvalidInput(f"Urutan tidak dikenal: {sort!r} (pilihan: {', '.join(svc.SORTS)}).")
    return svc.QueueFilter(
        q=q.strip(),
        statuses=statuses,
        flags=flags,
        source_id=int(source) if source else None,
        destination=destination,
        assignee_id=assignee_id,
        unassigned=unassigned,
        seen_from=_date(seen_from, "dari"),
        seen_to=_date(seen_to, "sampai"),
        sort=sort,  # type: ignore[arg-type]
    )


FilterDep = Annotated[svc.QueueFilter, Depends(queue_filter)]
PageParam = Annotated[int, Query(ge=1, le=10_000, description="Page number, from 1.")]


def _page(session: SessionDep, f: svc.QueueFilter, page: int) -> CasePage:
    result = svc.search(session, f, page)
    return CasePage(
        items=[case_row(r) for r in result.rows],
        total=result.total,
        page=result.page,
        page_size=result.page_size,
        pages=result.pages,
    )


@router.get(
    "/api/cases",
    response_model=CasePage,
    summary="The review queue (filtered, ranked, 25 a page)",
)
def cases_api(
    user: CurrentUser, session: SessionDep, f: FilterDep, page: PageParam = 1
) -> CasePage:
    return _page(session, f, page)


@router.get("/queue", response_class=HTMLResponse, include_in_schema=False)
def queue_page(
    request: Request, user: CurrentUser, session: SessionDep, f: FilterDep, page: PageParam = 1
) -> Response:
    result = _page(session, f, page)
    options = svc.filter_options(session)
    params = request.query_params
    return render(
        request,
        "investigator/queue.html",
        user,
        {
            "result": result,
            "counts": svc.counts_by_status(session),
            "options": options,
            "flag_labels": RED_FLAG_LABELS,
            "status_labels": {s.value: label for s, label in STATUS_LABELS.items()},
            "sort_labels": SORT_LABELS,
            "form": {
                "status": params.getlist("status") or ["open"],
                "flag": params.getlist("flag"),
                "source": params.get("source", ""),
                "destination": params.get("destination", ""),
                "assignee": params.get("assignee", ""),
                "from": params.get("from", ""),
                "to": params.get("to", ""),
                "q": params.get("q", ""),
                "sort": params.get("sort", "priority"),
            },
            "filters_qs": query_without(request, "page"),
            "filtered": bool(query_without(request, "page", "sort")),
        },
    )


CSV_COLUMNS = [
    "kasus_id", "iklan_id", "status", "skor", "tingkat_risiko", "judul", "tanda_bahaya",
    "kode_tanda_bahaya", "tujuan", "sumber", "saluran", "penanggung_jawab", "pertama_terlihat",
    "terakhir_terlihat", "dihapus_dari_sumber", "kasus_dibuka", "nomor_rujukan", "tautan_iklan",
    "halaman_waspada",
]  # fmt: skip


@router.get(
    "/queue.csv",
    response_class=Response,
    summary="The review queue as CSV, with the same filters (up to 10,000 rows)",
    responses={200: {"content": {"text/csv": {}}, "description": "UTF-8 CSV with a BOM."}},
)
def queue_csv(request: Request, user: CurrentUser, session: SessionDep, f: FilterDep) -> Response:
    base = str(request.base_url).rstrip("/")
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(CSV_COLUMNS)
    for row in svc.export_rows(session, f):
        w.writerow(
            [
                safe_cell(v)
                for v in (
                    row.case_id,
                    row.advert_id,
                    STATUS_LABELS[row.status],
                    f"{row.score:.3f}" if row.score is not None else "",
                    present.band_label(row.band),
                    row.title,
                    "; ".join(present.flag_label(c) for c in row.flags),
                    " ".join(row.flags),
                    ", ".join(present.country(d) for d in row.destinations),
                    row.source,
                    row.channel,
                    row.assignee or "",
                    present.wib(row.first_seen),
                    present.wib(row.last_seen),
                    present.wib(row.removed_at),
                    present.wib(row.opened_at),
                    row.external_ref,
                    row.url or "",
                    f"{base}/adverts/{row.advert_id}",
                )
            ]
        )
    stamp = dt.datetime.now(present.WIB).strftime("%Y%m%d-%H%M")
    return Response(
        out.getvalue().encode("utf-8-sig"),  # the BOM makes Excel read UTF-8
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="antrean-{stamp}.csv"',
            "Cache-Control": "no-store",
        },
    )
