"""Exchange rates to rupiah, dated, so pay quoted in any currency can be compared in IDR.

The table is configuration: callers may pass their own file (refreshed each January, when
most minimum wages change, see docs/domain.md "Suggested quantitative thresholds"); the package
ships a default in ``data/exchange_rates.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any


class UnknownCurrencyError(KeyError):
    """The rate table has no entry for this currency."""


@dataclass(frozen=True)
class ExchangeRates:
    """IDR per one unit of each ISO 4217 currency, as of ``as_of``."""

    rates: dict[str, float]
    as_of: str
    source: str = ""
    _upper: dict[str, float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_upper", {k.upper(): float(v) for k, v in self.rates.items()})

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> ExchangeRates:
        return cls(rates=dict(raw["rates"]), as_of=str(raw["as_of"]), source=raw.get("source", ""))

    @classmethod
    def load(cls, path: str | Path | None = None) -> ExchangeRates:
        """Read a rate file (same layout as the shipped one); ``None`` means the default."""
        if path is None:
            text = (
                resources.files("classifier.data")
                .joinpath("exchange_rates.json")
                .read_text("utf-8")
            )
        else:
            text = Path(path).read_text("utf-8")
        return cls.from_dict(json.loads(text))

    def knows(self, currency: str) -> bool:
        return currency.upper() in self._upper

    def to_idr(self, amount: float, currency: str) -> float:
        """Convert ``amount`` of ``currency`` to rupiah; raises :class:`UnknownCurrencyError`."""
        try:
            return amount * self._upper[currency.upper()]
        except KeyError:
            raise UnknownCurrencyError(currency) from None


_DEFAULT: ExchangeRates | None = None


def default_rates() -> ExchangeRates:
    """The shipped table, read once."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = ExchangeRates.load()
    return _DEFAULT
