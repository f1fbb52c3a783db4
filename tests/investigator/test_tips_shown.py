"""Investigators see what citizens wrote: each tip's message, time and region on the advert
page and in its JSON, how many tips it had, and the contact a citizen agreed to share, shown to
investigators and admins only (never to viewers)."""

from __future__ import annotations

from typing import Any

import lxml.html

from store.services import citizen
from store.services.adverts import AdvertIn
from tests.investigator.conftest import Client, Live

TEXT = "Dicari pelayan kafe di Batam, gaji 9 juta, berangkat minggu ini, hubungi WA 0812 1111 2222"


def test_tips_are_shown_with_the_contact_only_to_those_who_act(live: Live, login: Any) -> None:
    first = citizen.submit_tip(
        live.factory, AdvertIn(title="", body_text=TEXT), None, region="Kota Jambi",
        message="Dikirim ke adik saya lewat WA", contact="0813 5555 6666", consent=True,
    )  # fmt: skip
    second = citizen.submit_tip(
        live.factory, AdvertIn(title="", body_text=TEXT), None, region="Kota Jambi",
        message="Ada di grup FB", contact="0813 7777 8888", consent=False,
    )  # fmt: skip
    assert first.advert_id == second.advert_id

    siti: Client = login("siti")
    tips = siti.http.get(f"/api/adverts/{first.advert_id}").json()["tips"]
    assert [(t["message"], t["region"], t["contact"]) for t in tips] == [
        ("Dikirim ke adik saya lewat WA", "Kota Jambi", "0813 5555 6666"),
        ("Ada di grup FB", "Kota Jambi", None),  # no consent: never kept, never shown
    ]
    page = lxml.html.fromstring(siti.http.get(f"/adverts/{first.advert_id}").text)
    section = page.cssselect("#laporan-warga")[0]
    assert "Laporan warga (2)" in section.text_content()
    assert "Dikirim ke adik saya lewat WA" in section.text_content()
    assert "0813 5555 6666" in section.text_content()

    viewer: Client = login("tamu")
    seen = viewer.http.get(f"/api/adverts/{first.advert_id}").json()["tips"]
    assert [t["contact"] for t in seen] == [None, None] and seen[0]["message"]
    assert "0813 5555 6666" not in viewer.http.get(f"/adverts/{first.advert_id}").text
