"""The investigators' page per value, over real HTTP: every advert carrying it (confirmed or
not), cases, regions, a timeline and objections; the JSON API; typed forms redirected to the
value's page; the advert page links each contact to it."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from tests.investigator.conftest import Client
from tests.investigator.test_no_bare_codes import ENGLISH, WORDS, visible_text
from tests.numbers.conftest import Live
from tests.numbers.world import CONFIRMED_ACCOUNT, CONFIRMED_PHONE, UNCONFIRMED_PHONE


def test_the_page_of_a_number_shows_its_whole_history(
    live: Live, login: Callable[[str], Client]
) -> None:
    siti = login("siti")
    page = siti.http.get(f"/values/phone/{CONFIRMED_PHONE}")
    assert page.status_code == 200
    html = page.text
    ids = live.world.ids
    # All adverts carrying it: the two escalated ones and the citizen's tip (undecided).
    for key in ("kamboja", "malaysia", "tip"):
        assert f'data-advert="{ids[key]}"' in html, key
    assert f'data-advert="{ids["taiwan"]}"' not in html
    assert f'data-advert="{ids["kamboja"]}" data-outcome="escalated"' in html
    assert f'data-advert="{ids["tip"]}" data-outcome="other"' in html
    assert "Kota Jambi" in html and "Kabupaten Muaro Jambi" in html  # regions
    assert 'data-public="2"' in html and "Tampil di Cek nomor publik: 2 kasus" in html
    assert "WhatsApp +6281270013344" in html  # how each advert writes it
    assert "Situs lowongan" in html  # the channel in words
    timeline = html[html.index('id="linimasa"') : html.index('id="keberatan"')]
    order = [
        f"Iklan #{ids['kamboja']} terlihat di loker-jambi",
        f"Kasus #{live.world.cases['kamboja']} dieskalasi",
        f"Iklan #{ids['malaysia']} terlihat di tg-lowongan",
        f"Kasus #{live.world.cases['malaysia']} dieskalasi",
        f"Iklan #{ids['tip']} dikirim warga",
    ]
    positions = [timeline.index(event) for event in order]
    assert positions == sorted(positions), "the timeline is not in time order"


def test_json_api_and_typed_forms(live: Live, login: Callable[[str], Client]) -> None:
    siti = login("siti")
    body = siti.http.get(f"/api/values/phone/{quote(CONFIRMED_PHONE)}").json()
    assert body["kind"] == "phone" and body["value"] == CONFIRMED_PHONE
    assert body["public"]["confirmed_reports"] == 2 and body["escalated_cases"] == 2
    assert sorted(a["advert_id"] for a in body["adverts"]) == sorted(
        live.world.ids[k] for k in ("kamboja", "malaysia", "tip")
    )
    assert body["regions"] == ["Kabupaten Muaro Jambi", "Kota Jambi"]
    assert body["timeline"] and body["objections"] == []
    # An unconfirmed number: its advert is listed for investigators, nothing public.
    other = siti.http.get(f"/api/values/phone/{quote(UNCONFIRMED_PHONE)}").json()
    assert [a["advert_id"] for a in other["adverts"]] == [live.world.ids["taiwan"]]
    assert (
        other["public"]["confirmed_reports"] == 0 and other["adverts"][0]["decided_as"] == "other"
    )
    # The account at every bank, typed with its bank.
    account = siti.http.get("/values", params={"q": "BCA 731-000-4455"}, follow_redirects=False)
    assert account.status_code == 303
    assert account.headers["location"] == f"/values/bank_account/{CONFIRMED_ACCOUNT}"
    typed = siti.http.get("/values/phone/0812-7001-3344", follow_redirects=False)
    assert typed.status_code == 307
    assert typed.headers["location"] == f"/values/phone/{CONFIRMED_PHONE}"
    bad = siti.http.get("/values", params={"q": "0812"})
    assert bad.status_code == 422 and "belum lengkap" in bad.text
    assert siti.http.get("/values/fax/123").status_code == 404
    assert live.http.get(f"/api/values/phone/{quote(CONFIRMED_PHONE)}").status_code == 401


def test_the_advert_page_links_each_contact_to_its_history(
    live: Live, login: Callable[[str], Client]
) -> None:
    siti = login("siti")
    page = siti.http.get(f"/adverts/{live.world.ids['kamboja']}").text
    assert f'href="/values?q={quote(CONFIRMED_PHONE)}"' in page
    assert 'href="/values?q=BCA%207310004455"' in page
    followed = siti.http.get(f"/values?q={quote(CONFIRMED_PHONE)}", follow_redirects=True)
    assert followed.status_code == 200 and 'data-public="2"' in followed.text
    tamu = login("tamu")  # viewers read adverts but not the value pages: no links
    assert "/values?q=" not in tamu.http.get(f"/adverts/{live.world.ids['kamboja']}").text


def test_no_bare_codes_on_the_value_pages(live: Live, login: Callable[[str], Client]) -> None:
    live.http.post(
        "/api/check-number/objections",
        json={"value": CONFIRMED_PHONE, "contact": "0811 2233 4455", "reason": "Nomor saya."},
    )
    siti = login("siti")
    pages = [
        "/objections",
        f"/values/phone/{CONFIRMED_PHONE}",
        f"/values/bank_account/{CONFIRMED_ACCOUNT}",
        f"/values/phone/{UNCONFIRMED_PHONE}",
    ]
    for path in pages:
        text = visible_text(siti.http.get(path).text)
        found = set(WORDS.findall(text)) | set(ENGLISH.findall(text))
        assert not found, (path, found)
