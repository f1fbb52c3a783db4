"""The case bundle handed to the police or BP3MI: one zip that holds up as evidence.

    case.json          everything known about the advert and its case (machine-readable)
    case.csv           the same, one fact a row, for a spreadsheet
    snapshots.warc.gz  every archived version of the page, as fetched (ISO 28500 WARC)
    MANIFEST.sha256    the SHA-256 of each file above (``sha256sum -c MANIFEST.sha256``)

Each WARC record also carries the SHA-256 recorded when the page was fetched
(``WARC-Payload-SHA256``), which case.json repeats per version, so a copy can be checked
against the database years later. The export is written to the audit log ("case.export",
with the files' hashes) in the same transaction that reads the case.

The WARC writer is passed in (``crawler.warc.write_warc``): the store does not import the
crawler, the API composes the two.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, BinaryIO

from sqlalchemy.orm import Session, sessionmaker

from store.db import transaction
from store.models import Snapshot, User, utcnow
from store.services import audit
from store.services import flags as flag_rules
from store.services.agencies import STATUS_LABELS as AGENCY_STATUS_LABELS
from store.services.agencies import RegisterCheck, check_entities
from store.services.cases import CaseFile, case_file, status_label
from store.services.pictures import picture_snapshots
from vocabulary.names import DECISION_LABELS
from vocabulary.red_flags import RED_FLAG_LABELS

WarcWriter = Callable[[Iterable[Snapshot], BinaryIO], int]
FORMAT = "waspada-case-bundle/1"
WIB = dt.timezone(dt.timedelta(hours=7), "WIB")
FILES = ("case.json", "case.csv", "snapshots.warc.gz", "MANIFEST.sha256")


@dataclass
class Bundle:
    filename: str
    data: bytes
    sha256: dict[str, str]  # file name -> SHA-256 of its bytes
    snapshots: int


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def case_record(
    cf: CaseFile, register: RegisterCheck, *, exported_by: str, exported_at: dt.datetime
) -> dict[str, Any]:
    """The case as one JSON-ready dict (also what case.csv is flattened from)."""
    a, c, cl = cf.advert, cf.case, cf.classification
    body = a.body_text
    return {
        "format": FORMAT,
        "exported_at": _iso(exported_at),
        "exported_by": exported_by,
        "advert": {
            "id": a.id,
            "url": a.canonical_url,
            "title": a.title,
            "body_text": body,
            "source": cf.source_name,
            "origin": a.origin,
            "channel": a.channel,
            "language": a.language,
            "organisation": a.organisation,
            "location": a.location,
            "posted_at": _iso(a.posted_at),
            "first_seen": _iso(a.first_seen),
            "last_seen": _iso(a.last_seen),
            "removed_at": _iso(a.removed_at),
            "current_version": a.current_version,
        },
        "case": None
        if c is None
        else {
            "id": c.id,
            "status": c.status.value,
            "status_label": status_label(c.status),
            "decision": c.decision,
            "decision_label": DECISION_LABELS.get(c.decision, ""),
            "reason": c.reason,
            "external_ref": c.external_ref,
            "assignee": c.assignee.username if c.assignee else None,
            "opened_at": _iso(c.opened_at),
            "decided_at": _iso(c.decided_at),
            "updated_at": _iso(c.updated_at),
        },
        "classification": None
        if cl is None
        else {
            "model_version": cl.model_version,
            "score": cl.score,
            "suspicious": cl.suspicious,
            "advert_version": cl.advert_version,
            "created_at": _iso(cl.created_at),
            # Reasons only: each with the advert's words that support it.
            "red_flags": [
                {**f, "label": RED_FLAG_LABELS.get(f.get("code", ""), f.get("code", ""))}
                for f in flag_rules.reasons(cl.red_flags)
            ],
            # What the model suspected with nothing in the advert to quote: not evidence.
            "model_only_flags": [
                {**f, "note": flag_rules.MODEL_ONLY_LABEL}
                for f in flag_rules.model_only(cl.red_flags, cl.model_only_flags)
            ],
        },
        "classification_history": [
            {
                "model_version": h.model_version,
                "score": h.score,
                "suspicious": h.suspicious,
                "advert_version": h.advert_version,
                "created_at": _iso(h.created_at),
                "red_flags": [f.get("code") for f in flag_rules.reasons(h.red_flags)],
                "model_only_flags": [
                    f["code"] for f in flag_rules.model_only(h.red_flags, h.model_only_flags)
                ],
            }
            for h in cf.classifications
        ],
        "register_check": {
            "register_size": register.register_size,
            "imported_at": _iso(register.imported_at),
            "checks": [
                {
                    "kind": k.kind,
                    "value": k.value,
                    "status": k.status,
                    "agency_name": k.agency_name,
                    "licence_number": k.licence_number,
                }
                for k in register.checks
            ],
        },
        "entities": [
            {
                "kind": e.kind,
                "value": e.value,
                "start": e.start,
                "end": e.end,
                "text": body[e.start : e.end] if e.start is not None and e.end is not None else "",
                "amount": e.amount,
                "currency": e.currency,
                "period": e.period,
                "idr_month": e.idr_month,
            }
            for e in cf.entities
        ],
        "versions": [
            {
                "version": v.version,
                "seen_at": _iso(v.seen_at),
                "title": v.title,
                "content_hash": v.content_hash,
                "snapshot": None
                if v.snapshot is None
                else {
                    "url": v.snapshot.url,
                    "fetched_at": _iso(v.snapshot.fetched_at),
                    "http_status": v.snapshot.http_status,
                    "content_type": v.snapshot.content_type,
                    "size": v.snapshot.size,
                    "sha256": v.snapshot.sha256,
                },
            }
            for v in cf.versions
        ],
        "linked_adverts": [
            {
                "advert_id": lk.advert.id,
                "title": lk.advert.title,
                "url": lk.advert.canonical_url,
                "score": lk.advert.latest_score,
                "case_status": lk.case_status.value if lk.case_status else None,
                "shared": [{"kind": k, "value": v} for k, v in lk.shared],
            }
            for lk in cf.links
        ],
        "notes": [
            {
                "at": _iso(n.created_at),
                "author": n.author.username if n.author else None,
                "body": n.body,
            }
            for n in cf.notes
        ],
        "audit_trail": [
            {
                "at": _iso(t.at),
                "actor": t.actor,
                "action": t.action,
                "before": t.before,
                "after": t.after,
            }
            for t in cf.trail
        ],
    }


def safe_cell(value: object) -> str:
    """A CSV cell that a spreadsheet shows as text, never runs as a formula (an advert could
    contain "=HYPERLINK(...)"). Phone numbers like +62812... are left as they are."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "@", "\t", "\r") or (
        text[:1] in ("+", "-") and not all(ch.isdigit() or ch in " +-()." for ch in text)
    ):
        return "'" + text
    return text


def case_csv(record: dict[str, Any]) -> bytes:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["bagian", "keterangan", "nilai"])

    def row(section: str, field: str, value: object) -> None:
        w.writerow([section, field, safe_cell(value)])

    for k, v in record["advert"].items():
        row("iklan", k, v)
    for k, v in (record["case"] or {}).items():
        row("kasus", k, v)
    cl = record["classification"]
    if cl:
        for k in ("model_version", "score", "suspicious", "created_at"):
            row("klasifikasi", k, cl[k])
        for f in cl["red_flags"]:
            evidence = " | ".join(e.get("text", "") for e in f.get("evidence", []))
            row("tanda_bahaya", f"{f['code']} ({f['label']})", f"skor {f.get('score')}: {evidence}")
            row("tanda_bahaya_alasan", f["code"], f.get("reason", ""))
        for f in cl.get("model_only_flags", []):
            row("dugaan_model", f"{f['code']} ({f['label']})", f"skor {f['score']}: {f['note']}")
    for k in record["register_check"]["checks"]:
        label = AGENCY_STATUS_LABELS.get(k["status"], "tidak terdaftar")
        row("daftar_p3mi", f"{k['kind']}: {k['value']}", f"{label} {k['agency_name']}".strip())
    for e in record["entities"]:
        extra = f" (Rp{e['idr_month']:,.0f}/bulan)" if e.get("idr_month") else ""
        row("entitas", e["kind"], f"{e['value']}{extra}")
    for v in record["versions"]:
        snap = v["snapshot"] or {}
        row(
            "versi",
            f"v{v['version']} {v['seen_at']}",
            f"sha256 {snap.get('sha256', '-')} {snap.get('url', '')}",
        )
    for lk in record["linked_adverts"]:
        shared = ", ".join(f"{s['kind']} {s['value']}" for s in lk["shared"])
        row("iklan_terkait", f"iklan {lk['advert_id']}", f"{shared}: {lk['title']}")
    for n in record["notes"]:
        row("catatan", f"{n['at']} {n['author']}", n["body"])
    for t in record["audit_trail"]:
        row(
            "audit",
            f"{t['at']} {t['actor']} {t['action']}",
            json.dumps(t["after"], ensure_ascii=False),
        )
    return out.getvalue().encode("utf-8-sig")  # BOM: Excel then reads the UTF-8 correctly


def _zip_entry(
    zf: zipfile.ZipFile, name: str, data: bytes, when: dt.datetime, compress: bool
) -> None:
    info = zipfile.ZipInfo(name, date_time=when.astimezone(WIB).timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    zf.writestr(info, data)


def build_bundle(
    factory: sessionmaker[Session],
    advert_id: int,
    actor: User,
    write_warc: WarcWriter,
    *,
    now: dt.datetime | None = None,
) -> Bundle:
    """Assemble the zip and record its export in the audit log (one transaction)."""
    now = now or utcnow()
    with transaction(factory) as session:
        cf = case_file(session, advert_id)
        register = check_entities(session, cf.entities)
        record = case_record(cf, register, exported_by=actor.username, exported_at=now)
        warc = io.BytesIO()
        pages = [v.snapshot for v in cf.versions if v.snapshot is not None]
        # The advert's pictures (a photo post's, a tip's) go in beside its pages, once each.
        seen = {s.id for s in pages}
        pictures = [s for s in picture_snapshots(session, [advert_id]) if s.id not in seen]
        count = write_warc(pages + pictures, warc)
        files = {
            "case.json": json.dumps(record, ensure_ascii=False, indent=2).encode("utf-8"),
            "case.csv": case_csv(record),
            "snapshots.warc.gz": warc.getvalue(),
        }
        digests = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
        manifest = "".join(f"{digest}  {name}\n" for name, digest in digests.items())
        files["MANIFEST.sha256"] = manifest.encode("ascii")
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.comment = b"Waspada: periksa keaslian dengan `sha256sum -c MANIFEST.sha256`"
            for name, data in files.items():
                _zip_entry(zf, name, data, now, compress=not name.endswith(".gz"))
        stamp = now.astimezone(WIB).strftime("%Y%m%d-%H%M")
        filename = f"kasus-iklan-{advert_id}-{stamp}.zip"
        audit.record(
            session,
            actor=actor,
            action="case.export",
            target_type="advert",
            target_id=advert_id,
            after={"filename": filename, "snapshots": count, "sha256": digests},
        )
    return Bundle(filename, buf.getvalue(), digests, count)
