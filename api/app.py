"""The FastAPI application factory: `create_app(settings)`; each test builds its own app."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.gzip import GZipMiddleware
from starlette.middleware.sessions import SessionMiddleware

from api import errors, openapi
from api.deps import refuse_bad_query
from api.routes import (
    advert_pictures,
    adverts,
    agencies,
    alerts,
    auth,
    bots,
    cases,
    check,
    check_number,
    health,
    metrics,
    queue,
    reports,
    sources,
    users,
    values,
)
from api.security import SecurityHeaders
from api.state import AppState
from store.db import make_engine, make_sessionmaker
from waspada import __version__
from waspada.settings import Settings

log = logging.getLogger(__name__)
STATIC_DIR = Path(__file__).resolve().parent / "static"


def load_classifier(state: AppState) -> None:
    """Load the shipped (or configured) model once; readiness reports a failure."""
    try:
        from classifier.pipeline import Classifier
    except ImportError:  # the classifier package is not built yet in this checkout
        state.classifier_error = "classifier package missing"
        return
    try:
        state.classifier = Classifier.load(**state.settings.classifier_options())
    except Exception as exc:  # reported on /readyz and in the log, never hidden
        log.exception("could not load the classifier")
        state.classifier_error = f"failed to load: {exc}"


def create_app(settings: Settings, *, load_model: bool = True) -> FastAPI:
    engine = make_engine(settings.database_url)
    state = AppState(settings=settings, engine=engine, sessions=make_sessionmaker(engine))
    if load_model:
        load_classifier(state)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        for hook in state.on_shutdown:
            hook()
        engine.dispose()

    app = FastAPI(
        title="Waspada",
        version=__version__,
        description="Deteksi iklan lowongan kerja yang menipu dan berisiko TPPO.",
        lifespan=lifespan,
        responses=errors.RESPONSES,
        # A NUL in any path or query string is refused (422) before a route sees it.
        dependencies=[Depends(refuse_bad_query)],
    )
    app.state.waspada = state
    # Signed session cookie for the web UI: HttpOnly always, Secure in production.
    app.add_middleware(
        SessionMiddleware,
        secret_key=settings.secret_key,
        session_cookie="waspada_session",
        max_age=12 * 3600,
        same_site="lax",
        https_only=settings.environment == "production",
    )
    # Pages are text: gzip makes them about 5x smaller on a slow mobile connection.
    app.add_middleware(GZipMiddleware, minimum_size=1000)
    # Outermost: every response, error pages included, gets the security headers.
    app.add_middleware(SecurityHeaders, log_client_ips=settings.access_log_client_ips)
    errors.install(app)
    app.include_router(health.router)
    app.include_router(metrics.router)  # /metrics (Prometheus; loopback or an admin token)
    app.include_router(auth.router)  # /login, /logout, /api/me
    check.install(app)  # the citizens' page, /api/check and /api/tips
    bots.install(app)  # /bots/telegram, /bots/whatsapp (after the check: they share its checker)
    check_number.install(app)  # /cek-nomor, /api/check-number and objections
    app.include_router(reports.router)  # /dashboard, /api/stats, /reports/monthly.pdf|csv
    app.include_router(alerts.router)  # /alerts pages and /api/alerts (admins)
    app.include_router(queue.router)  # /queue, /api/cases, /queue.csv
    app.include_router(adverts.router)  # /adverts/{id}, snapshot, bundle.zip, /api/adverts/{id}
    app.include_router(advert_pictures.router)  # /adverts/{id}/pictures (photo posts, flyers)
    app.include_router(cases.router)  # case workflow, assignment, notes (forms and /api/cases)
    app.include_router(agencies.router)  # /agencies, /api/agencies (P3MI register import)
    app.include_router(sources.router)  # /sources, /api/sources, /api/crawl-runs (admins)
    app.include_router(users.router)  # /users, /api/users, token revocation (admins)
    app.include_router(values.router)  # /values/{kind}/{value}, /objections (Cek nomor)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    openapi.install(app)  # the schema states the refusals every route shares (NUL)
    return app
