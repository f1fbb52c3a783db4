"""Does "Cek nomor" answer a known value faster or slower than an unknown one? (A benchmark, not
a test: it prints numbers.)

Builds a database through the real services (``ingest`` with hand-written classifications,
cases moved with ``cases.transition``): ``--adverts`` adverts, each with its own WhatsApp number,
bank account and e-mail, one in ten escalated. Then it times :meth:`NumberChecker.check` (the
parsing, the three queries, the answer) for values with confirmed reports, values seen only in
unconfirmed adverts, and values never seen, interleaved so that caches warm all three alike,
and prints the median and 95th percentile of each, and the gap between known and unknown.
Then the same over real HTTP (``POST /api/check-number`` on a server on loopback), where every
answer is padded to ``api.routes.check_number.ANSWER_FLOOR_S``.

    .venv/bin/python benchmarks/check_number_timing.py [--adverts 3000] [--rounds 300]
        [--database-url postgresql+psycopg://...]   (default: a fresh SQLite file)
"""

from __future__ import annotations

import argparse
import datetime as dt
import socket
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import uvicorn

from api.app import create_app
from citizen.channels import load_channels
from citizen.numbers import NumberChecker
from store.db import make_engine, make_sessionmaker, transaction
from store.migrate import upgrade
from store.services import cases
from store.services.adverts import AdvertIn, ClassificationIn, ingest
from store.services.users import add_user
from waspada.settings import PROJECT_ROOT, Settings

START = dt.datetime(2026, 9, 1, tzinfo=dt.UTC)


def phone(i: int) -> str:
    return f"+62812{i:08d}"


def account(i: int) -> str:
    return f"BCA {7_000_000_000 + i}"


def entities(i: int) -> dict[str, list[dict[str, object]]]:
    span = {"start": 0, "end": 1, "text": "x"}
    return {
        "phones": [{"value": phone(i), **span}],
        "whatsapp": [{"value": phone(i), **span}],
        "emails": [{"value": f"rekrut{i}@contoh.id", **span}],
        "bank_accounts": [{"value": account(i), **span}],
        "destinations": [{"country": "KH", "name": "Kamboja", **span}],
    }


def build(url: str, n: int) -> None:
    upgrade(url)
    engine = make_engine(url)
    factory = make_sessionmaker(engine)
    siti = add_user(
        factory, username="siti", password="kata-sandi-uji-panjang", role="investigator"
    )
    flag = {"code": "upfront_fee", "label": "Biaya di muka", "score": 0.95,
            "evidence": [{"start": 0, "end": 5, "text": "biaya"}], "reason": "."}  # fmt: skip
    case_ids = []
    for i in range(n):
        item = AdvertIn(title=f"Iklan {i}", body_text=f"Iklan nomor {i} biaya proses",
                        url=f"https://loker.example.id/{i}")  # fmt: skip
        result = ClassificationIn("bench", 0.9, True, [flag], entities(i))
        with transaction(factory) as session:
            ingest(session, item, result, now=START + dt.timedelta(minutes=i))
        if i % 10 == 0:
            case_ids.append(i + 1)
    for case_id in case_ids:  # advert i+1 has case i+1 (one case per advert, in order)
        cases.transition(factory, case_id, siti, "in_review")
        cases.transition(factory, case_id, siti, "escalated", escalated_to="police",
                         external_ref=f"LP/{case_id}")  # fmt: skip
    engine.dispose()


def timed(groups: dict[str, Callable[[int], str]], rounds: int,
          ask: Callable[[str], int]) -> dict[str, list[float]]:  # fmt: skip
    """Milliseconds per look-up, groups interleaved; ``ask`` returns the confirmed count."""
    times: dict[str, list[float]] = {name: [] for name in groups}
    for r in range(rounds):
        for name, value in groups.items():
            t = time.perf_counter()
            cases_found = ask(value(r))
            times[name].append((time.perf_counter() - t) * 1000)
            assert (cases_found > 0) == name.endswith(", confirmed"), name
    return times


def report(title: str, times: dict[str, list[float]]) -> None:
    print(f"\n{title}\n{'values':28} {'p50 ms':>8} {'p95 ms':>8}")
    for name, ms in times.items():
        p95 = statistics.quantiles(ms, n=20)[-1]
        print(f"{name:28} {statistics.median(ms):8.2f} {p95:8.2f}")
    for kind in ("phone", "account", "account digits"):
        known = statistics.median(times[f"{kind}, confirmed"])
        unknown = statistics.median(times[f"{kind}, never seen"])
        print(f"{kind}: known - unknown median = {known - unknown:+.2f} ms")


def serve(url: str, folder: Path) -> tuple[uvicorn.Server, str]:
    settings = Settings(database_url=url, data_dir=folder / "var", rate_limit_enabled=False,
                        _env_file=None)  # type: ignore[call-arg]  # fmt: skip
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    app = create_app(settings, load_model=False)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--adverts", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{Path(tmp) / 'bench.db'}"
        t0 = time.perf_counter()
        build(url, args.adverts)
        backend = url.split(":")[0]
        print(f"built {args.adverts} adverts in {time.perf_counter() - t0:.1f} s ({backend})")
        engine = make_engine(url)
        channels = load_channels(PROJECT_ROOT / "citizen" / "report_channels.json", "Kota Jambi")
        checker = NumberChecker(make_sessionmaker(engine), channels)
        groups = {
            "phone, confirmed": lambda r: phone((r * 10) % args.adverts),
            "phone, unconfirmed": lambda r: phone((r * 10 + 3) % args.adverts),
            "phone, never seen": lambda r: f"+62857{r:08d}",
            "account, confirmed": lambda r: account((r * 10) % args.adverts),
            "account, never seen": lambda r: f"BCA {8_000_000_000 + r}",
            "account digits, confirmed": lambda r: str(7_000_000_000 + (r * 10) % args.adverts),
            "account digits, never seen": lambda r: str(8_000_000_000 + r),
        }
        in_process = timed(groups, args.rounds, lambda v: checker.check(v).record.cases)
        server, base = serve(url, Path(tmp))
        with httpx.Client(base_url=base, timeout=30) as http:

            def over_http(value: str) -> int:
                r = http.post("/api/check-number", json={"value": value})
                return int(r.json()["confirmed_reports"])

            http_times = timed(groups, args.rounds, over_http)
        server.should_exit = True
        engine.dispose()
    report("NumberChecker.check (parse, three queries, answer)", in_process)
    report("POST /api/check-number over HTTP (answers padded to a floor)", http_times)


if __name__ == "__main__":
    main()
