"""The worker as the operator runs it: `waspada alerts work` until SIGTERM, and the thread that
`waspada serve` starts when WASPADA_ALERTS_WORKER_ENABLED is true."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable

from sqlalchemy.orm import Session, sessionmaker

from store.services import alert_rules
from store.services.alert_rules import RuleIn
from tests.alerts.conftest import WEBHOOK_SECRET, classification, store
from tests.alerts.receivers import WebhookReceiver, free_port
from tests.crawler.conftest import WASPADA
from tests.fixture_adverts import SCAMS


def wait_for(condition: Callable[[], bool], timeout: float = 60) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def hook_rule_and_two_alerts(factory: sessionmaker[Session], webhook: WebhookReceiver) -> None:
    rule = RuleIn(name="Bot", trigger="score", min_score=0.5, channel="webhook",
                  target=webhook.url, secret=WEBHOOK_SECRET)  # fmt: skip
    alert_rules.create_rule(factory, rule)
    store(factory, "https://t.me/x/1", SCAMS[0], classification(0.9))
    store(factory, "https://t.me/x/2", SCAMS[3], classification(0.8))


def env_for(migrated_url: str, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "WASPADA_DATABASE_URL": migrated_url,
        "WASPADA_ALERTS_POLL_INTERVAL_S": "0.2",
        "WASPADA_ALERTS_WEBHOOK_ALLOW_LIST": "127.0.0.1",  # the test receiver is on loopback
        "WASPADA_LOG_LEVEL": "WARNING",
        **extra,
    }


def test_alerts_work_delivers_until_sigterm(
    migrated_url: str, factory: sessionmaker[Session], webhook: WebhookReceiver
) -> None:
    proc = subprocess.Popen(
        [WASPADA, "alerts", "work"], env=env_for(migrated_url),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        hook_rule_and_two_alerts(factory, webhook)  # made while the worker is waiting
        assert wait_for(lambda: sum(webhook.deliveries.values()) == 2)
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "alerts: 2 sent, 0 to retry, 0 failed" in out
    assert webhook.bad_signatures == 0


def test_serve_starts_the_worker_when_enabled(
    migrated_url: str, factory: sessionmaker[Session], webhook: WebhookReceiver
) -> None:
    hook_rule_and_two_alerts(factory, webhook)
    env = env_for(
        migrated_url,
        WASPADA_SCHEDULER_ENABLED="false",
        WASPADA_ALERTS_WORKER_ENABLED="true",
        WASPADA_MODEL_DIR="/nonexistent",  # no model needed to send alerts
    )
    proc = subprocess.Popen(
        [WASPADA, "serve", "--port", str(free_port())], env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        assert wait_for(lambda: sum(webhook.deliveries.values()) == 2)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
