"""An archived page, made safe to look at: the raw snapshot is evidence and is never changed;
what the browser gets is a cleaned copy (no scripts, frames, objects, forms, event-handler
attributes or javascript: links) served under a sandboxing Content-Security-Policy that also
blocks every outside request (no tracking pixel reaches the scammers when we look)."""

from __future__ import annotations

import base64
import re
from typing import Any

import lxml.html
from lxml.etree import ParserError
from lxml_html_clean import Cleaner
from markupsafe import escape

CSP = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'"
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "SAMEORIGIN",
    "Cache-Control": "no-store",
}

_CLEANER = Cleaner(
    scripts=True,
    javascript=True,  # on* attributes, javascript: URLs
    comments=True,
    style=False,  # inline styles are allowed by the CSP and keep the page readable
    inline_style=False,
    links=True,  # <link rel=stylesheet|preload|...>: nothing may be fetched anyway
    meta=True,  # <meta http-equiv=refresh> would navigate away
    page_structure=False,
    processing_instructions=True,
    embedded=True,  # object, embed, applet
    frames=True,  # iframe, frame
    forms=True,  # a phishing form stays inert, and is not even shown as one
    annoying_tags=True,
    remove_unknown_tags=False,
    safe_attrs_only=False,
    kill_tags=["base", "noscript", "template"],
)
_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.I)


# Attributes that make the browser fetch something, and links that would navigate the frame to
# the live page. The CSP already blocks the fetches; removing them as well keeps the copy
# inert in a browser that ignores CSP, and keeps the original address readable in a title.
_FETCHING = ("src", "srcset", "poster", "background", "data", "action", "formaction")


# CSS that fetches: url(...) other than data: URLs, and @import. Kept styles stay readable
# without them; the CSP blocks them too, but the copy must be inert without relying on it.
_CSS_URL = re.compile(r"url\(\s*(?!['\"]?\s*data:)[^)]*\)", re.I)
_CSS_IMPORT = re.compile(r"@import[^;]*;?", re.I)


def _inert_css(css: str) -> str:
    return _CSS_URL.sub("none", _CSS_IMPORT.sub("", css))


def _make_inert(doc: Any) -> None:
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        style = el.get("style")
        if style is not None:
            el.set("style", _inert_css(style))
        if el.tag.lower() == "style" and el.text:
            el.text = _inert_css(el.text)
        for attr in _FETCHING:
            value = el.get(attr)
            if value is not None and not value.strip().lower().startswith("data:"):
                del el.attrib[attr]
                el.set("title", f"[tidak dimuat] {value}"[:500])
        href = el.get("href")
        if href is not None and el.tag.lower() in ("a", "area"):
            del el.attrib["href"]
            el.set("title", f"Tautan asli: {href}"[:500])


def decode(body: bytes, content_type: str) -> str:
    match = _CHARSET.search(content_type or "")
    for charset in ([match.group(1)] if match else []) + ["utf-8"]:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("utf-8", errors="replace")


# Pictures stored as evidence (a citizen's tip with a flyer: citizen/picture_check.py) are shown
# as themselves, inlined as a data: URL (the CSP allows images from data: only).
PICTURE_TYPES = ("image/png", "image/jpeg", "image/webp", "image/gif")


def picture_html(body: bytes, content_type: str) -> str:
    encoded = base64.b64encode(body).decode("ascii")
    return (
        "<!doctype html><meta charset='utf-8'>"
        "<img alt='Gambar yang dikirim warga (tanpa metadata)' style='max-width:100%' "
        f"src='data:{content_type};base64,{encoded}'>"
    )


def safe_html(body: bytes, content_type: str) -> str:
    media = (content_type or "").split(";")[0].strip().lower()
    if media in PICTURE_TYPES:
        return picture_html(body, media)
    text = decode(body, content_type)
    is_html = "html" in (content_type or "").lower() or text.lstrip()[:200].lower().startswith(
        ("<!doctype html", "<html", "<head", "<body")
    )
    if is_html and text.strip():
        try:
            doc = lxml.html.document_fromstring(text)
            cleaned = _CLEANER.clean_html(doc)
            _make_inert(cleaned)
            return "<!doctype html>\n" + lxml.html.tostring(cleaned, encoding="unicode")
        except (ParserError, ValueError):
            pass  # not parseable as HTML: shown as text below
    return (
        "<!doctype html><meta charset='utf-8'><pre style='white-space:pre-wrap'>"
        f"{escape(text)}</pre>"
    )
