"""Security headers on every page, Retry-After on refusals, forwarded headers believed only from
configured proxies, and an access log without client addresses — over real HTTP, served with
the same uvicorn options as ``waspada serve`` (api.serving.server_options)."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

from api.serving import server_options
from tests.citizen.conftest import citizen_settings, make_app
from tests.conftest import LiveServer
from waspada.settings import Settings

ADVERT = "Dibutuhkan kasir toko di Kota Jambi, gaji Rp3.200.000, lamaran ke HRD PT Maju Jaya."


def serve(settings: Settings, classifier: Any) -> LiveServer:
    return LiveServer(make_app(settings, classifier), **server_options(settings))


@pytest.mark.parametrize("path", ["/login", "/dashboard", "/alerts", "/no-such-page", "/"])
def test_every_html_page_has_a_csp_and_cannot_be_framed(
    settings: Settings, classifier: Any, path: str
) -> None:
    with serve(citizen_settings(settings), classifier) as server:
        r = httpx.get(server.url + path, headers={"accept": "text/html"})
    assert r.headers["x-frame-options"] in {"DENY", "SAMEORIGIN"}
    assert r.headers["x-content-type-options"] == "nosniff"
    if r.headers.get("content-type", "").startswith("text/html"):
        csp = r.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "default-src 'none'" in csp
    assert "strict-transport-security" not in r.headers  # plain HTTP: HSTS would be ignored


def test_the_alert_rules_page_keeps_its_inline_style_under_the_csp(
    settings: Settings, classifier: Any, factory: Any
) -> None:
    """The page's own <style> carries the response's nonce; nothing else inline would run."""
    from store.services.users import add_user
    from tests.test_auth import csrf

    add_user(factory, username="admin1", password="kata-sandi-panjang-1", role="admin")
    with (
        serve(citizen_settings(settings), classifier) as server,
        httpx.Client(base_url=server.url, follow_redirects=True) as c,
    ):
        token = csrf(c)
        c.post("/login", data={"username": "admin1", "password": "kata-sandi-panjang-1",
                               "csrf_token": token, "next": "/alerts"})  # fmt: skip
        page = c.get("/alerts")
    assert page.status_code == 200
    nonce = page.headers["content-security-policy"].split("'nonce-")[1].split("'")[0]
    assert f'<style nonce="{nonce}">' in page.text


def test_hsts_only_over_https_from_a_trusted_proxy(settings: Settings, classifier: Any) -> None:
    https = {"x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.9"}
    with serve(citizen_settings(settings), classifier) as server:
        assert (
            "strict-transport-security"
            not in httpx.get(server.url + "/login", headers=https).headers
        )
    trusting = citizen_settings(settings, trusted_proxies="127.0.0.1")
    with serve(trusting, classifier) as server:
        r = httpx.get(server.url + "/login", headers=https)
    assert r.headers["strict-transport-security"].startswith("max-age=")


def test_a_local_client_cannot_choose_its_address_to_dodge_the_rate_limit(
    settings: Settings, classifier: Any
) -> None:
    limited = citizen_settings(settings, rate_limit_enabled=True, rate_limit_check="3/minute")
    with (
        serve(limited, classifier) as server,
        httpx.Client(base_url=server.url, timeout=30) as client,
    ):
        codes = [
            client.post(
                "/api/check", json={"text": ADVERT}, headers={"x-forwarded-for": f"10.9.8.{i}"}
            ).status_code
            for i in range(6)
        ]
        assert codes == [200, 200, 200, 429, 429, 429]
        refused = client.post("/api/check", json={"text": ADVERT})
        assert refused.status_code == 429 and refused.headers["retry-after"] == "60"
        form = client.post("/cek", data={"q": ADVERT})
        assert form.status_code == 429 and form.headers["retry-after"] == "60"


def test_the_access_log_names_no_client_unless_the_operator_asks(
    settings: Settings, classifier: Any, caplog: pytest.LogCaptureFixture
) -> None:
    for log_ips, expect_ip in ((False, False), (True, True)):
        caplog.clear()
        with (
            caplog.at_level(logging.INFO, logger="waspada.access"),
            serve(citizen_settings(settings, access_log_client_ips=log_ips), classifier) as server,
        ):
            httpx.post(server.url + "/api/check?lang=id", json={"text": ADVERT})
        lines = [r.getMessage() for r in caplog.records if r.name == "waspada.access"]
        assert any(line.startswith("POST /api/check 200 ") for line in lines), lines
        assert all("lang=" not in line for line in lines)  # never the query string
        assert any("127.0.0.1" in line for line in lines) is expect_ip
