"""Indonesian minimum wages by place: the table in ``data/minimum_wages.json``.

Pure data access for the ``high_pay`` rule: the provincial minimum wage (UMP) of each of the 38
provinces, the city/regency minimum (UMK) of a few cities whose UMK lies well above their
province's UMP, and a national figure (the median of the 38 UMPs) for adverts that name no
Indonesian place. Places are the canonical names of ``gazetteer.DOMESTIC``; their provinces
come from ``gazetteer.DOMESTIC_PROVINCE``. See ``docs/minimum_wages.md``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from statistics import median
from typing import Any

from classifier.gazetteer import DOMESTIC_PROVINCE


@dataclass(frozen=True)
class MinimumWage:
    """One statutory monthly minimum wage and where it applies."""

    kind: str  # "UMP" (province), "UMK" (city or regency) or "nasional" (median of the UMPs)
    area: str  # "Bali", "Kabupaten Bekasi", "nasional"
    amount: float  # rupiah per month
    year: int  # the year the figure is set for (2025 where no 2026 figure was found)
    place: str | None = None  # the gazetteer place it was looked up for, None for "nasional"
    code: str | None = None  # ISO 3166-2:ID province code, None for "nasional"
    source: str = ""

    @property
    def label(self) -> str:
        """How an investigator reads it: "UMP Bali 2026", "median UMP nasional 2026"."""
        if self.kind == "nasional":
            return f"median UMP nasional {self.year}"
        return f"{self.kind} {self.area} {self.year}"


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    raw = resources.files("classifier.data").joinpath("minimum_wages.json").read_text("utf-8")
    return json.loads(raw)


@lru_cache(maxsize=1)
def provinces() -> dict[str, MinimumWage]:
    """The UMP of every province, by ISO 3166-2:ID code ("ID-BA")."""
    return {
        row["code"]: MinimumWage(
            kind="UMP",
            area=row["name"],
            amount=float(row["amount"]),
            year=int(row["year"]),
            code=row["code"],
            source=row.get("source", ""),
        )
        for row in _table()["provinces"]
    }


@lru_cache(maxsize=1)
def _cities() -> dict[str, MinimumWage]:
    return {
        row["place"]: MinimumWage(
            kind="UMK",
            area=row["name"],
            amount=float(row["amount"]),
            year=int(row["year"]),
            place=row["place"],
            code=row["province"],
            source=row.get("source", ""),
        )
        for row in _table()["cities"]
    }


@lru_cache(maxsize=1)
def national() -> MinimumWage:
    """The median of the provincial UMPs: the reference when no Indonesian place is named."""
    rows = provinces().values()
    return MinimumWage(
        kind="nasional",
        area="nasional",
        amount=float(math.floor(median(w.amount for w in rows) + 0.5)),
        year=max(w.year for w in rows),
    )


def province_of(place: str) -> str | None:
    """ISO 3166-2:ID code of a gazetteer place, None for islands and unknown names."""
    return DOMESTIC_PROVINCE.get(place)


def for_place(place: str) -> MinimumWage | None:
    """The minimum wage at a gazetteer place: its UMK where the table has one, else its UMP."""
    city = _cities().get(place)
    if city is not None:
        return city
    code = province_of(place)
    ump = provinces().get(code) if code else None
    return None if ump is None else replace(ump, place=place)


def reference(places: Iterable[str]) -> MinimumWage:
    """The wage to judge pay against for a job at ``places`` (canonical domestic names).

    Of several places the highest minimum wage is taken: an advert naming Jakarta and Kupang
    is judged as a Jakarta job, so that ordinary pay in the dearer place raises no flag. With
    no place of known province (none named, or only an island), the national median.
    """
    found = [w for w in (for_place(p) for p in places) if w is not None]
    return max(found, key=lambda w: w.amount) if found else national()
