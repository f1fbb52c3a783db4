"""How uvicorn serves the app: which proxies may speak for a client, and no access log of its
own (it writes every client's address; :mod:`api.security` logs requests without them).

uvicorn trusts ``X-Forwarded-For`` and ``X-Forwarded-Proto`` from 127.0.0.1 by default, so any
local client (or anything relayed through localhost) could choose its own address and walk
around the per-client rate limits. Forwarded headers are trusted only from the addresses in
``WASPADA_TRUSTED_PROXIES`` (comma-separated; empty, the default, trusts none).
"""

from __future__ import annotations

from typing import Any

from waspada.settings import Settings


def server_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for ``uvicorn.run`` / ``uvicorn.Config``."""
    proxies = ",".join(p.strip() for p in settings.trusted_proxies.split(",") if p.strip())
    return {
        "proxy_headers": bool(proxies),
        "forwarded_allow_ips": proxies or "",
        "access_log": False,
        "server_header": False,
    }
