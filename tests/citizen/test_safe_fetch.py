"""The URL fetcher on its own, against real servers on loopback: what it refuses, and that what
it allows is fetched from the address it checked, within the size, time and type limits."""

from __future__ import annotations

import gzip
import time
from pathlib import Path

import pytest

from citizen.safe_fetch import FetchError, SafeFetcher
from citizen.url_guard import blocked_reason, parse_allow_list
from tests.citizen.conftest import FakeDNS
from tests.citizen.servers import Canary, Site, make_tls
from tests.citizen.ssrf_cases import DNS, hostile_urls
from tests.fixture_adverts import SCAMS
from tests.fixture_site import page

ADVERT_PAGE = page("Lowongan", f"<h1>Lowongan</h1><p>{SCAMS[1]}</p>")


def fetcher_for(site: Site, **kwargs: object) -> SafeFetcher:
    return SafeFetcher(
        allow_list=parse_allow_list(f"127.0.0.1:{site.port}"),
        resolver=FakeDNS(DNS),
        **kwargs,  # type: ignore[arg-type]
    )


def test_ssrf_matrix_is_refused_and_no_request_reaches_the_canaries(
    site: Site, canary: Canary, canary6: Canary
) -> None:
    cases = hostile_urls(canary.port, canary6.port, site)
    assert len(cases) >= 25
    fetcher = fetcher_for(site, timeout_s=5)
    wrong = []
    for url, kind in cases:
        try:
            fetcher.fetch(url)
        except FetchError as exc:
            if exc.kind != kind:
                wrong.append(f"{url}: {exc.kind} ({exc.detail}), expected {kind}")
        else:
            wrong.append(f"{url}: fetched!")
    assert wrong == []
    assert (canary.hits, canary6.hits) == (0, 0)
    # The redirect cases really went through the allowed site first.
    assert site.hits["/r"] > 10


def test_an_allowed_page_is_fetched(site: Site) -> None:
    url = site.add("/lowongan", ADVERT_PAGE)
    fetched = fetcher_for(site).fetch(url)
    assert fetched.status == 200
    assert "Batam" in fetched.text
    assert fetched.url == url


def test_default_settings_refuse_loopback_like_any_private_address(site: Site) -> None:
    url = site.add("/lowongan", ADVERT_PAGE)
    with pytest.raises(FetchError) as err:
        SafeFetcher().fetch(url)
    assert err.value.kind == "blocked"
    assert site.hits["/lowongan"] == 0


def test_pinned_address_defeats_dns_rebinding(site: Site) -> None:
    """The name answers the allowed address first and an internal one afterwards: the
    fetcher asks once per hop and connects to the address it checked."""
    url_path = site.add("/lowongan", ADVERT_PAGE)
    answers = iter([["127.0.0.1"]] + [["127.0.0.2"]] * 10)
    with Canary("127.0.0.2", site.port) as inside:
        dns = FakeDNS({"rebind.example": lambda: next(answers)})
        fetcher = SafeFetcher(
            allow_list=parse_allow_list(f"127.0.0.1:{site.port}"),
            resolver=dns,
        )
        fetched = fetcher.fetch(url_path.replace("127.0.0.1", "rebind.example"))
    assert "Batam" in fetched.text
    assert inside.hits == 0
    assert dns.asked == ["rebind.example"]
    assert site.requests[-1]["headers"]["Host"] == f"rebind.example:{site.port}"


def test_redirects_are_followed_up_to_five(site: Site) -> None:
    target = site.add("/lowongan", ADVERT_PAGE)
    fetched = fetcher_for(site).fetch(site.chain(5, target))
    assert len(fetched.redirects) == 5
    assert fetched.url == target
    with pytest.raises(FetchError) as err:
        fetcher_for(site).fetch(site.chain(6, target))
    assert err.value.kind == "too_many_redirects"


def test_size_is_capped_with_or_without_content_length(site: Site) -> None:
    fetcher = fetcher_for(site)
    big = site.add("/besar", b"<p>" + b"x" * 2_100_000 + b"</p>")
    unsized = site.add_unsized("/tanpa-ukuran", 3_000_000)
    bomb_body = gzip.compress(b"<p>" + b"0" * 5_000_000)
    assert len(bomb_body) < 100_000
    site.routes["/bom"] = lambda _h: (
        200,
        {"Content-Type": "text/html", "Content-Encoding": "gzip"},
        bomb_body,
    )
    for url in (big, unsized, site.url("/bom")):
        with pytest.raises(FetchError) as err:
            fetcher.fetch(url)
        assert err.value.kind == "too_large", url


def test_time_is_capped_for_the_whole_fetch(site: Site) -> None:
    fetcher = fetcher_for(site, timeout_s=1.0)
    slow = site.add_slow("/lambat", ADVERT_PAGE, delay=3)
    drip = site.add_drip("/netes", seconds=4)
    for url in (slow, drip):
        started = time.monotonic()
        with pytest.raises(FetchError) as err:
            fetcher.fetch(url)
        assert err.value.kind == "timeout", url
        assert time.monotonic() - started < 2.5


@pytest.mark.parametrize(
    ("ctype", "accepted"),
    [
        ("text/html; charset=utf-8", True),
        ("application/xhtml+xml", True),
        ("text/plain", True),
        ("image/png", False),
        ("application/pdf", False),
        ("application/json", False),
        ("", False),
    ],
)
def test_only_html_or_text_is_accepted(site: Site, ctype: str, accepted: bool) -> None:
    url = site.add("/isi", ADVERT_PAGE, ctype=ctype)
    if accepted:
        assert "Batam" in fetcher_for(site).fetch(url).text
    else:
        with pytest.raises(FetchError) as err:
            fetcher_for(site).fetch(url)
        assert err.value.kind == "not_html"


def test_error_statuses_are_reported(site: Site) -> None:
    for status in (404, 410, 500):
        url = site.add(f"/s{status}", "gone", status=status)
        with pytest.raises(FetchError) as err:
            fetcher_for(site).fetch(url)
        assert err.value.kind == "http_error"


def test_https_connects_to_the_checked_address_with_the_real_name(
    site: Site, tmp_path: Path
) -> None:
    server_ctx, client_ctx = make_tls(tmp_path, "jobs.example")
    with Site(tls=server_ctx) as tls_site:
        tls_site.add("/lowongan", ADVERT_PAGE)
        dns = FakeDNS({"jobs.example": ["127.0.0.1"], "other.example": ["127.0.0.1"]})
        fetcher = SafeFetcher(
            allow_list=parse_allow_list(f"127.0.0.1:{tls_site.port}"),
            resolver=dns,
            verify=client_ctx,
        )
        fetched = fetcher.fetch(f"https://jobs.example:{tls_site.port}/lowongan")
        assert "Batam" in fetched.text
        assert tls_site.sni == ["jobs.example"]
        assert tls_site.requests[-1]["headers"]["Host"] == f"jobs.example:{tls_site.port}"
        # The certificate is checked against the name, not the IP we connected to.
        with pytest.raises(FetchError) as err:
            fetcher.fetch(f"https://other.example:{tls_site.port}/lowongan")
        assert err.value.kind == "unreachable"


def test_proxy_settings_in_the_environment_are_ignored(
    site: Site, canary: Canary, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = f"http://127.0.0.1:{canary.port}"
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "all_proxy"):
        monkeypatch.setenv(name, proxy)
    url = site.add("/lowongan", ADVERT_PAGE)
    assert "Batam" in fetcher_for(site).fetch(url).text
    assert canary.hits == 0


def test_a_path_that_looks_like_a_host_stays_a_path(site: Site, canary: Canary) -> None:
    with pytest.raises(FetchError) as err:
        fetcher_for(site).fetch(f"{site.base}//127.0.0.1:{canary.port}/")
    assert err.value.kind == "http_error"  # the site's own 404
    assert canary.hits == 0


def test_allow_list_entries() -> None:
    entries = parse_allow_list("127.0.0.1:8080, 10.1.0.0/16, [::1]:9000, fd00::/8, ")
    assert [(str(e.network), e.port) for e in entries] == [
        ("127.0.0.1/32", 8080),
        ("10.1.0.0/16", None),
        ("::1/128", 9000),
        ("fd00::/8", None),
    ]
    assert parse_allow_list("") == ()
    for bad in ("localhost", "127.0.0.1:http", "[::1]x", "300.1.1.1"):
        with pytest.raises(ValueError, match="allow-list entry"):
            parse_allow_list(bad)


@pytest.mark.parametrize(
    "address",
    ["8.8.8.8", "93.184.216.34", "2606:4700:4700::1111", "64:ff9b::808:808", "2002:808:808::"],
)
def test_public_addresses_are_not_blocked(address: str) -> None:
    import ipaddress

    assert blocked_reason(ipaddress.ip_address(address)) is None
