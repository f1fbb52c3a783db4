"""What the running app holds: settings, the database and (lazily) the classifier."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from threading import Lock
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from waspada.settings import Settings


@dataclass
class AppState:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    classifier: Any = None  # classifier.pipeline.Classifier once loaded
    classifier_error: str | None = None
    # Whether this process runs the crawl schedule (several servers: store/leader.py); set by
    # `waspada serve`. An app with no scheduler, as tests build it, does not lead.
    leader: Callable[[], bool] = field(default=lambda: False)
    # Called once when the application stops (after the last request), e.g. to write buffers.
    on_shutdown: list[Callable[[], None]] = field(default_factory=list)
    _lock: Lock = field(default_factory=Lock)
