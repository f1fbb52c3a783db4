"""Every route of the app refuses an anonymous request unless it is on the public allow-list;
viewers read but never change; admin pages stay admin-only. Over real HTTP."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.orm import Session, sessionmaker

from api.app import create_app
from store.models import AuditLog
from tests.conftest import LiveServer
from tests.investigator.conftest import Client, Live, csrf_from
from waspada.settings import Settings

# What anyone may open without signing in, and why.
PUBLIC = {
    "/healthz", "/readyz",  # probes
    "/metrics",  # to loopback (as here) or an admin's token; others 404 (tests/test_metrics.py)
    "/login", "/logout",  # signing in and out
    "/docs", "/docs/oauth2-redirect", "/openapi.json", "/redoc",  # API documentation
    # The citizens' check (api/routes/check.py): the page, its form posts, its JSON API,
    # the tip form and its thank-you page, and its own two static files.
    "/", "/cek", "/lapor", "/lapor/terkirim", "/api/check", "/api/tips",
    "/cek/gambar",  # the same check for a picture (api/routes/check_pictures.py)
    "/static/citizen.css", "/static/citizen.js",
    # Cek nomor / rekening (api/routes/check_number.py): the page, its form posts, the
    # objection form and its thank-you page (its JSON API is under /api/check, above).
    "/cek-nomor", "/cek-nomor/keberatan", "/cek-nomor/keberatan/terkirim",
    # The chat bots' webhooks (api/routes/bots.py): Telegram and WhatsApp prove who they
    # are with a secret header or a signature of the body, not a user's session.
    "/bots/telegram", "/bots/whatsapp",
}  # fmt: skip
PUBLIC_PREFIXES = ("/static/", "/api/check", "/api/tips")
# Stylesheets served by a route rather than the /static mount: may be public, and if so are
# proven below to be nothing but a stylesheet.
STYLESHEETS = {"/reports/assets/reports.css"}


def all_routes(app: FastAPI) -> Iterator[tuple[str, str]]:
    """(method, path) of every route, including those of included routers and mounts."""
    for route in app.routes:
        contexts = getattr(route, "effective_route_contexts", None)
        candidates: list[Any] = list(contexts()) if contexts else [route]
        for r in candidates:
            methods = getattr(r, "methods", None)
            if methods is None:  # a mount (/static): a folder of files, checked below
                yield "MOUNT", r.path
                continue
            for method in sorted(methods - {"HEAD"}):
                yield method, r.path


def is_public(path: str) -> bool:
    return path in PUBLIC or path.startswith(PUBLIC_PREFIXES) or path == "/static"


@pytest.fixture
def anonymous_app(settings: Settings) -> Iterator[tuple[FastAPI, str]]:
    app = create_app(settings, load_model=False)
    with LiveServer(app) as server:
        yield app, server.url


def test_every_non_public_route_refuses_anonymous_requests(
    anonymous_app: tuple[FastAPI, str],
) -> None:
    app, url = anonymous_app
    routes = sorted(set(all_routes(app)))
    # The investigators' routes are among them (the enumeration really sees included routers).
    paths = {p for _, p in routes}
    for mine in ("/queue", "/api/cases", "/adverts/{advert_id}/bundle.zip", "/agencies/import",
                 "/api/sources/{source_id}/crawl", "/cases/{case_id}/transition"):  # fmt: skip
        assert mine in paths
    checked = 0
    with httpx.Client(base_url=url, timeout=30) as anon:
        # An anonymous session with a valid CSRF token: so a refusal below comes from the
        # authentication check, not from CSRF.
        token = csrf_from(anon.get("/login").text)
        for method, path in routes:
            if method == "MOUNT" or is_public(path):
                continue
            concrete = re.sub(r"\{[^}]+\}", "1", path)
            headers = {"X-CSRF-Token": token}
            if path in STYLESHEETS and (r := anon.get(concrete)).status_code == 200:
                assert r.headers["content-type"].startswith("text/css")
                continue
            for accept in ("application/json", "text/html"):
                r = anon.request(
                    method,
                    concrete,
                    headers={**headers, "Accept": accept},
                    json={} if method != "GET" else None,
                )
                refused = r.status_code == 401 or (
                    r.status_code == 303 and r.headers["location"].startswith("/login")
                )
                assert refused, f"{method} {path} answered {r.status_code} to an anonymous {accept}"
                checked += 1
    assert checked > 60


def test_viewer_reads_but_cannot_change(live: Live, login: Any) -> None:
    viewer: Client = login("tamu")
    advert_id = live.world.ids["scam0"]
    case = viewer.http.get(f"/api/adverts/{advert_id}").json()["case"]
    assert viewer.http.get("/queue").status_code == 200
    assert viewer.http.get(f"/adverts/{advert_id}").status_code == 200
    assert viewer.http.get("/api/cases").status_code == 200
    refused = [
        viewer.post_json(f"/api/cases/{case['id']}/transition", {"to": "in_review"}),
        viewer.post_json(f"/api/cases/{case['id']}/assign", {"assignee": "tamu"}),
        viewer.post_json(f"/api/cases/{case['id']}/notes", {"body": "catatan"}),
        viewer.post_form(f"/cases/{case['id']}/transition", {"to": "in_review"}),
        viewer.post_form(f"/cases/{case['id']}/notes", {"body": "catatan"}),
        viewer.http.get(f"/adverts/{advert_id}/bundle.zip"),
        viewer.http.post(
            "/api/agencies/import",
            files={
                "file": ("p3mi.csv", b"name,licence_number,address,status\nPT A,1/2,Jambi,active\n")
            },
            headers={"X-CSRF-Token": viewer.csrf},
        ),
        viewer.http.get("/sources"),
        viewer.post_json("/api/sources/1/crawl", {}),
    ]
    assert [r.status_code for r in refused] == [403] * len(refused)
    assert "tidak mengizinkan" in refused[0].json()["detail"]
    # Nothing changed: the case is still new and no one but the system wrote to its trail.
    after = viewer.http.get(f"/api/adverts/{advert_id}").json()
    assert after["case"]["status"] == "new" and after["notes"] == []
    assert [e["action"] for e in after["audit"]] == ["case.open"]
    # The page offers a viewer no forms to change anything.
    page = viewer.http.get(f"/adverts/{advert_id}").text
    assert "/transition" not in page and "bundle.zip" not in page


def test_investigators_cannot_use_admin_pages_and_json_needs_csrf(
    live: Live, login: Any, factory: sessionmaker[Session]
) -> None:
    siti: Client = login("siti")
    assert siti.http.get("/sources").status_code == 403
    assert siti.http.get("/api/crawl-runs").status_code == 403
    case_id = siti.http.get("/api/cases").json()["items"][0]["case_id"]
    # A browser session without the X-CSRF-Token header is refused (a cross-site forgery).
    r = siti.http.post(f"/api/cases/{case_id}/transition", json={"to": "in_review"})
    assert r.status_code == 403 and "CSRF" in r.json()["detail"]
    with factory() as s:
        assert s.query(AuditLog).filter(AuditLog.action == "case.status").count() == 0


def test_bearer_token_needs_no_csrf(live: Live) -> None:
    from store.services.tokens import create_token

    token = create_token(live.factory, "budi", "uji")
    auth = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=live.url, headers=auth, timeout=30) as c:
        case_id = c.get("/api/cases").json()["items"][0]["case_id"]
        r = c.post(f"/api/cases/{case_id}/transition", json={"to": "in_review"})
        assert r.status_code == 200 and r.json()["status"] == "in_review"
        assert r.json()["assignee"] == "budi"
