"""The web app as each worker process of ``waspada serve --workers N`` builds it.

Why several processes: the citizens' check is Python holding the GIL (rules, entities, HTTP),
so one process uses one core however many threads it has; N uvicorn workers share the listening
socket and each answers with its own copy of the model (docs/operations.md, "Workers", gives
the memory per worker). uvicorn starts workers by importing an app, so this factory is what
they import: it reads the settings from the environment the ``serve`` process passed down
(this module is part of the composition root, the one place settings are read).

What stays right across workers: the answer cache is per worker (an answer depends only on the
text and the model version, so a worker's cached answer is the one any worker would give; the
cache is only less often hit); the rate limits count in a shared store
(:func:`api.ratelimit.shared_storage`, else ``serve`` refuses more than one worker); each
worker writes its own check counts and writes what it holds when it stops. The crawl schedule
and the alert worker are not run by the workers but once, by the ``serve`` process.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from waspada.settings import Settings, get_settings

if TYPE_CHECKING:
    from fastapi import FastAPI


def create() -> FastAPI:
    """uvicorn's factory (``cli.worker_app:create``) for one worker process."""
    import os

    from api.app import create_app
    from store.leader import held_by, leader_name

    settings = get_settings()
    app = create_app(settings)
    if settings.scheduler_enabled:
        # The serve process (this worker's parent) competes for leadership; /readyz asks the
        # database whether its lock session holds the lock.
        state = app.state.waspada
        parent = leader_name(os.getppid())
        state.leader = lambda: held_by(state.engine, settings.leader_lock_id, parent)
    return app


def refusal(settings: Settings, workers: int) -> str | None:
    """Why ``serve`` cannot run ``workers`` processes with these settings, or None."""
    from api.ratelimit import shared_storage

    if workers > 1 and not shared_storage(settings):
        return (
            f"--workers {workers} needs rate-limit counters that every worker shares, or each "
            "worker would allow a client the whole limit again: set WASPADA_REDIS_URL (or "
            "WASPADA_RATE_LIMIT_STORAGE_URI=redis://...), or serve with one worker"
        )
    return None
