"""Uploading a flyer on a phone-sized page in a real headless Chromium: the answer, the words
read (to correct and check again) and the tip form that can take the picture again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from tests.citizen.test_browser import PHONE
from tests.fixture_adverts import SCAMS
from tests.picture_adverts import STYLES

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _fits_the_screen(page: Any) -> bool:
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))


def test_upload_a_flyer_on_a_phone(
    browser: Any, live_app: tuple[FastAPI, httpx.Client], tmp_path: Path
) -> None:
    _, client = live_app
    flyer = tmp_path / "loker.jpg"
    STYLES["poster"](SCAMS[2]).save(flyer, "JPEG", quality=88)
    context = browser.new_context(**PHONE)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(str(client.base_url) + "/")
    picker = page.get_by_label("Unggah gambar / tangkapan layar")
    assert picker.get_attribute("accept") == "image/*,application/pdf"
    assert _fits_the_screen(page)

    picker.set_input_files(str(flyer))
    page.get_by_role("button", name="Periksa gambar").click()
    result = page.locator("section.result")
    result.wait_for(timeout=60_000)
    assert result.get_attribute("data-band") == "high"
    assert result.locator(".band-label").inner_text() == "Berbahaya"
    assert "Biaya di muka" in page.locator("li.flag[data-code=upfront_fee]").inner_text()
    read = page.locator("section.read-picture")
    assert read.get_by_role("heading").inner_text() == "Tulisan yang kami baca dari gambar"
    box = read.locator("textarea[name=q]")
    assert "Rp 3.500.000" in box.input_value()
    assert page.get_by_label("Lampirkan gambarnya lagi", exact=False).is_visible()
    assert _fits_the_screen(page)
    page.screenshot(path=str(tmp_path / "picture-result.png"), full_page=True)

    # The person corrects what was read and checks the text again.
    box.fill(box.input_value().replace("Rp 3.500.000 transfer", "gratis, tanpa"))
    read.get_by_role("button", name="Periksa teks ini").click()
    page.locator("section.result").wait_for()
    assert page.locator("section.read-picture").count() == 0  # now a text check
    assert page.locator("li.flag[data-code=upfront_fee]").count() == 0
    assert errors == []
    context.close()
