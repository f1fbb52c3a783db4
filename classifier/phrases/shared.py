"""Phrases more than one rule reads: negations, costs covered, warnings, official
channels and steps, going abroad, and who an advert is written for.
"""

from __future__ import annotations

# Words that undo what follows them in the same clause ("tanpa biaya", "no fee").
NEGATORS = (
    r"tanpa",
    r"tidak(?:\s+(?:ada|perlu|usah|dipungut|dikenakan|dikenai|ditarik|pernah|akan))?",
    r"bukan",
    r"bebas",
    r"free(?:\s+of)?",
    r"no",
    r"not",
    r"non",
    r"zero",
    r"never",
    r"jangan",
    r"without",
    r"nol",
    r"gratis",
    r"percuma",
    r"tiada",
    r"takde",
    r"belum\s+pernah",
)
# Words after a cost that say the candidate does not pay it.
COST_COVERED = (
    r"gratis",
    r"free",
    r"percuma",
    r"ditanggung\s+(?:oleh\s+)?(?!sendiri|pelamar|calon|peserta"
    r"|pekerja|kandidat|anda)",
    r"dibayar(?:kan)?\s+(?:oleh\s+)?(?:perusahaan|majikan|pemberi"
    r"\s+kerja|employer|pt|agensi|user|pemerintah|syarikat)",
    r"dibiayai",
    r"(?:paid|covered|borne|provided)\s+by\s+(?:the\s+)?(?:employer|company|principal)",
    r"oleh\s+(?:majikan|pemberi\s+kerja|perusahaan|employer|syarikat)",
    r"(?:tanggungan|beban)\s+(?:majikan|pemberi\s+kerja|perusahaan)",
    r"tidak\s+dipungut",
    r"tidak\s+dikenakan",
    r"ditanggung\s+penuh",
    r"zero\s+cost",
    r"tanggung\s+majikan",
)
# Advisories (government notices, news, warnings) quote the lures they warn about.
ADVISORY_CUES = (
    r"waspada",
    r"hati-hati",
    r"berhati-hati",
    r"jangan\s+(?:mudah\s+)?(?:tergiur|percaya|"
    r"tertipu|terima|menerima|mau)",
    r"modus",
    r"korban",
    r"penipuan",
    r"diimbau",
    r"imbau\w*",
    r"himbau\w*",
    r"menggagalkan",
    r"digagalkan",
    r"non-?prosedural",
    r"hoaks",
    r"hoax",
    r"tersangka",
    r"pelaku",
    r"beware",
    r"advised",
    r"report\s+suspicious",
    r"circulating",
    r"beredar\w*",
    r"notice\s+from",
    r"mengatasnamakan",
    r"warning",
    r"heads\s+up",
    r"do\s+not\s+(?:accept|pay|"
    r"trust|fall)",
    r"victims?",
    r"ended\s+up",
    r"siaran\s+pers",
    r"press\s+release",
    r"peringatan",
    r"laporkan",
    r"pengaduan",
    r"awas",
    r"tips\s+aman",
    r"ciri-ciri",
    r"dijanjikan",
    r"tergiur",
    r"berita(?!hu)",  # news, not "beritahu" (tell): "jangan beritahu keluarga" is a lure
    r"diamankan",
    r"ditangkap",
    r"scam\s+compounds?",
    r"mengimbau",
    r"menghimbau",
    r"jangan\s+(?:transfer|membayar|bayar|menyetor|setor|kirim\s+uang)",
    r"contoh\s+pesan",
    r"isi\s+pesan",
    r"dijebak",
    r"ditawari",
    r"kempen",
    r"kesedaran",
    r"migration\s+tips",
    r"tips\s+(?:migrasi|kerja\s+aman)",
    r"received\s+reports",
    r"repatriated",
    r"dipulangkan",
    r"marak",
    r"ciri\s+(?:lowongan|iklan|penipuan|loker)",
    r"ilegal",
    r"pemerdagangan",
    r"anti[\s-]+(?:tppo|trafficking|pemerdagangan|"
    r"perdagangan)",
    r"stop\s?tppo",
    r"tppo",
    r"migrasi\s?aman",
    r"safe\s?migration",
    r"sosialisasi",
    r"surat\s+edaran",
    r"cek\s+dulu",
    r"jangan\s+menandatangani",
    r"stop\s?trafficking",
    r"human\s+trafficking",
    r"perdagangan\s+orang",
)
# A licensed route spelled out: the official steps of docs/domain.md section 1.
OFFICIAL_STEPS = (
    r"siap\s?kerja",
    r"siskop2mi",
    r"sisko\s?tkln",
    r"disnaker\w*",
    r"ltsa",
    r"bp3mi",
    r"bp2mi",
    r"kp2mi",
    r"p4mi",
    r"opp",
    r"pap",
    r"orientasi\s+pra\s*-?\s*(?:pemberangkatan|penempatan)",
    r"job\s*order",
    r"demand\s+letter",
    r"perjanjian\s+(?:kerja|penempatan)",
    r"kontrak\s+kerja\s+(?:tertulis|resmi|standar)",
    r"sip2mi",
    r"sip3mi",
    r"sippmi",
    r"pemeriksaan\s+kesehatan",
    r"medical\s+(?:check|di\s+klinik|resmi)",
    r"klinik\s+(?:rujukan|"
    r"resmi|yang\s+ditunjuk)",
    r"sertifikat\s+kompetensi",
    r"visa\s+kerja",
    r"work\s+(?:visa|"
    r"permit)",
    r"g\s?to\s?g|g2g|government[\s-]to[\s-]government",
    r"kbri",
    r"kjri",
    r"(?:surat\s+)?izin\s+(?:keluarga|suami|orang\s+tua|istri|wali)",
    r"eps-?topik",
    r"im\s+japan",
    r"bpjs\s+ketenagakerjaan",
)
GOV_BODY = (
    r"(?:dinas\s+(?:tenaga\s+kerja|ketenagakerjaan)|disnaker\w*|upt\s+disnaker|bp3mi|kp2mi|"
    r"bp2mi|ltsa|pemerintah|pemkab|pemkot|pemprov|surat\s+edaran|kementerian|kemnaker|kemenaker|"
    r"kbri|kjri|kemlu|polda|polres|kepolisian|bupati|gubernur|wali\s?kota|ilo|iom|uptd|p4mi|imigrasi|"
    r"biro\s+humas|public\s+announcement|pengumuman\s+resmi|pengumuman\s*\n\s*nomor|jtksm|"
    r"jabatan\s+tenaga\s+kerja|kementerian\s+sumber\s+manusia|mapo|majlis\s+anti)"
)
# A notice whose first lines name a government body or aid organisation, or signed by one.
GOV_NOTICE = (
    r"^(?:[^a-z\n]*\n)?[^a-z\n]{0,6}(?:(?:dibagikan\s+ulang\s+|informasi\s+|info\s+|repost\s+)?"
    r"dari\s+|notice\s+from\s+|upt\s+|kantor\s+|klarifikasi\s+|kenyataan\s+media\s+|"
    r"h?imbauan\s+)?" + GOV_BODY,
    r"\n\s*[—–-]+\s*" + GOV_BODY,
    r"\(\s*" + GOV_BODY + r"[^)]{0,40}\)\s*$",
    r"^(?:notice|pengumuman)[\s\S]{0,200}?" + GOV_BODY,
)
# Government-to-government placement (Korea EPS, Japan IM, Germany Triple Win).
G_TO_G = (r"g\s?to\s?g", r"g2g", r"government[\s-]to[\s-]government")
# A government programme or registration channel as the way in (G to G, LTSA, KP2MI site).
OFFICIAL_SOURCE = (
    *G_TO_G,
    r"(?:daftar|pendaftaran|registrasi|register|mendaftar)\s+(?:\w+\s+){0,3}(?:hanya\s+)?"
    r"(?:melalui|lewat|di|ke|through|via|at)\s+(?:laman\s+|situs\s+|website\s+|portal\s+|"
    r"kantor\s+|official\s+)?(?:resmi\s+)?(?:kp2mi|bp2mi|bp3mi|ltsa|disnaker\w*|siap\s?kerja|"
    r"kemnaker|karirhub|p4mi)",
    r"(?:info|informasi|sumber|source)\s*:?\s*(?:bp3mi|kp2mi|"
    r"disnaker\w*|ltsa|kemnaker)",
    r"siaran\s+pers",
    r"im\s+japan",
    r"triple\s+win",
    r"jepang\.magangln\.id",
    r"myfuturejobs",
    r"portal\s+(?:kerjaya|rasmi|resmi)",
    *GOV_NOTICE,
    r"tanyakan\s+(?:\w+\s+){0,4}(?:di|ke)\s+(?:loket|ltsa|disnaker)",
)
# Adverts written for the destination's own workers (Malaysian "tempatan" jobs).
LOCAL_ABROAD = (
    r"tempatan",
    r"warganegara\s+malaysia",
    r"rakyat\s+malaysia",
    r"myfuturejobs",
    r"\bspm\b",
    r"jawatan\s+kosong",
    r"temuduga",
    r"kelayakan",
    r"permohonan",
    r"local\s+(?:candidates|applicants|only)",
    r"singaporeans?\s+(?:only|and\s+pr)",
    r"kerjaya",
    r"mohon\s+(?:melalui|di|segera)",
    r"diperlukan\s+segera",
)
INDONESIAN_ORIGIN = (
    r"indonesia\w*",
    r"\bwni\b",
    r"\bpmi\b",
    r"\bcpmi\b",
    r"\btki\b",
    r"\btkw\b",
    r"jambi",
    r"p3mi",
    r"bp3mi",
    r"disnaker",
    r"rupiah",
    r"\brp\b",
    r"\bjuta\b",
    r"paspor",
    r"passport",
    r"visa",
    r"permit\s+kerja",
    r"pekerja\s+(?:asing|migran)",
    r"foreign\s+workers?",
    r"\bpati\b",
    r"agensi",
    r"agency",
    r"\bke\s+malaysia",
)
LICENSED_CLAIM = (
    r"\(?(?:licensed|berlesen|berizin|berlisensi)\)?",
    r"agensi\s+berlesen",
    r"licensed\s+(?:agency|recruiter|p3mi)",
)
# Words that always mean work abroad for Indonesian migrants, whatever else the advert says.
_MIGRANT_WORK = (
    r"kapal\s+pesiar",
    r"cruise",
    r"pmi",
    r"cpmi",
    r"tki",
    r"tkw",
    r"pekerja\s+migran",
    r"migrant\s+workers?",
    r"paspor",
)
MIGRANT_WORDS = (*_MIGRANT_WORK, r"passport", r"visa", r"p3mi")
OVERSEAS_CUES = (
    r"eropa",
    r"europe",
    r"timur\s+jauh",
    r"luar\s+negeri",
    r"overseas",
    r"abroad",
    r"timur\s+tengah",
    r"middle\s+east",
    r"luar\s+negara",
    r"negara\s+tetangga",
    *_MIGRANT_WORK,
)
