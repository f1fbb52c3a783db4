"""the high_pay flag carries its threshold as data

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 19:00:00.000000

The classifier now gives its ``high_pay`` flag a ``details`` object beside the Indonesian
reason: the threshold it judged the pay against (``threshold_idr_month``), the rule it came
from (``rule``: a row id of ``classifier/data/high_pay_thresholds.json``, or the minimum wage
for work in Indonesia, "UMP Bali 2026"), how that limit is set (``basis``) and, for work in
Indonesia, the place whose minimum wage applied (``place``). The investigators' page reads it
instead of parsing the reason.

This writes ``details`` into the ``high_pay`` flags of classifications stored before, by
reading their reasons once, with the patterns the page used. A reason naming a table row gets
that row's amount at the exchange rates shipped in 2026-01 (the page converted it at the
configured rates); a reason the patterns do not read (pay promised without a figure) gets no
``details``, as the classifier gives none there. Downgrading removes the key from every flag.
"""

import re
from collections.abc import Iterator, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 1000

classifications = sa.table(
    "classifications",
    sa.column("id", sa.Integer()),
    sa.column("red_flags", sa.JSON()),
)

# Frozen here, not imported: what this revision writes must not change with later code.
# The reason of a high_pay flag judged against a row of high_pay_thresholds.json ends
# "(batas MY-domestic)"; one judged against a minimum wage ends "di Bali (2× UMP Bali 2026
# Rp3.207.459)" or, with no place named, "yang tempatnya tidak disebut (2× median UMP nasional
# 2026 Rp...)" (the patterns of api/investigator/present.py before this revision).
ROW_IN_REASON = re.compile(r"\(batas ([\w.-]+)\)")
WAGE_IN_REASON = re.compile(r"\((\d+(?:[.,]\d+)?)× ((?:median )?UM[PK][^()]*?) Rp([\d.]+)\)")
PLACE_IN_REASON = re.compile(r"untuk pekerjaan ini di (.+?) \(\d")

# Every row of high_pay_thresholds.json as of 2026-12 (retired ones included: old reasons name
# them): its id, its monthly amount in rupiah at the rates of exchange_rates.json of 2026-01,
# and its basis.
ROWS: dict[str, tuple[int, str]] = {
    "ID-kota-jambi": (7_500_000, "2x UMK Kota Jambi 2025 (Rp3.61 jt)"),
    "ID-young-women-lure": (6_000_000, "Batam LC lure of Rp8 jt (domain.md section 5)"),
    "online-task": (
        5_000_000,
        "task-scam pattern: Rp300k/day or Rp5 jt/month for like/rate tasks",
    ),
    "MY-general": (11_850_000, "1.75x RM1,700 minimum wage"),
    "MY-domestic": (9_875_000, "1.65x RM1,500 (2022 MoU)"),
    "SG-FDW": (12_900_000, "1.6x S$600 market average"),
    "HK-FDH": (17_040_000, "1.55x HK$5,100 minimum allowable wage"),
    "TW-factory": (24_750_000, "1.4x NT$32,000 average incl. overtime"),
    "TW-caregiver": (16_500_000, "1.3x NT$23,000 average"),
    "KR-EPS": (40_460_000, "1.6x the KRW 2.10 m monthly minimum"),
    "JP-SSW": (33_600_000, "1.6-1.8x minimum-wage month"),
    "JP-intern": (22_400_000, "2x IM Japan year-1 allowance"),
    "ME-domestic": (11_075_000, "1.65x SAR 1,500 (SPSK minimum)"),
    "scam-hubs": (9_960_000, "lures of US$1,000-1,500 against a US$208 local minimum"),
    "overseas-unspecified": (
        15_000_000,
        "'Overseas, destination unspecified, tanpa pengalaman': above every legitimate "
        "unskilled reference except Korea and Japan; used for any country without its own "
        "row, only when the advert asks for no experience or schooling",
    ),
    "overseas-other": (
        45_000_000,
        "3x the unskilled overseas row (about US$2,700 or EUR 2,300), for destinations and "
        "jobs without a section 4 reference wage (Europe, Australia, Canada, cruise ships, "
        "Gulf formal jobs); UNCERTAIN, not in domain.md",
    ),
    "ID-default": (7_500_000, "no place named: treated as local work (2x UMK Kota Jambi)"),
}


def details_from_reason(reason: str) -> dict[str, Any] | None:
    """The ``details`` of a high_pay flag, read from its reason; None when it names no limit."""
    wage = WAGE_IN_REASON.search(reason)
    if wage is not None:
        multiple = float(wage.group(1).replace(",", "."))
        amount = float(wage.group(3).replace(".", ""))
        place = PLACE_IN_REASON.search(reason)
        return {
            "threshold_idr_month": round(multiple * amount),
            "rule": wage.group(2),
            "basis": f"{wage.group(1)}× {wage.group(2)}",
            "place": place.group(1) if place else None,
        }
    row = ROW_IN_REASON.search(reason)
    if row is None or row.group(1) not in ROWS:
        return None
    idr, basis = ROWS[row.group(1)]
    return {"threshold_idr_month": idr, "rule": row.group(1), "basis": basis, "place": None}


def _rows(conn: sa.Connection) -> Iterator[tuple[int, Any]]:
    """Classifications that may hold a high_pay flag, in batches by id."""
    maybe = sa.cast(classifications.c.red_flags, sa.Text).like("%high_pay%")
    last = 0
    while True:
        batch = conn.execute(
            sa.select(classifications.c.id, classifications.c.red_flags)
            .where(classifications.c.id > last, maybe)
            .order_by(classifications.c.id)
            .limit(BATCH)
        ).all()
        if not batch:
            return
        yield from ((cid, flags) for cid, flags in batch)
        last = batch[-1][0]


def upgrade() -> None:
    conn = op.get_bind()
    for cid, red_flags in _rows(conn):
        flags = list(red_flags or [])
        changed = False
        for i, flag in enumerate(flags):
            if not isinstance(flag, dict) or flag.get("code") != "high_pay" or "details" in flag:
                continue
            details = details_from_reason(str(flag.get("reason") or ""))
            if details is not None:
                flags[i] = {**flag, "details": details}
                changed = True
        if changed:
            conn.execute(
                sa.update(classifications)
                .where(classifications.c.id == cid)
                .values(red_flags=flags)
            )


def downgrade() -> None:
    conn = op.get_bind()
    for cid, red_flags in _rows(conn):
        flags = list(red_flags or [])
        if any(isinstance(f, dict) and "details" in f for f in flags):
            flags = [
                {k: v for k, v in f.items() if k != "details"} if isinstance(f, dict) else f
                for f in flags
            ]
            conn.execute(
                sa.update(classifications)
                .where(classifications.c.id == cid)
                .values(red_flags=flags)
            )
