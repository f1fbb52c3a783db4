"""Crawl benchmark: a generated local board of N advert pages (server on loopback), crawled
end to end with the classifier on and SQLite as the store, by the real `waspada crawl`.

Prints pages/s, adverts/s end to end, the share of time in fetch, parse, classify and store,
and the crawler's memory (RSS) sampled over the run, to show it stays flat.

    .venv/bin/python benchmarks/crawl_speed.py [--pages 5000] [--processes 2]

``--processes N`` (N > 1) runs N crawler processes that share the crawl through Redis (the
scale-out mode, ``WASPADA_REDIS_URL``; ``--redis-url``, default the local Redis, database 15),
all storing into the same SQLite file: the way one multi-core server uses every core.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from store.db import make_engine
from store.migrate import upgrade
from tests.fixture_site import FixtureSite, build_big_listing_site


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except FileNotFoundError:
        pass
    return 0.0


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--processes", type=int, default=1, help="crawler processes")
    parser.add_argument(
        "--redis-url",
        default=os.environ.get("WASPADA_TEST_REDIS_URL") or "redis://127.0.0.1:6379/15",
        help="queue shared by --processes > 1",
    )
    args = parser.parse_args()
    key = f"bench-{uuid.uuid4().hex[:8]}"
    with tempfile.TemporaryDirectory() as tmp, FixtureSite() as site:
        url = f"sqlite:///{tmp}/bench.db"
        upgrade(url)
        make_engine(url).dispose()
        info = build_big_listing_site(site, args.pages)
        env = {
            **os.environ,
            "WASPADA_DATABASE_URL": url,
            "WASPADA_DATA_DIR": f"{tmp}/var",
            "WASPADA_LOG_LEVEL": "WARNING",
            "WASPADA_CRAWLER_CONCURRENCY_PER_DOMAIN": str(args.concurrency),
        }
        exe = str(Path(sys.executable).with_name("waspada"))
        cmd = [exe, "crawl", "listing", "--start-url", info["start"],
               "--options", json.dumps(info["options"]), "--json"]  # fmt: skip
        if args.processes > 1:
            cmd += ["--crawl-key", key]
            env["WASPADA_REDIS_URL"] = args.redis_url
        started = time.perf_counter()
        self_cpu_before = _cpu(resource.RUSAGE_SELF)
        # Output to files, not pipes: a crawl's log (progress lines, warnings) would fill a
        # pipe nobody reads until the end and block the crawler mid-run.
        logs = [
            (open(f"{tmp}/out{i}.txt", "w+"), open(f"{tmp}/err{i}.txt", "w+"))  # noqa: SIM115
            for i in range(args.processes)
        ]
        procs = [
            subprocess.Popen(cmd, env=env, stdout=out, stderr=err, text=True) for out, err in logs
        ]
        samples: list[tuple[float, float]] = []
        while any(p.poll() is None for p in procs):
            samples.append((time.perf_counter() - started, sum(rss_mb(p.pid) for p in procs)))
            time.sleep(0.5)
        for p in procs:
            p.wait()
        outputs = []
        for out_file, err_file in logs:
            out_file.seek(0)
            err_file.seek(0)
            outputs.append((out_file.read(), err_file.read()))
            out_file.close()
            err_file.close()
        wall = time.perf_counter() - started
        # The crawlers are this script's only children; the site's server threads run here.
        crawler_cpu = _cpu(resource.RUSAGE_CHILDREN)
        server_cpu = _cpu(resource.RUSAGE_SELF) - self_cpu_before
        if args.processes > 1:
            import redis

            client = redis.Redis.from_url(args.redis_url)
            for k in client.scan_iter(f"waspada:{key}:*"):
                client.delete(k)
        for proc, (_out, err) in zip(procs, outputs, strict=True):
            if proc.returncode != 0:
                raise SystemExit(f"crawl failed: {err[-2000:]}")
        runs = [json.loads(out.splitlines()[-1]) for out, _ in outputs]
        from sqlalchemy import func, select

        from store.db import make_sessionmaker
        from store.models import Advert, CrawlRun

        engine = make_engine(url)
        with make_sessionmaker(engine)() as s:
            rows = s.scalars(select(CrawlRun).order_by(CrawlRun.id.desc()).limit(len(procs)))
            all_stats = [r.stats for r in rows]
            adverts = s.scalar(select(func.count()).select_from(Advert))
        engine.dispose()

    def total(key: str) -> float:  # per process on average, so shares stay within 100 %
        return sum(float(st.get(key, 0)) for st in all_stats) / len(all_stats)

    parse, classify, store = (total(f"waspada/time_{k}_s") for k in ("parse", "classify", "store"))
    busy = max(float(st.get("elapsed_time_seconds", wall)) for st in all_stats)
    fetch_other = max(total("elapsed_time_seconds") - parse - classify - store, 0.0)
    run = {k: sum(r[k] for r in runs) for k in ("pages", "items", "flagged")}
    print(f"crawler processes    {len(procs)}" + (" (sharing one crawl through Redis)"
                                                  if len(procs) > 1 else ""))  # fmt: skip
    print(f"pages fetched        {run['pages']}")
    print(f"adverts stored       {run['items']} ({run['flagged']} flagged); "
          f"{adverts} adverts in the database")  # fmt: skip
    print(f"wall time            {wall:.1f} s (crawl {busy:.1f} s, rest is process start-up)")
    print(f"pages/s              {run['pages'] / busy:.1f}")
    print(f"adverts/s end to end {run['items'] / wall:.1f} (crawl only: {run['items'] / busy:.1f})")
    share_of = total("elapsed_time_seconds") or busy
    for name, value in (("fetch+engine", fetch_other), ("parse", parse), ("classify", classify),
                        ("store", store)):  # fmt: skip
        print(f"time in {name:<13}{value:6.1f} s  {100 * value / share_of:5.1f} %")
    print(f"CPU seconds          crawler {crawler_cpu:.1f}, site server {server_cpu:.1f} "
          f"(of {2 * wall:.0f} core-seconds on 2 cores)")  # fmt: skip
    if samples:
        n = len(samples)
        picks = [samples[n // 10], samples[n // 2], samples[-1]]
        label = "crawler RSS (MB)" + (", all processes" if len(procs) > 1 else "     ")
        print(f"{label} " + ", ".join(f"{mb:.0f} at {t:.0f}s" for t, mb in picks)
              + f"; peak {max(mb for _, mb in samples):.0f}")  # fmt: skip


if __name__ == "__main__":
    main()
