"""An investigator's day in a real headless Chromium: sign in, filter the queue, open an
advert, see the highlighted evidence, escalate it with a case reference, see the audit entry,
download the case bundle and check its manifest. Screenshots go to test-artifacts/."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.investigator import seed
from tests.investigator.conftest import Live
from waspada.settings import PROJECT_ROOT

pytestmark = pytest.mark.browser

ARTIFACTS = PROJECT_ROOT / "test-artifacts"


def _shot(page: Any, name: str, backend: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"investigator-{name}-{backend}.png"), full_page=True)


def test_investigator_escalates_a_case_and_exports_it(
    browser: Any, live: Live, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    backend = "postgresql" if "postgresql" in live.settings.database_url else "sqlite"
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    blocked: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(live.url) else blocked.append(r.url))
    try:
        # Sign in: the queue sends us to the login page and back.
        page.goto(f"{live.url}/queue")
        page.wait_for_url("**/login?next=*")
        page.fill("input[name=username]", "siti")
        page.fill("input[name=password]", seed.PASSWORD)
        page.click("form[action='/login'] button[type=submit]")
        page.wait_for_url("**/queue")
        all_rows = page.locator("table.queue tbody tr").count()
        assert all_rows >= 8

        # Filter: adverts for Cambodia.
        page.click("details.filters-box summary")
        page.select_option("select[name=destination]", "KH")
        page.click("form.filters button[type=submit]")
        page.wait_for_url("**destination=KH**")
        rows = page.locator("table.queue tbody tr")
        assert 0 < rows.count() < all_rows
        shown = {int(rows.nth(i).get_attribute("data-advert")) for i in range(rows.count())}
        assert live.world.ids["scam0"] in shown and live.world.ids["scam2"] not in shown
        _shot(page, "queue", backend)

        # Open the advert: the evidence is highlighted, each mark names its red flag.
        page.click(f"tr[data-advert='{live.world.ids['scam0']}'] td.title a")
        page.wait_for_url(f"**/adverts/{live.world.ids['scam0']}")
        marks = page.locator("#advert-text mark[data-code]")
        assert marks.count() >= 3
        assert marks.first.get_attribute("title")
        assert page.locator(".flags-list li").count() >= 3
        # The archived page loads inside its sandbox, and nothing of it reaches the outside.
        frame = page.frame_locator("iframe.snapshot")
        assert "Phnom Penh" in frame.locator("body").inner_text()
        _shot(page, "advert", backend)

        # Start the review, then escalate with a police report number.
        page.click("#start-review")
        page.wait_for_url("**ok=in_review**")
        page.select_option("#escalate-form select[name=escalated_to]", "police")
        page.fill("#escalate-form input[name=external_ref]", "LP/B/451/XI/2026/SPKT POLDA JAMBI")
        page.fill("#escalate-form textarea[name=reason]", "Lowongan kerja ke Kamboja, visa turis")
        page.click("#escalate-form button[type=submit]")
        page.wait_for_url("**ok=escalated**")
        assert page.locator("#case-status").inner_text() == "Dieskalasi"
        assert page.locator("#external-ref").inner_text() == "LP/B/451/XI/2026/SPKT POLDA JAMBI"
        latest = page.locator("#audit tbody tr").first
        assert latest.get_attribute("data-action") == "case.status"
        assert "siti" in latest.inner_text() and "Dieskalasi" in latest.inner_text()
        assert "LP/B/451/XI/2026/SPKT POLDA JAMBI" in latest.inner_text()
        _shot(page, "advert-escalated", backend)

        # Download the bundle for the police and check it.
        with page.expect_download() as info:
            page.click("#bundle")
        target = tmp_path / info.value.suggested_filename
        info.value.save_as(target)
        assert target.name.startswith(f"kasus-iklan-{live.world.ids['scam0']}-")
        zf = zipfile.ZipFile(io.BytesIO(target.read_bytes()))
        listed = dict(
            reversed(line.split("  ")) for line in zf.read("MANIFEST.sha256").decode().splitlines()
        )
        assert set(listed) == {"case.json", "case.csv", "snapshots.warc.gz"}
        for name, digest in listed.items():
            assert hashlib.sha256(zf.read(name)).hexdigest() == digest
        assert b"LP/B/451/XI/2026/SPKT POLDA JAMBI" in zf.read("case.json")
        page.reload()
        assert page.locator("#audit tbody tr").first.get_attribute("data-action") == "case.export"

        # On a phone the queue is a list of cards, readable without sideways scrolling.
        page.set_viewport_size({"width": 375, "height": 740})
        page.goto(f"{live.url}/queue?status=all")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 380
        _shot(page, "queue-phone", backend)
        assert not blocked, f"the archived page reached out to {blocked}"
    finally:
        context.close()
