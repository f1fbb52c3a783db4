"""Scrapy settings: only what differs from Scrapy's defaults. What an operator may change
(``WASPADA_*``, :mod:`waspada.settings`) is laid over these by whoever starts the crawl and holds
the settings: :func:`crawler.run.scrapy_settings`, or :mod:`cli.scrapy_settings` for a bare
``scrapy crawl NAME`` (scrapy.cfg).
"""

from __future__ import annotations

BOT_NAME = "waspada"
SPIDER_MODULES = ["crawler.spiders"]
AUTOTHROTTLE_ENABLED = True
TELNETCONSOLE_ENABLED = False
# Scrapy re-reads and parses a callback's source on every response to warn about `return x`
# in a generator (its cache misses bound methods): ~2 % of a crawl's samples in a profile.
# Our spider callbacks only yield items and requests.
WARN_ON_GENERATOR_RETURN_VALUE = False
# A page must fit in memory as evidence; job adverts are far smaller than this.
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "crawler.meta_refresh.SameSiteMetaRefreshMiddleware": 580,  # Scrapy's own slot
    "crawler.middlewares.BackoffRetryMiddleware": 550,
}
SPIDER_MIDDLEWARES = {"crawler.middlewares.DoneRequestsMiddleware": 10}
EXTENSIONS = {"crawler.run_state.CrawlRunExtension": 0}
ITEM_PIPELINES = {
    "crawler.pipelines.CleanPipeline": 100,
    "crawler.pipelines.DedupePipeline": 200,
    "crawler.pipelines.ClassifyStorePipeline": 300,
}
DUPEFILTER_CLASS = "crawler.middlewares.ResumableDupeFilter"

# Waspada's own knobs (thresholds live here, not in code).
WASPADA_BATCH_SIZE = 32  # adverts classified and stored per transaction
WASPADA_MAX_STORE_ATTEMPTS = 5  # database retries before a batch stays spooled on disk
WASPADA_SHARED_IDLE_S = 10.0  # with Redis: how long an idle process waits for shared work

# USER_AGENT, ROBOTSTXT_OBEY, CONCURRENT_REQUESTS_PER_DOMAIN, DOWNLOAD_TIMEOUT, LOG_LEVEL,
# RETRY_TIMES, WASPADA_BACKOFF_BASE_S and, with WASPADA_REDIS_URL, the scrapy-redis scheduler
# and dupefilter come from crawler.config.scrapy_overrides(settings).
