"""FastAPI dependencies as short aliases (``SessionDep``, ``StateDep``), the one type of a row
id in a path or a query (``IdPath``, ``IdQuery``), and the app-wide refusal of a NUL in a path
or query string (:func:`refuse_bad_query`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Path, Query, Request
from sqlalchemy.orm import Session

from api.state import AppState
from citizen.text_input import refuse_bad


def get_state(request: Request) -> AppState:
    state: AppState = request.app.state.waspada
    return state


StateDep = Annotated[AppState, Depends(get_state)]


def get_session(state: StateDep) -> Iterator[Session]:
    """A session per request; routes that write call service functions owning the transaction."""
    with state.sessions() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


# Row ids (and advert versions) are 32-bit integers on PostgreSQL, and SQLite cannot even bind
# an int past 2^63: a larger id in a path reached the database and came back as a 500. No row
# can have an id outside 1..2^31-1, so such a path is refused (422) before any query.
MAX_ID = 2**31 - 1
IdPath = Annotated[int, Path(ge=1, le=MAX_ID, description=f"A row id, 1 to {MAX_ID}.")]
IdQuery = Annotated[int | None, Query(ge=1, le=MAX_ID, description=f"A row id, 1 to {MAX_ID}.")]


def refuse_bad_query(request: Request) -> None:
    """Every route (an app-wide dependency): a NUL (``%00``) in the path or in a query
    parameter's name or value is refused with 422 and a message, before a route reads it, so
    no search, filter or region reaches a database (PostgreSQL cannot hold one) or a header.
    Percent-decoding replaces broken UTF-8, so no lone surrogate arrives this way."""
    refuse_bad(request.url.path, "Alamat (path)")
    for name, value in request.query_params.multi_items():
        refuse_bad(name, "Nama parameter")
        refuse_bad(value, f"Parameter '{name}'")
