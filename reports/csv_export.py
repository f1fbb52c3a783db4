"""The monthly report as CSV: one long table (``bagian, kode, label, nilai, keterangan``) that a
spreadsheet can filter and pivot. ``nilai`` is a plain machine number (dot decimal, no
grouping); ``label`` is what people read. Written with a UTF-8 BOM so that Excel, which the
task force's secretariat uses, reads the Indonesian text correctly."""

from __future__ import annotations

import csv
import io

from reports import present
from reports.monthly import Report

HEADER = ("bagian", "kode", "label", "nilai", "keterangan")


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(round(float(value), 4))


def rows(report: Report) -> list[tuple[str, str, str, str, str]]:
    s = report.stats
    out: list[tuple[str, str, str, str, str]] = [
        ("laporan", "judul", report.title, "", ""),
        ("laporan", "mulai", "Mulai periode", "", s.start.isoformat()),
        ("laporan", "akhir", "Akhir periode (tidak termasuk)", "", s.end.isoformat()),
        ("laporan", "wilayah", "Wilayah", "", s.region or "Semua wilayah"),
        ("laporan", "versi_model", "Versi model", "", report.model_version),
        ("laporan", "dibuat", "Dibuat", "", s.generated_at.isoformat()),
    ]
    out += [("ringkasan", f.key, f.label, _num(f.raw), f.value) for f in present.headline(s)]
    out += [("keputusan", "other", "Diputuskan lainnya (ditutup)", _num(s.outcomes.other), "")]
    out += [
        ("tanda_bahaya", c.key, present.code_label(c.key), _num(c.count), "")
        for c in s.flags_by_code
    ]
    out += [
        ("negara_tujuan", c.key, present.country_label(c.key), _num(c.count), "")
        for c in s.by_destination
    ]
    out += [("sumber", c.key, present.source_label(c.key), _num(c.count), "") for c in s.by_source]
    out += [
        ("saluran", c.key, present.channel_label(c.key), _num(c.count), "") for c in s.by_channel
    ]
    out += [
        ("cek_warga", c.key, present.band_label(c.key), _num(c.count), "") for c in s.citizen_checks
    ]
    out += [
        ("cek_warga_saluran", c.key, present.check_channel_label(c.key), _num(c.count), "")
        for c in s.citizen_checks_by_channel
    ]
    for w in s.weekly:
        out.append(("tren_dirayapi", w.week, f"Mulai {w.start.isoformat()}", _num(w.crawled), ""))
        out.append(("tren_ditandai", w.week, f"Mulai {w.start.isoformat()}", _num(w.flagged), ""))
    out += [
        (
            "klaster",
            f"{c.kind}:{c.value}",
            present.KIND_LABELS.get(c.kind, c.kind),
            _num(c.adverts),
            f"{c.escalated_adverts} dieskalasi" + ("; nomor disamarkan" if c.masked else ""),
        )
        for c in s.clusters
    ]
    out += [
        (
            "kasus_dieskalasi",
            str(c.case_id),
            c.title,
            "",
            f"rujukan: {c.external_ref or '-'}; keputusan: {c.decision or '-'}; "
            f"tanggal: {c.decided_at.astimezone(present.WIB).date().isoformat()}; "
            f"iklan #{c.advert_id}",
        )
        for c in s.escalated_cases
    ]
    return out


# A cell starting with one of these is a formula to Excel and LibreOffice; advert titles come
# from the web, so one could run a formula on the secretariat's computer ("CSV injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def render_csv(report: Report) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(HEADER)
    # ``nilai`` (index 3) is always a plain number we wrote; the text columns are defused.
    writer.writerows(
        tuple(cell if i == 3 else _safe(cell) for i, cell in enumerate(row)) for row in rows(report)
    )
    return buf.getvalue().encode("utf-8-sig")
