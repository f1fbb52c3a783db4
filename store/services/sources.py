"""Crawl sources as admins manage them on ``/sources``: add, edit, pause and resume, each
checked here (every field at once, in Indonesian words the page shows as they are) and audited.

Two hands write the ``sources`` table: the operator's ``sources.toml`` (synced by
``crawler.sources.sync_sources``) and admins in the UI. Each choice has its own column so
neither undoes the other:

- ``enabled`` is the file's word (a source the file disables or drops is not crawled);
- ``paused`` is an admin's word, which no sync touches: a source paused in the UI stays paused
  after the file is synced again, whatever the file says about ``enabled``;
- ``managed_by`` says who owns the definition (spider, URLs, schedule, region, channel,
  options). ``file`` rows are rewritten by each sync; a source an admin adds, or edits, is
  ``admin`` and the sync leaves it alone (and logs that the file's entry of that name is
  ignored), so an edit made in the UI is not reverted by the next restart.

A source is crawled on its schedule when ``enabled and not paused`` (:func:`crawlable`).
The spider names and the schedule grammar live here, below the crawler, because the web
service validates them and never imports the crawler (Twisted stays out of its process).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from apscheduler.triggers.cron import CronTrigger
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from store.db import transaction
from store.errors import Conflict, InvalidInput, NotFound
from store.models import Source, User
from store.services import audit

SPIDERS = ("jobposting", "feed", "telegram", "listing")
SPIDER_LABELS = {
    "jobposting": "Halaman dengan data JobPosting (schema.org)",
    "feed": "Umpan RSS/Atom",
    "telegram": "Kanal Telegram publik (t.me/s/...)",
    "listing": "Daftar lowongan → halaman rinci (selektor CSS di opsi)",
}
# Crawling one site more often than this is not polite, and no advert source changes that fast.
MIN_INTERVAL = dt.timedelta(minutes=30)
NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_.-]{1,99}$")
MAX_URLS = 20
MAX_URL_LENGTH = 2000

_EVERY = re.compile(r"^every\s+(\d{1,6})\s*([mhd])$")
# What an admin may type: "6 jam", "tiap 6 jam", "30 menit", "1 hari", or the file's "every 6h".
_TYPED = re.compile(
    r"^(?:(?:se)?tiap|every)?\s*(\d{1,6})\s*(m|menit|h|j|jam|d|hari)$", re.IGNORECASE
)
_UNIT = {"m": "m", "menit": "m", "h": "h", "j": "h", "jam": "h", "d": "d", "hari": "d"}


def parse_schedule(value: str) -> dict[str, Any]:
    """``every 30m|6h|1d`` -> interval keyword arguments; otherwise a 5-field crontab line.
    Raises ValueError (in English: operators read it in the log) for anything else, or for a
    schedule that would crawl more often than every :data:`MIN_INTERVAL`."""
    text = value.strip().lower()
    m = _EVERY.match(text)
    if m:
        unit = {"m": "minutes", "h": "hours", "d": "days"}[m.group(2)]
        amount = int(m.group(1))
        if amount <= 0:
            raise ValueError("a schedule interval must be positive")
        if dt.timedelta(**{unit: amount}) < MIN_INTERVAL:
            raise ValueError(f"a schedule interval must be at least {_minutes(MIN_INTERVAL)}m")
        return {"interval": {unit: amount}}
    fields = value.split()
    if len(fields) != 5:
        raise ValueError(f"schedule must be 'every <n>m|h|d' or a 5-field crontab (got {value!r})")
    try:
        trigger = CronTrigger.from_crontab(value, timezone=dt.UTC)
    except ValueError as exc:
        raise ValueError(f"schedule {value!r} is not a valid crontab: {exc}") from None
    if _shortest_gap(trigger) < MIN_INTERVAL:
        raise ValueError(f"a schedule must not run more often than every {_minutes(MIN_INTERVAL)}m")
    return {"cron": value}


def _minutes(delta: dt.timedelta) -> int:
    return int(delta.total_seconds() // 60)


def _shortest_gap(trigger: CronTrigger) -> dt.timedelta:
    """The shortest gap between two runs of a crontab, over its next two days of runs."""
    start = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)  # a Monday: the week's pattern in full
    times: list[dt.datetime] = []
    previous: dt.datetime | None = None
    current = start
    while len(times) < 200 and current < start + dt.timedelta(days=8):
        nxt = trigger.get_next_fire_time(previous, current)
        if nxt is None:
            break
        times.append(nxt)
        previous, current = nxt, nxt + dt.timedelta(seconds=1)
    gaps = [b - a for a, b in itertools.pairwise(times)]
    return min(gaps, default=dt.timedelta(days=365))


def normalise_schedule(text: str) -> str:
    """What an admin typed -> the stored form (``every 6h`` or a crontab line). ValueError with
    the Indonesian message for the form when it is neither, or too frequent."""
    typed = " ".join(text.split())
    m = _TYPED.match(typed)
    if m:
        amount, unit = int(m.group(1)), _UNIT[m.group(2).lower()]
        delta = dt.timedelta(**{dict(m="minutes", h="hours", d="days")[unit]: amount})
        if delta < MIN_INTERVAL:
            raise ValueError(
                f"Selang terlalu pendek: paling sering tiap {_minutes(MIN_INTERVAL)} menit, "
                "agar situs sumber tidak terbebani."
            )
        return f"every {amount}{unit}"
    if len(typed.split()) == 5:
        try:
            parse_schedule(typed)
        except ValueError:
            raise ValueError(
                "Jadwal cron tidak sah atau terlalu sering (paling sering tiap "
                f"{_minutes(MIN_INTERVAL)} menit), mis. '0 */6 * * *'."
            ) from None
        return typed
    raise ValueError(
        "Tulis jadwal sebagai selang, mis. '6 jam', '30 menit' atau '1 hari' "
        "(atau baris crontab 5 kolom, mis. '0 */6 * * *')."
    )


def schedule_for_form(stored: str) -> str:
    """The stored schedule as the form shows it (``every 6h`` -> ``6 jam``)."""
    m = _EVERY.match(stored.strip().lower())
    if not m:
        return stored
    return f"{m.group(1)} {dict(m='menit', h='jam', d='hari')[m.group(2)]}"


def crawlable(source: Source) -> bool:
    """Crawled on its schedule: the file has not disabled it and no admin has paused it."""
    return bool(source.enabled) and not source.paused


class SourceInvalid(InvalidInput):
    """A source that cannot be saved; ``errors`` maps each form field to what to fix."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = errors
        super().__init__("; ".join(errors.values()))


class SourceNameTaken(SourceInvalid, Conflict):
    """The one thing wrong is a name another source holds: a conflict with what is stored
    (409 for the JSON API), not a malformed request; the page shows it beside the name."""


@dataclass
class SourceIn:
    """A source as an admin submits it (form or JSON). ``schedule`` as typed ("6 jam",
    "every 6h" or a crontab line); ``active`` False saves it paused."""

    name: str
    spider: str
    start_urls: list[str]
    schedule: str = "every 6h"
    region: str = ""
    channel: str = ""
    options: dict[str, Any] = field(default_factory=dict)
    active: bool = True


def _check_url(url: str) -> str | None:
    if len(url) > MAX_URL_LENGTH:
        return f"terlalu panjang (paling banyak {MAX_URL_LENGTH} karakter)"
    if any(c.isspace() or ord(c) < 32 for c in url):
        return "mengandung spasi atau karakter kendali"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises on a bad port)
    except ValueError:
        return "bukan alamat web yang sah"
    if parts.scheme not in ("http", "https"):
        return "harus diawali http:// atau https://"
    host = parts.hostname or ""
    if not host or ("." not in host and ":" not in host and host != "localhost"):
        return "tidak menyebut nama situs (mis. https://contoh.co.id/lowongan)"
    return None


def validate_source(session: Session, data: SourceIn, *, source_id: int | None = None) -> SourceIn:
    """The source normalised, or :class:`SourceInvalid` listing every field to fix."""
    errors: dict[str, str] = {}
    name = data.name.strip()
    if not name:
        errors["name"] = "Nama sumber wajib diisi."
    elif not NAME_PATTERN.match(name):
        errors["name"] = (
            "Nama sumber: 2–100 huruf kecil, angka, titik, garis bawah atau tanda hubung, "
            "diawali huruf atau angka (mis. loker-jambi-blog)."
        )
    else:
        clash = session.scalar(select(Source).where(func.lower(Source.name) == name.lower()))
        if clash is not None and clash.id != source_id:
            errors["name"] = f"Nama '{name}' sudah dipakai sumber lain; pilih nama lain."
    if data.spider not in SPIDERS:
        errors["spider"] = (
            "Jenis perayap tidak dikenal; pilih salah satu: " + ", ".join(SPIDERS) + "."
        )
    urls = [u.strip() for u in data.start_urls if u.strip()]
    if not urls:
        errors["start_urls"] = "Isi paling sedikit satu URL awal (satu per baris)."
    elif len(urls) > MAX_URLS:
        errors["start_urls"] = f"Paling banyak {MAX_URLS} URL awal."
    else:
        bad = [(u, why) for u in urls if (why := _check_url(u))]
        if bad:
            url, why = bad[0]
            shown = url if len(url) <= 80 else url[:77] + "..."
            errors["start_urls"] = f"URL '{shown}' {why}."
    schedule = data.schedule
    try:
        schedule = normalise_schedule(data.schedule)
    except ValueError as exc:
        errors["schedule"] = str(exc)
    region = " ".join(data.region.split())
    if len(region) > 100:
        errors["region"] = "Wilayah paling panjang 100 karakter."
    channel = data.channel.strip()
    if len(channel) > 50 or (channel and not re.fullmatch(r"[a-z_]+", channel)):
        errors["channel"] = "Pilih saluran dari daftar."
    options = data.options
    if not isinstance(options, dict):
        errors["options"] = 'Opsi harus berupa objek JSON, mis. {"max_depth": 1}.'
    elif len(json.dumps(options)) > 10_000:
        errors["options"] = "Opsi terlalu panjang (paling banyak 10.000 karakter JSON)."
    elif data.spider == "listing" and not str(options.get("item_links") or "").strip():
        errors["options"] = (
            "Perayap 'listing' memerlukan opsi item_links: selektor CSS tautan ke tiap iklan, "
            'mis. {"item_links": "a.job-link"}.'
        )
    if errors:
        taken = set(errors) == {"name"} and "sudah dipakai" in errors["name"]
        raise (SourceNameTaken if taken else SourceInvalid)(errors)
    return SourceIn(
        name=name, spider=data.spider, start_urls=urls, schedule=schedule, region=region,
        channel=channel, options=dict(options), active=data.active,
    )  # fmt: skip


def snapshot(source: Source) -> dict[str, Any]:
    """What the audit log keeps of a source, before and after a change."""
    return {
        "name": source.name,
        "spider": source.spider,
        "start_urls": list(source.start_urls),
        "schedule": source.schedule,
        "region": source.region,
        "channel": source.channel,
        "options": dict(source.options or {}),
        "enabled": bool(source.enabled),
        "paused": bool(source.paused),
        "managed_by": source.managed_by,
    }


def _apply(source: Source, clean: SourceIn) -> None:
    source.name, source.spider, source.start_urls = clean.name, clean.spider, clean.start_urls
    source.schedule, source.region, source.channel = clean.schedule, clean.region, clean.channel
    source.options = clean.options
    source.paused = not clean.active
    # The admin owns the definition from now on; the file's `enabled` no longer applies.
    source.enabled, source.managed_by = True, "admin"


def get_source(session: Session, source_id: int) -> Source:
    source = session.get(Source, source_id)
    if source is None:
        raise NotFound(f"Sumber {source_id} tidak ditemukan.")
    return source


def create_source(factory: sessionmaker[Session], data: SourceIn, *, actor: User | str) -> Source:
    with transaction(factory) as session:
        clean = validate_source(session, data)
        source = Source(name=clean.name)
        _apply(source, clean)
        session.add(source)
        session.flush()
        audit.record(session, actor=actor, action="source.create", target_type="source",
                     target_id=source.id, after=snapshot(source))  # fmt: skip
    return source


def update_source(
    factory: sessionmaker[Session], source_id: int, data: SourceIn, *, actor: User | str
) -> Source:
    with transaction(factory) as session:
        source = session.get(Source, source_id, with_for_update=True)
        if source is None:
            raise NotFound(f"Sumber {source_id} tidak ditemukan.")
        before = snapshot(source)
        clean = validate_source(session, data, source_id=source_id)
        _apply(source, clean)
        session.flush()
        audit.record(session, actor=actor, action="source.update", target_type="source",
                     target_id=source.id, before=before, after=snapshot(source))  # fmt: skip
    return source


def set_paused(
    factory: sessionmaker[Session], source_id: int, paused: bool, *, actor: User | str
) -> Source:
    """Pause or resume a source (any source, file-managed too: the pause is the admin's own
    column, which the file's sync never touches). Saying what already holds changes nothing
    and writes no audit entry."""
    with transaction(factory) as session:
        source = session.get(Source, source_id, with_for_update=True)
        if source is None:
            raise NotFound(f"Sumber {source_id} tidak ditemukan.")
        if bool(source.paused) != paused:
            before = {"paused": bool(source.paused)}
            source.paused = paused
            session.flush()
            audit.record(session, actor=actor,
                         action="source.pause" if paused else "source.resume",
                         target_type="source", target_id=source.id, before=before,
                         after={"paused": paused, "name": source.name})  # fmt: skip
    return source
