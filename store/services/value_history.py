"""One phone number, e-mail address or bank account's whole history, for investigators (issue
23): every advert that carries it (confirmed or not), their cases and regions, a timeline, the
objections to it with their audit trail, and what the public answer says about it now."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from store.models import Advert, AuditLog, Entity, ReviewCase, Source, Tip, ValueObjection
from store.services import audit
from store.services.decisions import decided_as
from store.services.numbers import Confirmed, ValueKey, confirmed, upheld_cutoff
from store.services.objections import objections_for
from store.services.risk import bands_of
from vocabulary.bands import Band

MAX_ADVERTS = 500  # a page, not an export: a number in more adverts than this is listed newest


@dataclass
class CarryingAdvert:
    advert_id: int
    title: str
    url: str | None
    origin: str  # crawl | tip
    channel: str
    source: str
    regions: list[str]
    first_seen: dt.datetime
    last_seen: dt.datetime
    removed_at: dt.datetime | None
    band: Band | None
    forms: list[str]  # how the advert writes it: "whatsapp +62...", "bank_account BCA 123..."
    case_id: int | None = None
    case_status: str | None = None
    decided_as: str | None = None  # escalated | dismissed | other
    decided_at: dt.datetime | None = None


@dataclass
class Event:
    at: dt.datetime
    what: str  # Indonesian, shown as is
    advert_id: int | None = None
    objection_id: int | None = None


@dataclass
class ValueHistory:
    key: ValueKey
    public: Confirmed  # what "Cek nomor" answers now
    hidden_before: dt.datetime | None  # an upheld objection hides cases decided before this
    adverts: list[CarryingAdvert] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    objections: list[ValueObjection] = field(default_factory=list)
    audit: list[AuditLog] = field(default_factory=list)
    timeline: list[Event] = field(default_factory=list)

    @property
    def escalated_cases(self) -> int:
        return sum(1 for a in self.adverts if a.decided_as == "escalated")


def value_history(session: Session, key: ValueKey) -> ValueHistory:
    carrying = session.execute(
        select(Entity.advert_id, Entity.kind, Entity.value).where(key.matches())
    ).all()
    forms: dict[int, list[str]] = {}
    for advert_id, kind, value in carrying:
        forms.setdefault(advert_id, []).append(f"{kind} {value}")
    rows = session.execute(
        select(Advert, Source.name, Source.region, ReviewCase, decided_as())
        .outerjoin(Source, Source.id == Advert.source_id)
        .outerjoin(ReviewCase, ReviewCase.advert_id == Advert.id)
        .where(Advert.id.in_(list(forms)))
        .order_by(Advert.first_seen.desc(), Advert.id.desc())
        .limit(MAX_ADVERTS)
    ).all()
    ids = [advert.id for advert, *_ in rows]
    tip_regions: dict[int, set[str]] = {}
    tips = session.execute(select(Tip.advert_id, Tip.region, Tip.created_at, Tip.id).where(
        Tip.advert_id.in_(ids))).all()  # fmt: skip
    for advert_id, region, _, _ in tips:
        if region:
            tip_regions.setdefault(advert_id, set()).add(region)
    bands = bands_of(session, ids)
    history = ValueHistory(
        key=key,
        public=confirmed(session, key),
        hidden_before=session.scalar(upheld_cutoff(key)),
        objections=objections_for(session, key.kind, key.key),
    )
    for advert, source_name, source_region, case, how in rows:
        regions = sorted({source_region} - {"", None} | tip_regions.get(advert.id, set()))
        item = CarryingAdvert(
            advert_id=advert.id,
            title=advert.title,
            url=advert.canonical_url,
            origin=advert.origin,
            channel=advert.channel,
            source=source_name or "",
            regions=regions,
            first_seen=advert.first_seen,
            last_seen=advert.last_seen,
            removed_at=advert.removed_at,
            band=bands.get(advert.id),
            forms=sorted(forms.get(advert.id, [])),
        )
        if case is not None:
            item.case_id, item.case_status = case.id, case.status.value
            item.decided_as, item.decided_at = how, case.decided_at
        history.adverts.append(item)
    history.regions = sorted({r for a in history.adverts for r in a.regions})
    history.audit = [
        entry
        for objection in history.objections
        for entry in audit.trail(session, "value_objection", objection.id)
    ]
    history.audit.sort(key=lambda e: (e.at, e.id))
    history.timeline = _timeline(history, [(a, at, i) for a, _, at, i in tips])
    return history


_DECISION_WORDS = {"escalated": "dieskalasi", "dismissed": "ditandai bukan pelanggaran"}


def _timeline(history: ValueHistory, tips: list[tuple[int, dt.datetime, int]]) -> list[Event]:
    events: list[Event] = []
    for a in history.adverts:
        origin = "dikirim warga (laporan)" if a.origin == "tip" else f"terlihat di {a.source}"
        events.append(Event(a.first_seen, f"Iklan #{a.advert_id} {origin}", a.advert_id))
        if a.removed_at is not None:
            events.append(Event(a.removed_at, f"Iklan #{a.advert_id} hilang dari sumbernya",
                                a.advert_id))  # fmt: skip
        if a.decided_at is not None and a.decided_as in _DECISION_WORDS:
            events.append(Event(a.decided_at, f"Kasus #{a.case_id} {_DECISION_WORDS[a.decided_as]}",
                                a.advert_id))  # fmt: skip
    for advert_id, at, tip_id in tips:
        events.append(Event(at, f"Laporan warga #{tip_id} tentang iklan #{advert_id}", advert_id))
    for o in history.objections:
        events.append(Event(o.created_at, f"Keberatan #{o.id} diterima", objection_id=o.id))
        if o.decided_at is not None:
            word = "dikabulkan" if o.status == "upheld" else "ditolak"
            events.append(Event(o.decided_at, f"Keberatan #{o.id} {word}", objection_id=o.id))
    events.sort(key=lambda e: e.at)
    return events
