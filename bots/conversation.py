"""What the bot answers to one message, given what it remembers of the chat.

- Text or a forwarded message → the web check (:class:`citizen.check.Checker`): the same band,
  reasons with quoted words, checks and report channels, as one chat message
  (:mod:`bots.render`). A lone link → the same safe fetch as the web check. Text longer than
  ``WASPADA_CHECK_MAX_CHARS`` is cut to it, and the answer says so.
- A picture or PDF → fetched from the platform (:mod:`bots.media`), read by OCR
  (:mod:`citizen.picture_check`) → the same answer, starting with the words read.
- "LAPOR" after an answer → a question: send it (1), send it with my contact (2), or cancel.
  The answer makes the advert a tip in the investigators' queue, exactly like the web's
  "Laporkan" (:func:`store.services.citizen.submit_tip`); the contact (the WhatsApp number or
  the Telegram account) is kept only after "2".
- Anything else (a greeting, a sticker, a voice note, a text that is no job offer) → a short
  help. The first message of a chat also gets the note that the answer is an aid, not a ruling.
- English when the person writes English (:mod:`bots.language`).

Nothing here touches HTTP or the platforms: the worker (:mod:`bots.worker`) stores the
:class:`store.services.bots.Outcome` and sends its replies.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from bots import language
from bots.inbound import Inbound
from bots.media import MediaFetcher, MediaGone, MediaLater
from bots.messages import (
    CANCELLED,
    CMD_CANCEL,
    CMD_HELP,
    CMD_REPORT,
    CMD_SEND,
    CMD_SEND_WITH_CONTACT,
    CONFIRM,
    CONFIRM_AGAIN,
    CONTACT_KEPT,
    CONTACT_KIND,
    CONTACT_NOT_KEPT,
    CUT,
    ENGLISH_COMMANDS,
    FIRST_NOTE,
    HELP,
    INDONESIAN_COMMANDS,
    LIMITED,
    MEDIA_GONE,
    NO_PICTURES,
    NOT_AN_ADVERT,
    NOTHING_TO_REPORT,
    PLATFORM_NAMES,
    TIP_MESSAGE,
    TIP_NUMBER,
    URGENT,
    WORDS_READ,
)
from bots.render import answer_text, fit
from citizen.check import Checker, CheckInput, InputKind, sniff_input
from citizen.errors import CheckError
from citizen.messages import PASTE_INSTEAD, TIP_THANKS, Lang
from citizen.picture_check import check_picture, picture_error, picture_tip_advert
from citizen.tips import tip_advert
from pictures import PictureError
from store.services.adverts import AdvertIn, ClassificationIn
from store.services.bots import Claimed, Outcome, tip_sent_with
from store.services.citizen import submit_tip
from waspada.settings import Settings

# A reply this short is read as a command, not as an advert to check.
MAX_COMMAND_CHARS = 24
# A caption this long beside a picture is checked as the advert's text.
MIN_CAPTION_CHARS = 40
WORDS_READ_CHARS = 300
_EDGE_PUNCTUATION = re.compile(r"^[\s\W_]+|[\s.!,;:)(]+$")


class TryLater(Exception):
    """The message cannot be answered now (the classifier is not loaded, say): keep it and try
    again later rather than answer wrongly."""


def command_of(text: str) -> str:
    """``"  lapor! "`` → ``"LAPOR"``; "" for anything longer than a command."""
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_COMMAND_CHARS:
        return ""
    core = _EDGE_PUNCTUATION.sub("", stripped)
    if stripped.startswith("/"):
        core = "/" + core
    return (core or stripped).upper()


class Conversation:
    def __init__(
        self,
        settings: Settings,
        checker: Checker,
        factory: sessionmaker[Session],
        *,
        media: MediaFetcher | None = None,
    ) -> None:
        """``media`` fetches pictures and PDFs sent to the bot; without it they are refused
        with a message (a caption long enough to be the advert is still checked)."""
        self.settings = settings
        self.checker = checker
        self.factory = factory
        self.media = media
        self.max_chars = settings.check_max_chars

    # ------------------------------------------------------------------ the entry point

    def answer(self, claimed: Claimed) -> Outcome:
        state = claimed.chat
        current: Lang = "en" if state.lang == "en" else "id"
        if claimed.payload.get("kind") == "limited":
            return Outcome([LIMITED[current]], current, stage=state.stage)
        inbound = Inbound.from_payload(claimed.payload)
        text = inbound.text.strip()
        command = command_of(text)
        lang = self._lang(inbound, command, current, is_new=state.is_new)
        outcome = self._respond(claimed, inbound, text, command, lang)
        if state.is_new:
            # At the end: what matters most (a reported contact, the band) is read first.
            outcome.replies[0] = f"{outcome.replies[0]}\n\n{FIRST_NOTE[lang]}"
        outcome.replies = [fit(r) for r in outcome.replies]
        return outcome

    def _lang(self, inbound: Inbound, command: str, current: Lang, *, is_new: bool) -> Lang:
        if command in ENGLISH_COMMANDS:
            return "en"
        if command in INDONESIAN_COMMANDS:
            return "id"
        if command.isdigit():
            return current  # "1", "2": no language in them
        return language.choose(
            inbound.text, forwarded=inbound.forwarded, current=current, is_new=is_new
        )

    def _respond(
        self, claimed: Claimed, inbound: Inbound, text: str, command: str, lang: Lang
    ) -> Outcome:
        state = claimed.chat
        if state.stage == "confirm" and state.last_advert:
            if command in CMD_SEND or command in CMD_SEND_WITH_CONTACT:
                return self._tip(claimed, inbound, lang, consent=command in CMD_SEND_WITH_CONTACT)
            if command in CMD_CANCEL:
                return Outcome([CANCELLED[lang]], lang)
            if command and command not in CMD_HELP | CMD_REPORT:
                return Outcome([CONFIRM_AGAIN[lang]], lang, stage="confirm")
            # Anything longer is a new advert to check: the question lapses.
        if command in CMD_REPORT:
            if not state.last_advert:
                return Outcome([NOTHING_TO_REPORT[lang]], lang)
            kind = CONTACT_KIND[claimed.platform][lang]
            prompt = CONFIRM[lang].format(task_force=self._task_force(lang), contact_kind=kind)
            return Outcome([prompt], lang, stage="confirm")
        if command in CMD_HELP or inbound.kind == "other":
            return Outcome([self._help(lang)], lang)
        if inbound.kind in ("picture", "document"):
            return self._picture(claimed, inbound, text, lang)
        if not text:
            return Outcome([self._help(lang)], lang)
        return self._check(claimed, text, lang)

    # ------------------------------------------------------------------ answers

    def _task_force(self, lang: Lang) -> str:
        return self.checker.channels.task_force(lang)

    def _help(self, lang: Lang) -> str:
        return HELP[lang].format(task_force=self._task_force(lang))

    def _page_url(self, lang: Lang) -> str:
        base = self.settings.public_base_url.rstrip("/")
        return f"{base}/?lang=en" if lang == "en" else f"{base}/"

    def _picture(self, claimed: Claimed, inbound: Inbound, text: str, lang: Lang) -> Outcome:
        """A picture or PDF: fetched from the platform, read (OCR) and checked like pasted
        text; the answer starts with the words read. A caption long enough to be the advert is
        checked instead when the picture holds no words."""
        if self.media is None:
            if len(text) >= MIN_CAPTION_CHARS:
                return self._check(claimed, text, lang)
            return Outcome([NO_PICTURES[lang]], lang)
        try:
            data = self._fetch(claimed.platform, inbound.media)
            result = check_picture(self.checker, data)
        except MediaGone:
            return Outcome([MEDIA_GONE[lang]], lang)
        except CheckError as exc:
            if exc.status >= 500:
                raise TryLater(exc.detail or exc.code) from None
            if exc.code == "no_text" and len(text) >= MIN_CAPTION_CHARS:
                return self._check(claimed, text, lang)
            return Outcome([exc.message(lang)], lang, count=("image", "error"))
        answer = result.to_dict(lang)
        notes = [_words_read(str(answer["input"].get("text", "")), lang)]
        remembered = {"kind": "image", "media": dict(inbound.media)}
        return self._answered(result.band, answer, lang, remembered, notes, kind="image")

    def _fetch(self, platform: str, media: dict[str, str]) -> bytes:
        """The file's bytes; CheckError when it is not a picture we may read."""
        assert self.media is not None
        try:
            return self.media.fetch(platform, media)
        except MediaLater as exc:
            raise TryLater(str(exc)) from None
        except PictureError as exc:  # larger than a picture may be
            raise picture_error(exc) from None

    def _check(self, claimed: Claimed, text: str, lang: Lang) -> Outcome:
        notes: list[str] = []
        if len(text) > self.max_chars:
            text = text[: self.max_chars]
            notes.append(CUT[lang].format(max=self.max_chars))
        try:
            inp = sniff_input(text, max_chars=self.max_chars)
        except CheckError as exc:  # bad characters, nothing left after cleaning
            return Outcome([exc.message(lang)], lang)
        try:
            result = self.checker.check(inp)
        except CheckError as exc:
            if exc.status >= 500:
                raise TryLater(exc.detail or exc.code) from None
            # A link that could not be read: counted like the web's, as "error".
            return Outcome([exc.message(lang)], lang, count=(inp.kind, "error"))
        remembered = {"kind": inp.kind, "value": inp.value}
        return self._answered(
            result.band, result.to_dict(lang), lang, remembered, notes, kind=inp.kind
        )

    def _answered(
        self,
        band: str,
        answer: dict[str, Any],
        lang: Lang,
        remembered: dict[str, Any],
        notes: list[str],
        *,
        kind: str,
    ) -> Outcome:
        """The answer as a chat message; the advert is remembered for "LAPOR" unless it is no
        job advert at all (then a help instead)."""
        count = (kind, band)
        if band == "not_an_advert":
            body = f"{NOT_AN_ADVERT[lang]} {PASTE_INSTEAD[lang]}\n\n{self._help(lang)}"
            return Outcome(["\n\n".join([*notes, body])], lang, count=count)
        body = answer_text(answer, lang, page_url=self._page_url(lang))
        return Outcome(["\n\n".join([*notes, body])], lang, last_advert=remembered, count=count)

    def _tip(self, claimed: Claimed, inbound: Inbound, lang: Lang, *, consent: bool) -> Outcome:
        advert: dict[str, Any] = claimed.chat.last_advert or {}
        platform = PLATFORM_NAMES[claimed.platform]
        message = TIP_MESSAGE.format(platform=platform, ref=f"{claimed.platform}:{inbound.key}")
        tip_id = tip_sent_with(self.factory, message)
        if tip_id is None:
            try:
                advert_in, classification = self._tip_advert(claimed.platform, advert)
            except MediaGone:
                return Outcome([MEDIA_GONE[lang]], lang, last_advert=None)
            except CheckError as exc:
                if exc.status >= 500:
                    raise TryLater(exc.detail or exc.code) from None
                return Outcome([exc.message(lang)], lang, last_advert=None)
            receipt = submit_tip(
                self.factory,
                advert_in,
                classification,
                region=self.settings.region,
                message=message,
                contact=inbound.contact if consent else None,
                consent=consent,
            )
            tip_id = receipt.tip_id
        report = self.checker.channels.to_dict(lang)
        phones = [c for c in report["regional"] + report["national"] if c["kind"] == "phone"]
        lines = [
            TIP_THANKS[lang].format(task_force=report["task_force"]),
            TIP_NUMBER[lang].format(tip_id=tip_id),
            CONTACT_KEPT[lang] if consent else CONTACT_NOT_KEPT[lang],
            "",
            URGENT[lang],
            *[f"• {c['name']}: {c['contact']}" for c in phones[:4]],
        ]
        # The advert has been handed over: the bot need not keep it any longer.
        return Outcome(["\n".join(lines)], lang, last_advert=None)

    def _tip_advert(
        self, platform: str, advert: dict[str, Any]
    ) -> tuple[AdvertIn, ClassificationIn]:
        """What the tip stores, as the web's tips do: pasted text as it was, a link fetched
        again, a picture fetched again from the platform (its evidence copy without metadata)."""
        if advert.get("kind") == "image" and self.media is not None:
            data = self._fetch(platform, dict(advert.get("media") or {}))
            return picture_tip_advert(self.checker, data)
        kind: InputKind = "url" if advert.get("kind") == "url" else "text"
        return tip_advert(self.checker, CheckInput(kind, str(advert.get("value", ""))))


def _words_read(text: str, lang: Lang) -> str:
    """The start of what OCR read, so the person sees what was checked."""
    words = " ".join(text.split())
    head = words[:WORDS_READ_CHARS] + ("…" if len(words) > WORDS_READ_CHARS else "")
    return WORDS_READ[lang].format(words=head)
