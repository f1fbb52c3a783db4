"""The process's counters and histograms, in prometheus-client's default registry.

Labels are small closed sets (a channel, an input kind, a band, a platform, an outcome), never
anything a person wrote or an address: a scrape must not reveal what citizens checked.

Several worker processes: each process counts its own. With ``PROMETHEUS_MULTIPROC_DIR`` set in
the environment before the service starts (an empty folder, emptied at each start), every
process, the crawls' child processes included, writes its values there and ``/metrics``
adds them up (prometheus-client's multiprocess mode); without it a scrape sees the one process
that answered it. Only counters and histograms are used here, which add up across processes
without choosing a gauge mode.
"""

from __future__ import annotations

from prometheus_client import Counter, Histogram

# Seconds: a cached answer takes milliseconds, a fetched link or a picture seconds.
_SECONDS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)

CHECKS = Counter(
    "waspada_checks",
    "Citizens' checks answered, by channel (web page, JSON api, telegram, whatsapp), "
    "input kind (text, url, image) and band (low, medium, high, not_an_advert, error).",
    ["channel", "kind", "band"],
)
CHECK_SECONDS = Histogram(
    "waspada_check_seconds",
    "Time to answer a citizens' check (reading a link or a picture included).",
    ["channel", "kind"],
    buckets=_SECONDS,
)
NUMBER_CHECKS = Counter(
    "waspada_number_checks",
    "'Cek nomor' look-ups, by channel (web, api), kind of value (phone, email, bank_account, "
    "invalid) and outcome (reported, none, invalid).",
    ["channel", "kind", "outcome"],
)
CLASSIFIER_BATCH_SIZE = Histogram(
    "waspada_classifier_batch_size",
    "Adverts per call of the classifier, by caller (citizen: the check's batcher; crawl).",
    ["caller"],
    buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256),
)
CLASSIFIER_BATCH_SECONDS = Histogram(
    "waspada_classifier_batch_seconds",
    "Time of one call of the classifier (one batch), by caller.",
    ["caller"],
    buckets=_SECONDS,
)
OCR_SECONDS = Histogram(
    "waspada_ocr_seconds",
    "Time to read one picture or PDF (file checks and OCR), by caller (citizen, crawl) and "
    "outcome (ok, refused: the file was refused or no words were found).",
    ["caller", "outcome"],
    buckets=_SECONDS,
)
BOT_WEBHOOKS = Counter(
    "waspada_bot_webhooks",
    "Webhook deliveries from the chat platforms, by platform and outcome (accepted; refused: "
    "a missing or wrong secret or signature, or a stale delivery; bad: not a platform's "
    "delivery or too large).",
    ["platform", "outcome"],
)
BOT_REPLIES = Counter(
    "waspada_bot_replies",
    "Chat-bot replies handed to a platform, by platform and outcome (sent, retry, failed).",
    ["platform", "outcome"],
)
ALERT_DELIVERIES = Counter(
    "waspada_alert_deliveries",
    "Alert delivery attempts, by channel (email, webhook) and outcome (sent, retry, failed).",
    ["channel", "outcome"],
)


def observe_batch(caller: str, size: int, seconds: float) -> None:
    """One call of the classifier: its size and time."""
    CLASSIFIER_BATCH_SIZE.labels(caller).observe(size)
    CLASSIFIER_BATCH_SECONDS.labels(caller).observe(seconds)
