"""Several servers each run the bots' workers (docs/operations.md, "Several servers"): a
message redelivered to two servers at once is stored once, and workers claiming at the same
moment never take one message twice, nor two messages of one chat (its order)."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from store.models import BotUpdate, utcnow
from store.services.bots import Incoming, claim_updates, receive

CHATS = 8
PER_CHAT = 5


def _at_once(n: int, work: Callable[[int], None]) -> None:
    barrier = threading.Barrier(n)
    errors: list[BaseException] = []

    def run(i: int) -> None:
        try:
            barrier.wait()
            work(i)
        except BaseException as exc:  # reported in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors


def test_a_redelivery_to_two_servers_is_stored_once_and_claimed_once(
    factory: sessionmaker[Session],
) -> None:
    batch = [
        Incoming("telegram", f"{chat}-{n}", f"chat{chat}", {"text": f"pesan {n}"})
        for n in range(PER_CHAT)
        for chat in range(CHATS)
    ]
    _at_once(2, lambda _i: receive(factory, batch))  # the platform retried at another server
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(BotUpdate)) == len(batch)

    claimed: list[list[int]] = [[] for _ in range(6)]

    def worker(i: int) -> None:
        while ids := claim_updates(factory, utcnow(), limit=3):
            claimed[i].extend(ids)

    _at_once(len(claimed), worker)
    every = [row for rows in claimed for row in rows]
    assert len(every) == len(set(every))  # no message claimed twice
    with factory() as s:
        rows = {u.id: u for u in s.scalars(select(BotUpdate))}
    # Nothing is answered yet, so each chat's oldest message is the only one claimable.
    assert Counter(rows[i].chat_hash for i in every) == {f"chat{c}": 1 for c in range(CHATS)}
    oldest = {}
    for u in sorted(rows.values(), key=lambda u: u.id):
        oldest.setdefault(u.chat_hash, u.id)
    assert sorted(every) == sorted(oldest.values())
