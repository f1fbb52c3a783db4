"""Extractors on saved pages (no network): the same code the spiders and the citizen check use."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.extract import (
    by_selectors,
    canonical_url,
    extract_page,
    html_to_text,
    jobpostings,
    main_text,
    parse_date,
    telegram_posts,
)
from crawler.spiders.feed import feed_entries
from tests.fixture_adverts import LEGIT, SCAMS
from tests.fixture_site import (
    FixtureSite,
    build_feed_site,
    jsonld_page,
    karirhub_details,
    microdata_page,
    page,
    telegram_post,
)


def test_jsonld_jobposting_from_a_real_karirhub_vacancy() -> None:
    job = next(j for j in karirhub_details() if "PENAGIHAN" in j["title"])
    [item] = jobpostings(jsonld_page(job), "https://board.test/job/1?utm_source=fb#top")
    assert item.extraction == "jsonld"
    assert item.url == "https://board.test/job/1"
    assert item.title == job["title"]
    assert item.organisation == "PT Swakarya Insan Mandiri"
    assert "Kotamobagu" in item.location
    assert item.salary_raw == "IDR 3000000 - 6000000 per bulan"
    assert "penagihan" in item.description.lower() and "<p>" not in item.description
    assert item.description_html.startswith("<p>")
    assert item.posted_at_raw == "2025-10-23T08:40:58"
    # No offset on the page: read as WIB (UTC+7).
    assert item.posted_at == dt.datetime(2025, 10, 23, 1, 40, 58, tzinfo=dt.UTC)
    assert item.valid_through is not None and item.valid_through.year == 2026


def test_microdata_jobposting() -> None:
    [item] = extract_page(microdata_page("Pramuniaga", LEGIT[0]), "https://b.test/m")
    assert (item.extraction, item.title) == ("microdata", "Pramuniaga")
    assert "Sinar Jaya" in item.description


def test_malformed_jsonld_yields_nothing_and_does_not_raise() -> None:
    html = page("x", "<p>x</p>", '<script type="application/ld+json">{"@type": "JobP</script>')
    assert jobpostings(html, "https://b.test/x") == []
    assert extract_page(html, "https://b.test/x") == []


def test_telegram_preview_posts_and_paging() -> None:
    body = "".join(telegram_post("lokerjambi", n, SCAMS[n % len(SCAMS)]) for n in (41, 42, 43))
    items, before = telegram_posts(page("t", body), "https://t.me/s/lokerjambi")
    assert before == 41
    assert [i.url for i in items] == [f"https://t.me/lokerjambi/{n}" for n in (41, 42, 43)]
    assert items[0].organisation == "Info Loker Jambi"
    assert items[0].channel == "telegram" and items[0].posted_at is not None
    assert items[2].description == SCAMS[43 % len(SCAMS)]


def test_feed_entries_rss_and_atom() -> None:
    with FixtureSite() as site:
        build_feed_site(site, entries=3)
        rss = site.routes["/blog/feed/"][2]  # type: ignore[index]
    entries = feed_entries(rss)
    assert len(entries) == 3 and all(e["link"].startswith("http://127.0.0.1") for e in entries)
    assert "STAFF" in entries[0]["title"] and "<h2>" in entries[0]["content"]
    atom = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry>'
        b"<title>Loker Kasir</title><link rel='alternate' href='https://blog.test/kasir'/>"
        b"<published>2026-11-01T10:00:00+07:00</published><content type='html'>"
        b"&lt;p&gt;Dicari kasir&lt;/p&gt;</content></entry></feed>"
    )
    [entry] = feed_entries(atom)
    assert entry == {
        "link": "https://blog.test/kasir",
        "title": "Loker Kasir",
        "published": "2026-11-01T10:00:00+07:00",
        "content": "<p>Dicari kasir</p>",
    }


def test_selectors_and_main_text() -> None:
    html = page(
        "Kasir",
        '<h1 class="judul">Kasir Toko</h1><span class="co">Toko Maju</span>'
        f'<div class="isi"><p>{LEGIT[1]}</p></div>',
    )
    item = by_selectors(
        html,
        "https://l.test/1",
        {"title": "h1.judul", "description": "div.isi", "organisation": ".co"},
    )
    assert item is not None
    assert (item.title, item.organisation, item.extraction) == (
        "Kasir Toko",
        "Toko Maju",
        "selectors",
    )
    assert item.description == LEGIT[1]
    assert (
        by_selectors(html, "https://l.test/1", {"title": ".none", "description": ".none"}) is None
    )
    text_item = main_text(
        page("Kasir", f"<article><p>{LEGIT[1]}</p><p>{LEGIT[5]}</p></article>"), "https://l.test/2"
    )
    assert text_item is not None and "Mie Ayam" in text_item.description
    assert main_text(page("kosong", "<p>Halo</p>"), "https://l.test/3") is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026-11-20", dt.datetime(2026, 11, 19, 17, 0, tzinfo=dt.UTC)),
        ("2026-11-20T08:00:00Z", dt.datetime(2026, 11, 20, 8, 0, tzinfo=dt.UTC)),
        ("Thu, 23 Oct 2025 01:56:50 GMT", dt.datetime(2025, 10, 23, 1, 56, 50, tzinfo=dt.UTC)),
        ("21 Januari 2026", dt.datetime(2026, 1, 20, 17, 0, tzinfo=dt.UTC)),
        ("kemarin", None),
        ("", None),
    ],
)
def test_parse_date(raw: str, expected: dt.datetime | None) -> None:
    assert parse_date(raw) == expected


def test_canonical_url_and_html_to_text() -> None:
    assert (
        canonical_url("HTTPS://Ex.TEST/a?utm_source=x&id=3&fbclid=9#f") == "https://ex.test/a?id=3"
    )
    assert html_to_text("<p>Satu</p><ul><li>dua</li><li>tiga</li></ul>Empat<br>lima") == (
        "Satu\n- dua\n- tiga\n\nEmpat\nlima"
    )


def test_waspada_extract_command_on_a_saved_page(tmp_path: Path) -> None:
    job = karirhub_details()[0]
    saved = tmp_path / "page.html"
    saved.write_text(jsonld_page(job))
    exe = str(Path(sys.executable).with_name("waspada"))
    out = subprocess.run([exe, "extract", str(saved), "--url", "https://board.test/j/1"],
                         capture_output=True, text=True, timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr
    [item] = json.loads(out.stdout)
    assert item["url"] == "https://board.test/j/1" and item["title"] == job["title"]
    empty = tmp_path / "empty.html"
    empty.write_text(page("x", "<p>x</p>"))
    out = subprocess.run([exe, "extract", str(empty)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 1 and "no job advert" in out.stderr
