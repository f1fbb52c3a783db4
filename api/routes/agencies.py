"""The licensed-agency register (P3MI): ``GET /agencies`` (page, search), ``POST
/agencies/import`` (CSV upload, investigators and admins), and the JSON twins
``GET /api/agencies`` and ``POST /api/agencies/import`` (multipart, field ``file``)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from api.auth import CsrfChecked, CurrentUser, Investigator
from api.deps import SessionDep, StateDep
from api.investigator.pages import error_status, render
from api.investigator.schemas import Agency, AgencyPage, ImportResult
from store.errors import InvalidInput, StoreError
from store.models import User
from store.services import agencies as svc

router = APIRouter(tags=["agencies"])
PAGE = 50


def _read(upload: UploadFile) -> bytes:
    # Read at most one byte past the limit: enough to refuse, never a whole huge file.
    # (Sync routes: FastAPI runs them in its thread pool, so reading and importing never
    # block the event loop.)
    data = upload.file.read(svc.MAX_BYTES + 1)
    if not data:
        raise InvalidInput("Pilih berkas CSV daftar P3MI untuk diunggah (berkas kosong).")
    if b"\x00" in data:  # PostgreSQL cannot store it; a UTF-16 file is full of them
        raise InvalidInput(
            "Berkas CSV berisi karakter NUL (kode 0). Simpan ulang sebagai CSV UTF-8, lalu "
            "unggah lagi."
        )
    return data


def _page(session: SessionDep, q: str, page: int) -> AgencyPage:
    rows, total = svc.list_agencies(session, q, limit=PAGE, offset=(page - 1) * PAGE)
    size, imported_at = svc.register_info(session)
    return AgencyPage(
        items=[
            Agency(
                id=a.id,
                name=a.name,
                licence_number=a.licence_number,
                address=a.address,
                status=a.status,
                status_label=svc.STATUS_LABELS.get(a.status, a.status),
                imported_at=a.imported_at,
            )
            for a in rows
        ],
        total=total,
        register_size=size,
        imported_at=imported_at,
    )


Q = Annotated[str, Query(max_length=200, description="Part of a name or licence number.")]
PageNo = Annotated[int, Query(ge=1, le=10_000)]


@router.get("/api/agencies", response_model=AgencyPage, summary="Search the P3MI register")
def agencies_api(user: CurrentUser, session: SessionDep, q: Q = "", page: PageNo = 1) -> AgencyPage:
    return _page(session, q, page)


@router.post(
    "/api/agencies/import",
    response_model=ImportResult,
    summary="Import the P3MI register from CSV (name, licence_number, address, status); "
    "all or nothing",
    responses={422: {"description": "Bad CSV: the message names each bad line."}},
)
def import_api(
    user: Investigator,
    state: StateDep,
    file: Annotated[UploadFile, File(description="CSV, UTF-8 (or Windows-1252), , or ; separated")],
    _csrf: None = CsrfChecked,
) -> ImportResult:
    data = _read(file)
    result = svc.import_csv(state.sessions, data, user, filename=file.filename or "")
    return ImportResult(
        rows=result.rows, created=result.created, updated=result.updated, unchanged=result.unchanged
    )


def _html(
    request: Request, session: SessionDep, user: User, q: str, page: int, **extra: object
) -> Response:
    status = int(str(extra.pop("status", 200)))
    return render(
        request,
        "investigator/agencies.html",
        user,
        {"result": _page(session, q, page), "q": q, "page": page, "per_page": PAGE, **extra},
        status=status,
    )


@router.get("/agencies", response_class=HTMLResponse, include_in_schema=False)
def agencies_page(
    request: Request, user: CurrentUser, session: SessionDep, q: Q = "", page: PageNo = 1
) -> Response:
    imported = request.query_params.get("imported", "")
    return _html(request, session, user, q, page, imported=imported)


@router.post("/agencies/import", include_in_schema=False)
def import_form(
    request: Request,
    user: Investigator,
    session: SessionDep,
    state: StateDep,
    file: Annotated[UploadFile | None, File()] = None,
    _csrf: None = CsrfChecked,
) -> Response:
    try:
        if file is None:
            raise InvalidInput("Pilih berkas CSV daftar P3MI untuk diunggah.")
        data = _read(file)
        result = svc.import_csv(state.sessions, data, user, filename=file.filename or "")
    except StoreError as exc:
        return _html(request, session, user, "", 1, error=str(exc), status=error_status(exc))
    summary = f"{result.rows}-{result.created}-{result.updated}-{result.unchanged}"
    return RedirectResponse(f"/agencies?imported={summary}", status_code=303)
