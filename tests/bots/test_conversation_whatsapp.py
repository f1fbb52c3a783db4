"""The WhatsApp bot end to end, and the "LAPOR" flow that turns an answered advert into a tip
in the investigators' queue (on both platforms)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.models import Advert, AuditLog, BotChat, ReviewCase, Tip
from tests.bots.conftest import BotApp, eventually
from tests.bots.fakes import PHONE_NUMBER_ID, WHATSAPP_TOKEN, FakeAPI
from tests.fixture_adverts import SCAMS


def _tips(factory: sessionmaker[Session]) -> list[Tip]:
    with factory() as session:
        return list(session.scalars(select(Tip).order_by(Tip.id)))


def test_a_forwarded_scam_is_answered_through_the_cloud_api(
    bot: BotApp, whatsapp_api: FakeAPI
) -> None:
    r = bot.deliver.whatsapp(SCAMS[3], number="6281299990001", forwarded=True)
    assert r.status_code == 200 and r.json() == {"ok": True, "received": 1}
    [reply] = whatsapp_api.wait_for(1)
    call = whatsapp_api.calls[0]
    assert call["path"] == f"/v21.0/{PHONE_NUMBER_ID}/messages"
    assert call["headers"]["Authorization"] == f"Bearer {WHATSAPP_TOKEN}"
    body = call["body"]
    assert (body["messaging_product"], body["to"], body["type"]) == (
        "whatsapp",
        "6281299990001",
        "text",
    )
    assert body["text"]["preview_url"] is False
    assert "alat bantu, bukan putusan" in reply
    assert "BERBAHAYA" in reply and "“" in reply


def test_lapor_with_consent_makes_a_tip_with_the_number_in_the_queue(
    bot: BotApp, whatsapp_api: FakeAPI, factory: sessionmaker[Session]
) -> None:
    number = "6281277770002"
    bot.deliver.whatsapp(SCAMS[2], number=number, forwarded=True)
    whatsapp_api.wait_for(1)
    bot.deliver.whatsapp("LAPOR", number=number)
    _, question = whatsapp_api.wait_for(2)
    assert question.startswith("Kirim iklan tadi ke petugas Gugus Tugas TPPO Kota Jambi?")
    assert "2 = kirim, dan petugas boleh menghubungi saya di nomor WhatsApp ini" in question
    assert _tips(factory) == []  # nothing is sent before the person confirms
    bot.deliver.whatsapp("2", number=number)
    *_, thanks = whatsapp_api.wait_for(3)
    [tip] = _tips(factory)
    assert f"Nomor laporan Anda: {tip.id}." in thanks
    assert "Terima kasih. Laporan Anda sudah kami terima" in thanks
    assert "Kontak Anda kami simpan" in thanks
    assert "112" in thanks  # the emergency numbers
    assert (tip.contact, tip.contact_consent) == (f"WhatsApp +{number}", True)
    assert tip.message.startswith("Dikirim lewat bot WhatsApp (pesan whatsapp:wamid.")
    with factory() as session:
        advert = session.get(Advert, tip.advert_id)
        assert advert is not None
        assert (advert.origin, advert.body_text) == ("tip", SCAMS[2])
        assert session.scalar(select(ReviewCase).where(ReviewCase.advert_id == advert.id))
        entry = session.scalar(select(AuditLog).where(AuditLog.action == "tip.create"))
        assert entry is not None and number not in str(entry.after)
        # Handed over: the chat no longer keeps the advert.
        [chat] = session.scalars(select(BotChat)).all()
        assert (chat.last_advert, chat.stage) == (None, "")


def test_lapor_without_consent_keeps_no_contact_and_cancel_sends_nothing(
    bot: BotApp, telegram_api: FakeAPI, factory: sessionmaker[Session]
) -> None:
    chat = 777100
    bot.deliver.telegram(SCAMS[4], chat_id=chat)
    bot.deliver.telegram("lapor", chat_id=chat)
    bot.deliver.telegram("batal", chat_id=chat)
    replies = telegram_api.wait_for(3)
    assert "akun Telegram" in replies[1]
    assert replies[2].startswith("Baik, tidak jadi dilaporkan.")
    assert _tips(factory) == []
    bot.deliver.telegram("Lapor!", chat_id=chat)
    bot.deliver.telegram("ya", chat_id=chat)
    replies = telegram_api.wait_for(5)
    [tip] = _tips(factory)
    assert (tip.contact, tip.contact_consent) == (None, False)
    assert "Kontak Anda tidak kami simpan." in replies[4]
    assert f"Nomor laporan Anda: {tip.id}." in replies[4]


def test_lapor_before_any_advert_says_what_to_do_and_a_second_lapor_after_a_tip_too(
    bot: BotApp, telegram_api: FakeAPI, factory: sessionmaker[Session]
) -> None:
    bot.deliver.telegram("LAPOR", chat_id=777101)
    [reply] = telegram_api.wait_for(1)
    assert "Belum ada iklan untuk dilaporkan." in reply
    bot.deliver.telegram(SCAMS[5], chat_id=777101)
    bot.deliver.telegram("LAPOR", chat_id=777101)
    bot.deliver.telegram("1", chat_id=777101)
    bot.deliver.telegram("LAPOR", chat_id=777101)
    replies = telegram_api.wait_for(5)
    assert "Belum ada iklan untuk dilaporkan." in replies[4]
    assert len(_tips(factory)) == 1


def test_an_unclear_reply_to_the_question_asks_again_and_english_reports_in_english(
    bot: BotApp, whatsapp_api: FakeAPI, factory: sessionmaker[Session]
) -> None:
    number = "6281277770003"
    bot.deliver.whatsapp(SCAMS[6], number=number)
    bot.deliver.whatsapp("report", number=number)
    bot.deliver.whatsapp("hmm maybe", number=number)
    bot.deliver.whatsapp("yes", number=number)
    replies = whatsapp_api.wait_for(4)
    assert replies[1].startswith("Send the advert above to the officers of the")
    assert replies[2] == "Reply 1, 2 or CANCEL."
    assert "Thank you. We have received your report" in replies[3]
    assert "We did not keep your contact." in replies[3]
    eventually(lambda: len(_tips(factory)), lambda n: n == 1)


def test_a_text_that_is_no_advert_is_not_remembered_for_lapor(
    bot: BotApp, whatsapp_api: FakeAPI
) -> None:
    number = "6281277770004"
    bot.deliver.whatsapp(
        "tolong bantu saya cek ini ya kak, terima kasih banyak sebelumnya", number=number
    )
    bot.deliver.whatsapp("LAPOR", number=number)
    first, second = whatsapp_api.wait_for(2)
    assert "sepertinya bukan iklan lowongan kerja" in first
    assert "Belum ada iklan untuk dilaporkan." in second
