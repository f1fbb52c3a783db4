"""An admin manages alerts in a real headless Chromium: signs in, makes a webhook rule through
the form (a mistake first), copies the generated secret, and sees a delivery in the list."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from alerts.delivery import deliver_due
from api.app import create_app
from store.services.users import add_user
from tests.alerts.conftest import classification, store
from tests.alerts.receivers import WebhookReceiver
from tests.conftest import LiveServer
from tests.fixture_adverts import SCAMS
from waspada.settings import Settings

PASSWORD = "kata-sandi-panjang-1"


@pytest.mark.browser
def test_admin_makes_a_webhook_rule_and_sees_its_delivery(
    browser: Any,
    settings: Settings,
    factory: sessionmaker[Session],
    webhook: WebhookReceiver,
) -> None:
    add_user(factory, username="rina", password=PASSWORD, role="admin")
    with LiveServer(create_app(settings, load_model=False)) as live:
        page = browser.new_page()
        try:
            page.goto(f"{live.url}/alerts")  # sent to sign in first, then back here
            page.fill("input[name=username]", "rina")
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_url(f"{live.url}/alerts")
            assert "Belum ada aturan" in page.inner_text("main")

            page.click("text=+ Aturan baru")
            page.fill("input[name=name]", "Bot Telegram gugus tugas")
            page.select_option("select[name=trigger]", "red_flags")
            page.select_option("select[name=channel]", "webhook")
            page.fill("textarea[name=target]", "telegram-gateway.local/hook")  # no scheme
            page.click("#rule-form button[type=submit]")
            error = page.locator(".field-error[data-field=target]")
            assert "http:// atau https://" in error.inner_text()
            assert page.locator(".field-error[data-field=codes]").count() == 1

            page.check("input[name=codes][value=visa_misuse]")
            page.fill("textarea[name=target]", webhook.url)
            page.fill("input[name=min_score]", "")
            page.click("#rule-form button[type=submit]")
            page.wait_for_url("**/alerts?saved=*")
            row = page.locator("#rules tbody tr")
            assert "Tanda bahaya: Visa tidak sesuai" in row.inner_text()

            row.locator("a").first.click()
            secret = page.locator("#current-secret").inner_text()
            assert len(secret) >= 32
            webhook.secret = secret.encode()  # the operator copies it to the receiver

            store(factory, "https://t.me/x/1", SCAMS[0], classification(0.9, "visa_misuse"),
                  title="Admin online Kamboja")  # fmt: skip
            assert deliver_due(factory, settings=settings).sent == 1
            assert webhook.bad_signatures == 0 and len(webhook.deliveries) == 1
            page.goto(f"{live.url}/alerts")
            delivery = page.locator("#alerts tbody tr .delivery").inner_text()
            assert delivery.startswith("Terkirim") and "1 kali dicoba" in delivery
            assert "Admin online Kamboja" in page.locator("#alerts tbody tr").inner_text()
        finally:
            page.close()
