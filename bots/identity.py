"""Senders are stored only as keyed hashes (HMAC-SHA256 with a key derived from
``WASPADA_SECRET_KEY``): enough to rate-limit a sender, de-duplicate and remember a chat's
state, while a leaked database names no phone number or chat. Changing the secret key starts
every chat afresh (rate limits and "LAPOR" state are per hash)."""

from __future__ import annotations

import hashlib
import hmac


def chat_hash(secret: str, platform: str, chat: str) -> str:
    key = hashlib.sha256(f"bots:{secret}".encode()).digest()
    return hmac.new(key, f"{platform}:{chat}".encode(), hashlib.sha256).hexdigest()
