"""The citizens' advert check over real HTTP: when a pasted advert carries a value with reports
confirmed by investigators, the answer says so first (``reported_contacts`` in the JSON, a line
at the top of the page); a value seen only in unconfirmed adverts says nothing."""

from __future__ import annotations

from tests.numbers.conftest import Live
from tests.numbers.world import CONFIRMED_PHONE

PASTED = (
    "Info loker: kerja di Kamboja bagian admin, gaji besar, tanpa pengalaman, tiket "
    "ditanggung. Minat hubungi WA 0812 7001 3344 atau transfer pendaftaran ke BCA 7310004455."
)
UNCONFIRMED = (
    "Info loker: kerja di Taiwan bagian operator pabrik, gaji besar, tiket ditanggung. Minat "
    "hubungi WA 0857 2200 9911."
)


def test_a_reported_contact_is_said_first(live: Live) -> None:
    r = live.http.post("/api/check", json={"text": PASTED})
    assert r.status_code == 200, r.text
    body = r.json()
    assert next(iter(body)) == "reported_contacts"
    reported = {c["value"]: c for c in body["reported_contacts"]}
    assert set(reported) == {CONFIRMED_PHONE, "BCA 7310004455"}
    phone = reported[CONFIRMED_PHONE]
    assert phone["confirmed_reports"] == 2 and phone["kind"] == "phone"
    assert phone["message"] == (
        "Nomor HP/WhatsApp +6281270013344 di iklan ini sudah dilaporkan: 2 kasus terverifikasi."
    )
    assert (phone["first_seen"], phone["last_seen"]) == ("2026-11-02", "2026-11-10")

    page = live.http.post("/cek", data={"q": PASTED}).text
    main = page[page.index("<main>") :]
    assert main.index('id="reported-contacts"') < main.index('id="result-title"')
    assert "sudah dilaporkan: 2 kasus terverifikasi" in main
    # Its button opens the number's own answer (and the objection form).
    assert f'name="q" value="{CONFIRMED_PHONE}"' in main
    english = live.http.post("/api/check", json={"text": PASTED, "lang": "en"}).json()
    assert english["reported_contacts"][0]["message"].endswith(
        "has been reported: 2 verified case(s)."
    )


def test_unconfirmed_contacts_say_nothing(live: Live) -> None:
    body = live.http.post("/api/check", json={"text": UNCONFIRMED}).json()
    assert body["reported_contacts"] == []
    page = live.http.post("/cek", data={"q": UNCONFIRMED}).text
    assert 'id="reported-contacts"' not in page


def test_many_values_at_once_answer_as_one_by_one(live: Live) -> None:
    # lookup_many asks once which values any counted case carries and skips the rest; what it
    # returns must be what the per-value look-up says, reported or not, in the order asked.
    from citizen.number_input import parse_value
    from store.services.numbers import confirmed, lookup_many
    from tests.numbers.world import (
        CONFIRMED_ACCOUNT,
        CONFIRMED_EMAIL,
        UNCONFIRMED_ACCOUNT,
        UNCONFIRMED_PHONE,
    )

    values = [UNCONFIRMED_PHONE, CONFIRMED_PHONE, CONFIRMED_EMAIL, f"BRI {UNCONFIRMED_ACCOUNT}"]
    keys = [parse_value(v) for v in values] + [parse_value(f"BCA {CONFIRMED_ACCOUNT}")]
    many = lookup_many(live.factory, keys)
    with live.factory() as session:
        one_by_one = [confirmed(session, key) for key in keys]
    assert many == one_by_one
    assert [c.cases > 0 for c in many] == [False, True, True, False, True]
    assert lookup_many(live.factory, []) == []
