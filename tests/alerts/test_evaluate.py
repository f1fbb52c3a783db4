"""Which adverts raise alerts: triggers, scope, one alert per advert per rule, reposts folded
into the first alert, and alerts committed with the advert (the outbox)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from store.db import transaction
from store.models import Advert, AdvertLink, Alert, CaseStatus, ReviewCase, Tip
from store.services import alert_outbox, alert_rules
from store.services.adverts import AdvertIn, ingest
from store.services.alert_rules import RuleIn
from store.services.citizen import submit_tip
from tests.alerts.conftest import add_source, classification, store
from tests.fixture_adverts import LEGIT, SCAMS

WA = "+6281366772190"


def webhook_rule(factory: sessionmaker[Session], **fields: object) -> int:
    data = RuleIn(
        name=str(fields.pop("name", "uji")),
        trigger=str(fields.pop("trigger", "score")),
        channel="webhook",
        target="http://127.0.0.1:9/hook",
        **fields,  # type: ignore[arg-type]
    )
    return alert_rules.create_rule(factory, data).id


def alerts_of(factory: sessionmaker[Session], rule_id: int | None = None) -> list[Alert]:
    with factory() as s:
        stmt = select(Alert).order_by(Alert.id)
        if rule_id is not None:
            stmt = stmt.where(Alert.rule_id == rule_id)
        return list(s.scalars(stmt))


def set_case(factory: sessionmaker[Session], advert_id: int, status: CaseStatus) -> None:
    with transaction(factory) as s:
        s.execute(update(ReviewCase).where(ReviewCase.advert_id == advert_id).values(status=status))


def test_score_rule_one_alert_per_advert_even_when_reingested_or_edited(
    factory: sessionmaker[Session],
) -> None:
    rule = webhook_rule(factory, min_score=0.8)
    scam = classification(
        0.93, "upfront_fee", "visa_misuse", evidence={"upfront_fee": "Biaya proses Rp 3.500.000"}
    )
    first = store(factory, "https://t.me/loker/1", SCAMS[2], scam, title="Kerja kilang Malaysia")
    store(factory, "https://t.me/loker/2", LEGIT[0], classification(0.12))
    [alert] = alerts_of(factory, rule)
    assert alert.advert_id == first.advert_id and alert.status == "pending"
    assert alert.reason == "Skor risiko 0,93 ≥ ambang 0,80"
    payload = alert.payload
    assert payload["risk"] == {"score": 0.93, "band": "high", "label": "Berbahaya"}
    assert payload["advert"]["title"] == "Kerja kilang Malaysia"
    fee = next(f for f in payload["red_flags"] if f["code"] == "upfront_fee")
    assert fee["label"] == "Biaya di muka"
    assert "«Biaya proses Rp 3.500.000» transfer ke rek BRI" in fee["snippets"][0]

    # The same advert crawled again (unchanged), then edited: still one alert.
    store(factory, "https://t.me/loker/1", SCAMS[2], scam, title="Kerja kilang Malaysia")
    result = store(factory, "https://t.me/loker/1", SCAMS[2] + " Hubungi segera.", scam)
    assert result.status == "changed"
    assert len(alerts_of(factory, rule)) == 1


def test_a_near_duplicate_repost_folds_into_the_first_alert(
    factory: sessionmaker[Session],
) -> None:
    rule = webhook_rule(factory, min_score=0.5)
    first = store(factory, "https://t.me/a/10", SCAMS[0], classification(0.9, "visa_misuse"))
    repost = store(
        factory,
        "https://t.me/b/77",
        SCAMS[0].replace("minggu depan", "bulan ini"),
        classification(0.91, "visa_misuse"),
    )
    assert repost.linked == [first.advert_id]  # it is a near-duplicate...
    other = store(factory, "https://t.me/a/11", SCAMS[4], classification(0.88))
    # ...so it raises no alert of its own; a different scam does.
    assert [a.advert_id for a in alerts_of(factory, rule)] == [first.advert_id, other.advert_id]
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(AdvertLink)) == 2  # both directions


def test_red_flag_rule_fires_on_any_of_its_codes(factory: sessionmaker[Session]) -> None:
    rule = webhook_rule(factory, trigger="red_flags", codes=["upfront_fee", "visa_misuse"])
    hit = store(factory, "https://x.test/1", SCAMS[3], classification(0.4, "visa_misuse"))
    store(factory, "https://x.test/2", SCAMS[5], classification(0.95, "pressure"))
    [alert] = alerts_of(factory, rule)
    assert alert.advert_id == hit.advert_id
    assert alert.reason == "Tanda bahaya: Visa tidak sesuai (visa_misuse)"
    assert alert.payload["risk"]["label"] == "Hati-hati"  # no verdict, one serious flag


def test_linked_case_rule_needs_a_case_someone_is_working_on(
    factory: sessionmaker[Session],
) -> None:
    rule = webhook_rule(factory, trigger="linked_case")
    bank_only = webhook_rule(
        factory, name="rekening", trigger="linked_case", link_kinds=["bank_account"]
    )
    old = store(factory, "https://x.test/old", SCAMS[0], classification(0.9, whatsapp=(WA,)))
    # The old advert's case is still "new" (nobody has judged it): no alert yet.
    store(factory, "https://x.test/new1", SCAMS[4], classification(0.2, whatsapp=(WA,)))
    assert alerts_of(factory) == []

    set_case(factory, old.advert_id, CaseStatus.escalated)
    new = store(factory, "https://x.test/new2", LEGIT[1], classification(0.1, whatsapp=(WA,)))
    [alert] = alerts_of(factory, rule)
    assert alert.advert_id == new.advert_id
    with factory() as s:
        case_id = s.scalar(select(ReviewCase.id).where(ReviewCase.advert_id == old.advert_id))
    assert alert.reason == (
        f"Nomor WhatsApp {WA} sama dengan iklan #{old.advert_id} (kasus #{case_id}, dieskalasi)"
    )
    assert alert.payload["links"] == [
        {"kind": "whatsapp", "value": WA, "advert_id": old.advert_id, "case_id": case_id,
         "case_status": "escalated"}
    ]  # fmt: skip
    assert alerts_of(factory, bank_only) == []  # that rule watches bank accounts only

    # A dismissed case is not followed.
    set_case(factory, old.advert_id, CaseStatus.dismissed)
    store(factory, "https://x.test/new3", LEGIT[5], classification(0.1, whatsapp=(WA,)))
    assert len(alerts_of(factory, rule)) == 1


def test_tip_rule_fires_for_tips_only_and_a_region_scope_uses_the_tips_region(
    factory: sessionmaker[Session],
) -> None:
    any_tip = webhook_rule(factory, name="semua laporan", trigger="tip")
    jambi = webhook_rule(factory, name="laporan Jambi", trigger="tip", region="Kota Jambi")
    store(factory, "https://x.test/crawled", SCAMS[1], classification(0.9))
    assert alerts_of(factory) == []  # a crawled advert is not a tip

    receipt = submit_tip(
        factory,
        AdvertIn(title="", body_text=SCAMS[7]),
        classification(0.85, "document_fraud"),
        region="Kota Jambi",
    )
    # submit_tip calls evaluate_tip in the tip's transaction, once the Tip row (and so its
    # region) exists: both the unscoped and the Kota Jambi rule fire, each once.
    made = alerts_of(factory)
    assert sorted(a.rule_id for a in made) == sorted([any_tip, jambi])
    assert {a.advert_id for a in made} == {receipt.advert_id}
    assert all(a.payload["cause"] == "tip" for a in made)
    assert any(a.reason == "Laporan warga dari Kota Jambi" for a in made)
    with transaction(factory) as s:  # evaluating again raises nothing twice
        tip = s.get(Tip, receipt.tip_id)
        assert tip is not None and alert_outbox.evaluate_tip(s, tip) == []
    assert len(alerts_of(factory)) == 2


def test_source_and_region_scope(factory: sessionmaker[Session]) -> None:
    jambi = add_source(factory, "tg-jambi", "Kota Jambi")
    batam = add_source(factory, "tg-batam", "Batam")
    by_region = webhook_rule(factory, name="wilayah", min_score=0.5, region="kota jambi")
    by_source = webhook_rule(factory, name="sumber", min_score=0.5, source_id=batam)
    a = store(factory, "https://x.test/j", SCAMS[0], classification(0.9), source_id=jambi)
    b = store(factory, "https://x.test/b", SCAMS[1], classification(0.9), source_id=batam)
    store(factory, "https://x.test/none", SCAMS[3], classification(0.9))
    assert [x.advert_id for x in alerts_of(factory, by_region)] == [a.advert_id]
    assert [x.advert_id for x in alerts_of(factory, by_source)] == [b.advert_id]
    assert alerts_of(factory, by_region)[0].payload["advert"]["region"] == "Kota Jambi"


def test_a_disabled_rule_raises_nothing(factory: sessionmaker[Session]) -> None:
    rule = webhook_rule(factory, min_score=0.5)
    alert_rules.set_rule_enabled(factory, rule, False)
    store(factory, "https://x.test/1", SCAMS[0], classification(0.9))
    assert alerts_of(factory) == []
    alert_rules.set_rule_enabled(factory, rule, True)
    store(factory, "https://x.test/2", SCAMS[1], classification(0.9))
    assert len(alerts_of(factory)) == 1


def test_alerts_commit_with_the_advert_or_not_at_all(factory: sessionmaker[Session]) -> None:
    webhook_rule(factory, min_score=0.5)
    with pytest.raises(RuntimeError), transaction(factory) as s:
        ingest(s, AdvertIn(title="", body_text=SCAMS[0], url="https://x.test/1"),
               classification(0.9))  # fmt: skip
        assert s.scalar(select(func.count()).select_from(Alert)) == 1
        raise RuntimeError("the crawler's batch failed after this advert")
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(Alert)) == 0
        assert s.scalar(select(func.count()).select_from(Advert)) == 0


def test_digest_rules_wait_for_the_next_hour_or_morning(factory: sessionmaker[Session]) -> None:
    import datetime as dt

    now = dt.datetime(2026, 11, 20, 14, 25, 7, tzinfo=dt.UTC)
    assert alert_outbox.digest_due_at("hourly", now) == dt.datetime(2026, 11, 20, 15, tzinfo=dt.UTC)
    # Daily digests go out at 00:00 UTC, 07:00 in Kota Jambi (WIB).
    assert alert_outbox.digest_due_at("daily", now) == dt.datetime(2026, 11, 21, tzinfo=dt.UTC)
    assert alert_outbox.digest_due_at("none", now) == now
