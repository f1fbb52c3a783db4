"""advert pictures: the pictures an advert carries, with the words read and a perceptual hash

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 18:30:00.000000

Adverts as pictures (issue 21): a Telegram photo post's picture, or a citizen's tip with a
flyer, is kept as evidence (its bytes in ``snapshots``), with the words OCR read and their
boxes, and its perceptual hash cut into eight bands in ``picture_buckets`` so adverts that
reuse the same flyer are found with one indexed lookup. Nothing existing changes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import store.models

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _utc() -> sa.types.TypeEngine[object]:
    return store.models.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "advert_pictures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("advert_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("snapshot_id", sa.Integer(), nullable=False),
        sa.Column("phash", sa.String(length=16), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_offset", sa.Integer(), nullable=False),
        sa.Column("boxes", sa.JSON(), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.ForeignKeyConstraint(
            ["advert_id"], ["adverts.id"], name=op.f("fk_advert_pictures_advert_id_adverts")
        ),
        sa.ForeignKeyConstraint(
            ["snapshot_id"], ["snapshots.id"], name=op.f("fk_advert_pictures_snapshot_id_snapshots")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_advert_pictures")),
    )
    with op.batch_alter_table("advert_pictures", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_advert_pictures_advert_id"), ["advert_id"], unique=False
        )
    op.create_table(
        "picture_buckets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("picture_id", sa.Integer(), nullable=False),
        sa.Column("advert_id", sa.Integer(), nullable=False),
        sa.Column("band", sa.Integer(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["advert_id"], ["adverts.id"], name=op.f("fk_picture_buckets_advert_id_adverts")
        ),
        sa.ForeignKeyConstraint(
            ["picture_id"],
            ["advert_pictures.id"],
            name=op.f("fk_picture_buckets_picture_id_advert_pictures"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_picture_buckets")),
    )
    with op.batch_alter_table("picture_buckets", schema=None) as batch_op:
        batch_op.create_index("ix_picture_buckets_band_value", ["band", "value"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_picture_buckets_advert_id"), ["advert_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_picture_buckets_picture_id"), ["picture_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("picture_buckets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_picture_buckets_picture_id"))
        batch_op.drop_index(batch_op.f("ix_picture_buckets_advert_id"))
        batch_op.drop_index("ix_picture_buckets_band_value")
    op.drop_table("picture_buckets")
    with op.batch_alter_table("advert_pictures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_advert_pictures_advert_id"))
    op.drop_table("advert_pictures")
