"""Crawl targets, declared in one TOML file (``WASPADA_SOURCES_FILE``) that an operator edits,
and synced into the ``sources`` table, where admins also add, edit and pause sources on
``/sources`` (:mod:`store.services.sources` says how the two hands stay out of each other's way).
The scheduler and ``waspada crawl --source`` read the table.

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

import logging
import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError, field_validator
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.db import transaction
from store.models import Source
from store.services.sources import SPIDERS, crawlable, parse_schedule

__all__ = ["SPIDERS", "SourceSpec", "SourcesFileError", "crawlable_specs", "load_sources",
           "parse_schedule", "spec_of", "sync_sources"]  # fmt: skip
log = logging.getLogger(__name__)


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
    """Make the file's sources in the table match the file. Sources no longer in the file are
    disabled, not deleted: their adverts and crawl runs stay as evidence. What admins decided
    on ``/sources`` stays: ``paused`` is never written here, and a source an admin added or
    edited (``managed_by == "admin"``) is left as the admin saved it."""
    with transaction(factory) as session:
        existing = {s.name: s for s in session.scalars(select(Source))}
        for spec in specs:
            row = existing.get(spec.name)
            if row is not None and row.managed_by == "admin":
                log.warning(
                    "source %s is managed on /sources by an admin; its entry in the sources "
                    "file is ignored", spec.name,
                )  # fmt: skip
                continue
            row = row or Source(name=spec.name, managed_by="file", paused=False)
            row.spider, row.start_urls, row.schedule = spec.spider, spec.start_urls, spec.schedule
            row.options, row.region, row.channel = spec.options, spec.region, spec.channel
            row.enabled = spec.enabled
            session.add(row)
        in_file = {s.name for s in specs}
        for name, row in existing.items():
            if name not in in_file and row.managed_by != "admin":
                row.enabled = False
        session.flush()
        return list(session.scalars(select(Source).order_by(Source.name)))


def spec_of(row: Source) -> SourceSpec:
    """A stored source as the crawler reads it (``enabled`` here: crawled on its schedule)."""
    return SourceSpec.model_construct(
        name=row.name, spider=row.spider, start_urls=list(row.start_urls),
        schedule=row.schedule or "every 6h", channel=row.channel, region=row.region,
        enabled=crawlable(row), options=dict(row.options or {}),
    )  # fmt: skip


def crawlable_specs(factory: sessionmaker[Session]) -> list[SourceSpec]:
    """Every source to crawl on its schedule, from the table (the file's and the admins')."""
    with factory() as session:
        rows = session.scalars(select(Source).order_by(Source.id))
        return [spec_of(r) for r in rows if crawlable(r)]
