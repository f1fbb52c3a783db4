"""All of Waspada's settings, in one place.

Every field is read from the environment with the prefix ``WASPADA_`` (or from ``.env``).
Each one is documented in ``.env.example``; ``tests/test_settings_documented.py`` fails
when a field is missing there, so the operator's reference cannot drift from the code.
"""

from __future__ import annotations

import ipaddress
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEV_SECRET = "dev-only-insecure-secret-change-me"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="WASPADA_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    environment: Literal["development", "production"] = "development"
    data_dir: Path = Path("var")
    database_url: str = "sqlite:///var/waspada.db"
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    secret_key: str = DEV_SECRET
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    # Classifier
    model_dir: Path | None = None
    exchange_rates_file: Path | None = None
    suspicious_threshold: float | None = Field(default=None, ge=0.0, le=1.0)
    # int8 runs the network 2.3x faster on CPU with the same F1 on dev, test and the challenge
    # set (classifier/model/README.md); false gives the exact fp32 scores.
    classifier_int8: bool = True
    # Threads for the network's matrix code; 0 = torch's default (one per core).
    classifier_threads: int = Field(default=0, ge=0, le=256)

    # Crawler
    redis_url: str | None = None
    sources_file: Path = PROJECT_ROOT / "crawler" / "sources.toml"
    crawler_contact_url: str = "https://github.com/waspada-tppo/waspada"
    crawler_obey_robots: bool = True
    crawler_concurrency_per_domain: int = Field(default=2, ge=1, le=64)
    crawler_download_timeout_s: float = Field(default=30.0, gt=0)
    crawler_retry_times: int = Field(default=3, ge=0, le=10)
    crawler_retry_backoff_s: float = Field(default=1.0, ge=0)
    scheduler_enabled: bool = True
    # Seconds from the scheduler's start (or a takeover) to the first scheduled crawl.
    scheduler_start_delay_s: float = Field(default=30.0, ge=0, le=3600)
    # Multiplies every "every <n>m|h|d" interval: 1 in production; tests and failover drills
    # shrink it (0.002 turns "every 1h" into every 7.2 s). Crontab lines are not scaled.
    scheduler_time_scale: float = Field(default=1.0, gt=0, le=1)
    # Several servers, one schedule (store/leader.py): the PostgreSQL advisory lock whose
    # holder runs the schedule, and how often a follower tries it / the leader checks it.
    leader_lock_id: int = Field(default=0x5741535041_4441, ge=-(2**63), lt=2**63)
    leader_poll_s: float = Field(default=5.0, gt=0, le=300)

    # Citizens' check (public page and /api/check)
    region: str = "Kota Jambi"
    report_channels_file: Path = PROJECT_ROOT / "citizen" / "report_channels.json"
    check_max_chars: int = Field(default=20_000, ge=200, le=200_000)
    check_cache_size: int = Field(default=1000, ge=0)
    check_count_flush_s: float = Field(default=1.0, ge=0, le=3600)
    fetch_allow_list: str = ""
    # Adverts as pictures (pictures/, citizen/picture_check.py): uploads larger than this are
    # refused unread; so are pictures of more pixels (decompression bombs). PDFs are read as far
    # as their first pages. OCR (Tesseract) has a time limit per file and runs at most
    # ocr_concurrency at once; a request that finds no free slot within the limit is refused.
    picture_max_bytes: int = Field(default=10_000_000, ge=10_000, le=100_000_000)
    picture_max_pixels: int = Field(default=50_000_000, ge=100_000, le=100_000_000)
    picture_pdf_pages: int = Field(default=3, ge=1, le=20)
    ocr_timeout_s: float = Field(default=20.0, gt=0, le=300)
    ocr_languages: str = Field(default="ind+eng", pattern=r"^[a-z_]{3,8}(\+[a-z_]{3,8})*$")
    ocr_concurrency: int = Field(default=2, ge=1, le=64)
    rate_limit_enabled: bool = True
    rate_limit_check: str = "20/minute;300/hour"
    rate_limit_tip: str = "5/minute;30/day"
    rate_limit_number: str = "10/minute;100/hour;300/day"
    rate_limit_storage_uri: str = "memory://"
    # Web serving (api/serving.py, api/security.py): proxies whose X-Forwarded-* headers are
    # believed (comma-separated addresses; none by default), and whether the access log names
    # each client's address (off: the citizens' check promises not to keep it).
    trusted_proxies: str = ""
    access_log_client_ips: bool = False
    # Seeing it run (api/routes/metrics.py, cli/logs.py): the addresses or networks that may
    # read GET /metrics without an admin's token (loopback: a Prometheus beside the service),
    # and the logs' format: plain lines, or one JSON object a line (with the request id).
    metrics_allow: str = "127.0.0.1,::1"
    log_format: Literal["plain", "json"] = "plain"
    # Long commands (train, crawl, report, export warc, classify FILE) not on a terminal: a
    # progress line on stderr every so many seconds (on a terminal: a bar).
    progress_interval_s: float = Field(default=10.0, ge=0, le=3600)

    # Alerts (rules pushed by e-mail or webhook; see store/services/alerts.py)
    public_base_url: str = "http://127.0.0.1:8000"
    smtp_host: str = ""
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_user: str = ""
    smtp_password: str = ""
    smtp_from: str = "waspada@localhost"
    smtp_starttls: bool = True
    alerts_worker_enabled: bool = True
    alerts_poll_interval_s: float = Field(default=5.0, gt=0)
    alerts_send_timeout_s: float = Field(default=15.0, gt=0)
    alerts_max_attempts: int = Field(default=10, ge=1, le=100)
    alerts_retry_base_s: float = Field(default=30.0, ge=0)
    alerts_retry_cap_s: float = Field(default=3600.0, ge=1)
    # Private or loopback addresses a webhook may reach (same format as fetch_allow_list);
    # empty: webhooks go to public addresses only (alerts/senders.py).
    alerts_webhook_allow_list: str = ""

    # Chat bots on Telegram and WhatsApp (bots/, api/routes/bots.py). A platform whose settings
    # are empty is off and its webhook routes answer 404; half of them set stops the start.
    telegram_bot_token: str = ""
    telegram_webhook_secret: str = ""
    telegram_api_url: str = "https://api.telegram.org"
    whatsapp_verify_token: str = ""
    whatsapp_app_secret: str = ""
    whatsapp_access_token: str = ""
    whatsapp_phone_number_id: str = ""
    whatsapp_api_url: str = "https://graph.facebook.com/v21.0"
    # Per sender (a chat or phone number, kept only as a keyed hash); empty: no limit.
    bot_rate_limit: str = "10/minute;60/hour;200/day"
    # How long after an answer "LAPOR" still refers to it (the advert is kept that long).
    bot_report_window_s: float = Field(default=3600.0, ge=60, le=86_400)
    bot_poll_interval_s: float = Field(default=2.0, gt=0, le=60)
    bot_send_timeout_s: float = Field(default=10.0, gt=0)
    bot_max_attempts: int = Field(default=12, ge=1, le=100)
    bot_retry_base_s: float = Field(default=5.0, ge=0)
    bot_retry_cap_s: float = Field(default=600.0, ge=1)

    # Keeping the data (store/services/retention.py, `waspada retention`): days after an advert
    # that was never flagged was last seen before its raw pages' bytes are emptied (their
    # record and SHA-256 stay); 0 keeps every page forever. Evidence is never touched.
    retention_unflagged_snapshot_days: int = Field(default=0, ge=0, le=36_500)

    @field_validator("metrics_allow")
    @classmethod
    def _networks(cls, value: str) -> str:
        for part in (p.strip() for p in value.split(",")):
            try:
                if part:
                    ipaddress.ip_network(part, strict=False)
            except ValueError:
                raise ValueError(
                    f"WASPADA_METRICS_ALLOW: {part!r} is not an address or network; give "
                    "comma-separated addresses or CIDR networks, e.g. 127.0.0.1,10.0.0.0/8"
                ) from None
        return value

    @model_validator(mode="after")
    def _refuse_placeholder_secrets(self) -> Settings:
        # A forgotten secret in production would let anyone forge session cookies.
        if self.environment == "production" and self.secret_key == DEV_SECRET:
            raise ValueError(
                "WASPADA_SECRET_KEY must be set to a long random value when "
                "WASPADA_ENVIRONMENT=production (e.g. `python -c 'import secrets; "
                "print(secrets.token_urlsafe(48))'`)"
            )
        return self

    @model_validator(mode="after")
    def _bots_all_or_nothing(self) -> Settings:
        # A platform with some of its settings missing would answer nobody, silently.
        platforms = {
            "Telegram": ("telegram_bot_token", "telegram_webhook_secret"),
            "WhatsApp": (
                "whatsapp_verify_token",
                "whatsapp_app_secret",
                "whatsapp_access_token",
                "whatsapp_phone_number_id",
            ),
        }
        for platform, names in platforms.items():
            missing = [n for n in names if not getattr(self, n)]
            if missing and len(missing) < len(names):
                unset = ", ".join(f"WASPADA_{n.upper()}" for n in missing)
                raise ValueError(f"the {platform} bot is half set up: set {unset} too (or none)")
        secret = self.telegram_webhook_secret
        if secret and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise ValueError(
                "WASPADA_TELEGRAM_WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, _ and - "
                "(1 to 256 characters), as Telegram's setWebhook requires"
            )
        return self

    @property
    def telegram_enabled(self) -> bool:
        return bool(self.telegram_bot_token and self.telegram_webhook_secret)

    @property
    def whatsapp_enabled(self) -> bool:
        return bool(
            self.whatsapp_verify_token
            and self.whatsapp_app_secret
            and self.whatsapp_access_token
            and self.whatsapp_phone_number_id
        )

    def classifier_options(self) -> dict[str, Any]:
        """Keyword arguments for ``classifier.pipeline.Classifier.load``: every place that
        loads the model (CLI, API, crawler) loads it the same way. All of them keep the model
        for the rest of the process, so its objects are frozen out of the GC's full passes."""
        return {
            "model_dir": self.model_dir,
            "exchange_rates_file": self.exchange_rates_file,
            "threshold": self.suspicious_threshold,
            "quantize": self.classifier_int8,
            "threads": self.classifier_threads or None,
            "freeze_gc": True,
        }

    @property
    def user_agent(self) -> str:
        return f"WaspadaBot/0.1 (+{self.crawler_contact_url})"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once. Tests build their own ``Settings(...)``."""
    return Settings()
