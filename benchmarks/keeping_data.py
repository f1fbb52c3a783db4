"""How long do a backup, a restore and a retention run take, and what do they free? (A
benchmark, not a test: it prints numbers.)

Builds an SQLite database through the real service (``ingest``, one transaction per batch of
100, as the crawl does): ``--adverts`` adverts, each with an archived page of about
``--page-kb`` KB, a phone number and a classification; one in ten is flagged (a suspicious
verdict with a quoted flag, which opens a case), and one in twenty ordinary adverts shares the
phone of a flagged one. Every advert was last seen long ago. Then it times:

- ``waspada retention --dry-run`` and the purge (store.services.retention.run), with the
  counts and bytes;
- a backup (store.backup.backup) to a ``.tar.gz``, its size, and the same while a thread keeps
  storing adverts one per transaction (how many it stored during the copy);
- a restore of that backup into an empty place.

    .venv/bin/python benchmarks/keeping_data.py [--adverts 5000] [--page-kb 12]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import threading
import time
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from store import backup
from store.db import make_engine, make_sessionmaker, transaction
from store.migrate import upgrade
from store.services import retention
from store.services.adverts import AdvertIn, ClassificationIn, SnapshotIn, ingest

LONG_AGO = dt.datetime(2025, 6, 1, tzinfo=dt.UTC)
WORDS = " ".join(
    [
        "lowongan kerja gaji bulan kantor pabrik toko operator admin kasir sopir kurir gudang",
        "pengalaman lamaran syarat pria wanita usia tahun shift pagi malam bonus makan mess",
        "jambi telanaipura kotabaru jelutung alam barajo paal merah pasar sipin muara bulian",
    ]
).split()


def text_of(n: int, rng: random.Random) -> str:
    return f"Iklan {n}: " + " ".join(rng.choice(WORDS) for _ in range(60))


def page_of(text: str, kb: int, rng: random.Random) -> bytes:
    filler = " ".join(rng.choice(WORDS) for _ in range(kb * 1024 // 7))
    return f"<html><body><p>{text}</p><div>{filler}</div></body></html>".encode()


def verdict(n: int, text: str, flagged: bool, phone: str) -> ClassificationIn:
    flags = []
    if flagged:
        flags = [
            {"code": "upfront_fee", "score": 0.95, "reason": "...",
             "evidence": [{"start": 0, "end": 5, "text": text[:5]}]}
        ]  # fmt: skip
    return ClassificationIn(
        model_version="bench",
        score=0.9 if flagged else 0.1,
        suspicious=flagged,
        red_flags=flags,
        entities={"phones": [{"value": phone, "start": 0, "end": 4}]},
    )


def build(
    factory: sessionmaker[Session], adverts: int, page_kb: int, start: int = 0, batch: int = 100
) -> None:
    rng = random.Random(start or 7)
    for first in range(start, start + adverts, batch):
        with transaction(factory) as session:
            for n in range(first, min(first + batch, start + adverts)):
                flagged = n % 10 == 0
                shares = n % 20 == 5  # an ordinary advert with a flagged advert's phone
                phone = f"+62812{(n - 5 if shares else n):07d}"
                text = text_of(n, rng)
                url = f"https://loker.example/iklan/{n}"
                item = AdvertIn(
                    title=f"Iklan {n}",
                    body_text=text,
                    url=url,
                    snapshot=SnapshotIn(url=url, body=page_of(text, page_kb, rng),
                                        fetched_at=LONG_AGO),
                )  # fmt: skip
                ingest(session, item, verdict(n, text, flagged, phone), now=LONG_AGO)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--adverts", type=int, default=5000)
    parser.add_argument("--page-kb", type=int, default=12)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        url = f"sqlite:///{root / 'var' / 'waspada.db'}"
        upgrade(url)
        engine = make_engine(url)
        factory = make_sessionmaker(engine)
        t = time.perf_counter()
        build(factory, args.adverts, args.page_kb)
        db_size = (root / "var" / "waspada.db").stat().st_size
        print(f"built {args.adverts} adverts in {time.perf_counter() - t:.1f} s; "
              f"database {db_size / 1e6:.1f} MB")  # fmt: skip

        t = time.perf_counter()
        archive = backup.backup(url, root / "var", root / "quiet.tar.gz", version="bench").path
        print(f"backup (no writes): {time.perf_counter() - t:.2f} s, "
              f"{archive.stat().st_size / 1e6:.1f} MB archive")  # fmt: skip

        stop, stored = threading.Event(), [0]

        def writer() -> None:
            n = 10_000_000
            while not stop.is_set():  # one advert per transaction: the count is exact
                build(factory, 1, args.page_kb, start=n, batch=1)
                n += 1
                stored[0] += 1

        thread = threading.Thread(target=writer, daemon=True)
        thread.start()
        time.sleep(0.5)
        before, t = stored[0], time.perf_counter()
        backup.backup(url, root / "var", root / "busy.tar.gz", version="bench")
        took, during = time.perf_counter() - t, stored[0] - before
        stop.set()
        thread.join()
        print(f"backup while a thread stores adverts: {took:.2f} s; "
              f"{during} adverts stored meanwhile")  # fmt: skip

        t = time.perf_counter()
        backup.restore(f"sqlite:///{root / 'r' / 'waspada.db'}", root / "r", archive)
        print(f"restore into an empty place: {time.perf_counter() - t:.2f} s")

        now = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
        t = time.perf_counter()
        dry = retention.run(factory, 180, dry_run=True, now=now)
        print(f"retention --dry-run: {time.perf_counter() - t:.2f} s; would purge "
              f"{dry.snapshots} snapshots of {dry.adverts} adverts, "
              f"{dry.raw_bytes / 1e6:.1f} MB as fetched, "
              f"{dry.stored_bytes / 1e6:.1f} MB stored")  # fmt: skip
        t = time.perf_counter()
        done = retention.run(factory, 180, dry_run=False, now=now)
        print(f"retention purge: {time.perf_counter() - t:.2f} s ({done.snapshots} snapshots)")
        engine.dispose()


if __name__ == "__main__":
    main()
