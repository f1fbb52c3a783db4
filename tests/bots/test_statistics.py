"""Bot checks in the reports: counted per platform (never their content) in /api/stats, the
dashboard and the monthly CSV, beside the web's checks."""

from __future__ import annotations

import csv
import io

from sqlalchemy.orm import Session, sessionmaker

from store.models import utcnow
from store.services.periods import WIB
from store.services.users import add_user
from tests.bots.conftest import BotApp, eventually
from tests.bots.fakes import FakeAPI
from tests.fixture_adverts import SCAMS
from tests.reports.conftest import PASSWORD, USERNAME, sign_in


def test_bot_checks_per_platform_in_stats_dashboard_and_csv(
    bot: BotApp, telegram_api: FakeAPI, whatsapp_api: FakeAPI, factory: sessionmaker[Session]
) -> None:
    secret_words = "Sihanoukville"  # in SCAMS[6]: must never reach a report
    bot.client.post("/api/check", json={"text": SCAMS[0]})
    bot.deliver.telegram(SCAMS[6], chat_id=990101)
    bot.deliver.whatsapp(SCAMS[1], number="6281266660001")
    bot.deliver.whatsapp(SCAMS[2], number="6281266660002")
    telegram_api.wait_for(1)
    whatsapp_api.wait_for(2)
    add_user(factory, username=USERNAME, password=PASSWORD, role="viewer")
    sign_in(bot.client)
    today = utcnow().astimezone(WIB).date()
    month = f"{today.year}-{today.month:02d}"

    def stats() -> dict[str, object]:
        r = bot.client.get("/api/stats", params={"start": today.isoformat()})
        assert r.status_code == 200, r.text
        data: dict[str, object] = r.json()
        return data

    data = eventually(stats, lambda s: s["citizen_checks_total"] == 4)
    assert {c["key"]: c["count"] for c in data["citizen_checks_by_channel"]} == {  # type: ignore[attr-defined]
        "whatsapp": 2,
        "telegram": 1,
        "web": 1,
    }
    page = bot.client.get("/dashboard", params={"start": today.isoformat()}).text
    assert "Cek oleh warga, per tempat" in page
    assert "Bot WhatsApp" in page and "Bot Telegram" in page and "Situs web" in page
    r = bot.client.get("/reports/monthly.csv", params={"month": month})
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    by_channel = {row["kode"]: row["nilai"] for row in rows if row["bagian"] == "cek_warga_saluran"}
    assert by_channel == {"whatsapp": "2", "telegram": "1", "web": "1"}
    assert secret_words not in r.text and secret_words not in page
    assert "990101" not in r.text and "6281266660001" not in page
