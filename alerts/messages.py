"""What an alert says, in Bahasa Indonesia: the e-mail (single or digest) and the webhook body.

Everything here is a pure function of an alert's stored ``payload`` (written when the alert was
created, in the same transaction as the advert) and the rule, so a delivery retried hours later
sends exactly what the first attempt would have sent.

The words for red flags, bands, link kinds and case statuses come from :mod:`vocabulary`;
the payload (with its evidence snippets) is built by :mod:`store.services.alert_outbox`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import html
import json
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from store.services.snippets import decimal

DIGEST_LABELS: dict[str, str] = {"hourly": "per jam", "daily": "harian"}

SIGNATURE_HEADER = "X-Waspada-Signature"
TIMESTAMP_HEADER = "X-Waspada-Timestamp"
EVENT_HEADER = "X-Waspada-Event"
IDEMPOTENCY_HEADER = "Idempotency-Key"

DISCLAIMER = (
    "Hasil ini dibuat komputer sebagai alat bantu, bukan keputusan resmi. "
    "Periksa iklannya sebelum bertindak."
)


def advert_page_url(base_url: str, advert_id: int) -> str:
    return f"{base_url.rstrip('/')}/adverts/{advert_id}"


# --------------------------------------------------------------------------- message parts


@dataclass(frozen=True)
class RuleInfo:
    """What a message needs of its rule (the rule row may change after the alert was made)."""

    id: int
    name: str
    trigger: str


def _title(payload: dict[str, Any]) -> str:
    title = str(payload["advert"].get("title") or "").strip()
    if title:
        return title
    body = " ".join(str(payload["advert"].get("body_start") or "").split())
    return (body[:80] + "…") if len(body) > 80 else (body or f"Iklan #{payload['advert']['id']}")


def _flag_lines(payload: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for flag in payload.get("red_flags", []):
        lines.append(f"- {flag['label']} ({flag['code']})")
        lines.extend(f'    "{s}"' for s in flag.get("snippets", []))
    return lines or ["- (tidak ada tanda bahaya yang terdeteksi)"]


def advert_text_block(payload: dict[str, Any], base_url: str) -> list[str]:
    """The lines about one advert, shared by the single e-mail, the digest and chat text."""
    advert = payload["advert"]
    risk = payload["risk"]
    lines = [
        f"Iklan: {_title(payload)}",
        f"Tingkat risiko: {risk['label']} (skor {decimal(float(risk['score']))})",
        f"Alasan: {payload['reason']}",
        f"Sumber: {advert.get('url') or 'teks kiriman warga'}",
    ]
    where = ", ".join(x for x in (advert.get("source") or "", advert.get("region") or "") if x)
    if where:
        lines.append(f"Asal: {where}")
    lines.append("Tanda bahaya:")
    lines.extend(_flag_lines(payload))
    lines.append(f"Buka iklan: {advert_page_url(base_url, int(advert['id']))}")
    return lines


def single_email(
    payload: dict[str, Any],
    rule: RuleInfo,
    *,
    idempotency_key: str,
    sender: str,
    recipients: Sequence[str],
    base_url: str,
    now: dt.datetime,
) -> EmailMessage:
    """One e-mail for one alert. Its Message-ID comes from the alert's idempotency key, so a
    message re-sent after a lost acknowledgement is recognisably the same message."""
    risk_label = payload["risk"]["label"]
    msg = EmailMessage()
    msg["Subject"] = f"[Waspada] {risk_label}: {_title(payload)[:120]}"
    msg["From"] = sender
    msg["To"] = ", ".join(recipients)
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = f"<{idempotency_key}@waspada>"
    msg["X-Waspada-Alert"] = idempotency_key
    text_lines = [
        "Waspada: peringatan baru",
        "",
        f'Aturan: "{rule.name}"',
        *advert_text_block(payload, base_url),
        "",
        DISCLAIMER,
        f"ID peringatan: {idempotency_key}",
    ]
    msg.set_content("\n".join(text_lines), charset="utf-8")
    msg.add_alternative(_html_page(f'Aturan "{rule.name}"', [payload], base_url), subtype="html")
    return msg


def digest_email(
    items: Sequence[tuple[dict[str, Any], RuleInfo, str]],
    *,
    digest: str,
    sender: str,
    recipients: Sequence[str],
    base_url: str,
    now: dt.datetime,
) -> EmailMessage:
    """One e-mail listing several alerts (``(payload, rule, idempotency key)``), highest risk
    first. An advert matched by two rules for the same recipients is listed once."""
    by_advert: dict[int, tuple[dict[str, Any], list[str]]] = {}
    for payload, rule, _key in items:
        advert_id = int(payload["advert"]["id"])
        if advert_id not in by_advert:
            by_advert[advert_id] = (payload, [])
        by_advert[advert_id][1].append(rule.name)
    ordered = sorted(by_advert.values(), key=lambda pr: -float(pr[0]["risk"]["score"]))
    n_high = sum(1 for p, _ in ordered if p["risk"]["band"] == "high")
    label = DIGEST_LABELS.get(digest, digest)
    msg = EmailMessage()
    msg["Subject"] = f"[Waspada] Ringkasan {label}: {len(ordered)} iklan" + (
        f", {n_high} berbahaya" if n_high else ""
    )
    msg["From"] = sender
    msg["To"] = ", ".join(recipients)
    msg["Date"] = format_datetime(now)
    keys = sorted(key for _p, _r, key in items)
    digest_id = hashlib.sha256("\n".join(keys).encode()).hexdigest()[:32]
    msg["Message-ID"] = f"<digest-{digest_id}@waspada>"
    lines = [f"Waspada: ringkasan {label}, {len(ordered)} iklan perlu dilihat.", ""]
    for n, (payload, rules) in enumerate(ordered, start=1):
        lines.append(f"{n}. Aturan: {', '.join(sorted(set(rules)))}")
        lines.extend(f"   {line}" for line in advert_text_block(payload, base_url))
        lines.append("")
    lines += [DISCLAIMER, f"ID peringatan: {', '.join(keys)}"]
    msg.set_content("\n".join(lines), charset="utf-8")
    msg.add_alternative(
        _html_page(f"Ringkasan {label}", [p for p, _ in ordered], base_url), subtype="html"
    )
    return msg


def _html_page(heading: str, payloads: Sequence[dict[str, Any]], base_url: str) -> str:
    e = html.escape
    parts = [
        "<!doctype html><html lang='id'><head><meta charset='utf-8'></head>",
        f"<body><h2>Waspada: {e(heading)}</h2>",
    ]
    for payload in payloads:
        advert = payload["advert"]
        risk = payload["risk"]
        url = advert_page_url(base_url, int(advert["id"]))
        parts.append(
            f"<div style='margin-bottom:1.5em'><h3><a href='{e(url)}'>{e(_title(payload))}</a>"
            f"</h3><p><strong>{e(risk['label'])}</strong> (skor {decimal(float(risk['score']))})"
            f"<br>Alasan: {e(payload['reason'])}<br>"
            f"Sumber: {e(advert.get('url') or 'teks kiriman warga')}</p><ul>"
        )
        for flag in payload.get("red_flags", []):
            snippets = "".join(f"<br><q>{e(s)}</q>" for s in flag.get("snippets", []))
            parts.append(f"<li>{e(flag['label'])} <code>{e(flag['code'])}</code>{snippets}</li>")
        parts.append(f"</ul><p><a href='{e(url)}'>Buka iklan</a></p></div>")
    parts.append(f"<p><small>{e(DISCLAIMER)}</small></p></body></html>")
    return "".join(parts)


def chat_text(payload: dict[str, Any], rule: RuleInfo, base_url: str) -> str:
    """A short plain text for chat gateways (Telegram, WhatsApp) that forward webhooks."""
    flags = ", ".join(f["label"] for f in payload.get("red_flags", [])) or "-"
    return (
        f"⚠️ Waspada: {payload['risk']['label']} (skor {decimal(float(payload['risk']['score']))})\n"
        f"{_title(payload)}\n"
        f"Alasan: {payload['reason']}\n"
        f"Tanda bahaya: {flags}\n"
        f"Aturan: {rule.name}\n"
        f"{advert_page_url(base_url, int(payload['advert']['id']))}"
    )


def webhook_body(
    payload: dict[str, Any],
    rule: RuleInfo,
    *,
    alert_id: int,
    idempotency_key: str,
    created_at: dt.datetime,
    base_url: str,
    timestamp: int,
) -> bytes:
    """The JSON a webhook receives. ``sent_at`` equals the ``X-Waspada-Timestamp`` header and is
    inside the signed body, so a receiver can refuse old replays with the signature alone."""
    advert = dict(payload["advert"])
    advert["page_url"] = advert_page_url(base_url, int(advert["id"]))
    body = {
        "event": "alert",
        "alert_id": alert_id,
        "idempotency_key": idempotency_key,
        "created_at": created_at.isoformat(),
        "sent_at": timestamp,
        "rule": {"id": rule.id, "name": rule.name, "trigger": rule.trigger},
        "cause": payload.get("cause", ""),
        "reason": payload["reason"],
        "advert": advert,
        "risk": payload["risk"],
        "red_flags": payload.get("red_flags", []),
        "links": payload.get("links", []),
        "text": chat_text(payload, rule, base_url),
    }
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def sign(secret: str, body: bytes) -> str:
    """``sha256=<hex>``: HMAC-SHA256 of the raw request body with the rule's secret."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def webhook_headers(
    secret: str, body: bytes, *, idempotency_key: str, timestamp: int, user_agent: str
) -> dict[str, str]:
    return {
        "Content-Type": "application/json; charset=utf-8",
        "User-Agent": user_agent,
        SIGNATURE_HEADER: sign(secret, body),
        TIMESTAMP_HEADER: str(timestamp),
        EVENT_HEADER: "alert",
        IDEMPOTENCY_HEADER: idempotency_key,
    }
