"""The Telegram bot end to end: real HTTP to the app's webhook, the shipped classifier, and a
fake Bot API on loopback that records what the service sends back."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.models import BotReply, BotUpdate
from tests.bots.conftest import PUBLIC_URL, BotApp, eventually
from tests.bots.fakes import FakeAPI
from tests.citizen.servers import Site
from tests.fixture_adverts import LEGIT, SCAMS
from tests.fixture_site import page


def test_a_pasted_scam_gets_the_web_checks_answer_in_the_chat(
    bot: BotApp, telegram_api: FakeAPI
) -> None:
    web = bot.client.post("/api/check", json={"text": SCAMS[0]}).json()
    telegram_api.hold()  # the Bot API keeps the reply waiting: the webhook must not
    r = bot.deliver.telegram(SCAMS[0], chat_id=777001)
    assert r.status_code == 200, r.text
    assert r.json() == {"ok": True, "received": 1}
    telegram_api.release()
    [reply] = telegram_api.wait_for(1)
    call = telegram_api.calls[0]["body"]
    assert call["chat_id"] == "777001"
    # The first message of a chat: the note that this is an aid, not a ruling (at its end:
    # the band is read first).
    assert reply.startswith("🔴 ")
    assert reply.endswith(
        "Catatan: jawaban saya dibuat komputer sebagai alat bantu, bukan putusan resmi. Iklan "
        "yang tampak wajar pun bisa menipu, dan iklan yang ditandai belum tentu penipuan."
    )
    # The same band and reasons as the web page, with the advert's own words quoted.
    assert web["band"] == "high"
    assert f"🔴 {web['band_label'].upper()}" in reply
    assert web["advice"]["summary"] in reply
    for flag in web["red_flags"][:4]:
        assert flag["label"] in reply
        assert f"“{flag['evidence'][0]['text']}”" in reply
    assert "Tempat melapor:" in reply and "112" in reply and "0813-8687-0227" in reply
    assert "Balas LAPOR untuk mengirim iklan ini ke petugas Gugus Tugas TPPO Kota Jambi." in reply
    assert f"Selengkapnya: {PUBLIC_URL}/" in reply
    assert len(reply) <= 4096


def test_a_forwarded_scam_is_checked_and_the_note_comes_only_first(
    bot: BotApp, telegram_api: FakeAPI
) -> None:
    assert bot.deliver.telegram(SCAMS[2], forwarded=True, chat_id=777002).status_code == 200
    [first] = telegram_api.wait_for(1)
    assert "alat bantu, bukan putusan" in first
    assert "BERBAHAYA" in first or "HATI-HATI" in first
    assert "“" in first  # quoted words
    bot.deliver.telegram(LEGIT[0], forwarded=True, chat_id=777002)
    _, second = telegram_api.wait_for(2)
    assert "alat bantu" not in second
    assert "TAMPAK WAJAR" in second


def test_a_link_is_fetched_safely_and_answered(
    bot: BotApp, telegram_api: FakeAPI, site: Site
) -> None:
    url = site.add("/loker/9", page("Loker Malaysia", f"<h1>Loker Malaysia</h1><p>{SCAMS[2]}</p>"))
    bot.deliver.telegram(url, chat_id=777003)
    [reply] = telegram_api.wait_for(1)
    assert site.hits["/loker/9"] == 1
    assert "Halaman: “Loker Malaysia”" in reply
    assert "BERBAHAYA" in reply or "HATI-HATI" in reply


def test_a_link_to_our_own_network_is_refused_with_the_webs_words(
    bot: BotApp, telegram_api: FakeAPI
) -> None:
    bot.deliver.telegram("http://10.0.0.1/admin", chat_id=777004)
    [reply] = telegram_api.wait_for(1)
    assert "tidak boleh kami buka" in reply


def test_greetings_stickers_and_voice_notes_get_a_short_help(
    bot: BotApp, telegram_api: FakeAPI
) -> None:
    bot.deliver.telegram("halo", chat_id=777005)
    bot.deliver.telegram(
        None, chat_id=777005, extra={"sticker": {"file_id": "CAAC", "emoji": "👍"}}
    )
    bot.deliver.telegram(None, chat_id=777005, extra={"voice": {"file_id": "AwAD", "duration": 3}})
    bot.deliver.telegram("siapa kamu sebenarnya dan apa gunanya", chat_id=777005)
    replies = telegram_api.wait_for(4)
    for reply in replies:
        assert "Saya pemeriksa lowongan kerja dari Gugus Tugas TPPO Kota Jambi" in reply
        assert "teruskan (forward) pesannya" in reply
    assert "alat bantu" in replies[0] and not any("alat bantu" in r for r in replies[1:])
    assert "sepertinya bukan iklan lowongan kerja" in replies[3]


def test_english_gets_english(bot: BotApp, telegram_api: FakeAPI) -> None:
    bot.deliver.telegram("Hello, what can you do?", chat_id=777006)
    bot.deliver.telegram(SCAMS[6], chat_id=777006)
    help_, answer = telegram_api.wait_for(2)
    assert "Note: my answers are made by a computer as an aid" in help_
    assert "I check job offers for the" in help_
    assert "DANGEROUS" in answer or "BE CAREFUL" in answer
    assert "Reply REPORT to send this advert" in answer
    assert f"More: {PUBLIC_URL}/?lang=en" in answer


def test_group_chats_and_edited_messages_are_not_answered(
    bot: BotApp, telegram_api: FakeAPI, factory: sessionmaker[Session]
) -> None:
    group = bot.deliver.telegram_update(SCAMS[0], chat_id=-100200300)
    group["message"]["chat"]["type"] = "supergroup"
    assert bot.deliver.post_telegram(group).json() == {"ok": True, "received": 0}
    edited = {"update_id": 99, "edited_message": group["message"]}
    assert bot.deliver.post_telegram(edited).json() == {"ok": True, "received": 0}
    with factory() as session:
        assert session.scalars(select(BotUpdate)).all() == []


def test_what_is_stored_names_no_chat(
    bot: BotApp, telegram_api: FakeAPI, factory: sessionmaker[Session]
) -> None:
    bot.deliver.telegram(SCAMS[1], chat_id=424242, username="rahasia_user")
    telegram_api.wait_for(1)

    def replies() -> list[BotReply]:
        with factory() as session:
            return list(session.scalars(select(BotReply)))

    [sent] = eventually(replies, lambda rows: len(rows) == 1 and rows[0].status == "sent")
    assert (sent.recipient, sent.body) == ("", "")
    with factory() as session:
        [update] = session.scalars(select(BotUpdate)).all()
        assert update.status == "done" and update.payload == {}
        dump = " ".join(
            str(row)
            for table in ("bot_updates", "bot_chats", "bot_replies", "citizen_checks")
            for row in session.execute(
                select("*").select_from(__import__("sqlalchemy").table(table))
            )
        )
    assert "424242" not in dump and "rahasia" not in dump
    assert update.chat_hash not in ("424242", "") and len(update.chat_hash) == 64
