"""Turning :class:`store.services.stats.Stats` into what people read: Indonesian labels,
numbers written the Indonesian way, the headline figures and the charts. The dashboard, the
PDF and the CSV all use these helpers, so a figure is named the same everywhere."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from classifier.gazetteer import COUNTRIES
from reports import charts
from store.services.periods import WIB, Period
from store.services.stats import UNNAMED_SOURCE, Stats
from vocabulary.names import MONTHS_ID
from vocabulary.red_flags import RED_FLAG_LABELS

MONTHS = MONTHS_ID
COUNTRY_NAMES = {iso: name for iso, name, _ in COUNTRIES} | {"ID": "Indonesia (dalam negeri)"}
BAND_LABELS = {
    "low": "Risiko rendah",
    "medium": "Risiko sedang",
    "high": "Risiko tinggi",
    "not_an_advert": "Bukan iklan lowongan",
    "error": "Gagal diperiksa",
}
KIND_LABELS = {"phone": "Telepon", "whatsapp": "WhatsApp", "agency": "Agensi / perusahaan"}
# Where a citizen's check came from (citizen_checks.channel).
CHECK_CHANNEL_LABELS = {"web": "Situs web", "telegram": "Bot Telegram", "whatsapp": "Bot WhatsApp"}
NO_SOURCE = "Kiriman warga"
NO_CHANNEL = "Tidak diketahui"
HOW_COUNTED = (
    "Dirayapi: iklan yang pertama kali terlihat dalam periode. Ditandai: iklan yang kasus "
    "tinjauannya dibuka dalam periode. Diputuskan: kasus yang diputuskan dalam periode; "
    "keputusan (eskalasi atau bukan pelanggaran) tetap dihitung pada periode saat keputusan "
    "dibuat, meskipun kasusnya kemudian ditutup. "
    "Presisi antrean = dieskalasi ÷ (dieskalasi + ditandai bukan pelanggaran). Rincian "
    "tanda bahaya memakai klasifikasi terakhir sebelum akhir periode dan hanya menghitung "
    "tanda bahaya yang didukung kutipan dari iklan (dugaan model tanpa bukti tidak dihitung). "
    "Minggu mengikuti ISO "
    "(Senin–Minggu), tanggal dalam WIB. Nomor telepon dan WhatsApp disamarkan kecuali salah "
    "satu iklannya sudah dieskalasi."
)


def code_label(code: str) -> str:
    return RED_FLAG_LABELS.get(code, code)


def country_label(iso: str) -> str:
    return COUNTRY_NAMES.get(iso.upper(), iso or "Tidak diketahui")


def source_label(name: str) -> str:
    if name == UNNAMED_SOURCE:
        return "Dirayapi, bukan sumber terdaftar"
    return name or NO_SOURCE


def channel_label(name: str) -> str:
    return name or NO_CHANNEL


def check_channel_label(channel: str) -> str:
    return CHECK_CHANNEL_LABELS.get(channel, channel)


def band_label(band: str) -> str:
    return BAND_LABELS.get(band, band)


def number(value: float) -> str:
    """Indonesian digit grouping: 12.345."""
    return f"{value:,.0f}".replace(",", ".")


def decimal(value: float, digits: int = 1) -> str:
    return f"{value:,.{digits}f}".replace(",", "_").replace(".", ",").replace("_", ".")


def percent(value: float | None) -> str:
    return "—" if value is None else f"{decimal(value * 100)}%"


def duration(hours: float | None) -> str:
    if hours is None:
        return "—"
    return f"{decimal(hours)} jam" if hours < 48 else f"{decimal(hours / 24)} hari"


def date_id(day: dt.date | dt.datetime) -> str:
    """``3 November 2026`` (datetimes are read in WIB)."""
    if isinstance(day, dt.datetime):
        day = day.astimezone(WIB).date()
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def month_label(period: Period) -> str:
    """``November 2026`` for a whole-month period."""
    return f"{MONTHS[period.start_date.month - 1]} {period.start_date.year}"


def period_label(stats: Stats) -> str:
    """``1 November 2026 – 30 November 2026`` (the end shown inclusive, as people read it)."""
    last = stats.end.astimezone(WIB).date() - dt.timedelta(days=1)
    return f"{date_id(stats.start)} – {date_id(last)}"


@dataclass(frozen=True)
class Figure:
    key: str  # the Stats field (or derived name) it comes from; also the CSV key
    label: str
    value: str  # formatted for people
    raw: float | None  # for machines (CSV)


def headline(stats: Stats) -> list[Figure]:
    o = stats.outcomes
    return [
        Figure(
            "adverts_crawled",
            "Iklan dirayapi",
            number(stats.adverts_crawled),
            stats.adverts_crawled,
        ),
        Figure(
            "adverts_flagged",
            "Iklan ditandai (kasus dibuka)",
            number(stats.adverts_flagged),
            stats.adverts_flagged,
        ),
        Figure(
            "cases_reviewed", "Kasus diputuskan", number(stats.cases_reviewed), stats.cases_reviewed
        ),
        Figure("escalated", "Dieskalasi", number(o.escalated), o.escalated),
        Figure("dismissed", "Bukan pelanggaran (salah tandai)", number(o.dismissed), o.dismissed),
        Figure("open", "Masih terbuka (akhir periode)", number(o.open), o.open),
        Figure("precision", "Presisi antrean", percent(o.precision), o.precision),
        Figure(
            "median_hours_to_decision",
            "Median waktu sampai keputusan",
            duration(o.median_hours_to_decision),
            o.median_hours_to_decision,
        ),
        Figure(
            "citizen_checks_total",
            "Cek oleh warga",
            number(stats.citizen_checks_total),
            stats.citizen_checks_total,
        ),
        Figure("tips", "Laporan warga", number(stats.tips), stats.tips),
    ]


def trend_chart(stats: Stats) -> charts.Chart:
    return charts.line_chart(
        "Tren mingguan",
        [w.week.split("-")[1] for w in stats.weekly],
        [
            ("Dirayapi", [w.crawled for w in stats.weekly], charts.BLUE),
            ("Ditandai", [w.flagged for w in stats.weekly], charts.RED),
        ],
        x_label="Minggu (ISO)",
        y_label="Jumlah iklan",
    )


def codes_chart(stats: Stats) -> charts.Chart:
    return charts.bar_chart(
        "Iklan ditandai per tanda bahaya",
        [(code_label(c.key), c.count) for c in stats.flags_by_code],
        category_label="Tanda bahaya",
        value_label="Jumlah iklan ditandai",
        colour=charts.RED,
    )


def destinations_chart(stats: Stats) -> charts.Chart:
    return charts.bar_chart(
        "Iklan ditandai per negara tujuan",
        [(country_label(c.key), c.count) for c in stats.by_destination],
        category_label="Negara tujuan",
        value_label="Jumlah iklan ditandai",
    )
