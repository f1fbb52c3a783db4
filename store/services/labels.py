"""Investigators' decisions as labelled training examples (the feedback loop).

Each decided case becomes one line in the corpus format (``training_data/README.md``):
``{id, text, channel, lang, suspicious, red_flags, origin: "review"}``. Escalated adverts are
suspicious and carry the red-flag codes of their latest classification (the flags the
investigator saw and acted on: those with evidence, never the model-only suspicions, which a
model must not learn back as labels); dismissed ones are false positives: not suspicious, no flags.
A closed case counts by the decision it was closed with.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from store.models import Advert, CaseStatus, Classification, ClassificationFlag, ReviewCase
from store.services.cases import DISMISSED_DECISION
from vocabulary.red_flags import RED_FLAG_LABELS

LANGS = ("id", "en", "ms")  # the corpus languages
DEFAULT_LANG = "id"  # most adverts in Kota Jambi are Indonesian; the crawler may not know


def _outcome(case: ReviewCase) -> bool | None:
    """True if escalated, False if dismissed, None if not decided."""
    if case.status is CaseStatus.escalated or case.decision.startswith("escalated"):
        return True
    if case.status is CaseStatus.dismissed or case.decision == DISMISSED_DECISION:
        return False
    return None


def _text(advert: Advert) -> str:
    # The corpus texts include the title line when an advert has one.
    title, body = advert.title.strip(), advert.body_text.strip()
    if title and not body.startswith(title):
        return f"{title}\n{body}" if body else title
    return body or title


def reviewed_examples(session: Session) -> Iterator[dict[str, Any]]:
    latest = (
        select(Classification.advert_id, func.max(Classification.id).label("cid"))
        .group_by(Classification.advert_id)
        .subquery()
    )
    stmt = (
        select(ReviewCase, Advert, latest.c.cid)
        .join(Advert, Advert.id == ReviewCase.advert_id)
        .outerjoin(latest, latest.c.advert_id == Advert.id)
        .where(
            ReviewCase.status.in_([CaseStatus.escalated, CaseStatus.dismissed, CaseStatus.closed])
        )
        .order_by(ReviewCase.id)
    )
    for case, advert, cid in session.execute(stmt).tuples():
        suspicious = _outcome(case)
        if suspicious is None:
            continue
        codes: list[str] = []
        if suspicious and cid is not None:
            found = set(
                session.scalars(
                    select(ClassificationFlag.code).where(
                        ClassificationFlag.classification_id == cid
                    )
                )
            )
            # In the taxonomy's order, as the corpus writes them.
            codes = [c for c in RED_FLAG_LABELS if c in found] + sorted(
                found - set(RED_FLAG_LABELS)
            )
        lang = advert.language.lower()[:2]
        yield {
            "id": f"review-{advert.id}",
            "text": _text(advert),
            "channel": advert.channel,
            "lang": lang if lang in LANGS else DEFAULT_LANG,
            "suspicious": suspicious,
            "red_flags": codes,
            "origin": "review",
        }


def write_jsonl(session: Session, out: TextIO) -> int:
    """Write every reviewed decision as one JSON object a line; returns how many."""
    n = 0
    for example in reviewed_examples(session):
        out.write(json.dumps(example, ensure_ascii=False) + "\n")
        n += 1
    return n
