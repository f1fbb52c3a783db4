"""Fixtures for alerts: a real SMTP server (aiosmtpd) and a real webhook receiver on loopback,
settings pointing at them, the real classifier (once per session) and small data builders."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session, sessionmaker

from store.db import transaction
from store.models import Source
from store.services.adverts import AdvertIn, ClassificationIn, IngestResult, ingest
from tests.alerts.receivers import SmtpSink, WebhookReceiver
from waspada.settings import Settings

WEBHOOK_SECRET = "rahasia-uji-webhook-0123456789"
BASE_URL = "https://waspada.example.go.id"


@pytest.fixture
def smtp() -> Iterator[SmtpSink]:
    with SmtpSink() as sink:
        yield sink


@pytest.fixture
def webhook() -> Iterator[WebhookReceiver]:
    with WebhookReceiver(WEBHOOK_SECRET) as receiver:
        yield receiver


@pytest.fixture
def alert_settings(settings: Settings, smtp: SmtpSink) -> Settings:
    """Test settings that send e-mail to the local SMTP sink, retry after 30 s doubling up to
    an hour, and give up after five attempts."""
    return settings.model_copy(
        update={
            "smtp_host": "127.0.0.1",
            "smtp_port": smtp.port,
            "smtp_starttls": False,
            "smtp_from": "waspada@jambi.example.go.id",
            "public_base_url": BASE_URL,
            "alerts_send_timeout_s": 3.0,
            # The test receivers listen on loopback, which webhooks may not reach by default.
            "alerts_webhook_allow_list": "127.0.0.1",
            "alerts_retry_base_s": 30.0,
            "alerts_retry_cap_s": 3600.0,
            "alerts_max_attempts": 5,
        }
    )


def classification(
    score: float,
    *codes: str,
    evidence: dict[str, str] | None = None,
    whatsapp: tuple[str, ...] = (),
    phones: tuple[str, ...] = (),
    banks: tuple[str, ...] = (),
    suspicious: bool | None = None,
) -> ClassificationIn:
    """A classifier answer written by hand, for rules that must match exactly this input.
    Every flag has evidence (``evidence[code]``, or the code itself as the quoted words): a
    flag without any is a model-only suspicion, which no rule matches. The verdict is
    ``score >= 0.5`` unless ``suspicious`` says otherwise."""
    evidence = evidence or {}
    flags = [
        {
            "code": code,
            "label": code,
            "score": 0.95,
            "evidence": [
                {"start": 0, "end": len(quote), "text": quote}
                for quote in [evidence.get(code, code)]
            ],
            "reason": "",
        }
        for code in codes
    ]
    return ClassificationIn(
        model_version="test",
        score=score,
        suspicious=score >= 0.5 if suspicious is None else suspicious,
        red_flags=flags,
        entities={
            "whatsapp": [{"value": v} for v in whatsapp],
            "phones": [{"value": v} for v in phones],
            "bank_accounts": [{"value": v} for v in banks],
        },
    )


def store(
    factory: sessionmaker[Session],
    url: str | None,
    text: str,
    clf: ClassificationIn | None,
    *,
    title: str = "",
    source_id: int | None = None,
    origin: str = "crawl",
) -> IngestResult:
    with transaction(factory) as session:
        return ingest(
            session,
            AdvertIn(title=title, body_text=text, url=url, source_id=source_id, origin=origin),
            clf,
        )


def add_source(factory: sessionmaker[Session], name: str, region: str) -> int:
    with transaction(factory) as session:
        source = Source(name=name, spider="telegram", region=region)
        session.add(source)
        session.flush()
        return source.id
