"""The risk band: one rule for the whole product.

A band is what a person reads first ("Berbahaya", "Hati-hati", "Tampak wajar"). The queue, the
advert page, the alerts, the reports and the citizens' check all pick it with :func:`risk_band`,
so one advert never gets two different bands:

- ``high``: the classifier's verdict is "suspicious";
- ``medium``: below the verdict, two red flags, or one serious flag
  (:data:`vocabulary.red_flags.SERIOUS_FLAGS`), because a reader should look twice before paying;
- ``low``: otherwise.

Only red flags with words of the advert as evidence count; a model-only suspicion never moves
the band.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from vocabulary.red_flags import SERIOUS_FLAGS

Band = Literal["low", "medium", "high"]
BANDS: tuple[Band, ...] = ("low", "medium", "high")

BAND_LABEL: dict[Band, str] = {"low": "Tampak wajar", "medium": "Hati-hati", "high": "Berbahaya"}
BAND_LABEL_EN: dict[Band, str] = {
    "low": "Looks normal",
    "medium": "Be careful",
    "high": "Dangerous",
}
# For ordering in SQL and sorting in Python: higher is riskier.
BAND_RANK: dict[Band, int] = {"low": 0, "medium": 1, "high": 2}


def risk_band(suspicious: bool | None, evidenced_codes: Iterable[str]) -> Band:
    """The band of one classification: its verdict and the codes of its evidenced red flags.
    ``suspicious`` is None when the advert was never classified."""
    if suspicious:
        return "high"
    codes = set(evidenced_codes)
    if len(codes) >= 2 or SERIOUS_FLAGS.intersection(codes):
        return "medium"
    return "low"
