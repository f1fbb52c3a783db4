"""Sending one message of a delivery round: an alert e-mail (one alert, or a digest of
several) through the SMTP server, or one signed JSON POST to a webhook.

:mod:`alerts.delivery` claims the due alerts, groups them into messages (:func:`jobs_for`),
hands each to :class:`Senders` with no transaction open, and records what happened. A sender
answers ``None`` (delivered) or the error to record; :class:`ConnectionTrouble` means the SMTP
server could not be used at all, so the round stops trying it.

A webhook is posted under the same rules as the citizens' link check (citizen/url_guard.py):
http(s) on ports 80/443 to public addresses only, the name resolved once and the connection
pinned to the checked address, no redirects. A rule pointing at this machine, the private
network or a cloud metadata address is refused at every attempt (and the refusal recorded on
the alert), unless the operator lists that address in ``WASPADA_ALERTS_WEBHOOK_ALLOW_LIST``
(an internal Telegram/WhatsApp gateway, say).
"""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
import ssl
from contextlib import suppress
from dataclasses import dataclass

import httpx

from alerts.messages import (
    RuleInfo,
    digest_email,
    single_email,
    webhook_body,
    webhook_headers,
)
from citizen.safe_fetch import pinned
from citizen.url_guard import FetchError, check_url, parse_allow_list
from store.models import Alert, AlertRule, utcnow
from store.services.alert_rules import split_recipients
from waspada.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class Job:
    """One message: a webhook POST or an e-mail (one alert, or a digest of several)."""

    channel: str
    alerts: list[Alert]
    target: str  # webhook URL or the rule's recipients
    digest: str = "none"

    @property
    def breaker_key(self) -> str:
        # Every e-mail goes through one SMTP server; each webhook URL is its own receiver.
        return "smtp" if self.channel == "email" else self.target


def jobs_for(alerts: list[Alert]) -> list[Job]:
    """The round's messages: one per alert, except that a digest rule's alerts share one
    e-mail per (digest, recipients)."""
    jobs: list[Job] = []
    digests: dict[tuple[str, str], Job] = {}
    for alert in alerts:
        rule = alert.rule
        if rule.channel == "email" and rule.digest != "none":
            key = (rule.digest, rule.target)
            if key not in digests:
                digests[key] = Job("email", [], rule.target, rule.digest)
                jobs.append(digests[key])
            digests[key].alerts.append(alert)
        else:
            jobs.append(Job(rule.channel, [alert], rule.target))
    return jobs


class ConnectionTrouble(Exception):
    """The SMTP server could not be used at all (down, refused the login, ...)."""


def _rule_info(rule: AlertRule) -> RuleInfo:
    return RuleInfo(id=rule.id, name=rule.name, trigger=rule.trigger)


class Senders:
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
        self.webhook_allow_list = parse_allow_list(settings.alerts_webhook_allow_list)

    def __enter__(self) -> Senders:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.http.close()
        if self.smtp is not None:
            # The messages were already accepted or recorded as failed; a QUIT that fails
            # changes nothing.
            with suppress(smtplib.SMTPException, OSError):
                self.smtp.quit()
            self.smtp = None

    def send(self, job: Job, now: dt.datetime) -> str | None:
        """Send one job; None when it was delivered, else the error to record."""
        if job.channel == "webhook":
            return self._webhook(job)
        if job.channel == "email":
            return self._email(job, now)
        return f"saluran tidak dikenal: {job.channel!r}"

    def _webhook(self, job: Job) -> str | None:
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
            target = check_url(
                rule.target,
                allow_list=self.webhook_allow_list,
                timeout_s=self.settings.alerts_send_timeout_s,
            )
        except FetchError as exc:
            return f"webhook {rule.target}: refused ({exc.kind}): {exc}"
        url, host, extensions = pinned(target)
        try:
            request = self.http.build_request(
                "POST", url, content=body, headers={**headers, "Host": host},
                extensions=extensions,
            )  # fmt: skip
            response = self.http.send(request)
        except httpx.HTTPError as exc:
            return f"webhook {rule.target}: {type(exc).__name__}: {exc}"
        if 200 <= response.status_code < 300:
            return None
        # 4xx is retried too: the usual cause is a receiver the operator is still setting up.
        return f"webhook {rule.target}: HTTP {response.status_code} {response.text[:300]!r}"

    def _email(self, job: Job, now: dt.datetime) -> str | None:
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
            raise ConnectionTrouble(f"SMTP {s.smtp_host}:{s.smtp_port}: {exc}") from exc
        if refused:
            log.warning("alert e-mail: some recipients refused: %s", refused)
        return None

    def _smtp(self) -> smtplib.SMTP:
        if self.smtp is not None:
            return self.smtp
        s = self.settings
        if not s.smtp_host:
            raise ConnectionTrouble(
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
            raise ConnectionTrouble(f"SMTP {s.smtp_host}:{s.smtp_port}: {exc}") from exc
        self.smtp = smtp
        return smtp

    def _drop_smtp(self) -> None:
        if self.smtp is not None:
            with suppress(OSError):  # closing a connection that already failed
                self.smtp.close()
            self.smtp = None
