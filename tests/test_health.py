from __future__ import annotations

import httpx

from api.app import create_app
from tests.conftest import LiveServer
from waspada.settings import Settings


def test_healthz_and_readyz_over_http(settings: Settings) -> None:
    app = create_app(settings, load_model=False)
    app.state.waspada.classifier = object()  # model loading: tests/classifier
    with LiveServer(app) as server:
        assert httpx.get(f"{server.url}/healthz").json() == {"status": "ok"}
        ready = httpx.get(f"{server.url}/readyz")
    assert ready.status_code == 200
    assert ready.json() == {"status": "ok", "database": "ok", "model": "ok", "leader": False}


def test_readyz_reports_unreachable_database() -> None:
    # Nothing listens on port 1: the database is unreachable.
    url = "postgresql+psycopg://postgres@127.0.0.1:1/test?connect_timeout=2"
    settings = Settings(database_url=url, _env_file=None)  # type: ignore[call-arg]
    app = create_app(settings, load_model=False)
    with LiveServer(app) as server:
        ready = httpx.get(f"{server.url}/readyz")
    assert ready.status_code == 503
    body = ready.json()
    assert body["status"] == "unavailable"
    assert body["database"].startswith("unreachable")
    assert body["model"] != "ok"
