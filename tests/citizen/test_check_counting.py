"""Checks are counted off the request path: buffered in memory, written in one transaction
every WASPADA_CHECK_COUNT_FLUSH_S seconds and at shutdown; a failed write is retried."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

import citizen.counting as counting
from store.models import CitizenCheck
from tests.citizen.conftest import citizen_settings, make_app
from tests.conftest import LiveServer
from waspada.settings import Settings

ADVERT = "Dibutuhkan kasir toko di Kota Jambi, gaji UMK, kirim lamaran ke kantor kami."


def _rows(factory: sessionmaker[Session]) -> int:
    with factory() as session:
        return int(session.scalar(select(func.count(CitizenCheck.id))) or 0)


@contextmanager
def _serving(settings: Settings, classifier: Any, flush_s: float) -> Iterator[httpx.Client]:
    app = make_app(citizen_settings(settings, check_count_flush_s=flush_s), classifier)
    with LiveServer(app) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


def _check(client: httpx.Client, n: int) -> None:
    for i in range(n):
        assert client.post("/api/check", json={"text": f"{ADVERT} {i}"}).status_code == 200


def test_counts_arrive_within_the_flush_interval(
    settings: Settings, classifier: Any, factory: sessionmaker[Session]
) -> None:
    with _serving(settings, classifier, flush_s=0.2) as client:
        _check(client, 5)
        deadline = time.monotonic() + 10
        while _rows(factory) < 5 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _rows(factory) == 5
        with factory() as session:
            bands = session.scalars(select(CitizenCheck.band)).all()
        assert set(bands) <= {"low", "medium", "high"}


def test_pending_counts_are_written_at_shutdown(
    settings: Settings, classifier: Any, factory: sessionmaker[Session]
) -> None:
    with _serving(settings, classifier, flush_s=3600) as client:
        _check(client, 3)
        assert _rows(factory) == 0  # still in memory: no request waited on the database
    assert _rows(factory) == 3  # the server's shutdown wrote them


def test_a_failed_write_keeps_the_counts_for_the_next_try(
    factory: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    counter = counting.CheckCounter(factory, "Kota Jambi", flush_s=3600)
    counter.count("text", "high")
    counter.count("url", "error")
    real = counting.record_checks

    def down(*_args: Any, **_kwargs: Any) -> None:
        raise OSError("database is down")

    monkeypatch.setattr(counting, "record_checks", down)
    assert counter.flush() == 0
    assert _rows(factory) == 0
    monkeypatch.setattr(counting, "record_checks", real)
    counter.count("text", "low")
    counter.close()
    with factory() as session:
        rows = session.scalars(select(CitizenCheck).order_by(CitizenCheck.id)).all()
    assert [(r.input_kind, r.band, r.region) for r in rows] == [
        ("text", "high", "Kota Jambi"),
        ("url", "error", "Kota Jambi"),
        ("text", "low", "Kota Jambi"),
    ]
