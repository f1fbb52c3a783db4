"""The rule-based half: entities and red-flag rules for one advert, with spans mapped back.

Rules and entity extraction read ``title + "\\n" + text`` (a title such as "Kerja di Kamboja
gaji 20jt" carries flags too), but every reported span indexes into ``text`` as received:
spans are shifted back by the title's length, and a span that lies inside the title is left
out of the evidence and the entities (the flag itself and its score still count).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from classifier.entities import extract_entities
from classifier.normalize import normalize
from classifier.rates import ExchangeRates
from classifier.rules import detect_all
from classifier.types import Entities, RuleHit, Span


def combined_text(text: str, title: str | None) -> tuple[str, int]:
    """The text the rules read and the offset at which ``text`` starts inside it."""
    if not title:
        return text, 0
    return f"{title}\n{text}", len(title) + 1


def _shift(span: Span, offset: int) -> Span | None:
    if span.start < offset:
        return None
    return Span(span.start - offset, span.end - offset, span.text)


def shift_entities(ents: Entities, offset: int) -> Entities:
    """The same entities with spans indexing the body text; those in the title are dropped."""
    if not offset:
        return ents
    out: dict[str, list[Any]] = {}
    for f in dataclasses.fields(ents):
        kept: list[Any] = []
        for item in getattr(ents, f.name):
            if isinstance(item, tuple):  # (value, Span)
                span = _shift(item[1], offset)
                if span is not None:
                    kept.append((item[0], span))
            else:  # Destination, Salary: frozen dataclasses with a .span
                span = _shift(item.span, offset)
                if span is not None:
                    kept.append(dataclasses.replace(item, span=span))
        out[f.name] = kept
    return Entities(**out)


def shift_hit(hit: RuleHit, offset: int) -> RuleHit:
    if not offset:
        return hit
    spans = tuple(s for s in (_shift(e, offset) for e in hit.evidence) if s is not None)
    return dataclasses.replace(hit, evidence=spans)


def analyse(
    text: str, title: str | None, rates: ExchangeRates | None
) -> tuple[Entities, dict[str, RuleHit]]:
    """Entities and rule hits for one advert, spans indexing ``text``."""
    full, offset = combined_text(text, title)
    norm = normalize(full)  # once, shared by entities and rules
    ents = extract_entities(full, rates=rates, norm=norm)
    hits = detect_all(full, entities=ents, rates=rates, norm=norm)
    return shift_entities(ents, offset), {c: shift_hit(h, offset) for c, h in hits.items()}
