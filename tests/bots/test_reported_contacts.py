"""An advert sent to a bot that carries a contact with reports confirmed by investigators
("Cek nomor"): the chat answer says so first, as the web page does."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from tests.bots.conftest import BotApp
from tests.bots.fakes import FakeAPI
from tests.numbers import world
from tests.numbers.test_in_check import PASTED, UNCONFIRMED


def test_a_reported_number_is_said_first_in_the_chat(
    bot: BotApp, whatsapp_api: FakeAPI, factory: sessionmaker[Session], classifier: Any
) -> None:
    world.build(factory, world.classify_all(classifier))
    bot.deliver.whatsapp(PASTED, number="6281233330001", forwarded=True)
    bot.deliver.whatsapp(UNCONFIRMED, number="6281233330001", forwarded=True)
    reported, unconfirmed = whatsapp_api.wait_for(2)
    first_line = reported.split("\n")[0]
    assert first_line == (
        "⚠️ Nomor HP/WhatsApp +6281270013344 di iklan ini sudah dilaporkan: 2 kasus terverifikasi."
    )
    assert "BCA 7310004455" in reported.split("\n")[1]
    assert "sudah dilaporkan" not in unconfirmed
