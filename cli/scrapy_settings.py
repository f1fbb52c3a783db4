"""Scrapy settings for a bare ``scrapy crawl NAME`` from the project root (scrapy.cfg): the
crawler's own settings with the operator's (``WASPADA_*``) laid over them, read here, in the
composition root, like every other command's. ``waspada crawl`` does the same through
:func:`crawler.run.scrapy_settings`."""

from __future__ import annotations

from crawler.config import scrapy_overrides
from crawler.settings import *  # noqa: F403 (a Scrapy settings module is a flat namespace)
from waspada.settings import get_settings

WASPADA_SETTINGS = get_settings()
globals().update(scrapy_overrides(WASPADA_SETTINGS))
