"""The register of licensed placement companies (P3MI with their SIP3MI licence), imported
from the CSV the ministry publishes, and the check of the agencies an advert names against it.

Import is all or nothing: the whole file is read and checked first, and one error (a missing
column, an empty name, an unknown status) stops it with a message naming the line, before
anything is written. Rows are matched to what is stored by licence number (else by name), so
importing this month's list updates a revoked licence in place; agencies missing from a newer
file are kept (the register is evidence of what was known when a case was decided).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from store.db import transaction
from store.errors import InvalidInput
from store.models import Agency, Entity, User, utcnow
from store.services import audit

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 50_000
MAX_ERRORS_SHOWN = 20
STATUSES = ("active", "revoked", "suspended")
STATUS_LABELS = {"active": "Aktif", "revoked": "Dicabut", "suspended": "Dibekukan"}

# Column headings as they appear in the ministry's files and in hand-made spreadsheets.
_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name", "nama", "nama_perusahaan", "nama_p3mi", "perusahaan", "company"),
    "licence_number": (
        "licence_number",
        "license_number",
        "licence",
        "license",
        "licence_no",
        "license_no",
        "nomor_izin",
        "no_izin",
        "izin",
        "nomor_sip3mi",
        "no_sip3mi",
        "sip3mi",
    ),
    "address": ("address", "alamat", "alamat_kantor"),
    "status": ("status", "status_izin"),
}
_STATUS_WORDS = {
    "active": "active", "aktif": "active", "berlaku": "active",
    "revoked": "revoked", "dicabut": "revoked", "cabut": "revoked",
    "suspended": "suspended", "dibekukan": "suspended", "beku": "suspended",
    "ditangguhkan": "suspended",
}  # fmt: skip
# Words around a licence number that differ between an advert and the register: the name of
# the permit, as the advert extractor writes it before the number (classifier.entities:
# "SIP3MI 7/0456/PK.02/2023", "IZIN P3MI 7/0456/...", "SIUP P3MI ...", "LICENSE NO. ..."),
# and "No."/"Nomor". Left in, "izin P3MI No. 7/0456" would not find licence 7/0456 and a
# revoked licence would be reported as missing from the register.
_LICENCE_WORDS = re.compile(
    r"\b(SIP3MI|SIP2MI|SIPPMI|SIPPTKIS|SIPPTKI|SIUP|P3MI|KEP|IZIN|IJIN|USAHA|LICENSE|LICENCE|"
    r"NO|NOMOR|NOMER|NUMBER|NR)\b\.?"
)
_LEGAL_FORMS = {"PT", "PERSERO", "TBK"}
# What an advert may put before a company's name without it being part of the name:
# "P3MI PT Cahaya Timur Sejahtera" is PT Cahaya Timur Sejahtera, the placement company.
_NAME_CATEGORY_WORDS = {"P3MI"}


def fold_name(name: str) -> str:
    """A company name for matching: upper-case, punctuation and the legal form ("PT") dropped,
    so "PT. Bahari Sejahtera Mandiri" and "BAHARI SEJAHTERA MANDIRI" match."""
    text = unicodedata.normalize("NFKC", name).upper()
    words = re.sub(r"[^0-9A-Z]+", " ", text).split()
    return " ".join(w for w in words if w not in _LEGAL_FORMS)[:300]


def licence_key(number: str) -> str:
    """A licence number for matching: "SIP3MI No. 2/1240/PK.02/2025" → "21240PK022025", and
    "Izin P3MI No. 2/1240/PK.02/2025" → the same."""
    text = _LICENCE_WORDS.sub(" ", unicodedata.normalize("NFKC", number).upper())
    return re.sub(r"[^0-9A-Z]", "", text)


def advert_name_keys(name: str) -> list[str]:
    """The register keys a company named in an advert may be filed under, best first: the name
    folded as the register folds it, then without a category word before it ("P3MI PT Cahaya
    Timur Sejahtera" → "CAHAYA TIMUR SEJAHTERA")."""
    key = fold_name(name)
    words = key.split()
    while words and words[0] in _NAME_CATEGORY_WORDS:
        words = words[1:]
    bare = " ".join(words)
    return [k for k in dict.fromkeys((key, bare)) if k]


@dataclass(frozen=True)
class AgencyRow:
    line: int
    name: str
    licence_number: str
    address: str
    status: str


def _decode(data: bytes) -> str:
    if len(data) > MAX_BYTES:
        raise InvalidInput(f"Berkas terlalu besar (maksimal {MAX_BYTES // (1024 * 1024)} MB).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        # Spreadsheets saved on Windows in Indonesia are often Windows-1252.
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise InvalidInput("Berkas bukan teks CSV (simpan sebagai CSV UTF-8).") from None


def _delimiter(first_line: str) -> str:
    # Excel with Indonesian regional settings writes ";" between columns.
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _heading(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.strip().lower()).strip("_")


def parse_csv(data: bytes) -> list[AgencyRow]:
    """Read and check a register file; raises InvalidInput listing every bad line."""
    text = _decode(data)
    if not text.strip():
        raise InvalidInput("Berkas kosong: tidak ada baris judul maupun data.")
    first = text.lstrip("\r\n").splitlines()[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first))
    header: list[str] | None = None
    index: dict[str, int] = {}
    rows: list[AgencyRow] = []
    errors: list[str] = []
    seen_licence: dict[str, int] = {}
    last_line = 0
    try:
        for record in reader:
            line, last_line = last_line + 1, reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if header is None:
                header = [_heading(h) for h in record]
                for column, names in _COLUMNS.items():
                    for i, h in enumerate(header):
                        if h in names:
                            index[column] = i
                            break
                missing = [c for c in _COLUMNS if c not in index]
                if missing:
                    raise InvalidInput(
                        f"Baris {line} (judul): kolom {', '.join(missing)} tidak ada. "
                        f"Judul yang terbaca: {', '.join(record) or '(kosong)'}. "
                        "Judul yang diperlukan: name, licence_number, address, status "
                        "(atau nama, nomor_izin, alamat, status)."
                    )
                continue
            if len(record) > len(header):
                errors.append(f"Baris {line}: {len(record)} kolom, judul hanya {len(header)}.")
                continue

            def cell(column: str, rec: list[str] = record) -> str:
                i = index[column]
                return rec[i].strip() if i < len(rec) else ""

            name, number, status_word = cell("name"), cell("licence_number"), cell("status")
            if not name:
                errors.append(f"Baris {line}: nama perusahaan kosong.")
            status = _STATUS_WORDS.get(status_word.lower())
            if status is None:
                shown = f"'{status_word}'" if status_word else "kosong"
                errors.append(
                    f"Baris {line}: status {shown} tidak dikenal "
                    "(pakai active/aktif, revoked/dicabut, atau suspended/dibekukan)."
                )
            key = licence_key(number)
            if key:
                if key in seen_licence:
                    errors.append(
                        f"Baris {line}: nomor izin {number} sudah ada di baris {seen_licence[key]}."
                    )
                else:
                    seen_licence[key] = line
            if name and status:
                rows.append(AgencyRow(line, name[:300], number[:200], cell("address"), status))
            if len(rows) > MAX_ROWS:
                raise InvalidInput(f"Terlalu banyak baris (maksimal {MAX_ROWS}).")
    except csv.Error as exc:
        raise InvalidInput(f"Baris {reader.line_num}: CSV tidak dapat dibaca ({exc}).") from None
    if errors:
        more = len(errors) - MAX_ERRORS_SHOWN
        listed = errors[:MAX_ERRORS_SHOWN] + ([f"… dan {more} galat lainnya."] if more > 0 else [])
        raise InvalidInput(
            "Berkas tidak diimpor (tidak ada yang disimpan). Perbaiki lalu unggah lagi: "
            + " ".join(listed)
        )
    if not rows:
        raise InvalidInput("Berkas hanya berisi judul: tidak ada baris data.")
    return rows


@dataclass
class ImportResult:
    rows: int
    created: int
    updated: int
    unchanged: int
    changed_names: list[str] = field(default_factory=list)


def import_csv(
    factory: sessionmaker[Session], data: bytes, actor: User | str, *, filename: str = ""
) -> ImportResult:
    """Check the whole file, then upsert every row in one transaction (all or nothing)."""
    rows = parse_csv(data)
    now = utcnow()
    result = ImportResult(rows=len(rows), created=0, updated=0, unchanged=0)
    with transaction(factory) as session:
        stored = list(session.scalars(select(Agency)))
        by_licence = {
            licence_key(a.licence_number): a for a in stored if licence_key(a.licence_number)
        }
        by_name = {a.name_key: a for a in stored}
        for row in rows:
            key = licence_key(row.licence_number)
            agency = by_licence.get(key) if key else None
            if agency is None:
                agency = by_name.get(fold_name(row.name))
                # A name listed with a different licence number is a different licence.
                if (
                    agency is not None
                    and key
                    and licence_key(agency.licence_number) not in ("", key)
                ):
                    agency = None
            new_values = {
                "name": row.name,
                "name_key": fold_name(row.name),
                "licence_number": row.licence_number,
                "address": row.address,
                "status": row.status,
            }
            if agency is None:
                agency = Agency(**new_values, imported_at=now)
                session.add(agency)
                result.created += 1
            else:
                before = {k: getattr(agency, k) for k in new_values if k != "name_key"}
                if all(getattr(agency, k) == v for k, v in new_values.items()):
                    result.unchanged += 1
                    continue
                for k, v in new_values.items():
                    setattr(agency, k, v)
                agency.imported_at = now
                session.flush()
                audit.record(
                    session,
                    actor=actor,
                    action="agency.update",
                    target_type="agency",
                    target_id=agency.id,
                    before=before,
                    after={k: v for k, v in new_values.items() if k != "name_key"},
                )
                result.updated += 1
                result.changed_names.append(row.name)
            if key:
                by_licence[key] = agency
            by_name[agency.name_key] = agency
        session.flush()
        audit.record(
            session,
            actor=actor,
            action="agency.import",
            target_type="agency_register",
            target_id="p3mi",
            after={
                "filename": filename,
                "rows": result.rows,
                "created": result.created,
                "updated": result.updated,
                "unchanged": result.unchanged,
            },
        )
    return result


def list_agencies(
    session: Session, q: str = "", *, limit: int = 50, offset: int = 0
) -> tuple[list[Agency], int]:
    stmt = select(Agency)
    if q.strip():
        folded, key = fold_name(q), licence_key(q)
        conds = [Agency.name_key.contains(folded)] if folded else []
        if key:
            conds.append(func.upper(Agency.licence_number).contains(q.strip().upper()))
        if conds:
            stmt = stmt.where(or_(*conds))
    total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = session.scalars(stmt.order_by(Agency.name_key, Agency.id).limit(limit).offset(offset))
    return list(rows), int(total)


def register_info(session: Session) -> tuple[int, dt.datetime | None]:
    """How many agencies are registered and when the register was last imported."""
    count, last = session.execute(select(func.count(Agency.id), func.max(Agency.imported_at))).one()
    if isinstance(last, dt.datetime) and last.tzinfo is None:  # SQLite aggregates lose the type
        last = last.replace(tzinfo=dt.UTC)
    elif isinstance(last, str):
        last = dt.datetime.fromisoformat(last).replace(tzinfo=dt.UTC)
    return int(count or 0), last


# --------------------------------------------------------------------------- advert check

CheckStatus = Literal["active", "revoked", "suspended", "unknown"]


@dataclass
class AgencyCheck:
    """One agency name or licence number found in an advert, looked up in the register."""

    kind: str  # "agency" | "licence"
    value: str
    start: int | None
    end: int | None
    status: CheckStatus
    agency_name: str = ""
    licence_number: str = ""

    @property
    def licensed(self) -> bool:
        return self.status == "active"


@dataclass
class RegisterCheck:
    register_size: int
    imported_at: dt.datetime | None
    checks: list[AgencyCheck]

    @property
    def suspect(self) -> list[AgencyCheck]:
        """Names or numbers that are not on the register, or whose licence is not active.
        Nothing is suspect while the register is empty: no list, no judgement."""
        if not self.register_size:
            return []
        return [c for c in self.checks if not c.licensed]


def check_entities(session: Session, entities: Iterable[Entity]) -> RegisterCheck:
    size, imported_at = register_info(session)
    found = [e for e in entities if e.kind in ("agency", "licence")]
    by_licence: dict[str, Agency] = {}
    if size and any(e.kind == "licence" for e in found):
        # Licence numbers are written every which way; compare their folded keys. The
        # register holds hundreds of companies, so reading their numbers is cheap.
        for a in session.scalars(select(Agency).where(Agency.licence_number != "")):
            by_licence.setdefault(licence_key(a.licence_number), a)
    checks: list[AgencyCheck] = []
    for e in found:
        agency: Agency | None = None
        if size and e.kind == "licence":
            agency = by_licence.get(licence_key(e.value))
        elif size:
            for key in advert_name_keys(e.value):
                agency = session.scalar(
                    select(Agency).where(Agency.name_key == key).order_by(Agency.id).limit(1)
                )
                if agency is not None:
                    break
        status: CheckStatus = "unknown"
        if agency is not None and agency.status in STATUSES:
            status = agency.status  # type: ignore[assignment]
        checks.append(
            AgencyCheck(
                kind=e.kind,
                value=e.value,
                start=e.start,
                end=e.end,
                status=status,
                agency_name=agency.name if agency else "",
                licence_number=agency.licence_number if agency else "",
            )
        )
    return RegisterCheck(size, imported_at, checks)
