"""FastAPI dependencies as short aliases (``SessionDep``, ``StateDep``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from api.state import AppState


def get_state(request: Request) -> AppState:
    state: AppState = request.app.state.waspada
    return state


StateDep = Annotated[AppState, Depends(get_state)]


def get_session(state: StateDep) -> Iterator[Session]:
    """A session per request; routes that write call service functions owning the transaction."""
    with state.sessions() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
