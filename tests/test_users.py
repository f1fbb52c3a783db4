from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from store.errors import Conflict, InvalidInput
from store.models import Role, User
from store.services import audit
from store.services.users import add_user, authenticate

PASSWORD = "a-long-enough-secret"


def test_add_user_hashes_password_and_audits(factory: sessionmaker[Session]) -> None:
    user = add_user(factory, username="Siti.R", password=PASSWORD, role="investigator")
    with factory() as s:
        stored = s.get(User, user.id)
        assert stored is not None
        assert stored.username == "siti.r"
        assert stored.role is Role.investigator
        assert stored.password_hash.startswith("$argon2id$")
        assert PASSWORD not in stored.password_hash
        trail = audit.trail(s, "user", user.id)
    assert [e.action for e in trail] == ["user.create"]
    assert "password" not in str(trail[0].after)


@pytest.mark.parametrize(
    ("username", "password", "role", "message"),
    [
        ("ok_name", "short", "viewer", "at least 10"),
        ("x", PASSWORD, "viewer", "username must be"),
        ("has space", PASSWORD, "viewer", "username must be"),
        ("ok_name", PASSWORD, "superuser", "role must be one of"),
    ],
)
def test_add_user_refuses_bad_input(
    factory: sessionmaker[Session], username: str, password: str, role: str, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        add_user(factory, username=username, password=password, role=role)


def test_duplicate_username_is_refused_and_first_account_kept(
    factory: sessionmaker[Session],
) -> None:
    first = add_user(factory, username="budi", password=PASSWORD, role="admin")
    with pytest.raises(Conflict, match="already exists"):
        add_user(factory, username="BUDI", password="another-password", role="viewer")
    with factory() as s:
        assert authenticate(s, "budi", PASSWORD) is not None
        assert s.get(User, first.id).role is Role.admin  # type: ignore[union-attr]


def test_authenticate(factory: sessionmaker[Session]) -> None:
    add_user(factory, username="ani", password=PASSWORD, role="viewer")
    with factory() as s:
        assert authenticate(s, "ani", PASSWORD) is not None
        assert authenticate(s, "ani", PASSWORD + "x") is None
        assert authenticate(s, "nobody", PASSWORD) is None
