"""Codes stored in the database, in the words an Indonesian investigator reads: where an advert
was seen, a crawl's state and schedule. No page shows a bare code
(``tests/investigator/test_no_bare_codes.py`` walks every page)."""

from __future__ import annotations

import re

from vocabulary.names import CHANNEL_LABELS, CRAWL_STATUS_LABELS, DECISION_LABELS, label

_EVERY = re.compile(r"^\s*every\s+(\d+)\s*([mhd])\s*$", re.IGNORECASE)
_UNITS = {"m": "menit", "h": "jam", "d": "hari"}


def channel_label(code: str | None) -> str:
    return label(CHANNEL_LABELS, code)


def crawl_status_label(code: str | None) -> str:
    return label(CRAWL_STATUS_LABELS, code)


def decision_label(code: str | None) -> str:
    return label(DECISION_LABELS, code)


def schedule_label(schedule: str | None) -> str:
    """``every 12h`` -> ``tiap 12 jam``; a cron expression is shown as such, named."""
    if not schedule:
        return "–"
    match = _EVERY.match(schedule)
    if match:
        return f"tiap {match.group(1)} {_UNITS[match.group(2).lower()]}"
    return f"jadwal cron {schedule}"


ORIGIN_LABELS = {"tip": "Kiriman warga", "crawl": "Dirayapi"}


def origin_label(code: str | None) -> str:
    """How an advert without a source came in; a source's own name passes unchanged."""
    return label(ORIGIN_LABELS, code)
