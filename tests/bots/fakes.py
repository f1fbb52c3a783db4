"""Local stand-ins for the Telegram Bot API and the WhatsApp Cloud API, on 127.0.0.1.

Each records every call the service makes (path, headers, JSON body) and answers like the real
API: Telegram ``{"ok": true, "result": {...}}`` from ``/bot{token}/sendMessage``; WhatsApp
``{"messaging_product": "whatsapp", "messages": [{"id": ...}]}`` from
``/v21.0/{phone-number-id}/messages`` with the right bearer token. ``fail_next(n)`` makes the next
``n`` calls fail (a platform outage); ``hold()`` keeps calls waiting until ``release()``.
Files people sent (``add_file``) are served as each API does: Telegram ``getFile`` then
``/file/bot{token}/{file_path}``; WhatsApp ``/{media-id}`` (a JSON with a ``url``) then that
URL, both with the bearer token.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

TELEGRAM_TOKEN = "123456:TEST-token_abc"
WHATSAPP_TOKEN = "EAAtest-access-token"
PHONE_NUMBER_ID = "106540352242922"


class FakeAPI:
    def __init__(self, platform: str) -> None:
        self.platform = platform
        self.calls: list[dict[str, Any]] = []  # every request, answered or not
        self.delivered: list[dict[str, Any]] = []  # the bodies answered 200
        self.files: dict[str, bytes] = {}  # media sent by people, by file or media id
        self.downloads: list[str] = []  # paths of the file requests
        self.webhook: dict[str, Any] = {}  # what setWebhook was given
        self._fail = 0
        self._fail_status = 500
        self._released = threading.Event()
        self._released.set()
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body in one packet: written apart, Nagle's algorithm and the
            # client's delayed ACK would add 40 ms to every call (no real API does that).
            disable_nagle_algorithm = True
            wbufsize = 1 << 16

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                status, answer = fake._answer(self.path, dict(self.headers), raw)
                data = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                status, ctype, data = fake._file(self.path, dict(self.headers))
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *_args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeAPI:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._released.set()
        self.server.shutdown()
        self.server.server_close()

    # ------------------------------------------------------------------ behaviour

    def fail_next(self, n: int, status: int = 500) -> None:
        with self._lock:
            self._fail, self._fail_status = n, status

    def add_file(self, file_id: str, data: bytes) -> None:
        self.files[file_id] = data

    def _file(self, path: str, headers: dict[str, str]) -> tuple[int, str, bytes]:
        self.downloads.append(path)
        parts = urlsplit(path)
        as_json = "application/json"
        if self.platform == "telegram":
            if parts.path == f"/bot{TELEGRAM_TOKEN}/getFile":
                file_id = parse_qs(parts.query).get("file_id", [""])[0]
                if file_id not in self.files:
                    body = self._error(400, "Bad Request: invalid file_id")
                    return 400, as_json, json.dumps(body).encode()
                result = {
                    "file_id": file_id,
                    "file_unique_id": "u" + file_id,
                    "file_size": len(self.files[file_id]),
                    "file_path": f"photos/{file_id}.png",
                }
                return 200, as_json, json.dumps({"ok": True, "result": result}).encode()
            prefix = f"/file/bot{TELEGRAM_TOKEN}/photos/"
            if parts.path.startswith(prefix):
                file_id = parts.path[len(prefix) :].removesuffix(".png")
                if file_id in self.files:
                    return 200, "image/png", self.files[file_id]
            return 404, as_json, json.dumps(self._error(404, "Not Found")).encode()
        if headers.get("Authorization") != f"Bearer {WHATSAPP_TOKEN}":
            return 401, as_json, json.dumps(self._error(401, "Invalid OAuth access token")).encode()
        if parts.path.startswith("/download/") and parts.path[10:] in self.files:
            return 200, "image/png", self.files[parts.path[10:]]
        media_id = parts.path.removeprefix("/v21.0/")
        if media_id in self.files:
            body = {
                "messaging_product": "whatsapp",
                "url": f"{self.url}/download/{media_id}",
                "mime_type": "image/png",
                "file_size": len(self.files[media_id]),
                "id": media_id,
            }
            return 200, as_json, json.dumps(body).encode()
        return 404, as_json, json.dumps(self._error(404, "media not found")).encode()

    def hold(self) -> None:
        self._released.clear()

    def release(self) -> None:
        self._released.set()

    def _answer(self, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, Any]:
        body = json.loads(raw or b"{}")
        self._released.wait(30)
        with self._lock:
            self.calls.append({"path": path, "headers": headers, "body": body})
            if self._fail > 0:
                self._fail -= 1
                return self._fail_status, self._error(self._fail_status, "service unavailable")
        if self.platform == "telegram" and path == f"/bot{TELEGRAM_TOKEN}/setWebhook":
            if not str(body.get("url", "")).startswith("https://") or not body.get("secret_token"):
                return 400, self._error(400, "Bad Request: bad webhook: HTTPS url must be provided")
            self.webhook = body
            return 200, {"ok": True, "result": True, "description": "Webhook was set"}
        if self.platform == "telegram" and path == f"/bot{TELEGRAM_TOKEN}/getWebhookInfo":
            info = {"url": self.webhook.get("url", ""), "has_custom_certificate": False,
                    "pending_update_count": 3, "last_error_message": "Connection refused",
                    "allowed_updates": self.webhook.get("allowed_updates", [])}  # fmt: skip
            return 200, {"ok": True, "result": info}
        if self.platform == "telegram":
            if path != f"/bot{TELEGRAM_TOKEN}/sendMessage":
                return 404, self._error(404, "Not Found")
            if not body.get("chat_id") or not body.get("text"):
                return 400, self._error(400, "Bad Request: message text is empty")
        else:
            if path != f"/v21.0/{PHONE_NUMBER_ID}/messages":
                return 404, self._error(404, "Unknown path")
            if headers.get("Authorization") != f"Bearer {WHATSAPP_TOKEN}":
                return 401, self._error(401, "Invalid OAuth access token")
            if body.get("messaging_product") != "whatsapp" or body.get("type") != "text":
                return 400, self._error(400, "Invalid parameter")
        with self._lock:
            self.delivered.append(body)
            n = len(self.delivered)
        if self.platform == "telegram":
            chat = {"id": int(body["chat_id"]), "type": "private"}
            return 200, {
                "ok": True,
                "result": {"message_id": n, "chat": chat, "text": body["text"]},
            }
        return 200, {
            "messaging_product": "whatsapp",
            "contacts": [{"input": body["to"], "wa_id": body["to"]}],
            "messages": [{"id": f"wamid.reply{n}"}],
        }

    def _error(self, status: int, text: str) -> Any:
        if self.platform == "telegram":
            return {"ok": False, "error_code": status, "description": text}
        return {"error": {"message": text, "type": "OAuthException", "code": status}}

    # ------------------------------------------------------------------ reading

    def texts(self) -> list[str]:
        key = "text"
        with self._lock:
            if self.platform == "telegram":
                return [b[key] for b in self.delivered]
            return [b["text"]["body"] for b in self.delivered]

    def wait_for(self, n: int, timeout: float = 60.0) -> list[str]:
        """The texts delivered, once there are at least ``n`` (AssertionError after timeout)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            texts = self.texts()
            if len(texts) >= n:
                return texts
            time.sleep(0.02)
        raise AssertionError(f"{self.platform}: {len(self.texts())} replies, expected {n}")
