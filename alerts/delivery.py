"""Sending the alerts in the outbox: claim what is due, send it, record the outcome.

Reliability, in short:

- **Claim** (one short transaction): due alerts (``pending``, ``next_attempt_at <= now``, rule
  enabled) get ``next_attempt_at`` moved one lease ahead in a single
  ``UPDATE ... WHERE id IN (SELECT ... LIMIT n) RETURNING id``. On PostgreSQL the inner select
  takes ``FOR UPDATE SKIP LOCKED``, so several workers share the queue and never claim one
  alert twice; on SQLite the statement runs under the database's single write lock, which
  gives the same guarantee. No lock is held while sending, so the crawler keeps writing.
- **Send** with no transaction open: one e-mail per alert, one digest e-mail per recipient
  list for digest rules, one signed JSON POST per webhook alert.
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
import smtplib
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass

import httpx
from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from alerts.messages import (
    RuleInfo,
    digest_email,
    single_email,
    webhook_body,
    webhook_headers,
)
from store.db import make_engine, make_sessionmaker, transaction
from store.models import Alert, AlertRule, utcnow
from store.services.alerts import split_recipients
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


@dataclass
class _Job:
    """One message: a webhook POST or an e-mail (one alert, or a digest of several)."""

    channel: str
    alerts: list[Alert]
    target: str  # webhook URL or the rule's recipients
    digest: str = "none"

    @property
    def breaker_key(self) -> str:
        # Every e-mail goes through one SMTP server; each webhook URL is its own receiver.
        return "smtp" if self.channel == "email" else self.target


def _jobs(alerts: list[Alert]) -> list[_Job]:
    jobs: list[_Job] = []
    digests: dict[tuple[str, str], _Job] = {}
    for alert in alerts:
        rule = alert.rule
        if rule.channel == "email" and rule.digest != "none":
            key = (rule.digest, rule.target)
            if key not in digests:
                digests[key] = _Job("email", [], rule.target, rule.digest)
                jobs.append(digests[key])
            digests[key].alerts.append(alert)
        else:
            jobs.append(_Job(rule.channel, [alert], rule.target))
    return jobs


class _ConnectionTrouble(Exception):
    """The SMTP server could not be used at all (down, refused the login, ...)."""


def _rule_info(rule: AlertRule) -> RuleInfo:
    return RuleInfo(id=rule.id, name=rule.name, trigger=rule.trigger)


class _Senders:
    """The connections of one round: an HTTP client and (opened on first use) one SMTP
    session shared by the round's e-mails."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.http = httpx.Client(
            timeout=settings.alerts_send_timeout_s,
            # A redirect would carry the signed body somewhere the admin did not choose.
            follow_redirects=False,
        )
        self.smtp: smtplib.SMTP | None = None

    def close(self) -> None:
        self.http.close()
        if self.smtp is not None:
            # The messages were already accepted or recorded as failed; a QUIT that fails
            # changes nothing.
            with suppress(smtplib.SMTPException, OSError):
                self.smtp.quit()
            self.smtp = None

    def send(self, job: _Job, now: dt.datetime) -> str | None:
        """Send one job; None when it was delivered, else the error to record."""
        if job.channel == "webhook":
            return self._webhook(job)
        if job.channel == "email":
            return self._email(job, now)
        return f"saluran tidak dikenal: {job.channel!r}"

    def _webhook(self, job: _Job) -> str | None:
        [alert] = job.alerts
        rule = alert.rule
        timestamp = int(utcnow().timestamp())
        body = webhook_body(
            alert.payload,
            _rule_info(rule),
            alert_id=alert.id,
            idempotency_key=alert.idempotency_key,
            created_at=alert.created_at,
            base_url=self.settings.public_base_url,
            timestamp=timestamp,
        )
        headers = webhook_headers(
            rule.secret,
            body,
            idempotency_key=alert.idempotency_key,
            timestamp=timestamp,
            user_agent=self.settings.user_agent,
        )
        try:
            response = self.http.post(rule.target, content=body, headers=headers)
        except httpx.HTTPError as exc:
            return f"webhook {rule.target}: {type(exc).__name__}: {exc}"
        if 200 <= response.status_code < 300:
            return None
        # 4xx is retried too: the usual cause is a receiver the operator is still setting up.
        return f"webhook {rule.target}: HTTP {response.status_code} {response.text[:300]!r}"

    def _email(self, job: _Job, now: dt.datetime) -> str | None:
        s = self.settings
        recipients = split_recipients(job.target)
        if job.digest == "none":
            [alert] = job.alerts
            msg = single_email(
                alert.payload,
                _rule_info(alert.rule),
                idempotency_key=alert.idempotency_key,
                sender=s.smtp_from,
                recipients=recipients,
                base_url=s.public_base_url,
                now=now,
            )
        else:
            msg = digest_email(
                [(a.payload, _rule_info(a.rule), a.idempotency_key) for a in job.alerts],
                digest=job.digest,
                sender=s.smtp_from,
                recipients=recipients,
                base_url=s.public_base_url,
                now=now,
            )
        smtp = self._smtp()
        try:
            refused = smtp.send_message(msg, from_addr=s.smtp_from, to_addrs=recipients)
        except smtplib.SMTPRecipientsRefused as exc:
            return f"SMTP: semua penerima ditolak: {exc.recipients}"
        except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
            return f"SMTP menolak pesan: {exc}"
        except (smtplib.SMTPException, OSError) as exc:
            self._drop_smtp()
            raise _ConnectionTrouble(f"SMTP {s.smtp_host}:{s.smtp_port}: {exc}") from exc
        if refused:
            log.warning("alert e-mail: some recipients refused: %s", refused)
        return None

    def _smtp(self) -> smtplib.SMTP:
        if self.smtp is not None:
            return self.smtp
        s = self.settings
        if not s.smtp_host:
            raise _ConnectionTrouble(
                "SMTP belum diatur: isi WASPADA_SMTP_HOST (dan port, pengguna, sandi)."
            )
        try:
            smtp = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=s.alerts_send_timeout_s)
            smtp.ehlo()
            if s.smtp_starttls:
                smtp.starttls(context=ssl.create_default_context())
                smtp.ehlo()
            if s.smtp_user:
                smtp.login(s.smtp_user, s.smtp_password)
        except (smtplib.SMTPException, OSError) as exc:
            raise _ConnectionTrouble(f"SMTP {s.smtp_host}:{s.smtp_port}: {exc}") from exc
        self.smtp = smtp
        return smtp

    def _drop_smtp(self) -> None:
        if self.smtp is not None:
            with suppress(OSError):  # closing a connection that already failed
                self.smtp.close()
            self.smtp = None


@contextmanager
def _senders(settings: Settings) -> Iterator[_Senders]:
    senders = _Senders(settings)
    try:
        yield senders
    finally:
        senders.close()


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
                continue
            alert.last_error = error[:MAX_ERROR_CHARS]
            if alert.attempts >= settings.alerts_max_attempts:
                alert.status = "failed"
                report.failed += 1
            else:
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
    with _senders(settings) as senders:
        for job in _jobs(alerts):
            error = broken.get(job.breaker_key)
            if error is None:
                report.messages += 1
                try:
                    error = senders.send(job, now)
                except _ConnectionTrouble as exc:
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


def start_worker_thread(settings: Settings) -> WorkerHandle:
    """The worker in a daemon thread, for ``waspada serve`` (WASPADA_ALERTS_WORKER_ENABLED)."""
    engine = make_engine(settings.database_url)
    factory = make_sessionmaker(engine)
    stop = threading.Event()

    def main() -> None:
        try:
            run_worker(factory, settings, stop)
        finally:
            engine.dispose()

    thread = threading.Thread(target=main, name="waspada-alerts", daemon=True)
    thread.start()
    return WorkerHandle(stop, thread)
