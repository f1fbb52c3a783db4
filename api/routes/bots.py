"""The chat bots' webhooks: HTTP only (who may deliver, and what answer the platform gets).

    POST /bots/telegram     Telegram updates; X-Telegram-Bot-Api-Secret-Token must match
                            WASPADA_TELEGRAM_WEBHOOK_SECRET (given to setWebhook)
    GET  /bots/whatsapp     the WhatsApp verification handshake: hub.mode=subscribe and
                            hub.verify_token = WASPADA_WHATSAPP_VERIFY_TOKEN; answers hub.challenge
    POST /bots/whatsapp     WhatsApp notifications; X-Hub-Signature-256 must be the HMAC-SHA256
                            of the raw body with WASPADA_WHATSAPP_APP_SECRET

A platform whose settings are empty is off: its routes answer 404. A delivery without its
secret or signature gets 401, a wrong one 403, and so does a stale one (a message older than
:data:`store.services.bots.STALE`, past the window in which redeliveries are recognised):
nothing is stored. Secrets are compared in constant time. A good delivery is stored
(:func:`store.services.bots.receive`: a message id already stored changes nothing) and
answered 200 at once; the check and the reply happen in the background (:mod:`bots.worker`).
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import limits
from fastapi import APIRouter, FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, PlainTextResponse, Response

from api.state import AppState
from bots.conversation import Conversation
from bots.identity import chat_hash
from bots.inbound import BadDelivery, Inbound, parse_telegram, parse_whatsapp
from bots.media import MediaFetcher
from bots.worker import BotWorker
from metrics import BOT_WEBHOOKS
from store.services.bots import STALE, Incoming, Window, receive
from waspada.settings import Settings

log = logging.getLogger(__name__)

# Telegram and WhatsApp deliveries are a few kilobytes; a megabyte is far beyond any of them.
MAX_BODY_BYTES = 1_000_000
NAMES = {"telegram": "Telegram", "whatsapp": "WhatsApp"}
Handler = Callable[[Request], Awaitable[Response]]


def rate_windows(value: str) -> list[Window]:
    """``"10/minute;200/day"`` as windows; ValueError names the setting to fix."""
    if not value.strip():
        return []
    try:
        items = limits.parse_many(value)
    except ValueError:
        raise ValueError(
            f"WASPADA_BOT_RATE_LIMIT={value!r} is not a rate limit; write e.g. '10/minute;200/day'"
        ) from None
    return [Window(item.amount, int(item.get_expiry())) for item in items]


def _refuse(status: int, detail: str) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status)


class Bots:
    """Per-app state of the bots: settings, the rate windows and the background worker."""

    def __init__(self, state: AppState, worker: BotWorker | None) -> None:
        self.state = state
        self.settings: Settings = state.settings
        self.windows = rate_windows(self.settings.bot_rate_limit)
        self.worker = worker

    def enabled(self, platform: str) -> bool:
        s = self.settings
        return s.telegram_enabled if platform == "telegram" else s.whatsapp_enabled

    async def body(self, request: Request) -> bytes | None:
        """The raw body (signatures are over the exact bytes), None past the limit."""
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            return None
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                return None
            chunks.append(chunk)
        return b"".join(chunks)

    async def store(self, messages: Sequence[Inbound]) -> Response:
        now = time.time()
        if any(m.sent_at is not None and now - m.sent_at > STALE.total_seconds() for m in messages):
            # Past the window in which a message id is remembered: answering it could answer a
            # message twice, so an old (or replayed) delivery is refused and nothing is stored.
            return _refuse(403, "stale delivery: a message in it is older than 7 days")
        secret = self.settings.secret_key
        items = [
            Incoming(m.platform, m.key, chat_hash(secret, m.platform, m.chat), m.to_payload())
            for m in messages
        ]
        if items:
            report = await run_in_threadpool(
                functools.partial(receive, self.state.sessions, items, windows=self.windows)
            )
            if report.new and self.worker is not None:
                self.worker.wake()
        return JSONResponse({"ok": True, "received": len(items)})


OUTCOMES = {200: "accepted", 401: "refused", 403: "refused", 400: "bad", 413: "bad"}


def _counted(platform: str) -> Callable[[Handler], Handler]:
    """Count each delivery a webhook answers by its outcome (a platform that is off: not)."""

    def wrap(handler: Handler) -> Handler:
        @functools.wraps(handler)
        async def counted(request: Request) -> Response:
            response = await handler(request)
            if response.status_code in OUTCOMES:
                BOT_WEBHOOKS.labels(platform, OUTCOMES[response.status_code]).inc()
            return response

        return counted

    return wrap


def _json(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        return None


def build_router(bots: Bots) -> APIRouter:
    router = APIRouter(tags=["bots"])
    s = bots.settings

    def off(platform: str) -> JSONResponse:
        return _refuse(404, f"the {NAMES[platform]} bot is not set up on this server")

    @router.post("/bots/telegram", summary="Telegram webhook (updates from the Bot API)")
    @_counted("telegram")
    async def telegram(request: Request) -> Response:
        if not bots.enabled("telegram"):
            return off("telegram")
        given = request.headers.get("x-telegram-bot-api-secret-token")
        if given is None:
            return _refuse(401, "X-Telegram-Bot-Api-Secret-Token is missing")
        if not hmac.compare_digest(given.encode(), s.telegram_webhook_secret.encode()):
            return _refuse(403, "X-Telegram-Bot-Api-Secret-Token does not match")
        raw = await bots.body(request)
        if raw is None:
            return _refuse(413, f"body over {MAX_BODY_BYTES} bytes")
        try:
            inbound = parse_telegram(_json(raw))
        except BadDelivery as exc:
            return _refuse(400, f"not a Telegram update: {exc}")
        return await bots.store([inbound] if inbound else [])

    @router.get("/bots/whatsapp", summary="WhatsApp webhook verification (hub.challenge)")
    async def whatsapp_verify(request: Request) -> Response:
        if not bots.enabled("whatsapp"):
            return off("whatsapp")
        q = request.query_params
        token = q.get("hub.verify_token", "")
        if q.get("hub.mode") != "subscribe" or not hmac.compare_digest(
            token.encode(), s.whatsapp_verify_token.encode()
        ):
            return _refuse(403, "hub.mode must be subscribe and hub.verify_token must match")
        return PlainTextResponse(q.get("hub.challenge", ""))

    @router.post("/bots/whatsapp", summary="WhatsApp webhook (Cloud API notifications)")
    @_counted("whatsapp")
    async def whatsapp(request: Request) -> Response:
        if not bots.enabled("whatsapp"):
            return off("whatsapp")
        signature = request.headers.get("x-hub-signature-256")
        if signature is None:
            return _refuse(401, "X-Hub-Signature-256 is missing")
        raw = await bots.body(request)
        if raw is None:
            return _refuse(413, f"body over {MAX_BODY_BYTES} bytes")
        digest = hmac.new(s.whatsapp_app_secret.encode(), raw, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(f"sha256={digest}".encode(), signature.encode()):
            return _refuse(403, "X-Hub-Signature-256 does not match the body")
        try:
            messages = parse_whatsapp(_json(raw), s.whatsapp_phone_number_id)
        except BadDelivery as exc:
            return _refuse(400, f"not a WhatsApp notification: {exc}")
        return await bots.store(messages)

    return router


def install(app: FastAPI) -> None:
    """Add the webhooks to an app built by ``create_app`` (after the citizens' check, whose
    checker the bots share). The worker runs only when a platform is set up."""
    state: AppState = app.state.waspada
    settings = state.settings
    bots = Bots(state, None)  # first: a malformed rate limit stops the start here
    if settings.telegram_enabled or settings.whatsapp_enabled:
        checker = app.state.citizen.checker
        media = MediaFetcher(settings, checker.pictures.check_size)
        conversation = Conversation(settings, checker, state.sessions, media=media)
        bots.worker = BotWorker(state.sessions, settings, conversation)
        bots.worker.start()
        state.on_shutdown += [bots.worker.close, media.close]
    app.state.bots = bots
    app.include_router(build_router(bots))
