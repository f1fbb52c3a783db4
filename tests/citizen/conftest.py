"""Fixtures for the citizens' check: the real classifier (loaded once per session), apps served
over real HTTP on loopback, and the canary and fixture servers of :mod:`tests.citizen.servers`."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from api.app import create_app
from tests.citizen.servers import Canary, Site
from tests.conftest import LiveServer
from waspada.settings import Settings


def citizen_settings(settings: Settings, **overrides: Any) -> Settings:
    """The test settings with rate limits off unless a test turns them on."""
    values: dict[str, Any] = {"rate_limit_enabled": False, **overrides}
    return settings.model_copy(update=values)


def make_app(settings: Settings, classifier: Any) -> FastAPI:
    app = create_app(settings, load_model=False)
    app.state.waspada.classifier = classifier
    return app


@pytest.fixture
def canary() -> Iterator[Canary]:
    with Canary("127.0.0.1") as c:
        yield c


@pytest.fixture
def canary6() -> Iterator[Canary]:
    """A canary on ::1; where the machine has no IPv6 loopback, a second IPv4 one (the IPv6
    cases are then refused before any connection could be tried, which is checked anyway)."""
    try:
        c = Canary("::1")
    except OSError:
        c = Canary("127.0.0.1")
    with c:
        yield c


@pytest.fixture
def site() -> Iterator[Site]:
    with Site() as s:
        yield s


@pytest.fixture
def live_app(
    settings: Settings, classifier: Any, site: Site
) -> Iterator[tuple[FastAPI, httpx.Client]]:
    """The real app (fixture site allowed on its port only) served on loopback, and a client."""
    allowed = citizen_settings(settings, fetch_allow_list=f"127.0.0.1:{site.port}")
    app = make_app(allowed, classifier)
    with LiveServer(app) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        yield app, client


class FakeDNS:
    """Answers DNS questions from a table (a stand-in for the outside world's DNS: the test
    machine has none). Unknown names fail as they would for real."""

    def __init__(self, table: Mapping[str, Sequence[str] | Callable[[], Sequence[str]]]) -> None:
        self.table = table
        self.asked: list[str] = []

    def __call__(self, host: str, port: int) -> Sequence[str]:
        self.asked.append(host)
        answer = self.table.get(host)
        if answer is None:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return answer() if callable(answer) else answer
