"""Crawl targets, declared in one TOML file (``WASPADA_SOURCES_FILE``) that an operator edits.

[[source]]
name = "loker-jambi-blog"
spider = "feed"
start_urls = ["https://example.blogspot.com/feeds/posts/default"]
schedule = "every 6h"        # or a crontab line: "0 */6 * * *"
channel = "loker_blog"
region = "Kota Jambi"
enabled = true
options = { complete_listing = false }
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError, field_validator
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.db import transaction
from store.models import Source

SPIDERS = ("jobposting", "feed", "telegram", "listing")
_EVERY = re.compile(r"^every\s+(\d+)\s*([mhd])$")


class SourceSpec(BaseModel):
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]{1,99}$")
    spider: str
    start_urls: list[str] = Field(min_length=1)
    schedule: str = "every 6h"
    channel: str = ""
    region: str = ""
    enabled: bool = True
    options: dict[str, Any] = Field(default_factory=dict)

    @field_validator("spider")
    @classmethod
    def _known_spider(cls, value: str) -> str:
        if value not in SPIDERS:
            raise ValueError(f"spider must be one of {', '.join(SPIDERS)} (got {value!r})")
        return value

    @field_validator("schedule")
    @classmethod
    def _valid_schedule(cls, value: str) -> str:
        parse_schedule(value)
        return value


def parse_schedule(value: str) -> dict[str, Any]:
    """``every 30m|6h|1d`` -> interval keyword arguments; otherwise a 5-field crontab line."""
    m = _EVERY.match(value.strip().lower())
    if m:
        unit = {"m": "minutes", "h": "hours", "d": "days"}[m.group(2)]
        if int(m.group(1)) <= 0:
            raise ValueError("a schedule interval must be positive")
        return {"interval": {unit: int(m.group(1))}}
    fields = value.split()
    if len(fields) != 5:
        raise ValueError(f"schedule must be 'every <n>m|h|d' or a 5-field crontab (got {value!r})")
    return {"cron": value}


class SourcesFileError(ValueError):
    pass


def load_sources(path: Path) -> list[SourceSpec]:
    try:
        data = tomllib.loads(path.read_text())
    except FileNotFoundError:
        raise SourcesFileError(f"sources file not found: {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise SourcesFileError(f"{path} is not valid TOML: {exc}") from exc
    specs: list[SourceSpec] = []
    for n, entry in enumerate(data.get("source", []), start=1):
        try:
            specs.append(SourceSpec(**entry))
        except ValidationError as exc:
            raise SourcesFileError(
                f"{path}: source #{n} ({entry.get('name', '?')}): {exc}"
            ) from exc
    names = [s.name for s in specs]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise SourcesFileError(f"{path}: duplicate source names: {', '.join(dupes)}")
    return specs


def sync_sources(factory: sessionmaker[Session], specs: list[SourceSpec]) -> list[Source]:
    """Make the sources table match the file. Sources no longer in the file are disabled, not
    deleted: their adverts and crawl runs stay as evidence."""
    with transaction(factory) as session:
        existing = {s.name: s for s in session.scalars(select(Source))}
        for spec in specs:
            row = existing.get(spec.name) or Source(name=spec.name)
            row.spider, row.start_urls, row.schedule = spec.spider, spec.start_urls, spec.schedule
            row.options, row.region, row.channel = spec.options, spec.region, spec.channel
            row.enabled = spec.enabled
            session.add(row)
        for name, row in existing.items():
            if name not in {s.name for s in specs}:
                row.enabled = False
        session.flush()
        return list(session.scalars(select(Source).order_by(Source.name)))
