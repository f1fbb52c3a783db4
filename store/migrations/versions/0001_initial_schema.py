"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-28 04:52:15.051307
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import store.models
from store.audit_guard import install_triggers

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "snapshots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("fetched_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("http_status", sa.Integer(), nullable=False),
        sa.Column("headers", sa.JSON(), nullable=False),
        sa.Column("content_type", sa.String(length=200), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_snapshots")),
    )
    with op.batch_alter_table("snapshots", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_snapshots_sha256"), ["sha256"], unique=False)

    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("spider", sa.String(length=50), nullable=False),
        sa.Column("start_urls", sa.JSON(), nullable=False),
        sa.Column("schedule", sa.String(length=100), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("region", sa.String(length=100), nullable=False),
        sa.Column("channel", sa.String(length=50), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
        sa.UniqueConstraint("name", name=op.f("uq_sources_name")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column(
            "role",
            sa.Enum("admin", "investigator", "viewer", name="role", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "adverts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("canonical_url", sa.Text(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("channel", sa.String(length=50), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body_text", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("posted_at", store.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("first_seen", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_seen", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("removed_at", store.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("minhash", sa.LargeBinary(), nullable=True),
        sa.Column("current_version", sa.Integer(), nullable=False),
        sa.Column("latest_score", sa.Float(), nullable=True),
        sa.Column("latest_suspicious", sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_adverts_source_id_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_adverts")),
        sa.UniqueConstraint("canonical_url", name=op.f("uq_adverts_canonical_url")),
    )
    with op.batch_alter_table("adverts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_adverts_content_hash"), ["content_hash"], unique=False)
        batch_op.create_index(batch_op.f("ix_adverts_last_seen"), ["last_seen"], unique=False)
        batch_op.create_index(batch_op.f("ix_adverts_latest_score"), ["latest_score"], unique=False)
        batch_op.create_index(batch_op.f("ix_adverts_source_id"), ["source_id"], unique=False)

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("target_type", sa.String(length=40), nullable=False),
        sa.Column("target_id", sa.String(length=60), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["users.id"], name=op.f("fk_audit_log_actor_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_log_target", ["target_type", "target_id"], unique=False)

    # The audit log is append-only in the database itself (store/audit_guard.py).
    install_triggers(op.get_bind())

    op.create_table(
        "crawl_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("spider", sa.String(length=50), nullable=False),
        sa.Column("started_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("finished_at", store.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("items", sa.Integer(), nullable=False),
        sa.Column("new", sa.Integer(), nullable=False),
        sa.Column("changed", sa.Integer(), nullable=False),
        sa.Column("removed", sa.Integer(), nullable=False),
        sa.Column("flagged", sa.Integer(), nullable=False),
        sa.Column("errors", sa.Integer(), nullable=False),
        sa.Column("error_summary", sa.Text(), nullable=False),
        sa.Column("stats", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_crawl_runs_source_id_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crawl_runs")),
    )
    with op.batch_alter_table("crawl_runs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_crawl_runs_source_id"), ["source_id"], unique=False)

    op.create_table(
        "advert_bands",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("advert_id", sa.Integer(), nullable=False),
        sa.Column("band", sa.Integer(), nullable=False),
        sa.Column("hash", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["advert_id"], ["adverts.id"], name=op.f("fk_advert_bands_advert_id_adverts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_advert_bands")),
    )
    with op.batch_alter_table("advert_bands", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_advert_bands_advert_id"), ["advert_id"], unique=False)
        batch_op.create_index("ix_advert_bands_band_hash", ["band", "hash"], unique=False)

    op.create_table(
        "advert_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("advert_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("similarity", sa.Float(), nullable=False),
        sa.Column("created_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["advert_id"], ["adverts.id"], name=op.f("fk_advert_links_advert_id_adverts")
        ),
        sa.ForeignKeyConstraint(
            ["other_id"], ["adverts.id"], name=op.f("fk_advert_links_other_id_adverts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_advert_links")),
        sa.UniqueConstraint("advert_id", "other_id", "kind", name="uq_advert_links"),
    )
    with op.batch_alter_table("advert_links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_advert_links_advert_id"), ["advert_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_advert_links_other_id"), ["other_id"], unique=False)

    op.create_table(
        "advert_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("advert_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body_text", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("snapshot_id", sa.Integer(), nullable=True),
        sa.Column("seen_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("raw", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["advert_id"], ["adverts.id"], name=op.f("fk_advert_versions_advert_id_adverts")
        ),
        sa.ForeignKeyConstraint(
            ["snapshot_id"], ["snapshots.id"], name=op.f("fk_advert_versions_snapshot_id_snapshots")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_advert_versions")),
        sa.UniqueConstraint("advert_id", "version", name="uq_advert_versions_version"),
    )
    with op.batch_alter_table("advert_versions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_advert_versions_advert_id"), ["advert_id"], unique=False
        )

    op.create_table(
        "classifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("advert_id", sa.Integer(), nullable=False),
        sa.Column("advert_version", sa.Integer(), nullable=False),
        sa.Column("model_version", sa.String(length=100), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("suspicious", sa.Boolean(), nullable=False),
        sa.Column("red_flags", sa.JSON(), nullable=False),
        sa.Column("created_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["advert_id"], ["adverts.id"], name=op.f("fk_classifications_advert_id_adverts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_classifications")),
    )
    with op.batch_alter_table("classifications", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_classifications_advert_id"), ["advert_id"], unique=False
        )

    op.create_table(
        "entities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("advert_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("value", sa.String(length=300), nullable=False),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.Column("amount", sa.Float(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("period", sa.String(length=10), nullable=True),
        sa.Column("idr_month", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["advert_id"], ["adverts.id"], name=op.f("fk_entities_advert_id_adverts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entities")),
    )
    with op.batch_alter_table("entities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entities_advert_id"), ["advert_id"], unique=False)
        batch_op.create_index("ix_entities_kind_value", ["kind", "value"], unique=False)

    op.create_table(
        "review_cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("advert_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "new",
                "in_review",
                "escalated",
                "dismissed",
                "closed",
                name="casestatus",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("decision", sa.String(length=40), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("external_ref", sa.String(length=200), nullable=False),
        sa.Column("opened_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("decided_at", store.models.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["advert_id"], ["adverts.id"], name=op.f("fk_review_cases_advert_id_adverts")
        ),
        sa.ForeignKeyConstraint(
            ["assignee_id"], ["users.id"], name=op.f("fk_review_cases_assignee_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_cases")),
        sa.UniqueConstraint("advert_id", name=op.f("uq_review_cases_advert_id")),
    )
    with op.batch_alter_table("review_cases", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_cases_assignee_id"), ["assignee_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_review_cases_status"), ["status"], unique=False)

    op.create_table(
        "case_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_case_notes_author_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["review_cases.id"], name=op.f("fk_case_notes_case_id_review_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_notes")),
    )
    with op.batch_alter_table("case_notes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_notes_case_id"), ["case_id"], unique=False)

    op.create_table(
        "classification_flags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("classification_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["classification_id"],
            ["classifications.id"],
            name=op.f("fk_classification_flags_classification_id_classifications"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_classification_flags")),
    )
    with op.batch_alter_table("classification_flags", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_classification_flags_classification_id"),
            ["classification_id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_classification_flags_code", ["code", "classification_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("classification_flags", schema=None) as batch_op:
        batch_op.drop_index("ix_classification_flags_code")
        batch_op.drop_index(batch_op.f("ix_classification_flags_classification_id"))

    op.drop_table("classification_flags")
    with op.batch_alter_table("case_notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_notes_case_id"))

    op.drop_table("case_notes")
    with op.batch_alter_table("review_cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_cases_status"))
        batch_op.drop_index(batch_op.f("ix_review_cases_assignee_id"))

    op.drop_table("review_cases")
    with op.batch_alter_table("entities", schema=None) as batch_op:
        batch_op.drop_index("ix_entities_kind_value")
        batch_op.drop_index(batch_op.f("ix_entities_advert_id"))

    op.drop_table("entities")
    with op.batch_alter_table("classifications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_classifications_advert_id"))

    op.drop_table("classifications")
    with op.batch_alter_table("advert_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_advert_versions_advert_id"))

    op.drop_table("advert_versions")
    with op.batch_alter_table("advert_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_advert_links_other_id"))
        batch_op.drop_index(batch_op.f("ix_advert_links_advert_id"))

    op.drop_table("advert_links")
    with op.batch_alter_table("advert_bands", schema=None) as batch_op:
        batch_op.drop_index("ix_advert_bands_band_hash")
        batch_op.drop_index(batch_op.f("ix_advert_bands_advert_id"))

    op.drop_table("advert_bands")
    with op.batch_alter_table("crawl_runs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_crawl_runs_source_id"))

    op.drop_table("crawl_runs")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_target")

    op.drop_table("audit_log")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS audit_log_append_only()")
    with op.batch_alter_table("adverts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_adverts_source_id"))
        batch_op.drop_index(batch_op.f("ix_adverts_latest_score"))
        batch_op.drop_index(batch_op.f("ix_adverts_last_seen"))
        batch_op.drop_index(batch_op.f("ix_adverts_content_hash"))

    op.drop_table("adverts")
    op.drop_table("users")
    op.drop_table("sources")
    with op.batch_alter_table("snapshots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_snapshots_sha256"))

    op.drop_table("snapshots")
