"""snapshots.purged_at: a raw page removed by the retention rule keeps its record

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 21:15:00.000000

``waspada retention`` (store/services/retention.py) empties the body of raw snapshots of
adverts that were never flagged, once they are older than
``WASPADA_RETENTION_UNFLAGGED_SNAPSHOT_DAYS``. The row stays (URL, fetch time, status,
headers, size and SHA-256), so an advert's version history still says what was fetched and
when; ``purged_at`` says the bytes are gone on purpose rather than lost. NULL for every row
stored before: nothing is purged by this migration.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import store.models

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("snapshots", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("purged_at", store.models.UTCDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("snapshots", schema=None) as batch_op:
        batch_op.drop_column("purged_at")
