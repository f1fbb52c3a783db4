"""How long several servers go without a leader when the leader dies (a benchmark, not a test).

For each poll interval, ``--trials`` times: a process becomes leader (store.leader.Leadership,
the lock ``waspada serve`` competes for), a second one follows, the leader is killed with
SIGKILL, and the time from the kill to the follower's "elected" is measured. Each process is a
bare Python process holding only the lock (no web service, no model), so the numbers are the
election's own; a server's scheduler then starts its first crawls after
WASPADA_SCHEDULER_START_DELAY_S.

    WASPADA_TEST_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:5432/test \\
        .venv/bin/python benchmarks/failover.py [--polls 0.5,1,5] [--trials 5] [--json]

Expected: the takeover comes within one poll interval (about half of one on average), as
PostgreSQL frees the lock as soon as the killed process's socket closes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CONTENDER = """
import sys, time
from store.leader import Leadership
url, key, poll = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
lead = Leadership(url, lock_id=key, poll_s=poll,
                  on_elected=lambda: print("elected", time.time(), flush=True))
lead.start()
print("started", flush=True)
time.sleep(3600)
"""


def contender(url: str, key: int, poll: float) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CONTENDER, url, str(key), str(poll)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip


def read_until(proc: subprocess.Popen[str], word: str) -> str:
    assert proc.stdout is not None
    while True:
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError(f"contender exited before saying {word!r}")
        if line.startswith(word):
            return line


def trial(url: str, poll: float) -> float:
    key = random.randrange(1, 2**62)
    leader = contender(url, key, poll)
    follower = None
    try:
        read_until(leader, "elected")
        follower = contender(url, key, poll)
        read_until(follower, "started")
        # Kill at a random moment of the follower's poll cycle.
        time.sleep(random.uniform(0, poll))
        killed = time.time()
        leader.send_signal(signal.SIGKILL)
        elected = float(read_until(follower, "elected").split()[1])
        return elected - killed
    finally:
        for proc in (leader, follower):
            if proc is not None and proc.poll() is None:
                proc.kill()
            if proc is not None:
                proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default=os.environ.get("WASPADA_TEST_DATABASE_URL"))
    parser.add_argument("--polls", default="0.5,1,5", help="poll intervals in seconds")
    parser.add_argument("--trials", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.url or not args.url.startswith("postgresql"):
        parser.error("a PostgreSQL URL is needed (--url or WASPADA_TEST_DATABASE_URL)")
    results = []
    for poll in (float(p) for p in args.polls.split(",")):
        times = [trial(args.url, poll) for _ in range(args.trials)]
        results.append({
            "poll_s": poll, "trials": len(times), "mean_s": round(statistics.mean(times), 3),
            "max_s": round(max(times), 3), "min_s": round(min(times), 3),
        })  # fmt: skip
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"{'poll (s)':>9} {'takeover mean (s)':>18} {'min':>7} {'max':>7}  trials")
    for r in results:
        print(f"{r['poll_s']:>9} {r['mean_s']:>18} {r['min_s']:>7} {r['max_s']:>7}  {r['trials']}")


if __name__ == "__main__":
    main()
