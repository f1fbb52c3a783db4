"""The Scrapy settings that come from Waspada's settings (one place for what operators set)."""

from __future__ import annotations

from typing import Any

from waspada.settings import Settings


def scrapy_overrides(settings: Settings) -> dict[str, Any]:
    values: dict[str, Any] = {
        "USER_AGENT": settings.user_agent,  # honest, with a contact URL
        "ROBOTSTXT_OBEY": settings.crawler_obey_robots,
        "CONCURRENT_REQUESTS_PER_DOMAIN": settings.crawler_concurrency_per_domain,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(settings.crawler_concurrency_per_domain),
        "DOWNLOAD_TIMEOUT": settings.crawler_download_timeout_s,
        "LOG_LEVEL": settings.log_level,
        "RETRY_TIMES": settings.crawler_retry_times,
        "WASPADA_BACKOFF_BASE_S": settings.crawler_retry_backoff_s,
    }
    if settings.redis_url:
        # Several crawler processes (on several machines) share one request queue and one
        # dupefilter in Redis; PostgreSQL is then the store.
        values |= {
            "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
            "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
            # One process finishing must not wipe the queue the others still work on.
            "SCHEDULER_PERSIST": True,
            "REDIS_URL": settings.redis_url,
        }
    return values
