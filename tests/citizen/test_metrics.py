"""``GET /metrics`` over real HTTP: the figures move with real checks, the database's figures
are read at scrape time, and only the allowed addresses or an admin's token may read them."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from prometheus_client.parser import text_string_to_metric_families

from api.routes.metrics import exposition
from api.serving import server_options
from store.db import make_engine, make_sessionmaker, transaction
from store.models import Advert, Alert, AlertRule, CrawlRun, Source
from store.services.tokens import create_token
from store.services.users import add_user
from tests.citizen.conftest import citizen_settings, make_app
from tests.conftest import LiveServer
from tests.fixture_adverts import SCAMS
from tests.picture_adverts import encode, poster
from waspada import __version__
from waspada.settings import Settings

LiveApp = tuple[FastAPI, httpx.Client]
FEE_SCAM = SCAMS[2]


def scrape(
    client: httpx.Client, **kwargs: Any
) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    r = client.get("/metrics", **kwargs)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/plain; version=0.0.4")
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(r.text)
        for sample in family.samples
    }


def value(samples: dict[Any, float], name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def test_checks_move_the_figures(live_app: LiveApp) -> None:
    app, client = live_app
    before = scrape(client)
    assert client.post("/api/check", json={"text": FEE_SCAM}).status_code == 200
    assert (
        client.post("/api/check", json={"text": FEE_SCAM + " Hubungi segera."}).status_code == 200
    )
    assert client.post("/cek", data={"q": FEE_SCAM}).status_code == 200
    r = client.post("/api/check-number", json={"value": "0812-3456-7890"})
    assert r.status_code == 200
    after = scrape(client)

    def moved(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert moved("waspada_checks_total", channel="api", kind="text", band="high") == 2
    assert moved("waspada_checks_total", channel="web", kind="text", band="high") == 1
    assert moved("waspada_check_seconds_count", channel="api", kind="text") == 2
    # Latency is measured: the sum of seconds moved by more than nothing.
    assert moved("waspada_check_seconds_sum", channel="api", kind="text") > 0
    # The first scam was answered from the cache the third time: two calls of the classifier.
    assert moved("waspada_classifier_batch_size_count", caller="citizen") == 2
    assert moved("waspada_classifier_batch_size_sum", caller="citizen") == 2
    assert moved("waspada_classifier_batch_seconds_count", caller="citizen") == 2
    assert moved("waspada_number_checks_total", channel="api", kind="phone", outcome="none") == 1
    # What answered: the version and the loaded model; a test app runs no schedule.
    version = app.state.waspada.classifier.version
    assert value(after, "waspada_info", version=__version__, model=version) == 1
    assert value(after, "waspada_schedule_leader") == 0
    # Nothing a citizen wrote is in a label.
    assert "Malaysia" not in client.get("/metrics").text


def test_pictures_count_their_reading_time(live_app: LiveApp) -> None:
    _app, client = live_app
    before = scrape(client)
    flyer = encode(poster(FEE_SCAM))
    r = client.post("/api/check", files={"image": ("flyer.png", flyer, "image/png")})
    assert r.status_code == 200, r.text
    text = b"not a picture at all, just words"
    refused = client.post("/api/check", files={"image": ("x.png", text, "image/png")})
    assert refused.status_code == 415
    after = scrape(client)

    def moved(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert moved("waspada_ocr_seconds_count", caller="citizen", outcome="ok") == 1
    assert moved("waspada_ocr_seconds_sum", caller="citizen", outcome="ok") > 0.05  # real OCR
    assert moved("waspada_ocr_seconds_count", caller="citizen", outcome="refused") == 1
    assert moved("waspada_checks_total", channel="api", kind="image", band="high") == 1
    assert moved("waspada_checks_total", channel="api", kind="image", band="error") == 1


def test_database_figures_are_read_at_scrape_time(live_app: LiveApp) -> None:
    app, client = live_app
    sessions = app.state.waspada.sessions
    assert value(scrape(client), "waspada_database_up") == 1
    finished = dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC)
    with transaction(sessions) as session:
        source = Source(name="loker-jambi", spider="listing", start_urls=[])
        session.add(source)
        session.flush()
        for status, items in (("ok", 7), ("ok", 3), ("failed", 0)):
            session.add(
                CrawlRun(
                    source_id=source.id,
                    spider="listing",
                    status=status,
                    items=items,
                    new=items,
                    flagged=1,
                    finished_at=finished,
                )
            )
        gone = dt.datetime(2026, 12, 2, tzinfo=dt.UTC)
        for i, removed in enumerate((None, None, gone)):
            session.add(
                Advert(
                    canonical_url=f"https://loker.example/{i}",
                    source_id=source.id,
                    content_hash=f"h{i}",
                    removed_at=removed,
                )
            )
        session.flush()
        rule = AlertRule(name="semua", trigger="score", channel="webhook", target="https://x")
        session.add(rule)
        session.flush()
        advert_ids = [a.id for a in session.query(Advert).order_by(Advert.id)]
        past, future = finished, dt.datetime(2999, 1, 1, tzinfo=dt.UTC)
        for advert_id, status, due in zip(
            advert_ids, ("pending", "pending", "failed"), (past, future, past), strict=True
        ):
            session.add(
                Alert(
                    rule_id=rule.id,
                    advert_id=advert_id,
                    idempotency_key=f"k{advert_id}",
                    status=status,
                    next_attempt_at=due,
                )
            )
    app.state.waspada.leader = lambda: True  # as `waspada serve` sets it when it leads
    got = scrape(client)
    assert value(got, "waspada_schedule_leader") == 1
    assert value(got, "waspada_crawl_runs", source="loker-jambi", status="ok") == 2
    assert value(got, "waspada_crawl_runs", source="loker-jambi", status="failed") == 1
    assert value(got, "waspada_crawl_adverts_total", source="loker-jambi", kind="found") == 10
    assert value(got, "waspada_crawl_adverts_total", source="loker-jambi", kind="flagged") == 3
    assert value(got, "waspada_adverts", source="loker-jambi", status="active") == 2
    assert value(got, "waspada_adverts", source="loker-jambi", status="removed") == 1
    assert value(got, "waspada_alert_outbox", state="pending") == 2
    assert value(got, "waspada_alert_outbox", state="due") == 1
    assert value(got, "waspada_alert_outbox", state="failed") == 1
    last = value(
        got, "waspada_crawl_last_finished_timestamp_seconds", source="loker-jambi", status="failed"
    )
    assert last == finished.timestamp()


@pytest.fixture
def far_app(settings: Settings, classifier: Any) -> Iterator[tuple[FastAPI, httpx.Client]]:
    """Loopback is not on the allow-list: this client stands for anyone on the internet."""
    app = make_app(citizen_settings(settings, metrics_allow="10.0.0.0/8"), classifier)
    with LiveServer(app) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        yield app, client


def test_other_clients_get_404_and_tokens_are_checked(far_app: LiveApp) -> None:
    app, client = far_app
    r = client.get("/metrics")
    assert r.status_code == 404  # the same answer as any path that does not exist
    assert r.json() == client.get("/no-such-path").json()
    sessions = app.state.waspada.sessions
    add_user(sessions, username="admin", password="admin-password-1", role="admin")
    add_user(sessions, username="siti", password="siti-password-1", role="investigator")
    bad = client.get("/metrics", headers={"Authorization": "Bearer wsp_not-a-token"})
    assert bad.status_code == 401
    siti = create_token(sessions, "siti")
    assert client.get("/metrics", headers={"Authorization": f"Bearer {siti}"}).status_code == 403
    admin = create_token(sessions, "admin")
    samples = scrape(client, headers={"Authorization": f"Bearer {admin}"})
    assert value(samples, "waspada_database_up") == 1


def test_a_proxy_is_no_loophole(settings: Settings, classifier: Any) -> None:
    """A reverse proxy on the same machine relays everyone from loopback: unless the proxy is
    configured (WASPADA_TRUSTED_PROXIES), forwarded requests are not let in by address."""
    app = make_app(citizen_settings(settings), classifier)
    with LiveServer(app) as server, httpx.Client(base_url=server.url) as client:
        assert client.get("/metrics").status_code == 200
        relayed = client.get("/metrics", headers={"X-Forwarded-For": "203.0.113.9"})
        assert relayed.status_code == 404
    trusting = citizen_settings(settings, trusted_proxies="127.0.0.1")
    app = make_app(trusting, classifier)
    with (
        LiveServer(app, **server_options(trusting)) as server,
        httpx.Client(base_url=server.url) as client,
    ):
        # uvicorn now puts the proxy's client in place: far away is refused, loopback is not.
        outside = client.get("/metrics", headers={"X-Forwarded-For": "203.0.113.9"})
        assert outside.status_code == 404
        inside = client.get("/metrics", headers={"X-Forwarded-For": "127.0.0.1"})
        assert inside.status_code == 200


def test_database_down_is_a_figure_not_an_error(settings: Settings, classifier: Any) -> None:
    app = make_app(citizen_settings(settings), classifier)
    state = app.state.waspada
    broken = make_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")
    state.sessions = make_sessionmaker(broken)
    try:
        with LiveServer(app) as server, httpx.Client(base_url=server.url) as client:
            samples = scrape(client)
    finally:
        broken.dispose()
    assert value(samples, "waspada_database_up") == 0
    assert ("waspada_alert_outbox", (("state", "due"),)) not in samples


def test_a_bad_allow_list_stops_the_start() -> None:
    with pytest.raises(ValueError, match="WASPADA_METRICS_ALLOW: 'localhost'"):
        Settings(metrics_allow="127.0.0.1,localhost", _env_file=None)  # type: ignore[call-arg]


def test_several_processes_add_up_in_multiprocess_mode(
    factory: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PROMETHEUS_MULTIPROC_DIR (docs/operations.md): each process (uvicorn workers, crawls)
    writes its figures there and the scrape adds them up, with the database's figures."""
    folder = tmp_path / "prom"
    folder.mkdir()
    count = (
        "import metrics; metrics.CHECKS.labels('web', 'text', 'high').inc({n}); "
        "metrics.observe_batch('crawl', 8, 0.2)"
    )
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(folder)}
    for n in (2, 3):  # two processes, one after the other, each gone when it has counted
        subprocess.run([sys.executable, "-c", count.format(n=n)], env=env, check=True)
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(folder))
    text = exposition(factory).decode()
    samples = {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }
    assert value(samples, "waspada_checks_total", channel="web", kind="text", band="high") == 5
    assert value(samples, "waspada_classifier_batch_size_count", caller="crawl") == 2
    assert value(samples, "waspada_classifier_batch_size_sum", caller="crawl") == 16
    assert value(samples, "waspada_database_up") == 1
