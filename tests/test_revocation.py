"""Ending access: logout ends every session of the user (a saved copy of the cookie too), a new
password and deactivation end every session and token, and admins revoke tokens and deactivate
accounts from the UI and the JSON API. Over real HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from sqlalchemy.orm import Session, sessionmaker

from api.app import create_app
from store.services.tokens import create_token
from store.services.users import add_user, set_password
from tests.conftest import LiveServer
from tests.test_auth import PASSWORD, csrf, login
from waspada.settings import Settings


@pytest.fixture
def server(settings: Settings, factory: sessionmaker[Session]) -> Iterator[LiveServer]:
    add_user(factory, username="admin1", password=PASSWORD, role="admin")
    add_user(factory, username="siti", password=PASSWORD, role="investigator")
    with LiveServer(create_app(settings, load_model=False)) as live:
        yield live


@contextmanager
def signed_in(server: LiveServer, username: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, follow_redirects=True) as client:
        assert login(client, username, PASSWORD).status_code == 200
        yield client


def me(server: LiveServer, cookies: httpx.Cookies | None = None, token: str = "") -> int:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.get(f"{server.url}/api/me", cookies=cookies, headers=headers).status_code


def test_logout_ends_a_saved_copy_of_the_cookie_too(server: LiveServer) -> None:
    with signed_in(server, "siti") as browser, signed_in(server, "siti") as laptop:
        saved = httpx.Cookies(browser.cookies)
        assert me(server, saved) == 200
        token = csrf(browser, "/login")
        browser.post("/logout", data={"csrf_token": token})
        assert me(server, saved) == 401  # the copy saved before logout
        assert me(server, httpx.Cookies(laptop.cookies)) == 401  # and every other device
        assert login(browser, "siti", PASSWORD).status_code == 200  # signing in again works


def test_a_new_password_ends_every_session_and_token(
    server: LiveServer, factory: sessionmaker[Session]
) -> None:
    token = create_token(factory, "siti", "script")
    with signed_in(server, "siti") as browser:
        assert me(server, httpx.Cookies(browser.cookies)) == 200 and me(server, token=token) == 200
        set_password(factory, "siti", "kata-sandi-baru-12345", "cli")
        assert me(server, httpx.Cookies(browser.cookies)) == 401
        assert me(server, token=token) == 401


def test_an_admin_deactivates_a_user_from_the_page(
    server: LiveServer, factory: sessionmaker[Session]
) -> None:
    token = create_token(factory, "siti", "script")
    with signed_in(server, "siti") as siti, signed_in(server, "admin1") as admin:
        page = admin.get("/users")
        assert page.status_code == 200 and 'data-user="siti"' in page.text
        done = admin.post("/users/siti/deactivate", data={"csrf_token": csrf(admin, "/users")})
        assert done.status_code == 200 and "nonaktif" in done.text
        assert siti.get("/api/me").status_code == 401
        assert me(server, token=token) == 401
        assert login(siti, "siti", PASSWORD).status_code == 401  # cannot sign in again
        # An admin cannot lock themself out by mistake; the message says why.
        refused = admin.post("/users/admin1/deactivate", data={"csrf_token": csrf(admin, "/users")})
        assert refused.status_code == 409 and "akun Anda sendiri" in refused.text


def test_tokens_are_listed_and_revoked_one_by_one_through_the_api(
    server: LiveServer, factory: sessionmaker[Session]
) -> None:
    first = create_token(factory, "siti", "laptop")
    second = create_token(factory, "siti", "server")
    admin_token = create_token(factory, "admin1", "ops")
    api = httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {admin_token}"})
    with api:
        listed = api.get("/api/users/siti/tokens").json()
        assert [t["name"] for t in listed] == ["server", "laptop"]
        laptop_id = listed[1]["id"]
        assert api.post(f"/api/tokens/{laptop_id}/revoke").status_code == 204
        assert me(server, token=first) == 401 and me(server, token=second) == 200
        assert api.get("/api/users/siti/tokens").json()[1]["revoked_at"] is not None
        assert api.post("/api/tokens/999999/revoke").status_code == 404
        ended = api.post("/api/users/siti/deactivate").json()
        assert ended == {"username": "siti", "active": False, "tokens_revoked": 1}
        assert me(server, token=second) == 401


def test_only_admins_manage_accounts(server: LiveServer, factory: sessionmaker[Session]) -> None:
    token = create_token(factory, "siti", "x")
    headers = {"Authorization": f"Bearer {token}"}
    assert httpx.get(f"{server.url}/api/users", headers=headers).status_code == 403
    r = httpx.post(f"{server.url}/api/users/admin1/deactivate", headers=headers)
    assert r.status_code == 403


def test_the_same_from_the_shell(server: LiveServer, migrated_url: str) -> None:
    exe = str(Path(sys.executable).with_name("waspada"))

    def waspada(*args: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "WASPADA_DATABASE_URL": migrated_url}
        return subprocess.run([exe, *args], capture_output=True, text=True, env=env, timeout=60)

    old_form = waspada("user", "token", "siti", "--name", "old-form")  # still creates a token
    new_form = waspada("user", "token", "new", "siti", "--name", "script")
    assert old_form.returncode == 0 and new_form.returncode == 0, old_form.stderr
    first, second = old_form.stdout.strip(), new_form.stdout.strip()
    assert me(server, token=first) == 200 and me(server, token=second) == 200
    listed = waspada("user", "token", "list", "siti").stdout.splitlines()
    assert len(listed) == 2 and "old-form" in listed[1] and first not in "".join(listed)
    old_id = listed[1].split("\t")[0]
    assert waspada("user", "token", "revoke", old_id).returncode == 0
    assert me(server, token=first) == 401 and me(server, token=second) == 200
    missing = waspada("user", "token", "revoke", "99999")
    assert missing.returncode == 2 and "no token" in missing.stderr
    done = waspada("user", "deactivate", "siti")
    assert done.returncode == 0 and "1 token(s) revoked" in done.stdout
    assert me(server, token=second) == 401
