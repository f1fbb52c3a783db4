"""Reading what the platforms deliver into one shape, :class:`Inbound`.

- **Telegram** (Bot API ``Update``): ``update_id`` and a ``message`` in a private chat, with
  ``text``, or a ``caption`` beside a ``photo`` or ``document``; a forwarded message carries
  ``forward_origin`` (Bot API 7.0+) or the older ``forward_from``/``forward_date`` fields.
  Other updates (edited messages, channel posts, group chats, button presses) are not answered:
  a bot that spoke up in groups would spam them.
- **WhatsApp** (Cloud API ``messages`` webhook): ``entry[].changes[].value.messages[]`` with
  ``from`` (the sender's number), ``id``, ``timestamp``, ``type`` and ``text.body`` (or an
  ``image``/``document`` with a caption); ``context.forwarded`` marks a forwarded message.
  Status notifications (``value.statuses``) and other phone numbers' messages are skipped.

A payload that is not the platform's shape raises :class:`BadDelivery`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

KINDS = ("text", "picture", "document", "other")
TELEGRAM_FORWARD_FIELDS = (
    "forward_origin",
    "forward_from",
    "forward_from_chat",
    "forward_sender_name",
    "forward_date",
)
PICTURE_TYPES = ("image/jpeg", "image/png", "image/webp")


class BadDelivery(ValueError):
    """The body is JSON but not an update of the platform (says what is missing)."""


@dataclass(frozen=True)
class Inbound:
    platform: str
    key: str  # Telegram update_id, WhatsApp message id: the de-duplication key
    chat: str  # where the reply goes: Telegram chat id, WhatsApp number (digits)
    kind: str  # text | picture | document | other
    text: str = ""  # the text, or the caption of a picture or document
    forwarded: bool = False
    sent_at: int | None = None  # Unix time the platform gives the message
    # What a tip keeps as the contact when the person agrees (never otherwise).
    contact: str = ""
    media: dict[str, str] = field(default_factory=dict)  # id (file_id/media id), mime_type

    def to_payload(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> Inbound:
        names = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in payload.items() if k in names})


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def parse_telegram(update: object) -> Inbound | None:
    """The message to answer in a Telegram update, or None when there is none to answer."""
    if not isinstance(update, dict) or not isinstance(update.get("update_id"), int):
        raise BadDelivery("a Telegram update needs an integer update_id")
    message = update.get("message")
    if not isinstance(message, dict):
        return None  # edited messages, channel posts, membership changes ...
    chat = message.get("chat")
    if not isinstance(chat, dict) or not isinstance(chat.get("id"), int):
        raise BadDelivery("message.chat.id is missing")
    if chat.get("type") != "private":
        return None
    sender = _dict(message.get("from"))
    if sender.get("is_bot"):
        return None
    media: dict[str, str] = {}
    if "text" in message:
        kind = "text"
    elif isinstance(message.get("photo"), list) and message["photo"]:
        kind = "picture"
        largest = message["photo"][-1]  # sizes come smallest first
        media = {"id": _text(largest.get("file_id")), "mime_type": "image/jpeg"}
    elif isinstance(message.get("document"), dict):
        doc = message["document"]
        mime = _text(doc.get("mime_type"))
        kind = "picture" if mime in PICTURE_TYPES else "document"
        media = {"id": _text(doc.get("file_id")), "mime_type": mime}
    else:
        kind = "other"  # sticker, voice note, location, contact ...
    username = _text(sender.get("username"))
    contact = (
        f"Telegram @{username} (chat {chat['id']})" if username else f"Telegram chat {chat['id']}"
    )
    date = message.get("date")
    return Inbound(
        platform="telegram",
        key=str(update["update_id"]),
        chat=str(chat["id"]),
        kind=kind,
        text=_text(message.get("text")) or _text(message.get("caption")),
        forwarded=any(name in message for name in TELEGRAM_FORWARD_FIELDS),
        sent_at=date if isinstance(date, int) else None,
        contact=contact,
        media=media,
    )


def _whatsapp_message(message: dict[str, Any]) -> Inbound:
    sender, key = message.get("from"), message.get("id")
    if not isinstance(sender, str) or not sender or not isinstance(key, str) or not key:
        raise BadDelivery("a WhatsApp message needs 'from' and 'id'")
    kind_name = message.get("type")
    body = _dict(message.get(kind_name)) if isinstance(kind_name, str) else {}
    media: dict[str, str] = {}
    text = ""
    if kind_name == "text":
        kind, text = "text", _text(body.get("body"))
    elif kind_name in ("image", "document"):
        mime = _text(body.get("mime_type"))
        kind = "picture" if kind_name == "image" or mime in PICTURE_TYPES else "document"
        text = _text(body.get("caption"))
        media = {"id": _text(body.get("id")), "mime_type": mime}
    elif kind_name == "button":  # a quick-reply button of a template
        kind, text = "text", _text(body.get("text"))
    elif kind_name == "interactive":  # a reply button or list row
        reply = _dict(body.get("button_reply") or body.get("list_reply"))
        kind, text = "text", _text(reply.get("title"))
    else:
        kind = "other"
    context = _dict(message.get("context"))
    stamp = message.get("timestamp")
    digits = sender.lstrip("+")
    return Inbound(
        platform="whatsapp",
        key=key,
        chat=digits,
        kind=kind,
        text=text,
        forwarded=bool(context.get("forwarded") or context.get("frequently_forwarded")),
        sent_at=int(stamp) if isinstance(stamp, str) and stamp.isdigit() else None,
        contact=f"WhatsApp +{digits}",
        media=media,
    )


def parse_whatsapp(notification: object, phone_number_id: str) -> list[Inbound]:
    """The messages sent to our number in a WhatsApp webhook notification (possibly none)."""
    if not isinstance(notification, dict) or not isinstance(notification.get("entry"), list):
        raise BadDelivery("a WhatsApp notification needs an 'entry' list")
    found: list[Inbound] = []
    for entry in notification["entry"]:
        changes = entry.get("changes") if isinstance(entry, dict) else None
        for change in changes if isinstance(changes, list) else []:
            if not isinstance(change, dict) or change.get("field") != "messages":
                continue
            value = change.get("value")
            if not isinstance(value, dict):
                raise BadDelivery("changes[].value is missing")
            metadata = _dict(value.get("metadata"))
            if str(metadata.get("phone_number_id", "")) != phone_number_id:
                continue  # another number of the same app
            for message in value.get("messages") or []:
                if not isinstance(message, dict):
                    raise BadDelivery("messages[] holds something that is not a message")
                found.append(_whatsapp_message(message))
    return found
