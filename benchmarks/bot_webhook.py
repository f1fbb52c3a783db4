"""The Telegram bot under load (a benchmark, not a test): how fast the webhook answers, how long
until each person has the answer, and what an outage of the Bot API does.

Starts ``waspada serve`` in a subprocess (a fresh SQLite database in a temporary folder, the
Telegram bot on, its API pointed at a fake Bot API served by this script on loopback), waits
until /readyz says the model is loaded, then:

- ``load``: ``--messages`` updates, each a different advert from a different chat (texts from
  training_data's dev and test files), sent by ``--concurrency`` clients back to back. Printed:
  the webhook's response time (the platform only waits for this), the time from sending a
  message to its reply arriving at the fake API, and answers per second;
- ``outage``: the fake API fails every call for ``--outage-s`` seconds while ``--messages / 4``
  more messages arrive, then works again. Printed: how long after the API came back the last
  reply arrived, and that every chat got exactly one reply.

    .venv/bin/python benchmarks/bot_webhook.py [--messages 200] [--concurrency 10] [--json]

Target (issue 22): the webhook answers within a second.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "1000:bench-token"
SECRET = "bench-secret"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def advert_texts() -> list[str]:
    texts: list[str] = []
    for name in ("test.jsonl", "dev.jsonl"):
        path = ROOT / "training_data" / name
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                texts.extend(json.loads(line)["text"] for line in fh if line.strip())
    return [t[:3000] for t in dict.fromkeys(t for t in texts if t.strip())]


class FakeBotAPI:
    """sendMessage on loopback: records when each chat's reply arrived; can fail on demand."""

    def __init__(self) -> None:
        self.arrived: dict[int, list[float]] = {}
        self.failing = False
        self.calls = 0
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body in one packet: written apart, Nagle's algorithm and the
            # client's delayed ACK would add 40 ms to every call (no real API does that).
            disable_nagle_algorithm = True
            wbufsize = 1 << 16

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                fake.calls += 1
                if fake.failing:
                    status, answer = 502, {"ok": False, "error_code": 502, "description": "down"}
                else:
                    fake.arrived.setdefault(int(body["chat_id"]), []).append(time.monotonic())
                    status, answer = 200, {"ok": True, "result": {"message_id": 1}}
                data = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *_args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


def start_server(folder: Path, port: int, api_url: str) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "WASPADA_DATABASE_URL": f"sqlite:///{folder / 'bench.db'}",
        "WASPADA_DATA_DIR": str(folder / "var"),
        "WASPADA_SCHEDULER_ENABLED": "false",
        "WASPADA_ALERTS_WORKER_ENABLED": "false",
        "WASPADA_LOG_LEVEL": "WARNING",
        "WASPADA_TELEGRAM_BOT_TOKEN": TOKEN,
        "WASPADA_TELEGRAM_WEBHOOK_SECRET": SECRET,
        "WASPADA_TELEGRAM_API_URL": api_url,
        "WASPADA_BOT_RATE_LIMIT": "",
        "WASPADA_BOT_RETRY_BASE_S": "0.5",
        "WASPADA_BOT_RETRY_CAP_S": "2",
        "WASPADA_BOT_POLL_INTERVAL_S": "0.2",
    }
    waspada = str(Path(sys.executable).with_name("waspada"))
    subprocess.run([waspada, "db", "upgrade"], env=env, check=True, capture_output=True, cwd=ROOT)
    cmd = [waspada, "serve", "--host", "127.0.0.1", "--port", str(port)]
    return subprocess.Popen(cmd, env=env, cwd=ROOT)


def wait_ready(base: str, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise SystemExit(f"server at {base} not ready after {timeout} s")


def update(update_id: int, chat_id: int, text: str) -> dict[str, Any]:
    chat = {"id": chat_id, "type": "private", "first_name": "Bench"}
    message = {"message_id": update_id, "from": chat | {"is_bot": False}, "chat": chat,
               "date": int(time.time()), "text": text}  # fmt: skip
    return {"update_id": update_id, "message": message}


async def deliver(
    base: str, jobs: list[tuple[int, int, str]], concurrency: int
) -> dict[int, tuple[float, float]]:
    """Send the updates; per chat: (sent at, webhook seconds)."""
    queue: asyncio.Queue[tuple[int, int, str]] = asyncio.Queue()
    for job in jobs:
        queue.put_nowait(job)
    sent: dict[int, tuple[float, float]] = {}
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}

    async def client() -> None:
        async with httpx.AsyncClient(base_url=base, timeout=30) as http:
            while not queue.empty():
                update_id, chat_id, text = queue.get_nowait()
                started = time.monotonic()
                r = await http.post("/bots/telegram", json=update(update_id, chat_id, text),
                                    headers=headers)  # fmt: skip
                if r.status_code != 200:
                    raise SystemExit(f"webhook answered {r.status_code}: {r.text}")
                sent[chat_id] = (started, time.monotonic() - started)

    await asyncio.gather(*(client() for _ in range(concurrency)))
    return sent


def wait_replies(fake: FakeBotAPI, chats: list[int], timeout: float = 600) -> float:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if all(c in fake.arrived for c in chats):
            return time.monotonic()
        time.sleep(0.05)
    missing = [c for c in chats if c not in fake.arrived]
    raise SystemExit(f"{len(missing)} chats got no reply after {timeout} s")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=10)
    parser.add_argument("--outage-s", type=float, default=5.0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    texts = advert_texts()
    fake = FakeBotAPI()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as tmp:
        server = start_server(Path(tmp), port, fake.url)
        try:
            wait_ready(base)
            jobs = [(i + 1, 10_000 + i, texts[i % len(texts)]) for i in range(args.messages)]
            started = time.monotonic()
            sent = asyncio.run(deliver(base, jobs, args.concurrency))
            done = wait_replies(fake, [j[1] for j in jobs])
            hooks = [s[1] * 1000 for s in sent.values()]
            answers = [(fake.arrived[c][0] - s[0]) * 1000 for c, s in sent.items()]
            load = {
                "messages": args.messages,
                "concurrency": args.concurrency,
                "webhook_ms_p50": round(statistics.median(hooks), 1),
                "webhook_ms_p99": round(pct(hooks, 0.99), 1),
                "webhook_ms_max": round(max(hooks), 1),
                "answer_ms_p50": round(statistics.median(answers), 1),
                "answer_ms_p99": round(pct(answers, 0.99), 1),
                "answers_per_s": round(args.messages / (done - started), 1),
            }
            # The Bot API goes down while messages keep arriving, then comes back.
            fake.failing = True
            n = max(1, args.messages // 4)
            more = [(100_000 + i, 50_000 + i, texts[(args.messages + i) % len(texts)])
                    for i in range(n)]  # fmt: skip
            outage_started = time.monotonic()
            sent_during = asyncio.run(deliver(base, more, args.concurrency))
            time.sleep(max(0.0, args.outage_s - (time.monotonic() - outage_started)))
            back = time.monotonic()
            fake.failing = False
            drained = wait_replies(fake, [j[1] for j in more])
            every_chat = {**sent, **sent_during}
            outage = {
                "messages": n,
                "outage_s": args.outage_s,
                "last_reply_s_after_recovery": round(drained - back, 2),
                "failed_calls_during_outage": fake.calls
                - sum(len(v) for v in fake.arrived.values()),
                "chats_with_exactly_one_reply": sum(len(fake.arrived[c]) == 1 for c in every_chat),
                "chats": len(every_chat),
            }
        finally:
            server.terminate()
            server.wait(timeout=30)
    result = {"load": load, "outage": outage}
    if args.json:
        print(json.dumps(result, indent=2))
        return
    for phase, figures in result.items():
        print(f"{phase}:")
        for key, value in figures.items():
            print(f"  {key:32} {value}")


if __name__ == "__main__":
    main()
