"""The investigator page states the pay threshold the classifier judged against."""

from __future__ import annotations

import pytest

from api.investigator.present import high_pay_threshold
from classifier.rates import ExchangeRates
from classifier.rules import detect_all


def test_threshold_of_a_job_in_indonesia_comes_from_the_local_minimum_wage() -> None:
    hit = detect_all("Kasir toko di Denpasar, Bali gaji 12 jt/bulan, lulusan SMP tanpa pengalaman")[
        "high_pay"
    ]
    found = high_pay_threshold([{"code": "high_pay", "reason": hit.reason}], None)
    assert found is not None
    idr, rule, basis = found
    assert rule.startswith("UMP Bali")
    assert basis.startswith("2× UMP Bali")
    assert 5_000_000 < idr < 12_000_000  # twice a provincial minimum wage, below the pay


def test_threshold_of_a_job_abroad_comes_from_the_table_row() -> None:
    hit = detect_all("ART di Malaysia, gaji RM 2,800, tanpa pengalaman.")["high_pay"]
    found = high_pay_threshold([{"code": "high_pay", "reason": hit.reason}], None)
    assert found is not None and found[1].startswith("MY-")
    # The Malaysian domestic-worker row: RM2,500 a month at the shipped exchange rate.
    assert found[0] == pytest.approx(ExchangeRates.load().to_idr(2500, "MYR"))


def test_no_high_pay_flag_no_threshold() -> None:
    assert high_pay_threshold([{"code": "pressure", "reason": "x"}], None) is None
