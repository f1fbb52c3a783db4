"""Fixtures for the investigators' tests: the real shipped classifier (loaded once), the seeded
world of :mod:`tests.investigator.seed`, the real app served over HTTP on loopback, and
clients signed in through the real login form."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from sqlalchemy.orm import Session, sessionmaker

from api.app import create_app
from tests.conftest import LiveServer
from tests.investigator import seed
from waspada.settings import Settings


@pytest.fixture(scope="session")
def classified(classifier: Any) -> dict[str, dict[str, Any]]:
    """Every seed advert classified once per session by the real model."""
    return seed.classify_all(classifier)


@pytest.fixture
def world(factory: sessionmaker[Session], classified: dict[str, dict[str, Any]]) -> seed.World:
    return seed.build(factory, classified)


@dataclass
class Live:
    url: str
    world: seed.World
    factory: sessionmaker[Session]
    settings: Settings


@pytest.fixture
def live(
    settings: Settings, factory: sessionmaker[Session], world: seed.World, classifier: Any
) -> Iterator[Live]:
    app = create_app(settings, load_model=False)
    app.state.waspada.classifier = classifier
    with LiveServer(app) as server:
        yield Live(server.url, world, factory, settings)


def csrf_from(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF token in the page"
    return match.group(1)


def sign_in(client: httpx.Client, username: str) -> str:
    """Sign in through the real login form; returns the session's CSRF token."""
    token = csrf_from(client.get("/login").text)
    r = client.post(
        "/login",
        data={
            "username": username,
            "password": seed.PASSWORD,
            "csrf_token": token,
            "next": "/queue",
        },
    )
    assert r.status_code == 303 and r.headers["location"] == "/queue", r.text[:300]
    return csrf_from(client.get("/queue").text)


@dataclass
class Client:
    http: httpx.Client
    csrf: str

    def post_form(self, path: str, data: dict[str, str]) -> httpx.Response:
        return self.http.post(path, data={**data, "csrf_token": self.csrf})

    def post_json(self, path: str, body: dict[str, Any]) -> httpx.Response:
        return self.http.post(path, json=body, headers={"X-CSRF-Token": self.csrf})


@pytest.fixture
def login(live: Live) -> Iterator[Callable[[str], Client]]:
    """``login("siti")`` gives a client signed in as that seed user."""
    opened: list[httpx.Client] = []

    def make(username: str) -> Client:
        http = httpx.Client(base_url=live.url, timeout=30)
        opened.append(http)
        return Client(http, sign_in(http, username))

    yield make
    for http in opened:
        http.close()
