"""high_pay judges work in Indonesia against the minimum wage of its own place and kind of work.

The adverts are invented for these tests. References: ``classifier/data/minimum_wages.json``
(UMP per province, UMK for a few cities, national median) and the "domestic" multiples of
``classifier/data/high_pay_thresholds.json``.
"""

from __future__ import annotations

import json
from importlib import resources
from statistics import median

import pytest

from classifier import wages
from classifier.entities import extract_entities
from classifier.gazetteer import DOMESTIC, DOMESTIC_PROVINCE
from classifier.rules import detect_all

ISLANDS = {"Sumatera", "Jawa", "Kalimantan", "Sulawesi", "Papua"}


def _reason(text: str) -> str | None:
    hit = detect_all(text).get("high_pay")
    return hit.reason if hit else None


# --- the brief's cases ------------------------------------------------------------------------


def test_jakarta_cashier_at_seven_million_is_ordinary_pay() -> None:
    text = "Lowongan kasir minimarket di Jakarta Barat. Gaji Rp 7.000.000/bulan, shift pagi."
    assert "high_pay" not in detect_all(text)


def test_same_job_in_a_low_wage_province_is_flagged_and_names_the_province() -> None:
    text = (
        "Lowongan kasir minimarket di Kupang. Gaji Rp 12.000.000/bulan, tanpa pengalaman, "
        "lulusan SMP boleh."
    )
    hit = detect_all(text)["high_pay"]
    assert "Nusa Tenggara Timur" in hit.reason and "UMP" in hit.reason
    assert "Rp2.455.898" in hit.reason  # UMP NTT 2026
    assert "Rp 12.000.000/bulan" in [e.text for e in hit.evidence]
    for span in hit.evidence:
        assert text[span.start : span.end] == span.text


def test_unknown_place_uses_the_national_median() -> None:
    national = wages.national()
    assert national.amount == pytest.approx(
        median(w.amount for w in wages.provinces().values()), abs=1
    )
    above = "Dicari kasir toko, gaji Rp 7.200.000/bulan, tanpa pengalaman."
    below = "Dicari kasir toko, gaji Rp 6.500.000/bulan, tanpa pengalaman."
    assert 6_500_000 < 2 * national.amount < 7_200_000
    reason = _reason(above)
    assert reason and "nasional" in reason and "tempatnya tidak disebut" in reason
    assert "high_pay" not in detect_all(below)


def test_skilled_role_gets_no_quantitative_judgement() -> None:
    text = (
        "Senior Software Engineer di Kupang, pengalaman 5 tahun di backend. "
        "Gaji Rp 25.000.000/bulan."
    )
    assert "high_pay" not in detect_all(text)


def test_young_women_lure_row_still_wins_over_the_place() -> None:
    # Rp8 jt is ordinary in Jakarta, but not as a lure for young women (Batam LC pattern).
    text = "Dicari wanita cantik usia 18-25 untuk LC karaoke di Jakarta, gaji 8jt/bulan."
    reason = _reason(text)
    assert reason and "(batas ID-young-women-lure)" in reason
    assert "high_pay" not in detect_all("Dicari staf gudang di Jakarta, gaji 8jt/bulan.")


def test_online_task_and_foreign_rows_are_unchanged() -> None:
    reason = _reason("Kerja like & subscribe dari rumah di Jakarta, Rp 400rb per hari! Japri")
    assert reason and "(batas online-task)" in reason
    reason = _reason("Kerja pabrik di Malaysia gaji RM 5,000 sebulan, tanpa pengalaman.")
    assert reason and "(batas MY-" in reason


# --- place ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("place", "flagged"),
    [
        ("Jakarta", False),  # UMP DKI Rp5,73 jt: limit Rp11,5 jt
        ("Kota Bekasi", False),  # UMK Bekasi Rp5,94 jt: limit Rp11,9 jt
        ("Denpasar, Bali", True),  # UMP Bali Rp3,21 jt: limit Rp6,4 jt
        ("Mataram, Lombok", True),  # UMP NTB Rp2,67 jt
        ("Kota Jambi", True),  # UMK Kota Jambi Rp3,87 jt: limit Rp7,7 jt
    ],
)
def test_the_same_pay_depends_on_the_place(place: str, flagged: bool) -> None:
    text = f"Dibutuhkan pelayan toko di {place}, min. SMA/SMK, gaji Rp 10.000.000/bulan."
    assert ("high_pay" in detect_all(text)) is flagged


def test_factory_pay_at_the_city_minimum_is_not_high() -> None:
    # Jawa Barat's UMP (Rp2,32 jt) is far below the UMK of its industrial belt.
    text = "Operator produksi di Cikarang, Bekasi. Min. SMA/SMK, gaji Rp 5.950.000 sesuai UMK."
    assert "high_pay" not in detect_all(text)


def test_several_places_are_judged_at_the_dearest() -> None:
    text = "Admin gudang, penempatan Jakarta atau Kupang, gaji Rp 10.000.000/bulan."
    assert "high_pay" not in detect_all(text)


# --- kind of work --------------------------------------------------------------------------


def test_a_diploma_and_experience_raise_the_limit() -> None:
    base = "Staf administrasi di Kediri, gaji Rp 9.000.000/bulan"
    assert "high_pay" in detect_all(f"{base}, lulusan SMA.")  # 2x UMP Jawa Timur
    assert "high_pay" not in detect_all(f"{base}, pendidikan D3, pengalaman minimal 1 tahun.")
    assert "high_pay" not in detect_all(f"{base}, memiliki pengalaman di bidang administrasi.")


def test_denied_or_optional_experience_does_not_raise_the_limit() -> None:
    base = "Staf administrasi di Kediri, gaji Rp 9.000.000/bulan"
    assert "high_pay" in detect_all(f"{base}, tidak harus memiliki pengalaman.")
    assert "high_pay" in detect_all(f"{base}, diutamakan memiliki pengalaman.")


def test_school_level_alternatives_are_entry_level() -> None:
    # "SMA/SMK/D3" sets SMA as the minimum: still entry-level work.
    text = "Kasir di Kediri, pendidikan min. SMA/SMK/D3, gaji Rp 9.000.000/bulan."
    assert "high_pay" in detect_all(text)


# --- the data ------------------------------------------------------------------------------


def test_every_province_has_a_sourced_minimum_wage() -> None:
    raw = resources.files("classifier.data").joinpath("minimum_wages.json").read_text("utf-8")
    table = json.loads(raw)
    rows = table["provinces"]
    assert len(rows) == 38 and len({r["code"] for r in rows}) == 38
    for row in rows:
        assert 2_000_000 < row["amount"] < 7_000_000, row
        assert row["year"] in (2025, 2026), row
        assert row["source"].startswith("http"), row
        if row["year"] != 2026:
            assert row.get("note"), row  # a stand-in must say why
    for row in table["cities"]:
        ump = wages.provinces()[row["province"]]
        assert row["amount"] >= ump.amount, row  # a UMK is never below its province's UMP
        assert row["source"].startswith("http"), row


def test_every_known_domestic_place_maps_to_a_province_with_a_wage() -> None:
    names = {name for name, _, _ in DOMESTIC}
    assert names - set(DOMESTIC_PROVINCE) == ISLANDS
    assert set(DOMESTIC_PROVINCE) <= names
    assert set(DOMESTIC_PROVINCE.values()) == set(wages.provinces())
    assert all(wages.for_place(name) is not None for name in DOMESTIC_PROVINCE)
    assert wages.reference(["Kalimantan"]) == wages.national()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("kerja di Kupang", "Kupang"),
        ("penempatan Papua Barat", "Papua Barat"),
        ("proyek di Sulawesi Tenggara", "Sulawesi Tenggara"),
        ("pabrik di Kota Malang", "Malang"),
        ("tambang Morowali", "Sulawesi Tengah"),
    ],
)
def test_new_domestic_places_are_found(text: str, name: str) -> None:
    dests = [d for d in extract_entities(text).destinations if d.country == "ID"]
    assert [d.name for d in dests] == [name]


def test_common_words_are_not_places() -> None:
    text = "Bawa palu sendiri, jangan sampai nasib malang, serang balik kompetitor."
    assert not [d for d in extract_entities(text).destinations if d.country == "ID"]
