"""Sign-in, roles, bearer tokens, CSRF and throttling, over real HTTP."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from api.app import create_app
from store.models import AuditLog
from store.services.users import add_user
from tests.conftest import LiveServer
from waspada.settings import Settings

PASSWORD = "kata-sandi-panjang-1"


@pytest.fixture
def server(settings: Settings, factory: sessionmaker[Session]) -> Iterator[LiveServer]:
    add_user(factory, username="siti", password=PASSWORD, role="investigator")
    add_user(factory, username="viewer1", password=PASSWORD, role="viewer")
    with LiveServer(create_app(settings, load_model=False)) as live:
        yield live


def csrf(client: httpx.Client, path: str = "/login") -> str:
    page = client.get(path)
    match = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert match, page.text[:500]
    return match.group(1)


def login(client: httpx.Client, username: str, password: str) -> httpx.Response:
    token = csrf(client)
    return client.post("/login", data={"username": username, "password": password,
                                       "csrf_token": token, "next": "/api/me"})  # fmt: skip


def test_login_sets_a_session_and_logout_ends_it(server: LiveServer, factory) -> None:  # type: ignore[no-untyped-def]
    with httpx.Client(base_url=server.url, follow_redirects=True) as c:
        assert c.get("/api/me").status_code == 401
        me = login(c, "siti", PASSWORD)
        assert me.status_code == 200 and me.json()["role"] == "investigator"
        cookie = c.cookies.jar
        assert any(k.name == "waspada_session" for k in cookie)
        c.post("/logout", data={"csrf_token": csrf(c, "/login")})
        assert c.get("/api/me").status_code == 401
    with factory() as s:
        assert "user.login" in s.scalars(select(AuditLog.action)).all()


def test_browser_is_sent_to_login_with_next(server: LiveServer) -> None:
    r = httpx.get(f"{server.url}/api/me", headers={"accept": "text/html"})
    assert r.status_code == 401  # API paths answer JSON even to browsers
    r = httpx.get(f"{server.url}/queue?status=new", headers={"accept": "text/html"})
    if r.status_code != 404:  # the queue page exists once the investigators' UI is installed
        assert (
            r.status_code == 303 and r.headers["location"] == "/login?next=%2Fqueue%3Fstatus%3Dnew"
        )


def test_wrong_password_is_refused_and_guessing_is_throttled(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url) as c:
        for _ in range(5):
            r = login(c, "siti", "salah-salah-salah")
            assert r.status_code == 401 and "salah" in r.text
        r = login(c, "siti", PASSWORD)  # even the right password waits now, from this address
        assert r.status_code == 429 and "Terlalu banyak percobaan" in r.text
        assert r.headers["retry-after"] == "3600"


def test_form_post_without_csrf_token_is_refused(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url) as c:
        c.get("/login")
        r = c.post("/login", data={"username": "siti", "password": PASSWORD})
        assert r.status_code == 403 and "CSRF" in r.text
        r = c.post("/login", data={"username": "siti", "password": PASSWORD, "csrf_token": "x"})
        assert r.status_code == 403


def test_bearer_token_from_the_cli(server: LiveServer, migrated_url: str) -> None:
    exe = str(Path(sys.executable).with_name("waspada"))
    out = subprocess.run([exe, "user", "token", "viewer1", "--name", "test"], capture_output=True,
                         text=True, env={**os.environ, "WASPADA_DATABASE_URL": migrated_url},
                         timeout=60)  # fmt: skip
    assert out.returncode == 0, out.stderr
    token = out.stdout.strip()
    assert token.startswith("wsp_")
    r = httpx.get(f"{server.url}/api/me", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200 and r.json()["username"] == "viewer1"
    r = httpx.get(f"{server.url}/api/me", headers={"Authorization": "Bearer wsp_wrong"})
    assert r.status_code == 401
    missing = subprocess.run(
        [exe, "user", "token", "nobody"],
        capture_output=True,
        text=True,
        env={**os.environ, "WASPADA_DATABASE_URL": migrated_url},
        timeout=60,
    )
    assert missing.returncode == 2 and "no user" in missing.stderr
