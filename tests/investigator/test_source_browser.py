"""An admin adds a source and pauses it through the /sources page in a real headless Chromium
(issue 20.14): a mistake comes back in Indonesian beside its field with what was typed kept,
the saved source is listed, and "Jeda" leaves it paused in the database and on the page."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from store.models import AuditLog, Source
from tests.investigator import seed
from tests.investigator.conftest import Live

pytestmark = pytest.mark.browser


def test_admin_adds_and_pauses_a_source_on_the_page(browser: Any, live: Live) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        page.goto(f"{live.url}/login?next=/sources")
        page.fill("input[name=username]", "admin1")
        page.fill("input[name=password]", seed.PASSWORD)
        page.click("form[action='/login'] button[type=submit]")
        page.wait_for_url("**/sources")

        page.click("#add-source")
        page.wait_for_url("**/sources/new")
        page.fill("input[name=name]", "blog-loker-sarolangun")
        page.select_option("select[name=spider]", "feed")
        page.fill("textarea[name=start_urls]", "https://lokersarolangun.example.id/feeds/posts")
        page.fill("input[name=schedule]", "10 menit")
        page.fill("input[name=region]", "Kabupaten Sarolangun")
        page.select_option("select[name=channel]", "loker_blog")
        page.click("#source-form button[type=submit]")
        error = page.locator(".field-error[data-field=schedule]")
        assert "terlalu pendek" in error.inner_text()
        # What was typed is kept; only the schedule needs fixing.
        assert page.input_value("input[name=name]") == "blog-loker-sarolangun"
        assert page.input_value("input[name=region]") == "Kabupaten Sarolangun"
        page.fill("input[name=schedule]", "6 jam")
        page.click("#source-form button[type=submit]")
        page.wait_for_url("**/sources?saved=*")
        assert page.locator("#saved").is_visible()

        with live.factory() as s:
            source = s.scalar(select(Source).where(Source.name == "blog-loker-sarolangun"))
            assert source is not None
            assert (source.schedule, source.managed_by, source.paused) == (
                "every 6h",
                "admin",
                False,
            )
            source_id = source.id
        row = page.locator(f"tr[data-source='{source_id}']")
        assert "tiap 6 jam" in row.inner_text()
        row.locator("button.pause").click()
        page.wait_for_url(f"**/sources?paused={source_id}")
        row = page.locator(f"tr[data-source='{source_id}']")
        assert "dijeda admin" in row.inner_text()
        assert row.locator("button.resume").inner_text() == "Lanjutkan"
        with live.factory() as s:
            paused = s.get(Source, source_id)
            assert paused is not None and paused.paused
            actions = s.scalars(
                select(AuditLog.action).where(AuditLog.target_type == "source",
                                              AuditLog.target_id == str(source_id))
            ).all()  # fmt: skip
            assert actions == ["source.create", "source.pause"]
    finally:
        context.close()
