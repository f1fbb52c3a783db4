"""Counting citizens' checks without a database write on the request's path.

Each check adds one anonymous row (input kind, band, region, time) for the statistics. Written
one by one, under load that write took about a tenth of the server's time in a profile (on
SQLite every writer takes the one database lock). Here a check only appends to a list; a
background thread writes whatever has gathered in one transaction every ``flush_s`` seconds,
and at shutdown. ``flush_s = 0`` writes each check at once (tests, or an operator who prefers
it). A failed write keeps the rows for the next try, up to ``MAX_PENDING``; a process killed
outright loses at most ``flush_s`` seconds of counts (statistics, not evidence).
"""

from __future__ import annotations

import logging
import threading

from sqlalchemy.orm import Session, sessionmaker

from store.models import utcnow
from store.services.citizen import CheckCount, record_checks

log = logging.getLogger(__name__)
# Rows kept while the database is down; beyond it the oldest are dropped (the failed write is
# logged). A bound on memory, not a measured traffic figure.
MAX_PENDING = 100_000


class CheckCounter:
    def __init__(self, factory: sessionmaker[Session], region: str, flush_s: float) -> None:
        self.factory = factory
        self.region = region
        self.flush_s = flush_s
        self._pending: list[CheckCount] = []
        self._lock = threading.Lock()  # guards _pending and _thread
        self._write_lock = threading.Lock()  # one write at a time, in order
        self._thread: threading.Thread | None = None
        self._closed = threading.Event()

    def count(self, input_kind: str, band: str) -> None:
        row = CheckCount(input_kind, band, self.region, utcnow())
        if self.flush_s <= 0:
            with self._write_lock:
                record_checks(self.factory, [row])
            return
        with self._lock:
            self._pending.append(row)
            if self._thread is None and not self._closed.is_set():
                self._thread = threading.Thread(target=self._run, name="citizen-count", daemon=True)
                self._thread.start()

    def flush(self) -> int:
        """Write what is pending now; return how many rows were written."""
        with self._write_lock:
            with self._lock:
                rows, self._pending = self._pending, []
            if not rows:
                return 0
            try:
                record_checks(self.factory, rows)
            except Exception:
                log.exception("could not write %d check counts; will retry", len(rows))
                with self._lock:
                    self._pending = (rows + self._pending)[-MAX_PENDING:]
                return 0
            return len(rows)

    def close(self) -> None:
        """Stop the background thread and write what is left (at application shutdown)."""
        self._closed.set()
        with self._lock:
            thread = self._thread
        if thread is not None:
            thread.join(timeout=self.flush_s + 10)
        self.flush()

    def _run(self) -> None:
        while not self._closed.wait(self.flush_s):
            self.flush()
            with self._lock:
                # Idle: end the thread (a test run builds many apps); count() starts another.
                if not self._pending:
                    self._thread = None
                    return
