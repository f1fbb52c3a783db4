"""Logs as JSON lines (WASPADA_LOG_FORMAT=json) with the request id a client gets back as
X-Request-ID: in process over real HTTP, and from a real ``waspada serve``."""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from api.app import create_app
from cli.logs import JsonFormatter, RequestIdFilter, StderrHandler, configure_logging
from tests.conftest import LiveServer, free_port
from waspada.settings import Settings

WASPADA = str(Path(sys.executable).with_name("waspada"))


class Lines(logging.Handler):
    """The JSON lines the service would write, kept for the test."""

    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(JsonFormatter())
        self.addFilter(RequestIdFilter())
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))

    def events(self) -> list[dict[str, object]]:
        return [json.loads(line) for line in self.lines]


@pytest.fixture
def served(settings: Settings) -> Iterator[tuple[FastAPI, httpx.Client, Lines]]:
    app = create_app(settings, load_model=False)

    @app.get("/_log-inside")
    def log_inside() -> dict[str, str]:  # a sync route: runs in the thread pool
        logging.getLogger("waspada.test").warning("inside the route")
        return {}

    lines = Lines()
    loggers = [logging.getLogger("waspada.access"), logging.getLogger("waspada.test")]
    for logger in loggers:
        logger.addHandler(lines)
        logger.setLevel(logging.INFO)
    try:
        with LiveServer(app) as server, httpx.Client(base_url=server.url) as client:
            yield app, client, lines
    finally:
        for logger in loggers:
            logger.removeHandler(lines)


def test_each_line_carries_the_request_id_the_client_gets(
    served: tuple[FastAPI, httpx.Client, Lines],
) -> None:
    _app, client, lines = served
    r = client.get("/healthz?q=rahasia")
    rid = r.headers["x-request-id"]
    assert re.fullmatch(r"[0-9a-f]{32}", rid)
    (access,) = [e for e in lines.events() if e["logger"] == "waspada.access"]
    assert access["request_id"] == rid
    assert access["method"] == "GET" and access["path"] == "/healthz"
    assert access["status"] == 200 and isinstance(access["duration_ms"], float)
    assert "client" not in access  # no address unless the operator turns it on
    assert "rahasia" not in lines.lines[0]  # never the query string

    # A line written inside a route running in the thread pool carries the same id.
    r = client.get("/_log-inside", headers={"X-Request-ID": "proxy-id-0001"})
    assert r.headers["x-request-id"] == "proxy-id-0001"
    inside = [e for e in lines.events() if e["logger"] == "waspada.test"]
    assert inside[0]["request_id"] == "proxy-id-0001" and inside[0]["level"] == "WARNING"

    # An id that is not a plain token is replaced, so nothing odd reaches the log.
    for odd in ("short", "a b c d e f g h", "x" * 65):
        given = client.get("/healthz", headers={"X-Request-ID": odd}).headers["x-request-id"]
        assert given != odd and re.fullmatch(r"[0-9a-f]{32}", given)
    # Ids differ per request and none outlives its request.
    ids = [e["request_id"] for e in lines.events() if e["logger"] == "waspada.access"]
    assert len(set(ids)) == len(ids)
    logging.getLogger("waspada.test").warning("outside")
    assert "request_id" not in lines.events()[-1]


def test_client_addresses_only_when_turned_on(settings: Settings) -> None:
    app = create_app(settings.model_copy(update={"access_log_client_ips": True}), load_model=False)
    lines = Lines()
    access = logging.getLogger("waspada.access")
    access.addHandler(lines)
    access.setLevel(logging.INFO)
    try:
        with LiveServer(app) as server:
            httpx.get(f"{server.url}/healthz")
    finally:
        access.removeHandler(lines)
    assert lines.events()[-1]["client"] == "127.0.0.1"


def test_an_exception_is_one_line() -> None:
    try:
        raise ValueError("boom\nsecond line")
    except ValueError:
        record = logging.LogRecord("w", logging.ERROR, __file__, 1, "failed %s", ("x",), None)
        record.exc_info = sys.exc_info()
    line = JsonFormatter().format(record)
    assert "\n" not in line
    event = json.loads(line)
    assert event["message"] == "failed x" and "ValueError: boom" in event["exception"]
    assert event["time"].endswith("+00:00")


def test_logging_set_up_by_someone_else_is_left_alone(settings: Settings) -> None:
    """As basicConfig: a test runner's (or an embedding program's) handlers stay."""
    root = logging.getLogger()
    before = list(root.handlers)
    foreign = logging.NullHandler()
    root.addHandler(foreign)
    try:
        configure_logging(settings.model_copy(update={"log_format": "json"}))
        assert foreign in root.handlers
        assert not any(isinstance(h, StderrHandler) for h in root.handlers)
    finally:
        root.removeHandler(foreign)
    assert root.handlers == before


@pytest.mark.slow
def test_serve_writes_json_lines(migrated_url: str) -> None:
    port = free_port()
    env = {
        **os.environ,
        "WASPADA_DATABASE_URL": migrated_url,
        "WASPADA_SCHEDULER_ENABLED": "false",
        "WASPADA_ALERTS_WORKER_ENABLED": "false",
        "WASPADA_LOG_FORMAT": "json",
        "WASPADA_MODEL_DIR": "/nonexistent/model",  # starts at once; the failure is logged
    }
    proc = subprocess.Popen(
        [WASPADA, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 240  # torch's import alone is slow on a busy machine
        while True:
            try:
                r = httpx.get(
                    f"http://127.0.0.1:{port}/healthz", headers={"X-Request-ID": "probe-000042"}
                )
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.2)
        assert r.headers["x-request-id"] == "probe-000042"
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=30)
    events = [json.loads(line) for line in err.splitlines() if line.strip()]  # every line
    access = [e for e in events if e["logger"] == "waspada.access"]
    assert access and access[-1]["request_id"] == "probe-000042"
    assert "client" not in access[-1]
    # uvicorn's own lines come through the same handler, as JSON (without terminal colours).
    started = [e for e in events if e["logger"] == "uvicorn.error"]
    assert started and not any("color_message" in e for e in started)
    failed = [e for e in events if "exception" in e]
    assert failed and failed[0]["level"] == "ERROR"
