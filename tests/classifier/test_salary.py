"""Salary and money parsing: every currency and period form, fees kept apart."""

from __future__ import annotations

import pytest

from classifier.rates import ExchangeRates, UnknownCurrencyError
from classifier.salary import PER_MONTH, find_money, parse_salaries

RATES = ExchangeRates.load()

# (text, currency, period, amount, amount_max, IDR per month)
CASES = [
    ("15jt", "IDR", "month", 15e6, None, 15e6),
    ("gj 15 jt", "IDR", "month", 15e6, None, 15e6),
    ("Rp 8.500.000", "IDR", "month", 8.5e6, None, 8.5e6),
    ("Rp8,5 juta", "IDR", "month", 8.5e6, None, 8.5e6),
    ("8-10 juta", "IDR", "month", 8e6, 10e6, 10e6),
    ("Rp 7 - 9 juta", "IDR", "month", 7e6, 9e6, 9e6),
    ("RM 3,500", "MYR", "month", 3500, None, 3500 * 3950),
    ("RM3.5k", "MYR", "month", 3500, None, 3500 * 3950),
    ("RM1,500–RM2,000", "MYR", "month", 1500, 2000, 2000 * 3950),
    ("NT$30.000", "TWD", "month", 30000, None, 30000 * 550),
    ("HK$4.990", "HKD", "month", 4990, None, 4990 * 2130),
    ("S$650", "SGD", "month", 650, None, 650 * 12900),
    ("USD 1.200", "USD", "month", 1200, None, 1200 * 16600),
    ("$1,200/month", "USD", "month", 1200, None, 1200 * 16600),
    ("¥200,000", "JPY", "month", 200000, None, 200000 * 112),
    ("200.000 yen", "JPY", "month", 200000, None, 200000 * 112),
    ("₩2.100.000", "KRW", "month", 2.1e6, None, 2.1e6 * 11.9),
    ("SAR 1500", "SAR", "month", 1500, None, 1500 * 4430),
    ("Rp 150rb/hari", "IDR", "day", 150e3, None, 150e3 * 26),
    ("300rb per hari", "IDR", "day", 300e3, None, 300e3 * 26),
    ("Rp 25.000/jam", "IDR", "hour", 25e3, None, 25e3 * 173),
    ("USD 18,000 per year", "USD", "year", 18000, None, 18000 * 16600 / 12),
    ("upah harian 150.000", "IDR", "day", 150e3, None, 150e3 * 26),
    ("$15/hr", "USD", "hour", 15, None, 15 * 16600 * 173),
    ("gaji 4.000 ringgit sebulan", "MYR", "month", 4000, None, 4000 * 3950),
    ("AED 1.800 – 2.500", "AED", "month", 1800, 2500, 2500 * 4520),
    ("€2.500", "EUR", "month", 2500, None, 2500 * 19400),
]


@pytest.mark.parametrize(("text", "currency", "period", "amount", "amount_max", "idr"), CASES)
def test_salary_forms(
    text: str, currency: str, period: str, amount: float, amount_max: float | None, idr: float
) -> None:
    (salary,) = parse_salaries(text, RATES)
    assert salary.currency == currency
    assert salary.period == period
    assert salary.amount == pytest.approx(amount)
    assert salary.amount_max == (pytest.approx(amount_max) if amount_max else None)
    assert salary.idr_month == pytest.approx(idr, rel=1e-6)
    assert text[salary.span.start : salary.span.end] == salary.span.text


@pytest.mark.parametrize(
    "text",
    [
        "Hub 0812-3456-7890 atau 081234567890",
        "usia 18-25 tahun, tinggi 160 cm, berat 50 kg",
        "lowongan tahun 2026, angkatan 2025",
        "rek BRI 1234 5678 90",
        "kuota 20 orang, kontrak 2 tahun",
    ],
)
def test_ignores_numbers_that_are_not_money(text: str) -> None:
    assert find_money(text, RATES) == []


def test_fees_are_not_salaries_but_are_found() -> None:
    text = "Gaji 15 juta/bulan. Biaya proses Rp 5.000.000 transfer ke rek BRI."
    salaries = parse_salaries(text, RATES)
    assert [s.amount for s in salaries] == [15e6]
    money = find_money(text, RATES)
    fee = next(m for m in money if m.kind == "fee")
    assert fee.amount == 5e6 and fee.span.text == "Rp 5.000.000"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("potongan gaji Rp 2 juta/bulan", "fee"),
        ("DP 2jt dulu", "fee"),
        ("bayar tekong RM800", "fee"),
        ("bonus 2 jt", "other"),
        ("lembur RM 10/jam", "other"),
        ("gaji pokok RM 1,700", "salary"),
    ],
)
def test_kind_follows_the_nearest_keyword(text: str, kind: str) -> None:
    (money,) = find_money(text, RATES)
    assert money.kind == kind


def test_period_factors_are_documented_values() -> None:
    assert PER_MONTH == {"hour": 173.0, "day": 26.0, "week": 4.33, "month": 1.0, "year": 1 / 12}


def test_rates_are_dated_and_configurable(tmp_path) -> None:
    assert RATES.as_of == "2026-01"
    assert RATES.to_idr(1, "myr") == 3950
    custom = tmp_path / "rates.json"
    custom.write_text('{"as_of": "2027-01", "rates": {"IDR": 1, "MYR": 4000}}', "utf-8")
    rates = ExchangeRates.load(custom)
    assert rates.as_of == "2027-01"
    (salary,) = parse_salaries("RM 3,000", rates)
    assert salary.idr_month == 12e6
    with pytest.raises(UnknownCurrencyError):
        rates.to_idr(1, "USD")
    assert parse_salaries("USD 1,000", rates) == []  # unknown to this table: left out
