"""Sending the alerts in the outbox: claim what is due, send it, record the outcome.

Reliability, in short:

- **Claim** (one short transaction): due alerts (``pending``, ``next_attempt_at <= now``, rule
  enabled) get ``next_attempt_at`` moved one lease ahead in a single
  ``UPDATE ... WHERE id IN (SELECT ... LIMIT n) RETURNING id``. On PostgreSQL the inner select
  takes ``FOR UPDATE SKIP LOCKED``, so several workers share the queue and never claim one
  alert twice; on SQLite the statement runs under the database's single write lock, which
  gives the same guarantee. No lock is held while sending, so the crawler keeps writing.
- **Send** with no transaction open (:mod:`alerts.senders`): one e-mail per alert, one digest
  e-mail per recipient list for digest rules, one signed JSON POST per webhook alert.
- **Record** (one short transaction per message): ``sent`` with ``sent_at``; or ``attempts``
  + 1, ``last_error`` and the next try after an exponential backoff (capped), and ``failed``
  after ``WASPADA_ALERTS_MAX_ATTEMPTS`` (an admin can retry it).

A worker that dies between claim and record leaves its alerts pending; they are due again when
the lease ends. So delivery is at least once, and each alert carries an idempotency key
(``Idempotency-Key`` header, e-mail ``Message-ID``) that lets a receiver drop the rare repeat.

A receiver that fails is not tried again in the same round: the other alerts for it in the
batch get the same error and backoff, so a dead endpoint costs one timeout per round.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from alerts.senders import ConnectionTrouble, Senders, jobs_for
from metrics import ALERT_DELIVERIES
from store.db import transaction
from store.models import Alert, AlertRule, utcnow
from waspada.settings import Settings

log = logging.getLogger(__name__)

# How long a claimed alert is reserved for the worker that claimed it. It must outlast one
# round: a round sends at most DEFAULT_BATCH messages, and a failing receiver costs one
# timeout per round (see the module docstring), so ten minutes leaves a wide margin.
LEASE = dt.timedelta(minutes=10)
DEFAULT_BATCH = 50
MAX_ERROR_CHARS = 2000


@dataclass
class DeliveryReport:
    claimed: int = 0
    sent: int = 0
    retrying: int = 0  # failed this time, will be tried again
    failed: int = 0  # gave up after the last attempt (status "failed")
    messages: int = 0  # e-mails and webhook requests attempted

    def add(self, other: DeliveryReport) -> None:
        self.claimed += other.claimed
        self.sent += other.sent
        self.retrying += other.retrying
        self.failed += other.failed
        self.messages += other.messages


def backoff_s(attempts: int, base: float, cap: float) -> float:
    """Seconds before the next try after ``attempts`` failed ones: base, 2*base, 4*base, ..."""
    return float(min(cap, base * 2 ** max(0, attempts - 1)))


def claim_due(
    factory: sessionmaker[Session], now: dt.datetime, *, limit: int = DEFAULT_BATCH
) -> list[int]:
    """Reserve up to ``limit`` due alerts for this worker; their ids, oldest first."""
    with transaction(factory) as session:
        due = (
            select(Alert.id)
            .join(AlertRule, AlertRule.id == Alert.rule_id)
            .where(
                Alert.status == "pending",
                Alert.next_attempt_at <= now,
                AlertRule.enabled.is_(True),
            )
            .order_by(Alert.next_attempt_at, Alert.id)
            .limit(limit)
        )
        if session.get_bind().dialect.name == "postgresql":
            due = due.with_for_update(of=Alert, skip_locked=True)
        claimed = session.scalars(
            update(Alert)
            .where(Alert.id.in_(due.scalar_subquery()))
            .values(next_attempt_at=now + LEASE)
            .returning(Alert.id)
            .execution_options(synchronize_session=False)
        )
        return sorted(claimed)


def _record(
    factory: sessionmaker[Session],
    ids: list[int],
    error: str | None,
    now: dt.datetime,
    settings: Settings,
    report: DeliveryReport,
) -> None:
    with transaction(factory) as session:
        for alert in session.scalars(select(Alert).where(Alert.id.in_(ids))):
            alert.attempts += 1
            if error is None:
                alert.status = "sent"
                alert.sent_at = now
                alert.last_error = ""
                report.sent += 1
                ALERT_DELIVERIES.labels(alert.rule.channel, "sent").inc()
                continue
            alert.last_error = error[:MAX_ERROR_CHARS]
            if alert.attempts >= settings.alerts_max_attempts:
                alert.status = "failed"
                report.failed += 1
                ALERT_DELIVERIES.labels(alert.rule.channel, "failed").inc()
            else:
                ALERT_DELIVERIES.labels(alert.rule.channel, "retry").inc()
                wait = backoff_s(
                    alert.attempts, settings.alerts_retry_base_s, settings.alerts_retry_cap_s
                )
                alert.next_attempt_at = now + dt.timedelta(seconds=wait)
                report.retrying += 1


def deliver_due(
    factory: sessionmaker[Session],
    now: dt.datetime | None = None,
    *,
    settings: Settings,
    limit: int = DEFAULT_BATCH,
) -> DeliveryReport:
    """One round: claim up to ``limit`` due alerts, send them, record each outcome."""
    now = now or utcnow()
    ids = claim_due(factory, now, limit=limit)
    report = DeliveryReport(claimed=len(ids))
    if not ids:
        return report
    with factory() as session:
        alerts = list(
            session.scalars(
                select(Alert)
                .options(selectinload(Alert.rule))
                .where(Alert.id.in_(ids))
                .order_by(Alert.id)
            )
        )
    broken: dict[str, str] = {}
    with Senders(settings) as senders:
        for job in jobs_for(alerts):
            error = broken.get(job.breaker_key)
            if error is None:
                report.messages += 1
                try:
                    error = senders.send(job, now)
                except ConnectionTrouble as exc:
                    error = broken[job.breaker_key] = str(exc)
                if error is not None and job.channel == "webhook":
                    broken[job.breaker_key] = error
            _record(factory, [a.id for a in job.alerts], error, now, settings, report)
    if report.retrying or report.failed:
        log.warning(
            "alerts: %d sent, %d to retry, %d failed (%s)",
            report.sent, report.retrying, report.failed, "; ".join(sorted(set(broken.values()))),
        )  # fmt: skip
    return report


def run_worker(
    factory: sessionmaker[Session], settings: Settings, stop: threading.Event
) -> DeliveryReport:
    """Deliver until ``stop`` is set: rounds back to back while there is work, a pause of
    ``WASPADA_ALERTS_POLL_INTERVAL_S`` when nothing is due."""
    total = DeliveryReport()
    pause = settings.alerts_poll_interval_s
    log.info("alert delivery worker started")
    while not stop.is_set():
        try:
            report = deliver_due(factory, settings=settings)
        except SQLAlchemyError:
            # The database is away (restart, network): nothing was sent that is not recorded
            # as claimed, so the worker waits and tries again rather than exiting.
            log.exception("alert delivery: database error; trying again in %.0f s", pause)
            stop.wait(pause)
            continue
        total.add(report)
        if report.claimed < DEFAULT_BATCH:
            stop.wait(pause)
    log.info("alert delivery worker stopped")
    return total


@dataclass
class WorkerHandle:
    stop: threading.Event
    thread: threading.Thread

    def shutdown(self, timeout: float = 10.0) -> None:
        self.stop.set()
        self.thread.join(timeout)


def start_worker_thread(factory: sessionmaker[Session], settings: Settings) -> WorkerHandle:
    """The worker in a daemon thread, for ``waspada serve`` (WASPADA_ALERTS_WORKER_ENABLED)."""
    stop = threading.Event()
    thread = threading.Thread(
        target=run_worker, args=(factory, settings, stop), name="waspada-alerts", daemon=True
    )
    thread.start()
    return WorkerHandle(stop, thread)
