"""One advert: ``GET /adverts/{id}`` (page), ``GET /api/adverts/{id}`` (JSON), the archived
page ``GET /adverts/{id}/snapshot/{version}`` (sandboxed), and the police bundle
``GET /adverts/{id}/bundle.zip`` (investigators; written to the audit log)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth import CurrentUser, Investigator
from api.deps import IdPath, SessionDep, StateDep
from api.investigator import snapshot
from api.investigator.pages import can_act, render
from api.investigator.schemas import AdvertDetail
from api.investigator.views import advert_detail, graph, highlighted_text
from crawler.warc import write_warc
from store.errors import Conflict, NotFound
from store.models import AdvertVersion, User
from store.services.adverts import SnapshotPurged, snapshot_body
from store.services.agencies import check_entities
from store.services.bundles import build_bundle
from store.services.cases import ESCALATION_TARGETS, case_file, reviewers
from store.services.pictures import picture_count

router = APIRouter(tags=["adverts"])

OK_MESSAGES = {
    "in_review": "Kasus mulai ditinjau dan ditugaskan kepada Anda.",
    "escalated": "Kasus dieskalasi. Nomor rujukan tercatat di jejak audit.",
    "dismissed": "Iklan ditandai bukan pelanggaran (salah tandai).",
    "closed": "Kasus ditutup.",
    "assigned": "Penugasan diperbarui.",
    "note": "Catatan ditambahkan.",
}


def load_detail(session: Session, advert_id: int, user: User) -> AdvertDetail:
    cf = case_file(session, advert_id)
    register = check_entities(session, cf.entities)
    # A citizen's contact is for those who may act on the case, not for viewers.
    return advert_detail(cf, register, show_contacts=can_act(user))


@router.get(
    "/api/adverts/{advert_id}",
    response_model=AdvertDetail,
    summary="One advert: text, red flags with evidence, entities, register check, versions, "
    "linked adverts, case, notes and audit trail",
)
def advert_api(advert_id: IdPath, user: CurrentUser, session: SessionDep) -> AdvertDetail:
    return load_detail(session, advert_id, user)


def advert_page(
    request: Request,
    session: Session,
    user: User,
    advert_id: int,
    *,
    error: str = "",
    form: dict[str, Any] | None = None,
    status: int = 200,
) -> Response:
    """The advert page; also re-rendered by the case forms when a change is refused, so the
    investigator sees why, with what they typed still in the form."""
    detail = load_detail(session, advert_id, user)
    ok = request.query_params.get("ok", "")
    return render(
        request,
        "investigator/advert.html",
        user,
        {
            "a": detail,
            "text": highlighted_text(detail),
            "graph": graph(detail),
            "picture_count": picture_count(session, advert_id),
            "reviewers": [(u.username, u.full_name) for u in reviewers(session)],
            "targets": ESCALATION_TARGETS,
            "error": error,
            "ok": OK_MESSAGES.get(ok, ""),
            "form": form or {},
        },
        status=status,
    )


@router.get("/adverts/{advert_id}", response_class=HTMLResponse, include_in_schema=False)
def advert_html(
    advert_id: IdPath, request: Request, user: CurrentUser, session: SessionDep
) -> Response:
    return advert_page(request, session, user, advert_id)


@router.get(
    "/adverts/{advert_id}/snapshot/{version}",
    response_class=HTMLResponse,
    summary="The archived page of one version, cleaned and sandboxed",
    responses={200: {"content": {"text/html": {}}}},
)
def snapshot_view(
    advert_id: IdPath, version: IdPath, user: CurrentUser, session: SessionDep
) -> Response:
    row = session.scalar(
        select(AdvertVersion).where(
            AdvertVersion.advert_id == advert_id, AdvertVersion.version == version
        )
    )
    if row is None or row.snapshot is None:
        raise NotFound(f"Iklan {advert_id} tidak punya arsip halaman untuk versi {version}.")
    try:
        body = snapshot_body(row.snapshot)
    except SnapshotPurged:
        raise NotFound(
            f"Arsip halaman iklan {advert_id} versi {version} sudah dihapus pada "
            f"{row.snapshot.purged_at:%Y-%m-%d} menurut aturan retensi (iklan ini tidak pernah "
            f"ditandai). Catatannya tetap ada: SHA-256 {row.snapshot.sha256}."
        ) from None
    except ValueError:
        raise Conflict(
            f"Arsip halaman iklan {advert_id} versi {version} tidak cocok dengan SHA-256 yang "
            "dicatat saat diambil: arsip rusak atau diubah. Laporkan ke admin."
        ) from None
    html = snapshot.safe_html(body, row.snapshot.content_type)
    return HTMLResponse(html, headers=snapshot.HEADERS)


@router.get(
    "/adverts/{advert_id}/bundle.zip",
    response_class=Response,
    summary="The case bundle for the police: case.json, case.csv, snapshots.warc.gz and "
    "MANIFEST.sha256 (recorded in the audit log as case.export)",
    responses={200: {"content": {"application/zip": {}}}},
)
def bundle(advert_id: IdPath, user: Investigator, state: StateDep) -> Response:
    result = build_bundle(state.sessions, advert_id, user, write_warc)
    return Response(
        result.data,
        media_type="application/zip",
        headers={
            "Content-Disposition": f'attachment; filename="{result.filename}"',
            "Cache-Control": "no-store",
        },
    )
