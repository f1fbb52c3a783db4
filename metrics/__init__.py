"""What the running service counts for the operator's Prometheus (``GET /metrics``).

The instruments live here, in a package that imports nothing of ours, so every layer that does
the work (the citizens' check, the classifier's batches, OCR, the crawl, the bots, the alerts)
counts where it happens without reaching up to the web layer. What the database already knows
(crawl runs, adverts, the alert and bot outboxes) is not counted here: the route reads it at
scrape time (:mod:`api.routes.metrics`), so it is right however many processes run.
"""

from metrics.instruments import (
    ALERT_DELIVERIES,
    BOT_REPLIES,
    BOT_WEBHOOKS,
    CHECK_SECONDS,
    CHECKS,
    CLASSIFIER_BATCH_SECONDS,
    CLASSIFIER_BATCH_SIZE,
    NUMBER_CHECKS,
    OCR_SECONDS,
    observe_batch,
)

__all__ = [
    "ALERT_DELIVERIES",
    "BOT_REPLIES",
    "BOT_WEBHOOKS",
    "CHECKS",
    "CHECK_SECONDS",
    "CLASSIFIER_BATCH_SECONDS",
    "CLASSIFIER_BATCH_SIZE",
    "NUMBER_CHECKS",
    "OCR_SECONDS",
    "observe_batch",
]
