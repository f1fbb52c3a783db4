"""Counting citizens' checks (and "Cek nomor" look-ups) without a database write on the
request's path.

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
from typing import Generic, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from store.models import utcnow
from store.services.citizen import CheckCount, record_checks

log = logging.getLogger(__name__)
# Rows kept while the database is down; beyond it the oldest are dropped (the failed write is
# logged). A bound on memory, not a measured traffic figure.
MAX_PENDING = 100_000
Row = TypeVar("Row")


class BufferedCounter(Generic[Row]):
    """Rows gathered in memory and written together by a background thread (see above);
    subclasses say how rows are written (:meth:`_write`)."""

    def __init__(self, factory: sessionmaker[Session], flush_s: float, name: str) -> None:
        self.factory = factory
        self.flush_s = flush_s
        self.name = name  # the background thread's name
        self._pending: list[Row] = []
        self._lock = threading.Lock()  # guards _pending and _thread
        self._write_lock = threading.Lock()  # one write at a time, in order
        self._thread: threading.Thread | None = None
        self._closed = threading.Event()

    def _write(self, rows: list[Row]) -> None:
        raise NotImplementedError

    def add(self, row: Row) -> None:
        if self.flush_s <= 0:
            with self._write_lock:
                self._write([row])
            return
        with self._lock:
            self._pending.append(row)
            if self._thread is None and not self._closed.is_set():
                self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
                self._thread.start()

    def flush(self) -> int:
        """Write what is pending now; return how many rows were written."""
        with self._write_lock:
            with self._lock:
                rows, self._pending = self._pending, []
            if not rows:
                return 0
            try:
                self._write(rows)
            except Exception:
                log.exception("could not write %d %s rows; will retry", len(rows), self.name)
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


class CheckCounter(BufferedCounter[CheckCount]):
    """The citizens' checks: input kind and band, per region."""

    def __init__(self, factory: sessionmaker[Session], region: str, flush_s: float) -> None:
        super().__init__(factory, flush_s, "citizen-count")
        self.region = region

    def count(self, input_kind: str, band: str) -> None:
        self.add(CheckCount(input_kind, band, self.region, utcnow()))

    def _write(self, rows: list[CheckCount]) -> None:
        record_checks(self.factory, rows)
