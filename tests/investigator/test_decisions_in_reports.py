"""A decision counts in the period it was made, whatever happens to the case later (issue 20,
item 1): an investigator escalates one case and dismisses another over real HTTP, then closes
both ("Tutup kasus", the normal last step); the dashboard, the JSON figures and the monthly PDF
still count one escalation and one dismissal, and still list the escalated case."""

from __future__ import annotations

import datetime as dt
from typing import Any

import lxml.html

from tests.investigator.conftest import Client, Live
from tests.reports.helpers import pdf_text

WIB = dt.timezone(dt.timedelta(hours=7), "WIB")
POLICE_REF = "LP/B/512/XII/2026/SPKT/POLDA JAMBI"


def _case_id(client: Client, advert_id: int) -> int:
    case = client.http.get(f"/api/adverts/{advert_id}").json()["case"]
    assert case is not None, f"advert {advert_id} has no case"
    return int(case["id"])


def _move(client: Client, case_id: int, **form: str) -> None:
    r = client.post_form(f"/cases/{case_id}/transition", form)
    assert r.status_code == 303, r.text[:500]


def _reports(client: Client, day: dt.date) -> dict[str, Any]:
    """What the dashboard, the JSON endpoint and the month's PDF say about ``day`` (WIB)."""
    span = {"start": day.isoformat(), "end": (day + dt.timedelta(days=1)).isoformat()}
    stats = client.http.get("/api/stats", params=span).json()
    page = client.http.get("/dashboard", params=span)
    assert page.status_code == 200, page.text[:500]
    doc = lxml.html.fromstring(page.text)
    figures = {
        li.get("data-key"): li.cssselect(".rp-value")[0].text_content().strip()
        for li in doc.cssselect(".rp-figures li")
    }
    cases_table = " ".join(t.text_content() for t in doc.cssselect("table.rp-cases"))
    pdf = client.http.get("/reports/monthly.pdf", params={"month": f"{day:%Y-%m}"})
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF-")
    return {"stats": stats, "figures": figures, "cases": cases_table, "pdf": pdf_text(pdf.content)}


def test_closing_a_case_keeps_its_decision_in_the_reports(live: Live, login: Any) -> None:
    siti: Client = login("siti")
    escalated = _case_id(siti, live.world.ids["scam0"])
    dismissed = _case_id(siti, live.world.ids["scam1"])

    _move(siti, escalated, to="in_review")
    _move(siti, escalated, to="escalated", escalated_to="police", external_ref=POLICE_REF)
    _move(siti, dismissed, to="in_review")
    _move(siti, dismissed, to="dismissed", reason="Lowongan resmi, P3MI berizin")
    decided_at = dt.datetime.fromisoformat(
        siti.http.get(f"/api/cases/{escalated}").json()["decided_at"]
    )
    day = decided_at.astimezone(WIB).date()

    before = _reports(siti, day)
    for case_id in (escalated, dismissed):
        _move(siti, case_id, to="closed", reason="Berkas diterima, kasus selesai")
        assert siti.http.get(f"/api/cases/{case_id}").json()["status"] == "closed"
    after = _reports(siti, day)

    for seen in (before, after):
        outcomes = seen["stats"]["outcomes"]
        assert (outcomes["escalated"], outcomes["dismissed"], outcomes["other"]) == (1, 1, 0)
        assert outcomes["precision"] == 0.5
        assert seen["stats"]["cases_reviewed"] == 2
        assert [c["external_ref"] for c in seen["stats"]["escalated_cases"]] == [POLICE_REF]
        assert seen["stats"]["escalated_cases"][0]["decision"] == "escalated_police"

        assert seen["figures"]["escalated"] == "1"
        assert seen["figures"]["dismissed"] == "1"
        assert seen["figures"]["precision"] == "50,0%"
        assert POLICE_REF in seen["cases"]

        text = seen["pdf"]
        assert "1 dieskalasi dan 1 ditandai bukan pelanggaran" in " ".join(text.split())
        assert "Tidak ada kasus yang dieskalasi dalam periode ini" not in text
        assert "".join(POLICE_REF.split()) in "".join(text.split())
