"""alert rules keep only the conditions their trigger uses

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 15:00:00.000000

Any rule could carry a score threshold and red-flag codes whatever its trigger, and the
new-rule form pre-filled a threshold of 0.8: a "Laporan warga" (tip) or "Terkait kasus"
(linked_case) rule made from it skipped every tip or linked advert scored under 0.8, a
condition its page did not show. Each trigger now stores only the conditions it uses
(``store.services.alerts.TRIGGER_FIELDS``). This clears the others from existing rules, so they
mean what their page says: the score threshold and codes of tip and linked_case rules, and the
link kinds of rules other than linked_case (never evaluated for those).

Each rule changed gets an audit entry (``alert_rule.update`` by ``migration 0006``) with the
values before. Downgrading puts those values back, except on a rule an admin has edited since
(their values stand), and records that too.
"""

import datetime as dt
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

import store.models

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ACTOR = "migration 0006"
ACTOR_DOWN = "migration 0006 (downgrade)"
ACTION = "alert_rule.update"
# The conditions each trigger uses, as store.services.alerts.TRIGGER_FIELDS has them today,
# repeated: a migration must not change when the application code does.
TRIGGER_FIELDS: dict[str, tuple[str, ...]] = {
    "score": ("min_score", "codes"),
    "red_flags": ("codes", "min_score"),
    "linked_case": ("link_kinds",),
    "tip": (),
}
EMPTY: dict[str, Any] = {"min_score": None, "codes": [], "link_kinds": []}

alert_rules = sa.table(
    "alert_rules",
    sa.column("id", sa.Integer()),
    sa.column("trigger", sa.String(20)),
    sa.column("min_score", sa.Float()),
    sa.column("codes", sa.JSON()),
    sa.column("link_kinds", sa.JSON()),
)
audit_log = sa.table(
    "audit_log",
    sa.column("id", sa.Integer()),
    sa.column("at", store.models.UTCDateTime(timezone=True)),
    sa.column("actor_id", sa.Integer()),
    sa.column("actor", sa.String(100)),
    sa.column("action", sa.String(60)),
    sa.column("target_type", sa.String(40)),
    sa.column("target_id", sa.String(60)),
    sa.column("before", sa.JSON()),
    sa.column("after", sa.JSON()),
)


def _record(
    conn: sa.Connection, actor: str, rule_id: int, before: dict[str, Any], after: dict[str, Any]
) -> None:
    conn.execute(
        sa.insert(audit_log).values(
            at=dt.datetime.now(dt.UTC),
            actor_id=None,
            actor=actor,
            action=ACTION,
            target_type="alert_rule",
            target_id=str(rule_id),
            before=before,
            after=after,
        )
    )


def upgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(
            alert_rules.c.id,
            alert_rules.c.trigger,
            alert_rules.c.min_score,
            alert_rules.c.codes,
            alert_rules.c.link_kinds,
        ).order_by(alert_rules.c.id)
    ).all()
    for rule_id, trigger, min_score, codes, link_kinds in rows:
        used = TRIGGER_FIELDS.get(trigger)
        if used is None:
            continue  # not a trigger this version knows: leave the rule as it is
        stored = {"min_score": min_score, "codes": codes or [], "link_kinds": link_kinds or []}
        before = {f: v for f, v in stored.items() if f not in used and v != EMPTY[f]}
        if not before:
            continue
        after = {f: EMPTY[f] for f in before}
        conn.execute(sa.update(alert_rules).where(alert_rules.c.id == rule_id).values(**after))
        _record(conn, ACTOR, rule_id, before, after)


def downgrade() -> None:
    conn = op.get_bind()
    entries = conn.execute(
        sa.select(audit_log.c.id, audit_log.c.target_id, audit_log.c.before)
        .where(
            audit_log.c.actor == ACTOR,
            audit_log.c.action == ACTION,
            audit_log.c.target_type == "alert_rule",
        )
        .order_by(audit_log.c.id)
    ).all()
    latest = {target_id: (entry_id, before) for entry_id, target_id, before in entries}
    for target_id, (entry_id, before) in latest.items():
        edited_since = conn.scalar(
            sa.select(sa.func.count())
            .select_from(audit_log)
            .where(
                audit_log.c.target_type == "alert_rule",
                audit_log.c.target_id == target_id,
                audit_log.c.action == ACTION,
                audit_log.c.id > entry_id,
                audit_log.c.actor.not_in([ACTOR, ACTOR_DOWN]),
            )
        )
        restore = {f: v for f, v in (before or {}).items() if f in EMPTY}
        if edited_since or not restore:
            continue
        rule_id = int(target_id)
        current = conn.execute(
            sa.select(alert_rules.c.min_score, alert_rules.c.codes, alert_rules.c.link_kinds).where(
                alert_rules.c.id == rule_id
            )
        ).one_or_none()
        if current is None:
            continue
        now = dict(zip(("min_score", "codes", "link_kinds"), current, strict=True))
        conn.execute(sa.update(alert_rules).where(alert_rules.c.id == rule_id).values(**restore))
        _record(conn, ACTOR_DOWN, rule_id, {f: now[f] for f in restore}, restore)
