"""users.session_version: logout, a new password and deactivation end every session

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 18:30:00.000000

A session cookie is signed, not stored, so one saved before logout kept working for up to 12
hours. Each cookie now carries the user's ``session_version`` from sign-in, and raising it ends
every session of that user. Existing cookies (which carry no version) stop working once: every
signed-in user signs in again after this upgrade.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("session_version", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("session_version")
