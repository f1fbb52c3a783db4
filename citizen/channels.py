"""Where citizens report, per region: read once from a JSON file (``WASPADA_REPORT_CHANNELS_FILE``,
default ``citizen/report_channels.json``) and checked at start-up, so a typo in a phone
number's structure or a region missing from the file stops the service with a clear message
instead of showing an empty "where to report" box to someone who needs it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from citizen.messages import Lang


class Text(BaseModel):
    """A phrase in both languages."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def __call__(self, lang: Lang) -> str:
        return self.en if lang == "en" else self.id


class Channel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: Text
    contact: str = Field(min_length=1)
    href: str = Field(pattern=r"^(tel:\+?[0-9]+|https://\S+)$")
    kind: Literal["phone", "whatsapp", "web"]
    note: Text | None = None

    def localised(self, lang: Lang) -> dict[str, Any]:
        return {
            "name": self.name(lang),
            "contact": self.contact,
            "href": self.href,
            "kind": self.kind,
            "note": self.note(lang) if self.note else "",
        }


class Link(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: str
    href: str = Field(pattern=r"^https://\S+$")


class Region(BaseModel):
    model_config = ConfigDict(extra="forbid")
    task_force: Text
    channels: list[Channel] = Field(min_length=1)


class ChannelsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    about: str = Field(default="", alias="_about")
    national: list[Channel] = Field(min_length=1)
    # Where to turn when money was paid or is asked for (the bank, anti-scam reporting): shown
    # with bank accounts in "Cek nomor / rekening" (docs/domain.md section 7).
    money: list[Channel] = Field(default_factory=list)
    links: dict[str, Link]
    regions: dict[str, Region] = Field(min_length=1)


class ReportChannels:
    """The channels for one region, plus the national ones and the self-check links."""

    def __init__(self, region: str, data: ChannelsFile) -> None:
        self.region = region
        self.data = data
        self.local = data.regions[region]

    def task_force(self, lang: Lang) -> str:
        return self.local.task_force(lang)

    def to_dict(self, lang: Lang) -> dict[str, Any]:
        return {
            "region": self.region,
            "task_force": self.task_force(lang),
            "regional": [c.localised(lang) for c in self.local.channels],
            "national": [c.localised(lang) for c in self.data.national],
        }

    def money(self, lang: Lang) -> list[dict[str, Any]]:
        return [c.localised(lang) for c in self.data.money]

    def link(self, key: str) -> dict[str, str] | None:
        link = self.data.links.get(key)
        return {"label": link.label, "href": link.href} if link else None


def load_channels(path: Path, region: str) -> ReportChannels:
    """Read and validate the file; ValueError says what to fix."""
    try:
        raw = json.loads(Path(path).read_text("utf-8"))
    except OSError as exc:
        raise ValueError(f"cannot read WASPADA_REPORT_CHANNELS_FILE {path}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path} is not valid JSON: {exc}") from None
    try:
        data = ChannelsFile.model_validate(raw)
    except ValidationError as exc:
        raise ValueError(f"{path} does not have the expected structure:\n{exc}") from None
    if region not in data.regions:
        known = ", ".join(sorted(data.regions))
        raise ValueError(
            f"WASPADA_REGION={region!r} is not in {path} (regions there: {known}); add it to "
            "the file or pick one of those"
        )
    return ReportChannels(region, data)
