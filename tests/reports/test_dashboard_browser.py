"""The dashboard in a real headless Chromium, signed in through the real login page: figures,
charts (SVG bars and lines) and masking, on a desktop screen and on a phone."""

from __future__ import annotations

from typing import Any

import pytest

from tests.reports import fixture_db
from tests.reports.conftest import Live, sign_in_browser

PHONE = {"width": 375, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_dashboard_shows_figures_and_charts(
    browser: Any, live: Live, viewport: dict[str, int]
) -> None:
    context = browser.new_context(viewport=viewport, is_mobile=viewport is PHONE)
    page = context.new_page()
    try:
        sign_in_browser(page, live.url)
        page.goto(f"{live.url}/dashboard?start=2026-11-01&end=2026-12-01")
        assert page.locator("h1").inner_text().startswith("Dasbor pelaporan")
        figure = page.locator("[data-key='adverts_flagged'] .rp-value")
        assert figure.inner_text() == str(fixture_db.EXPECTED_ALL.flagged)
        assert page.locator("[data-key='precision'] .rp-value").inner_text() == "50,0%"

        # Three charts: the weekly trend (two lines) and bars per code and per destination.
        assert page.locator("svg.chart").count() == 3
        trend = page.locator("svg#grafik-tren")
        assert trend.locator("polyline.series").count() == 2
        assert trend.locator("circle").count() == 2 * len(fixture_db.EXPECTED_ALL.weekly_crawled)
        codes = page.locator("svg#grafik-tanda rect.bar")
        assert codes.count() == len(fixture_db.EXPECTED_ALL.codes)
        assert "Gaji tidak wajar: 3" in codes.first.locator("title").text_content()
        assert page.locator("svg#grafik-tujuan rect.bar").count() == 3
        box = trend.bounding_box()
        assert box is not None and box["width"] > 0.8 * min(viewport["width"], 540)
        # The longest bar really is drawn longest (the page renders, not just the markup).
        widths = [codes.nth(i).bounding_box()["width"] for i in range(codes.count())]
        assert widths[0] == max(widths) and widths[0] > 2 * widths[1]

        # Readable on a phone: nothing wider than the screen, labels not microscopic.
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
        label = page.locator("svg#grafik-tanda text", has_text="Dokumen dipalsukan/ditahan")
        assert label.bounding_box()["height"] >= 9

        clusters = page.locator("table.rp-clusters").inner_text()
        assert "+62812****1111" in clusters and fixture_db.WA_B not in clusters
        assert fixture_db.PHONE_A in clusters  # escalated: shown in full
        assert fixture_db.REF_A1 in page.locator("table.rp-cases").inner_text()
    finally:
        context.close()


def test_dashboard_filters_and_says_what_to_fix(browser: Any, live: Live) -> None:
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    page = context.new_page()
    try:
        sign_in_browser(page, live.url)
        page.goto(f"{live.url}/dashboard?start=2026-11-01&end=2026-12-01")
        page.fill("input[name=region]", "Kota Jambi")
        page.click("form.rp-filter button[type=submit]")
        page.wait_for_url("**region=Kota+Jambi**")
        flagged = page.locator("[data-key='adverts_flagged'] .rp-value").inner_text()
        assert flagged == str(fixture_db.EXPECTED_JAMBI.flagged)
        downloads = page.locator(".rp-downloads")
        assert "Laporan bulanan November 2026" in downloads.inner_text()
        pdf_href = downloads.get_by_role("link", name="PDF").get_attribute("href")
        assert pdf_href == "/reports/monthly.pdf?month=2026-11&region=Kota+Jambi"

        response = page.goto(f"{live.url}/dashboard?start=2026-11-10&end=2026-11-01")
        assert response is not None and response.status == 422
        assert "harus sesudah" in page.locator(".rp-error").inner_text()
        assert page.locator("form.rp-filter").is_visible()
    finally:
        context.close()
