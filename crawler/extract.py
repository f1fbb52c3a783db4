"""Reading job adverts out of saved pages. Plain functions, no Scrapy: the spiders, the
``waspada extract`` command and the citizens' URL check all call these.

Order of preference for a page: schema.org ``JobPosting`` (JSON-LD, then microdata, parsed by
extruct), then a Telegram channel preview, then the page's main text (trafilatura).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import extruct
import lxml.html
import trafilatura
from lxml import etree

from crawler.items import AdvertItem

# Below this many characters a page's "main text" is navigation or an error page, not an advert.
MIN_ADVERT_CHARS = 80

_ID_MONTHS = {
    "januari": 1, "februari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "agustus": 8, "september": 9, "oktober": 10, "november": 11, "desember": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8, "aug": 8,
    "sep": 9, "okt": 10, "oct": 10, "nov": 11, "des": 12, "dec": 12, "may": 5,
}  # fmt: skip
_DATE_DMY = re.compile(r"(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})")


def parse_date(raw: str) -> dt.datetime | None:
    """ISO 8601, RFC 2822 (feeds) or "21 Januari 2026"; aware UTC, or None if unparseable."""
    raw = (raw or "").strip()
    if not raw:
        return None
    try:
        value = dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        value = None
    if value is None:
        try:
            value = email.utils.parsedate_to_datetime(raw)
        except (TypeError, ValueError, IndexError):
            value = None
    if value is None:
        m = _DATE_DMY.search(raw)
        month = _ID_MONTHS.get(m.group(2).lower()) if m else None
        if m and month:
            try:
                value = dt.datetime(int(m.group(3)), month, int(m.group(1)))
            except ValueError:
                return None
    if value is None:
        return None
    if value.tzinfo is None:
        # Indonesian sites publish local time without an offset; WIB is UTC+7.
        value = value.replace(tzinfo=dt.timezone(dt.timedelta(hours=7)))
    return value.astimezone(dt.UTC)


def html_to_text(html: str) -> str:
    """Readable plain text from an HTML fragment: block elements and <br> become line breaks."""
    if not html or "<" not in html:
        return normalise_space(html or "")
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return normalise_space(re.sub(r"<[^>]+>", " ", html))
    for bad in root.xpath(".//script|.//style"):
        bad.drop_tree()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for el in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "tr", "ul", "ol"):
        el.tail = "\n" + (el.tail or "")
        if el.tag == "li":
            el.text = "- " + (el.text or "")
    return normalise_space(root.text_content())


def normalise_space(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.replace("\xa0", " ").splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def canonical_url(url: str) -> str:
    """Drop the fragment and common tracking parameters so one advert has one URL."""
    parts = urlsplit(url)
    query = "&".join(
        p
        for p in parts.query.split("&")
        if p and not p.lower().startswith(("utm_", "fbclid=", "gclid=", "ref="))
    )
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", query, ""))


# --- schema.org JobPosting -------------------------------------------------------------


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, list):
        for x in node:
            yield from _walk(x)
    elif isinstance(node, dict):
        yield node
        for key in ("@graph", "itemListElement", "item", "mainEntity"):
            if key in node:
                yield from _walk(node[key])


def _is_jobposting(node: dict[str, Any]) -> bool:
    kind = node.get("@type", "")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(str(k).rsplit("/", 1)[-1] == "JobPosting" for k in kinds)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(t for t in (_text(v) for v in value) if t)
    if isinstance(value, dict):
        for key in ("name", "@value", "value"):
            if key in value:
                return _text(value[key])
        return ""
    return str(value).strip()


def _location(value: Any) -> str:
    places = value if isinstance(value, list) else [value]
    out = []
    for place in places:
        if not isinstance(place, dict):
            out.append(_text(place))
            continue
        address = place.get("address", place)
        if isinstance(address, dict):
            parts = [
                _text(address.get(k))
                for k in ("streetAddress", "addressLocality", "addressRegion", "addressCountry")
            ]
            out.append(", ".join(p for p in parts if p))
        else:
            out.append(_text(address))
    return "; ".join(p for p in out if p)


def _salary(value: Any) -> str:
    """Render ``baseSalary`` (MonetaryAmount) as text the classifier's salary parser reads."""
    if not isinstance(value, dict):
        return _text(value)
    currency = _text(value.get("currency"))
    amount = value.get("value")
    if isinstance(amount, dict):
        low, high = amount.get("minValue"), amount.get("maxValue")
        single = amount.get("value")
        unit = _text(amount.get("unitText")).lower()
        figure = f"{low} - {high}" if low and high else str(single or low or high or "")
    else:
        figure, unit = _text(amount), ""
    per = {"hour": "per jam", "day": "per hari", "week": "per minggu", "month": "per bulan",
           "year": "per tahun"}.get(unit, unit)  # fmt: skip
    return " ".join(p for p in (currency, figure, per) if p)


def jobpostings(html: str, url: str) -> list[AdvertItem]:
    """Every schema.org JobPosting on the page (JSON-LD first, then microdata)."""
    try:
        data = extruct.extract(
            html, base_url=url, syntaxes=["json-ld", "microdata"], uniform=True, errors="ignore"
        )
    except (ValueError, etree.ParserError, json.JSONDecodeError):
        return []
    items: list[AdvertItem] = []
    for syntax in ("json-ld", "microdata"):
        for node in _walk(data.get(syntax, [])):
            if not _is_jobposting(node):
                continue
            description_html = _text(node.get("description"))
            posted_raw = _text(node.get("datePosted"))
            valid_raw = _text(node.get("validThrough"))
            items.append(
                AdvertItem(
                    url=canonical_url(urljoin(url, _text(node.get("url")) or url)),
                    title=normalise_space(html_to_text(_text(node.get("title")))),
                    description=html_to_text(description_html),
                    description_html=description_html,
                    organisation=_text(node.get("hiringOrganization")),
                    location=_location(node.get("jobLocation")),
                    salary_raw=_salary(node.get("baseSalary")),
                    employment_type=_text(node.get("employmentType")),
                    posted_at_raw=posted_raw,
                    posted_at=parse_date(posted_raw),
                    valid_through_raw=valid_raw,
                    valid_through=parse_date(valid_raw),
                    channel="job_board",
                    extraction="jsonld" if syntax == "json-ld" else "microdata",
                )
            )
        if items:
            break
    return items


# --- Telegram public channel preview (https://t.me/s/<channel>) --------------------------


def telegram_posts(html: str, page_url: str) -> tuple[list[AdvertItem], int | None]:
    """Posts on one preview page, oldest first, and the id to page back from (``?before=``)."""
    root = lxml.html.fromstring(html)
    items: list[AdvertItem] = []
    ids: list[int] = []
    for msg in root.xpath('//div[contains(@class, "tgme_widget_message ") and @data-post]'):
        post = msg.get("data-post", "")  # "channel/123"
        channel, _, number = post.partition("/")
        if not number.isdigit():
            continue
        ids.append(int(number))
        text_nodes = msg.xpath('.//div[contains(@class, "tgme_widget_message_text")]')
        styles = msg.xpath('.//a[contains(@class, "tgme_widget_message_photo_wrap")]/@style')
        photos = [urljoin(page_url, m.group(1)) for s in styles if (m := _BACKGROUND_URL.search(s))]
        if not text_nodes and not photos:
            continue  # a sticker or a video without text carries no advert we can read
        body_html = (
            etree.tostring(text_nodes[0], encoding="unicode", method="html") if text_nodes else ""
        )
        times = msg.xpath('.//a[contains(@class, "tgme_widget_message_date")]//time/@datetime')
        posted_raw = times[0] if times else ""
        author = msg.xpath('.//*[contains(@class, "tgme_widget_message_owner_name")]//text()')
        body = html_to_text(body_html)
        items.append(
            AdvertItem(
                url=f"https://t.me/{channel}/{number}",
                title=body.splitlines()[0][:200] if body else "",
                description=body,
                description_html=body_html,
                organisation=normalise_space(" ".join(author)),
                posted_at_raw=posted_raw,
                posted_at=parse_date(posted_raw),
                channel="telegram",
                extraction="telegram",
                photo_urls=photos,
            )
        )
    return items, (min(ids) if ids else None)


# A photo post's picture: <a class="tgme_widget_message_photo_wrap" style="...;
# background-image:url('https://cdn.../file/....jpg')">
_BACKGROUND_URL = re.compile(r"background-image:\s*url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")


def is_telegram_preview(url: str) -> bool:
    parts = urlsplit(url)
    return parts.netloc.lower() in {"t.me", "telegram.me"} and parts.path.startswith("/s/")


# --- Selector-driven boards and plain pages -------------------------------------------


def by_selectors(html: str, url: str, selectors: dict[str, str]) -> AdvertItem | None:
    """An advert from CSS selectors declared per source (keys: title, description,
    organisation, location, salary, posted_at). Selectors may end in ``::text``."""
    root = lxml.html.fromstring(html)

    def pick(key: str, keep_html: bool = False) -> str:
        css = selectors.get(key)
        if not css:
            return ""
        nodes = root.cssselect(css.removesuffix("::text"))
        if not nodes:
            return ""
        if keep_html:
            return "".join(etree.tostring(n, encoding="unicode", method="html") for n in nodes)
        return normalise_space(" ".join(n.text_content() for n in nodes))

    description_html = pick("description", keep_html=True)
    item = AdvertItem(
        url=canonical_url(url),
        title=pick("title"),
        description=html_to_text(description_html),
        description_html=description_html,
        organisation=pick("organisation"),
        location=pick("location"),
        salary_raw=pick("salary"),
        posted_at_raw=pick("posted_at"),
        extraction="selectors",
    )
    item.posted_at = parse_date(item.posted_at_raw)
    return item if (item.description or item.title) else None


def main_text(html: str, url: str) -> AdvertItem | None:
    """The page's main text (boilerplate removed), when there is enough of it to be an advert."""
    text = trafilatura.extract(
        html, url=url, include_comments=False, include_tables=True, favor_recall=True
    )
    if not text or len(text) < MIN_ADVERT_CHARS:
        return None
    meta = trafilatura.extract_metadata(html, default_url=url)
    posted_raw = (meta.date or "") if meta else ""
    return AdvertItem(
        url=canonical_url(url),
        title=(meta.title or "") if meta else "",
        description=normalise_space(text),
        organisation=(meta.sitename or meta.author or "") if meta else "",
        posted_at_raw=posted_raw,
        posted_at=parse_date(posted_raw),
        language=(meta.language or "") if meta and getattr(meta, "language", None) else "",
        extraction="main_text",
    )


def extract_page(html: str, url: str) -> list[AdvertItem]:
    """The advert(s) on one saved page: JobPosting data first, then Telegram posts, then the
    main text. An empty list means the page holds no recognisable advert."""
    found = jobpostings(html, url)
    if found:
        return found
    if is_telegram_preview(url) or "tgme_widget_message" in html:
        return telegram_posts(html, url)[0]
    page = main_text(html, url)
    return [page] if page else []
