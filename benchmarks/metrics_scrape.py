"""What one Prometheus scrape of ``GET /metrics`` costs on a large database (a benchmark, not a
test): the database's figures are read at scrape time (``store.services.operations``), so their
queries run every 15-60 s for as long as the service runs.

Builds a database with ``--adverts`` adverts over ``--sources`` sources, ``--runs`` crawl runs
and ``--alerts`` alerts (rows inserted directly: no page, no classification), then times
``--scrapes`` scrapes over real HTTP on loopback, and ``waspada status``'s queries.

    .venv/bin/python benchmarks/metrics_scrape.py [--adverts 200000] [--database-url URL]

Without ``--database-url`` a fresh SQLite file in a temporary folder is used; a PostgreSQL URL
must name an empty database (it is migrated, filled and left as it is).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn
from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from api.app import create_app
from store.db import make_engine, make_sessionmaker
from store.migrate import upgrade
from store.models import Advert, Alert, AlertRule, CrawlRun, Source
from store.services import operations
from waspada.settings import Settings


def fill(url: str, adverts: int, sources: int, runs: int, alerts: int) -> None:
    engine = make_engine(url)
    now = dt.datetime.now(dt.UTC)
    with engine.begin() as conn:
        conn.execute(
            insert(Source),
            [{"name": f"src-{i}", "spider": "listing", "start_urls": []} for i in range(sources)],
        )
        conn.execute(
            insert(CrawlRun),
            [
                {"source_id": 1 + i % sources, "spider": "listing", "status": "ok" if i % 9 else
                 "failed", "items": 40, "new": 3, "flagged": 1, "finished_at": now}
                for i in range(runs)
            ],
        )  # fmt: skip
        for start in range(0, adverts, 10_000):
            conn.execute(
                insert(Advert),
                [
                    {"canonical_url": f"https://x.example/{i}", "source_id": 1 + i % sources,
                     "content_hash": f"{i:064x}", "removed_at": now if i % 7 == 0 else None}
                    for i in range(start, min(adverts, start + 10_000))
                ],
            )  # fmt: skip
        rule = {"name": "all", "trigger": "score", "channel": "webhook", "target": "https://y"}
        conn.execute(insert(AlertRule), [rule])
        conn.execute(
            insert(Alert),
            [
                {"rule_id": 1, "advert_id": 1 + i, "idempotency_key": f"k{i}",
                 "status": ("sent", "pending", "failed")[i % 3], "next_attempt_at": now}
                for i in range(alerts)
            ],
        )  # fmt: skip
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--adverts", type=int, default=200_000)
    parser.add_argument("--sources", type=int, default=30)
    parser.add_argument("--runs", type=int, default=20_000)
    parser.add_argument("--alerts", type=int, default=20_000)
    parser.add_argument("--scrapes", type=int, default=20)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory()
    url = args.database_url or f"sqlite:///{Path(tmp.name) / 'bench.db'}"
    upgrade(url)
    started = time.perf_counter()
    fill(url, args.adverts, args.sources, args.runs, args.alerts)
    print(f"filled in {time.perf_counter() - started:.1f} s: {args.adverts} adverts, "
          f"{args.sources} sources, {args.runs} crawl runs, {args.alerts} alerts")  # fmt: skip

    settings = Settings(database_url=url, data_dir=Path(tmp.name), _env_file=None)  # type: ignore[call-arg]
    app = create_app(settings, load_model=False)
    with socket_port() as port:
        config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        times, size = [], 0
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            for _ in range(args.scrapes):
                t0 = time.perf_counter()
                r = client.get("/metrics")
                times.append(time.perf_counter() - t0)
                r.raise_for_status()
                size = len(r.content)
        server.should_exit = True
        thread.join(timeout=10)
    times.sort()
    p50, worst = 1000 * statistics.median(times), 1000 * times[-1]
    print(f"GET /metrics: p50 {p50:.0f} ms, max {worst:.0f} ms, {size / 1000:.1f} kB "
          f"({args.scrapes} scrapes)")  # fmt: skip

    sessions = make_sessionmaker(make_engine(url))
    for name, query in (
        ("adverts_by_source", operations.adverts_by_source),
        ("crawl_runs_by_source", operations.crawl_runs_by_source),
        ("crawl_items_by_source", operations.crawl_items_by_source),
        ("last_crawls", operations.last_crawls),
        ("alert_outbox", operations.alert_outbox),
        ("snapshot_bytes (status only)", operations.snapshot_bytes),
    ):
        with sessions() as session:
            t0 = time.perf_counter()
            query(session)
            print(f"  {name}: {1000 * (time.perf_counter() - t0):.0f} ms")
    tmp.cleanup()


class socket_port:
    """A free port on loopback."""

    def __enter__(self) -> int:
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            return int(s.getsockname()[1])

    def __exit__(self, *_exc: object) -> None:
        return None


if __name__ == "__main__":
    main()
