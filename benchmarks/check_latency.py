"""Latency of POST /api/check with pasted text under concurrent clients (a benchmark, not a test).

Starts the real server (``waspada serve --workers N``, in a subprocess, on loopback, rate
limits off, a fresh SQLite database in a temporary folder), waits until /readyz says the model
is loaded, then runs three phases with ``--concurrency`` clients each sending requests back to
back:

- ``healthz``: ``GET /healthz``, the cost of HTTP alone on this machine, the yardstick for the
  others (the check's p50 is also printed as a multiple of it, measured in the same run);

- ``distinct``: every request carries an advert text not sent before (from training_data's dev
  and test files), so every one is classified: the cost of a first check;
- ``repeated``: requests cycle through 50 texts already checked once, the common case of one
  viral advert pasted by many people, answered from the in-memory cache.

    .venv/bin/python benchmarks/check_latency.py [--requests 1000] [--concurrency 20] \
        [--workers 2] [--json]

Targets on the 2-core reference machine (issue "Speed"): distinct adverts p50 at most 8 times
the /healthz p50 of the same run, p99 < 250 ms, no errors. The server's CPU time is summed
over the server and its worker processes.
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
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def advert_texts() -> list[str]:
    texts: list[str] = []
    for name in ("test.jsonl", "dev.jsonl", "train.jsonl"):
        path = ROOT / "training_data" / name
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                texts.extend(json.loads(line)["text"] for line in fh if line.strip())
    return list(dict.fromkeys(t for t in texts if t.strip()))  # distinct, in order


def start_server(folder: Path, port: int, args: argparse.Namespace) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "WASPADA_DATABASE_URL": args.database_url or f"sqlite:///{folder / 'bench.db'}",
        "WASPADA_DATA_DIR": str(folder / "var"),
        "WASPADA_RATE_LIMIT_ENABLED": "false",
        "WASPADA_SCHEDULER_ENABLED": "false",
        "WASPADA_LOG_LEVEL": "WARNING",
    }
    if args.model_dir:
        env["WASPADA_MODEL_DIR"] = args.model_dir
    if args.torch_threads:
        # The server's own setting for torch's intra-op threads (default: one per core).
        env["WASPADA_CLASSIFIER_THREADS"] = str(args.torch_threads)
    subprocess.run(
        [str(Path(sys.executable).with_name("waspada")), "db", "upgrade"],
        env=env, check=True, capture_output=True, cwd=ROOT,
    )  # fmt: skip
    cmd = [
        str(Path(sys.executable).with_name("waspada")), "serve", "--host", "127.0.0.1",
        "--port", str(port),
    ] + (["--workers", str(args.workers)] if args.workers > 1 else [])  # fmt: skip
    return subprocess.Popen(cmd, env=env, cwd=ROOT)


def _stat(pid: int) -> list[str] | None:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None


def process_tree(pid: int) -> list[int]:
    """``pid`` and its descendants (the uvicorn workers), Linux only."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").glob("[0-9]*"):
        fields = _stat(int(entry.name))
        if fields is not None:
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo.extend(children.get(current, []))
    return tree


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process and its descendants so far (Linux), else None."""
    total = 0.0
    for member in process_tree(pid):
        fields = _stat(member)
        if fields is None:
            if member == pid:
                return None
            continue
        total += sum(int(x) for x in fields[11:15])
    return total / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> dict[int, float]:
    """Resident memory (MB) of each process of the server's tree."""
    out = {}
    for member in process_tree(pid):
        try:
            for line in Path(f"/proc/{member}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    out[member] = int(line.split()[1]) / 1024
        except OSError:
            continue
    return out


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


class Connection:
    """A minimal HTTP/1.1 keep-alive client on asyncio streams. The clients share the 2 cores
    with the server, and a full HTTP library spends more CPU per request than the server does
    on a cached answer, which would measure the client instead of the server."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post_json(self, path: str, payload: dict[str, Any]) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        body = json.dumps(payload).encode()
        head = (
            f"POST {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        )
        self.writer.write(head.encode() + body)
        status_line = await self.reader.readline()
        length = 0
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        data = await self.reader.readexactly(length)
        return int(status_line.split()[1]), data

    async def get(self, path: str) -> tuple[int, bytes]:
        return await self.request(
            f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode()
        )

    async def request(self, raw: bytes) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None and self.writer is not None
        self.writer.write(raw)
        status_line = await self.reader.readline()
        length = 0
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        data = await self.reader.readexactly(length)
        return int(status_line.split()[1]), data

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            await self.writer.wait_closed()


async def run_phase(
    base: str,
    texts: list[str],
    requests: int,
    concurrency: int,
    pid: int | None = None,
    *,
    healthz: bool = False,
) -> dict[str, Any]:
    host, port = base.removeprefix("http://").split(":")
    latencies: list[float] = []
    errors = 0
    counter = iter(range(requests))

    async def client_loop() -> None:
        nonlocal errors
        conn = Connection(host, int(port))
        try:
            for i in counter:
                started = time.perf_counter()
                if healthz:
                    status, data = await conn.get("/healthz")
                    ok = status == 200 and b'"ok"' in data
                else:
                    status, data = await conn.post_json(
                        "/api/check", {"text": texts[i % len(texts)]}
                    )
                    ok = status == 200 and b'"band"' in data
                latencies.append(time.perf_counter() - started)
                if not ok:
                    errors += 1
        finally:
            await conn.close()

    cpu_before = cpu_seconds(pid) if pid else None
    started = time.perf_counter()
    await asyncio.gather(*(client_loop() for _ in range(concurrency)))
    wall = time.perf_counter() - started
    cpu_after = cpu_seconds(pid) if pid else None
    ms = sorted(x * 1000 for x in latencies)

    def pct(p: float) -> float:
        return ms[min(len(ms) - 1, round(p / 100 * (len(ms) - 1)))]

    return {
        "requests": len(ms),
        "errors": errors,
        "concurrency": concurrency,
        "p50_ms": round(pct(50), 1),
        "p90_ms": round(pct(90), 1),
        "p99_ms": round(pct(99), 1),
        "max_ms": round(ms[-1], 1),
        "mean_ms": round(statistics.fmean(ms), 1),
        "requests_per_s": round(len(ms) / wall, 1),
        "server_cpu_ms_per_request": (
            round((cpu_after - cpu_before) * 1000 / len(ms), 2)
            if cpu_before is not None and cpu_after is not None
            else None
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=1000, help="requests per phase")
    parser.add_argument("--concurrency", type=int, default=20, help="clients sending at once")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    parser.add_argument("--torch-threads", type=int, help="OMP_NUM_THREADS for the server")
    parser.add_argument("--model-dir", help="model folder (default: the shipped one)")
    parser.add_argument("--database-url", help="default: a fresh SQLite file in a temp folder")
    parser.add_argument("--phases", default="healthz,distinct,repeated", help="which phases to run")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()

    texts = advert_texts()
    if len(texts) < 100:
        raise SystemExit("training_data/*.jsonl not found: run from a full checkout")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    results: dict[str, Any] = {
        "cpus": os.cpu_count(),
        "workers": args.workers,
        "torch_threads": args.torch_threads or "default",
    }
    with tempfile.TemporaryDirectory() as tmp:
        server = start_server(Path(tmp), port, args)
        try:
            wait_ready(base)
            # Warm-up (first requests load lazy code paths); these texts are not reused below.
            asyncio.run(run_phase(base, texts[-40:], 40, args.concurrency))
            phases = args.phases.split(",")
            results["rss_mb_after_load"] = [round(mb) for mb in rss_mb(server.pid).values()]
            if "healthz" in phases:
                results["healthz"] = asyncio.run(
                    run_phase(base, [], args.requests, args.concurrency, server.pid, healthz=True)
                )
            if "distinct" in phases:
                fresh = texts[: len(texts) - 40]
                n = min(args.requests, len(fresh))
                results["distinct"] = asyncio.run(
                    run_phase(base, fresh[:n], n, args.concurrency, server.pid)
                )
            if "repeated" in phases:
                pool = texts[-90:-40]
                asyncio.run(run_phase(base, pool, len(pool), args.concurrency))  # now cached
                results["repeated"] = asyncio.run(
                    run_phase(base, pool, args.requests, args.concurrency, server.pid)
                )
            results["rss_mb_at_end"] = [round(mb) for mb in rss_mb(server.pid).values()]
        finally:
            server.terminate()
            server.wait(timeout=30)
    if "healthz" in results and "distinct" in results:
        results["distinct_p50_over_healthz_p50"] = round(
            results["distinct"]["p50_ms"] / max(results["healthz"]["p50_ms"], 0.1), 1
        )
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"POST /api/check, pasted text, {args.concurrency} concurrent clients, "
          f"{results['cpus']} CPUs, {args.workers} worker(s), "
          f"torch threads {results['torch_threads']}")  # fmt: skip
    print(f"{'phase':<10} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p90 ms':>8} "
          f"{'p99 ms':>8} {'max ms':>8} {'req/s':>8} {'server CPU ms/req':>18}")  # fmt: skip
    for phase in ("healthz", "distinct", "repeated"):
        if phase in results:
            r = results[phase]
            print(f"{phase:<10} {r['requests']:>8} {r['errors']:>6} {r['p50_ms']:>8} "
                  f"{r['p90_ms']:>8} {r['p99_ms']:>8} {r['max_ms']:>8} {r['requests_per_s']:>8} "
                  f"{r['server_cpu_ms_per_request'] or '-':>18}")  # fmt: skip
    if "distinct_p50_over_healthz_p50" in results:
        ratio = results["distinct_p50_over_healthz_p50"]
        print(f"distinct p50 / healthz p50: {ratio}x (target at most 8x)")
    print(f"server RSS (MB) per process, server first: after load {results['rss_mb_after_load']}"
          f", at the end {results.get('rss_mb_at_end', '-')}")  # fmt: skip


if __name__ == "__main__":
    main()
