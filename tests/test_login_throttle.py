"""Password guessing is throttled per username and client address, with the count and the
attempt serialised (requests sent at once), on SQLite and PostgreSQL."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy.orm import Session, sessionmaker

from store.services import logins
from store.services.logins import BadCredentials, TooManyAttempts, sign_in
from store.services.users import add_user

PASSWORD = "kata-sandi-panjang-1"


@pytest.fixture
def siti(factory: sessionmaker[Session]) -> sessionmaker[Session]:
    add_user(factory, username="siti", password=PASSWORD, role="investigator")
    return factory


def outcome(factory: sessionmaker[Session], username: str, password: str, client: str) -> str:
    try:
        sign_in(factory, username, password, client)
    except TooManyAttempts:
        return "throttled"
    except BadCredentials:
        return "wrong"
    return "ok"


def test_guesses_sent_at_once_are_counted_one_by_one(siti: sessionmaker[Session]) -> None:
    """30 wrong passwords at once: only MAX_PER_PAIR are checked, the rest refused unchecked."""
    with ThreadPoolExecutor(max_workers=30) as pool:
        results = list(
            pool.map(lambda _: outcome(siti, "siti", "salah-salah", "attacker"), range(30))
        )
    assert results.count("wrong") == logins.MAX_PER_PAIR
    assert results.count("throttled") == 30 - logins.MAX_PER_PAIR


def test_a_stranger_locks_out_only_their_own_address(siti: sessionmaker[Session]) -> None:
    for _ in range(logins.MAX_PER_PAIR):
        assert outcome(siti, "siti", "salah-salah", "stranger") == "wrong"
    assert outcome(siti, "siti", PASSWORD, "stranger") == "throttled"  # even the right one
    assert outcome(siti, "siti", PASSWORD, "siti-office") == "ok"  # the user is not locked out


def test_one_address_guessing_many_usernames_is_refused(factory: sessionmaker[Session]) -> None:
    for i in range(logins.MAX_PER_CLIENT):
        assert outcome(factory, f"user{i}", "salah-salah", "sprayer") == "wrong"
    assert outcome(factory, "someone-else", "salah-salah", "sprayer") == "throttled"
    assert outcome(factory, "someone-else", "salah-salah", "another") == "wrong"
