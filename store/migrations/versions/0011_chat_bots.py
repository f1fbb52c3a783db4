"""chat bots: inbox, chats and outbox; citizen checks counted per channel

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 18:00:00.000000

The Telegram and WhatsApp bots (issue 22) keep each received message in ``bot_updates``
(unique per platform and id, so a redelivery is answered once), a little per-chat state in
``bot_chats`` and their replies in the outbox ``bot_replies``. Senders are stored only as keyed
hashes. ``citizen_checks.channel`` says where a check came from: every check counted before
this revision came from the web page or its API, so existing rows read ``web``.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import store.models

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _utc() -> sa.types.TypeEngine[object]:
    return store.models.UTCDateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("citizen_checks", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("channel", sa.String(length=20), nullable=False, server_default="web")
        )
    op.create_table(
        "bot_updates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=10), nullable=False),
        sa.Column("update_key", sa.String(length=200), nullable=False),
        sa.Column("chat_hash", sa.String(length=64), nullable=False),
        sa.Column("received_at", _utc(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", _utc(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bot_updates")),
        sa.UniqueConstraint("platform", "update_key", name="uq_bot_updates_platform_key"),
    )
    with op.batch_alter_table("bot_updates", schema=None) as batch_op:
        batch_op.create_index(
            "ix_bot_updates_chat_received", ["chat_hash", "received_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_bot_updates_next_attempt_at"), ["next_attempt_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_bot_updates_status"), ["status"], unique=False)
    op.create_table(
        "bot_chats",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=10), nullable=False),
        sa.Column("chat_hash", sa.String(length=64), nullable=False),
        sa.Column("lang", sa.String(length=2), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("last_advert", sa.JSON(), nullable=True),
        sa.Column("last_advert_at", _utc(), nullable=True),
        sa.Column("limit_notice_at", _utc(), nullable=True),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("last_seen_at", _utc(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bot_chats")),
        sa.UniqueConstraint("platform", "chat_hash", name="uq_bot_chats_platform_chat"),
    )
    with op.batch_alter_table("bot_chats", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_bot_chats_last_advert_at"), ["last_advert_at"], unique=False
        )
    op.create_table(
        "bot_replies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=10), nullable=False),
        sa.Column("chat_hash", sa.String(length=64), nullable=False),
        sa.Column("update_id", sa.Integer(), nullable=True),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", _utc(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("sent_at", _utc(), nullable=True),
        sa.ForeignKeyConstraint(
            ["update_id"], ["bot_updates.id"], name=op.f("fk_bot_replies_update_id_bot_updates")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bot_replies")),
    )
    with op.batch_alter_table("bot_replies", schema=None) as batch_op:
        for column in ("chat_hash", "next_attempt_at", "status", "update_id"):
            batch_op.create_index(batch_op.f(f"ix_bot_replies_{column}"), [column], unique=False)


def downgrade() -> None:
    op.drop_table("bot_replies")
    op.drop_table("bot_chats")
    op.drop_table("bot_updates")
    with op.batch_alter_table("citizen_checks", schema=None) as batch_op:
        batch_op.drop_column("channel")
