"""The risk band of stored adverts: :func:`vocabulary.bands.risk_band`, the one rule, read from
what the store keeps.

An advert's band is that of its latest classification: its verdict (``suspicious``) and the
codes of its red flags with evidence (``classification_flags`` holds rows for those only; a
model-only suspicion has none, so it never moves the band). The queue orders by the band in
SQL (:func:`band_rank`) and the pages show it from Python (:func:`latest_verdicts`); both read
these same rows, so an advert is never ranked in one band and shown in another.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import ColumnElement, case, exists, func, or_, select
from sqlalchemy.orm import Session

from store.models import Advert, Classification, ClassificationFlag
from vocabulary.bands import BAND_RANK, Band, risk_band
from vocabulary.red_flags import SERIOUS_FLAGS


@dataclass(frozen=True)
class Verdict:
    """The latest classification of one advert: its verdict, and its evidenced red flags as
    ``(score, code)``. ``suspicious`` is None for an advert never classified."""

    suspicious: bool | None = None
    flags: tuple[tuple[float, str], ...] = ()

    @property
    def band(self) -> Band:
        return risk_band(self.suspicious, (code for _, code in self.flags))


def latest_verdicts(session: Session, advert_ids: Collection[int]) -> dict[int, Verdict]:
    """The :class:`Verdict` of each advert (an advert never classified gets ``Verdict()``)."""
    out = {advert_id: Verdict() for advert_id in advert_ids}
    if not out:
        return out
    latest = (
        select(Classification.advert_id, func.max(Classification.id).label("cid"))
        .where(Classification.advert_id.in_(list(out)))
        .group_by(Classification.advert_id)
        .subquery()
    )
    rows = session.execute(
        select(Classification.id, Classification.advert_id, Classification.suspicious).join(
            latest, Classification.id == latest.c.cid
        )
    ).all()
    if not rows:
        return out
    advert_of = {cid: advert_id for cid, advert_id, _ in rows}
    flags: dict[int, list[tuple[float, str]]] = {}
    for cid, code, score in session.execute(
        select(
            ClassificationFlag.classification_id,
            ClassificationFlag.code,
            ClassificationFlag.score,
        ).where(ClassificationFlag.classification_id.in_(list(advert_of)))
    ):
        flags.setdefault(cid, []).append((score, code))
    for cid, advert_id, suspicious in rows:
        out[advert_id] = Verdict(bool(suspicious), tuple(flags.get(cid, ())))
    return out


def bands_of(session: Session, advert_ids: Collection[int]) -> dict[int, Band]:
    return {advert_id: v.band for advert_id, v in latest_verdicts(session, advert_ids).items()}


def latest_classification_id() -> ColumnElement[int | None]:
    """The id of the latest classification of the advert in the enclosing query."""
    return (
        select(func.max(Classification.id))
        .where(Classification.advert_id == Advert.id)
        .correlate(Advert)
        .scalar_subquery()
    )


def band_rank(latest_id: ColumnElement[int | None]) -> ColumnElement[int]:
    """:func:`vocabulary.bands.risk_band` in SQL, as :data:`vocabulary.bands.BAND_RANK` (higher
    is riskier), for the classification ``latest_id`` (e.g. :func:`latest_classification_id`);
    no classification ranks "low"."""
    suspicious = exists().where(Classification.id == latest_id, Classification.suspicious)
    serious = exists().where(
        ClassificationFlag.classification_id == latest_id,
        ClassificationFlag.code.in_(sorted(SERIOUS_FLAGS)),
    )
    codes = (
        select(func.count(func.distinct(ClassificationFlag.code)))
        .where(ClassificationFlag.classification_id == latest_id)
        .scalar_subquery()
    )
    return case(
        (suspicious, BAND_RANK["high"]),
        (or_(serious, codes >= 2), BAND_RANK["medium"]),
        else_=BAND_RANK["low"],
    )
