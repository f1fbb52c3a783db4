"""Fetching a page a stranger named, without letting them reach our own network (SSRF).

The citizens' check is on the public internet and fetches any URL it is given, so every hop:

1. parses the URL itself (only ``http``/``https``, no user-info, ports 80/443 unless the address
   is on the operator's allow-list) and reads numeric hosts the way browsers and ``inet_aton``
   do (``2130706433``, ``0177.0.0.1``, ``0x7f.1``, ``127.1`` are all 127.0.0.1);
2. resolves the name itself and refuses the hop if *any* answer is loopback, private,
   link-local, carrier-grade NAT, multicast, reserved, documentation or a cloud-metadata
   address, IPv4 or IPv6 (IPv4-mapped, IPv4-compatible, NAT64 and 6to4 forms are judged by the
   IPv4 address inside them);
3. connects to the address it checked (the URL is rewritten to the IP; the ``Host`` header and
   the TLS SNI/certificate name stay the original name), so a second DNS answer cannot send the
   request elsewhere (DNS rebinding);
4. follows at most five redirects, each one checked from step 1;
5. stops at 2 MB and at 10 s for the whole fetch, and accepts only HTML or plain text.

Proxies from the environment are ignored (``trust_env=False``): a proxy would resolve the
name itself and undo step 3.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import ipaddress
import re
import socket
import ssl
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import quote, urljoin, urlsplit

import httpx

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], Sequence[str]]

MAX_BYTES = 2_000_000
TIMEOUT_S = 10.0
MAX_REDIRECTS = 5
MAX_URL_CHARS = 2048
DEFAULT_PORTS = frozenset({80, 443})
ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})

# Names of cloud metadata services. They resolve to blocked addresses anyway, but refusing the
# name means no DNS query leaves for them either.
METADATA_NAMES = frozenset(
    {
        "metadata",
        "metadata.google.internal",
        "metadata.goog",
        "instance-data",
        "instance-data.ec2.internal",
        "metadata.azure.com",
        "metadata.platformequinix.com",
    }
)

_V4_BLOCKED = [
    ipaddress.IPv4Network(n)
    for n in (
        "0.0.0.0/8",  # "this network"; 0.0.0.0 reaches the local host on Linux
        "10.0.0.0/8",
        "100.64.0.0/10",  # carrier-grade NAT (also Alibaba's metadata 100.100.100.200)
        "127.0.0.0/8",
        "169.254.0.0/16",  # link-local, incl. the metadata service 169.254.169.254
        "172.16.0.0/12",
        "192.0.0.0/24",  # IETF protocol assignments (incl. Oracle's 192.0.0.192)
        "192.0.2.0/24",
        "192.88.99.0/24",  # 6to4 relay anycast
        "192.168.0.0/16",
        "198.18.0.0/15",
        "198.51.100.0/24",
        "203.0.113.0/24",
        "224.0.0.0/4",  # multicast
        "240.0.0.0/4",  # reserved, incl. 255.255.255.255
    )
]
_V6_BLOCKED = [
    ipaddress.IPv6Network(n)
    for n in (
        "::/8",  # unspecified, loopback, IPv4-compatible and other reserved forms
        "64:ff9b:1::/48",  # local-use NAT64
        "100::/64",  # discard-only
        "2001::/23",  # IETF protocol assignments, incl. Teredo (2001::/32)
        "2001:db8::/32",  # documentation
        "3fff::/20",  # documentation
        "5f00::/16",  # SRv6 SIDs
        "fc00::/7",  # unique local, incl. AWS's metadata fd00:ec2::254
        "fe80::/10",  # link-local
        "fec0::/10",  # deprecated site-local
        "ff00::/8",  # multicast
    )
]
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_NUMERIC_LABEL = re.compile(r"^(0x[0-9a-f]*|[0-9]+)$")


ErrorKind = Literal[
    "invalid_url",
    "blocked",
    "unreachable",
    "timeout",
    "too_large",
    "not_html",
    "http_error",
    "too_many_redirects",
]


class FetchError(Exception):
    """A page that was not fetched; ``kind`` says why (the API turns it into a message)."""

    def __init__(self, kind: ErrorKind, detail: str) -> None:
        super().__init__(detail)
        self.kind = kind
        self.detail = detail


@dataclass(frozen=True)
class AllowEntry:
    network: IPNetwork
    port: int | None = None

    def matches(self, ip: IPAddress, port: int) -> bool:
        return ip in self.network and (self.port is None or self.port == port)


def parse_allow_list(value: str | Iterable[str]) -> tuple[AllowEntry, ...]:
    """``"127.0.0.1:8080, 10.1.0.0/16, [::1]:8080, ::1"`` -> entries. An entry without a port
    allows that address or network on any port; with a port, on that port only."""
    items = value.split(",") if isinstance(value, str) else list(value)
    entries = []
    for raw in items:
        item = raw.strip()
        if not item:
            continue
        port: int | None = None
        host = item
        if item.startswith("["):
            host, _, rest = item[1:].partition("]")
            if rest:
                if not rest.startswith(":") or not rest[1:].isdigit():
                    raise ValueError(f"fetch allow-list entry {item!r}: expected [IPv6]:PORT")
                port = int(rest[1:])
        elif item.count(":") == 1:
            host, _, port_s = item.partition(":")
            if not port_s.isdigit():
                raise ValueError(f"fetch allow-list entry {item!r}: the port must be a number")
            port = int(port_s)
        try:
            network = ipaddress.ip_network(host, strict=False)
        except ValueError:
            raise ValueError(
                f"fetch allow-list entry {item!r} is not an IP address, network (CIDR) or "
                "ADDRESS:PORT"
            ) from None
        if port is not None and not 0 < port < 65536:
            raise ValueError(f"fetch allow-list entry {item!r}: port out of range")
        entries.append(AllowEntry(network, port))
    return tuple(entries)


def _embedded_v4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 form carries (mapped, NAT64, 6to4), if any."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip.sixtofour


def blocked_reason(ip: IPAddress) -> str | None:
    """Why this address may not be fetched from, or None when it is a public address."""
    if isinstance(ip, ipaddress.IPv6Address):
        inner = _embedded_v4(ip)
        if inner is not None:
            why = blocked_reason(inner)
            return f"{ip} carries {inner}: {why}" if why else None
        if any(ip in net for net in _V6_BLOCKED):
            return f"{ip} is a loopback, private, link-local, multicast or reserved address"
    elif any(ip in net for net in _V4_BLOCKED):
        return f"{ip} is a loopback, private, link-local, CGNAT, multicast or reserved address"
    if not ip.is_global:
        return f"{ip} is not a public address"
    return None


def parse_numeric_host(host: str) -> IPAddress | None:
    """An IP literal in any spelling browsers accept, or None for a name.

    A host whose last label is a number (decimal, ``0x`` hex or ``0``-prefixed octal) is an
    IPv4 address, as in the WHATWG URL standard; ``inet_aton`` reads the short and mixed forms.
    """
    if host.startswith("[") and host.endswith("]"):
        literal = host[1:-1]
        if "%" in literal:
            raise FetchError("invalid_url", "IPv6 zone identifiers are not allowed")
        try:
            return ipaddress.IPv6Address(literal)
        except ValueError:
            raise FetchError("invalid_url", f"bad IPv6 address {literal!r}") from None
    labels = host.split(".")
    if _NUMERIC_LABEL.match(labels[-1]):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            raise FetchError("invalid_url", f"bad IPv4 address {host!r}") from None
    return None


@dataclass(frozen=True)
class Target:
    """One checked hop: the URL as given, and where (which IP and port) we will connect."""

    url: str
    scheme: str
    host: str  # the name for the Host header and TLS (IDNA-encoded, lower case)
    port: int
    ip: IPAddress
    path: str
    query: str  # the fragment is never sent
    named: bool  # a DNS name (not an IP literal): TLS then uses it for SNI and the certificate


def default_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    return [str(info[4][0]) for info in infos]


# getaddrinfo has no timeout of its own; a few threads bound how long we wait for it.
_dns_pool = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="dns")


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
        """Parse and vet one URL; raises FetchError("invalid_url" | "blocked")."""
        if len(url) > MAX_URL_CHARS:
            raise FetchError("invalid_url", f"URL longer than {MAX_URL_CHARS} characters")
        if any(c in url for c in "\r\n\t\x00") or any(ord(c) < 0x20 for c in url):
            raise FetchError("invalid_url", "control characters in URL")
        try:
            parts = urlsplit(url.strip())
            port_given = parts.port
        except ValueError as exc:
            raise FetchError("invalid_url", str(exc)) from None
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            raise FetchError("invalid_url", f"only http and https links can be checked ({url!r})")
        if parts.username is not None or parts.password is not None or "@" in parts.netloc:
            raise FetchError("invalid_url", "links with a user name or password are not fetched")
        if not parts.hostname:
            raise FetchError("invalid_url", "the link has no host name")
        port = port_given if port_given is not None else (443 if scheme == "https" else 80)
        raw_host = parts.hostname
        if parts.netloc.startswith("["):
            host = f"[{raw_host}]"
            ip = parse_numeric_host(host)
        else:
            try:
                # IDNA also folds look-alikes: "ⓛⓞⓒⓐⓛⓗⓞⓢⓣ" -> "localhost", "１２７.０.０.１" ->
                # "127.0.0.1", so the checks below see what DNS would see.
                host = raw_host.rstrip(".").encode("idna").decode("ascii").lower()
            except UnicodeError:
                raise FetchError("invalid_url", f"bad host name {raw_host!r}") from None
            if not host:
                raise FetchError("invalid_url", "the link has no host name")
            ip = parse_numeric_host(host)
        if ip is None:
            if host in METADATA_NAMES or host == "localhost" or host.endswith(".localhost"):
                raise FetchError("blocked", f"{host} is an internal name")
            addresses = self._resolve(host, port, deadline)
        else:
            addresses = [ip]
            host = f"[{ip}]" if isinstance(ip, ipaddress.IPv6Address) else str(ip)

        for address in addresses:
            if any(entry.matches(address, port) for entry in self.allow_list):
                continue
            if port not in DEFAULT_PORTS:
                raise FetchError("blocked", f"port {port} is not allowed (only 80 and 443)")
            why = blocked_reason(address)
            if why:
                raise FetchError("blocked", f"{host} -> {why}")
        path = parts.path or "/"
        return Target(url, scheme, host, port, addresses[0], path, parts.query, ip is None)

    def _resolve(self, host: str, port: int, deadline: float | None) -> list[IPAddress]:
        wait = self.timeout_s if deadline is None else max(0.1, deadline - time.monotonic())
        future = _dns_pool.submit(self.resolver, host, port)
        try:
            answers = future.result(timeout=wait)
        except concurrent.futures.TimeoutError:
            raise FetchError("timeout", f"no DNS answer for {host} in time") from None
        except (OSError, UnicodeError) as exc:
            raise FetchError("unreachable", f"{host} could not be resolved ({exc})") from None
        out: list[IPAddress] = []
        for answer in answers:
            try:
                out.append(ipaddress.ip_address(answer.split("%", 1)[0]))
            except ValueError:
                raise FetchError("unreachable", f"bad DNS answer {answer!r}") from None
        if not out:
            raise FetchError("unreachable", f"{host} has no address")
        return out

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
        ip_host = str(target.ip)
        # Built from parts, never by joining: a path such as "//10.0.0.1/" must stay a path.
        query = quote(target.query, safe="=&%+;/:?@!$'()*,~").encode("ascii")
        request_url = httpx.URL(
            scheme=target.scheme, host=ip_host, port=target.port, path=target.path
        )
        if query:
            request_url = request_url.copy_with(query=query)
        default_port = 443 if target.scheme == "https" else 80
        host_header = target.host if target.port == default_port else f"{target.host}:{target.port}"
        extensions: dict[str, object] = {"timeout": self._timeouts(deadline)}
        if target.scheme == "https" and target.named:
            # TLS to the pinned IP, but SNI and certificate checked against the real name.
            extensions["sni_hostname"] = target.host
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
