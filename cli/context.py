"""What one ``waspada`` invocation shares: the settings and the database engine.

The app's callback (:mod:`cli.app`) puts a :class:`Runtime` in Typer's ``ctx.obj``; commands
take it with :func:`runtime`. Nothing is done up front: the settings are read from the
environment when a command first asks for them, and the engine is built when a command first
needs the database, so ``--help`` stays instant and a command with no database creates none.
The engine is disposed when the command ends, whether it succeeded or failed. Logging is
configured from the settings when they are first read (:mod:`cli.logs`).
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING

import typer

from waspada.settings import Settings, get_settings

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker


class Runtime:
    """Settings read once, and one engine and session factory built on first use."""

    def __init__(self) -> None:
        self._settings: Settings | None = None
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = get_settings()
            from cli.logs import configure_logging

            configure_logging(self._settings)  # plain or JSON lines (WASPADA_LOG_FORMAT)
        return self._settings

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from store.db import make_engine  # SQLAlchemy loads only for commands that need it

            self._engine = make_engine(self.settings.database_url)
        return self._engine

    @property
    def sessions(self) -> sessionmaker[Session]:
        if self._sessions is None:
            from store.db import make_sessionmaker

            self._sessions = make_sessionmaker(self.engine)
        return self._sessions

    def close(self) -> None:
        """Dispose the engine if one was built (its pooled connections are closed)."""
        if self._engine is not None:
            self._engine.dispose()
        self._engine = self._sessions = None

    def __enter__(self) -> Runtime:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def runtime(ctx: typer.Context) -> Runtime:
    """The invocation's runtime, as the app's callback stored it."""
    found = ctx.find_object(Runtime)
    if found is None:
        raise RuntimeError("no Runtime in the context: run commands through cli.app.app")
    return found
