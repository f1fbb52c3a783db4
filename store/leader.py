"""Which of several server processes leads: the one holding a PostgreSQL advisory lock.

Some work must run in one process only however many ``waspada serve`` processes share the
database: the crawl schedule and the dispatch of queued crawls (:mod:`crawler.schedule`).
The process that holds the session-level advisory lock ``WASPADA_LEADER_LOCK_ID`` leads;
the others follow, and each ``WASPADA_LEADER_POLL_S`` seconds a follower tries the lock again
(``pg_try_advisory_lock``: never waits) and the leader checks it still holds it.

Why an advisory lock and not a lease row: PostgreSQL itself releases the lock when the
leader's session ends, whether the leader exited, was killed with SIGKILL (the kernel closes
its socket at once) or lost its machine (the server's TCP keepalives, set short on this
connection, end the session). A lease row would need the machines' clocks to agree and a
lease length that trades failover time against false takeovers, and a crashed leader's row
would have to be expired by the others.

The lock lives on a dedicated connection, outside the engine's pool: a pooled connection is
handed to other work and its session outlives a ``close()``, so the lock would stay held by
whatever code borrowed it next. If that connection fails (the database restarted, a network
cut), the leader steps down at once (``on_lost``) and competes again as a follower; a lost
connection cannot mean "still leading". The check asks ``pg_locks`` whether this backend
holds the lock, so a session that was reset (not only a broken socket) is noticed too.

SQLite: the database is a file that only processes on one machine can share, and the
supported SQLite deployment is one ``waspada serve`` (``make run``); that process always
leads. (Several processes on one SQLite file would each lead: SQLite has no session locks
that end with a process, so run one.)
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

log = logging.getLogger(__name__)

_TRY = text("SELECT pg_try_advisory_lock(:key)")
_HELD = text(
    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
    " AND pid = pg_backend_pid() AND objsubid = 1"
    " AND ((classid::bigint << 32) | objid::bigint) = :key"
)


def leader_name(pid: int) -> str:
    """The ``application_name`` of a process's lock connection, so the workers of
    ``waspada serve --workers N`` can tell whether their parent leads (:func:`held_by`)."""
    return f"waspada-leader {socket.gethostname()[:40]} {pid}"


def held_by(engine: Engine, lock_id: int, name: str) -> bool:
    """Whether the session called ``name`` holds the leader lock. On SQLite the one server
    always leads."""
    if engine.dialect.name == "sqlite":
        return True
    with engine.connect() as conn:
        found = conn.execute(
            text(
                "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
                " AND ((l.classid::bigint << 32) | l.objid::bigint) = :key"
                " AND a.application_name = :name"
            ),
            {"key": lock_id, "name": name},
        ).scalar()
    return bool(found)


def _keepalives(poll_s: float) -> tuple[dict[str, Any], list[str]]:
    """Client-side libpq options and server-side settings that end a dead connection within
    a few polls on both ends: the leader notices it lost the lock, and the server frees it."""
    idle = max(1, round(poll_s))
    client = {
        "keepalives": 1,
        "keepalives_idle": idle,
        "keepalives_interval": idle,
        "keepalives_count": 3,
        "connect_timeout": max(2, round(poll_s * 2)),
        # A check sent into a dead network fails after this (keepalives cover idle time only).
        "tcp_user_timeout": max(1000, round(poll_s * 4000)),
        "application_name": leader_name(os.getpid()),
    }
    server = [
        f"SET tcp_keepalives_idle = {idle}",
        f"SET tcp_keepalives_interval = {idle}",
        "SET tcp_keepalives_count = 3",
    ]
    return client, server


class Leadership:
    """Competes for leadership in a background thread; calls ``on_elected`` when this process
    becomes the leader and ``on_lost`` when it stops being one (both from that thread, or from
    :meth:`start`/:meth:`close`)."""

    def __init__(
        self,
        database_url: str,
        *,
        lock_id: int,
        poll_s: float,
        on_elected: Callable[[], None] = lambda: None,
        on_lost: Callable[[], None] = lambda: None,
    ) -> None:
        self.lock_id = lock_id
        self.poll_s = poll_s
        self.on_elected = on_elected
        self.on_lost = on_lost
        self.sqlite = make_url(database_url).get_backend_name() == "sqlite"
        self._engine: Engine | None = None
        if not self.sqlite:
            client, self._server_settings = _keepalives(poll_s)
            self._engine = create_engine(database_url, poolclass=NullPool, connect_args=client)
        self._conn: Connection | None = None
        self._leading = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    @property
    def is_leader(self) -> bool:
        return self._leading

    def start(self) -> None:
        """Try once now (so a lone server leads before it serves), then keep trying."""
        self.poll()
        self._thread = threading.Thread(target=self._loop, name="waspada-leader", daemon=True)
        self._thread.start()

    def close(self) -> None:
        """Step down: stop competing, run ``on_lost`` if leading, release the lock."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(self.poll_s + 10)
        with self._lock:
            self._step_down("shutting down")
            if self._engine is not None:
                self._engine.dispose()

    def poll(self) -> bool:
        """One round: become leader if the lock is free, or check that it is still held.
        Returns whether this process leads afterwards."""
        with self._lock:
            if self._stop.is_set():
                return self._leading
            if self.sqlite:
                if not self._leading:
                    self._elected()
                return True
            try:
                if self._leading:
                    if not self._still_held():
                        self._step_down("the lock is no longer held by this session")
                elif self._acquire():
                    self._elected()
            except SQLAlchemyError as exc:
                # A broken connection is no proof of leadership: step down and start afresh.
                self._step_down(f"database connection failed ({type(exc).__name__})")
            return self._leading

    # ------------------------------------------------------------------ internals

    def _loop(self) -> None:
        while not self._stop.wait(self.poll_s):
            try:
                self.poll()
            except Exception:  # the thread must outlive any surprise, or no one takes over
                log.exception("leader election round failed")

    def _connection(self) -> Connection:
        if self._conn is None:
            assert self._engine is not None
            conn = self._engine.connect()
            try:
                for statement in self._server_settings:
                    conn.execute(text(statement))
                conn.commit()
            except BaseException:
                conn.close()
                raise
            self._conn = conn
        return self._conn

    def _acquire(self) -> bool:
        conn = self._connection()
        got = bool(conn.execute(_TRY, {"key": self.lock_id}).scalar())
        conn.commit()  # the lock is the session's, not the transaction's: it stays held
        return got

    def _still_held(self) -> bool:
        conn = self._connection()
        held = bool(conn.execute(_HELD, {"key": self.lock_id}).scalar())
        conn.commit()
        return held

    def _elected(self) -> None:
        self._leading = True
        log.info("this process now leads (lock %s): it runs the crawl schedule", self.lock_id)
        try:
            self.on_elected()
        except Exception:
            log.exception("starting the leader's work failed; stepping down")
            self._step_down("its work failed to start")

    def _step_down(self, why: str) -> None:
        if self._conn is not None:
            try:
                self._conn.close()  # ends the session: PostgreSQL frees the lock
            except SQLAlchemyError:
                log.debug("closing the leader connection failed", exc_info=True)
            self._conn = None
        if not self._leading:
            return
        self._leading = False
        log.log(
            logging.INFO if self._stop.is_set() else logging.WARNING,
            "this process no longer leads: %s",
            why,
        )
        try:
            self.on_lost()
        except Exception:
            log.exception("stopping the leader's work failed")
