"""Reading the platforms' payloads, the person's language and commands, and cutting answers
for a chat (no server needed)."""

from __future__ import annotations

import pytest

from bots.conversation import command_of
from bots.inbound import BadDelivery, Inbound, parse_telegram, parse_whatsapp
from bots.language import choose, detect
from bots.render import fit


def test_a_telegram_update_with_a_forwarded_photo_and_caption() -> None:
    update = {
        "update_id": 10,
        "message": {
            "message_id": 3,
            "from": {"id": 42, "is_bot": False, "first_name": "A"},
            "chat": {"id": 42, "type": "private"},
            "date": 1_765_000_000,
            "photo": [{"file_id": "small", "width": 90}, {"file_id": "big", "width": 1280}],
            "caption": "Loker Malaysia gaji besar",
            "forward_origin": {"type": "channel", "date": 1_764_000_000},
        },
    }
    inbound = parse_telegram(update)
    assert inbound == Inbound(
        platform="telegram",
        key="10",
        chat="42",
        kind="picture",
        text="Loker Malaysia gaji besar",
        forwarded=True,
        sent_at=1_765_000_000,
        contact="Telegram chat 42",
        media={"id": "big", "mime_type": "image/jpeg"},
    )
    assert Inbound.from_payload(inbound.to_payload()) == inbound


@pytest.mark.parametrize(
    "update",
    [None, [], {"update_id": "1"}, {"update_id": 1, "message": {"chat": {"type": "private"}}}],
)
def test_what_is_not_a_telegram_update(update: object) -> None:
    with pytest.raises(BadDelivery):
        parse_telegram(update)


def test_whatsapp_kinds_and_the_forwarded_mark() -> None:
    def note(message: dict[str, object]) -> dict[str, object]:
        base = {"from": "628111", "id": "wamid.1", "timestamp": "1765000000"}
        value = {"metadata": {"phone_number_id": "77"}, "messages": [base | message]}
        return {"entry": [{"changes": [{"field": "messages", "value": value}]}]}

    [text] = parse_whatsapp(
        note({"type": "text", "text": {"body": "halo"}, "context": {"frequently_forwarded": True}}),
        "77",
    )
    assert (text.kind, text.text, text.forwarded, text.chat, text.contact) == (
        "text",
        "halo",
        True,
        "628111",
        "WhatsApp +628111",
    )
    [pdf] = parse_whatsapp(
        note({"type": "document", "document": {"id": "m1", "mime_type": "application/pdf"}}), "77"
    )
    assert (pdf.kind, pdf.media) == ("document", {"id": "m1", "mime_type": "application/pdf"})
    [image] = parse_whatsapp(
        note({"type": "image", "image": {"id": "m2", "mime_type": "image/jpeg", "caption": "c"}}),
        "77",
    )
    assert (image.kind, image.text) == ("picture", "c")
    [button] = parse_whatsapp(
        note(
            {
                "type": "interactive",
                "interactive": {
                    "type": "button_reply",
                    "button_reply": {"id": "x", "title": "LAPOR"},
                },
            }
        ),
        "77",
    )
    assert (button.kind, button.text) == ("text", "LAPOR")
    [voice] = parse_whatsapp(note({"type": "audio", "audio": {"id": "m3"}}), "77")
    assert voice.kind == "other"
    assert parse_whatsapp(note({"type": "text", "text": {"body": "x"}}), "other-number") == []
    with pytest.raises(BadDelivery):
        parse_whatsapp(note({"from": "", "type": "text"}), "77")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hello, can you check this job offer for me?", "en"),
        ("halo kak, tolong cek lowongan ini ya", "id"),
        ("Dibutuhkan segera karyawan, gaji 5 juta per bulan", "id"),
        ("1", None),
        ("https://contoh.id/loker", None),
    ],
)
def test_the_language_of_what_a_person_writes(text: str, lang: str | None) -> None:
    assert detect(text) == lang


def test_a_forwarded_advert_does_not_change_the_chats_language() -> None:
    english_advert = "Customer service needed in Cambodia, salary USD 1,200 per month"
    assert choose(english_advert, forwarded=True, current="id", is_new=False) == "id"
    assert choose(english_advert, forwarded=True, current="id", is_new=True) == "en"
    assert choose(english_advert, forwarded=False, current="id", is_new=False) == "en"


@pytest.mark.parametrize(
    ("text", "command"),
    [(" lapor! ", "LAPOR"), ("/start", "/START"), ("Ya.", "YA"), ("2", "2"), ("x" * 30, "")],
)
def test_commands_are_read_loosely(text: str, command: str) -> None:
    assert command_of(text) == command


def test_an_answer_is_cut_at_a_line_to_fit_a_message() -> None:
    text = "\n".join(f"baris {i} " + "x" * 90 for i in range(100))
    cut = fit(text, 1000)
    assert len(cut) <= 1000 and cut.endswith("\n…")
    assert cut.split("\n")[-2].startswith("baris ") and cut.split("\n")[-2].endswith("x")
    assert fit("pendek", 1000) == "pendek"
