from __future__ import annotations

import datetime as dt
import json
from typing import Any

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from store.db import make_engine
from store.migrate import current, downgrade, head, upgrade
from store.models import Advert, Base, UTCDateTime


def test_upgrade_from_empty_reaches_head_and_creates_every_table(db_url: str) -> None:
    assert current(db_url) is None
    upgrade(db_url)
    assert current(db_url) == head()
    engine = make_engine(db_url)
    try:
        tables = set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    assert set(Base.metadata.tables) <= tables


def test_models_match_migrations(migrated_url: str) -> None:
    engine = make_engine(migrated_url)
    try:
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(ctx, Base.metadata)
    finally:
        engine.dispose()
    assert diff == [], f"models and migrations disagree; write a migration: {diff}"


def test_upgrade_is_idempotent(migrated_url: str) -> None:
    upgrade(migrated_url)
    assert current(migrated_url) == head()


def test_downgrade_to_base_and_up_again(migrated_url: str) -> None:
    downgrade(migrated_url, "base")
    assert current(migrated_url) is None
    upgrade(migrated_url)
    assert current(migrated_url) == head()


def test_0005_keeps_only_flags_with_evidence_in_classification_flags(db_url: str) -> None:
    """Classifications stored before 0005 hold flags without evidence (the model's suspicions)
    among their red flags: 0005 drops their classification_flags rows (the queue filter and the
    reports read those) and leaves the stored JSON as it was; downgrading puts them back."""
    quoted = [{"start": 0, "end": 4, "text": "kata"}]
    red_flags = [
        {"code": "upfront_fee", "score": 0.9, "evidence": quoted, "reason": "..."},
        {"code": "pressure", "score": 0.8, "evidence": [], "reason": "Model bahasa ..."},
        {"code": "impersonation", "score": 0.7, "evidence": [{"text": "  "}], "reason": ""},
    ]
    classifications = sa.table(
        "classifications",
        *(sa.column(n) for n in ("id", "advert_id", "model_version", "score", "suspicious")),
        sa.column("advert_version", sa.Integer()),
        sa.column("created_at", UTCDateTime()),
        sa.column("red_flags", sa.JSON()),
    )
    flags_table = sa.table("classification_flags", *(
        sa.column(n) for n in ("classification_id", "code", "score")))  # fmt: skip

    def codes(conn: sa.Connection) -> list[str]:
        return sorted(conn.scalars(sa.select(flags_table.c.code)))

    upgrade(db_url, "0004")
    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.insert(Advert.__table__).values(id=1, content_hash="x"))
            conn.execute(sa.insert(classifications).values(
                id=1, advert_id=1, model_version="old", score=0.9, suspicious=True,
                advert_version=1, created_at=dt.datetime(2026, 10, 1, tzinfo=dt.UTC),
                red_flags=red_flags,
            ))  # fmt: skip
            conn.execute(sa.insert(flags_table), [
                {"classification_id": 1, "code": f["code"], "score": f["score"]}
                for f in red_flags
            ])  # fmt: skip
        upgrade(db_url)
        with engine.connect() as conn:
            assert codes(conn) == ["upfront_fee"]
            row = conn.execute(
                sa.text("SELECT red_flags, model_only_flags FROM classifications")
            ).one()
            stored = [json.loads(v) if isinstance(v, str) else v for v in row]
            assert stored == [red_flags, []]  # the JSON is left as it was
        downgrade(db_url, "0004")
        with engine.connect() as conn:
            assert codes(conn) == ["impersonation", "pressure", "upfront_fee"]
    finally:
        engine.dispose()


def test_0006_keeps_only_the_conditions_each_alert_trigger_uses(db_url: str) -> None:
    """Rules stored before 0006 could carry a score threshold (the form pre-filled 0.8) and
    codes whatever their trigger: 0006 clears what a "tip" or "linked_case" rule does not use
    (and link kinds of other triggers), writes each change to the audit log, and keeps what
    score and red-flag rules use. Downgrading puts the values back, except on a rule an admin
    edited since."""
    rules = sa.table("alert_rules", *(sa.column(n) for n in (
        "id", "name", "enabled", "trigger", "min_score", "region", "channel", "target",
        "digest", "secret")),
        sa.column("codes", sa.JSON()), sa.column("link_kinds", sa.JSON()),
        sa.column("created_at", UTCDateTime()),
    )  # fmt: skip
    audit = sa.table("audit_log", *(sa.column(n) for n in (
        "id", "actor", "action", "target_type", "target_id")),
        sa.column("at", UTCDateTime()), sa.column("before", sa.JSON()),
        sa.column("after", sa.JSON()),
    )  # fmt: skip
    stored = {  # id: (trigger, min_score, codes, link_kinds)
        1: ("tip", 0.8, ["upfront_fee"], []),
        2: ("linked_case", 0.8, [], ["whatsapp"]),
        3: ("score", 0.7, ["visa_misuse"], ["phone"]),
        4: ("red_flags", 0.5, ["upfront_fee"], []),
        5: ("tip", None, [], []),
    }

    def read(conn: sa.Connection) -> dict[int, tuple[Any, ...]]:
        out = {}
        for row in conn.execute(sa.select(rules.c.id, rules.c.trigger, rules.c.min_score,
                                          rules.c.codes, rules.c.link_kinds)):  # fmt: skip
            out[row[0]] = tuple(row[1:])  # codes and link_kinds read as JSON
        return out

    def entries(conn: sa.Connection) -> list[tuple[Any, ...]]:
        rows = conn.execute(sa.select(audit.c.actor, audit.c.target_id, audit.c.before,
                                      audit.c.after).order_by(audit.c.id))  # fmt: skip
        return [tuple(r) for r in rows]

    upgrade(db_url, "0005")
    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.insert(rules), [
                {"id": i, "name": f"aturan {i}", "enabled": True, "trigger": t, "min_score": m,
                 "codes": c, "link_kinds": k, "region": "", "channel": "email",
                 "target": "tim@jambi.example.go.id", "digest": "none", "secret": "",
                 "created_at": dt.datetime(2026, 11, 1, tzinfo=dt.UTC)}
                for i, (t, m, c, k) in stored.items()
            ])  # fmt: skip
        upgrade(db_url)
        with engine.connect() as conn:
            assert read(conn) == {
                1: ("tip", None, [], []),
                2: ("linked_case", None, [], ["whatsapp"]),
                3: ("score", 0.7, ["visa_misuse"], []),
                4: ("red_flags", 0.5, ["upfront_fee"], []),
                5: ("tip", None, [], []),
            }
            assert entries(conn) == [
                ("migration 0006", "1", {"min_score": 0.8, "codes": ["upfront_fee"]},
                 {"min_score": None, "codes": []}),
                ("migration 0006", "2", {"min_score": 0.8}, {"min_score": None}),
                ("migration 0006", "3", {"link_kinds": ["phone"]}, {"link_kinds": []}),
            ]  # fmt: skip
        # An admin edits rule 2 afterwards (through the application, which audits it).
        with engine.begin() as conn:
            conn.execute(sa.update(rules).where(rules.c.id == 2).values(link_kinds=["phone"]))
            conn.execute(sa.insert(audit).values(
                at=dt.datetime.now(dt.UTC), actor="rina", action="alert_rule.update",
                target_type="alert_rule", target_id="2", before={}, after={},
            ))  # fmt: skip
        downgrade(db_url, "0005")
        with engine.connect() as conn:
            assert read(conn) == {
                1: ("tip", 0.8, ["upfront_fee"], []),
                2: ("linked_case", None, [], ["phone"]),  # the admin's edit stands
                3: ("score", 0.7, ["visa_misuse"], ["phone"]),
                4: ("red_flags", 0.5, ["upfront_fee"], []),
                5: ("tip", None, [], []),
            }
            restored = [e for e in entries(conn) if e[0] == "migration 0006 (downgrade)"]
            assert [e[1] for e in restored] == ["1", "3"]
        upgrade(db_url)  # and up again
        with engine.connect() as conn:
            assert read(conn)[1] == ("tip", None, [], [])
    finally:
        engine.dispose()


def test_0008_writes_the_high_pay_threshold_of_stored_reasons_as_details(db_url: str) -> None:
    """high_pay flags stored before 0008 name their threshold only in the Indonesian reason:
    0008 writes it as ``details`` (a local minimum wage times its multiple, or a table row at
    the 2026-01 rates), leaves other flags and reasons without a limit alone; downgrading
    removes the key."""
    quoted = [{"start": 0, "end": 4, "text": "kata"}]
    said = "Gaji sekitar Rp12.0 juta/bulan jauh di atas kewajaran untuk pekerjaan"
    nowhere = "4× median UMP nasional 2026 Rp3.000.000"

    def flag(code: str, reason: str) -> dict[str, Any]:
        return {"code": code, "score": 0.9, "evidence": quoted, "reason": reason}

    stored = {
        1: [
            flag("high_pay", f"{said} ini di Denpasar (2× UMP Bali 2026 Rp3.207.459)."),
            flag("pressure", "Mendesak (kuota terbatas, berangkat segera)."),
        ],
        2: [flag("high_pay", f"{said} dan tujuan ini (batas MY-domestic).")],
        3: [flag("high_pay", f"{said} ini yang tempatnya tidak disebut ({nowhere}).")],
        4: [flag("high_pay", "Menjanjikan gaji besar untuk pekerjaan tanpa syarat keahlian.")],
        5: [flag("upfront_fee", "Calon pekerja diminta membayar biaya di muka.")],
    }
    classifications = sa.table(
        "classifications",
        *(sa.column(n) for n in ("id", "advert_id", "model_version", "score", "suspicious")),
        sa.column("advert_version", sa.Integer()),
        sa.column("created_at", UTCDateTime()),
        sa.column("red_flags", sa.JSON()),
    )

    def read(conn: sa.Connection) -> dict[int, Any]:
        rows = conn.execute(sa.select(classifications.c.id, classifications.c.red_flags))
        return {i: json.loads(v) if isinstance(v, str) else v for i, v in rows}

    upgrade(db_url, "0007")
    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.insert(Advert.__table__).values(id=1, content_hash="x"))
            conn.execute(sa.insert(classifications), [
                {"id": i, "advert_id": 1, "model_version": "old", "score": 0.9,
                 "suspicious": True, "advert_version": 1, "red_flags": flags,
                 "created_at": dt.datetime(2026, 11, 1, tzinfo=dt.UTC)}
                for i, flags in stored.items()
            ])  # fmt: skip
        upgrade(db_url, "0008")
        with engine.connect() as conn:
            after = read(conn)
        assert after[1][0]["details"] == {
            "threshold_idr_month": 6_414_918,
            "rule": "UMP Bali 2026",
            "basis": "2× UMP Bali 2026",
            "place": "Denpasar",
        }
        assert after[1][1] == stored[1][1]  # other flags as they were
        assert after[2][0]["details"] == {
            "threshold_idr_month": 9_875_000,  # RM2,500 at Rp3,950
            "rule": "MY-domestic",
            "basis": "1.65x RM1,500 (2022 MoU)",
            "place": None,
        }
        assert after[3][0]["details"]["threshold_idr_month"] == 12_000_000
        assert after[3][0]["details"]["place"] is None
        assert after[4] == stored[4] and after[5] == stored[5]  # no limit named, no details
        assert {k: v for k, v in after[1][0].items() if k != "details"} == stored[1][0]
        downgrade(db_url, "0007")
        with engine.connect() as conn:
            assert read(conn) == stored
    finally:
        engine.dispose()


def test_0014_existing_sources_are_the_files_and_unpaused_and_a_pause_survives_downgrade(
    db_url: str,
) -> None:
    """0014 adds the admin's pause (its own column, which the file's sync never writes) and who
    owns a source's definition. Sources stored before it came from the file, not paused;
    going back down, a paused source is kept disabled (the closest the old schema can say)."""
    sources = sa.table(
        "sources", *(sa.column(n) for n in ("id", "name", "spider", "schedule", "region")),
        sa.column("channel"), sa.column("start_urls", sa.JSON()), sa.column("options", sa.JSON()),
        sa.column("enabled", sa.Boolean()), sa.column("created_at", UTCDateTime()),
    )  # fmt: skip
    upgrade(db_url, "0013")
    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.insert(sources), [
                {"id": i, "name": f"s{i}", "spider": "feed", "schedule": "every 6h",
                 "region": "", "channel": "", "start_urls": ["https://a.example.id/"],
                 "options": {}, "enabled": True,
                 "created_at": dt.datetime(2026, 11, 1, tzinfo=dt.UTC)}
                for i in (1, 2)
            ])  # fmt: skip
        upgrade(db_url, "0014")
        with engine.begin() as conn:
            rows = conn.execute(sa.text("SELECT id, paused, managed_by FROM sources ORDER BY id"))
            assert [(r[0], bool(r[1]), r[2]) for r in rows] == [
                (1, False, "file"),
                (2, False, "file"),
            ]
            conn.execute(sa.text("UPDATE sources SET paused = :p WHERE id = 2"), {"p": True})
        downgrade(db_url, "0013")
        with engine.connect() as conn:
            rows = conn.execute(sa.text("SELECT id, enabled FROM sources ORDER BY id"))
            assert [(r[0], bool(r[1])) for r in rows] == [(1, True), (2, False)]
            assert "paused" not in {c["name"] for c in inspect(conn).get_columns("sources")}
    finally:
        engine.dispose()
