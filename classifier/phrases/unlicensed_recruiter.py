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
    # A named person as the agent ("our accredited agent Mr. Rizal", "agen kami Pak Anto").
    r"(?:agent|agen)\s+(?:\w+\s+){0,2}(?:mr|mrs|ms|miss|pak|bu|bapak|ibu|mas|mbak|bang|encik|puan)"
    r"\.?\s+[a-z]{3,}",
    r"(?:perekrut|agen|calo)\s+perorangan",
    # The poster arranges everything or keeps the papers ("saya yang uruskan semua", "paspor biar
    # saya pegang", "sudah 15 tahun saya menyalurkan").
    r"(?:saya|aku|sy|gue|gw|ambo)\s+(?:yang|yg)\s+(?:urus\w*|berangkatkan|bawa|antar|tanggung|"
    r"pegang|jemput|carikan)",
    r"biar\s+(?:saya|aku|sy|gue|gw)\s+(?:yang\s+|yg\s+)?(?:pegang|simpan|urus\w*)",
    r"(?:saya|aku|sy)\s+(?:\w+\s+){0,4}menyalurkan",
    r"(?:saya|aku)\s+sendiri\s+(?:yang\s+|akan\s+)?(?:bantu|urus\w*|bawa|hantar|antar|jemput)",
    r"(?:info|tanya|kabar\w*)\s+(?:ke|sama|kat)\s+(?:aku|saya|sy|gw|gue|ambo)(?![a-z])",
    # No company at all, said outright: "gak lewat PT", "tidak perlu melalui P3MI". ("Bukan via
    # agen", "tanpa agen" is also how employers hiring directly and warnings put it.)
    r"(?:gak|ga|tidak|tdk|nggak|enggak|tak)\s+(?:usah\s+|perlu\s+)?(?:lewat|melalui|"
    r"pakai|pake|via)\s+(?:pt|p3mi|agen\w*|agency|perusahaan|yayasan)(?![a-z])",
    r"(?:message|text|chat)\s+me(?![a-z])",
    r"(?:nanti\s+)?(?:aku|saya|sy|gw|gue)\s+(?:inbox|dm|japri|chat|hubungi)",
    r"mandor\s+(?:[a-z]+\s+)?(?:\+?62|0)\s?8",
    r"(?:hub|hubungi|wa|chat|kontak|cp)\s+mandor",
)
# The recruiter is kept unnamed on purpose ("nama perusahaan nanti dikasih tahu", "PT ternama").
HIDDEN_RECRUITER = (
    r"nama\s+(?:perusahaan|pt|company|majikan|agen\w*)\s+(?:\w+\s+){0,2}(?:dirahasiakan|"
    r"menyusul|(?:dikasih|diberi)\s*tahu|diberitahukan|dijelaskan|disampaikan)",
    r"(?:company|employer)\s+name\s+(?:\w+\s+){0,2}(?:given|revealed|disclosed|provided)\s+later",
    r"\((?:name|nama)\s+(?:\w+\s+)?(?:given\s+later|menyusul|nanti)\)",
    r"pt\s+ternama",
    r"(?:pt|perusahaan)(?:nya)?\s+(?:nanti|menyusul|ntar)\s+(?:dikasih|diberi|dikasi)\s*ta(?:h)?u",
    r"perusahaan\s+(?:ternama|terkenal|bonafide)\s+(?:di|yang|butuh|membutuhkan|mencari|buka)",
)
# "Kerja LN", "penempatan LN": abroad, in the short form of chat posts.
OVERSEAS_SHORT = (r"(?:kerja|penempatan|ke|di|negara|tujuan)\s+ln",)

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
    r"ahu-?\d+",
    r"\bsiup\b",
    r"\bnib\b",
    r"izin\s+usaha",
    r"dinas\s+perdagangan",
    r"(?:nomor\s+)?izin\s+(?:\w+\s+){0,2}(?:dapat|bisa|boleh)\s+ditanyakan",
    r"\bppiu\b",
    r"terdaftar\s+di\s+(?:kemenkumham|dinas\s+perdagangan|notaris|oss)",
    r"akta\s+notaris",
    r"\bssm\b",  # Malaysia's company register ("berdaftar dengan SSM")
    # A private "quota" for a government scheme, or places kept for a course's own students.
    r"(?:kuota|quota)\s+(?:eps\s+)?(?:khusus|sendiri|own)",
    r"(?:peserta|alumni|siswa|lulusan)\s+(?:lembaga|lpk|kursus)\s+kami",
    # Not a P3MI at all: a "representative" of a foreign firm or agency, a visa or job
    # "consultancy" (docs/domain.md section 1: only a P3MI places workers).
    r"perwakilan\s+(?:rekrutmen|agen\w*|perusahaan\s+(?:asing|luar\s+negeri|[a-z]+\)))",
    r"(?:perwakilan|representative\s+of)\s+(?:\w+\s+){0,2}(?:agen\w*|agenc\w+|perusahaan|company)\s+"
    r"(?:luar\s+negeri|asing|foreign|overseas|di\s+luar\s+negeri)",
    r"mitra\s+(?:resmi\s+)?(?:luar\s+negeri|pemerintah|disnaker|bp2mi|kp2mi|kemnaker)",
    r"(?:consultancy|konsultan\s+(?:kerja|karir|karier|penempatan|visa|imigrasi))",
    # An outsourcing firm or labour "supplier" is not a placement company either.
    r"(?:alih\s+daya|outsourcing|penyedia\s+tenaga\s+kerja|penyalur\s+tenaga\s+kerja)",
    # A licence promised later ("lesen: akan dimaklumkan", "izin sedang diurus").
    r"(?:lesen|izin\s+(?:perusahaan|penempatan|usaha|agen\w*|p3mi)|licen[cs]e)\s+(?:\w+\s+)?"
    r"[:\-]?\s*(?:akan\s+dimaklumkan|menyusul|sedang\s+(?:diurus|diproses)|dalam\s+proses|"
    r"pending|in\s+process)",
)
PERSONAL_ACCOUNT = (
    r"rekening\s+pribadi",
    r"a\.?\s?n\.?\s+(?:bapak\s+|ibu\s+|bu\s+|pak\s+)?[a-z]+",
    r"atas\s+nama\s+[a-z]+",
    r"e-?wallet\s+(?:admin|pribadi)",
)
# An employer named without "PT"/"CV": a board's "Perusahaan: ..." line, a clinic, hotel or shop
# that "is hiring" or heads the post with its place ("Klinik X · Kota Jambi").
_LOCAL_BUSINESS = (
    r"(?:klinik|hotel|minimarket|rumah\s+makan|sekolah|bengkel|toko|apotek|restoran|resto|"
    r"kafe|cafe|rumah\s+sakit|rs|bimbel|salon|laundry|koperasi|yayasan)"
)
NAMED_EMPLOYER = (
    r"(?:perusahaan|employer|pemberi\s+kerja|nama\s+usaha|company)\s*:\s*(?=[a-z])",
    _LOCAL_BUSINESS + r"\s+[a-z]+(?:\s+[a-z]+)?(?=[ \t]*(?:\n|[·|—–]|-\s))",
    r"[a-z]+\s+[a-z]+\s+(?:sedang\s+)?(?:membuka|buka)\s+lowongan",
)
