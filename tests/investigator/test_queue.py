"""The review queue over real HTTP: ranking, every filter, pagination and the CSV export.
Expectations come from the real classifications of the seed adverts, not from constants."""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
from typing import Any

import lxml.html
from sqlalchemy import select

from store.db import transaction
from store.models import ReviewCase
from store.services.flags import reasons
from tests.investigator import seed
from tests.investigator.conftest import Client, Live
from vocabulary.bands import BAND_LABEL, BAND_RANK, Band, risk_band


def _case_keys(live: Live) -> set[str]:
    """Seed adverts that have a review case (flagged by the real model)."""
    with live.factory() as s:
        with_case = set(s.scalars(select(ReviewCase.advert_id)))
    return {k for k, i in live.world.ids.items() if i in with_case}


def _ids(response: Any) -> list[int]:
    assert response.status_code == 200, response.text
    return [item["advert_id"] for item in response.json()["items"]]


def _keys(live: Live, ids: list[int]) -> set[str]:
    by_id = {i: k for k, i in live.world.ids.items()}
    return {by_id[i] for i in ids}


def band_of(result: dict[str, Any]) -> Band:
    """The one rule (vocabulary.bands), from the classifier's own answer."""
    return risk_band(result["suspicious"], (f["code"] for f in reasons(result["red_flags"])))


def test_default_queue_is_open_cases_ranked_by_risk_then_freshness(
    live: Live, login: Any, classified: dict[str, dict[str, Any]]
) -> None:
    siti: Client = login("siti")
    data = siti.http.get("/api/cases").json()
    cases = _case_keys(live)
    assert len(cases) >= 8  # every scam of the fixture set is flagged
    assert data["total"] == len(cases) and data["page_size"] == 25 and data["pages"] == 1
    items = data["items"]
    by_id = {i: k for k, i in live.world.ids.items()}
    for i in items:
        band = band_of(classified[by_id[i["advert_id"]]])
        assert (i["band"], i["band_label"]) == (band, BAND_LABEL[band]), i
    rank = [(-BAND_RANK[i["band"]], i["last_seen"]) for i in items]
    # Band descending; within a band, most recently seen first.
    for (b1, seen1), (b2, seen2) in itertools.pairwise(rank):
        assert b1 < b2 or (b1 == b2 and seen1 >= seen2), (rank, items)
    top = items[0]
    assert top["band"] == "high" and top["band_label"] == "Berbahaya"
    # Each row says why it is in the queue: the verdict, or one strong flag it names.
    for i in items:
        result = classified[by_id[i["advert_id"]]]
        expected = "verdict" if result["suspicious"] else "flag"
        assert i["reason"] == expected, i
        if expected == "flag":
            assert i["reason_label"].startswith("Satu tanda bahaya kuat: ")
    assert top["reason_label"] == "Dinilai mencurigakan oleh model"
    page = siti.http.get("/queue").text
    assert "Masuk antrean: Dinilai mencurigakan oleh model" in page
    assert (
        all(f["label"] for f in top["flags"]) and top["page_url"] == f"/adverts/{top['advert_id']}"
    )
    # Other orders.
    by_score = siti.http.get("/api/cases", params={"sort": "score"}).json()["items"]
    assert [i["score"] for i in by_score] == sorted((i["score"] for i in by_score), reverse=True)
    fresh = siti.http.get("/api/cases", params={"sort": "fresh"}).json()["items"]
    assert [i["last_seen"] for i in fresh] == sorted((i["last_seen"] for i in fresh), reverse=True)


def test_filters(live: Live, login: Any, classified: dict[str, dict[str, Any]]) -> None:
    siti: Client = login("siti")
    cases = _case_keys(live)

    def get(**params: Any) -> set[str]:
        return _keys(live, _ids(siti.http.get("/api/cases", params=params)))

    # Red flag (with evidence) of the latest classification.
    code = reasons(classified["scam0"]["red_flags"])[0]["code"]
    expected = {
        k for k in cases if code in {f["code"] for f in reasons(classified[k]["red_flags"])}
    }
    assert get(flag=code) == expected and "scam0" in expected
    assert get(flag=[code, "document_fraud"]) >= expected  # several codes: any of them
    # Source.
    assert get(source=live.world.sources["tg-lowongan"]) == cases & seed.TELEGRAM
    # Destination (ISO code of the entity extractor).
    khmer = {
        k
        for k in cases
        if "KH" in {d["country"] for d in classified[k]["entities"]["destinations"]}
    }
    assert get(destination="KH") == khmer and {"scam0", "scam6"} <= khmer
    assert get(destination="kh") == khmer
    # Text, case-insensitive, in title or body; LIKE wildcards are taken literally.
    assert get(q="phnom PENH") == {k for k in cases if "phnom penh" in seed.TEXTS[k].lower()}
    assert get(q="100%") == set()
    # Seen in a date range (WIB): only the advert seen in October.
    assert get(**{"from": "2026-10-01", "to": "2026-10-31"}) == {"scam5"}
    assert "scam5" not in get(**{"from": "2026-11-01"})
    # Status and assignee, after a decision.
    case_id = siti.http.get(f"/api/adverts/{live.world.ids['scam0']}").json()["case"]["id"]
    assert (
        siti.post_json(f"/api/cases/{case_id}/transition", {"to": "in_review"}).status_code == 200
    )
    assert get(assignee="me") == {"scam0"}
    assert get(assignee="siti") == {"scam0"}
    assert "scam0" not in get(assignee="none") and len(get(assignee="none")) == len(cases) - 1
    assert get(status="in_review") == {"scam0"}
    escalate = {"to": "escalated", "external_ref": "LP/1", "escalated_to": "police"}
    assert siti.post_json(f"/api/cases/{case_id}/transition", escalate).status_code == 200
    assert "scam0" not in get()  # the default queue is open cases only
    assert get(status="escalated") == {"scam0"}
    assert get(status="all") == cases
    # Combined filters narrow down.
    assert get(status="all", destination="KH", source=live.world.sources["loker-jambi"]) == (
        khmer - seed.TELEGRAM
    )
    # Bad filters get a clear message.
    r = siti.http.get("/api/cases", params={"flag": "gaji_besar"})
    assert r.status_code == 422 and "tidak dikenal" in r.json()["detail"]
    r = siti.http.get("/api/cases", params={"from": "20-11-2026"})
    assert r.status_code == 422 and "TTTT-BB-HH" in r.json()["detail"]
    r = siti.http.get("/api/cases", params={"from": "2026-11-20", "to": "2026-11-01"})
    assert r.status_code == 422


def test_pagination_and_csv_export(
    live: Live, login: Any, classified: dict[str, dict[str, Any]]
) -> None:
    # Thirty reposts of one scam on other sites (the real classification of its text).
    with transaction(live.factory) as session:
        for n in range(30):
            seed.ingest_one(
                session, "scam2", classified["scam2"], source_id=None, channel="facebook",
                when=seed.NOW - dt.timedelta(days=2, minutes=n),
                url=f"https://fb.example.com/groups/loker-jambi/posts/{n}",
            )  # fmt: skip
    siti: Client = login("siti")
    total = len(_case_keys(live)) + 30
    page1 = siti.http.get("/api/cases").json()
    page2 = siti.http.get("/api/cases", params={"page": 2}).json()
    assert page1["total"] == total and page1["pages"] == 2
    assert len(page1["items"]) == 25 and len(page2["items"]) == total - 25
    ids1, ids2 = _ids_of(page1), _ids_of(page2)
    assert not set(ids1) & set(ids2)
    assert siti.http.get("/api/cases", params={"page": 3}).json()["items"] == []

    # The page shows the same rows, with links to the next page keeping the filters.
    html = siti.http.get("/queue", params={"destination": "MY"}).text
    doc = lxml.html.fromstring(html)
    rows = doc.cssselect("table.queue tbody tr")
    api = siti.http.get("/api/cases", params={"destination": "MY"}).json()
    assert [int(r.get("data-advert")) for r in rows] == _ids_of(api)
    assert doc.cssselect("a[download]")[0].get("href") == "/queue.csv?destination=MY"
    full = lxml.html.fromstring(siti.http.get("/queue").text)
    assert full.cssselect("a[rel=next]")[0].get("href") == "/queue?page=2"

    # CSV: every matching row (not one page), in queue order, same filters.
    r = siti.http.get("/queue.csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows_csv = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert [int(x["iklan_id"]) for x in rows_csv] == ids1 + ids2
    first = rows_csv[0]
    assert first["tingkat_risiko"] == "Berbahaya" and first["halaman_waspada"].endswith(
        f"/adverts/{ids1[0]}"
    )
    mine = siti.http.get("/queue.csv", params={"destination": "KH"}).content.decode("utf-8-sig")
    assert {int(x["iklan_id"]) for x in csv.DictReader(io.StringIO(mine))} == set(
        _ids_of(siti.http.get("/api/cases", params={"destination": "KH"}).json())
    )


def _ids_of(page: dict[str, Any]) -> list[int]:
    return [i["advert_id"] for i in page["items"]]


def test_csv_cells_never_become_formulas(live: Live, login: Any) -> None:
    from store.services.bundles import safe_cell

    assert safe_cell('=HYPERLINK("http://evil")') == '\'=HYPERLINK("http://evil")'
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)" and safe_cell("-2+3+cmd|' /C calc'!A0")[0] == "'"
    assert safe_cell("+6281366772190") == "+6281366772190"  # a phone number stays as it is
    with transaction(live.factory) as session:
        from store.models import Advert

        advert = session.get(Advert, live.world.ids["scam1"])
        assert advert is not None
        advert.title = '=HYPERLINK("https://evil.example","klik")'
    siti: Client = login("siti")
    text = siti.http.get("/queue.csv").content.decode("utf-8-sig")
    titles = [row["judul"] for row in csv.DictReader(io.StringIO(text))]
    assert '\'=HYPERLINK("https://evil.example","klik")' in titles
