"""What a rule quotes: the one reading of a rule's verdict that the rule tests share."""

from __future__ import annotations

from classifier.rules import DETECTORS, detect_all
from classifier.rules.context import build_context

# The score at which the fusion's rule threshold starts (classifier.fusion._RULE_GRID).
FIRES_AT = 0.5


def quotes(text: str, code: str, *, alone: bool = False, lower: bool = False) -> list[str] | None:
    """The words ``code``'s rule quotes when it fires on ``text`` (score at least
    :data:`FIRES_AT`), else None. ``alone``: run that rule by itself, without the whole-advert
    gates of :func:`~classifier.rules.detect_all` (a warning notice silences every rule there).
    ``lower``: the quotes in lower case, for tests that look for a word in them."""
    hit = DETECTORS[code](build_context(text)) if alone else detect_all(text).get(code)
    if hit is None or hit.score < FIRES_AT:
        return None
    return [s.text.lower() if lower else s.text for s in hit.evidence]
