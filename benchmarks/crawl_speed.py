"""Crawl benchmark: a generated local board of N advert pages (server on loopback), crawled
end to end with the classifier on and SQLite as the store, by the real `waspada crawl`.

Prints pages/s, adverts/s end to end, the share of time in fetch, parse, classify and store,
and the crawler's memory (RSS) sampled over the run, to show it stays flat.

    .venv/bin/python benchmarks/crawl_speed.py [--pages 5000]
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
    args = parser.parse_args()
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
        started = time.perf_counter()
        self_cpu_before = _cpu(resource.RUSAGE_SELF)
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True)  # fmt: skip
        samples: list[tuple[float, float]] = []
        while proc.poll() is None:
            samples.append((time.perf_counter() - started, rss_mb(proc.pid)))
            time.sleep(0.5)
        out, err = proc.communicate()
        wall = time.perf_counter() - started
        # The crawler is this script's only child; the site's server threads run in this process.
        crawler_cpu = _cpu(resource.RUSAGE_CHILDREN)
        server_cpu = _cpu(resource.RUSAGE_SELF) - self_cpu_before
        if proc.returncode != 0:
            raise SystemExit(f"crawl failed: {err[-2000:]}")
        run = json.loads(out.splitlines()[-1])
        from sqlalchemy import select

        from store.db import make_sessionmaker
        from store.models import CrawlRun

        engine = make_engine(url)
        with make_sessionmaker(engine)() as s:
            stats = s.scalar(select(CrawlRun).order_by(CrawlRun.id.desc())).stats  # type: ignore[union-attr]
        engine.dispose()
    parse = float(stats.get("waspada/time_parse_s", 0))
    classify = float(stats.get("waspada/time_classify_s", 0))
    store = float(stats.get("waspada/time_store_s", 0))
    busy = float(stats.get("elapsed_time_seconds", wall))
    fetch_other = max(busy - parse - classify - store, 0.0)
    print(f"pages fetched        {run['pages']}")
    print(f"adverts stored       {run['items']} ({run['flagged']} flagged)")
    print(f"wall time            {wall:.1f} s (crawl {busy:.1f} s, rest is process start-up)")
    print(f"pages/s              {run['pages'] / busy:.1f}")
    print(f"adverts/s end to end {run['items'] / wall:.1f} (crawl only: {run['items'] / busy:.1f})")
    for name, value in (("fetch+engine", fetch_other), ("parse", parse), ("classify", classify),
                        ("store", store)):  # fmt: skip
        print(f"time in {name:<13}{value:6.1f} s  {100 * value / busy:5.1f} %")
    print(f"CPU seconds          crawler {crawler_cpu:.1f}, site server {server_cpu:.1f} "
          f"(of {2 * wall:.0f} core-seconds on 2 cores)")  # fmt: skip
    if samples:
        n = len(samples)
        picks = [samples[n // 10], samples[n // 2], samples[-1]]
        print("crawler RSS (MB)     " + ", ".join(f"{mb:.0f} at {t:.0f}s" for t, mb in picks)
              + f"; peak {max(mb for _, mb in samples):.0f}")  # fmt: skip


if __name__ == "__main__":
    main()
