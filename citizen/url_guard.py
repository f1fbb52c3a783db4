"""Whether one link may be fetched, and where to connect for it: the SSRF checks of
:mod:`citizen.safe_fetch` for one hop (the first URL, and each redirect).

1. The URL is parsed here (only ``http``/``https``, no user-info, ports 80/443 unless the
   address is on the operator's allow-list), and numeric hosts are read the way browsers and
   ``inet_aton`` do (``2130706433``, ``0177.0.0.1``, ``0x7f.1``, ``127.1`` are all 127.0.0.1).
2. The name is resolved here, and the hop is refused if *any* answer is loopback, private,
   link-local, carrier-grade NAT, multicast, reserved, documentation or a cloud-metadata
   address, IPv4 or IPv6 (IPv4-mapped, IPv4-compatible, NAT64 and 6to4 forms are judged by the
   IPv4 address inside them).

The answer is a :class:`Target` that names the checked IP address, so that the fetcher connects
to exactly the address that was checked.
"""

from __future__ import annotations

import concurrent.futures
import ipaddress
import re
import socket
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], Sequence[str]]

MAX_URL_CHARS = 2048
DEFAULT_PORTS = frozenset({80, 443})

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


def check_url(
    url: str,
    *,
    allow_list: tuple[AllowEntry, ...] = (),
    resolver: Resolver = default_resolver,
    timeout_s: float,
    deadline: float | None = None,
) -> Target:
    """Parse and vet one URL (one hop); raises FetchError("invalid_url" | "blocked"), or
    "timeout" | "unreachable" when its name cannot be resolved in time. ``timeout_s``
    bounds the DNS wait when no ``deadline`` (a ``time.monotonic()`` value) is given."""
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
        addresses = _resolve(host, port, resolver, timeout_s, deadline)
    else:
        addresses = [ip]
        host = f"[{ip}]" if isinstance(ip, ipaddress.IPv6Address) else str(ip)

    for address in addresses:
        if any(entry.matches(address, port) for entry in allow_list):
            continue
        if port not in DEFAULT_PORTS:
            raise FetchError("blocked", f"port {port} is not allowed (only 80 and 443)")
        why = blocked_reason(address)
        if why:
            raise FetchError("blocked", f"{host} -> {why}")
    path = parts.path or "/"
    return Target(url, scheme, host, port, addresses[0], path, parts.query, ip is None)


def _resolve(
    host: str, port: int, resolver: Resolver, timeout_s: float, deadline: float | None
) -> list[IPAddress]:
    wait = timeout_s if deadline is None else max(0.1, deadline - time.monotonic())
    future = _dns_pool.submit(resolver, host, port)
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
