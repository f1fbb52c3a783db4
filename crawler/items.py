"""The advert item: what every spider yields. Raw values are kept beside cleaned ones."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class AdvertItem:
    url: str
    """Canonical URL of the advert (for a Telegram post, ``https://t.me/<channel>/<id>``)."""
    title: str = ""
    """Job title as shown (cleaned of markup and surrounding whitespace)."""
    description: str = ""
    """Plain text of the advert body."""
    description_html: str = ""
    """The body as published, when it came as HTML (JSON-LD ``description``, feed content)."""
    organisation: str = ""
    """Hiring organisation or poster, as named on the page."""
    location: str = ""
    """Place of work as written ("Kota Jambi, Jambi", "Kuala Lumpur")."""
    salary_raw: str = ""
    """Pay as published, unparsed (JSON-LD ``baseSalary`` rendered as text, or a line)."""
    employment_type: str = ""
    posted_at_raw: str = ""
    """Publication date exactly as found on the page."""
    posted_at: dt.datetime | None = None
    """``posted_at_raw`` parsed to an aware UTC datetime, or None if unparseable."""
    valid_through_raw: str = ""
    valid_through: dt.datetime | None = None
    language: str = ""
    channel: str = ""
    """Where people meet it: job_board, loker_blog, telegram, ..."""
    extraction: str = ""
    """Which extractor produced it: jsonld, microdata, feed, telegram, selectors, main_text."""
    source: str = ""
    """Name of the source (sources.toml) that was crawled, or "" for an ad hoc crawl."""
    response: dict[str, Any] = field(default_factory=dict)
    """Evidence: the raw page (body bytes, status, headers, fetched_at) it came from."""
    photo_urls: list[str] = field(default_factory=list)
    """Pictures the post shows (a Telegram photo post), as published."""
    pictures: list[dict[str, Any]] = field(default_factory=list)
    """Each picture fetched and read (crawler.pictures): url, body (bytes as fetched: the
    evidence), content_type, fetched_at, phash, width, height, text (the words read, also
    appended to ``description`` so caption and picture are classified together), boxes."""

    def text(self) -> str:
        """The text the classifier reads."""
        return self.description or self.title

    def to_json(self) -> dict[str, Any]:
        """JSON-friendly form for ``waspada extract`` (no raw body)."""
        data = asdict(self)
        data.pop("response")
        data["pictures"] = [
            {k: v for k, v in p.items() if k not in ("body", "fetched_at")} for p in self.pictures
        ]
        for key in ("posted_at", "valid_through"):
            if data[key] is not None:
                data[key] = data[key].isoformat()
        return data
