"""The bots' background work, so the webhook can answer the platform at once.

Two threads per app: one answers received messages (claims them, runs the conversation, stores
the outcome and the replies in one transaction), one sends the replies (claims them, calls the
platform, records the result with a retry after ``base * 2**(attempts-1)`` seconds, capped).
The webhook wakes the first; each wakes at least every ``WASPADA_BOT_POLL_INTERVAL_S``, so
work left by a restart or another process is found too. Claims take the oldest pending row of
each chat (:mod:`store.services.bots`), so several processes can run this side by side and a
chat still gets its answers in order.

A platform that is down delays replies and loses none: they stay in the outbox until it
answers (or until ``WASPADA_BOT_MAX_ATTEMPTS``, then they are marked failed). A reply can be
sent twice only if the process dies between the platform's "ok" and the record of it.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bots.conversation import Conversation, TryLater
from bots.platforms import Platforms, Sent
from citizen.messages import Lang, error_text
from metrics import BOT_REPLIES, CHECK_SECONDS, CHECKS
from store.models import utcnow
from store.services.bots import (
    Claimed,
    Outcome,
    Reply,
    claim_replies,
    claim_updates,
    finish_update,
    load_replies,
    load_update,
    record_reply,
    retry_update,
    sweep,
)
from waspada.settings import Settings

log = logging.getLogger(__name__)

BATCH = 16
# Messages answered at once: the checks of a whole claim share one classifier batch
# (citizen.batcher), and a slow link fetch or picture does not hold up everyone else.
CHECKERS = BATCH
# Replies sent at once. A claim holds at most one reply per chat (store.services.bots), so
# sending them side by side keeps each chat's order; one at a time, a platform's round trip
# (100-300 ms from Indonesia) would cap the bot at a few replies a second.
SENDERS = 8
SWEEP_EVERY_S = 60.0


def backoff_s(attempts: int, base: float, cap: float) -> float:
    """Seconds before the next try after ``attempts`` failed ones: base, 2*base, 4*base, ..."""
    return float(min(cap, base * 2 ** max(0, attempts - 1)))


class BotWorker:
    def __init__(
        self,
        factory: sessionmaker[Session],
        settings: Settings,
        conversation: Conversation,
        platforms: Platforms | None = None,
    ) -> None:
        self.factory = factory
        self.settings = settings
        self.conversation = conversation
        self.platforms = platforms or Platforms(settings)
        self.report_window = dt.timedelta(seconds=settings.bot_report_window_s)
        self._stop = threading.Event()
        self._inbox = threading.Event()
        self._outbox = threading.Event()
        self._pool = ThreadPoolExecutor(max_workers=CHECKERS, thread_name_prefix="bot-answer")
        self._senders = ThreadPoolExecutor(max_workers=SENDERS, thread_name_prefix="bot-send")
        self._threads: list[threading.Thread] = []
        self._last_sweep = 0.0

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> None:
        for name, round_, event in (
            ("bot-inbox", self.answer_round, self._inbox),
            ("bot-outbox", self.send_round, self._outbox),
        ):
            thread = threading.Thread(
                target=self._loop, args=(round_, event), name=name, daemon=True
            )
            thread.start()
            self._threads.append(thread)

    def wake(self) -> None:
        """New messages are stored: answer them now rather than at the next poll."""
        self._inbox.set()

    def close(self, timeout: float = 15.0) -> None:
        self._stop.set()
        self._inbox.set()
        self._outbox.set()
        for thread in self._threads:
            thread.join(timeout)
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._senders.shutdown(wait=True, cancel_futures=True)
        self.platforms.close()

    def _loop(self, round_: Callable[[], int], event: threading.Event) -> None:
        pause = self.settings.bot_poll_interval_s
        while not self._stop.is_set():
            try:
                done = round_()
            except SQLAlchemyError:
                # The database is away: nothing is lost (rows stay pending); try again later.
                log.exception("bots: database error; trying again in %.0f s", pause)
                done = 0
            if done < BATCH:
                event.wait(pause)
                event.clear()

    # ------------------------------------------------------------------ answering

    def answer_round(self) -> int:
        now = utcnow()
        if time.monotonic() - self._last_sweep > SWEEP_EVERY_S:
            self._last_sweep = time.monotonic()
            sweep(self.factory, report_window=self.report_window, now=now)
        ids = claim_updates(self.factory, now, limit=BATCH)
        if ids:
            list(self._pool.map(self._answer_one, ids))
            self._outbox.set()
        return len(ids)

    def _answer_one(self, update_id: int) -> None:
        claimed = load_update(
            self.factory, update_id, report_window=self.report_window, now=utcnow()
        )
        if claimed is None:
            return
        started = time.perf_counter()
        try:
            outcome = self.conversation.answer(claimed)
        except TryLater as exc:
            self._later(claimed, f"try later: {exc}")
            return
        except Exception as exc:
            # The type only: a message could quote the citizen's text.
            log.warning("bots: answering message %d failed (%s)", update_id, type(exc).__name__)
            log.debug("bots: answering message %d failed", update_id, exc_info=True)
            self._later(claimed, type(exc).__name__)
            return
        if outcome.count is not None:  # a check was made (not LAPOR, help or a notice)
            kind, band = outcome.count
            CHECKS.labels(claimed.platform, kind, band).inc()
            CHECK_SECONDS.labels(claimed.platform, kind).observe(time.perf_counter() - started)
        finish_update(self.factory, claimed, outcome, region=self.settings.region)

    def _later(self, claimed: Claimed, error: str) -> None:
        s = self.settings
        attempts = claimed.attempts + 1
        if attempts < s.bot_max_attempts:
            wait = backoff_s(attempts, s.bot_retry_base_s, s.bot_retry_cap_s)
            retry_update(self.factory, claimed.id, error, utcnow() + dt.timedelta(seconds=wait))
            return
        # Given up: the person is told to try again rather than left without an answer.
        lang: Lang = "en" if claimed.chat.lang == "en" else "id"
        sorry = Outcome([error_text(lang, "unavailable")], lang, stage=claimed.chat.stage)
        finish_update(self.factory, claimed, sorry, region=s.region, status="failed", error=error)

    # ------------------------------------------------------------------ sending

    def send_round(self) -> int:
        now = utcnow()
        ids = claim_replies(self.factory, now, limit=BATCH)
        if not ids:
            return 0
        down: dict[str, Sent] = {}  # a platform found down is not called again this round
        list(
            self._senders.map(
                lambda reply: self._send_one(reply, down), load_replies(self.factory, ids)
            )
        )
        return len(ids)

    def _send_one(self, reply: Reply, down: dict[str, Sent]) -> None:
        result = down.get(reply.platform) or self.platforms.send(
            reply.platform, reply.recipient, reply.body
        )
        if not result.ok and not result.permanent and result.retry_after_s is None:
            down[reply.platform] = result
        self._record(reply.platform, reply.id, reply.attempts + 1, result)

    def _record(self, platform: str, reply_id: int, attempts: int, result: Sent) -> None:
        s = self.settings
        if result.ok:
            record_reply(self.factory, reply_id, error=None, retry_at=None)
            BOT_REPLIES.labels(platform, "sent").inc()
            return
        retry_at = None
        if not result.permanent and attempts < s.bot_max_attempts:
            wait = max(
                backoff_s(attempts, s.bot_retry_base_s, s.bot_retry_cap_s),
                result.retry_after_s or 0.0,
            )
            retry_at = utcnow() + dt.timedelta(seconds=wait)
        status = record_reply(self.factory, reply_id, error=result.error, retry_at=retry_at)
        BOT_REPLIES.labels(platform, "retry" if retry_at is not None else "failed").inc()
        log.warning("bots: reply %d not sent (%s); now %s", reply_id, result.error, status)
