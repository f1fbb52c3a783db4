"""Logging, configured once per process by the command that runs (``WASPADA_LOG_FORMAT``).

``plain`` (the default) writes readable lines; ``json`` writes one JSON object a line, for a log
collector (journald, Loki, Elasticsearch), with the time in UTC, level, logger, message, an
exception's traceback as one string, and what the line is about as fields of its own (the
access log's method, path, status and milliseconds). In ``waspada serve`` every line written
while a request is handled carries its ``request_id``, the same id the client gets back as
``X-Request-ID`` (:mod:`api.security`), so one person's complaint can be followed through the
log. Client addresses appear only when ``WASPADA_ACCESS_LOG_CLIENT_IPS`` is on (the access
log's ``client``).

The configuration is a :func:`logging.config.dictConfig` dictionary so that uvicorn applies the
same one in each of its worker processes (``log_config``): its own lines (start-up, errors) go
through the same handler, in the same format.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import logging.config
import sys
from typing import Any

from waspada.settings import Settings

PLAIN = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Attributes every LogRecord has; anything else on a record was passed as ``extra``.
# (uvicorn's ``color_message`` is its message with terminal colours: not for a log file.)
STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {
    "message",
    "asctime",
    "color_message",
}
# Libraries whose INFO lines are noise here, or worse: httpx logs each request's URL, and the
# Telegram Bot API's URLs hold the bot's token.
QUIET = ("alembic", "httpx", "httpcore")


class JsonFormatter(logging.Formatter):
    """One JSON object a line (a traceback is one escaped string, never extra lines)."""

    def format(self, record: logging.LogRecord) -> str:
        event: dict[str, Any] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in STANDARD and not key.startswith("_") and value is not None:
                event[key] = value if isinstance(value, str | int | float | bool) else str(value)
        if record.exc_info:
            event["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            event["stack"] = self.formatStack(record.stack_info)
        return json.dumps(event, ensure_ascii=False)


class RequestIdFilter(logging.Filter):
    """Puts the id of the request being handled (if any) on each record as ``request_id``."""

    def __init__(self) -> None:
        super().__init__()
        from api.security import current_request_id  # only ``serve`` installs this filter

        self.current = current_request_id

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "request_id", None) is None:
            record.request_id = self.current()
        return True


class StderrHandler(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is when a line is written (a test runner swaps it)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass


def logging_config(settings: Settings, *, request_ids: bool = False) -> dict[str, Any]:
    """The dictConfig for this process (``request_ids``: the web service's)."""
    formatter: dict[str, Any] = (
        {"()": f"{__name__}.JsonFormatter"} if settings.log_format == "json" else {"format": PLAIN}
    )
    handler: dict[str, Any] = {"()": f"{__name__}.StderrHandler", "formatter": "waspada"}
    filters: dict[str, Any] = {}
    if request_ids:
        filters["request_id"] = {"()": f"{__name__}.RequestIdFilter"}
        handler["filters"] = ["request_id"]
    # uvicorn's loggers hand their lines to ours (its own access log stays off:
    # api.serving); level from the settings like the rest.
    uvicorn = {"handlers": [], "propagate": True, "level": settings.log_level}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"waspada": formatter},
        "filters": filters,
        "handlers": {"stderr": handler},
        "root": {"level": settings.log_level, "handlers": ["stderr"]},
        "loggers": {
            **{name: dict(uvicorn) for name in ("uvicorn", "uvicorn.error")},
            **{name: {"level": "WARNING"} for name in QUIET},
        },
    }


def configure_logging(settings: Settings, *, request_ids: bool = False) -> None:
    """Configure this process's logging from the settings (:mod:`cli.context` does it when a
    command first reads them; ``serve`` again with request ids). Like ``basicConfig``, it
    leaves alone a process whose logging someone else has set up (a test runner, a program
    embedding the CLI)."""
    root = logging.getLogger()
    if any(not isinstance(h, StderrHandler) for h in root.handlers):
        return
    logging.config.dictConfig(logging_config(settings, request_ids=request_ids))
