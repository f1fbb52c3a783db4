"""The verdict and red-flag codes, verbatim from ``docs/red_flags.md``.

The codes are stable identifiers used in data files, JSON, the database and the UI.
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

# Fixed order: the model's red-flag head emits one logit per code in this order.
RED_FLAGS: tuple[str, ...] = tuple(RED_FLAG_LABELS)
