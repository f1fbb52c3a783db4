"""indexes for reporting periods

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 06:23:44.727693
"""

from collections.abc import Sequence

from alembic import op

import store.models  # noqa: F401  (custom column types)

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("adverts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_adverts_first_seen"), ["first_seen"], unique=False)

    with op.batch_alter_table("review_cases", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_cases_decided_at"), ["decided_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_review_cases_opened_at"), ["opened_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("review_cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_cases_opened_at"))
        batch_op.drop_index(batch_op.f("ix_review_cases_decided_at"))

    with op.batch_alter_table("adverts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_adverts_first_seen"))
