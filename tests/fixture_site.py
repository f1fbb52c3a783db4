"""A local web server that serves fixture sites over real HTTP on 127.0.0.1, and builders for
the four kinds of site the spiders crawl. The job-board and feed sites are built from the real
Karirhub vacancies in tests/fixtures/karirhub (MIT, see ATTRIBUTION.md)."""

from __future__ import annotations

import html
import json
import random
import threading
import time
from collections import Counter
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from tests.fixture_adverts import LEGIT, SCAMS

FIXTURES = Path(__file__).parent / "fixtures"
KARIRHUB = FIXTURES / "karirhub"

Route = tuple[int, str, bytes]


class FixtureSite:
    """Serves ``routes`` (path with query -> (status, content type, body)); counts hits."""

    def __init__(self) -> None:
        self.routes: dict[str, Route | Callable[[], Route]] = {}
        self.hits: Counter[str] = Counter()
        self.lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with site.lock:
                    site.hits[self.path] += 1
                route = site.routes.get(self.path)
                if callable(route):
                    route = route()
                status, ctype, body = route or (404, "text/plain", b"not found")
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")

    def add(
        self,
        path: str,
        body: str | bytes,
        ctype: str = "text/html; charset=utf-8",
        status: int = 200,
    ) -> str:
        self.routes[path] = (status, ctype, body.encode() if isinstance(body, str) else body)
        return self.url(path)

    def add_slow(self, path: str, body: str, delay: float) -> str:
        """A page that takes ``delay`` seconds to answer (to catch a crawl mid-way)."""
        route = (200, "text/html; charset=utf-8", body.encode())

        def slow() -> Route:
            time.sleep(delay)
            return route

        self.routes[path] = slow
        return self.url(path)

    def url(self, path: str) -> str:
        return self.base + path

    def __enter__(self) -> FixtureSite:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def page(title: str, body_html: str, head: str = "") -> str:
    return (
        f"<!doctype html><html lang='id'><head><meta charset='utf-8'><title>{html.escape(title)}"
        f"</title>{head}</head><body><header><nav><a href='/'>Beranda</a></nav></header>"
        f"<main>{body_html}</main><footer>Hak cipta situs contoh</footer></body></html>"
    )


def karirhub_details() -> list[dict[str, Any]]:
    out = []
    for path in sorted(KARIRHUB.glob("*.json")):
        data = json.loads(path.read_text())
        if data.get("type") == "job_details":
            out.append(data["data"]["data"])
    return out


def jsonld_page(job: dict[str, Any]) -> str:
    region = (job.get("region") or {}).get("name", "")
    posting = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": job["title"],
        "description": (job.get("description") or "") + (job.get("qualification") or ""),
        "hiringOrganization": {"@type": "Organization", "name": job["employer"]["name"]},
        "jobLocation": {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "addressLocality": region,
                "addressCountry": "ID",
            },
        },
        "baseSalary": {
            "@type": "MonetaryAmount",
            "currency": job.get("min_salary_currency"),
            "value": {
                "@type": "QuantitativeValue",
                "minValue": job.get("min_salary_amount"),
                "maxValue": job.get("max_salary_amount"),
                "unitText": "MONTH",
            },
        },
        "datePosted": job.get("published_at", "").replace(" ", "T"),
        "validThrough": job.get("expires_at"),
        "employmentType": (job.get("job_type") or {}).get("name", ""),
    }
    head = f'<script type="application/ld+json">{json.dumps(posting)}</script>'
    return page(job["title"], f"<h1>{html.escape(job['title'])}</h1>{posting['description']}", head)


def synthetic_jsonld(title: str, text: str, org: str) -> str:
    posting = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": title,
        "description": f"<p>{html.escape(text)}</p>",
        "hiringOrganization": {"@type": "Organization", "name": org},
        "datePosted": "2026-11-20",
    }
    head = f'<script type="application/ld+json">{json.dumps(posting)}</script>'
    return page(title, f"<h1>{html.escape(title)}</h1><p>{html.escape(text)}</p>", head)


def microdata_page(title: str, text: str) -> str:
    return page(
        title,
        f'<div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">'
        f'{html.escape(title)}</h1><div itemprop="description">{html.escape(text)}</div>'
        f'<span itemprop="datePosted">2026-11-21</span></div>',
    )


def build_jobposting_site(site: FixtureSite) -> dict[str, Any]:
    """A board publishing JSON-LD (Karirhub vacancies plus two scams), one microdata page, a
    broken page, all listed in a sitemap index -> sitemap."""
    urls = []
    for job in karirhub_details():
        urls.append(site.add(f"/board/job/{job['id']}", jsonld_page(job)))
    urls.append(
        site.add(
            "/board/job/scam-1",
            synthetic_jsonld("Admin Online Kamboja", SCAMS[0], "Global Talent Recruitment"),
        )
    )
    urls.append(
        site.add(
            "/board/job/scam-2", synthetic_jsonld("Karyawati Cafe Batam", SCAMS[1], "Cafe Pelangi")
        )
    )
    urls.append(site.add("/board/job/micro-1", microdata_page("Pramuniaga Toko", LEGIT[0])))
    # A page whose JSON-LD is malformed and that has no advert: counted, crawl continues.
    urls.append(
        site.add(
            "/board/job/broken",
            page(
                "Rusak",
                "<p>x</p>",
                '<script type="application/ld+json">{"@type": "JobPosting",</script>',
            ),
        )
    )
    urlset = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
    site.add(
        "/board/sitemap-jobs.xml",
        f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{urlset}</urlset>",
        "application/xml",
    )
    start = site.add(
        "/board/sitemap.xml",
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/'
        f'sitemap/0.9"><sitemap><loc>{site.url("/board/sitemap-jobs.xml")}</loc>'
        "</sitemap></sitemapindex>",
        "application/xml",
    )
    return {"start": start, "adverts": len(urls) - 1, "pages": urls}


def build_feed_site(site: FixtureSite, entries: int = 8) -> dict[str, Any]:
    """A WordPress-style blog: the Karirhub RSS feed with links pointing at local post pages.
    The last entry's page fails with 500 (the feed's own copy is kept)."""
    from lxml import etree

    data = json.loads(
        next(
            p for p in KARIRHUB.glob("*.json") if json.loads(p.read_text()).get("type") == "rss"
        ).read_text()
    )
    root = etree.fromstring(data["data"].encode())
    channel = root.find("channel")
    items = channel.findall("item")
    for extra in items[entries:]:
        channel.remove(extra)
    content_tag = "{http://purl.org/rss/1.0/modules/content/}encoded"
    for n, item in enumerate(items[:entries]):
        guid = item.findtext("guid")
        path = f"/blog/{guid}"
        item.find("link").text = site.url(path)
        body = item.findtext(content_tag) or ""
        article = (
            f'<article class="post"><h1 class="entry-title">{html.escape(item.findtext("title"))}'
            f'</h1><div class="entry-content">{body}</div></article>'
            '<aside class="sidebar"><h3>Kategori</h3><ul><li>Loker Jambi</li></ul></aside>'
        )
        if n == entries - 1:
            site.add(path, "server error", "text/plain", status=500)
        else:
            site.add(path, page(item.findtext("title") or "", article))
    start = site.add(
        "/blog/feed/",
        etree.tostring(root, xml_declaration=True, encoding="utf-8"),
        "application/rss+xml",
    )
    return {"start": start, "adverts": entries}


def telegram_post(channel: str, number: int, text: str) -> str:
    return (
        f'<div class="tgme_widget_message_wrap js-widget_message_wrap">'
        f'<div class="tgme_widget_message text_not_supported_wrap js-widget_message" '
        f'data-post="{channel}/{number}"><div class="tgme_widget_message_bubble">'
        f'<div class="tgme_widget_message_author"><a class="tgme_widget_message_owner_name" '
        f'href="https://t.me/{channel}"><span dir="auto">Info Loker Jambi</span></a></div>'
        f'<div class="tgme_widget_message_text js-message_text" dir="auto">'
        f"{html.escape(text).replace(chr(10), '<br/>')}</div>"
        f'<div class="tgme_widget_message_footer"><a class="tgme_widget_message_date" '
        f'href="https://t.me/{channel}/{number}"><time datetime="2026-11-2{number % 8}T08:15:00'
        f'+00:00" class="time">08:15</time></a></div></div></div></div>'
    )


def build_telegram_site(site: FixtureSite, channel: str = "lokerjambi") -> dict[str, Any]:
    """Three preview pages of 6 posts each (ids 1..18); the newest page is /s/<channel>."""
    texts = [*SCAMS, *LEGIT]
    pages = [(13, 18), (7, 12), (1, 6)]
    for n, (low, high) in enumerate(pages):
        posts = "".join(
            telegram_post(channel, i, texts[(i - 1) % len(texts)]) for i in range(low, high + 1)
        )
        more = (
            (
                f'<a class="tme_messages_more" data-before="{low}" '
                f'href="/s/{channel}?before={low}">'
                "</a>"
            )
            if low > 1
            else ""
        )
        body = f'<section class="tgme_channel_history js-message_history">{more}{posts}</section>'
        path = f"/s/{channel}" if n == 0 else f"/s/{channel}?before={pages[n - 1][0]}"
        site.add(path, page("Info Loker Jambi – Telegram", body))
    return {"start": site.url(f"/s/{channel}"), "adverts": 18}


def build_listing_site(site: FixtureSite) -> dict[str, Any]:
    """A board with no structured data: two list pages, detail pages read with selectors."""
    texts = [*LEGIT, *SCAMS[:3]]
    links = []
    for n, text in enumerate(texts, start=1):
        title = text.split(".")[0][:60]
        site.add(
            f"/loker/detail/{n}",
            page(
                title,
                f'<h1 class="judul">{html.escape(title)}</h1>'
                f'<span class="perusahaan">Pemberi kerja {n}'
                f'</span><div class="isi"><p>{html.escape(text)}</p></div>',
            ),
        )
        links.append(
            f'<li><a class="job-link" href="/loker/detail/{n}">{html.escape(title)}</a></li>'
        )
    # A detail page the declared selectors do not match: a parse error, counted; crawl goes on.
    site.add("/loker/detail/99", page("Iklan", "<p>Halaman tanpa format yang dikenal.</p>"))
    links.append('<li><a class="job-link" href="/loker/detail/99">Iklan lain</a></li>')
    half = len(links) // 2
    site.add(
        "/loker/?page=1",
        page(
            "Loker",
            f'<ul>{"".join(links[:half])}</ul><a class="next" href="/loker/?page=2">Berikutnya</a>',
        ),
    )
    site.add("/loker/?page=2", page("Loker", f"<ul>{''.join(links[half:])}</ul>"))
    options = {
        "item_links": "a.job-link",
        "next_page": "a.next",
        "fields": {"title": "h1.judul", "description": "div.isi", "organisation": ".perusahaan"},
    }
    return {"start": site.url("/loker/?page=1"), "adverts": len(texts), "options": options}


def build_big_listing_site(site: FixtureSite, n: int, delay: float = 0.0) -> dict[str, Any]:
    """A selector-driven board with ``n`` distinct adverts on one list page."""
    # Each advert mixes sentences of the hand-written adverts (seeded), so the board has the
    # variety of a real one instead of thousands of near-copies of sixteen texts.
    rng = random.Random(7)
    sentences = [x.strip() for t in (*LEGIT, *SCAMS) for x in t.split(". ") if x.strip()]
    links = []
    for i in range(1, n + 1):
        picked = ". ".join(rng.sample(sentences, 4))
        text = f"{picked}. (Lowongan nomor {i}, kode {i * 7919 % 10007}.)"
        body = page(
            f"Lowongan {i}",
            f'<h1 class="judul">Lowongan {i}</h1><div class="isi"><p>{html.escape(text)}</p></div>',
        )
        path = f"/big/detail/{i}"
        if delay:
            site.add_slow(path, body, delay)
        else:
            site.add(path, body)
        links.append(f'<li><a class="job-link" href="{path}">Lowongan {i}</a></li>')
    site.add("/big/", page("Loker", f"<ul>{''.join(links)}</ul>"))
    options = {
        "item_links": "a.job-link",
        "fields": {"title": "h1.judul", "description": "div.isi"},
    }
    return {
        "start": site.url("/big/"),
        "adverts": n,
        "options": options,
        "details": [f"/big/detail/{i}" for i in range(1, n + 1)],
    }
