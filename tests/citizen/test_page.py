"""The public page without JavaScript: plain form posts, parsed as HTML."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from lxml import html as lxml_html

from tests.fixture_adverts import LEGIT, SCAMS

LiveApp = tuple[FastAPI, httpx.Client]


def parse(text: str) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(text)


def test_the_page_offers_one_box_and_where_to_report(live_app: LiveApp) -> None:
    _, client = live_app
    r = client.get("/")
    assert r.status_code == 200
    assert "default-src 'none'" in r.headers["content-security-policy"]
    doc = parse(r.text)
    assert doc.get("lang") == "id"
    form = doc.xpath("//form[@action='/cek']")[0]
    assert form.get("method") == "post"
    assert form.xpath(".//textarea[@name='q']")
    label = doc.xpath("//label[@for='q']")[0].text_content()
    assert label == "Tempel teks iklan atau link-nya di sini"
    hrefs = doc.xpath("//section[@class='report']//a/@href")
    assert {"tel:112", "tel:+6281386870227", "tel:08001000", "tel:110", "tel:129"} <= set(hrefs)
    assert doc.xpath("//a[@class='lang']/@href") == ["/?lang=en"]
    # Static files exist and are what the page says they are.
    assert client.get("/static/citizen.css").headers["content-type"].startswith("text/css")
    assert "addEventListener" in client.get("/static/citizen.js").text


def test_a_form_post_shows_the_band_reasons_checks_and_the_tip_form(live_app: LiveApp) -> None:
    _, client = live_app
    r = client.post("/cek", data={"q": SCAMS[2], "lang": "id"})
    assert r.status_code == 200
    assert r.headers["cache-control"] == "no-store"
    doc = parse(r.text)
    result = doc.xpath("//section[contains(@class, 'result')]")[0]
    assert result.get("data-band") == "high"
    assert result.xpath(".//*[@class='band-label']")[0].text_content() == "Berbahaya"
    flags = {li.get("data-code"): li for li in result.xpath(".//li[@class='flag']")}
    fee = flags["upfront_fee"]
    assert fee.xpath(".//strong")[0].text_content() == "Biaya di muka"
    assert fee.xpath(".//q")  # the advert's own words
    assert "bukan keputusan resmi" in result.xpath(".//p[@class='note']")[0].text_content()
    assert "SISKOP2MI" in doc.xpath("//section[@class='checks']")[0].text_content()
    tip = doc.xpath("//form[@action='/lapor']")[0]
    assert tip.xpath(".//input[@name='value']/@value") == [SCAMS[2]]
    assert tip.xpath(".//input[@type='checkbox' and @name='contact_consent']")
    # The score is never shown alone: it sits under the band and its summary.
    assert "Nilai risiko" in result.xpath(".//p[@class='score']")[0].text_content()


def test_the_english_page(live_app: LiveApp) -> None:
    _, client = live_app
    doc = parse(client.get("/?lang=en").text)
    assert doc.get("lang") == "en"
    assert doc.xpath("//button[@type='submit']")[0].text_content() == "Check"
    doc = parse(client.post("/cek", data={"q": LEGIT[2], "lang": "en"}).text)
    assert doc.xpath("//*[@class='band-label']")[0].text_content() == "Looks normal"


def test_errors_come_back_on_the_page_with_what_was_typed(live_app: LiveApp) -> None:
    _, client = live_app
    r = client.post("/cek", data={"q": "   ", "lang": "id"})
    assert r.status_code == 422
    doc = parse(r.text)
    assert "Kotaknya masih kosong" in doc.xpath("//div[@role='alert']")[0].text_content()
    r = client.post("/cek", data={"q": "x" * 20_001, "lang": "en"})
    assert r.status_code == 422
    doc = parse(r.text)
    assert "too long" in doc.xpath("//div[@role='alert']")[0].text_content()
    assert doc.xpath("//textarea[@name='q']")[0].text_content() == "x" * 20_001


def test_advert_text_is_escaped(live_app: LiveApp) -> None:
    _, client = live_app
    evil = SCAMS[0] + ' <script>alert("x")</script><img src=x onerror=alert(1)>'
    r = client.post("/cek", data={"q": evil})
    assert "<script>alert" not in r.text
    assert "<img src=x" not in r.text


def test_switching_language_on_a_result_keeps_the_result(live_app: LiveApp) -> None:
    """The switch on a result page posts the same text again in the other language."""
    _, client = live_app
    doc = parse(client.post("/cek", data={"q": SCAMS[2], "lang": "id"}).text)
    switch = doc.xpath("//form[@class='lang-switch']")[0]
    fields = {i.get("name"): i.get("value") for i in switch.xpath(".//input")}
    assert switch.get("action") == "/cek" and fields == {"q": SCAMS[2], "lang": "en"}
    english = parse(client.post("/cek", data=fields).text)
    assert english.get("lang") == "en"
    result = english.xpath("//section[contains(@class, 'result')]")[0]
    assert result.get("data-band") == "high"
    assert result.xpath(".//*[@class='band-label']")[0].text_content() == "Dangerous"
    back = english.xpath("//form[@class='lang-switch']//input[@name='lang']/@value")
    assert back == ["id"]
    # Without a result there is nothing to keep: a plain link.
    assert parse(client.get("/?lang=en").text).xpath("//a[@class='lang']/@href") == ["/?lang=id"]
