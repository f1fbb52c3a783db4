"""The case bundle for the police: four files, a manifest whose hashes match, a WARC that
warcio reads back with the archived pages byte for byte, and an audit entry for the export."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from typing import Any

from sqlalchemy import select
from warcio.archiveiterator import ArchiveIterator

from store.models import AuditLog, Snapshot
from store.services.adverts import snapshot_body
from store.services.flags import reasons
from tests.investigator import seed
from tests.investigator.conftest import Client, Live


def test_bundle_holds_up(live: Live, login: Any, classified: dict[str, dict[str, Any]]) -> None:
    siti: Client = login("siti")
    advert_id = live.world.ids["scam0"]
    case_id = siti.http.get(f"/api/adverts/{advert_id}").json()["case"]["id"]
    siti.post_json(f"/api/cases/{case_id}/transition", {"to": "in_review"})
    siti.post_json(f"/api/cases/{case_id}/notes", {"body": "Nomor WA cocok dengan laporan warga."})
    siti.post_json(
        f"/api/cases/{case_id}/transition",
        {"to": "escalated", "external_ref": "LP/B/77/XI/2026/SPKT", "escalated_to": "police"},
    )
    r = siti.http.get(f"/adverts/{advert_id}/bundle.zip")
    assert r.status_code == 200 and r.headers["content-type"] == "application/zip"
    assert f'filename="kasus-iklan-{advert_id}-' in r.headers["content-disposition"]
    zf = zipfile.ZipFile(io.BytesIO(r.content))
    assert zf.testzip() is None
    assert sorted(zf.namelist()) == sorted(
        ["case.json", "case.csv", "snapshots.warc.gz", "MANIFEST.sha256"]
    )
    # The manifest lists every other file with its SHA-256 (sha256sum -c format).
    manifest = {}
    for line in zf.read("MANIFEST.sha256").decode().splitlines():
        digest, name = line.split("  ")
        manifest[name] = digest
    assert set(manifest) == {"case.json", "case.csv", "snapshots.warc.gz"}
    for name, digest in manifest.items():
        assert hashlib.sha256(zf.read(name)).hexdigest() == digest

    record = json.loads(zf.read("case.json"))
    assert (
        record["advert"]["id"] == advert_id and record["advert"]["body_text"] == seed.TEXTS["scam0"]
    )
    assert record["case"]["status"] == "escalated"
    assert record["case"]["external_ref"] == "LP/B/77/XI/2026/SPKT"
    assert record["classification"]["model_version"] == classified["scam0"]["model"]
    assert [f["code"] for f in record["classification"]["red_flags"]] == [
        f["code"] for f in reasons(classified["scam0"]["red_flags"])
    ]
    assert record["notes"][0]["body"] == "Nomor WA cocok dengan laporan warga."
    assert [t["action"] for t in record["audit_trail"]] == [
        "case.open", "case.status", "case.note", "case.status",
    ]  # fmt: skip
    assert record["exported_by"] == "siti"
    assert {lk["advert_id"] for lk in record["linked_adverts"]} >= {live.world.ids["repost"]}

    rows = list(csv.reader(io.StringIO(zf.read("case.csv").decode("utf-8-sig"))))
    assert rows[0] == ["bagian", "keterangan", "nilai"]
    assert ["kasus", "external_ref", "LP/B/77/XI/2026/SPKT"] in rows

    # The WARC reads back with warcio: one response per archived version, the body exactly as
    # fetched, its recorded SHA-256 in the record and in case.json.
    responses = [
        (rec.rec_headers.get_header("WARC-Target-URI"),
         rec.rec_headers.get_header("WARC-Payload-SHA256"), rec.content_stream().read())
        for rec in ArchiveIterator(io.BytesIO(zf.read("snapshots.warc.gz")))
        if rec.rec_type == "response"
    ]  # fmt: skip
    assert len(responses) == len(record["versions"]) == 1
    uri, recorded_sha, body = responses[0]
    with live.factory() as s:
        snap = s.scalars(select(Snapshot).where(Snapshot.url == uri)).one()
        assert body == snapshot_body(snap) and b"Phnom Penh" in body
    sha = hashlib.sha256(body).hexdigest()
    assert recorded_sha == sha
    assert record["versions"][0]["snapshot"]["sha256"] == sha

    # The export itself is in the audit log, with the hashes of what was handed over.
    with live.factory() as s:
        export = s.scalars(select(AuditLog).where(AuditLog.action == "case.export")).one()
        assert export.actor == "siti" and export.target_id == str(advert_id)
        assert export.after is not None and export.after["sha256"] == manifest
    page = siti.http.get(f"/adverts/{advert_id}").text
    assert "Berkas kasus diekspor" in page


def test_bundle_of_an_advert_with_versions_and_no_case(live: Live, login: Any) -> None:
    admin: Client = login("admin1")
    legit = live.world.ids["legit2"]  # not flagged: no case, still exportable as evidence
    r = admin.http.get(f"/adverts/{legit}/bundle.zip")
    assert r.status_code == 200
    record = json.loads(zipfile.ZipFile(io.BytesIO(r.content)).read("case.json"))
    assert record["case"] is None and len(record["versions"]) == 1
    assert admin.http.get("/adverts/99999/bundle.zip").status_code == 404
