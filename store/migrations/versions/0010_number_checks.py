"""Cek nomor: objections to listed values, and anonymous look-up counts

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 20:00:00.000000

``value_objections``: a person who believes a phone number, e-mail address or bank account is
listed wrongly in the public "Cek nomor / rekening" answer objects (contact and reason); the
row is the investigators' review task, and an upheld one takes the value out of public answers.
``number_lookups``: each look-up counted by kind and outcome only, never the value.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "value_objections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("value", sa.String(length=300), nullable=False),
        sa.Column("shown_as", sa.String(length=300), nullable=False),
        sa.Column("contact", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decided_by_id"], ["users.id"], name=op.f("fk_value_objections_decided_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_value_objections")),
    )
    with op.batch_alter_table("value_objections", schema=None) as batch_op:
        batch_op.create_index("ix_value_objections_kind_value", ["kind", "value"], unique=False)
        batch_op.create_index(batch_op.f("ix_value_objections_status"), ["status"], unique=False)
    op.create_table(
        "number_lookups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("region", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_number_lookups")),
    )
    with op.batch_alter_table("number_lookups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_number_lookups_at"), ["at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("number_lookups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_number_lookups_at"))
    op.drop_table("number_lookups")
    with op.batch_alter_table("value_objections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_value_objections_status"))
        batch_op.drop_index("ix_value_objections_kind_value")
    op.drop_table("value_objections")
