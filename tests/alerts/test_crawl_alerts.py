"""End to end: the real `waspada crawl telegram` (a subprocess, the real classifier) stores the
fixture channel's posts and raises alerts in the same transactions; the real `waspada alerts
work --once` sends them to a webhook receiver; `waspada alerts list` shows them sent."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.models import Advert, Alert
from store.services import alert_rules
from store.services.alert_rules import RuleIn
from tests.alerts.conftest import WEBHOOK_SECRET
from tests.alerts.receivers import WebhookReceiver
from tests.crawler.conftest import WASPADA, CrawlEnv
from tests.fixture_adverts import LEGIT, SCAMS
from tests.fixture_site import FixtureSite, build_telegram_site

BASE_URL = "https://waspada.jambi.example.go.id"


@pytest.fixture
def env(migrated_url: str, tmp_path: Path) -> CrawlEnv:
    return CrawlEnv(
        env={
            "WASPADA_DATABASE_URL": migrated_url,
            "WASPADA_DATA_DIR": str(tmp_path / "var"),
            "WASPADA_CRAWLER_RETRY_TIMES": "1",
            "WASPADA_CRAWLER_RETRY_BACKOFF_S": "0.05",
            "WASPADA_LOG_LEVEL": "WARNING",
            "WASPADA_REDIS_URL": "",
            "WASPADA_SOURCES_FILE": str(tmp_path / "sources.toml"),
            "WASPADA_PUBLIC_BASE_URL": BASE_URL,
            "WASPADA_ALERTS_WEBHOOK_ALLOW_LIST": "127.0.0.1",  # the test receiver is on loopback
        },
        data_dir=tmp_path / "var",
    )


@pytest.fixture
def site() -> Iterator[FixtureSite]:
    with FixtureSite() as s:
        yield s


def waspada(env: CrawlEnv, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [WASPADA, *args], capture_output=True, text=True, timeout=120,
        env={**os.environ, **env.env},
    )  # fmt: skip


def test_a_crawl_raises_alerts_for_the_scams_and_the_worker_delivers_them(
    env: CrawlEnv, site: FixtureSite, factory: sessionmaker[Session], webhook: WebhookReceiver
) -> None:
    rule = alert_rules.create_rule(
        factory,
        RuleIn(name="Berbahaya ke bot Telegram", trigger="score", min_score=0.7,
               channel="webhook", target=webhook.url, secret=WEBHOOK_SECRET),
    )  # fmt: skip
    info = build_telegram_site(site)
    rc, run, err = env.run("telegram", "--start-url", info["start"])
    assert rc == 0, err
    assert run["new"] == 18

    with factory() as s:
        adverts = {a.id: a for a in s.scalars(select(Advert))}
        alerts = list(s.scalars(select(Alert).where(Alert.rule_id == rule.id)))
    alerted = {adverts[a.advert_id].body_text for a in alerts}
    # Posts 17 and 18 repeat posts 1 and 2 word for word: one alert per text, never two.
    assert len(alerted) == len(alerts)
    # The scams the model calls dangerous are alerted; the ordinary adverts are not.
    assert alerted <= set(SCAMS) and not alerted & set(LEGIT)
    assert len(alerted) >= 6, sorted(t[:40] for t in alerted)
    high = {a.body_text for a in adverts.values() if (a.latest_score or 0) >= 0.7}
    assert alerted == high

    out = waspada(env, "alerts", "work", "--once")
    assert out.returncode == 0, out.stderr
    assert f"alerts: {len(alerts)} sent, 0 to retry, 0 failed" in out.stdout
    assert webhook.bad_signatures == 0
    assert dict(webhook.deliveries) == {a.idempotency_key: 1 for a in alerts}
    received = {b["advert"]["url"] for b in webhook.bodies.values()}
    assert received == {adverts[a.advert_id].canonical_url for a in alerts}
    assert all(b["advert"]["page_url"].startswith(f"{BASE_URL}/adverts/")
               for b in webhook.bodies.values())  # fmt: skip

    # Nothing is sent twice.
    assert waspada(env, "alerts", "work", "--once").stdout.startswith("alerts: 0 sent")
    assert sum(webhook.deliveries.values()) == len(alerts)

    listed = waspada(env, "alerts", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(rows) == len(alerts) and {r["status"] for r in rows} == {"sent"}
    table = waspada(env, "alerts", "list", "--limit", "3").stdout
    assert "sent" in table and "Berbahaya ke bot Telegram" in table
