"""The SSRF matrix through the public endpoint, as an attacker would send it: every hostile URL
is refused with a clear Indonesian message, and the canaries on 127.0.0.1 and ::1 (which would
answer with a real job advert) never see a connection."""

from __future__ import annotations

from typing import Any

import httpx
from fastapi import FastAPI

from tests.citizen.conftest import FakeDNS, citizen_settings, make_app
from tests.citizen.servers import Canary, Site
from tests.citizen.ssrf_cases import DNS, hostile_urls
from tests.conftest import LiveServer
from tests.fixture_site import page
from waspada.settings import Settings

EXPECTED = {"blocked": "url_not_allowed", "invalid_url": "not_url"}


def test_hostile_urls_are_refused_and_reach_nothing(
    live_app: tuple[FastAPI, httpx.Client], site: Site, canary: Canary, canary6: Canary
) -> None:
    app, client = live_app
    app.state.citizen.checker.fetcher.resolver = FakeDNS(DNS)
    cases = hostile_urls(canary.port, canary6.port, site)
    assert len(cases) >= 25
    wrong = []
    for url, kind in cases:
        for endpoint in ("/api/check", "/api/tips"):
            r = client.post(endpoint, json={"url": url})
            body = r.json()
            if r.status_code != 422 or body.get("error") != EXPECTED[kind]:
                wrong.append(f"{endpoint} {url}: {r.status_code} {body}")
            elif not body["message"].endswith(("sini.", "/lowongan")):
                wrong.append(f"{url}: message does not say what to do: {body['message']}")
    assert wrong == []
    assert (canary.hits, canary6.hits) == (0, 0)


def test_the_form_refuses_them_too(live_app: tuple[FastAPI, httpx.Client], canary: Canary) -> None:
    _, client = live_app
    r = client.post("/cek", data={"q": f"http://127.0.0.1:{canary.port}/"})
    assert r.status_code == 422
    assert "jaringan pribadi atau internal" in r.text
    assert canary.hits == 0


def test_with_default_settings_loopback_is_refused_like_the_rest(
    settings: Settings, classifier: Any, site: Site
) -> None:
    """No allow-list: even the test's own fixture site on 127.0.0.1 is out of reach."""
    url = site.add("/lowongan", page("Loker", "<h1>Loker</h1><p>" + "Dicari SPG. " * 20 + "</p>"))
    assert settings.fetch_allow_list == ""
    app = make_app(citizen_settings(settings), classifier)
    with LiveServer(app) as server:
        r = httpx.post(f"{server.url}/api/check", json={"url": url}, timeout=30)
    assert (r.status_code, r.json()["error"]) == (422, "url_not_allowed")
    assert site.hits["/lowongan"] == 0
