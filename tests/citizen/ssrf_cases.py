"""The hostile URLs of the SSRF matrix, with the reason each must be refused.

Ports ``C`` and ``C6`` are the canaries on 127.0.0.1 and ::1; the fixture ``site`` is the only
allow-listed address (127.0.0.1 on its own port), and it redirects wherever it is told.
Names are answered by :data:`DNS` (see ``FakeDNS``): the test machine has no DNS of its own.
"""

from __future__ import annotations

from tests.citizen.servers import Site

# name -> addresses, for the resolver hook.
DNS = {
    "evil.example": ["127.0.0.1"],  # a public-looking name pointing at loopback
    "private.example": ["10.20.30.40"],
    "metadata.example": ["169.254.169.254"],
    "mixed.example": ["93.184.216.34", "192.168.0.10"],  # one bad answer is enough to refuse
    "v6evil.example": ["::1"],
    "mapped.example": ["::ffff:127.0.0.1"],
    "nat64.example": ["64:ff9b::a00:1"],  # NAT64 form of 10.0.0.1
    "site.example": ["127.0.0.1"],
}


def hostile_urls(c: int, c6: int, site: Site) -> list[tuple[str, str]]:
    """(url, FetchError kind) pairs; every one must be refused without touching a canary."""
    direct = [
        (f"http://127.0.0.1:{c}/", "blocked"),
        (f"http://localhost:{c}/", "blocked"),
        (f"http://LOCALHOST.:{c}/", "blocked"),
        (f"http://[::1]:{c6}/", "blocked"),
        (f"http://[::]:{c6}/", "blocked"),
        (f"http://0.0.0.0:{c}/", "blocked"),
        (f"http://0:{c}/", "blocked"),
        (f"http://2130706433:{c}/", "blocked"),  # decimal
        (f"http://0177.0.0.1:{c}/", "blocked"),  # octal
        (f"http://0x7f.0.0.1:{c}/", "blocked"),  # hex
        (f"http://0x7f000001:{c}/", "blocked"),  # one hex number
        (f"http://127.1:{c}/", "blocked"),  # short form
        (f"http://127.0.0.1.:{c}/", "blocked"),  # trailing dot
        (f"http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ:{c}/", "blocked"),  # look-alike letters fold to localhost
        (f"http://[::ffff:127.0.0.1]:{c}/", "blocked"),  # IPv4-mapped
        (f"http://[::ffff:7f00:1]:{c}/", "blocked"),  # IPv4-mapped, hex spelling
        (f"http://[64:ff9b::7f00:1]:{c}/", "blocked"),  # NAT64 of 127.0.0.1
        (f"http://[2002:7f00:1::]:{c}/", "blocked"),  # 6to4 of 127.0.0.1
        ("http://169.254.169.254/latest/meta-data/", "blocked"),
        ("http://metadata.google.internal/computeMetadata/v1/", "blocked"),
        ("http://[fd00:ec2::254]/latest/meta-data/", "blocked"),  # AWS IPv6 metadata
        ("http://100.100.100.200/latest/meta-data/", "blocked"),  # Alibaba metadata (CGNAT)
        ("http://10.0.0.1/", "blocked"),
        ("http://172.16.5.4/", "blocked"),
        ("http://192.168.1.1/admin", "blocked"),
        ("http://100.64.0.1/", "blocked"),  # carrier-grade NAT
        ("http://224.0.0.1/", "blocked"),  # multicast
        ("http://240.0.0.1/", "blocked"),  # reserved
        ("http://[fe80::1]/", "blocked"),  # link-local
        ("http://[ff02::1]/", "blocked"),  # multicast
        (f"http://evil.example:{c}/", "blocked"),
        ("http://private.example/", "blocked"),
        ("http://metadata.example/", "blocked"),
        ("http://mixed.example/", "blocked"),
        (f"http://v6evil.example:{c6}/", "blocked"),
        (f"http://mapped.example:{c}/", "blocked"),
        ("http://nat64.example/", "blocked"),
        (f"http://site.example:{c}/", "blocked"),  # allow-listed address, other port
        (f"https://127.0.0.1:{c}/", "blocked"),
        (f"http://user:pw@127.0.0.1:{c}/", "invalid_url"),
        (f"http://{site.base.split('//')[1]}@127.0.0.1:{c}/", "invalid_url"),
        ("file:///etc/passwd", "invalid_url"),
        (f"gopher://127.0.0.1:{c}/_GET%20/", "invalid_url"),
        (f"ftp://127.0.0.1:{c}/", "invalid_url"),
        (f"http://[fe80::1%25lo]:{c}/", "invalid_url"),
    ]
    redirected = [
        (site.redirect_to(f"http://127.0.0.1:{c}/"), "blocked"),
        (site.redirect_to(f"http://[::1]:{c6}/"), "blocked"),
        (site.redirect_to("http://169.254.169.254/latest/meta-data/iam/"), "blocked"),
        (site.redirect_to("http://10.1.2.3/"), "blocked"),
        (site.redirect_to(f"http://0.0.0.0:{c}/"), "blocked"),
        (site.redirect_to(f"http://2130706433:{c}/"), "blocked"),
        (site.redirect_to(f"http://0x7f.1:{c}/"), "blocked"),
        (site.redirect_to(f"http://localhost:{c}/"), "blocked"),
        (site.redirect_to(f"http://evil.example:{c}/"), "blocked"),
        (site.redirect_to(f"http://[::ffff:127.0.0.1]:{c}/"), "blocked"),
        (site.redirect_to(f"//127.0.0.1:{c}/"), "blocked"),  # scheme-relative
        (site.redirect_to("file:///etc/passwd"), "invalid_url"),
        (site.chain(3, f"http://127.0.0.1:{c}/"), "blocked"),  # a chain that ends inside
        (site.chain(4, f"http://[::1]:{c6}/latest"), "blocked"),
    ]
    return direct + redirected
