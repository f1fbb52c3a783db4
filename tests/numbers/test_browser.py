"""Cek nomor in a real headless Chromium on a phone-sized screen: from the citizens' page to the
number's answer, the objection sent from it, and an unknown number. No JavaScript is needed;
nothing loads from elsewhere; the page fits the screen. Screenshots go to test-artifacts/."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.models import ValueObjection
from tests.numbers.conftest import Live
from tests.numbers.world import CONFIRMED_PHONE
from waspada.settings import PROJECT_ROOT

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 360, "height": 740}, "device_scale_factor": 2, "is_mobile": True,
         "has_touch": True, "locale": "id-ID"}  # fmt: skip
ARTIFACTS = PROJECT_ROOT / "test-artifacts"


def _fits_the_screen(page: Any) -> bool:
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))


def _shot(page: Any, name: str, live: Live) -> None:
    backend = "postgresql" if "postgresql" in live.settings.database_url else "sqlite"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"cek-nomor-{name}-{backend}.png"), full_page=True)


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_check_a_number_and_object_on_a_phone(
    browser: Any, live: Live, factory: sessionmaker[Session], javascript: bool
) -> None:
    context = browser.new_context(**PHONE, java_script_enabled=javascript)
    page = context.new_page()
    errors: list[str] = []
    outside: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("request", lambda r: None if r.url.startswith(live.url) else outside.append(r.url))
    try:
        page.goto(f"{live.url}/")
        page.get_by_role("link", name="Cek nomor WhatsApp atau rekening").click()
        page.wait_for_url("**/cek-nomor?lang=id")
        assert _fits_the_screen(page)

        page.get_by_label("Nomor WhatsApp/HP, rekening, atau e-mail").fill("0812 7001 3344")
        page.get_by_role("button", name="Cek", exact=True).click()
        result = page.locator("section.number-result")
        result.wait_for()
        assert result.get_attribute("data-reported") == "yes"
        assert result.locator(".value").inner_text() == CONFIRMED_PHONE
        assert result.locator(".band-label").inner_text() == "Dilaporkan: 2 kasus terverifikasi"
        assert "Kamboja" in result.inner_text() and "Malaysia" in result.inner_text()
        assert page.get_by_text("Jangan transfer uang").is_visible()
        assert page.locator("a[href='tel:112']").is_visible()
        assert _fits_the_screen(page)
        _shot(page, "reported" + ("" if javascript else "-nojs"), live)

        page.get_by_text("Nomor Anda keliru dicantumkan?").click()
        page.get_by_label("Nomor HP atau e-mail Anda").fill("0811 2233 4455")
        page.get_by_label("Alasan Anda").fill("Ini nomor warung saya sejak 2024.")
        page.get_by_role("button", name="Kirim keberatan").click()
        page.get_by_text("Keberatan Anda sudah kami terima").wait_for()
        assert _fits_the_screen(page)

        page.get_by_role("link", name="Cek nomor lain").click()
        page.get_by_label("Nomor WhatsApp/HP, rekening, atau e-mail").fill("0819-9999-0000")
        page.get_by_role("button", name="Cek", exact=True).click()
        result.wait_for()
        assert result.get_attribute("data-reported") == "no"
        assert "Belum ada laporan yang terverifikasi" in result.inner_text()
        assert errors == []

        # A refusal is the page again with status 422 (which the browser logs, nothing else).
        page.get_by_label("Nomor WhatsApp/HP, rekening, atau e-mail").fill("0812****")
        page.get_by_role("button", name="Cek", exact=True).click()
        alert = page.locator("#number-error")
        alert.wait_for()
        assert "Nomornya belum lengkap" in alert.inner_text()
        assert _fits_the_screen(page)
        assert [e for e in errors if "422" not in e] == [] and outside == []
    finally:
        context.close()
    with factory() as session:
        row = session.scalars(select(ValueObjection)).one()
    assert (row.value, row.contact) == (CONFIRMED_PHONE, "0811 2233 4455")
