"""source admin choices: an admin's pause and who owns a source's definition

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 21:20:00.000000

Admins add, edit, pause and resume sources on ``/sources`` (issue 20.14). Before this, each
sync of ``sources.toml`` rewrote ``enabled``, so a pause made in the UI would have been undone
at the next restart. The admin's pause gets its own column (``paused``), which no sync touches,
and ``managed_by`` (``file`` or ``admin``) says whether the file's sync may rewrite the row.
Every existing source came from the file (or an ad hoc crawl): ``file``, not paused.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.add_column(
            sa.Column("paused", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(
            sa.Column("managed_by", sa.String(length=10), nullable=False, server_default="file")
        )


def downgrade() -> None:
    # A source only an admin declared would be crawled again by nothing: keep it, disabled when
    # it was paused (the closest the older schema can say).
    sources = sa.table(
        "sources", sa.column("enabled", sa.Boolean()), sa.column("paused", sa.Boolean())
    )
    op.execute(sources.update().where(sources.c.paused == sa.true()).values(enabled=False))
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("managed_by")
        batch.drop_column("paused")
