"""POST /api/check over real HTTP: the answer's shape and words, every input error, URL checks
through the fixture site, what is (and is not) stored, and the rate limits."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, sessionmaker

from citizen.check import parse_input, sniff_input
from citizen.errors import CheckError
from citizen.safe_fetch import parse_allow_list
from store.models import Advert, CitizenCheck, Snapshot, Tip
from tests.citizen.conftest import citizen_settings, make_app
from tests.citizen.servers import Site
from tests.conftest import LiveServer, free_port
from tests.fixture_adverts import LEGIT, SCAMS
from tests.fixture_site import page, synthetic_jsonld
from waspada.settings import Settings

LiveApp = tuple[FastAPI, httpx.Client]
FEE_SCAM = SCAMS[2]  # Malaysia, "Biaya proses Rp 3.500.000 transfer ke rek BRI ..."
LICENSED = LEGIT[2]  # a licensed P3MI listing the official steps


def test_a_scam_is_dangerous_with_reasons_in_its_own_words(live_app: LiveApp) -> None:
    _, client = live_app
    r = client.post("/api/check", json={"text": FEE_SCAM})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["band"] == "high"
    assert body["band_label"] == "Berbahaya"
    assert 0.5 <= body["score"] <= 1
    codes = {f["code"] for f in body["red_flags"]}
    assert "upfront_fee" in codes
    for flag in body["red_flags"]:
        assert flag["explanation"].endswith(".")
        assert len(flag["explanation"]) < 200  # one short sentence
        for span in flag["evidence"]:
            # Evidence is the advert's own words, at the offsets given.
            assert FEE_SCAM[span["start"] : span["end"]] == span["text"]
    fee = next(f for f in body["red_flags"] if f["code"] == "upfront_fee")
    assert fee["label"] == "Biaya di muka"
    assert any("3.500.000" in e["text"] or "transfer" in e["text"] for e in fee["evidence"])
    advice = body["advice"]
    assert advice["summary"].startswith("Iklan ini punya tanda-tanda")
    keys = [c["key"] for c in advice["checks"]]
    assert keys[0] == "no_pay"  # the check the fee flag calls for comes first
    assert {"licence", "job_order", "g2g"} <= set(keys)
    assert any(link["label"] == "SISKOP2MI" for c in advice["checks"] for link in c["links"])
    assert "alat bantu, bukan keputusan resmi" in body["note"]
    assert body["input"] == {"kind": "text"}


def test_report_channels_for_kota_jambi_and_the_national_ones(live_app: LiveApp) -> None:
    _, client = live_app
    report = client.post("/api/check", json={"text": FEE_SCAM}).json()["advice"]["report"]
    assert report["region"] == "Kota Jambi"
    regional = {c["contact"]: c for c in report["regional"]}
    assert regional["112"]["href"] == "tel:112"
    assert regional["0813-8687-0227"]["href"] == "tel:+6281386870227"
    national = {c["contact"] for c in report["national"]}
    assert {"0800-1000", "0811-8080-141", "1500630", "110", "129", "08111-129-129"} <= national


def test_a_licensed_advert_looks_normal(live_app: LiveApp) -> None:
    _, client = live_app
    body = client.post("/api/check", json={"text": LICENSED}).json()
    assert body["band"] == "low"
    assert body["band_label"] == "Tampak wajar"
    assert not body["suspicious"]
    assert "bukan keputusan resmi" in body["note"]  # never a bare verdict


def test_english(live_app: LiveApp) -> None:
    _, client = live_app
    body = client.post("/api/check", json={"text": FEE_SCAM, "lang": "en"}).json()
    assert body["band_label"] == "Dangerous"
    fee = next(f for f in body["red_flags"] if f["code"] == "upfront_fee")
    assert fee["title"] == "Money asked in advance"
    assert fee["label"] == "Biaya di muka"
    assert "not an official decision" in body["note"]


INPUT_ERRORS: list[tuple[dict[str, Any], int, str, str]] = [
    ({}, 422, "empty", "kosong"),
    ({"text": "   \n "}, 422, "empty", "kosong"),
    ({"text": "x" * 20_001}, 422, "too_long", "20000 huruf"),
    ({"url": "lowongan kerja di sini"}, 422, "not_url", "http://"),
    ({"url": "javascript:alert(1)"}, 422, "not_url", "http://"),
    ({"url": "ftp://example.com/loker"}, 422, "not_url", "http://"),
    ({"text": "loker", "url": "https://example.com"}, 400, "both", "salah satu"),
    ({"text": 123}, 400, "bad_request", "JSON"),
]


def test_input_errors_say_what_to_fix(live_app: LiveApp) -> None:
    _, client = live_app
    for payload, status, code, words in INPUT_ERRORS:
        r = client.post("/api/check", json=payload)
        body = r.json()
        assert (r.status_code, body["error"]) == (status, code), payload
        assert words in body["message"], payload


def test_a_body_that_is_not_json_or_too_big(live_app: LiveApp) -> None:
    _, client = live_app
    r = client.post("/api/check", content=b"text=halo", headers={"Content-Type": "text/plain"})
    assert (r.status_code, r.json()["error"]) == (400, "bad_request")
    r = client.post("/api/check", content=b"[1, 2]", headers={"Content-Type": "application/json"})
    assert (r.status_code, r.json()["error"]) == (400, "bad_request")
    r = client.post("/api/check", content=b'{"text": "' + b"a" * 200_000 + b'"}')
    assert (r.status_code, r.json()["error"]) == (413, "body_too_large")


def test_checking_a_link_reads_the_advert_on_the_page(live_app: LiveApp, site: Site) -> None:
    _, client = live_app
    url = site.add("/lowongan/1", synthetic_jsonld("Kerja kilang Malaysia", FEE_SCAM, "Agen"))
    r = client.post("/api/check", json={"url": url})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["band"] == "high"
    assert body["input"]["kind"] == "url"
    assert body["input"]["title"] == "Kerja kilang Malaysia"
    assert "Rp 3.500.000" in body["input"]["text"]
    fee = next(f for f in body["red_flags"] if f["code"] == "upfront_fee")
    text = body["input"]["text"]
    assert all(text[e["start"] : e["end"]] == e["text"] for e in fee["evidence"])


def test_redirects_are_followed(live_app: LiveApp, site: Site) -> None:
    _, client = live_app
    target = site.add("/iklan", page("Loker", f"<h1>Loker</h1><p>{FEE_SCAM}</p>"))
    r = client.post("/api/check", json={"url": site.chain(2, target)})
    assert r.status_code == 200, r.text
    assert r.json()["input"]["final_url"] == target


def test_link_errors_say_what_to_do(live_app: LiveApp, site: Site) -> None:
    _, client = live_app
    cases = [
        (site.add("/kosong", page("Halo", "<p>Selamat datang.</p>")), "no_advert",
         "tidak ada iklan"),
        (site.add("/gambar", b"\x89PNG....", ctype="image/png"), "not_html", "bukan halaman web"),
        (site.url("/hilang"), "unreachable", "tidak bisa dibuka"),
        (site.add("/besar", "<p>" + "x" * 2_100_000 + "</p>"), "too_large", "terlalu besar"),
    ]  # fmt: skip
    for url, code, words in cases:
        r = client.post("/api/check", json={"url": url})
        body = r.json()
        assert (r.status_code, body["error"]) == (422, code), url
        assert words in body["message"]
        assert "tempelkan di sini" in body["message"] or "Periksa lagi" in body["message"]


def test_a_closed_port_is_unreachable(live_app: LiveApp, site: Site) -> None:
    app, client = live_app
    port = free_port()  # nothing listens there
    app.state.citizen.checker.fetcher.allow_list += parse_allow_list(f"127.0.0.1:{port}")
    r = client.post("/api/check", json={"url": f"http://127.0.0.1:{port}/"})
    assert (r.status_code, r.json()["error"]) == (422, "unreachable")


def test_checks_are_counted_without_their_content(
    live_app: LiveApp, site: Site, factory: sessionmaker[Session]
) -> None:
    app, client = live_app
    url = site.add("/lowongan/2", page("Loker", f"<h1>Loker</h1><p>{FEE_SCAM}</p>"))
    assert client.post("/api/check", json={"text": LICENSED}).status_code == 200
    assert client.post("/api/check", json={"url": url}).status_code == 200
    assert client.post("/api/check", json={"url": site.url("/tidak-ada")}).status_code == 422
    assert client.post("/api/check", json={"text": ""}).status_code == 422  # not a check
    with factory() as session:
        rows = session.scalars(select(CitizenCheck).order_by(CitizenCheck.id)).all()
        assert [(r.input_kind, r.band, r.region) for r in rows] == [
            ("text", "low", "Kota Jambi"),
            ("url", "high", "Kota Jambi"),
            ("url", "error", "Kota Jambi"),
        ]
        # Nothing of the adverts, the links or the client is kept.
        for model in (Advert, Snapshot, Tip):
            assert session.scalars(select(model)).first() is None
    columns = {c["name"] for c in inspect(app.state.waspada.engine).get_columns("citizen_checks")}
    # channel: web, telegram or whatsapp (where the check came from), nothing more.
    assert columns == {"id", "at", "input_kind", "band", "region", "channel"}


def test_rate_limits_per_client(settings: Settings, classifier: Any) -> None:
    limited = citizen_settings(
        settings, rate_limit_enabled=True, rate_limit_check="3/minute", rate_limit_tip="1/minute"
    )
    with (
        LiveServer(make_app(limited, classifier)) as server,
        httpx.Client(base_url=server.url, timeout=30) as client,
    ):
        codes = [client.post("/api/check", json={"text": LICENSED}).status_code for _ in range(3)]
        assert codes == [200, 200, 200]
        refused = client.post("/api/check", json={"text": LICENSED})
        assert refused.status_code == 429
        assert refused.json()["error"] == "rate_limited"
        assert "Tunggu sebentar" in refused.json()["message"]
        # The page's form shares the same allowance, and answers with the page.
        form = client.post("/cek", data={"q": LICENSED})
        assert form.status_code == 429
        assert "Tunggu sebentar" in form.text
        # Tips have their own allowance.
        assert client.post("/api/tips", json={"text": LICENSED}).status_code == 201
        assert client.post("/api/tips", json={"text": LICENSED}).status_code == 429


def test_rate_limits_can_be_turned_off(live_app: LiveApp) -> None:
    _, client = live_app
    codes = {client.post("/api/check", json={"text": LICENSED}).status_code for _ in range(25)}
    assert codes == {200}


@pytest.mark.parametrize(
    ("given", "kind", "value"),
    [
        ("https://loker.example/123", "url", "https://loker.example/123"),
        ("  http://loker.example  ", "url", "http://loker.example"),
        ("www.loker-jambi.example/lowongan?id=3", "url", "https://www.loker-jambi.example/lowongan?id=3"),
        ("loker.example", "url", "https://loker.example"),
        ("Dicari SPG, gaji 3 jt. Info: www.loker.example", "text",
         "Dicari SPG, gaji 3 jt. Info: www.loker.example"),
        ("Lowongan!", "text", "Lowongan!"),
    ],
)  # fmt: skip
def test_one_box_tells_a_link_from_text(given: str, kind: str, value: str) -> None:
    inp = sniff_input(given, max_chars=1000)
    assert (inp.kind, inp.value) == (kind, value)


def test_input_validation_without_http() -> None:
    with pytest.raises(CheckError) as err:
        parse_input(text="x" * 1001, max_chars=1000)
    assert err.value.code == "too_long"
    assert "1000" in err.value.message("id")
    with pytest.raises(CheckError) as err:
        sniff_input("   ", max_chars=1000)
    assert err.value.code == "empty"


def test_every_check_a_flag_calls_for_is_ranked_and_worded() -> None:
    from citizen.messages import ALWAYS_CHECKS, CHECK_URGENCY, CHECKS, FLAG_CHECKS

    called_for = {key for keys in FLAG_CHECKS.values() for key in keys}
    assert called_for <= set(CHECK_URGENCY)  # else a flag's check would silently vanish
    for lang in ("id", "en"):
        assert set(CHECK_URGENCY) | set(ALWAYS_CHECKS) <= set(CHECKS[lang])


def test_a_link_inside_a_pasted_message_is_opened_and_judged_with_it(
    live_app: LiveApp, site: Site
) -> None:
    """ "...Lihat di sini ya: http://..." was judged on the message alone ("Tampak wajar");
    the page behind the link is read and judged together with the message."""
    _, client = live_app
    url = site.add("/info/loker", synthetic_jsonld("Kerja kilang Malaysia", FEE_SCAM, "Agen"))
    message = f"Ada lowongan bagus kak, gajinya lumayan. Lihat di sini ya: {url}"
    alone = client.post("/api/check", json={"text": "Ada lowongan bagus kak, gajinya lumayan."})
    assert alone.json()["band"] != "high"
    body = client.post("/api/check", json={"text": message}).json()
    assert body["band"] == "high"
    assert body["input"]["kind"] == "text"
    assert body["input"]["links_read"] == [url] and body["input"]["link"] == url
    text = body["input"]["text"]
    assert text.startswith("Ada lowongan bagus kak") and "Rp 3.500.000" in text
    fee = next(f for f in body["red_flags"] if f["code"] == "upfront_fee")
    assert all(text[e["start"] : e["end"]] == e["text"] for e in fee["evidence"])
    # A link that cannot be read is skipped: the message is still checked.
    broken = client.post("/api/check", json={"text": f"Info loker {site.url('/hilang')}"})
    assert broken.status_code == 200 and "links_read" not in broken.json()["input"]


def test_the_page_says_which_link_of_the_message_was_read(live_app: LiveApp, site: Site) -> None:
    _, client = live_app
    url = site.add("/info/loker2", synthetic_jsonld("Kerja kilang Malaysia", FEE_SCAM, "Agen"))
    r = client.post("/cek", data={"q": f"Info kerja, cek link ini: {url}", "lang": "id"})
    assert r.status_code == 200
    assert "Tautan di pesan yang kami buka" in r.text and url in r.text


def test_advice_fits_the_job_and_explains_its_words(live_app: LiveApp) -> None:
    """A job at home gets advice for a job at home; the overseas checklist explains each term
    (P3MI, SISKOP2MI, SIP2MI, LTSA, EPS, G to G) in plain words."""
    _, client = live_app
    warung = (
        "Dicari karyawan warung makan di Jl. Hayam Wuruk No. 12, Kota Jambi. Gaji 2,5 juta, "
        "makan siang. Lamaran diantar langsung ke warung."
    )
    local = client.post("/api/check", json={"text": warung}).json()["advice"]["checks"]
    assert [c["key"] for c in local] == ["local_company", "local_contract"]
    assert "SISKOP2MI" not in str(local) and "Disnaker (dinas tenaga kerja)" in str(local)
    abroad = client.post("/api/check", json={"text": FEE_SCAM}).json()["advice"]["checks"]
    texts = " ".join(c["text"] for c in abroad)
    for plain in (
        "P3MI, yaitu perusahaan yang boleh mengirim pekerja ke luar negeri",
        "SISKOP2MI (daftar resmi pemerintah)",
        "SIP2MI (izin merekrut dari pemerintah)",
        "LTSA (kantor layanan pekerja migran)",
        "G to G: antar pemerintah",
    ):
        assert plain in texts
