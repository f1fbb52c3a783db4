"""The advert page and its JSON: highlighted evidence (escaped, overlaps merged), entities with
the high-pay threshold, the sandboxed snapshot, versions, linked adverts and their graph."""

from __future__ import annotations

import datetime as dt
import zlib
from typing import Any

import lxml.html
from sqlalchemy import select

from api.investigator.highlight import highlight, merge
from store.db import transaction
from store.models import AdvertVersion, Snapshot
from store.services.flags import reasons
from tests.investigator import seed
from tests.investigator.conftest import Client, Live


def test_highlight_escapes_and_merges_overlaps() -> None:
    text = "Gaji <b>25 juta</b> & tanpa pengalaman"
    spans = [(5, 18, "high_pay"), (12, 20, "pressure"), (21, 37, "high_pay")]
    assert merge(spans) == [(5, 20, ["high_pay", "pressure"]), (21, 37, ["high_pay"])]
    html = str(highlight(text, spans))
    assert "<b>" not in html and "&lt;b&gt;25 juta&lt;/b&gt;" in html and "&amp;" in html
    doc = lxml.html.fragment_fromstring(f"<div>{html}</div>")
    marks = doc.cssselect("mark")
    assert [m.get("data-code") for m in marks] == ["high_pay pressure", "high_pay"]
    assert marks[0].get("title") == "Gaji tidak wajar; Desakan / kerahasiaan"
    assert doc.text_content() == text  # nothing lost, nothing added
    assert merge([(0, 3, "pressure"), (3, 5, "pressure")]) == [
        (0, 3, ["pressure"]),
        (3, 5, ["pressure"]),
    ]  # touching is not overlapping


def test_advert_page_shows_evidence_entities_and_case(
    live: Live, login: Any, classified: dict[str, dict[str, Any]]
) -> None:
    siti: Client = login("siti")
    advert_id = live.world.ids["scam0"]
    html = siti.http.get(f"/adverts/{advert_id}").text
    doc = lxml.html.fromstring(html)
    text_box = doc.get_element_by_id("advert-text")
    assert text_box.text_content() == seed.TEXTS["scam0"]
    marked = {c for m in text_box.cssselect("mark") for c in m.get("data-code").split()}
    with_evidence = {f["code"] for f in classified["scam0"]["red_flags"] if f["evidence"]}
    assert marked == with_evidence and marked
    for m in text_box.cssselect("mark"):  # each mark is the words of some evidence span
        codes = m.get("data-code").split()
        spans = [e["text"] for f in classified["scam0"]["red_flags"] if f["code"] in codes
                 for e in f["evidence"]]  # fmt: skip
        assert any(s in m.text_content() for s in spans)
    # Each flag explained: Indonesian label, code, reason. Only flags with evidence are
    # reasons (the model's suspicions without any are listed apart: test_model_only_flags.py).
    flags = doc.cssselect(".flags-list li")
    shown = reasons(classified["scam0"]["red_flags"])
    assert [li.get("data-code") for li in flags] == [f["code"] for f in shown]
    first = shown[0]
    assert first["label"] in flags[0].text_content() and first["reason"] in flags[0].text_content()
    # The case panel offers the next step; the model version and score are shown.
    assert doc.get_element_by_id("start-review") is not None
    assert classified["scam0"]["model"] in html
    data = siti.http.get(f"/api/adverts/{advert_id}").json()
    assert data["model_version"] == classified["scam0"]["model"]
    assert data["score"] == classified["scam0"]["score"] and data["case"]["status"] == "new"
    assert data["case"]["allowed"] == ["in_review"]
    # Entities: salary in IDR/month against the threshold the classifier used.
    salary = data["entities"]["salaries"][0]
    expected = classified["scam0"]["entities"]["salaries"][0]["idr_month"]
    assert salary["idr_month"] == expected
    if "high_pay" in {f["code"] for f in classified["scam0"]["red_flags"]}:
        assert salary["threshold_idr_month"] and salary["threshold_rule"]
        assert salary["ratio"] == round(expected / salary["threshold_idr_month"], 2)
        assert "Batas wajar" in html
    assert [d["code"] for d in data["entities"]["destinations"]] == ["KH"]
    assert data["entities"]["destinations"][0]["name"] == "Kamboja"
    assert [w["value"] for w in data["entities"]["whatsapp"]] == ["+6281366772190"]
    assert [t["action"] for t in data["audit"]] == ["case.open"]


def test_markup_in_an_advert_is_shown_as_text(live: Live, login: Any) -> None:
    siti: Client = login("siti")
    html = siti.http.get(f"/adverts/{live.world.ids['xss']}").text
    doc = lxml.html.fromstring(html)
    box = doc.get_element_by_id("advert-text")
    assert box.text_content() == seed.XSS
    assert not box.cssselect("script, b") and not doc.cssselect("main script")
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert doc.cssselect("h1")[0].text_content().startswith("Kerja <b>cepat</b> & mudah")
    assert "script-src 'none'" in siti.http.get("/queue").headers["content-security-policy"]


def test_snapshot_is_cleaned_and_sandboxed(live: Live, login: Any) -> None:
    siti: Client = login("siti")
    advert_id = live.world.ids["scam0"]
    page = lxml.html.fromstring(siti.http.get(f"/adverts/{advert_id}").text)
    frame = page.cssselect("iframe.snapshot")[0]
    assert frame.get("sandbox") == "" and frame.get("src") == f"/adverts/{advert_id}/snapshot/1"
    r = siti.http.get(frame.get("src"))
    assert r.status_code == 200
    assert r.headers["content-security-policy"] == (
        "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'"
    )
    assert r.headers["x-content-type-options"] == "nosniff"
    snap = lxml.html.fromstring(r.text)
    assert not snap.cssselect("script, iframe, object, embed, form, link, meta, base")
    assert not [el for el in snap.iter() if any(a.startswith("on") for a in el.attrib)]
    assert "javascript:" not in r.text
    # Nothing in the copy fetches or navigates: the addresses stay readable, as titles.
    assert not snap.xpath("//*[@src or @href or @srcset or @action]")
    assert (
        snap.cssselect("img")[0].get("title") == "[tidak dimuat] https://tracker.example/pixel.gif"
    )
    assert snap.cssselect("h1")[0].get("style") == "color:#a00"  # inline style kept
    # CSS fetches nothing either: url(...) and @import are dropped from styles, kept or inline.
    styles = [el.text or "" for el in snap.cssselect("style")]
    styles += [el.get("style", "") for el in snap.xpath("//*[@style]")]
    assert styles and not [s for s in styles if "url(" in s or "@import" in s]
    assert "evil.example/bg.png" not in r.text and "tracker.example/bg.gif" not in r.text
    assert "Phnom Penh" in snap.text_content()
    assert siti.http.get(f"/adverts/{advert_id}/snapshot/9").status_code == 404
    # A snapshot whose bytes no longer match their SHA-256 is refused, not shown.
    with transaction(live.factory) as s:
        version = s.scalar(select(AdvertVersion).where(AdvertVersion.advert_id == advert_id))
        assert version is not None and version.snapshot_id is not None
        snapshot = s.get(Snapshot, version.snapshot_id)
        assert snapshot is not None
        snapshot.body = zlib.compress(b"<p>diubah</p>")
    r = siti.http.get(f"/adverts/{advert_id}/snapshot/1")
    assert r.status_code == 409 and "SHA-256" in r.json()["detail"]


def test_versions_history(live: Live, login: Any, classified: dict[str, dict[str, Any]]) -> None:
    advert_id = live.world.ids["scam1"]
    changed = seed.TEXTS["scam1"].replace("9 juta", "12 juta")
    with transaction(live.factory) as s:
        seed.ingest_one(s, "scam1", classified["scam1"], source_id=None, channel="telegram",
                        when=seed.NOW + dt.timedelta(hours=1), text=changed,
                        url="https://loker.example.id/iklan/scam1")  # fmt: skip
    siti: Client = login("siti")
    data = siti.http.get(f"/api/adverts/{advert_id}").json()
    assert [v["version"] for v in data["versions"]] == [1, 2] and data["current_version"] == 2
    assert data["versions"][0]["snapshot"]["sha256"] != data["versions"][1]["snapshot"]["sha256"]
    assert "12 juta" in siti.http.get(data["versions"][1]["snapshot"]["view_url"]).text
    assert "9 juta" in siti.http.get(data["versions"][0]["snapshot"]["view_url"]).text
    rows = lxml.html.fromstring(siti.http.get(f"/adverts/{advert_id}").text).cssselect(
        "table.versions tbody tr"
    )
    assert [r.cssselect("td")[0].text_content() for r in rows] == ["2", "1"]


def test_linked_adverts_list_and_graph(live: Live, login: Any) -> None:
    siti: Client = login("siti")
    ids = live.world.ids
    data = siti.http.get(f"/api/adverts/{ids['scam0']}").json()
    links = {lk["advert_id"]: lk for lk in data["links"]}
    # The repost and the markup advert share the WhatsApp number; the repost also the text.
    assert {ids["repost"], ids["xss"]} <= set(links)
    repost_kinds = {s["kind"] for s in links[ids["repost"]]["shared"]}
    assert {"whatsapp", "near_duplicate"} <= repost_kinds
    assert {"kind": "whatsapp", "label": "WhatsApp", "value": "+6281366772190"} in links[
        ids["xss"]
    ]["shared"]
    doc = lxml.html.fromstring(siti.http.get(f"/adverts/{ids['scam0']}").text)
    svg = doc.cssselect("svg.link-graph")[0]
    nodes = {int(a.get("data-advert")) for a in svg.iter("{*}a", "a") if a.get("data-advert")}
    assert nodes == {ids["scam0"], *links}
    edges = {t.text_content() for t in svg.cssselect("g.edge title")}
    assert "WA/Telp +6281366772190" in edges  # the markup advert: the number, once
    assert any("Teks mirip" in e and "WA/Telp +6281366772190" in e for e in edges)
    shown = " ".join(t.text_content() for t in svg.cssselect("g.edge text"))
    assert "Teks mirip" in shown and "WA" in shown
    listed = [a.get("href") for a in doc.cssselect("table.links a")]
    assert f"/adverts/{ids['repost']}" in listed
