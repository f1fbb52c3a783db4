"""The web check's answer (:meth:`citizen.check.CheckResult.to_dict`) as one chat message.

The same band, reasons with the advert's own words, checks and report channels as the page,
cut to what reads well on a phone: at most four reasons with two quotes each, three checks,
the region's channels and the first national ones, then the page's link for the rest. Plain
text (no Markdown): Telegram would show stray asterisks, and an advert's quoted words could
break the markup. Both platforms take at most 4,096 characters a message.
"""

from __future__ import annotations

from typing import Any

from bots.messages import MORE, MORE_FLAGS, PAGE, REPORT_HINT
from citizen.messages import UI, Lang

MAX_MESSAGE_CHARS = 4096
MAX_FLAGS = 4
MAX_QUOTES = 2
MAX_QUOTE_CHARS = 60
MAX_CHECKS = 3
MAX_NATIONAL = 2
BAND_MARK = {"high": "🔴", "medium": "🟠", "low": "🟢", "not_an_advert": "⚪"}


def _quote(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > MAX_QUOTE_CHARS:
        text = text[: MAX_QUOTE_CHARS - 1].rstrip() + "…"
    return f"“{text}”"


def _channel(channel: dict[str, Any]) -> str:
    return f"• {channel['name']}: {channel['contact']}"


def answer_text(answer: dict[str, Any], lang: Lang, *, page_url: str) -> str:
    """One message: reported contacts, band, summary, reasons, checks, where to report, LAPOR,
    the page link."""
    t = UI[lang]
    band = answer["band"]
    # Said first, as on the page: a contact in the advert with reports confirmed by
    # investigators (the web check's "Cek nomor" look-up).
    lines = [f"⚠️ {c['message']}" for c in answer.get("reported_contacts", [])]
    lines.append(f"{BAND_MARK.get(band, '')} {answer['band_label'].upper()}".strip())
    source = answer.get("input", {})
    if source.get("kind") == "url" and source.get("title"):
        lines.append(PAGE[lang].format(title=_quote(source["title"])))
    lines.append(answer["advice"]["summary"])
    flags = answer["red_flags"]
    if flags:
        lines += ["", (t["flags_found"] if band in ("medium", "high") else t["flags_note"]) + ":"]
        for flag in flags[:MAX_FLAGS]:
            lines.append(f"• {flag['title']}: {flag['explanation']}")
            quotes = [_quote(e["text"]) for e in flag["evidence"][:MAX_QUOTES]]
            if quotes:
                lines.append(f"  {t['words']}: {', '.join(quotes)}")
        if len(flags) > MAX_FLAGS:
            lines.append(MORE_FLAGS[lang].format(n=len(flags) - MAX_FLAGS))
    checks = answer["advice"]["checks"][:MAX_CHECKS]
    if checks:
        lines += ["", t["checks"] + ":"]
        for check in checks:
            links = " ".join(link["href"] for link in check.get("links", []))
            lines.append(f"• {check['text']}" + (f" {links}" if links else ""))
    report = answer["advice"]["report"]
    lines += ["", t["report"] + ":"]
    lines += [_channel(c) for c in report["regional"]]
    lines += [_channel(c) for c in report["national"][:MAX_NATIONAL]]
    lines += ["", REPORT_HINT[lang].format(task_force=report["task_force"])]
    lines.append(MORE[lang].format(url=page_url))
    return fit("\n".join(lines))


def fit(text: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    """Cut at a line boundary so the message fits the platforms' limit."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if "\n" in cut:
        cut = cut[: cut.rindex("\n")]
    return cut.rstrip() + "\n…"
