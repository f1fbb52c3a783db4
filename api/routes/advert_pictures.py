"""``GET /adverts/{id}/pictures``: the pictures an advert carries (a Telegram photo post's, a
citizen's flyer), each with the words its red flags quote outlined on it."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select

from api.auth import CurrentUser
from api.deps import IdPath, SessionDep
from api.investigator.pages import render
from api.investigator.pictures import picture_views
from store.errors import NotFound
from store.models import Advert, Classification
from store.services import flags as flag_rules
from store.services.pictures import pictures_of

router = APIRouter(tags=["adverts"])


@router.get(
    "/adverts/{advert_id}/pictures",
    response_class=HTMLResponse,
    summary="The advert's pictures with the quoted words outlined",
)
def advert_pictures(
    request: Request, advert_id: IdPath, user: CurrentUser, session: SessionDep
) -> Response:
    advert = session.get(Advert, advert_id)
    if advert is None:
        raise NotFound(f"Iklan {advert_id} tidak ada.")
    latest = session.scalar(
        select(Classification)
        .where(Classification.advert_id == advert_id)
        .order_by(Classification.created_at.desc(), Classification.id.desc())
        .limit(1)
    )
    red_flags = flag_rules.reasons(latest.red_flags) if latest is not None else []
    views = picture_views(pictures_of(session, advert_id), advert.current_version, red_flags)
    return render(
        request, "investigator/pictures.html", user, {"advert": advert, "pictures": views}
    )
