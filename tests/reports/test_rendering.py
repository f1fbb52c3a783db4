"""Rendering edge cases without a database: a busy month still fits the one-page summary, and
text from the web (advert titles) can neither restyle the PDF nor run as a spreadsheet formula."""

from __future__ import annotations

import csv
import datetime as dt
import io

from reports.csv_export import render_csv
from reports.monthly import Report
from reports.pdf import render_pdf
from store.services import periods, stats
from tests.reports.helpers import page_texts
from vocabulary.red_flags import RED_FLAG_LABELS

HOSTILE_TITLE = '=HYPERLINK("http://evil.test","klik") <b>Kerja & gaji</b>'


def busy_month() -> Report:
    period = periods.parse_month("2027-02")
    codes = [stats.Count(key=c, count=40 - i * 3) for i, c in enumerate(RED_FLAG_LABELS)]
    weeks = [
        stats.WeekPoint(week=f"2027-W{w:02d}", start=dt.date(2027, 2, 1), crawled=900, flagged=80)
        for w in range(5, 10)
    ]
    figures = stats.Stats(
        start=period.start,
        end=period.end,
        region="Kabupaten Muaro Jambi dan sekitarnya",
        generated_at=dt.datetime(2027, 3, 1, tzinfo=dt.UTC),
        adverts_crawled=4500,
        adverts_flagged=400,
        cases_reviewed=380,
        flags_by_code=codes,
        by_destination=[stats.Count(key=k, count=10) for k in ("MY", "KH", "SA", "TW", "XX")],
        by_source=[stats.Count(key="s", count=400)],
        by_channel=[stats.Count(key="", count=400)],
        outcomes=stats.Outcomes(
            escalated=120,
            dismissed=200,
            other=60,
            open=35,
            precision=0.375,
            median_hours_to_decision=30.5,
        ),
        citizen_checks=[stats.Count(key="high", count=12345)],
        citizen_checks_total=12345,
        tips=77,
        clusters=[],
        weekly=weeks,
        escalated_cases=[
            stats.EscalatedCase(
                case_id=9,
                advert_id=99,
                title=HOSTILE_TITLE,
                decision="escalated_police",
                external_ref="-2+3",
                decided_at=dt.datetime(2027, 2, 10, tzinfo=dt.UTC),
            )
        ],
        model_version=None,
    )
    return Report(
        month="2027-02",
        title="Laporan Bulanan Waspada — Februari 2027",
        stats=figures,
        model_version="compact-bert-test",
    )


def test_summary_page_keeps_all_codes_and_the_trend() -> None:
    pdf = render_pdf(busy_month())
    first = page_texts(pdf)[0]
    assert "Februari 2027" in first and "Tren mingguan" in first
    for label in RED_FLAG_LABELS.values():
        assert label in first, label
    assert "12.345" in first  # Indonesian digit grouping
    assert "37,5%" in first  # precision, decimal comma
    assert "Rincian iklan yang ditandai" in page_texts(pdf)[1]  # details start on page 2


def test_text_from_adverts_is_shown_as_written_in_the_pdf() -> None:
    text = "".join("\n".join(page_texts(render_pdf(busy_month()))).split())
    assert "".join(HOSTILE_TITLE.split()) in text


def test_csv_cells_cannot_become_formulas() -> None:
    rows = list(csv.reader(io.StringIO(render_csv(busy_month()).decode("utf-8-sig"))))
    case = next(r for r in rows if r[0] == "kasus_dieskalasi")
    assert case[2] == "'" + HOSTILE_TITLE  # defused, still readable
    assert case[4].startswith("rujukan: -2+3")
    assert all(not cell.startswith(("=", "+", "@")) for r in rows for cell in r)
