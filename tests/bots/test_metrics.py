"""The bots in ``GET /metrics``: webhook deliveries by outcome, checks answered in a chat by
platform and band, replies sent, and the backlog read from the database."""

from __future__ import annotations

from prometheus_client.parser import text_string_to_metric_families

from tests.bots.conftest import BotApp, eventually
from tests.bots.fakes import FakeAPI
from tests.fixture_adverts import SCAMS


def scrape(bot: BotApp) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    text = bot.client.get("/metrics").text
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def get(
    samples: dict[tuple[str, tuple[tuple[str, str], ...]], float], name: str, **labels: str
) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def test_bot_figures_move(bot: BotApp, telegram_api: FakeAPI, whatsapp_api: FakeAPI) -> None:
    before = scrape(bot)
    assert bot.deliver.telegram(SCAMS[0], chat_id=770001).status_code == 200
    assert bot.deliver.telegram(SCAMS[1], secret="wrong").status_code == 403
    assert bot.deliver.whatsapp(SCAMS[2], number="6281277770001").status_code == 200
    assert bot.deliver.whatsapp(SCAMS[3], secret="forged").status_code == 403
    telegram_api.wait_for(1)
    whatsapp_api.wait_for(1)

    def moved(after: dict[tuple[str, tuple[tuple[str, str], ...]], float], name: str,
              **labels: str) -> float:  # fmt: skip
        return get(after, name, **labels) - get(before, name, **labels)

    after = eventually(
        lambda: scrape(bot),
        lambda s: moved(s, "waspada_bot_replies_total", platform="whatsapp", outcome="sent") >= 1,
    )
    for platform in ("telegram", "whatsapp"):
        assert (
            moved(after, "waspada_bot_webhooks_total", platform=platform, outcome="accepted") == 1
        )
        assert moved(after, "waspada_bot_webhooks_total", platform=platform, outcome="refused") == 1
        assert moved(after, "waspada_checks_total", channel=platform, kind="text", band="high") == 1
        assert moved(after, "waspada_check_seconds_count", channel=platform, kind="text") == 1
    assert moved(after, "waspada_bot_replies_total", platform="telegram", outcome="sent") >= 1
    # The database's view: both messages answered, the replies sent.
    assert (
        get(after, "waspada_bot_backlog", platform="telegram", queue="messages", status="done") == 1
    )
    assert (
        get(after, "waspada_bot_backlog", platform="whatsapp", queue="replies", status="sent") >= 1
    )
