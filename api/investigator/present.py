"""Formatting for the investigators' pages: Indonesian labels, WIB times, rupiah, risk bands,
country names and the high-pay threshold behind a salary."""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from classifier.gazetteer import COUNTRIES
from classifier.rates import ExchangeRates, UnknownCurrencyError
from vocabulary.bands import BAND_LABEL, Band
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
}
SHORT_LINK_LABELS: dict[str, str] = {
    "phone": "Telp",
    "whatsapp": "WA",
    "telegram": "Telegram",
    "email": "E-mail",
    "bank_account": "Rek.",
    "agency": "Agensi",
    "near_duplicate": "Teks mirip",
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
    if kind == "near_duplicate":
        try:
            return f"Teks mirip {float(value) * 100:.0f}%"
        except ValueError:
            return "Teks mirip"
    return f"{SHORT_LINK_LABELS.get(kind, kind)} {value}"


# --------------------------------------------------------------------------- high pay


@lru_cache(maxsize=1)
def _threshold_rows() -> dict[str, dict[str, Any]]:
    raw = resources.files("classifier.data").joinpath("high_pay_thresholds.json").read_text("utf-8")
    return {row["id"]: row for row in json.loads(raw)["thresholds"]}


@lru_cache(maxsize=4)
def _rates(path: str | None) -> ExchangeRates:
    return ExchangeRates.load(Path(path) if path else None)


_ROW_IN_REASON = re.compile(r"\(batas ([\w.-]+)\)")
# Jobs in Indonesia are judged against the minimum wage of their own place: "... di Bali (2×
# UMP Bali 2026 Rp3.207.459)." (classifier/wages.py, docs/minimum_wages.md).
_WAGE_IN_REASON = re.compile(r"\((\d+(?:[.,]\d+)?)× ((?:median )?UM[PK][^()]*?) Rp([\d.]+)\)")


def high_pay_threshold(
    red_flags: list[dict[str, Any]], rates_file: Path | None
) -> tuple[float, str, str] | None:
    """(IDR per month, rule id, basis) of the threshold the classifier judged the pay against.

    The classifier names the row of ``classifier/data/high_pay_thresholds.json`` it used in
    the reason of its ``high_pay`` flag ("... (batas MY-general)"), or for a job in Indonesia
    the multiple of the local minimum wage ("(2× UMP Bali 2026 Rp3.207.459)"); a row's amount
    is converted with the same exchange-rate table. No high_pay flag, no threshold: the
    classifier did not judge the pay, and this page does not guess.
    """
    for flag in red_flags:
        if flag.get("code") != "high_pay":
            continue
        reason = str(flag.get("reason", ""))
        wage = _WAGE_IN_REASON.search(reason)
        if wage is not None:
            multiple = float(wage.group(1).replace(",", "."))
            amount = float(wage.group(3).replace(".", ""))
            return multiple * amount, wage.group(2), f"{wage.group(1)}× {wage.group(2)}"
        match = _ROW_IN_REASON.search(reason)
        row = _threshold_rows().get(match.group(1)) if match else None
        if row is None:
            return None
        try:
            idr = _rates(str(rates_file) if rates_file else None).to_idr(
                float(row["amount"]), str(row["currency"])
            )
        except UnknownCurrencyError:
            return None
        per_month = {"month": 1, "day": 26}.get(str(row.get("per", "month")), 1)
        return idr * per_month, str(row["id"]), str(row.get("basis", ""))
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
