"""``GET /metrics``: the Prometheus text format, for the operator's monitoring only.

Who may read it: a client whose address is in ``WASPADA_METRICS_ALLOW`` (addresses or
networks; loopback by default, where a Prometheus beside the service scrapes), or anyone with
an admin's bearer token (a Prometheus elsewhere: ``authorization: {credentials: ...}``).
Everyone else gets **404**, the answer to any path that does not exist: the figures tell how
busy the service is and when its crawls fail, and a scanner should not learn there is anything
here. A token that is not valid gets 401 and a valid token of a non-admin 403, as on every
other route: whoever sends a token is told what is wrong with it.

Behind a reverse proxy every request comes from the proxy's address, often loopback. A request
that carries forwarding headers (``X-Forwarded-For``, ``Forwarded``, ``X-Real-IP``) is therefore
let in by address only when ``WASPADA_TRUSTED_PROXIES`` is set (uvicorn has then put the real
client's address in its place, :mod:`api.serving`); otherwise it needs the admin token.

What is shown: the process's own counters and histograms (:mod:`metrics`: checks, latency,
classifier batches, OCR, bot webhooks and replies, alert deliveries) and figures read from the
database at scrape time (crawl runs and adverts per source, the alert outbox, the bots'
backlog), which are right however many server and crawl processes there are. With
``PROMETHEUS_MULTIPROC_DIR`` set, the process figures are those of every process writing there
(prometheus-client's multiprocess mode); without it, of the process that answered.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Iterator

from fastapi import APIRouter, Request, Response
from prometheus_client import REGISTRY, CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException

from api.auth import bearer_token
from api.deps import StateDep
from api.errors import Forbidden, NotAuthenticated
from api.state import AppState
from store.models import Role
from store.services import operations
from store.services.tokens import user_for_token
from waspada import __version__
from waspada.settings import Settings

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
FORWARDING_HEADERS = ("x-forwarded-for", "forwarded", "x-real-ip")

router = APIRouter()


class DatabaseCollector(Collector):
    """Figures the database holds, read when Prometheus scrapes."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily(
            "waspada_database_up", "1 when the database answered this scrape, else 0."
        )
        try:
            with self.sessions() as session:
                families = list(self._families(session))
        except SQLAlchemyError:
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        yield from families

    @staticmethod
    def _families(session: Session) -> Iterator[Metric]:
        runs = GaugeMetricFamily(
            "waspada_crawl_runs",
            "Crawl runs per source and status (queued, running, ok, failed).",
            labels=["source", "status"],
        )
        for (source, status), n in sorted(operations.crawl_runs_by_source(session).items()):
            runs.add_metric([source, status], n)
        yield runs
        found = CounterMetricFamily(
            "waspada_crawl_adverts",
            "Adverts reported by every crawl run of a source: found, new, changed, removed, "
            "flagged.",
            labels=["source", "kind"],
        )
        for (source, kind), n in sorted(operations.crawl_items_by_source(session).items()):
            found.add_metric([source, kind], n)
        yield found
        last = GaugeMetricFamily(
            "waspada_crawl_last_finished_timestamp_seconds",
            "When each source's latest crawl run ended (Unix time); absent while it never has.",
            labels=["source", "status"],
        )
        for crawl in operations.last_crawls(session):
            if crawl.finished_at is not None:  # stored in UTC, read back time-zone aware
                last.add_metric([crawl.source, crawl.status], crawl.finished_at.timestamp())
        yield last
        adverts = GaugeMetricFamily(
            "waspada_adverts",
            "Adverts kept per source and status (active; removed from the site, kept as "
            "evidence). Citizens' tips are under source '(tip)'.",
            labels=["source", "status"],
        )
        for (source, status), n in sorted(operations.adverts_by_source(session).items()):
            adverts.add_metric([source, status], n)
        yield adverts
        outbox = operations.alert_outbox(session)
        depth = GaugeMetricFamily(
            "waspada_alert_outbox",
            "Alerts in the outbox by state: pending (waiting), due (pending and may be sent "
            "now), failed (given up; an admin can retry), sent.",
            labels=["state"],
        )
        for state in ("pending", "due", "failed", "sent"):
            depth.add_metric([state], getattr(outbox, state))
        yield depth
        backlog = GaugeMetricFamily(
            "waspada_bot_backlog",
            "Chat-bot messages received and replies queued, per platform, queue (messages, "
            "replies) and status.",
            labels=["platform", "queue", "status"],
        )
        for (platform, queue, status), n in sorted(operations.bot_backlog(session).items()):
            backlog.add_metric([platform, queue, status], n)
        yield backlog


class ServiceCollector(Collector):
    """What the answering process is: its version and model, and whether it leads."""

    def __init__(self, state: AppState) -> None:
        self.state = state

    def collect(self) -> Iterator[Metric]:
        info = GaugeMetricFamily(
            "waspada_info",
            "Always 1: the service's version and the model it has loaded ('not loaded' when "
            "none: /readyz says why).",
            labels=["version", "model"],
        )
        model = self.state.classifier
        info.add_metric([__version__, str(getattr(model, "version", "")) or "not loaded"], 1)
        yield info
        try:
            leads = self.state.leader()
        except SQLAlchemyError:  # the database is down: waspada_database_up says so
            leads = False
        leader = GaugeMetricFamily(
            "waspada_schedule_leader",
            "1 when the process that answered runs the crawl schedule (one server of several).",
        )
        leader.add_metric([], 1 if leads else 0)
        yield leader


def allowed_networks(value: str) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    """``WASPADA_METRICS_ALLOW`` read: comma-separated addresses or networks (CIDR)."""
    return [ipaddress.ip_network(p.strip(), strict=False) for p in value.split(",") if p.strip()]


def admitted_by_address(request: Request, settings: Settings) -> bool:
    client = request.client.host if request.client else ""
    try:
        address = ipaddress.ip_address(client)
    except ValueError:  # a test client's "testclient", a Unix socket
        return False
    if not settings.trusted_proxies.strip() and any(
        request.headers.get(name) for name in FORWARDING_HEADERS
    ):
        return False  # relayed by a proxy we were not told of: its address is not the client's
    return any(address in net for net in allowed_networks(settings.metrics_allow))


def exposition(sessions: sessionmaker[Session], state: AppState | None = None) -> bytes:
    """The process's (or, in multiprocess mode, every process's) metrics and the database's;
    with ``state``, also what the answering process is (:class:`ServiceCollector`)."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        processes = CollectorRegistry()
        MultiProcessCollector(processes)
        own = generate_latest(processes)
    else:
        own = generate_latest(REGISTRY)
    database = CollectorRegistry(auto_describe=False)
    database.register(DatabaseCollector(sessions))
    if state is not None:
        database.register(ServiceCollector(state))
    return own + generate_latest(database)


@router.get("/metrics", include_in_schema=False)
def metrics(request: Request, state: StateDep) -> Response:
    if not admitted_by_address(request, state.settings):
        token = bearer_token(request)
        if token is None:
            raise HTTPException(404, "Not Found")  # as any path that does not exist
        with state.sessions() as session:
            user = user_for_token(session, token)
            if user is None:
                raise NotAuthenticated()
            if user.role != Role.admin:
                raise Forbidden("Only an admin's token may read the metrics.")
    return Response(exposition(state.sessions, state), media_type=CONTENT_TYPE)
