"""Fetching a page a stranger named, without letting them reach our own network (SSRF).

The citizens' check is on the public internet and fetches any URL it is given, so every hop:

1. parses the URL itself (only ``http``/``https``, no user-info, ports 80/443 unless the address
   is on the operator's allow-list), reading numeric hosts as browsers do;
2. resolves the name itself and refuses the hop if *any* answer is not a public address
   (steps 1 and 2 are :mod:`citizen.url_guard`, which lists what is refused);
3. connects to the address it checked (the URL is rewritten to the IP; the ``Host`` header and
   the TLS SNI/certificate name stay the original name), so a second DNS answer cannot send the
   request elsewhere (DNS rebinding);
4. follows at most five redirects, each one checked from step 1;
5. stops at 2 MB and at 10 s for the whole fetch, and accepts only HTML or plain text.

Proxies from the environment are ignored (``trust_env=False``): a proxy would resolve the
name itself and undo step 3.
"""

from __future__ import annotations

import datetime as dt
import re
import ssl
import time
from dataclasses import dataclass, field
from urllib.parse import quote, urljoin

import httpx

from citizen.url_guard import (
    MAX_URL_CHARS,
    AllowEntry,
    FetchError,
    Resolver,
    Target,
    check_url,
    default_resolver,
    parse_allow_list,
)

# What the citizens' check imports from here: the fetcher, its page and errors, and the
# allow-list parser and URL limit that configure it (the checks themselves are url_guard's).
__all__ = [
    "MAX_URL_CHARS",
    "FetchError",
    "FetchedPage",
    "SafeFetcher",
    "decode",
    "parse_allow_list",
]

MAX_BYTES = 2_000_000
TIMEOUT_S = 10.0
MAX_REDIRECTS = 5
ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})


@dataclass
class FetchedPage:
    url: str  # the final URL, after redirects
    status: int
    content_type: str
    headers: dict[str, str]
    body: bytes
    text: str
    fetched_at: dt.datetime
    redirects: list[str] = field(default_factory=list)


def pinned(target: Target) -> tuple[httpx.URL, str, dict[str, object]]:
    """The request parts that connect to the checked address and nowhere else: the URL with
    the IP in place of the name, the Host header, and (for https) the name for SNI and the
    certificate. A second DNS answer (rebinding) is never asked for. Also used by the alert
    webhooks (alerts/senders.py)."""
    # Built from parts, never by joining: a path such as "//10.0.0.1/" must stay a path.
    query = quote(target.query, safe="=&%+;/:?@!$'()*,~").encode("ascii")
    request_url = httpx.URL(scheme=target.scheme, host=str(target.ip), port=target.port,
                            path=target.path)  # fmt: skip
    if query:
        request_url = request_url.copy_with(query=query)
    default_port = 443 if target.scheme == "https" else 80
    host_header = target.host if target.port == default_port else f"{target.host}:{target.port}"
    extensions: dict[str, object] = {}
    if target.scheme == "https" and target.named:
        # TLS to the pinned IP, but SNI and certificate checked against the real name.
        extensions["sni_hostname"] = target.host
    return request_url, host_header, extensions


@dataclass
class SafeFetcher:
    """Fetches one page under the rules in the module docstring. ``resolver`` exists so that
    tests can answer DNS questions (e.g. a name that resolves to a private address)."""

    allow_list: tuple[AllowEntry, ...] = ()
    user_agent: str = "WaspadaBot/0.1"
    max_bytes: int = MAX_BYTES
    timeout_s: float = TIMEOUT_S
    max_redirects: int = MAX_REDIRECTS
    resolver: Resolver = default_resolver
    # TLS verification: True (system CAs) or a context trusting a private CA (tests, intranets).
    verify: bool | ssl.SSLContext = True

    # ---------------------------------------------------------------- checking a hop

    def check(self, url: str, deadline: float | None = None) -> Target:
        """Parse and vet one URL (:func:`citizen.url_guard.check_url`); raises FetchError."""
        return check_url(
            url,
            allow_list=self.allow_list,
            resolver=self.resolver,
            timeout_s=self.timeout_s,
            deadline=deadline,
        )

    # ---------------------------------------------------------------- fetching

    def fetch(self, url: str) -> FetchedPage:
        """Fetch ``url`` (following checked redirects); raises FetchError."""
        deadline = time.monotonic() + self.timeout_s
        redirects: list[str] = []
        current = url
        with httpx.Client(
            trust_env=False, follow_redirects=False, verify=self.verify, http2=False
        ) as client:
            while True:
                target = self.check(current, deadline)
                location, page = self._one_hop(client, target, deadline)
                if page is not None:
                    page.redirects = redirects
                    return page
                assert location is not None
                if len(redirects) >= self.max_redirects:
                    raise FetchError(
                        "too_many_redirects", f"more than {self.max_redirects} redirects"
                    )
                current = urljoin(current, location)
                redirects.append(current)

    def _one_hop(
        self, client: httpx.Client, target: Target, deadline: float
    ) -> tuple[str | None, FetchedPage | None]:
        request_url, host_header, extensions = pinned(target)
        extensions["timeout"] = self._timeouts(deadline)
        request = client.build_request(
            "GET",
            request_url,
            headers={
                "Host": host_header,
                "User-Agent": self.user_agent,
                "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9",
                "Accept-Encoding": "gzip, deflate",
            },
            extensions=extensions,
        )
        try:
            response = client.send(request, stream=True)
        except httpx.TimeoutException:
            raise FetchError("timeout", f"{target.url} took too long") from None
        except httpx.HTTPError as exc:
            raise FetchError("unreachable", f"{target.url}: {exc}") from None
        try:
            if response.status_code in REDIRECT_CODES:
                location = response.headers.get("location")
                if not location:
                    raise FetchError("http_error", f"redirect without a Location from {target.url}")
                return location, None
            if response.status_code >= 400:
                raise FetchError("http_error", f"{target.url} answered {response.status_code}")
            ctype = response.headers.get("content-type", "")
            mime = ctype.split(";", 1)[0].strip().lower()
            if mime not in ACCEPTED_TYPES:
                raise FetchError("not_html", f"{target.url} is {mime or 'of unknown type'}")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.max_bytes:
                raise FetchError("too_large", f"{target.url} is {declared} bytes")
            body = self._read_capped(response, target, deadline)
            return None, FetchedPage(
                url=target.url,
                status=response.status_code,
                content_type=ctype,
                headers=dict(response.headers),
                body=body,
                text=decode(body, response.charset_encoding),
                fetched_at=dt.datetime.now(dt.UTC),
            )
        finally:
            response.close()

    def _read_capped(self, response: httpx.Response, target: Target, deadline: float) -> bytes:
        chunks: list[bytes] = []
        size = 0
        try:
            # iter_bytes decompresses, so the cap applies to what we would parse (no zip bombs).
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > self.max_bytes:
                    raise FetchError("too_large", f"{target.url} is over {self.max_bytes} bytes")
                chunks.append(chunk)
                if time.monotonic() > deadline:
                    # A server dripping bytes would never trip a per-read timeout.
                    raise FetchError("timeout", f"{target.url} took too long")
        except httpx.TimeoutException:
            raise FetchError("timeout", f"{target.url} took too long") from None
        except httpx.HTTPError as exc:
            raise FetchError("unreachable", f"{target.url}: {exc}") from None
        return b"".join(chunks)

    @staticmethod
    def _timeouts(deadline: float) -> dict[str, float]:
        left = max(0.05, deadline - time.monotonic())
        return {"connect": left, "read": left, "write": left, "pool": left}


_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([a-zA-Z0-9_-]+)""", re.I)


def decode(body: bytes, declared: str | None) -> str:
    """Bytes to text: the declared charset, else a <meta charset>, else UTF-8 (replacing)."""
    candidates = [declared] if declared else []
    match = _META_CHARSET.search(body[:4096])
    if match:
        candidates.append(match.group(1).decode("ascii"))
    for charset in candidates:
        try:
            return body.decode(charset, errors="replace")
        except LookupError:
            continue
    return body.decode("utf-8", errors="replace")
