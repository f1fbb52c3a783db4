"""The figures match hand counts of the fixture database exactly, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session, sessionmaker

from store.errors import InvalidInput
from store.services import cases, periods, stats
from store.services.users import add_user
from tests.reports import fixture_db
from tests.reports.fixture_db import EXPECTED_ALL, EXPECTED_JAMBI, Expected


def _as_dict(counts: list[stats.Count]) -> dict[str, int]:
    return {c.key: c.count for c in counts}


@pytest.mark.parametrize(
    ("region", "expected"), [(None, EXPECTED_ALL), ("kota jambi", EXPECTED_JAMBI)]
)
def test_figures_match_hand_counts(
    factory: sessionmaker[Session], region: str | None, expected: Expected
) -> None:
    fixture_db.build(factory)
    s = stats.compute(factory, periods.parse_month(fixture_db.MONTH), region)

    assert s.adverts_crawled == expected.crawled
    assert s.adverts_flagged == expected.flagged
    assert s.cases_reviewed == expected.reviewed
    assert s.outcomes.escalated == expected.escalated
    assert s.outcomes.dismissed == expected.dismissed
    assert s.outcomes.other == 0
    assert s.outcomes.open == expected.open
    assert s.outcomes.precision == pytest.approx(expected.precision, abs=1e-4)
    assert s.outcomes.median_hours_to_decision == expected.median_hours
    assert _as_dict(s.flags_by_code) == expected.codes
    assert _as_dict(s.by_destination) == expected.destinations
    assert _as_dict(s.by_source) == expected.sources
    assert _as_dict(s.by_channel) == expected.channels
    assert _as_dict(s.citizen_checks) == expected.checks
    assert s.citizen_checks_total == sum(expected.checks.values())
    assert s.tips == expected.tips
    assert {w.week: w.crawled for w in s.weekly} == expected.weekly_crawled
    assert {w.week: w.flagged for w in s.weekly} == expected.weekly_flagged
    assert [c.external_ref for c in s.escalated_cases] == expected.escalated_refs
    assert s.model_version == fixture_db.NOV
    # Largest first, ties by key: the same order on every database.
    assert [c.key for c in s.flags_by_code][:2] == ["high_pay", "document_fraud"]


def test_clusters_mask_numbers_unless_escalated(factory: sessionmaker[Session]) -> None:
    fixture_db.build(factory)
    s = stats.compute(factory, periods.parse_month(fixture_db.MONTH))

    got = [(c.kind, c.value, c.masked, c.adverts, c.escalated_adverts) for c in s.clusters]
    assert got == [
        # A2, A3 and A10 share it, none escalated: masked (A8 is December's, not counted).
        ("whatsapp", "+62812****1111", True, 3, 0),
        ("agency", "PT MAJU JAYA", False, 2, 1),
        # A1 was escalated: the number is part of a report to the police, shown in full.
        ("phone", fixture_db.PHONE_A, False, 2, 1),
    ]
    dumped = s.model_dump_json()
    assert fixture_db.WA_B not in dumped
    assert fixture_db.PHONE_SOLO not in dumped  # behind one advert only: no cluster
    assert fixture_db.TIP_CONTACT not in dumped  # a citizen's contact never leaves the store
    assert "tetangga" not in dumped  # nor a tip's message


def test_closing_escalated_cases_later_changes_no_figure(factory: sessionmaker[Session]) -> None:
    """November's escalations stay November's after the cases are closed in December: the
    counts, the precision, the listed cases and the unmasked numbers are the same."""
    ids = fixture_db.build(factory)
    november = periods.parse_month(fixture_db.MONTH)
    first = stats.compute(factory, november)
    rina = add_user(factory, username="rina", password="kata-sandi-panjang-1",
                    role="investigator")  # fmt: skip
    for key in ("A1", "A6"):
        with factory() as session:
            case = cases.case_for_advert(session, ids[key])
            assert case is not None
        closed = cases.transition(factory, case.id, rina, "closed", reason="Berkas diterima",
                                  now=dt.datetime(2026, 12, 3, 3, 0, tzinfo=dt.UTC))  # fmt: skip
        assert closed.status.value == "closed"
    again = stats.compute(factory, november)

    assert again.outcomes == first.outcomes
    assert (again.outcomes.escalated, again.outcomes.precision) == (
        EXPECTED_ALL.escalated,
        pytest.approx(EXPECTED_ALL.precision, abs=1e-4),
    )
    assert again.escalated_cases == first.escalated_cases
    assert [c.external_ref for c in again.escalated_cases] == EXPECTED_ALL.escalated_refs
    assert again.clusters == first.clusters
    assert ("phone", fixture_db.PHONE_A, False) in [
        (c.kind, c.value, c.masked) for c in again.clusters
    ]
    # Closing is not a decision: December counts no escalation for it.
    december = stats.compute(factory, periods.parse_month("2026-12"))
    assert december.outcomes.escalated == 0 and december.escalated_cases == []


def test_week_buckets_follow_wib_iso_weeks(factory: sessionmaker[Session]) -> None:
    s = stats.compute(factory, periods.parse_month("2026-11"))
    assert [(w.week, w.start.isoformat()) for w in s.weekly] == [
        ("2026-W44", "2026-11-01"),  # a Sunday: a one-day week
        ("2026-W45", "2026-11-02"),
        ("2026-W46", "2026-11-09"),
        ("2026-W47", "2026-11-16"),
        ("2026-W48", "2026-11-23"),
        ("2026-W49", "2026-11-30"),
    ]
    assert s.adverts_crawled == 0 and s.outcomes.precision is None
    assert s.outcomes.median_hours_to_decision is None and s.clusters == []


def test_months_and_periods() -> None:
    p = periods.parse_month("2026-12")
    assert p.start == dt.datetime(2026, 12, 1, tzinfo=periods.WIB)
    assert p.end == dt.datetime(2027, 1, 1, tzinfo=periods.WIB)
    assert p.start.astimezone(dt.UTC) == dt.datetime(2026, 11, 30, 17, tzinfo=dt.UTC)
    for bad in ("2026-13", "26-11", "November", "2026-1", ""):
        with pytest.raises(InvalidInput, match="TTTT-BB"):
            periods.parse_month(bad)
    with pytest.raises(InvalidInput, match="sesudah"):
        periods.parse_period("2026-11-10", "2026-11-10")
    with pytest.raises(InvalidInput, match="TTTT-BB-HH"):
        periods.parse_period("10/11/2026", None)
    with pytest.raises(InvalidInput, match="paling panjang"):
        periods.parse_period("2020-01-01", "2026-01-01")
    default = periods.parse_period(None, None, today=dt.date(2026, 11, 30))
    assert (default.start_date, default.end_date) == (dt.date(2026, 11, 1), dt.date(2026, 12, 1))


def test_previous_month() -> None:
    assert periods.previous_month(dt.date(2027, 1, 15)) == "2026-12"
    assert periods.previous_month(dt.date(2026, 12, 1)) == "2026-11"


def test_mask_phone() -> None:
    assert stats.mask_phone("+6281234563344") == "+62812****3344"
    assert stats.mask_phone("+628123") == "+62****23"
    assert stats.mask_phone("123") == "****"
