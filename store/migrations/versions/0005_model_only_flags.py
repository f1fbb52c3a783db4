"""model-only flags apart from red flags with evidence

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 03:00:00.000000

The classifier now reports a flag it cannot back with words of the advert as a model-only
suspicion (``model_only_flags``), not a red flag. This adds the column and makes the
``classification_flags`` rows (which the queue filter, the reports and the labels export read)
hold only flags with evidence, for classifications stored before: their ``red_flags`` JSON is
left as it was, and the pages sort it with ``store.services.flags``. Downgrading puts the
rows back and folds the model-only flags into ``red_flags`` (without evidence), as the old
code stored them.
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

import store.models  # noqa: F401  (custom column types)

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 1000

classifications = sa.table(
    "classifications",
    sa.column("id", sa.Integer()),
    sa.column("red_flags", sa.JSON()),
    sa.column("model_only_flags", sa.JSON()),
)
classification_flags = sa.table(
    "classification_flags",
    sa.column("id", sa.Integer()),
    sa.column("classification_id", sa.Integer()),
    sa.column("code", sa.String(40)),
    sa.column("score", sa.Float()),
)


def _has_evidence(flag: Any) -> bool:
    # The rule of store.services.flags.has_evidence, repeated: a migration must not change
    # when the application code does.
    if not isinstance(flag, dict):
        return False
    spans = flag.get("evidence") or []
    return any(isinstance(s, dict) and str(s.get("text") or "").strip() for s in spans)


def _rows(conn: sa.Connection, *columns: Any) -> Any:
    last = 0
    while True:
        batch = conn.execute(
            sa.select(classifications.c.id, *columns)
            .where(classifications.c.id > last)
            .order_by(classifications.c.id)
            .limit(BATCH)
        ).all()
        if not batch:
            return
        yield from batch
        last = batch[-1][0]


def upgrade() -> None:
    # A plain ALTER TABLE on both databases (see downgrade for why not batch mode).
    op.add_column(
        "classifications",
        sa.Column("model_only_flags", sa.JSON(), server_default="[]", nullable=False),
    )
    conn = op.get_bind()
    for cid, red_flags in _rows(conn, classifications.c.red_flags):
        flags = red_flags or []
        with_evidence = {str(f.get("code")) for f in flags if _has_evidence(f)}
        without = {str(f.get("code")) for f in flags if isinstance(f, dict)} - with_evidence
        if without:
            conn.execute(
                sa.delete(classification_flags).where(
                    classification_flags.c.classification_id == cid,
                    classification_flags.c.code.in_(sorted(without)),
                )
            )


def downgrade() -> None:
    conn = op.get_bind()
    for cid, red_flags, model_only in _rows(
        conn, classifications.c.red_flags, classifications.c.model_only_flags
    ):
        flags = list(red_flags or [])
        had = {str(f.get("code")) for f in flags if isinstance(f, dict)}
        for f in model_only or []:
            if str(f.get("code")) not in had:
                flags.append({**f, "evidence": [], "reason": ""})
        if len(flags) != len(red_flags or []):
            conn.execute(
                sa.update(classifications)
                .where(classifications.c.id == cid)
                .values(red_flags=flags)
            )
        present = set(
            conn.scalars(
                sa.select(classification_flags.c.code).where(
                    classification_flags.c.classification_id == cid
                )
            )
        )
        missing = [
            {"classification_id": cid, "code": str(f["code"]), "score": float(f.get("score") or 0)}
            for f in flags
            if isinstance(f, dict) and not _has_evidence(f) and str(f.get("code")) not in present
        ]
        if missing:
            conn.execute(sa.insert(classification_flags), missing)
    # Not in batch mode: on SQLite that rebuilds the table, and dropping the old one fails on
    # the classification_flags rows that point at it. ALTER TABLE ... DROP COLUMN needs
    # SQLite 3.35 or later (Python's own is newer).
    op.drop_column("classifications", "model_only_flags")
