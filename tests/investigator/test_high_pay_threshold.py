"""The investigator page states the pay threshold the classifier judged against, read from the
``details`` of its high_pay flag, never from the Indonesian reason."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from api.investigator.present import high_pay_threshold
from classifier.rates import ExchangeRates
from classifier.rules import detect_all

MIGRATION_0008 = (
    Path(__file__).resolve().parents[2] / "store/migrations/versions/0008_high_pay_details.py"
)
BALI = "Kasir toko di Denpasar, Bali gaji 12 jt/bulan, lulusan SMP tanpa pengalaman"
MALAYSIA = "ART di Malaysia, gaji RM 2,800, tanpa pengalaman."
NO_PLACE = "Dicari kasir, gaji 15 juta per bulan, tanpa pengalaman"


def _stored(text: str) -> dict[str, Any]:
    """The high_pay flag as the classifier stores it (classifier.pipeline.RedFlag.to_dict)."""
    hit = detect_all(text)["high_pay"]
    assert hit.details is not None
    return {"code": "high_pay", "reason": hit.reason, "details": hit.details.to_dict()}


def _migration() -> ModuleType:
    spec = importlib.util.spec_from_file_location("migration_0008", MIGRATION_0008)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_threshold_of_a_job_in_indonesia_comes_from_the_local_minimum_wage() -> None:
    found = high_pay_threshold([_stored(BALI)])
    assert found is not None
    idr, rule, basis = found
    assert rule.startswith("UMP Bali")
    assert basis.startswith("2× UMP Bali")
    assert 5_000_000 < idr < 12_000_000  # twice a provincial minimum wage, below the pay


def test_threshold_of_a_job_abroad_comes_from_the_table_row() -> None:
    found = high_pay_threshold([_stored(MALAYSIA)])
    assert found is not None and found[1].startswith("MY-")
    # The Malaysian domestic-worker row: RM2,500 a month at the shipped exchange rate.
    assert found[0] == pytest.approx(ExchangeRates.load().to_idr(2500, "MYR"))


def test_the_page_reads_details_not_the_reason() -> None:
    flag = {**_stored(MALAYSIA), "reason": "(batas SG-FDW)"}
    assert high_pay_threshold([flag])[1].startswith("MY-")  # type: ignore[index]
    assert high_pay_threshold([{"code": "high_pay", "reason": "(batas MY-general)"}]) is None


def test_no_high_pay_flag_no_threshold() -> None:
    assert high_pay_threshold([{"code": "pressure", "reason": "x"}]) is None
    promised = detect_all("Gaji besar! Kerja ringan tanpa pengalaman, hubungi kami")
    assert promised["high_pay"].details is None  # pay promised without a figure: no limit


@pytest.mark.parametrize("text", [BALI, MALAYSIA, NO_PLACE])
def test_flags_stored_before_read_as_fresh_ones_after_migration_0008(text: str) -> None:
    """0008 reads ``details`` out of the reasons of stored flags: the same as the classifier
    writes today (at the shipped exchange rates)."""
    flag = _stored(text)
    assert _migration().details_from_reason(flag["reason"]) == flag["details"]
