"""Liveness and readiness probes for the operator's process manager or load balancer."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.exc import SQLAlchemyError

from api.deps import StateDep
from store.db import ping

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str


class Readiness(BaseModel):
    status: str
    database: str
    model: str
    leader: bool  # this process runs the crawl schedule; one server of several does


@router.get("/healthz", response_model=Health, summary="The process is up")
def healthz() -> Health:
    return Health(status="ok")


@router.get(
    "/readyz",
    response_model=Readiness,
    summary="The database is reachable and the model is loaded",
    responses={503: {"model": Readiness}},
)
def readyz(state: StateDep) -> JSONResponse:
    try:
        ping(state.engine)
        database = "ok"
    except SQLAlchemyError as exc:
        database = f"unreachable: {type(exc).__name__}"
    model = "ok" if state.classifier is not None else (state.classifier_error or "not loaded")
    ready = database == "ok" and model == "ok"
    try:
        leader = state.leader()
    except SQLAlchemyError:  # a worker asks the database, which is reported above
        leader = False
    body = Readiness(
        status="ok" if ready else "unavailable", database=database, model=model, leader=leader
    )
    return JSONResponse(body.model_dump(), status_code=200 if ready else 503)
