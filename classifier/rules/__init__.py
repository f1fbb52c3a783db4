"""One detector per red-flag code (``docs/red_flags.md``), each quoting its evidence.

A detector returns a :class:`~classifier.types.RuleHit` with a score in [0, 1] (how strong the
evidence is, not a probability) or ``None``. Rules aim at precision: a hit should hold up when
an investigator reads the quoted words; the model covers recall. Phrase lists live in
:mod:`classifier.phrases` (a module per rule); facts they rely on are cited to ``docs/domain.md``.

Matching runs on the normalised text (slang expanded, lower case) and every evidence span is
mapped back to the original advert, so ``text[span.start:span.end] == span.text``.

Layout: :mod:`~classifier.rules.context` holds the advert as the detectors see it; the
detectors live in modules by theme (``pay``, ``fees``, ``travel``, ``procedure``,
``recruiter``, ``contacts``, ``wording``, ``impersonation``). This module keeps the public
entry points: :data:`DETECTORS` (one per code, in :data:`vocabulary.red_flags.RED_FLAGS`
order) and :func:`detect_all`.
"""

from __future__ import annotations

from classifier.normalize import Normalized
from classifier.rates import ExchangeRates
from classifier.rules.contacts import informal_contact
from classifier.rules.context import Detector, build_context
from classifier.rules.fees import upfront_fee
from classifier.rules.impersonation import impersonation
from classifier.rules.pay import high_pay
from classifier.rules.procedure import document_fraud, unclear_procedure
from classifier.rules.recruiter import unlicensed_recruiter
from classifier.rules.travel import restricted_destination, visa_misuse
from classifier.rules.wording import pressure, vague_job, vulnerable_targeting
from classifier.types import Entities, RuleHit
from vocabulary.red_flags import RED_FLAGS

DETECTORS: dict[str, Detector] = {
    "high_pay": high_pay,
    "upfront_fee": upfront_fee,
    "unclear_procedure": unclear_procedure,
    "unlicensed_recruiter": unlicensed_recruiter,
    "informal_contact": informal_contact,
    "visa_misuse": visa_misuse,
    "restricted_destination": restricted_destination,
    "vague_job": vague_job,
    "pressure": pressure,
    "document_fraud": document_fraud,
    "vulnerable_targeting": vulnerable_targeting,
    "impersonation": impersonation,
}
assert tuple(DETECTORS) == RED_FLAGS, (
    "one detector per red-flag code, in vocabulary.red_flags order"
)


def detect_all(
    text: str,
    entities: Entities | None = None,
    rates: ExchangeRates | None = None,
    norm: Normalized | None = None,
) -> dict[str, RuleHit]:
    """Run every detector; return the hits by code (codes without evidence are absent).

    ``norm`` (the :func:`normalize` of ``text``) saves normalising twice when the caller has it.
    """
    ctx = build_context(text, entities, rates, norm)
    if ctx.advisory or ctx.gov_notice:
        return {}  # a warning that quotes lures is not an advert making them
    hits: dict[str, RuleHit] = {}
    for code, detector in DETECTORS.items():
        hit = ctx.hit(detector)
        if hit is not None:
            hits[code] = hit
    return hits
