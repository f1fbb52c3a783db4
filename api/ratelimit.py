"""Per-client rate limits for the public endpoints (slowapi), built from the settings.

The client is keyed by an HMAC of its address, so not even the limiter's storage (memory, or
Redis when ``WASPADA_RATE_LIMIT_STORAGE_URI`` points there) holds an IP address. Behind a
reverse proxy, run uvicorn with ``--proxy-headers --forwarded-allow-ips=...`` so the address is
the visitor's, not the proxy's.

Several worker processes (``waspada serve --workers N``) must count one client together, or
each would allow the whole limit again. The counters therefore go to Redis whenever the
deployment has one: ``WASPADA_RATE_LIMIT_STORAGE_URI`` if it names a store, else
``WASPADA_REDIS_URL``; only a deployment with neither counts in the process's memory, and
``serve`` refuses more than one worker there (:func:`shared_storage`).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable

import limits
from slowapi import Limiter
from starlette.requests import Request

from waspada.settings import Settings


def client_key(secret: str) -> Callable[[Request], str]:
    key = hashlib.sha256(f"rate-limit:{secret}".encode()).digest()

    def key_func(request: Request) -> str:
        address = request.client.host if request.client else "unknown"
        return hmac.new(key, address.encode(), hashlib.sha256).hexdigest()[:32]

    return key_func


def build_limiter(settings: Settings) -> Limiter:
    """A limiter for one app; ValueError names a malformed limit setting."""
    for name in ("rate_limit_check", "rate_limit_tip", "rate_limit_number"):
        value = getattr(settings, name)
        try:
            limits.parse_many(value)
        except ValueError:
            raise ValueError(
                f"WASPADA_{name.upper()}={value!r} is not a rate limit; write e.g. "
                "'20/minute;300/hour'"
            ) from None
    return Limiter(
        key_func=client_key(settings.secret_key),
        storage_uri=storage_uri(settings),
        enabled=settings.rate_limit_enabled,
        key_prefix="waspada-citizen",
    )


MEMORY = "memory://"


def storage_uri(settings: Settings) -> str:
    """Where the limiter keeps its counters: the configured store, else the deployment's
    Redis, else the process's memory."""
    configured = settings.rate_limit_storage_uri.strip()
    if configured and configured != MEMORY:
        return configured
    return settings.redis_url or MEMORY


def shared_storage(settings: Settings) -> bool:
    """Whether every worker process sees the same counters (or there are none to share)."""
    return not settings.rate_limit_enabled or storage_uri(settings) != MEMORY
