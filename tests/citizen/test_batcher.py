"""The citizens' batcher with a classifier stand-in: when a batch call raises, each advert is
classified again alone, so the one the classifier cannot take fails alone (issue 19, item 1)."""

from __future__ import annotations

import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import pytest

from citizen.batcher import Batcher

POISON = "RACUN"


@dataclass
class Item:
    text: str
    title: str | None = None


@dataclass
class FakeResult:
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "score": 0.5}


class StandIn:
    """Raises for a whole call when any advert in it holds :data:`POISON`, as the real
    tokenizer does for a lone surrogate. The first call waits at ``gate`` so the test can
    line up the next batch."""

    version = "stand-in"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.gate = threading.Event()
        self.entered = threading.Event()
        self._lock = threading.Lock()

    def classify(self, items: list[Item]) -> list[FakeResult]:
        with self._lock:
            first = not self.calls
            self.calls.append([it.text for it in items])
        if first:
            self.entered.set()
            assert self.gate.wait(timeout=30)
        if any(POISON in it.text for it in items):
            raise TypeError("TextEncodeInput must be Union[TextInputSequence, ...]")
        return [FakeResult(it.text) for it in items]


def _one(batcher: Batcher, text: str) -> dict[str, Any]:
    return batcher.classify([Item(text)])[0]


def test_one_advert_the_classifier_cannot_take_fails_alone() -> None:
    clf = StandIn()
    batcher = Batcher(lambda: clf, max_batch=16, idle_s=1)
    texts = [f"iklan {i}" for i in range(8)]
    texts.insert(3, f"iklan {POISON}")
    with ThreadPoolExecutor(max_workers=len(texts) + 1) as pool:
        warmup = pool.submit(_one, batcher, "pemanasan")
        assert clf.entered.wait(timeout=10)  # the worker is busy with the warm-up call ...
        futures: list[Future[dict[str, Any]]] = [pool.submit(_one, batcher, t) for t in texts]
        deadline = time.monotonic() + 10
        while batcher._queue.qsize() < len(texts):  # ... while every other check queues up
            assert time.monotonic() < deadline, "the checks did not queue"
            time.sleep(0.01)
        clf.gate.set()
        assert warmup.result(timeout=10) == {"text": "pemanasan", "score": 0.5}
        for text, future in zip(texts, futures, strict=True):
            if POISON in text:
                with pytest.raises(TypeError):
                    future.result(timeout=10)
            else:
                assert future.result(timeout=10) == {"text": text, "score": 0.5}
    # One batch of all nine failed; then each was tried alone.
    assert sorted(clf.calls[1]) == sorted(texts)
    assert sorted(c[0] for c in clf.calls[2:]) == sorted(texts)
    assert all(len(c) == 1 for c in clf.calls[2:])
    # The good answers were cached, the failure was not.
    calls = len(clf.calls)
    assert _one(batcher, "iklan 0") == {"text": "iklan 0", "score": 0.5}
    assert len(clf.calls) == calls
    with pytest.raises(TypeError):
        _one(batcher, f"iklan {POISON}")
    assert len(clf.calls) == calls + 1


def test_a_batch_that_succeeds_is_one_call() -> None:
    clf = StandIn()
    clf.gate.set()
    batcher = Batcher(lambda: clf, max_batch=16, idle_s=1)
    assert batcher.classify([Item("a"), Item("b"), Item("c")]) == [
        {"text": t, "score": 0.5} for t in "abc"
    ]
    assert len(clf.calls) <= 3 and sum(len(c) for c in clf.calls) == 3  # no retries
