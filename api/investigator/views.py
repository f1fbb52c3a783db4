"""From the store's records to the models the pages and the JSON API show.

The one place where the licensed-agency register becomes evidence: an agency or licence
number named in the advert that is not on the register (or whose licence is revoked or
suspended) adds an ``unlicensed_recruiter`` flag with the agency's name as evidence. It is
computed each time the page is viewed (the register changes; the classification does not).
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from api.investigator import schemas as s
from api.investigator.graph import Edge, Node, link_graph
from api.investigator.highlight import highlight, locate
from api.investigator.present import (
    ENTITY_LABELS,
    REGISTER_LABELS,
    SHORT_LINK_LABELS,
    band_label,
    country,
    flag_label,
    high_pay_threshold,
    link_text,
    wib,
)
from api.investigator.words import origin_label
from store.models import CrawlRun, Entity, ReviewCase
from store.services import flags as flag_rules
from store.services.agencies import RegisterCheck
from store.services.cases import (
    ACTION_LABELS,
    CaseFile,
    allowed_transitions,
    status_label,
)
from store.services.crawls import SourceStatus
from store.services.queue import QueueRow
from store.services.sources import crawlable
from vocabulary.names import DECISION_LABELS


def queue_reason(reason: str, flags: list[str]) -> str:
    """Why an advert is in the queue, in the words an investigator reads."""
    if reason == "tip":
        return "Dikirim warga"
    if reason == "verdict":
        return "Dinilai mencurigakan oleh model"
    strong = flag_label(flags[0]) if flags else "tanda bahaya"
    return f"Satu tanda bahaya kuat: {strong}"


def case_row(row: QueueRow) -> s.CaseRow:
    return s.CaseRow(
        case_id=row.case_id,
        advert_id=row.advert_id,
        status=row.status,
        status_label=status_label(row.status),
        title=row.title,
        snippet=row.snippet,
        url=row.url,
        page_url=f"/adverts/{row.advert_id}",
        source=origin_label(row.source),
        channel=row.channel,
        score=row.score,
        band=row.band,
        band_label=band_label(row.band),
        flags=[s.FlagBadge(code=c, label=flag_label(c)) for c in row.flags],
        destinations=row.destinations,
        assignee=row.assignee,
        first_seen=row.first_seen,
        last_seen=row.last_seen,
        removed_at=row.removed_at,
        opened_at=row.opened_at,
        external_ref=row.external_ref,
        reason=row.reason,
        reason_label=queue_reason(row.reason, row.flags),
    )


def case_model(case: ReviewCase) -> s.Case:
    return s.Case(
        id=case.id,
        advert_id=case.advert_id,
        status=case.status,
        status_label=status_label(case.status),
        assignee=case.assignee.username if case.assignee else None,
        decision=case.decision,
        decision_label=DECISION_LABELS.get(case.decision, ""),
        reason=case.reason,
        external_ref=case.external_ref,
        opened_at=case.opened_at,
        decided_at=case.decided_at,
        updated_at=case.updated_at,
        allowed=list(allowed_transitions(case.status)),
    )


def _evidence(body: str, spans: list[dict[str, Any]]) -> list[s.Evidence]:
    out = []
    for span in spans:
        place = locate(body, span)
        out.append(
            s.Evidence(
                start=place[0] if place else span.get("start"),
                end=place[1] if place else span.get("end"),
                text=str(span.get("text") or ""),
                located=place is not None,
            )
        )
    return out


def _register_flag(body: str, register: RegisterCheck) -> s.RedFlag | None:
    suspect = register.suspect
    if not suspect:
        return None
    reasons = []
    for c in suspect:
        what = "Agensi" if c.kind == "agency" else "Nomor izin"
        if c.status == "unknown":
            reasons.append(f"{what} '{c.value}' tidak ada dalam daftar P3MI berizin.")
        else:
            state = "dicabut" if c.status == "revoked" else "dibekukan"
            reasons.append(f"{what} '{c.value}' ada di daftar P3MI, tetapi izinnya {state}.")
    if register.imported_at:
        reasons.append(f"(Daftar P3MI diimpor {wib(register.imported_at, with_time=False)}.)")
    spans = []
    for c in suspect:
        text = body[c.start : c.end] if c.start is not None and c.end is not None else c.value
        spans.append({"start": c.start, "end": c.end, "text": text or c.value})
    return s.RedFlag(
        code="unlicensed_recruiter",
        label=flag_label("unlicensed_recruiter"),
        score=None,
        reason=" ".join(reasons),
        evidence=_evidence(body, spans),
        origin="register",
    )


def _item(e: Entity, body: str) -> s.EntityItem:
    text = body[e.start : e.end] if e.start is not None and e.end is not None else ""
    return s.EntityItem(kind=e.kind, value=e.value, text=text or e.value, start=e.start, end=e.end)


def _entities(cf: CaseFile, red_flags: list[dict[str, Any]]) -> s.Entities:
    body = cf.advert.body_text
    by_kind: dict[str, list[Entity]] = {}
    for e in cf.entities:
        by_kind.setdefault(e.kind, []).append(e)
    threshold = high_pay_threshold(red_flags)
    salaries = []
    for e in by_kind.get("salary", []):
        limit = threshold[0] if threshold else None
        salaries.append(
            s.Salary(
                text=e.value,
                amount=e.amount,
                currency=e.currency,
                period=e.period,
                idr_month=e.idr_month,
                threshold_idr_month=limit,
                threshold_rule=threshold[1] if threshold else None,
                threshold_basis=threshold[2] if threshold else None,
                ratio=round(e.idr_month / limit, 2) if limit and e.idr_month else None,
            )
        )
    seen: set[str] = set()
    destinations = []
    for e in by_kind.get("destination", []):
        if e.value not in seen:
            seen.add(e.value)
            destinations.append(
                s.Destination(code=e.value, name=country(e.value), text=_item(e, body).text)
            )

    def items(kind: str) -> list[s.EntityItem]:
        return [_item(e, body) for e in by_kind.get(kind, [])]

    return s.Entities(
        salaries=salaries,
        destinations=destinations,
        phones=items("phone"),
        whatsapp=items("whatsapp"),
        telegram=items("telegram"),
        emails=items("email"),
        bank_accounts=items("bank_account"),
        agencies=items("agency"),
        licences=items("licence"),
        urls=items("url"),
        job_types=items("job_type"),
    )


def tip_views(cf: CaseFile, *, show_contacts: bool) -> list[s.CitizenTip]:
    return [
        s.CitizenTip(
            id=t.id,
            sent_at=t.created_at,
            region=t.region,
            message=t.message,
            contact=t.contact if show_contacts and t.contact_consent else None,
        )
        for t in cf.tips
    ]


def advert_detail(
    cf: CaseFile, register: RegisterCheck, *, show_contacts: bool = False
) -> s.AdvertDetail:
    a, cl = cf.advert, cf.classification
    body = a.body_text
    # Reasons only (flags with evidence); the model's other suspicions are listed apart.
    raw_flags: list[dict[str, Any]] = flag_rules.reasons(cl.red_flags) if cl else []
    suspected = flag_rules.model_only(cl.red_flags, cl.model_only_flags) if cl else []
    flags = [
        s.RedFlag(
            code=str(f.get("code")),
            label=flag_label(str(f.get("code"))),
            score=f.get("score"),
            reason=str(f.get("reason") or ""),
            evidence=_evidence(body, list(f.get("evidence") or [])),
            origin="classifier",
        )
        for f in raw_flags
    ]
    added = _register_flag(body, register)
    if added is not None:
        flags.append(added)
        # The register's evidence answers the model's suspicion of the same flag.
        suspected = [f for f in suspected if f["code"] != added.code]
    return s.AdvertDetail(
        id=a.id,
        url=a.canonical_url,
        title=a.title,
        body_text=body,
        source=cf.source_name,
        origin=a.origin,
        channel=a.channel,
        language=a.language,
        first_seen=a.first_seen,
        last_seen=a.last_seen,
        removed_at=a.removed_at,
        current_version=a.current_version,
        score=a.latest_score,
        band=cf.band,
        band_label=band_label(cf.band),
        suspicious=a.latest_suspicious,
        model_version=cl.model_version if cl else None,
        classified_at=cl.created_at if cl else None,
        red_flags=flags,
        model_only_flags=[
            s.ModelOnlyFlag(code=f["code"], label=flag_label(f["code"]), score=f["score"])
            for f in suspected
        ],
        entities=_entities(cf, raw_flags),
        tips=tip_views(cf, show_contacts=show_contacts),
        agency_register=s.Register(
            register_size=register.register_size,
            imported_at=register.imported_at,
            checks=[
                s.RegisterEntry(
                    kind=c.kind,
                    value=c.value,
                    status=c.status,
                    status_label=REGISTER_LABELS[c.status],
                    agency_name=c.agency_name,
                    licence_number=c.licence_number,
                )
                for c in register.checks
            ],
        ),
        versions=[
            s.Version(
                version=v.version,
                seen_at=v.seen_at,
                title=v.title,
                content_hash=v.content_hash,
                snapshot=None
                if v.snapshot is None
                else s.SnapshotInfo(
                    url=v.snapshot.url,
                    fetched_at=v.snapshot.fetched_at,
                    http_status=v.snapshot.http_status,
                    content_type=v.snapshot.content_type,
                    size=v.snapshot.size,
                    sha256=v.snapshot.sha256,
                    view_url=f"/adverts/{a.id}/snapshot/{v.version}",
                    purged_at=v.snapshot.purged_at,
                ),
            )
            for v in cf.versions
        ],
        links=[
            s.LinkedAdvert(
                advert_id=lk.advert.id,
                title=lk.advert.title or " ".join(lk.advert.body_text.split())[:80],
                score=lk.advert.latest_score,
                band=lk.band,
                case_status=lk.case_status,
                shared=[
                    s.Shared(kind=k, label=ENTITY_LABELS.get(k, k), value=v) for k, v in lk.shared
                ],
            )
            for lk in cf.links
        ],
        case=case_model(cf.case) if cf.case else None,
        notes=[
            s.Note(
                id=n.id,
                at=n.created_at,
                author=n.author.username if n.author else None,
                body=n.body,
            )
            for n in cf.notes
        ],
        audit=[
            s.AuditEntry(
                at=t.at,
                actor=t.actor,
                action=t.action,
                action_label=ACTION_LABELS.get(t.action, t.action),
                before=t.before,
                after=t.after,
            )
            for t in cf.trail
        ],
    )


def highlighted_text(detail: s.AdvertDetail) -> Markup:
    spans = [
        (ev.start, ev.end, flag.code)
        for flag in detail.red_flags
        for ev in flag.evidence
        if ev.located and ev.start is not None and ev.end is not None
    ]
    return highlight(detail.body_text, spans)


def _edge_labels(shared: list[s.Shared]) -> list[str]:
    """One label per shared value: a number that is both phone and WhatsApp is one edge label
    ("WA/Telp +62..."), not two."""
    kinds: dict[str, list[str]] = {}
    for sh in shared:
        kinds.setdefault(sh.value, []).append(sh.kind)
    labels = []
    for value, ks in kinds.items():
        if len(ks) == 1:
            labels.append(link_text(ks[0], value))
        else:
            short = "/".join(sorted({SHORT_LINK_LABELS.get(k, k) for k in ks}, reverse=True))
            labels.append(f"{short} {value}")
    return labels


def graph(detail: s.AdvertDetail) -> Markup:
    center = Node(detail.id, detail.title or detail.body_text[:40], detail.band)
    others = [Node(lk.advert_id, lk.title, lk.band) for lk in detail.links]
    edges = [Edge(lk.advert_id, _edge_labels(lk.shared)) for lk in detail.links]
    return link_graph(center, others, edges)


def crawl_run(run: CrawlRun | None) -> s.CrawlRun | None:
    if run is None:
        return None
    return s.CrawlRun(
        id=run.id,
        source_id=run.source_id,
        source=run.source.name if run.source else None,
        spider=run.spider,
        status=run.status,
        started_at=run.started_at,
        finished_at=run.finished_at,
        pages=run.pages,
        items=run.items,
        new=run.new,
        changed=run.changed,
        removed=run.removed,
        flagged=run.flagged,
        errors=run.errors,
        error_summary=run.error_summary,
    )


def source_model(st: SourceStatus) -> s.Source:
    src = st.source
    return s.Source(
        id=src.id,
        name=src.name,
        spider=src.spider,
        start_urls=[str(u) for u in src.start_urls],
        schedule=src.schedule,
        region=src.region,
        channel=src.channel,
        options=dict(src.options or {}),
        enabled=src.enabled,
        paused=src.paused,
        managed_by=src.managed_by,
        crawled=crawlable(src),
        last_run=crawl_run(st.last_run),
        pending=crawl_run(st.pending),
    )
