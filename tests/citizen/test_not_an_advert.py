"""Text that is not a job offer ("halo") gets "Ini sepertinya bukan iklan lowongan kerja." and
what to paste instead, never a reassuring band; short genuine offers keep their band. Real
HTTP against the app and the real classifier, as the other citizen tests."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI
from lxml import html as lxml_html
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from citizen.job_like import job_signs
from store.models import CitizenCheck
from tests.fixture_adverts import LEGIT, SCAMS

LiveApp = tuple[FastAPI, httpx.Client]
NOT_ADVERTS = ["halo", "asdfghjkl", "terima kasih ya"]
SHORT_OFFERS = [
    "Dicari sopir, hubungi 0812 3456 7890",
    "Loker admin gaji 3jt",
    "Kerja di Malaysia gaji besar",
]
MESSAGE_ID = "Ini sepertinya bukan iklan lowongan kerja."


@pytest.mark.parametrize("text", NOT_ADVERTS)
def test_not_an_advert_gets_no_band(live_app: LiveApp, text: str) -> None:
    _, client = live_app
    r = client.post("/api/check", json={"text": text})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["band"] == "not_an_advert"
    assert body["band_label"] == "Bukan iklan lowongan"
    assert body["band_label"] != "Tampak wajar"
    assert body["advice"]["summary"] == MESSAGE_ID
    paste = body["advice"]["paste_instead"]
    assert "seluruh teks" in paste and "link" in paste and "pesan" in paste
    assert body["red_flags"] == [] and body["advice"]["checks"] == []
    assert not body["suspicious"]
    assert body["advice"]["report"]["regional"]  # where to report is still there


def test_not_an_advert_in_english(live_app: LiveApp) -> None:
    _, client = live_app
    body = client.post("/api/check", json={"text": "halo", "lang": "en"}).json()
    assert body["band"] == "not_an_advert"
    assert body["band_label"] == "Not a job advert"
    assert body["advice"]["summary"] == "This does not look like a job advert."
    assert "whole text of the job offer" in body["advice"]["paste_instead"]


@pytest.mark.parametrize("text", SHORT_OFFERS)
def test_short_job_offers_keep_a_band(live_app: LiveApp, text: str) -> None:
    _, client = live_app
    body = client.post("/api/check", json={"text": text}).json()
    assert body["band"] in {"low", "medium", "high"}
    assert body["advice"]["paste_instead"] is None
    assert body["advice"]["checks"]


def test_the_fixture_adverts_are_all_adverts(live_app: LiveApp) -> None:
    _, client = live_app
    for text in LEGIT + SCAMS:
        band = client.post("/api/check", json={"text": text}).json()["band"]
        assert band != "not_an_advert", text[:60]


def test_a_red_flag_without_a_job_word_still_warns(live_app: LiveApp) -> None:
    _, client = live_app
    body = client.post("/api/check", json={"text": "Transfer dulu 500rb ya"}).json()
    assert body["band"] in {"medium", "high"}


def test_the_page_without_javascript_says_so_and_asks_again(live_app: LiveApp) -> None:
    _, client = live_app
    r = client.post("/cek", data={"q": "halo", "lang": "id"})
    assert r.status_code == 200
    doc = lxml_html.fromstring(r.text)
    result = doc.xpath("//section[contains(@class, 'result')]")[0]
    assert result.get("data-band") == "not_an_advert"
    assert "band-low" not in result.get("class")
    text = result.text_content()
    assert MESSAGE_ID in text
    assert "seluruh teks tawaran kerjanya" in text
    assert "Tampak wajar" not in r.text and "✓" not in r.text
    assert "Nilai risiko" not in r.text  # no score for something that is not an advert
    assert not doc.xpath("//form[@action='/lapor']")  # nothing to report
    # The box is there again, with what was pasted, to paste the whole offer.
    form = doc.xpath("//form[@action='/cek' and not(@class='lang-switch')]")[0]
    assert form.xpath(".//textarea[@name='q']")[0].text_content() == "halo"

    en = client.post("/cek", data={"q": "asdfghjkl", "lang": "en"}).text
    assert "This does not look like a job advert." in en and "Looks normal" not in en


def test_the_page_keeps_the_band_for_a_short_offer(live_app: LiveApp) -> None:
    _, client = live_app
    doc = lxml_html.fromstring(client.post("/cek", data={"q": SHORT_OFFERS[1]}).text)
    band = doc.xpath("//section[contains(@class, 'result')]")[0].get("data-band")
    assert band in {"low", "medium", "high"}
    assert MESSAGE_ID not in doc.text_content()


def test_not_an_advert_is_never_counted_as_looking_normal(
    live_app: LiveApp, factory: sessionmaker[Session]
) -> None:
    _, client = live_app
    for text in NOT_ADVERTS:
        assert client.post("/api/check", json={"text": text}).status_code == 200
    assert client.post("/cek", data={"q": "halo"}).status_code == 200
    with factory() as session:
        bands = session.scalars(select(CitizenCheck.band)).all()
    assert bands == ["not_an_advert"] * 4


def test_job_signs_are_explainable() -> None:
    assert job_signs("halo") == []
    assert job_signs("apa artinya? sampai jumpa di agenda besok") == []
    assert job_signs("Loker admin gaji 3jt") == ["loker", "admin", "gaji"]
    assert job_signs("WE ARE HIRING, vacancies open") == ["hiring", "vacancies"]
    assert job_signs("kirim CV ke PT Maju") == ["cv", "pt"]
    assert job_signs("mau ke sana?", {"destinations": [{"country": "MY"}]}) == ["destinations"]
    assert job_signs("hubungi 0812 3456 7890", {"phones": [{"value": "+62"}]}) == []
