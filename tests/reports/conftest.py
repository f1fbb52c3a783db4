"""Fixtures for the report tests: the real shipped classifier (loaded once), the known fixture
database of :mod:`tests.reports.fixture_db`, the real app served over HTTP on loopback, and a
client signed in through the real login."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from sqlalchemy.orm import Session, sessionmaker

from api.app import create_app
from store.services.users import add_user
from tests.conftest import LiveServer
from tests.reports import fixture_db
from waspada.settings import Settings

USERNAME, PASSWORD = "laporan.viewer", "sangat-rahasia-laporan"


@dataclass
class Live:
    url: str
    ids: dict[str, int]
    factory: sessionmaker[Session]


@pytest.fixture
def live(settings: Settings, factory: sessionmaker[Session], classifier: Any) -> Iterator[Live]:
    """The fixture database behind the real app on a loopback port, with a viewer account
    (the least privileged role: reports are for every signed-in user)."""
    ids = fixture_db.build(factory)
    add_user(factory, username=USERNAME, password=PASSWORD, role="viewer")
    app = create_app(settings, load_model=False)
    app.state.waspada.classifier = classifier
    with LiveServer(app) as server:
        yield Live(server.url, ids, factory)


def sign_in(client: httpx.Client) -> None:
    """Sign in through the real login form (its CSRF token included)."""
    page = client.get("/login")
    match = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert match, "no CSRF token on the login page"
    form = {"username": USERNAME, "password": PASSWORD, "csrf_token": match.group(1)}
    r = client.post("/login", data={**form, "next": "/dashboard"})
    assert r.status_code == 303 and r.headers["location"] == "/dashboard", r.text


def sign_in_browser(page: Any, base_url: str) -> None:
    """Sign in the way a person does: open a report page, get sent to the login page, type."""
    page.goto(f"{base_url}/dashboard")
    page.wait_for_url("**/login?next=*")
    page.fill("input[name=username]", USERNAME)
    page.fill("input[name=password]", PASSWORD)
    page.click("form[action='/login'] button[type=submit]")
    page.wait_for_url("**/dashboard")


@pytest.fixture
def client(live: Live) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live.url, timeout=30) as c:
        sign_in(c)
        yield c
