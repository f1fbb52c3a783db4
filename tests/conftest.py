"""Shared fixtures: a fresh database per test (SQLite always, PostgreSQL when configured) and a
live HTTP server running the real app on a free loopback port."""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from store.db import make_engine, make_sessionmaker
from store.migrate import upgrade
from waspada.settings import Settings

PG_URL = os.environ.get("WASPADA_TEST_DATABASE_URL")
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])


def _pg_schema_url(base: str, schema: str) -> str:
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a fresh, empty database. On PostgreSQL, a new schema per test; if the server
    is unreachable the test fails (CI sets WASPADA_TEST_DATABASE_URL, so nothing is skipped)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    assert PG_URL is not None
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield _pg_schema_url(PG_URL, schema)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def migrated_url(db_url: str) -> str:
    upgrade(db_url)
    return db_url


@pytest.fixture
def engine(migrated_url: str) -> Iterator[Engine]:
    eng = make_engine(migrated_url)
    yield eng
    eng.dispose()


@pytest.fixture
def factory(engine: Engine) -> sessionmaker[Session]:
    return make_sessionmaker(engine)


@pytest.fixture
def settings(migrated_url: str, tmp_path: Path) -> Settings:
    # Check counts written at once, so a test can read them right after a request (the
    # buffered default has its own test in tests/citizen/test_check_counting.py).
    return Settings(  # type: ignore[call-arg]
        database_url=migrated_url,
        data_dir=tmp_path / "var",
        check_count_flush_s=0,
        # Test webhook receivers listen on loopback, which webhooks may not reach by default
        # (tests/alerts/test_delivery.py checks the refusal with the default).
        alerts_webhook_allow_list="127.0.0.1",
        _env_file=None,
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """Runs an ASGI app with uvicorn in a thread; ``url`` is its base address."""

    def __init__(self, app: object, **options: Any) -> None:
        """``options`` go to uvicorn.Config (``api.serving.server_options(settings)`` to serve
        exactly as ``waspada serve`` does)."""
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            app,  # type: ignore[arg-type]
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            **options,
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("live server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


# Debian's Chromium for the browser tests (the Makefile installs it), one per test module.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def classifier() -> Any:
    """The shipped model, loaded once for the whole run (``WASPADA_MODEL_DIR`` may point
    elsewhere while developing)."""
    from classifier.pipeline import Classifier

    model_dir = os.environ.get("WASPADA_MODEL_DIR")
    return Classifier.load(Path(model_dir) if model_dir else None)
