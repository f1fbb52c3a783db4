"""Report periods: ``[start, end)`` in Western Indonesia Time (WIB, UTC+7, no daylight saving),
the task force's clock in Kota Jambi, parsed from what people type (``2026-11``,
``2026-11-01``) with messages in Bahasa Indonesia that say what to fix."""

from __future__ import annotations

import datetime as dt
import re

from pydantic import BaseModel, ConfigDict

from store.errors import InvalidInput

# Indonesia has no daylight saving, so a fixed offset is exact and needs no tz database.
WIB = dt.timezone(dt.timedelta(hours=7), "WIB")
# The weekly series of a report are one SQL column per week (store.services.stats); three
# years keeps that well under the column limits of SQLite (2000) and PostgreSQL (1664).
MAX_PERIOD_DAYS = 3 * 366

_MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")


class Period(BaseModel):
    """``[start, end)``, both timezone-aware."""

    model_config = ConfigDict(frozen=True)

    start: dt.datetime
    end: dt.datetime

    @property
    def start_date(self) -> dt.date:
        return self.start.astimezone(WIB).date()

    @property
    def end_date(self) -> dt.date:
        """The exclusive end as a WIB date."""
        return self.end.astimezone(WIB).date()


def wib_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=WIB)


def period_from_dates(start: dt.date, end: dt.date) -> Period:
    """The period from WIB midnight of ``start`` to WIB midnight of ``end`` (exclusive)."""
    if end <= start:
        raise InvalidInput(
            f"Tanggal akhir ({end.isoformat()}) harus sesudah tanggal mulai "
            f"({start.isoformat()}); akhir tidak termasuk, jadi untuk satu hari isi hari "
            "berikutnya."
        )
    if (end - start).days > MAX_PERIOD_DAYS:
        raise InvalidInput(
            f"Periode paling panjang {MAX_PERIOD_DAYS} hari (diminta {(end - start).days} "
            "hari); persempit rentang tanggal."
        )
    return Period(start=wib_midnight(start), end=wib_midnight(end))


def _parse_date(value: str, name: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(
            f"Tanggal {name} harus berformat TTTT-BB-HH, misalnya 2026-11-01 (diterima: {value!r})."
        ) from None


def parse_period(
    start: str | None, end: str | None, *, today: dt.date | None = None, default_days: int = 30
) -> Period:
    """A period from ``YYYY-MM-DD`` strings; missing ends default to the last
    ``default_days`` days up to and including today (WIB)."""
    today = today or dt.datetime.now(WIB).date()
    end_day = _parse_date(end, "akhir") if end else today + dt.timedelta(days=1)
    start_day = _parse_date(start, "mulai") if start else end_day - dt.timedelta(days=default_days)
    return period_from_dates(start_day, end_day)


def parse_month(month: str) -> Period:
    """``2026-11`` -> November 2026 (WIB). The message says what to fix."""
    m = _MONTH_RE.match(month.strip())
    if not m or not 1 <= int(m.group(2)) <= 12 or int(m.group(1)) < 2000:
        raise InvalidInput(
            f"Bulan harus berformat TTTT-BB, misalnya 2026-11 (diterima: {month!r})."
        )
    year, mon = int(m.group(1)), int(m.group(2))
    first = dt.date(year, mon, 1)
    nxt = dt.date(year + 1, 1, 1) if mon == 12 else dt.date(year, mon + 1, 1)
    return period_from_dates(first, nxt)


def previous_month(today: dt.date | None = None) -> str:
    """``YYYY-MM`` of the month before ``today`` (WIB): the usual month to report on."""
    first = (today or dt.datetime.now(WIB).date()).replace(day=1)
    last = first - dt.timedelta(days=1)
    return f"{last.year}-{last.month:02d}"
