"""Phrases of the ``restricted_destination`` rule: the Middle East moratorium, the
online-scam hubs and Korea's government-to-government scheme (docs/domain.md section 3).
"""

from __future__ import annotations

from classifier.phrases.shared import G_TO_G

# Kepmenaker 260/2015 (docs/domain.md section 3): household employers in these countries.
MORATORIUM_COUNTRIES = frozenset(
    [
        "SA",
        "AE",
        "QA",
        "KW",
        "OM",
        "BH",
        "JO",
        "EG",
        "IQ",
        "LB",
        "LY",
        "SY",
        "YE",
        "DZ",
        "MA",
        "TN",
        "SD",
        "PS",
        "MR",
    ]
)
MIDDLE_EAST_WORDS = (r"timur\s+tengah", r"middle\s+east", r"negara\s+arab", r"gulf")
SPSK = (
    r"spsk",
    r"sistem\s+penempatan\s+satu\s+kanal",
    r"satu\s+kanal",
    r"one[\s-]channel",
    r"syarikah",
    r"syarikat\s+resmi",
)
# The one-channel scheme places with Saudi companies on work visas: an advert that names SPSK
# yet sends the worker to a household directly or on a visit or umrah visa is not using it.
SPSK_UNDONE = (
    r"majikan\s+(?:perorangan|perseorangan|langsung|orang\s+saudi\s+langsung)",
    r"(?:tanpa|bukan\s+lewat|tidak\s+lewat)\s+syarikah",
    r"langsung\s+ke\s+(?:keluarga|rumah)",
    r"visa\s+(?:umrah|umroh|ziarah|kunjungan|turis|wisata|visit)",
)
DOMESTIC_WORK_JOBS = frozenset({"domestic_worker", "caregiver"})
SCAM_HUBS = frozenset({"KH", "MM", "LA", "PH", "TH"})  # docs/domain.md section 3, scam compounds
# Any word of the work a scam compound recruits for. Eleven entries also stand in
# vague_job.VAGUE_OFFICE_JOBS, in another order among other titles: each list is its own
# rule's (the order of alternatives decides which words a match quotes), not a copy.
SCAM_JOB_WORDS = (
    r"online",
    r"game",
    r"crypto",
    r"kripto",
    r"judi",
    r"slot",
    r"casino",
    r"kasino",
    r"scam\w*",
    r"operator",
    r"admin",
    r"customer\s+(?:service|support)",
    r"\bcs\b",
    r"call\s+cent(?:er|re)",
    r"marketing",
    r"telemarketing",
    r"data\s+entry",
    r"typing",
    r"input\s+data",
    r"chat\w*",
    r"translator",
    r"penerjemah",
    r"it\s+support",
    r"sokongan\s+pelanggan",
    r"khidmat\s+pelanggan",
    r"bpo",
    r"komputer",
    r"customer\s+(?:care|experience|relations?|success)",
    r"client\s+(?:relations?|services?|support|care)",
    r"(?:player|user|game)\s+support",
    r"business\s+development",
    r"back\s+office",
    r"content\s+moderat\w*",
    r"jaga\W+sistem",
    r"entri\s+data",
    r"(?:kerja\s+)?(?:taip|menaip)",
    r"support\s+(?:associate|agent|staff|specialist|officer)",
    r"bilingual",
    r"live\s*-?\s*stream\w*",
    r"host\s+live",
    r"tele\s?sales",
    r"(?:membalas|balas)\s+(?:pesan|chat)\s+(?:pelanggan|klien|customer|member|pemain)",
    r"percakapan\s+dengan\s+(?:klien|pelanggan|client)",
    r"pelayanan\s+pelanggan",
)
# Household work in words the job-type list does not carry: the family's driver or cook, the
# baby-sitter, "TKW" (docs/domain.md section 3: the moratorium covers household employers).
HOUSEHOLD_WORDS = (
    r"(?:bersih|beres)-?\s*(?:bersih\s+)?rumah",
    r"jaga\s+anak",
    r"masak\s+untuk\s+keluarga",
    r"house\s*work",
    r"rumah\s+tangga",
    r"(?:sopir|supir|driver|pengemudi)\s+(?:pribadi\s+)?keluarga",
    r"(?:sopir|supir)\s+pribadi",
    r"(?:family|private|personal)\s+(?:driver|cook|chef)",
    r"(?:juru|tukang|koki)\s+masak\s+(?:keluarga|rumah)",
    r"baby\s*-?sitter",
    r"(?:pengasuh|penjaga)\s+(?:anak|bayi|lansia|nenek|kakek|orang\s+tua)",
    r"jaga\s+(?:nenek|kakek|lansia|bayi|orang\s+tua)",
    r"house\s*maid",
    r"nanny",
    r"\btkw\b",
    r"pembantu(?:\s+rumah)?",
    r"penata\s+laksana\s+rumah",
    r"\b(?:art|prt)\b(?!\s+(?:director|teacher|gallery|design))",
    r"(?:di\s+)?rumah\s+(?:majikan|keluarga|urang\s+kayo|orang\s+kaya)",
    r"(?:cleaner|maid|cook|driver)\s+for\s+(?:a\s+)?family",
    r"jaga\s+rumah",
    r"babu",
)
# Night-life work in the compound towns of Cambodia, Myanmar and Laos (hostess, KTV, "VIP
# companion"), recruited alongside the scam desks.
COMPOUND_NIGHT_WORK = (
    r"hostess",
    r"host\s+karaoke",
    r"ktv",
    r"karaoke",
    r"lounge",
    r"guest\s+relations?(?:\s+officer)?",
    r"\bgro\b",
    r"companion",
    r"pemandu\s+(?:lagu|tamu)",
    r"\blc\b",
    r"pusat\s+hiburan",
    r"klub\s+(?:malam|eksekutif)",
)
# A Korean placement claiming the G to G scheme while selling a back door (docs/domain.md
# section 2: there is no "jalur khusus" and no quota for sale).
KOREA_BACKDOOR = (
    r"jalur\s+(?:khusus|belakang|orang\s+dalam)",
    r"orang\s+dalam",
    r"kuota\s+titipan",
    r"dijual\s+(?:cepat\s+)?(?:kursi|kuota|slot)",
    r"kursi\s+terakhir",
    r"(?:kurang|tidak\s+lulus|gagal)\s+(?:jg|juga)?\s*(?:bisa|boleh)\s+masuk",
)
# Korea EPS is government-to-government only (docs/domain.md section 2).
KOREA_OFFICIAL = (*G_TO_G, r"hrd\s+korea")
KOREA_PRIVATE = (
    r"lpk",
    r"lembaga\s+(?:kursus|pelatihan|bahasa)",
    r"jalur\s+(?:mandiri|swasta|khusus|"
    r"cepat|belakang|kuota|sponsor|orang\s+dalam)",
    r"kuota\s+(?:eps\s+)?(?:khusus|sisa|"
    r"tambahan|orang\s+dalam)",
    r"tanpa\s+(?:ikut\s+)?(?:eps|topik|tes|test|ujian)",
    r"visa\s+e-?9\s+khusus",
    r"non[\s-]?eps",
    r"(?:dijamin|garansi|jaminan)\s+(?:lolos|lulus|berangkat|penempatan|kerja|masuk)",
    r"agen(?:cy)?",
    r"sponsor",
    r"calo",
    r"penempatan\s+(?:kerja\s+)?(?:di\s+)?(?:korea|pabrik)",
    r"mitra\s+kami",
    r"visa\s+(?:e-?9|e-?7|e-?10)\s+(?:diurus|dijamin)",
    r"magang\s+(?:ke|di)\s+korea",
    # The private channel offered as a short cut past the official queue.
    r"lewat\s+(?:pt|agen|kantor)\s+kami",
    r"(?:gk|gak|ga|tidak|tak|tanpa|nggak)\s+(?:usah|perlu)\s+(?:antri|antre|daftar\s+sendiri|ikut\s+tes)",
    r"tanpa\s+(?:antri|antre|antrian|antrean)",
)
