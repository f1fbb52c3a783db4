"""The JSON endpoint, the monthly PDF and the CSV, over real HTTP, agree with each other and
with the hand counts; the PDF really renders; phone numbers stay masked; strangers get nothing."""

from __future__ import annotations

import csv
import io
import json

import httpx
from PIL import ImageStat

from store.services.tokens import create_token
from tests.reports import fixture_db
from tests.reports.conftest import USERNAME, Live
from tests.reports.helpers import first_page_image, page_texts

NOV = {"start": "2026-11-01", "end": "2026-12-01"}


def test_pdf_renders_with_the_month_and_figures(client: httpx.Client) -> None:
    r = client.get("/reports/monthly.pdf", params={"month": fixture_db.MONTH})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/pdf"
    assert 'filename="waspada-laporan-2026-11.pdf"' in r.headers["content-disposition"]
    assert r.headers["cache-control"] == "no-store"
    assert r.content.startswith(b"%PDF-")

    page = first_page_image(r.content)
    grey = page.convert("L")
    dark = sum(1 for p in grey.getdata() if p < 200) / (grey.width * grey.height)
    assert dark > 0.03, f"first page nearly blank ({dark:.1%} non-white)"
    # The charts are in colour: the red of the "flagged" series and the red-flag bars.
    red = sum(1 for (rr, g, b) in page.getdata() if rr > 150 and g < 80 and b < 100)
    assert red > 500
    assert ImageStat.Stat(grey).stddev[0] > 20

    pages = page_texts(r.content)
    text, first_page = "\n".join(pages), pages[0]
    assert "November 2026" in first_page
    assert "Presisi antrean" in first_page and "50,0%" in first_page
    assert "Gaji tidak wajar" in first_page  # the Indonesian label of high_pay
    # Escalated cases with their external references (table cells may wrap a long one).
    squeezed = "".join(text.split())
    assert all("".join(ref.split()) in squeezed for ref in (fixture_db.REF_A1, fixture_db.REF_A6))
    assert fixture_db.NOV in text  # the model version of the month
    assert "+62812****1111" in text and fixture_db.WA_B not in text
    assert fixture_db.TIP_CONTACT not in text
    assert len(pages) >= 2  # the summary, then the details


def test_csv_numbers_equal_the_json_endpoint(client: httpx.Client) -> None:
    stats = client.get("/api/stats", params=NOV).json()
    r = client.get("/reports/monthly.csv", params={"month": fixture_db.MONTH})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert rows and set(rows[0]) == {"bagian", "kode", "label", "nilai", "keterangan"}

    def section(name: str) -> dict[str, float]:
        return {row["kode"]: float(row["nilai"]) for row in rows if row["bagian"] == name}

    summary = section("ringkasan")
    o = stats["outcomes"]
    assert summary == {
        "adverts_crawled": stats["adverts_crawled"],
        "adverts_flagged": stats["adverts_flagged"],
        "cases_reviewed": stats["cases_reviewed"],
        "escalated": o["escalated"],
        "dismissed": o["dismissed"],
        "open": o["open"],
        "precision": o["precision"],
        "median_hours_to_decision": o["median_hours_to_decision"],
        "citizen_checks_total": stats["citizen_checks_total"],
        "tips": stats["tips"],
    }
    assert section("tanda_bahaya") == {c["key"]: c["count"] for c in stats["flags_by_code"]}
    assert section("negara_tujuan") == {c["key"]: c["count"] for c in stats["by_destination"]}
    assert section("sumber") == {c["key"]: c["count"] for c in stats["by_source"]}
    assert section("saluran") == {c["key"]: c["count"] for c in stats["by_channel"]}
    assert section("cek_warga") == {c["key"]: c["count"] for c in stats["citizen_checks"]}
    assert section("tren_dirayapi") == {w["week"]: w["crawled"] for w in stats["weekly"]}
    assert section("tren_ditandai") == {w["week"]: w["flagged"] for w in stats["weekly"]}
    refs = [r["keterangan"] for r in rows if r["bagian"] == "kasus_dieskalasi"]
    assert [c["external_ref"] for c in stats["escalated_cases"]] == [
        ref.split(";")[0].removeprefix("rujukan: ") for ref in refs
    ]
    # ... and both equal the hand counts.
    e = fixture_db.EXPECTED_ALL
    assert (summary["adverts_crawled"], summary["adverts_flagged"]) == (e.crawled, e.flagged)
    assert summary["precision"] == e.precision


def test_json_masks_numbers_of_cases_not_escalated(client: httpx.Client) -> None:
    body = client.get("/api/stats", params=NOV).text
    clusters = {(c["kind"], c["value"]) for c in json.loads(body)["clusters"]}
    assert ("whatsapp", "+62812****1111") in clusters  # no advert behind it escalated
    assert ("phone", fixture_db.PHONE_A) in clusters  # one advert's case was escalated
    assert fixture_db.WA_B not in body and fixture_db.TIP_CONTACT not in body
    assert "tetangga" not in body  # nor a citizen's message


def test_region_filter_over_http(client: httpx.Client) -> None:
    s = client.get("/api/stats", params={**NOV, "region": "Kota Jambi"}).json()
    e = fixture_db.EXPECTED_JAMBI
    assert (s["region"], s["adverts_crawled"], s["adverts_flagged"]) == ("Kota Jambi", 6, 5)
    assert s["outcomes"]["precision"] == e.precision
    r = client.get("/reports/monthly.csv", params={"month": "2026-11", "region": "Kota Jambi"})
    assert 'filename="waspada-laporan-2026-11-kota-jambi.csv"' in r.headers["content-disposition"]


def test_bad_input_says_what_to_fix(client: httpx.Client) -> None:
    for path, params in (
        ("/reports/monthly.pdf", {"month": "2026-13"}),
        ("/reports/monthly.csv", {"month": "November"}),
        ("/api/stats", {"start": "2026-11-10", "end": "2026-11-01"}),
        ("/api/stats", {"start": "10/11/2026"}),
    ):
        r = client.get(path, params=params)
        assert 400 <= r.status_code < 500, (path, r.status_code)
        assert "misalnya" in r.text or "sesudah" in r.text, r.text


def test_reports_need_a_signed_in_user(live: Live) -> None:
    with httpx.Client(base_url=live.url, timeout=30) as anon:
        for path in ("/api/stats", "/reports/monthly.csv?month=2026-11", "/reports/monthly.pdf"):
            r = anon.get(path)
            assert r.status_code in (401, 403), (path, r.status_code)
            assert "adverts_crawled" not in r.text and not r.content.startswith(b"%PDF")
        page = anon.get("/dashboard")
        assert page.status_code in (303, 401, 403) or "Dasbor pelaporan" not in page.text


def test_json_with_a_bearer_token(live: Live) -> None:
    token = create_token(live.factory, USERNAME, "tableau-dinas")
    with httpx.Client(base_url=live.url, timeout=30) as api:
        r = api.get("/api/stats", params=NOV, headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 200
        assert r.json()["adverts_flagged"] == fixture_db.EXPECTED_ALL.flagged
        bad = api.get("/api/stats", params=NOV, headers={"Authorization": "Bearer nope"})
        assert bad.status_code == 401
