"""Is the process of a "running" crawl run still alive? On PostgreSQL it says so itself: each
crawl process holds an advisory lock named after its run (the two-key form
``(RUN_LOCK_NAMESPACE, run id)``, apart from the leader's one-key lock) on a connection of its
own, until it ends. PostgreSQL frees the lock when that session ends, so a run whose lock is
free, once its process has had time to start and take it (:data:`START_GRACE`), belongs to a
crawl that is gone: killed together with its machine, not only its server.

Without this a run left ``running`` by a dead machine would hold its source for
``crawler.schedule.STALE_RUN`` (12 hours) after a failover. SQLite (one machine) cannot tell:
:func:`run_alive` answers None and the age rule alone applies.
"""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

log = logging.getLogger(__name__)

RUN_LOCK_NAMESPACE = 0x57415350  # "WASP": the first key of every crawl run's lock
# A crawl process imports Scrapy and opens its run within seconds, a minute on a loaded
# machine; until then its free lock proves nothing.
START_GRACE = dt.timedelta(minutes=3)


class RunLock:
    """Held by a crawl process for its run; :meth:`release` (or the process's end) frees it."""

    def __init__(self, database_url: str, run_id: int) -> None:
        self._conn: Connection | None = None
        if make_url(database_url).get_backend_name() != "postgresql":
            return
        engine = create_engine(database_url, poolclass=NullPool)
        try:
            conn = engine.connect()
            got = conn.execute(
                text("SELECT pg_try_advisory_lock(:ns, :run)"),
                {"ns": RUN_LOCK_NAMESPACE, "run": run_id},
            ).scalar()
            conn.commit()  # a session lock: it outlives the transaction
            if not got:  # another process records on this run (a repeated --run-id)
                conn.close()
                log.warning("crawl run %s is already held by another process", run_id)
                return
            self._conn = conn
        except SQLAlchemyError:
            # The crawl goes on; a failover may then wait for the age rule (STALE_RUN).
            log.warning("could not take the lock of crawl run %s", run_id, exc_info=True)

    def release(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except SQLAlchemyError:
                log.debug("closing the run lock failed", exc_info=True)
            self._conn = None


def run_alive(session: Session, run_id: int) -> bool | None:
    """Whether some session holds the run's lock; None where it cannot be known (SQLite)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    held = session.execute(
        text(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
            " AND objsubid = 2 AND classid = :ns AND objid = :run"
        ),
        {"ns": RUN_LOCK_NAMESPACE, "run": run_id},
    ).scalar()
    return bool(held)
