"""Alerts, for admins: the rules (what to push, and where) and each alert's delivery status.

Pages (Bahasa Indonesia, CSRF on every form):
``GET /alerts`` rules and recent alerts; ``GET /alerts/rules/new``, ``POST /alerts/rules``;
``GET|POST /alerts/rules/{id}`` edit; ``POST /alerts/rules/{id}/enabled`` turn on or off;
``POST /alerts/{id}/retry`` send again now.

JSON (bearer token or session + ``X-CSRF-Token``):
``GET|POST /api/alerts/rules``, ``GET|PATCH /api/alerts/rules/{id}``,
``GET /api/alerts?status=&rule_id=&before_id=&limit=``, ``POST /api/alerts/{id}/retry``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import JsonDict

from api.auth import Admin, CsrfChecked
from api.deps import MAX_ID, IdPath, IdQuery, SessionDep, StateDep
from api.openapi import NOT_BLANK
from api.templating import templates
from citizen.text_input import refuse_bad
from store.models import AlertRule, Source
from store.services import alert_outbox, alert_rules
from store.services.alert_rules import RuleIn, RuleInvalid
from store.services.snippets import decimal
from vocabulary.names import LINK_KIND_LABELS
from vocabulary.red_flags import RED_FLAG_LABELS

router = APIRouter()
WIB = dt.timezone(dt.timedelta(hours=7), "WIB")  # the task force's clock in Kota Jambi


# --------------------------------------------------------------------------- presentation


def describe(rule: AlertRule, sources: dict[int, str]) -> str:
    """One Indonesian line saying when a rule fires."""
    if rule.trigger == "score":
        what = f"Skor ≥ {decimal(rule.min_score or 0)}"
    elif rule.trigger == "red_flags":
        what = "Tanda bahaya: " + ", ".join(RED_FLAG_LABELS.get(c, c) for c in rule.codes)
    elif rule.trigger == "linked_case":
        kinds = rule.link_kinds or list(LINK_KIND_LABELS)
        what = "Terkait kasus yang ditangani lewat: " + ", ".join(
            LINK_KIND_LABELS.get(k, k).lower() for k in kinds
        )
    else:
        what = "Laporan warga"
    extra = []
    # Only the conditions the trigger uses: those are evaluated (alert_rules.TRIGGER_FIELDS).
    if (
        rule.trigger != "score"
        and alert_rules.uses(rule.trigger, "min_score")
        and rule.min_score is not None
    ):
        extra.append(f"skor ≥ {decimal(rule.min_score)}")
    if rule.trigger != "red_flags" and alert_rules.uses(rule.trigger, "codes") and rule.codes:
        extra.append("tanda: " + ", ".join(RED_FLAG_LABELS.get(c, c) for c in rule.codes))
    if rule.region:
        extra.append(f"wilayah {rule.region}")
    if rule.source_id is not None:
        extra.append(f"sumber {sources.get(rule.source_id, rule.source_id)}")
    return what + (f" ({'; '.join(extra)})" if extra else "")


def wib(value: dt.datetime | None) -> str:
    return value.astimezone(WIB).strftime("%d-%m-%Y %H:%M") if value else ""


def _page(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    return templates.TemplateResponse(request, name, context, status_code=status)


def _source_names(session: SessionDep) -> dict[int, str]:
    return {s.id: s.name for s in alert_rules.sources(session)}


# --------------------------------------------------------------------------- pages


@router.get("/alerts", response_class=HTMLResponse, include_in_schema=False)
def alerts_page(
    request: Request,
    user: Admin,
    session: SessionDep,
    status: Annotated[str, Query()] = "",
    rule_id: IdQuery = None,
    saved: IdQuery = None,
    retried: IdQuery = None,
) -> Response:
    rules = alert_rules.list_rules(session)
    sources = _source_names(session)
    recent = alert_outbox.list_alerts(
        session,
        status=status if status in alert_outbox.STATUSES else None,
        rule_id=rule_id,
        limit=100,
    )
    return _page(
        request,
        "alerts/index.html",
        {
            "user": user,
            "rules": rules,
            "describe": {r.id: describe(r, sources) for r in rules},
            "counts": alert_rules.rule_counts(session),
            "alerts": recent,
            "status": status,
            "rule_id": rule_id,
            "saved": saved,
            "retried": retried,
            "wib": wib,
            "STATUS_LABELS": alert_outbox.STATUS_LABELS,
            "CHANNEL_LABELS": alert_rules.CHANNEL_LABELS,
            "DIGEST_CHOICES": alert_rules.DIGEST_CHOICES,
        },
    )


class RuleForm(BaseModel):
    """The rule form as posted: text fields are parsed here, so a bad number gets a message in
    Indonesian next to its field instead of a generic validation error."""

    name: str = ""
    trigger: str = "score"
    min_score: str = ""
    codes: list[str] = Field(default_factory=list)
    link_kinds: list[str] = Field(default_factory=list)
    region: str = ""
    source_id: str = ""
    channel: str = "email"
    target: str = ""
    digest: str = "none"
    secret: str = ""
    enabled: str = ""


def _refuse_bad_text(values: dict[str, Any]) -> None:
    """No NUL or lone surrogate in any text of a rule (:mod:`citizen.text_input`; 422)."""
    for name, value in values.items():
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str):
                refuse_bad(text, f"Isian '{name}'")


def _from_form(form: RuleForm) -> RuleIn:
    _refuse_bad_text(form.model_dump())
    errors: dict[str, str] = {}
    min_score: float | None = None
    # A threshold left in the form by another trigger is not its own (alert_rules.TRIGGER_FIELDS).
    if form.min_score.strip() and alert_rules.uses(form.trigger, "min_score"):
        try:
            min_score = float(form.min_score.strip().replace(",", "."))
        except ValueError:
            errors["min_score"] = "Ambang skor harus berupa angka antara 0 dan 1, mis. 0,8."
    source_id: int | None = None
    if form.source_id.strip():
        text = form.source_id.strip()
        if text.isascii() and text.isdigit() and len(text) <= 10 and 1 <= int(text) <= MAX_ID:
            source_id = int(text)
        else:
            errors["source_id"] = "Pilih sumber dari daftar."
    if errors:
        raise RuleInvalid(errors)
    return RuleIn(
        name=form.name,
        trigger=form.trigger,
        channel=form.channel,
        target=form.target,
        min_score=min_score,
        codes=form.codes,
        link_kinds=form.link_kinds,
        region=form.region,
        source_id=source_id,
        digest=form.digest,
        secret=form.secret.strip() or None,  # empty: keep the stored secret
        enabled=bool(form.enabled),
    )


def _form_context(
    user: Any,
    sources: list[Source],
    values: dict[str, Any],
    *,
    rule: AlertRule | None = None,
    errors: dict[str, str] | None = None,
) -> dict[str, Any]:
    return {
        "user": user,
        "rule": rule,
        "v": values,
        "errors": errors or {},
        "sources": sources,
        "TRIGGERS": alert_rules.TRIGGER_LABELS,
        "CHANNELS": alert_rules.CHANNEL_LABELS,
        "DIGESTS": alert_rules.DIGEST_CHOICES,
        "LINK_KINDS": LINK_KIND_LABELS,
        "FLAGS": RED_FLAG_LABELS,
        "TRIGGER_FIELDS": alert_rules.TRIGGER_FIELDS,
    }


def _values(rule: AlertRule | None) -> dict[str, Any]:
    if rule is None:
        return {"name": "", "trigger": "score", "min_score": "", "codes": [],
                "link_kinds": [], "region": "", "source_id": "", "channel": "email",
                "target": "", "digest": "none", "enabled": True}  # fmt: skip
    return {
        "name": rule.name,
        "trigger": rule.trigger,
        "min_score": decimal(rule.min_score) if rule.min_score is not None else "",
        "codes": list(rule.codes),
        "link_kinds": list(rule.link_kinds),
        "region": rule.region,
        "source_id": str(rule.source_id or ""),
        "channel": rule.channel,
        "target": rule.target,
        "digest": rule.digest,
        "enabled": rule.enabled,
    }


def _posted_values(form: RuleForm) -> dict[str, Any]:
    values = form.model_dump()
    values["enabled"] = bool(form.enabled)
    values.pop("secret")  # never echoed back into the page
    return values


@router.get("/alerts/rules/new", response_class=HTMLResponse, include_in_schema=False)
def new_rule_page(request: Request, user: Admin, session: SessionDep) -> Response:
    return _page(
        request,
        "alerts/rule_form.html",
        _form_context(user, alert_rules.sources(session), _values(None)),
    )


@router.post("/alerts/rules", dependencies=[CsrfChecked], include_in_schema=False)
def create_rule_form(
    request: Request,
    user: Admin,
    state: StateDep,
    session: SessionDep,
    form: Annotated[RuleForm, Form()],
) -> Response:
    try:
        rule = alert_rules.create_rule(state.sessions, _from_form(form), actor=user)
    except RuleInvalid as exc:
        # The form again with what to fix beside each field; nothing was stored.
        context = _form_context(
            user, alert_rules.sources(session), _posted_values(form), errors=exc.errors
        )
        return _page(request, "alerts/rule_form.html", context, status=422)
    return RedirectResponse(f"/alerts?saved={rule.id}", status_code=303)


@router.get("/alerts/rules/{rule_id:int}", response_class=HTMLResponse, include_in_schema=False)
def edit_rule_page(request: Request, rule_id: IdPath, user: Admin, session: SessionDep) -> Response:
    rule = alert_rules.get_rule(session, rule_id)
    context = _form_context(user, alert_rules.sources(session), _values(rule), rule=rule)
    return _page(request, "alerts/rule_form.html", context)


@router.post("/alerts/rules/{rule_id:int}", dependencies=[CsrfChecked], include_in_schema=False)
def update_rule_form(
    request: Request,
    rule_id: IdPath,
    user: Admin,
    state: StateDep,
    session: SessionDep,
    form: Annotated[RuleForm, Form()],
) -> Response:
    rule = alert_rules.get_rule(session, rule_id)
    try:
        alert_rules.update_rule(state.sessions, rule_id, _from_form(form), actor=user)
    except RuleInvalid as exc:
        context = _form_context(
            user, alert_rules.sources(session), _posted_values(form), rule=rule, errors=exc.errors
        )
        return _page(request, "alerts/rule_form.html", context, status=422)
    return RedirectResponse(f"/alerts?saved={rule_id}", status_code=303)


@router.post(
    "/alerts/rules/{rule_id:int}/enabled", dependencies=[CsrfChecked], include_in_schema=False
)
def toggle_rule_form(
    rule_id: IdPath,
    user: Admin,
    state: StateDep,
    enabled: Annotated[str, Form()] = "",
) -> Response:
    alert_rules.set_rule_enabled(state.sessions, rule_id, enabled == "1", actor=user)
    return RedirectResponse(f"/alerts?saved={rule_id}", status_code=303)


@router.post("/alerts/{alert_id}/retry", dependencies=[CsrfChecked], include_in_schema=False)
def retry_form(alert_id: IdPath, user: Admin, state: StateDep) -> Response:
    alert_outbox.retry_alert(state.sessions, alert_id, actor=user)
    return RedirectResponse(f"/alerts?retried={alert_id}", status_code=303)


# --------------------------------------------------------------------------- JSON API


# What each trigger and channel needs, stated in the schema (store.services.alert_rules checks
# it and says it in Indonesian).
_ONE_EMAIL = r"[^@\s,;<>\x00]+@[^@\s,;<>\x00]+\.[^@\s,;<>\x00]+"
RULE_NEEDS: JsonDict = {
    "allOf": [
        {
            "if": {"properties": {"channel": {"const": "email"}}, "required": ["channel"]},
            "then": {
                "properties": {
                    "target": {"pattern": rf"^[\s,;]*{_ONE_EMAIL}([\s,;]+{_ONE_EMAIL})*[\s,;]*$"}
                }
            },
        },
        {
            "if": {"properties": {"channel": {"const": "webhook"}}, "required": ["channel"]},
            "then": {
                "properties": {
                    "target": {"pattern": r"^\s*https?://[a-z0-9-]+(\.[a-z0-9-]+)+(/[!-~]*)?\s*$"},
                    "digest": {"const": "none"},
                }
            },
        },
        {
            "if": {"properties": {"trigger": {"const": "score"}}, "required": ["trigger"]},
            "then": {"required": ["min_score"], "properties": {"min_score": {"type": "number"}}},
        },
        {
            "if": {"properties": {"trigger": {"const": "red_flags"}}, "required": ["trigger"]},
            "then": {"required": ["codes"], "properties": {"codes": {"minItems": 1}}},
        },
    ]
}


class RuleBody(BaseModel):
    """A rule in JSON. ``secret``: the webhook's HMAC key (left out: one is generated).
    A condition the trigger does not use is not stored (the answer shows it null or empty)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra=RULE_NEEDS)

    name: str = Field(json_schema_extra=NOT_BLANK | {"maxLength": 200})
    trigger: str = Field(
        description="score | red_flags | linked_case | tip",
        json_schema_extra={"enum": list(alert_rules.TRIGGER_LABELS)},
    )
    channel: str = Field(
        description="email | webhook", json_schema_extra={"enum": list(alert_rules.CHANNEL_LABELS)}
    )
    target: str = Field(description="e-mail addresses (comma-separated) or the webhook URL")
    min_score: float | None = Field(
        default=None,
        description="score (required) and red_flags (optional) only",
        json_schema_extra={"minimum": 0, "maximum": 1},
    )
    codes: list[str] = Field(
        default_factory=list,
        description="red_flags (required) and score (optional) only",
        json_schema_extra={"items": {"enum": list(RED_FLAG_LABELS)}},
    )
    link_kinds: list[str] = Field(
        default_factory=list,
        description="linked_case only (empty: every kind of link)",
        json_schema_extra={"items": {"enum": list(LINK_KIND_LABELS)}},
    )
    region: str = Field(default="", json_schema_extra={"maxLength": 100})
    source_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    digest: str = Field(
        default="none",
        description="none | hourly | daily (e-mail only)",
        json_schema_extra={"enum": list(alert_rules.DIGEST_CHOICES)},
    )
    secret: str | None = None
    enabled: bool = Field(default=True, strict=True)


class RulePatch(BaseModel):
    """Only the fields to change. ``null`` leaves a field as it is, except ``min_score`` and
    ``source_id``, which it clears."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(default=None, json_schema_extra=NOT_BLANK | {"maxLength": 200})
    trigger: str | None = Field(
        default=None, json_schema_extra={"enum": [*alert_rules.TRIGGER_LABELS, None]}
    )
    channel: str | None = Field(
        default=None, json_schema_extra={"enum": [*alert_rules.CHANNEL_LABELS, None]}
    )
    target: str | None = None
    min_score: float | None = None
    codes: list[str] | None = None
    link_kinds: list[str] | None = None
    region: str | None = None
    source_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    digest: str | None = Field(
        default=None, json_schema_extra={"enum": [*alert_rules.DIGEST_CHOICES, None]}
    )
    secret: str | None = None
    enabled: bool | None = Field(default=None, strict=True)


# In a patch, null clears these; any other field sent as null stays as it is (a null list of
# codes reached the service as None and failed with a 500: a schemathesis finding).
CLEARED_BY_NULL = {"min_score", "source_id", "secret"}


@router.get("/api/alerts/rules")
def api_rules(user: Admin, session: SessionDep) -> dict[str, Any]:
    return {"rules": [alert_rules.rule_dict(r) for r in alert_rules.list_rules(session)]}


@router.post("/api/alerts/rules", status_code=201, dependencies=[CsrfChecked])
def api_create_rule(body: RuleBody, user: Admin, state: StateDep) -> dict[str, Any]:
    _refuse_bad_text(body.model_dump())
    rule = alert_rules.create_rule(state.sessions, RuleIn(**body.model_dump()), actor=user)
    return alert_rules.rule_dict(rule, with_secret=True)


@router.get("/api/alerts/rules/{rule_id}")
def api_rule(rule_id: IdPath, user: Admin, session: SessionDep) -> dict[str, Any]:
    return alert_rules.rule_dict(alert_rules.get_rule(session, rule_id), with_secret=True)


@router.patch("/api/alerts/rules/{rule_id}", dependencies=[CsrfChecked])
def api_update_rule(
    rule_id: IdPath, body: RulePatch, user: Admin, state: StateDep, session: SessionDep
) -> dict[str, Any]:
    current = alert_rules.rule_input(alert_rules.get_rule(session, rule_id))
    changes = {
        k: v
        for k, v in body.model_dump(exclude_unset=True).items()
        if v is not None or k in CLEARED_BY_NULL
    }
    _refuse_bad_text(changes)
    rule = alert_rules.update_rule(state.sessions, rule_id, replace(current, **changes), actor=user)
    return alert_rules.rule_dict(rule, with_secret=True)


@router.get("/api/alerts")
def api_alerts(
    user: Admin,
    session: SessionDep,
    status: Annotated[
        str | None,
        Query(
            description="pending | sent | failed",
            json_schema_extra={"enum": ["", *alert_outbox.STATUSES]},
        ),
    ] = None,
    rule_id: IdQuery = None,
    before_id: Annotated[
        int | None, Query(ge=1, le=MAX_ID, description="page: ids below this one")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> dict[str, Any]:
    rows = alert_outbox.list_alerts(
        session, status=status or None, rule_id=rule_id, limit=limit, before_id=before_id
    )
    return {"alerts": [alert_outbox.alert_dict(a) for a in rows]}


@router.post("/api/alerts/{alert_id}/retry", dependencies=[CsrfChecked])
def api_retry(alert_id: IdPath, user: Admin, state: StateDep) -> dict[str, Any]:
    alert_outbox.retry_alert(state.sessions, alert_id, actor=user)
    with state.sessions() as session:
        return alert_outbox.alert_dict(alert_outbox.get_alert(session, alert_id))
