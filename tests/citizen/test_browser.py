"""The page in a real headless Chromium on a phone-sized screen: paste an advert, read the
answer, send a tip, and find it in the investigators' queue (the review_cases table)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.models import Advert, ReviewCase, Tip
from store.services.tokens import create_token
from store.services.users import add_user
from tests.fixture_adverts import SCAMS

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 360, "height": 740}, "device_scale_factor": 2, "is_mobile": True,
         "has_touch": True, "locale": "id-ID"}  # fmt: skip


def _fits_the_screen(page: Any) -> bool:
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))


def test_paste_check_and_send_a_tip_on_a_phone(
    browser: Any,
    live_app: tuple[FastAPI, httpx.Client],
    factory: sessionmaker[Session],
    tmp_path: Path,
) -> None:
    _, client = live_app
    context = browser.new_context(**PHONE)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(str(client.base_url) + "/")
    assert _fits_the_screen(page)

    page.get_by_label("Tempel teks iklan atau link-nya di sini").fill(SCAMS[2])
    page.get_by_role("button", name="Periksa", exact=True).click()
    result = page.locator("section.result")
    result.wait_for()
    assert result.locator(".band-label").inner_text() == "Berbahaya"
    assert result.get_attribute("data-band") == "high"
    fee = page.locator("li.flag[data-code=upfront_fee]")
    assert "Biaya di muka" in fee.inner_text()
    assert "transfer" in fee.inner_text().lower() or "3.500.000" in fee.inner_text()
    assert page.get_by_text("bukan keputusan resmi").is_visible()
    assert page.locator("a[href='tel:+6281386870227']").is_visible()
    assert _fits_the_screen(page)
    page.screenshot(path=str(tmp_path / "result.png"), full_page=True)

    page.get_by_label("Nomor HP atau WA Anda (boleh dikosongkan)").fill("0812 4444 5555")
    page.get_by_label("Saya setuju nomor saya disimpan").check()
    page.get_by_role("button", name="Kirim laporan").click()
    page.get_by_text("Laporan Anda sudah kami terima").wait_for()
    assert errors == []
    context.close()

    with factory() as session:
        tip = session.scalars(select(Tip)).one()
        assert tip.contact == "0812 4444 5555"
        advert = session.get(Advert, tip.advert_id)
        assert advert is not None and advert.body_text == SCAMS[2]
        queued = session.scalar(select(ReviewCase).where(ReviewCase.advert_id == advert.id))
        assert queued is not None and queued.status.value == "new"

    # ...and an investigator sees it in the queue's JSON API.
    add_user(factory, username="siti", password="kata-sandi-panjang", role="investigator")
    token = create_token(factory, "siti", "test")
    cases = client.get("/api/cases", headers={"Authorization": f"Bearer {token}"})
    assert cases.status_code == 200, cases.text
    row = next(r for r in cases.json()["items"] if r["case_id"] == queued.id)
    assert row["advert_id"] == advert.id and row["status"] == "new" and row["url"] is None
    assert (row["reason"], row["reason_label"]) == ("tip", "Dikirim warga")


def test_the_page_works_without_javascript_and_switches_to_english(
    browser: Any, live_app: tuple[FastAPI, httpx.Client]
) -> None:
    _, client = live_app
    context = browser.new_context(java_script_enabled=False, **PHONE)
    page = context.new_page()
    page.goto(str(client.base_url) + "/")
    page.get_by_role("link", name="English").click()
    page.get_by_label("Paste the advert's text or its link here").fill(SCAMS[0])
    page.get_by_role("button", name="Check", exact=True).click()
    assert page.locator(".band-label").inner_text() == "Dangerous"
    assert page.get_by_role("heading", name="Where to report").is_visible()
    context.close()
