"""Fetching a picture or PDF someone sent to a bot, from the platform that holds it.

- Telegram: ``getFile`` with the ``file_id`` gives a ``file_path``; the file is then at
  ``{WASPADA_TELEGRAM_API_URL}/file/bot{token}/{file_path}``.
- WhatsApp: ``GET {WASPADA_WHATSAPP_API_URL}/{media-id}`` with the access token gives a short-
  lived ``url``; the file is fetched from it with the same token.

The bytes stay in memory, capped at ``WASPADA_PICTURE_MAX_BYTES`` while they arrive (the picture
reader's own limit refuses more). The platform being away is :class:`MediaLater` (the message
waits and is answered later); the platform refusing the file (it expired, or is not ours) is
:class:`MediaGone` (the person is asked to send it again). Only the media id is remembered for
"LAPOR", never the file: a tip downloads it again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import httpx

from waspada.settings import Settings


class MediaLater(Exception):
    """The platform did not answer (network, 5xx, 429): try again later."""


class MediaGone(Exception):
    """The platform will not give this file (4xx)."""


def _raise_for(response: httpx.Response, what: str) -> None:
    status = response.status_code
    if status == 429 or status >= 500:
        raise MediaLater(f"{what}: HTTP {status}")
    if status >= 400:
        raise MediaGone(f"{what}: HTTP {status}")


class MediaFetcher:
    def __init__(self, settings: Settings, check_size: Callable[[int], None]) -> None:
        """``check_size(n)`` raises when ``n`` bytes are more than a picture may have."""
        self.settings = settings
        self.check_size = check_size
        self.client = httpx.Client(
            timeout=settings.bot_send_timeout_s, headers={"User-Agent": settings.user_agent}
        )

    def close(self) -> None:
        self.client.close()

    def fetch(self, platform: str, media: Mapping[str, Any]) -> bytes:
        media_id = str(media.get("id") or "")
        if not media_id:
            raise MediaGone("the message names no file")
        try:
            if platform == "telegram":
                return self._telegram(media_id)
            return self._whatsapp(media_id)
        except httpx.HTTPError as exc:
            raise MediaLater(f"{type(exc).__name__} while fetching a file") from None
        except (ValueError, KeyError, TypeError):
            raise MediaGone("the platform's answer about the file could not be read") from None

    def _download(self, url: str, headers: dict[str, str], *, redirects: bool) -> bytes:
        chunks, size = [], 0
        with self.client.stream("GET", url, headers=headers, follow_redirects=redirects) as r:
            _raise_for(r, "file")
            declared = r.headers.get("content-length", "")
            if declared.isdigit():
                self.check_size(int(declared))
            for chunk in r.iter_bytes():
                size += len(chunk)
                self.check_size(size)  # stops a body larger than declared, or undeclared
                chunks.append(chunk)
        return b"".join(chunks)

    def _telegram(self, file_id: str) -> bytes:
        s = self.settings
        base = s.telegram_api_url.rstrip("/")
        r = self.client.get(
            f"{base}/bot{s.telegram_bot_token}/getFile", params={"file_id": file_id}
        )
        _raise_for(r, "getFile")
        path = str(r.json()["result"]["file_path"])
        # No redirects: the token is part of the address, which must not travel elsewhere.
        return self._download(f"{base}/file/bot{s.telegram_bot_token}/{path}", {}, redirects=False)

    def _whatsapp(self, media_id: str) -> bytes:
        s = self.settings
        auth = {"Authorization": f"Bearer {s.whatsapp_access_token}"}
        r = self.client.get(f"{s.whatsapp_api_url.rstrip('/')}/{media_id}", headers=auth)
        _raise_for(r, "media")
        url = str(r.json()["url"])
        if not url.startswith(("https://", "http://")):
            raise MediaGone("the media URL is not http(s)")
        # httpx drops the Authorization header when a redirect leaves the host.
        return self._download(url, auth, redirects=True)
