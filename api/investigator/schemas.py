"""JSON models of the investigators' API (they are also what the pages render)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from api.openapi import NOT_BLANK
from store.models import CaseStatus

Band = Literal["low", "medium", "high"]
BAND_DESCRIPTION = (
    "The risk band of the latest classification, by the one rule the queue, the advert page, "
    "the alerts and the citizens' check share: 'high' when the classifier's verdict is "
    "suspicious; below it 'medium' for two red flags with evidence or one serious flag; "
    "'low' otherwise. Not a cut of the score."
)


class FlagBadge(BaseModel):
    code: str
    label: str = Field(description="Indonesian label (docs/red_flags.md).")


class CaseRow(BaseModel):
    case_id: int
    advert_id: int
    status: CaseStatus
    status_label: str
    title: str
    snippet: str
    url: str | None = Field(description="The advert's address on the web (None for pasted tips).")
    page_url: str = Field(description="The advert's page in Waspada.")
    source: str
    channel: str
    score: float | None
    band: Band = Field(description=BAND_DESCRIPTION)
    band_label: str
    flags: list[FlagBadge]
    destinations: list[str] = Field(description="ISO 3166-1 alpha-2 codes, foreign first.")
    assignee: str | None
    first_seen: dt.datetime
    last_seen: dt.datetime
    removed_at: dt.datetime | None
    opened_at: dt.datetime
    external_ref: str
    reason: Literal["tip", "verdict", "flag"] = Field(
        description="Why the advert is in the queue: a citizen's tip, the classifier's verdict, "
        "or one red flag strong enough on its own."
    )
    reason_label: str


class CasePage(BaseModel):
    items: list[CaseRow]
    total: int
    page: int
    page_size: int
    pages: int


class Evidence(BaseModel):
    start: int | None
    end: int | None
    text: str
    located: bool = Field(description="Whether the words were found in the advert text shown.")


class RedFlag(BaseModel):
    code: str
    label: str
    score: float | None
    reason: str
    evidence: list[Evidence]
    origin: Literal["classifier", "register"] = Field(
        description="'register': added when the page was viewed, because an agency the advert "
        "names is missing from the licensed-agency register or its licence is not active."
    )


class ModelOnlyFlag(BaseModel):
    """A flag the neural network suspects with no words of the advert to quote: shown apart
    from the red flags, as "Dugaan model (tanpa kutipan bukti)", never as a reason."""

    code: str
    label: str = Field(description="Indonesian label (docs/red_flags.md).")
    score: float


class Salary(BaseModel):
    text: str
    amount: float | None
    currency: str | None
    period: str | None
    idr_month: float | None
    threshold_idr_month: float | None = Field(
        description="The high_pay threshold the classifier used (IDR/month), when it judged "
        "the pay."
    )
    threshold_rule: str | None
    threshold_basis: str | None
    ratio: float | None = Field(description="idr_month / threshold_idr_month.")


class EntityItem(BaseModel):
    kind: str
    value: str
    text: str
    start: int | None
    end: int | None


class Destination(BaseModel):
    code: str
    name: str
    text: str


class Entities(BaseModel):
    salaries: list[Salary]
    destinations: list[Destination]
    phones: list[EntityItem]
    whatsapp: list[EntityItem]
    telegram: list[EntityItem]
    emails: list[EntityItem]
    bank_accounts: list[EntityItem]
    agencies: list[EntityItem]
    licences: list[EntityItem]
    urls: list[EntityItem]
    job_types: list[EntityItem]


class RegisterEntry(BaseModel):
    kind: str
    value: str
    status: Literal["active", "revoked", "suspended", "unknown"]
    status_label: str
    agency_name: str
    licence_number: str


class Register(BaseModel):
    register_size: int
    imported_at: dt.datetime | None
    checks: list[RegisterEntry]


class SnapshotInfo(BaseModel):
    url: str
    fetched_at: dt.datetime
    http_status: int
    content_type: str
    size: int
    sha256: str
    view_url: str
    # Set when the retention rule emptied the page (an advert never flagged): the record and
    # its SHA-256 stay, the page cannot be shown (store/services/retention.py).
    purged_at: dt.datetime | None = None


class Version(BaseModel):
    version: int
    seen_at: dt.datetime
    title: str
    content_hash: str
    snapshot: SnapshotInfo | None


class Shared(BaseModel):
    kind: str
    label: str
    value: str


class LinkedAdvert(BaseModel):
    advert_id: int
    title: str
    score: float | None
    band: Band = Field(description=BAND_DESCRIPTION)
    case_status: CaseStatus | None
    shared: list[Shared]


class Note(BaseModel):
    id: int
    at: dt.datetime
    author: str | None
    body: str


class AuditEntry(BaseModel):
    at: dt.datetime
    actor: str
    action: str
    action_label: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


class Case(BaseModel):
    id: int
    advert_id: int
    status: CaseStatus
    status_label: str
    assignee: str | None
    decision: str
    decision_label: str
    reason: str
    external_ref: str
    opened_at: dt.datetime
    decided_at: dt.datetime | None
    updated_at: dt.datetime
    allowed: list[CaseStatus] = Field(description="Statuses this case may move to next.")


class CitizenTip(BaseModel):
    """What a citizen wrote when sending the advert to the task force."""

    id: int
    sent_at: dt.datetime
    region: str
    message: str
    contact: str | None = Field(
        description="Kept only with the citizen's consent, and shown only to investigators "
        "and admins (None for viewers, and when there was no consent)."
    )


class AdvertDetail(BaseModel):
    id: int
    url: str | None
    title: str
    body_text: str
    source: str
    origin: str
    channel: str
    language: str
    first_seen: dt.datetime
    last_seen: dt.datetime
    removed_at: dt.datetime | None
    current_version: int
    score: float | None
    band: Band = Field(description=BAND_DESCRIPTION)
    band_label: str
    suspicious: bool | None
    model_version: str | None
    classified_at: dt.datetime | None
    red_flags: list[RedFlag] = Field(
        description="The reasons: each flag with the advert's words that support it."
    )
    model_only_flags: list[ModelOnlyFlag] = Field(
        description="Dugaan model (tanpa kutipan bukti): what the model suspects with nothing "
        "in the advert to quote. Not a reason; check it yourself."
    )
    entities: Entities
    agency_register: Register
    versions: list[Version]
    links: list[LinkedAdvert]
    case: Case | None
    notes: list[Note]
    audit: list[AuditEntry]
    tips: list[CitizenTip] = Field(default_factory=list)


class TransitionIn(BaseModel):
    # What each decision needs, stated in the schema (the service says it in Indonesian).
    model_config = ConfigDict(
        json_schema_extra={
            "allOf": [
                {
                    "if": {"properties": {"to": {"const": "dismissed"}}, "required": ["to"]},
                    "then": {"required": ["reason"], "properties": {"reason": NOT_BLANK}},
                },
                {
                    "if": {"properties": {"to": {"const": "escalated"}}, "required": ["to"]},
                    "then": {
                        "required": ["external_ref", "escalated_to"],
                        "properties": {
                            "external_ref": NOT_BLANK,
                            "escalated_to": {"enum": ["police", "bp3mi"]},
                        },
                    },
                },
            ]
        }
    )

    to: CaseStatus
    reason: str = Field(default="", description="Required when dismissing.")
    external_ref: str = Field(
        default="", description="Required when escalating: the police report or letter number."
    )
    escalated_to: Literal["", "police", "bp3mi"] = Field(
        default="", description="Required when escalating."
    )


class AssignIn(BaseModel):
    assignee: str | None = Field(
        description="Username of an investigator or admin; null unassigns."
    )


class NoteIn(BaseModel):
    body: str = Field(json_schema_extra=NOT_BLANK)


class Agency(BaseModel):
    id: int
    name: str
    licence_number: str
    address: str
    status: str
    status_label: str
    imported_at: dt.datetime


class AgencyPage(BaseModel):
    items: list[Agency]
    total: int
    register_size: int
    imported_at: dt.datetime | None


class ImportResult(BaseModel):
    rows: int
    created: int
    updated: int
    unchanged: int


class CrawlRun(BaseModel):
    id: int
    source_id: int | None
    source: str | None
    spider: str
    status: str
    started_at: dt.datetime
    finished_at: dt.datetime | None
    pages: int
    items: int
    new: int
    changed: int
    removed: int
    flagged: int
    errors: int
    error_summary: str


class Source(BaseModel):
    id: int
    name: str
    spider: str
    start_urls: list[str]
    schedule: str
    region: str
    channel: str
    options: dict[str, Any] = Field(description="Spider options (selectors, follow patterns).")
    enabled: bool = Field(description="The sources file's word (false: not crawled).")
    paused: bool = Field(description="Paused by an admin (not crawled on its schedule).")
    managed_by: str = Field(description="file (sources.toml) or admin (/sources)")
    crawled: bool = Field(description="Crawled on its schedule: enabled and not paused.")
    last_run: CrawlRun | None
    pending: CrawlRun | None
