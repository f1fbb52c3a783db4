"""Investigators' pages fit a phone: nothing wider than the screen (the audit table and the link
graph used to be cut off), in a real headless Chromium at 390 px."""

from __future__ import annotations

from typing import Any

import pytest

from store.services import cases
from tests.investigator import seed
from tests.investigator.conftest import Live
from tests.investigator.test_workflow import _case_id, _user

pytestmark = pytest.mark.browser
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True}

OVERFLOW = """() => {
  const wide = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > window.innerWidth + 1 && !el.closest('.scroll-x'))
      wide.push(el.tagName + '.' + el.className + ' ' + Math.round(r.right));
  }
  return {page: document.documentElement.scrollWidth, screen: window.innerWidth,
          wide: wide.slice(0, 5)};
}"""


def test_investigator_pages_fit_a_phone(browser: Any, live: Live) -> None:
    siti = _user(live.factory, "siti")
    advert_id = live.world.ids["scam0"]
    case_id = _case_id(live.factory, advert_id)
    cases.transition(live.factory, case_id, siti, "in_review")  # an audit trail to show
    context = browser.new_context(**PHONE)
    page = context.new_page()
    try:
        page.goto(f"{live.url}/login")
        page.fill("input[name=username]", "siti")
        page.fill("input[name=password]", seed.PASSWORD)
        page.click("form[action='/login'] button[type=submit]")
        for path in ("/queue", f"/adverts/{advert_id}", "/dashboard"):
            page.goto(live.url + path)
            found = page.evaluate(OVERFLOW)
            assert found["page"] <= found["screen"], (path, found)
    finally:
        context.close()
