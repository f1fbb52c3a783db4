"""Plain data types shared by the classifier's modules (no behaviour, no imports of ours)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Span:
    """A piece of evidence: ``text == original[start:end]`` in the advert as received."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Salary:
    """One pay figure found in the advert, converted to IDR per month."""

    amount: float  # the figure as written (lower bound for a range)
    amount_max: float | None  # upper bound of a range, else None
    currency: str  # ISO 4217 (IDR, MYR, TWD, HKD, SGD, USD, JPY, KRW, SAR, AED, ...)
    period: str  # hour | day | week | month | year
    idr_month: float  # amount (upper bound for ranges) converted to IDR per month
    span: Span


@dataclass(frozen=True)
class Destination:
    """A place of work named in the advert."""

    country: str  # ISO 3166-1 alpha-2, "ID" for domestic places
    name: str  # canonical name ("Malaysia", "Batam")
    span: Span
    city: str | None = None


@dataclass
class Entities:
    """Everything extracted from one advert. Lists keep document order."""

    phones: list[tuple[str, Span]] = field(default_factory=list)  # (E.164, span)
    whatsapp: list[tuple[str, Span]] = field(
        default_factory=list
    )  # (E.164, span) from wa.me / "WA 08.."
    telegram: list[tuple[str, Span]] = field(default_factory=list)  # (@handle or t.me link, span)
    emails: list[tuple[str, Span]] = field(default_factory=list)  # (lower-cased address, span)
    urls: list[tuple[str, Span]] = field(default_factory=list)
    bank_accounts: list[tuple[str, Span]] = field(default_factory=list)  # ("BRI 1234567890", span)
    companies: list[tuple[str, Span]] = field(default_factory=list)  # ("PT Sinar Bahari", span)
    licence_numbers: list[tuple[str, Span]] = field(default_factory=list)
    destinations: list[Destination] = field(default_factory=list)
    job_types: list[tuple[str, Span]] = field(default_factory=list)  # (canonical job type, span)
    salaries: list[Salary] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form used by the CLI, the API and the database."""

        def pairs(items: list[tuple[str, Span]]) -> list[dict[str, Any]]:
            return [{"value": v, **s.to_dict()} for v, s in items]

        return {
            "phones": pairs(self.phones),
            "whatsapp": pairs(self.whatsapp),
            "telegram": pairs(self.telegram),
            "emails": pairs(self.emails),
            "urls": pairs(self.urls),
            "bank_accounts": pairs(self.bank_accounts),
            "companies": pairs(self.companies),
            "licence_numbers": pairs(self.licence_numbers),
            "destinations": [
                {"country": d.country, "name": d.name, "city": d.city, **d.span.to_dict()}
                for d in self.destinations
            ],
            "job_types": pairs(self.job_types),
            "salaries": [
                {
                    "amount": s.amount,
                    "amount_max": s.amount_max,
                    "currency": s.currency,
                    "period": s.period,
                    "idr_month": round(s.idr_month),
                    **s.span.to_dict(),
                }
                for s in self.salaries
            ],
        }


@dataclass(frozen=True)
class PayThreshold:
    """The limit a ``high_pay`` hit judged the pay against: the ``details`` of its flag.

    ``threshold_idr_month``: the limit in rupiah per month (a table row converted at the
    exchange rates the classifier was given). ``rule``: where it comes from, a row id of
    ``data/high_pay_thresholds.json`` ("MY-domestic") or, for work in Indonesia, the minimum
    wage of the place ("UMP Bali 2026", "median UMP nasional 2026"). ``basis``: how the limit
    is set, the row's basis or the multiple of that wage ("2× UMP Bali 2026"). ``place``: for
    work in Indonesia, the place whose minimum wage applied; None when no place is named and
    for table rows.
    """

    threshold_idr_month: float
    rule: str
    basis: str
    place: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "threshold_idr_month": round(self.threshold_idr_month),
            "rule": self.rule,
            "basis": self.basis,
            "place": self.place,
        }


@dataclass(frozen=True)
class RuleHit:
    """What one red-flag detector found: a strength in [0, 1] and the words that show it."""

    code: str
    score: float
    evidence: tuple[Span, ...]
    reason: str  # one short Indonesian sentence saying why, for investigators and citizens
    # The same as data, where the rule has figures to give: the limit of a high_pay hit that
    # judged a salary (None for every other hit, and for pay promised without a figure).
    details: PayThreshold | None = None
