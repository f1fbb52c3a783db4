"""One monthly report: the period's figures, the model version and the file names. The HTTP
routes and ``waspada report`` both build it here and render it with the same functions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from reports import present
from store.services import stats as stats_service
from store.services.periods import Period, parse_month
from store.services.stats import Stats

UNKNOWN_MODEL = "tidak diketahui"


@dataclass(frozen=True)
class Report:
    month: str  # "2026-11"
    title: str  # "Laporan Bulanan Waspada — November 2026"
    stats: Stats
    model_version: str

    @property
    def basename(self) -> str:
        """``waspada-laporan-2026-11`` (plus the region, made file-name safe)."""
        name = f"waspada-laporan-{self.month}"
        if self.stats.region:
            slug = re.sub(r"[^a-z0-9]+", "-", self.stats.region.lower()).strip("-")
            name += f"-{slug}" if slug else ""
        return name


def build(
    factory: sessionmaker[Session],
    month: str,
    region: str | None = None,
    *,
    loaded_model_version: str | None = None,
) -> Report:
    """The report for ``month`` (``YYYY-MM``); InvalidInput says how to write a bad month.

    The model version is the one that classified the period's adverts (its latest
    classification); a month with none falls back to the model loaded now.
    """
    period: Period = parse_month(month)
    figures = stats_service.compute(factory, period, region)
    return Report(
        month=month.strip(),
        title=f"Laporan Bulanan Waspada — {present.month_label(period)}",
        stats=figures,
        model_version=figures.model_version or loaded_model_version or UNKNOWN_MODEL,
    )
