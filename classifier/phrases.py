"""Phrase patterns behind the red-flag rules, grouped by rule.

Each entry is a regular-expression fragment matched on the *normalised* advert text: lower
case, elongations collapsed and slang expanded (so "gak", "tdk" and "tak" all read "tidak",
"brkt" reads "berangkat", "tnp" reads "tanpa"). Indonesian, English and Malay phrasings sit
side by side. Keep entries general (a pattern per idea, not per advert) and add a test when
adding one.
"""

from __future__ import annotations

# --- shared ---------------------------------------------------------------------------------

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
    r"berita",
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
# A government programme or registration channel as the way in (G to G, LTSA, KP2MI site).
OFFICIAL_SOURCE = (
    r"g\s?to\s?g",
    r"g2g",
    r"government[\s-]to[\s-]government",
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

# --- high_pay -------------------------------------------------------------------------------

UNSKILLED = (
    r"tanpa\s+(?:pengalaman|skill|keahlian|keterampilan|ijazah|syarat|modal\s+ijazah)",
    r"tidak\s+(?:perlu|butuh|harus|wajib)\s+(?:ada\s+)?(?:pengalaman|ijazah|skill|keahlian|"
    r"bahasa|bisa\s+bahasa)",
    r"(?:pengalaman|ijazah)\s+tidak\s+(?:perlu|diperlukan|wajib|penting)",
    r"no\s+(?:experience|qualifications?|skills?|degree)(?:\s+(?:needed|required))?",
    r"without\s+experience",
    r"(?:lulusan|tamatan|tamat|pendidikan|min\.?|minimal)\s+sd",
    r"\bsd\s*/\s*smp",
    r"lulusan\s+smp",
    r"tamat\s+smp",
    r"tanpa\s+syarat\s+bahasa",
    r"kerja\s+(?:ringan|santai|gampang|mudah)",
    r"pekerjaan\s+(?:ringan|santai|mudah)",
    r"(?:easy|simple|light)\s+(?:job|work)",
    r"tak\s+perlu\s+pengalaman",
    r"bisa\s+baca\s+tulis",
    r"asal\s+(?:mau|rajin|sehat)",
)
SKILLED = (
    r"(?:pengalaman|berpengalaman|experience[d]?)\s+(?:kerja\s+)?(?:\w+\s+){0,2}"
    r"(?:min(?:imal|imum)?\.?\s*|≥\s*|>=?\s*|lebih\s+dari\s+|over\s+)?"
    r"(?:[3-9]|[1-9]\d)\+?\s*(?:tahun|years?|yrs?)",
    r"(?:min(?:imal|imum)?\.?\s+|≥\s*)?"
    r"(?:[3-9]|[1-9]\d)\+?\s*(?:tahun|years?|yrs?)\s+(?:of\s+)?(?:\w+\s+){0,2}"
    r"(?:pengalaman|experience|in\s+\w+)",
    r"tenaga\s+ahli",
    r"specialist",
    r"expert",
    r"ielts",
    r"spesialis",
    r"\bhsk\s*[3-6]",
    r"\bsio\b",
    r"sim\s+b[12]",
    r"\bstcw\b",
    r"toefl",
    r"\bapc\b",
    r"jururawat",
    r"berdaftar\s+dengan",
    r"senior",
    r"sarjana",
    r"s1",
    r"s2",
    r"bachelor",
    r"master'?s?\s+degree",
    r"bersertifikat",
    r"certified",
    r"sertifikasi",
    r"jlpt\s+n[1-3]",
    r"str\s+aktif",
    r"registered\s+nurse",
    r"lisensi\s+profesi",
)
BIG_PAY_WORDS = (
    r"gaji\s+(?:sangat\s+)?(?:besar|tinggi|fantastis|menggiurkan|jumbo|gede|wow|puluhan\s+juta"
    r"|dolar|dollar|berlipat)",
    r"(?:high|big|huge)\s+(?:salary|income|pay)",
    r"gaji\s+\d+\s*x\s+lipat",
    r"penghasilan\s+(?:besar|tinggi|fantastis)",
)
# "Kerja dari rumah", like/rate tasks: docs/domain.md section 5 (OJK Satgas PASTI warning).
ONLINE_TASK = (
    r"kerja\s+dari\s+(?:rumah|hp|handphone)",
    r"work\s+from\s+home",
    r"wfh",
    r"(?:like|subscribe|rating|review|follow)\s+(?:dan|and|&|,)?\s*(?:subscribe|like|rate|follow)?",
    r"tugas\s+(?:online|harian|like)",
    r"modal\s+(?:hp|handphone)",
    r"paruh\s+waktu\s+online",
    r"part\s*time\s+online",
)
INTERNSHIP = (r"magang", r"intern\w*", r"uang\s+saku", r"kenshusei", r"ginou\s+jisshu")

# --- restricted_destination -----------------------------------------------------------------

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
DOMESTIC_WORK_JOBS = frozenset({"domestic_worker", "caregiver"})
SCAM_HUBS = frozenset({"KH", "MM", "LA", "PH", "TH"})  # docs/domain.md section 3, scam compounds
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
)
# Korea EPS is government-to-government only (docs/domain.md section 2).
KOREA_OFFICIAL = (r"g\s?to\s?g", r"g2g", r"government[\s-]to[\s-]government", r"hrd\s+korea")
KOREA_PRIVATE = (
    r"lpk",
    r"lembaga\s+(?:kursus|pelatihan|bahasa)",
    r"jalur\s+(?:mandiri|swasta|khusus|"
    r"cepat|belakang|kuota|sponsor|orang\s+dalam)",
    r"kuota\s+(?:eps\s+)?(?:khusus|sisa|"
    r"tambahan|orang\s+dalam)",
    r"tanpa\s+(?:eps|topik|tes|test|ujian)",
    r"non[\s-]?eps",
    r"(?:dijamin|garansi|jaminan)\s+(?:lolos|lulus|berangkat|penempatan|kerja|masuk)",
    r"agen(?:cy)?",
    r"sponsor",
    r"calo",
    r"penempatan\s+(?:kerja\s+)?(?:di\s+)?(?:korea|pabrik)",
    r"mitra\s+kami",
    r"visa\s+(?:e-?9|e-?7|e-?10)\s+(?:diurus|dijamin)",
    r"magang\s+(?:ke|di)\s+korea",
)

# --- visa_misuse ----------------------------------------------------------------------------

VISA_WRONG = (
    r"visa\s+(?:turis|wisata|kunjungan|pelancong|pelancongan|ziarah|umrah|haji|pelajar|"
    r"student|visit|tourist|holiday|on\s+arrival|kunjung|bisnis|business|transit|liburan|"
    r"melancong|lawatan)",
    r"(?:tourist|visit|student|travel|social\s+visit|holiday)\s+visas?",
    r"visa\s+on\s+arrival",
    r"\bvoa\b",
    r"pas\s+lawatan(?:\s+sosial)?",
    r"social\s+visit\s+pass",
    r"(?:berangkat|masuk|pergi|jalan|terbang)\s+(?:dengan|pakai|sebagai|menggunakan|secara)\s+"
    r"(?:turis|wisatawan|pelancong|visa\s+(?:turis|wisata|umrah|ziarah)|umrah|ziarah|jamaah)",
    r"(?:sambil|kedok|modus|pakai|lewat|ikut)\s+(?:umrah|ziarah|wisata|liburan|jalan-jalan)",
    r"(?:as|like)\s+(?:a\s+)?tourists?",
    r"enter\s+as\s+(?:a\s+)?tourist",
    r"bebas\s+visa\s+(?:30|kunjungan)",
    r"visa\s+(?:diurus|dibuat|diproses|diuruskan)\s+"
    r"(?:setelah|sesudah|selepas|nanti|di)\s+(?:sampai|tiba|sana|negara)",
    r"(?:work\s+)?permit\s+(?:arranged|processed)\s+(?:after|on)\s+arrival",
    r"(?:tanpa|tidak\s+(?:perlu|pakai|butuh))\s+visa\s+kerja",
    r"visa\s+kerja\s+(?:menyusul|"
    r"nanti|belakangan)",
    r"without\s+(?:a\s+)?work\s+(?:visa|permit)",
    r"visa\s+(?:tidak|gak)\s+masalah",
    r"tanpa\s+visa",
    r"no\s+visa\s+(?:needed|prob\w*|issues?)",
    r"(?:paspor|pasport|passport)\s+(?:\w+\s+){0,2}(?:turis|pelancong|wisata)",
    r"sebagai\s+(?:pelancong|turis|wisatawan|jamaah)",
    r"pas\s+(?:pelancong|kunjungan|lawatan)",
    r"visa\s+(?:schengen|jangka\s+pendek|tinggal\s+jangka\s+pendek|haji\s+furoda|furoda|"
    r"kunjungan\s+(?:budaya|keluarga)|entertainer|hayya|event|magang|bebas\s+kunjungan)",
    r"schengen\s+(?:turis|tourist)",
    r"(?:business|bisnis|umrah|ziarah|short[\s-]term)\s+visas?",
    r"(?:umrah|haji)\s*(?:\+|dan|&|sambil|sekaligus)\s*kerja",
    r"(?:perubahan|tukar|ubah|ganti)\s+"
    r"status",
    r"(?:status|visa)\s+change",
    r"change\s+(?:of\s+)?(?:status|visa)",
    r"(?:tanpa|tidak\s+(?:perlu|payah)|no\s+need|without|no)\s+(?:cop|stamp|cap)",
)
UNOFFICIAL_ROUTE = (
    r"jalur\s+tikus",
    r"pelabuhan\s+tikus",
    r"jalan\s+tikus",
    r"lewat\s+hutan",
    r"perbatasan\s+(?:darat|tidak\s+resmi|ilegal)",
    r"(?:jalur|lewat|via|jalan|masuk)\s+"
    r"(?:belakang|samping)",
    r"(?:menyeberang|nyebrang|menyebrang|seberang)\w*\s+(?:sungai|"
    r"perbatasan|lewat)",
    r"ada\s+yang\s+bantu\s+(?:nyebrang|menyeberang|lewat)",
    r"(?:unofficial|illegal)\s+(?:border|crossing|route)",
    r"jalur\s+(?:darat|laut)\s+"
    r"(?:tidak\s+resmi|ilegal|khusus)",
    r"speed\s?boat\s+(?:malam|ke\s+(?:johor|malaysia))",
    r"tanpa\s+(?:cap|stempel)\s+(?:imigrasi|paspor)",
    r"lewat\s+perbatasan",
    r"tanpa\s+lewat\s+imigrasi",
    r"hindari\s+(?:pemeriksaan|imigrasi)",
    r"(?:jalur|lewat|via)\s+laut\s+(?:malam|gelap)",
    r"(?:nyebrang|menyeberang|menyebrang|"
    r"seberang)\w*\s+malam",
    r"naik\s+speed\s?boat",
    r"perahu\s+(?:dari|ke)\s+malam",
    r"(?:across|cross)\s+\w+(?:\s+\w+){0,2}\s+at\s+night",
)
# "Fly to Bangkok, then overland": docs/domain.md section 3 (Mae Sot -> Myawaddy route).
OVERLAND_HUB = (
    r"bangkok",
    r"thailand",
    r"mae\s?sot",
    r"perbatasan",
    r"border",
    r"poipet",
    r"bavet",
    r"myawaddy",
    r"kamboja",
    r"cambodia",
    r"myanmar",
    r"laos",
    r"bukit\s+kayu\s+hitam",
    r"sempadan",
)
OVERLAND = (
    r"jalan\s+darat",
    r"lewat\s+darat",
    r"via\s+darat",
    r"jalur\s+darat",
    r"perjalanan\s+darat",
    r"overland",
    r"by\s+(?:land|road|car|van)",
    r"naik\s+(?:mobil|van|bus)\s+(?:ke|lewat|melewati)",
    r"darat\s+ke",
    r"lanjut\s+(?:darat|mobil)",
    r"dijemput\s+(?:\w+\s+)?(?:di\s+|ke\s+)?"
    r"(?:bandara|perbatasan)",
    r"naik\s+(?:bas|bus|mobil|van)\s+(?:dari|lewat|ke)",
)

# Words after a phrase that forbid it ("visa umrah tidak boleh dipakai untuk bekerja").
FORBIDDEN_AFTER = (
    r"tidak\s+(?:boleh|bisa|dapat|diperbolehkan|diizinkan)",
    r"dilarang",
    r"(?:is\s+|are\s+)?not\s+"
    r"(?:allowed|permitted|a\s+work)",
    r"bukan\s+(?:untuk|visa\s+kerja|izin)",
    r"ilegal",
    r"illegal",
    r"tak\s+boleh",
)

# --- upfront_fee ----------------------------------------------------------------------------

FEE_NOUNS = (
    r"biaya",
    r"fee",
    r"uang\s+(?:muka|pendaftaran|administrasi|jaminan|proses|pelicin|"
    r"pelatihan|tiket|visa|medical|seragam|transport)",
    r"\bdp\b",
    r"down\s+payment",
    r"deposit",
    r"yuran",
    r"bayaran",
    r"ongkos",
    r"kos\s+(?:proses|pengurusan|visa|permit)",
    r"processing\s+(?:fee|cost|charge)",
    r"registration\s+(?:fee|charge)",
    r"admin\s+fee",
    r"caj",
    r"charges?",
    r"investasi",
    r"tebusan",
    r"dana\s+talangan",
    r"mahar",
)
FEE_ITEMS = (
    r"proses\w*",
    r"administrasi",
    r"pendaftaran",
    r"registrasi",
    r"pelatihan",
    r"training",
    r"medical",
    r"medikal",
    r"mcu",
    r"cek\s+kesehatan",
    r"seragam",
    r"tiket",
    r"visa",
    r"paspor",
    r"pengurusan",
    r"penempatan",
    r"interview",
    r"wawancara",
    r"tes",
    r"test",
    r"transport\w*",
    r"akomodasi",
    r"jaminan",
    r"formulir",
    r"sertifikat",
    r"kursus",
    r"bahasa",
    r"asrama",
    r"permit",
    r"levi",
    r"agensi",
    r"agency",
    r"kontrak",
)
PAY_DEMAND = (
    r"(?:harus|wajib|perlu|mesti|cukup|hanya)\s+(?:di)?(?:bayar|transfer|setor|tf|membayar|"
    r"menyetor|kirim)",
    r"(?:bayar|transfer|setor|tf|kirim)\w*\s+(?:dulu|dahulu|di\s+"
    r"muka|di\s+awal|ke\s+(?:rekening|rek|nomor|no|dana|ovo|gopay|bri|bca|bni|mandiri|kami|"
    r"saya|admin|agen)|sebelum|biaya|dp|uang|deposit|via)",
    r"ditanggung\s+(?:sendiri|pelamar|"
    r"calon|peserta|pekerja|kandidat|anda)",
    r"(?:dibayar|bayar)\s+(?:sendiri|oleh\s+(?:calon|"
    r"pelamar|peserta|pekerja|kandidat|anda))",
    r"(?:must|need\s+to|required\s+to|have\s+to|"
    r"should)\s+(?:pay|transfer|deposit)",
    r"pay\s+(?:a|the|an|upfront|first|in\s+advance)",
    r"perlu\s+bayar",
    r"kena\s+bayar",
    r"perlu\s+dibayar",
    r"sila\s+(?:bayar|buat\s+bayaran)",
    r"rekening\s+(?:pribadi|atas\s+nama)",
    r"setelah\s+(?:pembayaran|transfer|"
    r"bayar)",
    r"(?:pembayaran|transfer)\s+(?:lunas|dp|dulu)",
    r"(?:lunas|dp)\s+(?:dulu|di\s+muka)",
    r"uang\s+(?:pendaftaran|administrasi|jaminan|pelicin)",
    r"pay\s+(?:for|your)",
    r"(?:candidates?|applicants?)\s+(?:pay|bear)",
    r"membayar",
    r"dikenakan\s+(?:biaya|fee|caj)",
    r"dikenai\s+biaya",
    r"dipungut\s+biaya",
)
# Costs the rules allow the candidate to carry (docs/domain.md section 1, "Costs": Perban 2/2020
# personal needs; the EPS test fee paid at a designated bank; receipted official costs).
LEGIT_COSTS = (
    r"(?:biaya|kebutuhan|keperluan)\s+(?:kebutuhan\s+)?pribadi",
    r"personal\s+(?:needs|costs|expenses)",
    r"biaya\s+ujian",
    r"test\s+fee",
    r"bank\s+(?:yang\s+)?(?:ditunjuk|resmi)",
    r"designated\s+bank",
    r"sesuai\s+(?:ketentuan|aturan|perban|peraturan)",
    r"kuitansi",
    r"resit\s+rasmi",
    r"perban\s+\d",
    r"tidak\s+ada\s+(?:biaya|pembayaran)\s+lain",
)
SALARY_DEDUCTION = (
    r"potong(?:an)?\s+gaji\s+[^\n.]{0,40}?(?:selama\s+)(?P<months3>\d+)\s*(?:bulan|months?)",
    r"(?:tiket|ticket|flight|ongkos|biaya|fees?|loan|pinjaman|hutang|utang)\s+(?:[\w&]+\s+){0,4}"
    r"(?:potong\s+gaji|dipotong|deducted|deduct\w*|ganti\s+balik|bayar\s+balik|pay\s+back|"
    r"(?:di)?talang\w*|dikembalikan\s+dari\s+gaji)",
    r"(?:deduct\w*|potong\w*)\s+(?:\w+\s+){0,2}(?:from\s+)?(?:the\s+|your\s+)?(?:first\s+)?"
    r"(?:salary|gaji)",
    r"(?:pay|bayar|ganti)\s+(?:back|balik)\s+(?:in|dari|from|dengan|within)",
    r"potong(?:an)?\s+gaji\s+(?:selama\s+)?(?P<months>\d+)\s*(?:bulan|months?|x)",
    r"gaji\s+(?:di)?potong\s+(?:selama\s+)?(?P<months2>\d+)\s*(?:bulan|months?|x)",
    r"(?:potong(?:an)?\s+gaji|gaji\s+dipotong|salary\s+deduct\w*|deduct\w*\s+from\s+"
    r"(?:your\s+)?salary)\s+(?:untuk|buat|utk|for)\s+(?:biaya|hutang|utang|pinjaman|tiket|"
    r"ongkos|proses|the\s+(?:fee|cost|ticket))",
    r"(?:hutang|utang|pinjaman|kasbon|cash\s+bon)\s+"
    r"(?:dipotong|potong)\s+(?:dari\s+)?gaji",
    r"(?:dipotong|potong)\s+dari\s+gaji",
    r"talangan",
    r"bayar\s+(?:dengan|pakai)\s+(?:potong(?:an)?\s+)?gaji",
)

# --- unclear_procedure ----------------------------------------------------------------------

# Denials of an official step: strong on their own (docs/domain.md section 1, "Steps").
PROCEDURE_DENIED = (
    r"(?:tanpa|tidak\s+(?:perlu|usah|harus|wajib|lewat|melalui|ke))\s+(?:lewat\s+|melalui\s+|"
    r"ke\s+|daftar\s+(?:di\s+|ke\s+)?|bolak-balik\s+ke\s+)?(?:disnaker\w*|ltsa|bp2mi|bp3mi|"
    r"kp2mi|siap\s?kerja|"
    r"opp|pap|pelatihan|training|tes|test|ujian|seleksi|interview|wawancara|medical|medikal|"
    r"cek\s+kesehatan|kontrak|antri|antre|prosedur|dokumen\s+lengkap|"
    r"urus\s+dokumen)",
    r"no\s+(?:training|test|interview|medical|contract)\s*(?:needed|"
    r"required)?",
    r"without\s+(?:training|test|interview|contract|medical)",
    r"(?:skip|lewati|bypass)\s+(?:disnaker|bp3mi|opp|prosedur|proses)",
    r"(?:kontrak|perjanjian\s+kerja|contract)\s+(?:di\s*(?:tanda)?tangani\s+)?(?:nanti\s+)?"
    r"(?:di\s+sana|setelah\s+(?:sampai|tiba)|sesudah\s+sampai|selepas\s+tiba|on\s+arrival|"
    r"after\s+arrival)",
    r"(?:berangkat|fly)\s+(?:dulu|first)\s*,?\s*(?:urus|dokumen|kontrak|"
    r"visa|paperwork)",
    r"(?:dokumen|paperwork|kontrak)\s+(?:menyusul|belakangan|nanti\s+di\s+sana)",
    r"(?:\d+|dua|tiga|satu|seminggu|sepekan)\s*(?:hari|minggu|pekan|days?|weeks?)\s+(?:langsung\s+)?"
    r"(?:terbang|berangkat|fly|departure)",
    r"(?:terbang|berangkat|fly|depart)\s+(?:dalam|within|in)"
    r"\s+(?:\d+|dua|tiga|satu)\s*(?:hari|minggu|pekan|days?|weeks?)",
    r"non[\s-]?prosedural",
    r"jalur\s+(?:cepat|belakang|khusus|pintas|mandiri)",
    r"tidak\s+ribet\s+(?:urus|dokumen)",
    r"tidak\s+(?:ada|perlu)\s+(?:ke\s+)?kantor",
    r"(?:semua|urusan)\s+(?:beres|diurus)\s+"
    r"(?:di\s+sana|nanti)",
    r"tanpa\s+lpk",
    # "gak perlu lewat PT", "tak perlu ikut sistem saluran tunggal", "no need for BLK training"
    r"(?:tanpa|tidak|no|never)\s+(?:perlu|usah|need|harus)?\s*(?:for\s+|to\s+)?(?:lewat|melalui|"
    r"ikut|datang\s+ke|go\s+through|through)?\s*(?:\w+\s+)?(?:pt|p3mi|blk|ltsa|disnaker|"
    r"instansi(?:\s+pemerintah)?|kantor\s+pemerintah|sistem\s+(?:saluran\s+tunggal|satu\s+"
    r"kanal)|permit|competency\s+test|uji\s+kompetensi|seleksi\s+disnaker)",
    r"(?:dokumen|surat-surat|berkas|permit|izin\s+kerja|visa\s+kerja)\s+(?:nanti\s+)?"
    r"(?:nyusul|menyusul|belakangan|kemudian)",
    r"(?:sambil\s+)?tunggu\s+permit",
    r"permit\s+(?:nanti|akan)\s+(?:diurus|diuruskan|dibuat|kami\s+urus)",
    r"(?:permit|izin\s+kerja|visa|status)\s+(?:kerja\s+)?(?:akan\s+)?(?:di)?(?:urus|proses|"
    r"konversi|tukar|ubah)\w*\s+(?:\w+\s+){0,2}(?:setelah|sesudah|selepas|belakangan|nanti|"
    r"kemudian|di\s+sana|setibanya)",
    r"we\s+(?:will\s+)?(?:convert|change)\s+(?:the\s+|your\s+)?"
    r"(?:visa|status)?",
    r"(?:permit|visa)\s+(?:will\s+be\s+)?(?:converted|arranged|processed)\s+"
    r"(?:after|later|on\s+arrival|once\s+there)",
    r"no\s+need\s+(?:for\s+)?(?:a\s+)?(?:permit|"
    r"work\s+permit|training|test|contract)",
    r"(?:masuk|datang|berangkat|ikut)\s+dulu\s*,?\s*"
    r"(?:nanti|baru|permit|urus)",
    r"(?:jalur|lewat)\s+orang\s+dalam",
    r"permit\s+(?:later|nanti|menyusul|belakangan)",
    r"without\s+waiting",
    r"(?:tanpa|tidak\s+(?:perlu|usah)|no\s+need\s+(?:to|for))\s+(?:nunggu|menunggu|tunggu|"
    r"waiting|wait)",
    r"(?:pelatihan|training|opp|blk|latihan|kelas)\s+(?:[&\w]+\s+){0,3}"
    r"tidak\s+(?:perlu|wajib|usah)\s+(?:di)?ikut\w*",
    r"tanpa\s+(?:ikut|mengikuti)\s+(?:kelas|"
    r"pelatihan|diklat|tes|ujian|latihan|opp)",
    r"(?:tidak|no)\s+(?:perlu|payah|need)\s+"
    r"(?:sijil|latihan|jlpt|ujian\s+skill|skill\s+test)",
    r"sisanya\s+(?:kami|kita|bos|agen|"
    r"saya|aku)\s+(?:yang\s+)?(?:urus|uruskan)",
    r"(?:biaya|jalur|program)\s+(?:percepatan|ekspres|"
    r"express|kilat)",
)
# Haste words: weak, ignored when the advert lists the official steps.
PROCEDURE_HASTE = (
    r"proses\s+(?:cepat|kilat|singkat|mudah|gampang|express|ekspres)",
    r"(?:cepat|kilat)\s+proses",
    r"langsung\s+(?:berangkat|terbang|kerja\s+di\s+(?:luar|malaysia|taiwan|korea|jepang))",
    r"tanpa\s+(?:ribet|repot|rumit|proses\s+(?:rumit|lama|panjang)|birokrasi|banyak\s+syarat)",
    r"tidak\s+(?:ribet|repot|rumit|pakai\s+lama|lama)",
    r"anti\s+ribet",
    r"(?:fast|quick|express|easy)\s+(?:process|processing|departure|placement)",
    r"proses\s+(?:segera|pantas)",
    r"terus\s+(?:berangkat|terbang|kerja)",
    r"(?:urus|semua)\s+(?:kami|agen)\s+(?:urus|yang\s+urus|beres)",
    r"terima\s+beres",
    r"paspor\s+(?:jadi|selesai)\s+\d+\s+hari",
    r"visa\s+(?:jadi|selesai|keluar)\s+\d+\s+hari",
    r"berangkat\s+(?:cepat|secepatnya|segera)",
    r"(?:proses|pengurusan|urus|deployment|departure)\s+(?:\w+\s+){0,2}(?:dalam\s+|within\s+|"
    r"hanya\s+|cuma\s+|±\s*)?(?:\d{1,2}|dua|tiga|sepuluh)\s*(?:hari|minggu|pekan|days?|weeks?)",
    r"(?:urus|proses)\s+(?:cuma\s+|hanya\s+)?(?:1|satu|sebulan)\s*(?:bulan)?\s+(?:saja|aja)",
    r"(?:fast|quick|rapid)\s+deployment",
    r"(?:we|kami)\s+(?:arrange|urus|uruskan|handle)\s+"
    r"(?:everything|semua|semuanya|all)",
    r"(?:semua|semuanya)\s+(?:kami|bos|agen|kakak|aku|saya)"
    r"\s+(?:yang\s+)?(?:urus|uruskan|tanggung)",
    r"tanpa\s+(?:antri|antre|antrian|menunggu)",
    r"cukup\s+(?:bawa|modal|siapkan)\s+(?:ktp|paspor|kk|badan)",
    r"(?:visa|tiket|perjalanan|dokumen|semua|semuanya)\s+(?:(?:&|dan)\s+\w+\s+)?(?:sudah\s+)?"
    r"(?:ada\s+yang|kami|kita|bos|agen)\s+(?:atur|urus|siapkan|uruskan)",
    r"(?:visa|permit)\s*:?\s*we\s+(?:do|handle|arrange)\s+it",
    r"(?:kamu|anda|you)\s+(?:cukup|tinggal|just|only)\s+(?:datang|berangkat|come|fly|bawa\s+badan)",
    r"(?:\d+|satu|dua|seminggu)\s*(?:hari|minggu)\s+(?:siap|langsung|sudah)\s+(?:terbang|"
    r"berangkat)",
    r"(?:latihan|pelatihan|kelas|training|program|kursus)\s+kilat",
)

# --- unlicensed_recruiter -------------------------------------------------------------------

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
LICENCE_CLAIM_VAGUE = (
    r"(?:follow|like|screenshot|subscribe)\s+(?:akun|postingan|posting|video|channel|konten)",
    r"(?:tugas|member|akun|misi|mission)\s+vip",
    r"vip\s+(?:task|mission|tugas)",
    r"aktivasi\s+akun",
    r"(?:cukup|hanya|only|just)\s+(?:bisa\s+)?(?:ngetik|mengetik|main\s+hp|"
    r"typing|need\s+(?:a\s+)?(?:hand)?phone|punya\s+hp)",
    r"bisa\s+main\s+hp",
    r"(?:pm|dm|inbox)\s+for\s+details?",
    r"details?\s+(?:by|via|in)\s+(?:pm|dm|inbox)",
    r"(?:pekerjaan|posisi|job|tugas|penempatan)\s+(?:\S+\s+){0,4}(?:ditentukan|menyesuaikan|"
    r"diinformasikan|diberitahu)\w*\s+(?:setelah|saat|nanti|kemudian)",
    r"penempatan\s+menyesuaikan",
    r"(?:nama\s+)?(?:company|perusahaan)\s*:?\s*(?:big|besar|"
    r"ternama|international|internasional)\s+(?:online\s+)?company",
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
# --- informal_contact -----------------------------------------------------------------------

_PLATFORM = (
    r"(?:whatsapp|whatsap|wa|w\.a|telegram|tele|tg|instagram|ig|facebook|fb|tiktok|messenger|line)"
    r"(?![a-z])"
)
_CONTACT_VERB = (
    r"(?:hubungi|hub|kontak|contact|chat|kirim\w*|via|lewat|melalui|minat|info\w*|daftar|"
    r"japri|dm|follow|cv|langsung)"
)
INFORMAL_CHANNEL = (
    r"japri",
    r"\bdm\b",
    r"direct\s+message",
    r"inbox",
    r"private\s+message",
    r"(?:chat|hubungi|hub|kontak|contact|wa|whatsapp)\s+(?:saja|aja|langsung|only|sahaja)",
    r"(?:hanya|only|cuma)\s+(?:via|lewat|melalui)?\s*(?:wa|whatsapp|telegram|dm|inbox)",
    r"komen\w*\s+(?:minat|mau|saya|di\s+bawah)",
    r"comment\s+(?:below|interested)",
    r"(?:tulis|ketik|komen)\s+[\"']?(?:minat|mau|ready|siap)",
    # A platform counts as the channel only when the advert sends people there ("hubungi
    # via WhatsApp", "DM IG kami", "WA: ..."): job-board adverts name TikTok, Instagram and
    # Messenger as the work itself ("kelola akun Instagram", "host live TikTok", "Messenger/
    # kurir"), and "PM" is a project manager or preventive maintenance more often than a
    # private message.
    _CONTACT_VERB + r"\s*(?:ke\s+|di\s+|dengan\s+)?(?:no\.?\s*|nomor\s+|akun\s+)?" + _PLATFORM,
    _PLATFORM + r"\s*(?:admin|kami|saya|hrd?|:)?\s*[:=]?\s*(?:\+?62|0)\s?8\d",
    _PLATFORM + r"\s+(?:saja|aja|only|admin|kami|saya)(?![a-z])",
    _PLATFORM + r"\s*[:\-]?\s*@[a-z0-9_]{3,}",
    r"(?:message|text|reach|apply|send|contact|dm|chat)\s+(?:\S+\s+){0,3}(?:on|via|through)\s+"
    + _PLATFORM,
    r"(?:dm|inbox|pm)\s+(?:me|saya|aja|saja|kami|admin|ya|untuk|for|ig|instagram|fb|facebook|"
    r"cepat|segera|kalau|kalo|jika|sekarang|now|terus|je|sahaja)(?![a-z])",
    r"(?:dm|inbox|pm)\s*[.!]*\s*$",
    r"reply\s+(?:di\s+)?(?:grup|group|wa|dm|pm)",
    r"(?:via|lewat|melalui|ke|di)\s+(?:pm|dm|inbox)",
    r"grup\s+(?:wa|whatsapp|telegram)",
    r"channel\s+telegram",
    r"akun\s+telegram",
    r"wa\.me",
    r"(?:menghubungi|hubungi|chat|kontak)\s+(?:langsung\s+)?(?:admin|kakak\s+admin|mimin)(?![a-z])",
    r"link\s+(?:di\s+)?bio",
    r"wa\.link",
    r"s\.id/",
    r"bit\.ly",
    r"linktr\.ee",
    r"@[a-z][a-z0-9_.]{3,}",
    r"line\s+id",
    r"wechat",
)
# Link shorteners: whoever sends applicants through one hides where they are going.
SHORTENER_HOSTS = frozenset(
    ["bit.ly", "t.ly", "s.id", "tinyurl.com", "cutt.ly", "shorturl.at", "rebrand.ly", "wa.link",
     "linktr.ee", "lynk.id", "heylink.me", "bit.do", "is.gd", "ow.ly", "forms.gle"]
)  # fmt: skip
FREE_MAIL_DOMAINS = frozenset(
    [
        "gmail.com",
        "yahoo.com",
        "yahoo.co.id",
        "ymail.com",
        "hotmail.com",
        "outlook.com",
        "live.com",
        "icloud.com",
        "aol.com",
        "protonmail.com",
        "proton.me",
        "mail.com",
        "yandex.com",
        "rocketmail.com",
        "gmx.com",
    ]
)
SOCIAL_HOSTS = (
    r"facebook\.com",
    r"fb\.com",
    r"fb\.me",
    r"instagram\.com",
    r"tiktok\.com",
    r"bit\.ly",
    r"linktr\.ee",
    r"s\.id",
    r"wa\.link",
    r"t\.co",
    r"youtube\.com",
    r"forms\.gle",
    r"docs\.google\.com",
    r"blogspot\.com",
    r"wordpress\.com",
    r"x\.com",
    r"twitter\.com",
    r"tinyurl\.com",
    r"shope\.ee",
    r"telegram\.org",
)
OFFICE_ADDRESS = (
    r"\b(?:jl|jln|jalan)\.?\s+[a-z0-9]",
    r"alamat\s*(?:kantor|lengkap|perusahaan)?\s*[:\-]",
    r"kantor\s+(?:kami|pusat|cabang|di|perwakilan|pt|resmi)",
    r"\bgedung\b",
    r"\bruko\b",
    r"\blantai\s+\d",
    r"\bkomplek\b",
    r"\bkompleks\b",
    r"\brt\s*\.?\s*\d+\s*/\s*rw",
    r"datang\s+(?:langsung\s+)?(?:ke|di)\s+(?:kantor|alamat|lokasi|toko|outlet|gudang|pabrik|"
    r"workshop|base\s*camp|kami)",
    r"walk[\s-]?in",
    r"office\s*(?:address)?\s*:",
    r"\blevel\s+\d",
    r"\bno\.?\s*\d+[a-z]?\s*,",
    r"antar\s+(?:langsung\s+)?lamaran",
    r"kirim\s+lamaran\s+ke\s+alamat",
    r"lowongan\s+(?:resmi\s+)?(?:di|melalui)\s+(?:karirhub|siapkerja|jobstreet|kalibrr|glints)",
    r"(?:website|situs|portal)\s+resmi",
    r"\.go\.id",
    r"loket",
    r"datang\s+langsung",
)

# --- vague_job ------------------------------------------------------------------------------

VAGUE = (
    r"(?:follow|like|screenshot|subscribe)\s+(?:akun|postingan|posting|video|channel|konten)",
    r"(?:tugas|member|akun|misi|mission)\s+vip",
    r"vip\s+(?:task|mission|tugas)",
    r"aktivasi\s+akun",
    r"(?:cukup|hanya|only|just)\s+(?:bisa\s+)?(?:ngetik|mengetik|main\s+hp|"
    r"typing|need\s+(?:a\s+)?(?:hand)?phone|punya\s+hp)",
    r"bisa\s+main\s+hp",
    r"(?:pm|dm|inbox)\s+for\s+details?",
    r"details?\s+(?:by|via|in)\s+(?:pm|dm|inbox)",
    r"(?:pekerjaan|posisi|job|tugas|penempatan)\s+(?:\S+\s+){0,4}(?:ditentukan|menyesuaikan|"
    r"diinformasikan|diberitahu)\w*\s+(?:setelah|saat|nanti|kemudian)",
    r"penempatan\s+menyesuaikan",
    r"(?:nama\s+)?(?:company|perusahaan)\s*:?\s*(?:big|besar|"
    r"ternama|international|internasional)\s+(?:online\s+)?company",
    r"kerja\s+(?:ringan|santai|gampang|mudah|enak)",
    r"pekerjaan\s+(?:ringan|santai|mudah|"
    r"gampang)",
    r"(?:easy|simple|light|relaxed)\s+(?:job|work|tasks?)",
    r"dijelaskan\s+(?:nanti|setelah|saat|di|via|lewat|"
    r"ketika|kemudian)",
    r"(?:detail|info|rincian|keterangan)\s+(?:pekerjaan\s+)?(?:nanti|"
    r"menyusul|setelah|via\s+(?:japri|dm|inbox)|lewat\s+(?:japri|dm|inbox)|(?:di|ke)\s+japri|"
    r"di\s+(?:dm|inbox))",
    r"(?:jenis\s+)?(?:pekerjaan|posisi|job)\s+(?:dirahasiakan|menyusul|"
    r"nanti|diberitahu|ditentukan|diinformasikan|dijelaskan)",
    r"(?:perusahaan|majikan|"
    r"pemberi\s+kerja|employer|company|nama\s+perusahaan)\s+(?:dirahasiakan|menyusul|"
    r"diinformasikan\s+(?:nanti|setelah)|diberitahu\s+(?:nanti|setelah)|will\s+be\s+"
    r"(?:informed|disclosed))",
    r"kerja\s+apa\s+saja",
    r"serabutan",
    r"admin\s+online",
    r"(?:cuma|hanya|tinggal|just)\s+(?:duduk|main\s+hp|chat|ketik|typing|like|klik|"
    r"modal\s+hp)",
    r"tanpa\s+target",
    r"(?:duties|job\s+details?)\s+(?:explained|given)\s+"
    r"(?:later|on\s+arrival)",
    r"kerja\s+(?:online\s+)?(?:dari|pakai)\s+hp",
    r"(?:bisa|boleh)\s+(?:sambil|kerja)\s+(?:rebahan|santai)",
    r"kerja\s+(?:di\s+)?luar\s+negeri"
    r"\s+(?:gaji|bergaji)",
    r"(?:diinformasikan|dijelaskan|diberitahu)\s+setelah\s+"
    r"(?:pembayaran|bayar|sampai|tiba|interview|daftar|gabung)",
    r"bidang\s+(?:apa\s+saja|bebas)",
    r"(?:kerja|job)\s+(?:di\s+)?(?:bidang|sektor)\s+(?:online|digital)",
    r"(?:pekerjaan|posisi|job|tugas|majikan|perusahaan|pemberi\s+kerja|employer|lokasi|"
    r"penempatan|jenis|nama|details?|bidang|klien|clients?|duties)\s+(?:[\w&]+\s+){0,3}"
    r"(?:diberitahu|diinformasikan|disampaikan|ditentukan|dijelaskan|disebutkan|informed|"
    r"given|explained|decided)\w*\s+(?:\w+\s+)?(?:nanti|setelah|sesudah|selepas|kemudian|"
    r"saat\s+tiba|later|after|on\s+arrival)",
    r"(?:info|informasi|detail|keterangan)\s+(?:detail|lengkap|selengkapnya|lebih\s+lanjut|"
    r"lanjut)?\s*(?:di|via|lewat|ke)\s+(?:wa|whatsapp|dm|inbox|japri|telegram|pm)",
    r"(?:semua|all|any|segala)\s+(?:posisi|positions?|bidang|jobs?|jenis\s+pekerjaan)",
    r"(?:like|subscribe|follow|rating|review)\s*(?:&|dan|and|,)\s*(?:like|subscribe|follow|"
    r"rate)",
    r"(?:tugas|task)\s+(?:prabayar|premium|berbayar)",
    r"per\s+(?:tugas|task)",
    r"(?:details?|rincian)\s+(?:in|at|during)\s+(?:the\s+)?interview",
)
# Office titles that say nothing about the work when offered abroad (docs/red_flags.md vague_job).
VAGUE_OFFICE_JOBS = (
    r"(?:live\s+|sales\s+)?chat\s+(?:agent|support|operator|cs)",
    r"(?:cs|admin)\s+game(?:\s+online)?",
    r"admin\s+(?:online|media\s+sosial|medsos|sosmed|komputer)",
    r"(?:jadi|sebagai|posisi|"
    r"lowongan|staf|staff|kerja|loker|dicari|butuh)\s+(?:admin|cs)(?:\s*(?:&|dan|/)\s*"
    r"(?:customer\s+service|cs|marketing))?",
    r"customer\s+(?:service|support|care)",
    r"(?:tele)?marketing(?:\s+online)?",
    r"data\s+entry",
    r"typing",
    r"input\s+data",
    r"operator\s+(?:online|komputer|game|data|chat)",
    r"kerja\s+(?:online|komputer|di\s+depan\s+"
    r"komputer)",
    r"it\s+support",
    r"penerjemah",
    r"translator",
    r"sokongan\s+pelanggan",
    r"khidmat\s+pelanggan",
    r"staf\s+(?:administrasi|kantor)",
    r"call\s+cent(?:er|re)",
    r"back\s+office",
    r"operator\s+sistem",
    r"(?:live\s+)?chat\s+operator",
    r"social\s+media\s+(?:operator|admin|specialist)",
    r"bagian\s+admin",
    r"cs\s+job",
    r"admin\s+order",
    r"casino",
    r"kasino",
)
# Vague only when the advert lists no duties either: job boards carry real "Admin Online"
# jobs with a task list, and couriers placed "sesuai domisili" with a job description.
VAGUE_UNLESS_DUTIES = (
    r"admin\s+online(?!\s+(?:shop|store|olshop))",
    r"(?:nanti|akan)\s+(?:di)?jelaskan",
    # Placement "wherever you live" across the country, with no workplace named: the
    # letter-and-poster fakes that borrow a BUMN's name (docs/red_flags.md: vague_job).
    r"(?:penempatan|ditempatkan|wilayah\s+penempatan)\s+(?:\S+\s+){0,3}sesuai\s+"
    r"(?:(?:dengan\s+)?domis\w*|daerah)",
    r"sesuai\s+domis\w*\s*/\s*daerah",
    r"(?:penempatan|ditempatkan)\s+(?:\S+\s+){0,3}(?:di\s+)?seluruh\s+(?:wilayah\s+)?indonesia",
    r"(?:semua|segala|all)\s+(?:posisi|profesi|bidang\s+pekerjaan)",
)
DUTY_WORDS = (
    r"tugas",
    r"tanggung\s+jawab",
    r"job\s*desc\w*",
    r"deskripsi\s+pekerjaan",
    r"duties",
    r"responsibilit\w+",
    r"jam\s+kerja",
    r"working\s+hours",
    r"kontrak\s+\d",
    r"shift",
    r"skop\s+kerja",
    r"bidang\s+tugas",
    r"uraian",
)

# --- pressure -------------------------------------------------------------------------------

_DAY = (
    r"(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
URGENCY = (
    r"(?:kuota|quota|slot|tempat|seat|kursi|lowongan|pendaftaran)\s+(?:sangat\s+)?(?:terbatas|sedikit|"
    r"limited|hampir\s+penuh|sisa|terhad)",
    r"(?:berangkat|leave|depart|fly|terbang)\s+(?:next|this|hari|minggu|akhir)\s+(?:"
    + _DAY[3:-1]
    + r"|week|minggu|bulan|month)",
    r"(?:berangkat|leave|depart|terbang)\s+(?:\d+|dua|tiga|"
    r"lima)\s+(?:hari|days?)\s+(?:lagi|after|later)",
    r"(?:fast|quick)\s+depart\w*",
    r"(?:\d+|dua|tiga|lima)\s+hari\s+lagi",
    r"(?:daftar|apply|register)\s+sebelum\s+"
    r"(?:hujung|akhir|tanggal|tgl|\d)",
    r"(?:ditutup|tutup|closing)\s+(?:hari\s+)?(?:" + _DAY[3:-1] + r"|besok|lusa|tanggal|tgl|\d)",
    r"(?:pendaftaran|batas|registration)\s+(?:terakhir|akhir|"
    r"transfer|closes?)",
    r"batas\s+(?:transfer|pendaftaran|waktu)",
    r"dibuka\s+hanya\s+\d+\s+hari",
    r"(?:hanya|cuma|tinggal|tersisa|sisa)\s+\d+\s*(?:kursi|orang|slot|kuota|tempat|seats?)",
    r"kursi\s+tersisa",
    r"(?:harga\s+)?promo",
    r"diskon",
    r"(?:hari\s+ini|today)\s+konfirmasi",
    r"konfirmasi\s+(?:hari\s+ini|segera|sekarang)",
    r"(?:limited|few)\s+(?:slots?|seats?|quotas?|"
    r"places?|spots?)",
    r"sisa\s+(?:\d+|beberapa|sedikit)\s*(?:kuota|slot|orang|kursi|tempat)?",
    r"(?:hari\s+ini|malam\s+ini|besok)\s+(?:terakhir|ditutup|tutup|closing)",
    r"terakhir\s+(?:hari\s+ini|malam\s+ini|besok)",
    r"(?:pendaftaran|lowongan|loker)\s+"
    r"(?:ditutup|tutup|closed?)\s+(?:hari\s+ini|besok|malam\s+ini|lusa|\d+\s+hari\s+lagi)",
    r"tutup\s+\d+\s+hari\s+lagi",
    r"berangkat\s+(?:minggu\s+ini|besok|lusa|hari\s+ini|"
    r"malam\s+ini|secepatnya|bulan\s+ini|minggu\s+depan|pekan\s+(?:ini|depan)|jumat|sabtu|"
    r"minggu|senin|selasa|rabu|kamis)",
    r"(?:depart|fly|leave)\s+(?:this\s+week|tomorrow|"
    r"today|next\s+week|asap)",
    r"siapa\s+cepat\s+(?:dia\s+)?dapat",
    r"first\s+come,?\s+first",
    r"buruan",
    r"(?:segera|cepat|cepatan|cepetan)\s+(?:daftar\w*|hubungi|japri|dm|gabung|amankan|"
    r"ambil)",
    r"jangan\s+sampai\s+(?:ketinggalan|kehabisan|menyesal)",
    r"kesempatan\s+"
    r"(?:terakhir|langka|emas)",
    r"(?:urgent|urgently|asap)\b",
    r"(?:hanya|cuma)\s+(?:hari\s+ini|"
    r"\d+\s+orang|\d+\s+slot)",
    r"(?:daftar|apply)\s+(?:sekarang|now)\s+(?:juga|sebelum)",
    r"(?:promo|diskon)\s+(?:biaya|hari\s+ini)",
    r"limited\s+time",
    r"hurry",
    r"cepat\s+sebelum",
    r"sebelum\s+(?:penuh|kehabisan|ditutup)",
    # How real posts hurry people: "Dibutuhkan segera", "segera daftar", "secepatnya".
    r"(?:di\s?butuhkan|membutuhkan|dicari|diperlukan|butuh|cari)\s+(?:\S+\s+){0,2}segera",
    r"segera\s+(?:di\s?butuhkan|dicari|diperlukan|bergabung|kirim\w*|melamar|lamar)",
    r"(?:daftar|hubungi|kirim\w*|lamar)\s+(?:\S+\s+){0,2}secepatnya",
    r"sebelum\s+(?:kuota|slot|lowongan)\s+(?:penuh|habis|ditutup)",
)
SECRECY = (
    r"jangan\s+(?:di)?(?:sebar\w*|share|bagikan|kasih\s+tahu|bilang|cerita|beritahu|bocorkan|"
    r"posting|viralkan|lapor\w*)",
    r"rahasia\w*",
    r"(?:tidak|tanpa)\s+(?:perlu|usah|harus|"
    r"wajib)?\s*(?:minta\s+)?(?:izin|restu|persetujuan|tanda\s+tangan)\s+(?:dari\s+)?"
    r"(?:keluarga|suami|istri|orang\s+tua|ortu|wali|kepala\s+desa|bapak|ibu|pasangan)",
    r"(?:keluarga|suami|orang\s+tua|ortu|istri)\s+(?:tidak\s+(?:perlu|usah|harus)\s+(?:tahu|"
    r"dikasih\s+tahu|diberitahu)|jangan\s+(?:dikasih\s+tahu|tahu|diberitahu))",
    r"diam-diam",
    # "Gak usah bilang2 dulu ke keluarga": told not to tell the family (slang normalised).
    r"(?:tidak|gak|ga|nggak|tak)\s+(?:usah|perlu)\s+(?:bilang|kasih\s+tahu|kasih\s+tau|cerita|"
    r"beritahu|kabari|ngomong)\S*\s+(?:\S+\s+){0,3}(?:keluarga|suami|istri|orang\s+tua|ortu|"
    r"siapa)",
    r"(?:keep|kept)\s+(?:it\s+)?(?:secret|confidential|quiet)",
    r"(?:don'?t|do\s+not)\s+(?:tell|share|inform)",
    r"no\s+need\s+(?:for\s+)?(?:family|parents?|"
    r"husband|spouse)\s*(?:'s)?\s*(?:permission|consent|approval)",
    r"without\s+(?:family|"
    r"parents?|husband|spouse)\s*(?:'s)?\s*(?:permission|consent|approval|knowing)",
    r"tak\s+perlu\s+(?:izin|kebenaran)",
    r"tanpa\s+(?:pengetahuan|sepengetahuan)",
    r"(?:hapus|delete)\s+(?:chat|pesan|percakapan)",
    r"(?:jangan|tidak\s+usah)\s+lapor\w*\s+"
    r"(?:ke\s+)?(?:polisi|desa|rt|keluarga)",
    r"(?:bilang|ngaku|katakan|mengaku)\s+(?:mau\s+)?"
    r"(?:liburan|wisata|jalan-jalan|umrah|ziarah|berkunjung|kunjungan|melancong)",
    r"(?:say|tell\s+(?:them|immigration))\s+(?:you\s+)?(?:are\s+|go\s+|going\s+)?(?:on\s+)?"
    r"(?:a\s+)?(?:holiday|vacation|visiting|tourist|trip)",
    r"jangan\s+(?:di|ke)\s+grup",
    r"no\s+need\s+to\s+tell",
    r"(?:don'?t|do\s+not)\s+ask\s+too\s+much",
    r"(?:jangan|tidak\s+usah)\s+(?:bawa|pakai)\s+(?:seragam|koper\s+besar)",
)

# --- document_fraud -------------------------------------------------------------------------

DOC_FIX = (
    r"(?:umur|usia|age)\s+(?:bisa|dapat|boleh|akan|kami|kita)?\s*(?:di)?(?:atur|mudakan|"
    r"tuakan|ubah|rubah|ganti|tambah|naikkan|sesuaikan|manipulasi|bantu|urus|edit)",
    r"(?:umur|usia)\s+(?:kurang|di\s*bawah\s+\d+|belum\s+cukup|tidak\s+cukup|lebih)\s+(?:\d+\s+)?"
    r"(?:bisa|dapat|boleh|tidak\s+masalah|aman)",
    r"(?:ktp|kk|kartu\s+keluarga|akta?|akte|ijazah|"
    r"paspor|identitas|dokumen|data|surat\s+izin|nama|tanggal\s+lahir|skck|surat\s+sehat|"
    r"sertifikat|e-?ktp)\s+(?:bisa|dapat|akan|kami|boleh)?\s*(?:di)?(?:buatkan|atur|"
    r"sesuaikan|palsukan|rubah|ubah|ganti|edit|tembak|mudakan|manipulasi)\w*",
    r"(?:ktp|kk|kartu\s+keluarga|akta?|akte|ijazah|identitas|surat\s+izin|data\s+diri|umur|usia)"
    r"\s+(?:bisa|dapat|akan|kami|boleh)?\s*(?:di)?bantu",
    r"(?:bantu|buatkan|bikin|bikinkan|urus|tembak)\s+(?:ktp|kk|ijazah|akta|akte|surat\s+izin|"
    r"identitas)\s*(?:baru|palsu|aspal)?",
    r"(?:ktp|ijazah|paspor|dokumen|surat)\s+"
    r"(?:palsu|aspal|tembak|nembak)",
    r"pakai\s+(?:ktp|paspor|identitas|nama|dokumen)\s+"
    r"(?:orang\s+lain|saudara|teman|kakak)",
    r"(?:age|documents?|papers?)\s+can\s+be\s+"
    r"(?:arranged|adjusted|fixed|changed)",
    r"(?:fake|forged)\s+(?:documents?|id|passport)",
    r"numpang\s+(?:kk|kartu\s+keluarga)",
    r"(?:tua|muda)kan\s+umur",
    r"(?:dengan|pakai|guna)\s+(?:nama|data|identitas)\s+(?:lain|baru|orang\s+lain)",
    r"(?:nama|data|identitas)\s+(?:lain|palsu)",
    r"(?:dibuat|bikin|jadi)\s+muda",
    r"(?:umur|usia)\s+(?:\w+\s+){0,3}(?:disesuaikan|dibuat|diubah|diperbaiki)",
    r"perbaiki\s+data\s+(?:usia|umur)",
    r"(?:ktp|paspor|ijazah|akte?|surat)\s+(?:\w+\s+){0,3}"
    r"(?:dibantu\s+buat|dibikin\w*|buat\s+(?:yang|yg)\s+baru)",
    r"(?:kakak|kami|kita|saya|aku|"
    r"bos|sponsor|agen)\s+(?:yang\s+)?(?:bikin|buatkan|buat)\s+(?:paspor|ktp|ijazah|dokumen)",
    r"paspor\s+(?:kakak|kami|kita|saya|aku|bos|sponsor|agen)\s+(?:yang\s+)?(?:bikin|buat\w*)",
    r"passports?\s+we\s+make",
    r"(?:sertifikat|certificate|ijazah|buku\s+pelaut|sijil|cos)\s+"
    r"(?:\w+\s+){0,3}(?:dibuatkan|dibikin\w*|dibeli|(?:diurus|dibuat|dibantu)\s+tanpa|"
    r"can\s+be\s+bought|for\s+sale)",
    r"soal\s+bocoran",
    r"tanpa\s+(?:periksa|diperiksa|tes\s+"
    r"kesehatan\s+(?:asli|beneran))",
    r"(?:hasil\s+)?medical\s+(?:kami|bisa)\s+(?:siapkan|atur|"
    r"buatkan)",
    r"(?:ijazah|data)\s+(?:\w+\s+)?(?:bisa\s+)?dinaikkan|dinaikin",
)
PASSPORT_ARRANGED = (
    r"(?:belum|tidak)\s+(?:punya|ada|memiliki)\s+paspor\s*[,?.!]?\s*(?:kami|kita|bisa|akan|agen|"
    r"saya|tidak\s+masalah|aman|dibantu|diurus|dibuatkan)",
    r"paspor\s+(?:kami|kita|saya|agen)\s+"
    r"(?:urus\w*|bantu|buatkan|siapkan)",
    r"(?:urus|buat|bikin)\w*\s+paspor\s+(?:kilat|cepat|"
    r"express|\d+\s+hari|tanpa)",
    r"paspor\s+(?:jadi|selesai)\s+(?:dalam\s+)?\d+\s+hari",
    r"tanpa\s+paspor",
    r"tidak\s+(?:perlu|usah)\s+paspor",
    r"no\s+passport\s+(?:needed|required)",
    r"without\s+(?:a\s+)?passport",
    r"(?:passport|paspor)\s+(?:will\s+be\s+)?(?:arranged|"
    r"processed)\s+by\s+(?:us|me|agent)",
)
PASSPORT_HELD = (
    r"(?:paspor|pasport|passport|ktp|buku\s+pelaut|seaman\s+book|dokumen)\s+(?:\w+\s+){0,4}"
    r"(?:di|akan\s+di|will\s+be\s+)?(?:pegang|simpan|tahan|titip|serah|kumpul)\w*\s+"
    r"(?:\w+\s+){0,2}(?:majikan|agen\w*|perusahaan|pt|kami|bos|sponsor|kapten|hrd|syarikat|"
    r"employer|company|pihak|penampungan|mandor|boss)",
    r"(?:we|company|employer|agent|boss)\s+(?:will\s+)?(?:keeps?|holds?|retains?|kept|held)\s+"
    r"(?:\w+\s+){0,2}passports?",
    r"passports?\s+(?:will\s+be\s+|is\s+|are\s+)?(?:kept|held|"
    r"retained)\s+by",
    r"paspor\s+(?:akan\s+|wajib\s+|harus\s+)?(?:di)?(?:tahan|simpan|pegang|titip)\w*\s+"
    r"(?:oleh\s+|di\s+)?(?:agen|agensi|majikan|perusahaan|pt|kami|bos|sponsor|boss|mess|kantor|"
    r"syarikat|employer|company|penampungan|pihak)",
    r"paspor\s+(?:kami|majikan|agen|bos|"
    r"perusahaan)\s+(?:yang\s+)?(?:pegang|simpan|tahan)",
    r"(?:serahkan|titipkan|kumpulkan)\s+"
    r"paspor",
    r"(?:passport|passports)\s+(?:will\s+be\s+|are\s+|is\s+)?(?:held|kept|retained|"
    r"keep)\s+by",
    r"(?:employer|agent|company)\s+(?:keeps?|holds?|retains?)\s+(?:the\s+|your\s+)?"
    r"passports?",
    r"(?:tahan|simpan|pegang)\s+paspor",
    r"pasport\s+(?:disimpan|dipegang)",
)
# Minimum age under 18 (docs/domain.md section 1: minimum age 18).
MINOR_AGE = (
    r"(?:usia|umur|age[ds]?|berusia|umurnya)\s*(?:min(?:imal|imum)?\.?\s*|dari\s+|mulai\s+|"
    r"from\s+)?:?\s*(?P<age>1[0-7])\s*(?:tahun|thn|th|years?|y\.?o\.?)?\s*(?:(?:-|–|—|s/d|"
    r"sampai|hingga|to)\s*\d\d|ke\s*atas|\+|up)",
    # An age range opening below 18 ("17 - 45 th", "umur 17thn - 45thn").
    r"(?<![\d.,])(?P<age3>1[0-7])\s*(?:tahun|thn|th)?\s*(?:-|–|—|s/d|sampai)\s*[2-6]\d\s*"
    r"(?:tahun|thn|th)\b(?!\s*(?:pengalaman|experience|kerja))",
    r"(?:belum|di\s*bawah|under)\s+"
    r"(?:umur\s+|usia\s+)?1[78]\s*(?:tahun|th|years?)?\s*(?:\w+\s+){0,4}(?:boleh|bisa|dibantu|"
    r"diterima|ok|tidak\s+masalah|diurus|accepted)",
    r"(?:min(?:imal|imum)?\.?\s+)?(?:usia|umur|age)\s+"
    r"(?:min(?:imal|imum)?\.?\s*)?(?P<age2>1[0-7])\s*(?:tahun|years?)?(?!\s*(?:-|–|—))",
    r"(?:di\s*bawah|belum)\s+(?:umur|usia|18|17|dewasa)\s*(?:tahun\s+)?(?:boleh|bisa|diterima|"
    r"dapat|ok|welcome|tidak\s+masalah)",
    r"under\s*-?\s*(?:18|age)\s+(?:accepted|ok|welcome|"
    r"allowed|can)",
    r"(?:lulusan|tamat)\s+(?:sd|smp)\s+(?:boleh|bisa)\s+(?:umur|usia)\s+1[0-7]",
    r"(?:anak|remaja)\s+(?:usia\s+)?(?:sekolah|smp|1[0-7])\s+(?:boleh|bisa|diterima)",
    r"(?:masih\s+)?(?:pelajar|siswa|anak)\s+(?:smp|sma|sekolah)\s+(?:boleh|bisa|diterima)",
    r"(?:boleh|bisa|diterima)\s+(?:yang\s+)?(?:masih\s+)?(?:di\s*bawah\s+umur|belum\s+(?:17|18|"
    r"cukup\s+umur))",
)
PASSPORT_KEPT_BY_WORKER = (
    r"paspor\s+(?:tetap\s+)?(?:di)?(?:pegang|simpan)\s+(?:oleh\s+)?(?:pekerja|sendiri|pmi|anda|"
    r"worker)",
    r"passports?\s+(?:stays?|remains?|kept)\s+with\s+(?:the\s+)?workers?",
)

# --- vulnerable_targeting -------------------------------------------------------------------

ENTERTAINMENT_STRONG = (
    r"\blc\b",
    r"\bpl\b",
    r"pemandu\s+(?:lagu|karaoke)",
    r"purel",
    r"\bgro\b",
    r"hostess",
    r"\bladies\b",
    r"teman\s+(?:minum|karaoke|ngobrol|"
    r"kencan)",
    r"bar\s+girls?",
    r"escort",
    r"sugar\s+(?:baby|daddy)",
    r"\bktv\b",
    r"dancer",
    r"penari",
    r"karyawati\s+(?:karaoke|spa|hiburan|pub|bar)",
    r"(?:tempat\s+)?"
    r"hiburan\s+malam",
    r"night\s?club",
    r"klub\s+malam",
    r"karaoke",
    r"(?:host|hostes)\s+(?:karaoke|club|bar|pub)",
    r"model\s+(?:foto|panggilan|"
    r"video\s+call)",
    r"\bvcs\b",
    r"video\s+call\s+(?:sexy|seksi|hot)",
    r"pijat\s+plus",
    r"massage\s+plus",
    r"\bpub\b",
)
ENTERTAINMENT_WEAK = (
    r"\bspa\b",
    r"terapis",
    r"therapist",
    r"massage",
    r"pijat",
    r"masseuse",
    # Not the "host live (streaming)" of an online shop: selling on TikTok/Shopee is a job.
    r"(?<!live\s)\bhost\b(?!\s*(?:live|streaming|acara|event))",
    r"\bbar\b",
    r"lounge",
    r"cafe\s+malam",
    # A "guest relation officer" is front-desk work in a hotel or café, and the hostess
    # euphemism in Batam's clubs: it counts with a sign of targeting young women.
    r"guest\s+relation\w*",
    r"waitress",
)
APPEARANCE = (
    r"(?:ber)?penampilan\s+(?:menarik|cantik|oke|ok|bagus|good)",
    r"good\s*-?\s*looking",
    r"cantik",
    r"\bmenarik\b",
    r"attractive",
    r"pretty",
    r"(?:body|badan|postur)\s+"
    r"(?:bagus|ideal|langsing|proporsional|seksi|sexy|menarik|slim)",
    r"\bslim\b",
    r"langsing",
    r"\bseksi\b",
    r"\bsexy\b",
    r"putih\s+(?:bersih|mulus)",
    r"kulit\s+putih",
    r"wajah\s+(?:cantik|menarik|manis|good)",
    r"\bmanis\b",
    r"\bimut\b",
    r"\bglowing\b",
    r"tinggi\s+(?:badan\s+)?(?:min(?:imal)?\.?\s*)?1[56]\d\s*cm",
    r"fotogenik",
    r"\bfun\b",
    r"(?:kirim|sertakan|lampirkan)\s+foto\s+(?:full\s*body|seluruh\s+badan|badan|close\s*up)",
    r"full\s*body",
)
SINGLE = (
    r"\bsingle\b",
    r"belum\s+(?:menikah|nikah|kawin|berkeluarga|married)",
    r"lajang",
    r"unmarried",
    r"not\s+married",
    r"bujang(?:an)?",
    r"gadis",
    r"perawan",
    r"janda\s+(?:muda|"
    r"tanpa\s+anak)",
    r"status\s*:?\s*(?:single|lajang)",
    r"tidak\s+(?:terikat|menikah)",
    r"no\s+(?:boyfriend|husband)",
    r"belum\s+punya\s+anak",
)
FEMALE = (
    r"wanita",
    r"perempuan",
    r"cewek",
    r"cewe",
    r"gadis",
    r"female",
    r"women",
    r"girls?",
    r"ladies",
    r"karyawati",
    r"remaja\s+putri",
    r"perempuan\s+muda",
    r"\bpr\b",
    r"wanita\s+muda",
    r"anak\s+perempuan",
)
YOUNG = (
    r"(?:usia|umur|age[ds]?)?\s*:?\s*(?:1[5-9]|2[0-4])\s*(?:-|–|—|s/d|sampai|to)\s*"
    r"(?P<upper>1[89]|2\d|30)\b",
    r"remaja",
    r"(?:max|maks|maksimal|maximum)\.?\s*(?:usia|umur|"
    r"age)?\s*(?P<upper2>2[0-7])\b",
    r"muda",
    r"abg",
    r"teen\w*",
    r"young",
)


# --- impersonation --------------------------------------------------------------------------

# Channels a well-known employer or public body does not recruit through (docs/red_flags.md,
# impersonation; docs/domain.md "Impersonated recruitment"). Phone numbers, URLs and e-mail
# addresses are judged from the extracted entities; these are the words that point elsewhere.
# "Klik link di bio", "isi data melalui link berikut", a Google Form: where fake notices send
# people. A real government or BUMN notice names its own site instead.
LINK_BAIT = (
    r"link\s+(?:\S+\s+){0,5}(?:bio|profil|deskripsi|komen\w*|bawah|dibawah|berikut)",
    r"(?:klik|buka|isi\s+data\s+(?:melalui|di|lewat)|daftar\s+(?:melalui|lewat|via|di))\s+"
    r"(?:\S+\s+){0,2}(?:link|tautan)",
    r"(?:link|tautan)\s+(?:\S+\s+){0,2}(?:klik|daftar)",
    r"google\s*form",
    r"g\s?form",
    r"forms\.gle",
    r"login\s+(?:dengan|pakai|menggunakan)\s+akun\s+telegram",
)
IMPERSONATION_CHANNEL = (
    *LINK_BAIT,
    r"wa\.me",
    r"(?:langsung|via|lewat|melalui|hubungi|chat|minat)\s+(?:\S+\s+){0,2}(?:whatsapp|wa|telegram)"
    r"(?![a-z])",
    r"(?:inbox|japri|dm)(?![a-z])",
    r"(?:biaya|uang)\s+(?:administrasi|pendaftaran|seragam|pelatihan|training|tes|test)",
)
# Words of a warning about impersonation, not of an advert making it ("WASPADA lowongan palsu
# mengatasnamakan BUMN", "[CEK FAKTA]", "itu bukan dari Pelindo").
IMPERSONATION_WARNING = (
    r"(?:lowongan|loker|rekrutmen|info)\s+palsu",
    r"mengatasnamakan",
    r"cek\s+fakta",
    r"hoa(?:ks|x)",
    r"(?:itu|ini)\s+(?:palsu|bukan\s+dari)",
    r"bukan\s+dari\s+(?:pihak\s+)?(?:resmi|perusahaan|instansi|kami|pt|bumn|bank)",
)
