"""Fixtures for "Cek nomor": the shipped classifier (loaded once), the world of
:mod:`tests.numbers.world`, and the real app served over HTTP on loopback."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from sqlalchemy.orm import Session, sessionmaker

from api.app import create_app
from tests.conftest import LiveServer
from tests.investigator.conftest import Client, sign_in
from tests.numbers import world as world_module
from waspada.settings import Settings


@pytest.fixture(scope="session")
def classified(classifier: Any) -> dict[str, dict[str, Any]]:
    return world_module.classify_all(classifier)


@pytest.fixture
def world(
    factory: sessionmaker[Session], classified: dict[str, dict[str, Any]]
) -> world_module.World:
    return world_module.build(factory, classified)


@dataclass
class Live:
    url: str
    world: world_module.World
    factory: sessionmaker[Session]
    settings: Settings
    http: httpx.Client


def serve(settings: Settings, classifier: Any) -> LiveServer:
    app = create_app(settings, load_model=False)
    app.state.waspada.classifier = classifier
    return LiveServer(app)


@pytest.fixture
def live(
    settings: Settings, factory: sessionmaker[Session], world: world_module.World, classifier: Any
) -> Iterator[Live]:
    """The app with rate limits off (a test of the limit builds its own)."""
    quiet = settings.model_copy(update={"rate_limit_enabled": False})
    with serve(quiet, classifier) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        yield Live(server.url, world, factory, quiet, http)


@pytest.fixture
def login(live: Live) -> Iterator[Callable[[str], Client]]:
    """``login("siti")``: a client signed in through the real login form."""
    opened: list[httpx.Client] = []

    def make(username: str) -> Client:
        http = httpx.Client(base_url=live.url, timeout=30)
        opened.append(http)
        return Client(http, sign_in(http, username))

    yield make
    for http in opened:
        http.close()
