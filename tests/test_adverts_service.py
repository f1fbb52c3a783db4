from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from store.db import transaction
from store.models import (
    Advert,
    AdvertVersion,
    AuditLog,
    Classification,
    ClassificationFlag,
    Entity,
    ReviewCase,
    Snapshot,
)
from store.services.adverts import (
    AdvertIn,
    ClassificationIn,
    SnapshotIn,
    ingest,
    mark_removed,
    snapshot_body,
)
from store.services.links import linked_adverts

SCAM = (
    "Lowongan admin online di Phnom Penh, Kamboja. Gaji USD 1.200, tanpa pengalaman. "
    "Tiket ditanggung, berangkat minggu ini pakai visa turis. Hubungi WA 0812-7712-3344."
)


def classification(score: float = 0.97, suspicious: bool = True, phone: str = "+6281277123344"):  # type: ignore[no-untyped-def]
    return ClassificationIn(
        model_version="test-1",
        score=score,
        suspicious=suspicious,
        red_flags=[
            {
                "code": "visa_misuse",
                "score": 0.95,
                "evidence": [{"start": 0, "end": 5, "text": "x"}],
            }
        ]
        if suspicious
        else [],
        entities={
            "whatsapp": [{"value": phone, "start": 150, "end": 164, "text": "0812-7712-3344"}],
            "destinations": [{"country": "KH", "name": "Kamboja", "start": 40, "end": 47}],
            "salaries": [
                {
                    "amount": 1200,
                    "amount_max": None,
                    "currency": "USD",
                    "period": "month",
                    "idr_month": 19920000,
                    "start": 55,
                    "end": 64,
                    "text": "USD 1.200",
                }
            ],
        },
    )


def item(url: str, body: str = SCAM, title: str = "Admin online") -> AdvertIn:
    return AdvertIn(
        title=title,
        body_text=body,
        url=url,
        channel="telegram",
        snapshot=SnapshotIn(
            url=url, body=f"<html><p>{body}</p></html>".encode(), headers={"a": "b"}
        ),
    )


def test_new_advert_is_stored_with_snapshot_entities_classification_and_case(
    factory: sessionmaker[Session],
) -> None:
    with transaction(factory) as s:
        r = ingest(s, item("https://t.me/s/loker/1"), classification())
    assert (r.status, r.flagged, r.case_opened) == ("new", True, True)
    with factory() as s:
        advert = s.get(Advert, r.advert_id)
        assert advert is not None and advert.latest_score == 0.97
        version = s.scalars(select(AdvertVersion)).one()
        assert version.snapshot is not None
        assert snapshot_body(version.snapshot).startswith(b"<html>")
        kinds = {(e.kind, e.value) for e in s.scalars(select(Entity))}
        assert ("whatsapp", "+6281277123344") in kinds and ("destination", "KH") in kinds
        salary = s.scalars(select(Entity).where(Entity.kind == "salary")).one()
        assert (salary.currency, salary.idr_month) == ("USD", 19920000)
        assert s.scalars(select(ClassificationFlag.code)).all() == ["visa_misuse"]
        assert s.scalars(select(ReviewCase)).one().status.value == "new"
        assert s.scalars(select(AuditLog.action)).all() == ["case.open"]


def test_unchanged_changed_and_removed(factory: sessionmaker[Session]) -> None:
    t0 = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    with transaction(factory) as s:
        first = ingest(s, item("https://x.test/a"), classification(), now=t0)
    with transaction(factory) as s:
        again = ingest(s, item("https://x.test/a"), classification(), now=t0 + dt.timedelta(days=1))
    assert again.status == "unchanged" and again.advert_id == first.advert_id
    with transaction(factory) as s:
        edited = ingest(
            s,
            item("https://x.test/a", SCAM + " Kuota terbatas!"),
            classification(),
            now=t0 + dt.timedelta(days=2),
        )
    assert edited.status == "changed"
    with transaction(factory) as s:
        advert = s.get(Advert, first.advert_id)
        assert advert is not None
        assert [v.version for v in advert.versions] == [1, 2]
        assert advert.first_seen == t0 and advert.last_seen == t0 + dt.timedelta(days=2)
        assert s.scalar(select(func.count()).select_from(Snapshot)) == 2
        assert s.scalar(select(func.count()).select_from(Classification)) == 2
        # A flagged advert opens one case, however often it changes.
        assert s.scalar(select(func.count()).select_from(ReviewCase)) == 1


def test_removed_adverts_are_marked_not_deleted(factory: sessionmaker[Session]) -> None:
    from store.models import Source

    with transaction(factory) as s:
        src = Source(name="t", spider="telegram", start_urls=[])
        s.add(src)
        s.flush()
        for n in (1, 2):
            it = item(f"https://t.me/s/c/{n}", body=f"{SCAM} nomor {n}")
            it.source_id = src.id
            ingest(s, it, None)
        removed = mark_removed(s, src.id, {"https://t.me/s/c/1"})
        src_id = src.id
    assert removed == 1
    with factory() as s:
        rows = {a.canonical_url: a.removed_at for a in s.scalars(select(Advert))}
    assert rows["https://t.me/s/c/1"] is None and rows["https://t.me/s/c/2"] is not None
    with transaction(factory) as s:  # it comes back: no longer removed
        it = item("https://t.me/s/c/2", body=f"{SCAM} nomor 2")
        it.source_id = src_id
        assert ingest(s, it, None).status == "unchanged"
    with factory() as s:
        assert all(a.removed_at is None for a in s.scalars(select(Advert)))


def test_near_duplicates_and_shared_numbers_are_linked(factory: sessionmaker[Session]) -> None:
    with transaction(factory) as s:
        a = ingest(s, item("https://a.test/1"), classification())
        b = ingest(
            s, item("https://b.test/9", SCAM.replace("minggu ini", "besok")), classification()
        )
        c = ingest(
            s,
            item(
                "https://c.test/2", "Toko roti di Jelutung cari kasir, gaji UMK, WA 0812-7712-3344"
            ),
            classification(score=0.1, suspicious=False),
        )
    assert b.linked == [a.advert_id]
    with factory() as s:
        links = linked_adverts(s, a.advert_id)
    assert (b.advert_id, "near_duplicate") in {(o, k) for o, k, _ in links}
    assert (c.advert_id, "whatsapp", "+6281277123344") in links
    assert not c.case_opened


def test_pasted_tip_without_url_is_deduplicated_by_text(factory: sessionmaker[Session]) -> None:
    with transaction(factory) as s:
        one = ingest(s, AdvertIn(title="", body_text=SCAM, origin="tip"), classification())
        two = ingest(s, AdvertIn(title="", body_text=SCAM, origin="tip"), classification())
    assert one.advert_id == two.advert_id and two.status == "unchanged"
