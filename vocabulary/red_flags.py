"""The verdict and the red-flag codes, verbatim from ``docs/red_flags.md``, with their labels.

The codes are stable identifiers used in data files, JSON, the database and the UI; the model's
red-flag head emits one logit per code in the order of :data:`RED_FLAGS`.
"""

from __future__ import annotations

VERDICT = "suspicious"

# code -> Indonesian label (docs/red_flags.md, table "Red-flag taxonomy").
RED_FLAG_LABELS: dict[str, str] = {
    "high_pay": "Gaji tidak wajar",
    "upfront_fee": "Biaya di muka",
    "unclear_procedure": "Prosedur tidak jelas",
    "unlicensed_recruiter": "Perekrut tidak berizin",
    "informal_contact": "Kontak tidak resmi",
    "visa_misuse": "Visa tidak sesuai",
    "restricted_destination": "Tujuan/sektor berisiko",
    "vague_job": "Pekerjaan tidak jelas",
    "pressure": "Desakan / kerahasiaan",
    "document_fraud": "Dokumen dipalsukan/ditahan",
    "vulnerable_targeting": "Menyasar kelompok rentan",
    "impersonation": "Mengatasnamakan perusahaan/instansi",
}

# code -> English label, for citizens who write English (ours, plain words).
RED_FLAG_LABELS_EN: dict[str, str] = {
    "high_pay": "Pay too good to be true",
    "upfront_fee": "Money asked in advance",
    "unclear_procedure": "Official steps skipped",
    "unlicensed_recruiter": "Recruiter without a licence",
    "informal_contact": "Only a personal contact",
    "visa_misuse": "Wrong kind of visa",
    "restricted_destination": "Banned or risky destination",
    "vague_job": "Unclear job",
    "pressure": "Pressure or secrecy",
    "document_fraud": "Papers faked or kept",
    "vulnerable_targeting": "Targets vulnerable people",
    "impersonation": "Uses a company's or agency's name",
}

# Fixed order: the model's red-flag head emits one logit per code in this order.
RED_FLAGS: tuple[str, ...] = tuple(RED_FLAG_LABELS)

# Flags serious enough on their own to make a reader look twice (the "medium" band,
# vocabulary.bands): money, visas, papers, banned destinations, targeting the vulnerable,
# skipping the legal procedure, borrowing a real employer's name.
SERIOUS_FLAGS = frozenset(
    {
        "upfront_fee",
        "visa_misuse",
        "document_fraud",
        "restricted_destination",
        "vulnerable_targeting",
        "unclear_procedure",
        "impersonation",
    }
)


def flag_label(code: str) -> str:
    """The Indonesian label of a code (an unknown code is shown as itself)."""
    return RED_FLAG_LABELS.get(code, code)


def flag_order(code: str) -> int:
    """Sort key: the order of docs/red_flags.md, unknown codes last."""
    return RED_FLAGS.index(code) if code in RED_FLAGS else len(RED_FLAGS)
