"""Formatting for the investigators' pages: Indonesian labels, WIB times, rupiah, risk bands,
country names and the high-pay threshold behind a salary."""

from __future__ import annotations

import datetime as dt
from typing import Any

from classifier.gazetteer import COUNTRIES
from vocabulary.bands import BAND_LABEL, Band
from vocabulary.names import DECISION_LABELS
from vocabulary.red_flags import RED_FLAG_LABELS, RED_FLAGS

WIB = dt.timezone(dt.timedelta(hours=7), "WIB")  # the task force's clock in Kota Jambi

COUNTRY_NAMES: dict[str, str] = {"ID": "Indonesia"} | {code: name for code, name, _ in COUNTRIES}

ENTITY_LABELS: dict[str, str] = {
    "phone": "Telepon",
    "whatsapp": "WhatsApp",
    "telegram": "Telegram",
    "email": "E-mail",
    "url": "Tautan",
    "bank_account": "Rekening bank",
    "agency": "Perusahaan/agensi",
    "licence": "Nomor izin",
    "destination": "Tujuan",
    "job_type": "Jenis pekerjaan",
    "salary": "Gaji",
    "near_duplicate": "Teks hampir sama",
    "same_picture": "Gambar sama",
}
SHORT_LINK_LABELS: dict[str, str] = {
    "phone": "Telp",
    "whatsapp": "WA",
    "telegram": "Telegram",
    "email": "E-mail",
    "bank_account": "Rek.",
    "agency": "Agensi",
    "near_duplicate": "Teks mirip",
    "same_picture": "Gambar sama",
}
REGISTER_LABELS: dict[str, str] = {
    "active": "Terdaftar, izin aktif",
    "revoked": "Izin DICABUT",
    "suspended": "Izin DIBEKUKAN",
    "unknown": "TIDAK ADA di daftar P3MI",
}
PERIOD_LABELS = {"hour": "jam", "day": "hari", "week": "minggu", "month": "bulan", "year": "tahun"}


def wib(value: dt.datetime | None, with_time: bool = True) -> str:
    if value is None:
        return ""
    local = value.astimezone(WIB)
    return local.strftime("%d-%m-%Y %H:%M") if with_time else local.strftime("%d-%m-%Y")


def rupiah(value: float | None) -> str:
    if value is None:
        return ""
    return "Rp" + f"{value:,.0f}".replace(",", ".")


def flag_label(code: str) -> str:
    return RED_FLAG_LABELS.get(code, code)


def flag_order(code: str) -> int:
    return RED_FLAGS.index(code) if code in RED_FLAGS else len(RED_FLAGS)


def band_label(band: Band) -> str:
    """The Indonesian label of a risk band; the band itself comes from the store
    (:mod:`store.services.risk`), by the one rule of :mod:`vocabulary.bands`."""
    return BAND_LABEL[band]


def country(code: str) -> str:
    return COUNTRY_NAMES.get(code.upper(), code)


def link_text(kind: str, value: str) -> str:
    if kind in ("near_duplicate", "same_picture"):  # value: the similarity, 0-1
        try:
            return f"{SHORT_LINK_LABELS[kind]} {float(value) * 100:.0f}%"
        except ValueError:
            return SHORT_LINK_LABELS[kind]
    return f"{SHORT_LINK_LABELS.get(kind, kind)} {value}"


# --------------------------------------------------------------------------- high pay


def high_pay_threshold(red_flags: list[dict[str, Any]]) -> tuple[float, str, str] | None:
    """(IDR per month, rule, basis) of the threshold the classifier judged the pay against.

    The classifier's ``high_pay`` flag carries it as ``details``
    (:class:`classifier.types.PayThreshold`): the limit per month, where it comes from (a row
    of ``classifier/data/high_pay_thresholds.json`` such as "MY-general", or the local minimum
    wage such as "UMP Bali 2026") and how it is set; flags stored before have it too (migration
    0008). No high_pay flag, or one without ``details`` (pay promised without a figure): the
    classifier did not judge a figure, and this page does not guess.
    """
    for flag in red_flags:
        if flag.get("code") != "high_pay":
            continue
        details = flag.get("details")
        if not isinstance(details, dict):
            return None
        try:
            limit = float(details["threshold_idr_month"])
            return limit, str(details["rule"]), str(details["basis"])
        except (KeyError, TypeError, ValueError):
            return None
    return None


# --------------------------------------------------------------------------- audit trail

AUDIT_KEYS: dict[str, str] = {
    "status": "Status",
    "assignee": "Penanggung jawab",
    "decision": "Keputusan",
    "reason": "Alasan",
    "external_ref": "Nomor rujukan",
    "body": "Catatan",
    "filename": "Berkas",
    "snapshots": "Arsip halaman",
    "score": "Skor",
}
_STATUS_WORDS = {
    "new": "Baru",
    "in_review": "Sedang ditinjau",
    "escalated": "Dieskalasi",
    "dismissed": "Bukan pelanggaran",
    "closed": "Ditutup",
}


def _audit_value(key: str, value: Any) -> str:
    if value in (None, ""):
        return "–"
    if key == "status":
        return _STATUS_WORDS.get(str(value), str(value))
    if key == "decision":
        return DECISION_LABELS.get(str(value), str(value))
    if key == "score" and isinstance(value, int | float):
        return f"{value:.2f}"
    return str(value)


def audit_changes(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[str]:
    """One Indonesian line per field an audit entry changed or recorded."""
    before, after = before or {}, after or {}
    lines = []
    for key, label in AUDIT_KEYS.items():
        if key not in before and key not in after:
            continue
        old, new = before.get(key), after.get(key)
        if key in before and key in after:
            if old != new:
                lines.append(f"{label}: {_audit_value(key, old)} → {_audit_value(key, new)}")
        else:
            lines.append(f"{label}: {_audit_value(key, new if key in after else old)}")
    return lines
