"""Phrases of the ``unlicensed_recruiter`` rule: individual recruiters, vague claims to be
licensed, registrations that are not a placement licence, personal accounts.
"""

from __future__ import annotations

INDIVIDUAL_RECRUITER = (
    r"sponsor",
    r"calo",
    r"tekong",
    r"cukong",
    r"agen\s+(?:perorangan|pribadi|lapangan|"
    r"freelance)",
    r"(?:kak|bang|mas|mbak|bos|boss|pak|bu|om|tante)\s+admin",
    r"perekrut",
    r"koordinator",
    r"(?:hubungi|hub|japri|kontak|chat|wa|dm)\s+(?:saya|aku|kakak|kak|bos|"
    r"bang|mas|mbak|om|tante|ustaz\w*|pak|bu|ibu|bapak)\b",
    r"lewat\s+saya",
    r"via\s+saya",
    r"(?:saya|aku)\s+(?:bisa\s+)?(?:bantu|berangkatkan|urus|uruskan|carikan|bawa|antar)",
    r"(?:teman|kenalan|saudara|keluarga)\s+(?:saya|aku|kami)\s+(?:di|yang)",
    r"bos\s+(?:saya|aku|kami)",
    r"\bbos\b",
    r"agent\s+(?:kami|saya)",
    r"recruiter\s+(?:kami|saya)",
    r"pl\s+(?:kami|saya)",
    r"(?:individual|personal)\s+(?:agent|recruiter)",
    r"ejen",
    r"referral",
    r"orang\s+dalam",
)
# A claim to be "resmi", "legal" or "berizin" with nothing to check it against. (Until
# 2026-12-07 this list began with a pasted copy of vague_job's task-app words, so "follow akun"
# was quoted as a licence claim; a quote must show the flag it stands for.)
LICENCE_CLAIM_VAGUE = (
    r"(?:pt|agen|agensi|perusahaan|kantor)\s+(?:resmi|legal|terpercaya|berizin)",
    r"resmi\s+(?:dan|&)\s+(?:terpercaya|legal|aman)",
    r"100\s*%\s*(?:resmi|legal|aman)",
    r"(?:dijamin|pasti)\s+(?:resmi|legal|aman)",
    r"legal\s+(?:dan|&)\s+aman",
)
# Sending readers to licensed companies in general ("melalui P3MI berizin") rather than recruiting.
POINTS_TO_P3MI = (
    r"(?:melalui|lewat|oleh|hanya|daftar\s+(?:di|ke))\s+(?:\w+\s+){0,2}p3mi\s+(?:yang\s+)?"
    r"(?:berizin|resmi|terdaftar)",
    r"p3mi\s+(?:yang\s+)?(?:berizin|resmi|terdaftar)\s+(?:di|dan|atau|,)",
    r"(?:licensed|registered)\s+(?:recruitment\s+)?(?:agenc(?:y|ies)|companies|p3mi)\s+only",
)
# Registrations that are not a placement licence (a P3MI needs an SIP3MI, docs/domain.md section 1).
WRONG_LICENCE = (
    r"kemenkumham",
    r"ahu-?\d",
    r"\bsiup\b",
    r"\bnib\b",
    r"izin\s+usaha",
    r"dinas\s+perdagangan",
    r"(?:nomor\s+)?izin\s+(?:\w+\s+){0,2}(?:dapat|bisa|boleh)\s+ditanyakan",
    r"\bppiu\b",
    r"terdaftar\s+di\s+(?:kemenkumham|dinas\s+perdagangan|notaris|oss)",
    r"akta\s+notaris",
)
PERSONAL_ACCOUNT = (
    r"rekening\s+pribadi",
    r"a\.?\s?n\.?\s+(?:bapak\s+|ibu\s+|bu\s+|pak\s+)?[a-z]+",
    r"atas\s+nama\s+[a-z]+",
    r"e-?wallet\s+(?:admin|pribadi)",
)
