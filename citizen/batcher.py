"""Classifying citizens' adverts under load: one worker thread, small batches, a result cache.

Why not call the classifier from each request thread: the model's matrix code already uses
every core, so twenty requests classifying at once only fight over the same two cores (each
gets slower than one alone). One worker thread takes whatever requests are waiting, up to
``max_batch``, and classifies them in one call, which is also cheaper per advert. The same
scam text is pasted by many people (adverts circulate on WhatsApp), so answers are kept in a
small in-memory LRU cache keyed by the model version and a SHA-256 of the text; nothing is
written anywhere.

A batch whose call raises is classified again one advert at a time, so an advert the
classifier cannot take fails only its own request (:meth:`Batcher._run`).
"""

from __future__ import annotations

import hashlib
import logging
import queue
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Any

from citizen.errors import CheckError
from metrics import observe_batch

Result = dict[str, Any]
log = logging.getLogger(__name__)


@dataclass
class _Job:
    classifier: Any
    item: Any  # classifier.pipeline.AdvertInput
    future: Future[Result]


class LRUCache:
    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[tuple[str, str], Result] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[str, str]) -> Result | None:
        with self._lock:
            value = self._data.get(key)
            if value is not None:
                self._data.move_to_end(key)
            return value

    def put(self, key: tuple[str, str], value: Result) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)


class Batcher:
    """``classify(items)`` blocks until every item has its result dict (Result.to_dict())."""

    def __init__(
        self,
        get_classifier: Callable[[], Any],
        *,
        cache_size: int = 1000,
        max_batch: int = 16,
        timeout_s: float = 60.0,
        idle_s: float = 30.0,
    ) -> None:
        self.get_classifier = get_classifier
        self.cache = LRUCache(cache_size)
        self.max_batch = max_batch
        self.timeout_s = timeout_s
        self.idle_s = idle_s
        self._queue: queue.Queue[_Job] = queue.Queue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @staticmethod
    def key(version: str, item: Any) -> tuple[str, str]:
        text = f"{item.title or ''}\x00{item.text}".encode("utf-8", errors="surrogatepass")
        return version, hashlib.sha256(text).hexdigest()

    def classify(self, items: Sequence[Any]) -> list[Result]:
        clf = self.get_classifier()
        if clf is None:
            raise CheckError("unavailable", 503, detail="the classifier is not loaded")
        version = str(getattr(clf, "version", ""))
        results: list[Result | None] = [self.cache.get(self.key(version, it)) for it in items]
        pending = [(i, self._submit(clf, items[i])) for i, r in enumerate(results) if r is None]
        for i, future in pending:
            try:
                results[i] = future.result(timeout=self.timeout_s)
            except FutureTimeout:
                raise CheckError("unavailable", 503, detail="classification timed out") from None
            self.cache.put(self.key(version, items[i]), results[i])  # type: ignore[arg-type]
        return [r for r in results if r is not None]

    def _submit(self, clf: Any, item: Any) -> Future[Result]:
        future: Future[Result] = Future()
        with self._lock:
            self._queue.put(_Job(clf, item, future))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._work, name="citizen-classify", daemon=True
                )
                self._thread.start()
        return future

    def _work(self) -> None:
        while True:
            try:
                first = self._queue.get(timeout=self.idle_s)
            except queue.Empty:
                # Idle: let the thread end (each app in a test run would otherwise keep one).
                # Under the lock no job can arrive between the check and the exit.
                with self._lock:
                    if self._queue.empty():
                        self._thread = None
                        return
                continue
            batch = [first]
            while len(batch) < self.max_batch:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            for clf in {id(j.classifier): j.classifier for j in batch}.values():
                self._run([j for j in batch if j.classifier is clf])

    @classmethod
    def _run(cls, jobs: list[_Job]) -> None:
        """Classify ``jobs`` in one call. If that call fails, each job is tried again alone, so
        one advert the classifier cannot take fails only its own request, never the others
        that happened to share its batch (the input is cleaned at the edge; this is the
        second line)."""
        try:
            started = time.perf_counter()
            results = jobs[0].classifier.classify([j.item for j in jobs])
            observe_batch("citizen", len(jobs), time.perf_counter() - started)
            answers = [result.to_dict() for result in results]
            if len(answers) != len(jobs):
                raise RuntimeError(f"{len(answers)} results for {len(jobs)} adverts")
        except Exception as exc:  # handed to the waiting request(s), which report it
            if len(jobs) > 1:
                # The error's type only: a message could quote a citizen's text.
                log.warning(
                    "a batch of %d failed (%s); classifying each alone",
                    len(jobs),
                    type(exc).__name__,
                )
                for job in jobs:
                    cls._run([job])
                return
            jobs[0].future.set_exception(exc)
            return
        for job, answer in zip(jobs, answers, strict=True):
            job.future.set_result(answer)
