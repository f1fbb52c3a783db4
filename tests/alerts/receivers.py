"""The other end of an alert, run for real on loopback: an SMTP server (aiosmtpd) that keeps
every message it accepts, and a webhook receiver (http.server) that checks the HMAC signature
the way an operator's receiver would, records idempotency keys, and can be taken down (the
port refuses connections) or made to answer 503."""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
import threading
import time
from collections import Counter
from email import message_from_bytes, policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class SmtpSink:
    """A real SMTP server on 127.0.0.1; ``messages`` holds what it accepted, parsed."""

    def __init__(self) -> None:
        self.port = free_port()
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        sink = self

        class Handler:
            async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:
                msg = message_from_bytes(envelope.content, policy=policy.default)
                assert isinstance(msg, EmailMessage)
                sink.messages.append(msg)
                sink.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
                return "250 Message accepted for delivery"

        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> SmtpSink:
        self.controller.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.controller.stop()

    @staticmethod
    def text(msg: EmailMessage) -> str:
        part = msg.get_body(preferencelist=("plain",))
        assert part is not None
        return str(part.get_content())


class WebhookReceiver:
    """Verifies ``X-Waspada-Signature`` (HMAC-SHA256 of the raw body with the shared secret)
    and stores each verified delivery once per ``Idempotency-Key``, as a careful receiver does;
    ``deliveries`` counts every request per key (so a second delivery would show)."""

    def __init__(self, secret: str) -> None:
        self.secret = secret.encode()
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/hooks/waspada"
        self.status = 200  # what to answer once verified (503 to play a receiver in trouble)
        self.requests = 0
        self.deliveries: Counter[str] = Counter()  # idempotency key -> requests accepted
        self.bodies: dict[str, dict[str, Any]] = {}
        self.bad_signatures = 0
        self.headers: list[dict[str, str]] = []
        self.lock = threading.Lock()
        self.server: ThreadingHTTPServer | None = None

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                expected = "sha256=" + hmac.new(receiver.secret, raw, hashlib.sha256).hexdigest()
                given = self.headers.get("X-Waspada-Signature", "")
                with receiver.lock:
                    receiver.requests += 1
                    receiver.headers.append(dict(self.headers.items()))
                    if not hmac.compare_digest(expected, given):
                        receiver.bad_signatures += 1
                        status = 401
                    elif receiver.status != 200:
                        status = receiver.status
                    else:
                        key = self.headers["Idempotency-Key"]
                        receiver.deliveries[key] += 1
                        receiver.bodies.setdefault(key, json.loads(raw))
                        status = 200
                self.send_response(status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *_args: Any) -> None:
                pass

        return Handler

    def up(self) -> None:
        """Listen (again) on the same port."""
        deadline = time.monotonic() + 10
        while True:
            try:
                self.server = ThreadingHTTPServer(("127.0.0.1", self.port), self._handler())
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def down(self) -> None:
        """Stop listening: connections to the port are refused."""
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None

    def __enter__(self) -> WebhookReceiver:
        self.up()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.down()
