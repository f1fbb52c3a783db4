"""Real local servers for the citizens' check tests.

- :class:`Canary` listens on a loopback address and counts every TCP connection it accepts.
  It answers like a job board (a scam advert), so a fetch that reached it would also *succeed*:
  the SSRF tests assert both that the check was refused and that the canary saw no one.
- :class:`Site` is a small web server whose routes can redirect, stall, drip, send huge or
  non-HTML bodies, or serve adverts; optionally over TLS.
"""

from __future__ import annotations

import socket
import ssl
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.fixture_adverts import SCAMS
from tests.fixture_site import page

CANARY_PAGE = page("Lowongan", f"<h1>Lowongan kerja</h1><p>{SCAMS[0]}</p>").encode()


class Canary:
    """Counts connections on ``host`` (IPv4 or IPv6 loopback). ``port=0`` picks a free port."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.sock = socket.socket(family, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, port))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.host = host
        self.port = int(self.sock.getsockname()[1])
        self.hits = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            self.hits += 1
            with conn:
                conn.settimeout(1)
                try:
                    conn.recv(65536)
                    head = (
                        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                        f"Content-Length: {len(CANARY_PAGE)}\r\nConnection: close\r\n\r\n"
                    )
                    conn.sendall(head.encode() + CANARY_PAGE)
                except OSError:
                    pass

    def __enter__(self) -> Canary:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.sock.close()


Reply = tuple[int, dict[str, str], bytes]
Route = Callable[[BaseHTTPRequestHandler], Reply | None]


class Site:
    """A web server on ``host`` with programmable routes (path without query -> handler)."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, tls: ssl.SSLContext | None = None):
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.requests: list[dict[str, Any]] = []
        self.sni: list[str | None] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                path = urlsplit(self.path).path
                site.hits[path] += 1
                site.requests.append({"path": self.path, "headers": dict(self.headers)})
                route = site.routes.get(path)
                reply = route(self) if route else (404, {"Content-Type": "text/plain"}, b"no")
                if reply is None:  # the route wrote the response itself
                    return
                status, headers, body = reply
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                if "Content-Length" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer((host, port), Handler)
        self.server.daemon_threads = True
        # A client hanging up mid-body is what several tests do on purpose.
        self.server.handle_error = lambda *_args: None  # type: ignore[method-assign]
        if tls is not None:

            def remember_sni(sock: Any, name: str | None, ctx: Any) -> None:
                site.sni.append(name)

            tls.sni_callback = remember_sni
            self.server.socket = tls.wrap_socket(self.server.socket, server_side=True)
        self.port = int(self.server.server_address[1])
        self.base = f"{'https' if tls else 'http'}://{host}:{self.port}"
        self.routes["/r"] = self._redirect

    def url(self, path: str) -> str:
        return self.base + path

    @staticmethod
    def _redirect(handler: BaseHTTPRequestHandler) -> Reply:
        to = parse_qs(urlsplit(handler.path).query)["to"][0]
        return 302, {"Location": to}, b""

    def redirect_to(self, target: str) -> str:
        from urllib.parse import quote

        return self.url("/r?to=" + quote(target, safe=""))

    def chain(self, hops: int, target: str) -> str:
        """A chain of ``hops`` redirects through this site that ends at ``target``."""
        url = target
        for _ in range(hops):
            url = self.redirect_to(url)
        return url

    def add(self, path: str, body: str | bytes, ctype: str = "text/html; charset=utf-8",
            status: int = 200) -> str:  # fmt: skip
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = lambda _h: (status, {"Content-Type": ctype}, data)
        return self.url(path)

    def add_slow(self, path: str, body: str, delay: float) -> str:
        def slow(_h: BaseHTTPRequestHandler) -> Reply:
            time.sleep(delay)
            return 200, {"Content-Type": "text/html"}, body.encode()

        self.routes[path] = slow
        return self.url(path)

    def add_drip(self, path: str, seconds: float) -> str:
        """Sends one byte every 0.2 s for ``seconds``: never idle long enough for a read
        timeout, so only a whole-fetch deadline stops it."""

        def drip(h: BaseHTTPRequestHandler) -> None:
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.send_header("Content-Length", str(int(seconds / 0.2) + 1))
            h.end_headers()
            end = time.monotonic() + seconds
            try:
                while time.monotonic() < end:
                    h.wfile.write(b" ")
                    h.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                pass
            return None

        self.routes[path] = drip
        return self.url(path)

    def add_unsized(self, path: str, size: int) -> str:
        """A body of ``size`` bytes with no Content-Length (read until the server closes)."""

        def unsized(h: BaseHTTPRequestHandler) -> None:
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.send_header("Connection", "close")
            h.end_headers()
            chunk = b"<p>" + b"x" * 65530 + b"</p>"
            sent = 0
            try:
                while sent < size:
                    h.wfile.write(chunk)
                    sent += len(chunk)
            except OSError:
                pass
            h.close_connection = True
            return None

        self.routes[path] = unsized
        return self.url(path)

    def __enter__(self) -> Site:
        threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def make_tls(folder: Path, name: str) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """A throw-away CA and a certificate for ``name``: (server context, client context that
    trusts only that CA and checks the name)."""
    ca_key, ca_crt = folder / "ca.key", folder / "ca.crt"
    key, csr, crt = folder / "site.key", folder / "site.csr", folder / "site.crt"
    ext = folder / "ext.cnf"
    ext.write_text(f"subjectAltName=DNS:{name}\nbasicConstraints=CA:FALSE\n")

    def run(*args: str) -> None:
        subprocess.run(["openssl", *args], check=True, capture_output=True)

    run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Test CA",
        "-keyout", str(ca_key), "-out", str(ca_crt))  # fmt: skip
    run("req", "-newkey", "rsa:2048", "-nodes", "-subj", f"/CN={name}",
        "-keyout", str(key), "-out", str(csr))  # fmt: skip
    run("x509", "-req", "-in", str(csr), "-CA", str(ca_crt), "-CAkey", str(ca_key),
        "-CAcreateserial", "-days", "2", "-extfile", str(ext), "-out", str(crt))  # fmt: skip
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(str(crt), str(key))
    client = ssl.create_default_context(cafile=str(ca_crt))
    return server, client
