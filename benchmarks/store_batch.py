"""The crawl's store step alone: corpus adverts, classified once up front, stored in batches of
32 as the crawl stores them, one by one (``ingest`` per advert) and as a batch
(``ingest_many``), alternating, each into its own fresh database.

Prints CPU ms and wall ms per advert for each way: CPU time is what a shared machine's load
does not inflate (wall time there includes waiting for a core).

    .venv/bin/python benchmarks/store_batch.py [--adverts 1500] [--rounds 3]
        [--database-url postgresql+psycopg://...]   # default: SQLite files in a temp folder
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text

from store.db import make_engine, make_sessionmaker, transaction
from store.migrate import upgrade
from store.services.adverts import AdvertIn, ClassificationIn, SnapshotIn, ingest, ingest_many

ROOT = Path(__file__).resolve().parent.parent
BATCH = 32


def corpus(n: int) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for name in ("test.jsonl", "dev.jsonl", "train.jsonl"):
        with (ROOT / "training_data" / name).open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    row = json.loads(line)
                    rows.append((str(row.get("title") or ""), str(row["text"])))
                if len(rows) >= n:
                    return rows
    return rows


def entries(adverts: list[tuple[str, str]], results: list[dict[str, Any]], tag: str) -> list[
    tuple[AdvertIn, ClassificationIn | None]
]:  # fmt: skip
    out: list[tuple[AdvertIn, ClassificationIn | None]] = []
    for i, ((title, body), result) in enumerate(zip(adverts, results, strict=True)):
        url = f"https://board.test/{tag}/{i}"
        page = f"<html><head><title>{title}</title></head><body><p>{body}</p></body></html>"
        snapshot = SnapshotIn(url=url, body=page.encode(), headers={"content-type": "text/html"})
        item = AdvertIn(title=title, body_text=body, url=url, channel="web", snapshot=snapshot)
        out.append((item, ClassificationIn.from_result(result)))
    return out


def one_by_one(session: Any, batch: list[tuple[AdvertIn, ClassificationIn | None]]) -> None:
    for item, classification in batch:
        ingest(session, item, classification, alert_rules=[])


def batched(session: Any, batch: list[tuple[AdvertIn, ClassificationIn | None]]) -> None:
    ingest_many(session, batch, alert_rules=[])


def fresh_database(base: str | None, folder: Path) -> tuple[str, Callable[[], None]]:
    if base is None:
        url = f"sqlite:///{folder / f'{uuid.uuid4().hex}.db'}"
        return url, lambda: None
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}", drop


def measure(way: Callable[..., None], data: list[Any], base: str | None, folder: Path) -> tuple[
    float, float
]:  # fmt: skip
    url, drop = fresh_database(base, folder)
    try:
        upgrade(url)
        engine = make_engine(url)
        sessions = make_sessionmaker(engine)
        cpu, wall = time.process_time(), time.perf_counter()
        for start in range(0, len(data), BATCH):
            with transaction(sessions) as session:
                way(session, data[start : start + BATCH])
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        engine.dispose()
    finally:
        drop()
    return 1000 * cpu / len(data), 1000 * wall / len(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--adverts", type=int, default=1500)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--database-url", help="PostgreSQL (a schema per run); default SQLite")
    args = parser.parse_args()

    from classifier.pipeline import AdvertInput, Classifier

    adverts = corpus(args.adverts)
    classifier = Classifier.load(quantize=True, freeze_gc=True)
    results = [
        r.to_dict()
        for start in range(0, len(adverts), BATCH)
        for r in classifier.classify(
            [AdvertInput(text=b, title=t) for t, b in adverts[start : start + BATCH]]
        )
    ]
    ways = {"one by one": one_by_one, "ingest_many": batched}
    got: dict[str, list[tuple[float, float]]] = {name: [] for name in ways}
    with tempfile.TemporaryDirectory() as tmp:
        for round_ in range(args.rounds):
            for name, way in ways.items():
                data = entries(adverts, results, f"{round_}-{name.replace(' ', '')}")
                got[name].append(measure(way, data, args.database_url, Path(tmp)))
    backend = "PostgreSQL" if args.database_url else "SQLite"
    print(f"{len(adverts)} corpus adverts stored in batches of {BATCH} on {backend}, "
          f"{args.rounds} rounds alternating")  # fmt: skip
    for name, runs in got.items():
        cpus = sorted(c for c, _ in runs)
        walls = sorted(w for _, w in runs)
        cpu = f"best {cpus[0]:.2f} median {statistics.median(cpus):.2f}"
        wall = f"best {walls[0]:.2f} median {statistics.median(walls):.2f}"
        print(f"{name:<12} CPU ms/advert {cpu}   wall ms/advert {wall}")


if __name__ == "__main__":
    main()
