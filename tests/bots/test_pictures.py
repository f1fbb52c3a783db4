"""A picture or PDF sent to a bot: fetched from the platform (Telegram getFile, WhatsApp media
id then URL), read with real OCR, and answered like its text, starting with the words read;
"LAPOR" after it sends the picture's evidence copy as a tip."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.models import Advert, CitizenCheck, Snapshot, Tip
from tests.bots.conftest import BotApp, eventually
from tests.bots.fakes import TELEGRAM_TOKEN, FakeAPI
from tests.fixture_adverts import SCAMS
from tests.picture_adverts import STYLES, encode

pytestmark = pytest.mark.slow


def test_a_flyer_on_telegram_is_read_and_answered_like_its_text(
    bot: BotApp, telegram_api: FakeAPI, factory: sessionmaker[Session]
) -> None:
    web = bot.client.post("/api/check", json={"text": SCAMS[2]}).json()
    telegram_api.add_file("AgACflyer1", encode(STYLES["poster"](SCAMS[2])))
    photo = [{"file_id": "thumb", "width": 90}, {"file_id": "AgACflyer1", "width": 1280}]
    bot.deliver.telegram(None, chat_id=990001, forwarded=True, extra={"photo": photo})
    [reply] = telegram_api.wait_for(1)
    assert f"/bot{TELEGRAM_TOKEN}/getFile?file_id=AgACflyer1" in telegram_api.downloads
    assert f"/file/bot{TELEGRAM_TOKEN}/photos/AgACflyer1.png" in telegram_api.downloads
    words_at = reply.index("Tulisan yang saya baca dari gambar itu: “")
    band_at = reply.index(web["band_label"].upper())
    assert words_at < band_at  # the answer starts with the words read
    assert "Malaysia" in reply[words_at:band_at]
    for flag in web["red_flags"][:4]:
        assert flag["label"] in reply
    with factory() as session:
        kinds = [(c.input_kind, c.band, c.channel) for c in session.scalars(select(CitizenCheck))]
    assert ("image", web["band"], "telegram") in kinds


def test_lapor_after_a_whatsapp_picture_sends_its_evidence_copy(
    bot: BotApp, whatsapp_api: FakeAPI, factory: sessionmaker[Session]
) -> None:
    picture = encode(STYLES["chat"](SCAMS[0]))
    whatsapp_api.add_file("1048576001", picture)
    image = {"type": "image", "image": {"id": "1048576001", "mime_type": "image/png"}}
    bot.deliver.whatsapp(message=image, number="6281255550001")
    [answer] = whatsapp_api.wait_for(1)
    assert "BERBAHAYA" in answer
    bot.deliver.whatsapp("LAPOR", number="6281255550001")
    bot.deliver.whatsapp("1", number="6281255550001")
    *_, thanks = whatsapp_api.wait_for(3)
    [tip] = eventually(lambda: _tips(factory), lambda tips: len(tips) == 1)
    assert f"Nomor laporan Anda: {tip.id}." in thanks
    # Downloaded again for the tip: only the media id was remembered, never the file.
    assert whatsapp_api.downloads.count("/v21.0/1048576001") == 2
    with factory() as session:
        advert = session.get(Advert, tip.advert_id)
        assert advert is not None and "Kamboja" in advert.body_text
        snapshot = session.scalars(select(Snapshot)).one()
        assert snapshot.url.startswith("urn:sha256:")


def test_a_picture_that_is_gone_or_no_picture_gets_a_clear_message(
    bot: BotApp, telegram_api: FakeAPI
) -> None:
    bot.deliver.telegram(None, chat_id=990003, extra={"photo": [{"file_id": "expired"}]})
    telegram_api.add_file("notapng", b"just some bytes, not an image")
    doc = {"document": {"file_id": "notapng", "mime_type": "application/octet-stream"}}
    bot.deliver.telegram(None, chat_id=990003, extra=doc)
    gone, wrong = telegram_api.wait_for(2)
    assert "Gambar itu tidak bisa saya unduh lagi. Kirim ulang gambarnya" in gone
    assert "bukan gambar atau PDF yang bisa kami baca" in wrong


def _tips(factory: sessionmaker[Session]) -> list[Tip]:
    with factory() as session:
        return list(session.scalars(select(Tip)))
