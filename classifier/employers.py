"""Well-known employers and public bodies whose names fake job offers borrow, with the channels
they really recruit through (for the ``impersonation`` red flag).

The commonest fake job offer citizens meet uses the name of a state enterprise (BUMN), a bank,
a hospital or puskesmas, a ministry, a government programme (CPNS, PPPK, Rekrutmen Bersama
BUMN) or a big private company, and sends applicants to a personal WhatsApp number, a "link di
bio", a Google Form, a short link, a look-alike web address or a free e-mail address, often with
a fee or a request for KTP/KK/bank data (docs/domain.md, "Impersonated recruitment"). The real
bodies recruit through their own domains (``pertamina.com``, ``*.go.id``), the Rekrutmen Bersama
BUMN portal of the FHCI (``fhcibumn.id``), the national civil-service portal (``sscasn.bkn.go.id``)
and the big job boards.

Each entry: (canonical name, name patterns on the normalised text, official domains). An empty
domain tuple means "no site of its own that an advert would point to"; ``.go.id`` addresses and
the job boards in :data:`TRUSTED_DOMAINS` count as official for every entry.
Patterns are regular-expression fragments matched on whole words of the normalised
(lower-case) text.
"""

from __future__ import annotations

# State enterprises (BUMN), their big subsidiaries, and public bodies recruiters name.
KNOWN_EMPLOYERS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("Pertamina", (r"pertamina",), ("pertamina.com",)),
    (
        "PLN",
        (r"pln", r"perusahaan\s+listrik\s+negara"),
        ("pln.co.id",),
    ),
    (
        "Telkom Indonesia",
        (r"telkom\s+indonesia", r"pt\.?\s*telkom", r"telkomsel"),
        ("telkom.co.id", "telkomsel.com"),
    ),
    (
        "Bank Rakyat Indonesia",
        (r"bank\s+rakyat\s+indonesia", r"(?:pt\.?\s*)?bank\s+bri", r"\bbri\b"),
        ("bri.co.id",),
    ),
    ("Bank Negara Indonesia", (r"bank\s+negara\s+indonesia", r"(?:bank\s+)?bni"), ("bni.co.id",)),
    ("Bank Mandiri", (r"bank\s+mandiri",), ("bankmandiri.co.id",)),
    ("Bank Tabungan Negara", (r"bank\s+tabungan\s+negara", r"(?:bank\s+)?btn"), ("btn.co.id",)),
    (
        "Bank Syariah Indonesia",
        (r"bank\s+syariah\s+indonesia", r"(?:bank\s+)?bsi"),
        ("bankbsi.co.id",),
    ),
    ("Bank Central Asia", (r"bank\s+central\s+asia", r"(?:bank\s+)?bca"), ("bca.co.id",)),
    (
        "Jasa Raharja / Taspen / Askrindo",
        (r"jasa\s+raharja", r"taspen", r"askrindo", r"jamkrindo"),
        ("jasaraharja.co.id", "taspen.co.id", "askrindo.co.id", "jamkrindo.co.id"),
    ),
    ("Garuda Indonesia", (r"garuda\s+indonesia",), ("garuda-indonesia.com",)),
    (
        "Angkasa Pura / InJourney",
        (r"angkasa\s*pura\s*(?:i{1,2}|[12])?", r"injourney"),
        ("angkasapura2.co.id", "ap1.co.id", "injourney.id", "injourneyairports.id"),
    ),
    ("Pelindo", (r"pelindo",), ("pelindo.co.id",)),
    ("Kereta Api Indonesia", (r"kereta\s+api\s+indonesia", r"pt\.?\s*kai\b"), ("kai.id",)),
    ("Pindad", (r"pindad",), ("pindad.com",)),
    ("Dirgantara Indonesia", (r"dirgantara\s+indonesia",), ("indonesian-aerospace.com",)),
    ("Krakatau Steel", (r"krakatau\s+steel",), ("krakatausteel.com",)),
    ("Inalum / MIND ID", (r"inalum", r"mind\s+id"), ("inalum.id", "mind.id")),
    ("Antam", (r"antam",), ("antam.com",)),
    (
        "Pupuk Indonesia",
        (
            r"pupuk\s+(?:indonesia|sriwidjaja|sriwijaya|kaltim|kujang|iskandar)",
            r"petrokimia\s+gresik",
        ),
        ("pupuk-indonesia.com",),
    ),
    ("PGN", (r"perusahaan\s+gas\s+negara", r"pt\.?\s*pgn"), ("pgn.co.id",)),
    ("Semen Indonesia", (r"semen\s+(?:indonesia|gresik|padang|tonasa)",), ("sig.id",)),
    ("Jasa Marga", (r"jasa\s+marga",), ("jasamarga.com",)),
    ("Wijaya Karya", (r"wijaya\s+karya", r"\bwika\b"), ("wika.co.id",)),
    ("Waskita Karya", (r"waskita",), ("waskita.co.id",)),
    ("Hutama Karya", (r"hutama\s+karya",), ("hutamakarya.com",)),
    ("Adhi Karya", (r"adhi\s+karya",), ("adhi.co.id",)),
    ("Brantas Abipraya", (r"brantas\s+abipraya",), ("brantas-abipraya.co.id",)),
    ("PTPN", (r"ptpn", r"perkebunan\s+nusantara"), ("ptpn.id",)),
    ("Bulog", (r"bulog",), ("bulog.co.id",)),
    ("Pos Indonesia", (r"pos\s+indonesia",), ("posindonesia.co.id",)),
    ("Pegadaian", (r"pegadaian",), ("pegadaian.co.id",)),
    (
        "Bio Farma / Kimia Farma",
        (r"bio\s*farma", r"kimia\s+farma"),
        ("biofarma.co.id", "kimiafarma.co.id"),
    ),
    (
        "Surveyor Indonesia / Sucofindo",
        (r"surveyor\s+indonesia", r"sucofindo"),
        ("ptsi.co.id", "sucofindo.co.id"),
    ),
    ("Pelni / ASDP", (r"pelni", r"asdp"), ("pelni.co.id", "indonesiaferry.co.id")),
    ("Freeport Indonesia", (r"freeport",), ("ptfi.co.id",)),
    ("Badak LNG", (r"badak\s+lng",), ("badaklng.co.id",)),
    ("Transjakarta", (r"transjakarta",), ("transjakarta.co.id",)),
    # Big private employers whose names the same posts borrow.
    (
        "Astra",
        (
            r"astra\s+(?:international|honda|daihatsu|group|otoparts)",
            r"pt\.?\s*astra",
            r"united\s+tractors",
            r"pamapersada",
            r"\bpama\b",
        ),
        ("astra.co.id", "unitedtractors.com", "pamapersada.com"),
    ),
    ("Djarum", (r"djarum",), ("djarum.com",)),
    ("Gudang Garam", (r"gudang\s+garam",), ("gudanggaramtbk.com",)),
    ("Sampoerna", (r"sampoerna",), ("sampoerna.com",)),
    ("Indofood", (r"indofood",), ("indofood.com",)),
    ("Unilever", (r"unilever",), ("unilever.co.id",)),
    (
        "Alfamart / Indomaret",
        (r"alfamart", r"indomaret"),
        ("alfamart.co.id", "alfamartku.com", "indomaret.co.id"),
    ),
    ("Mattel Indonesia", (r"mattel",), ("mattel.com",)),
    # Mining, plantation and manufacturing groups: fake notices promise their pay (10-20 juta
    # for drivers and helpers) to school leavers (docs/domain.md, "Impersonated recruitment").
    ("Arutmin", (r"arutmin",), ("arutmin.com",)),
    ("Adaro", (r"adaro",), ("adaro.com",)),
    ("Kaltim Prima Coal", (r"kaltim\s+prima\s+coal", r"pt\.?\s*kpc"), ("kpc.co.id",)),
    ("Bukit Asam", (r"bukit\s+asam", r"ptba"), ("ptba.co.id",)),
    ("Berau Coal", (r"berau\s+coal",), ("beraucoal.co.id",)),
    ("Kideco", (r"kideco",), ("kideco.co.id",)),
    ("Vale Indonesia", (r"vale\s+indonesia",), ("vale.com",)),
    ("Indocement", (r"indocement",), ("indocement.co.id",)),
    (
        "Toyota",
        (r"toyota\s+(?:motor|astra)", r"pt\.?\s*tmmin"),
        ("toyota.co.id", "toyota.astra.co.id"),
    ),
    ("Samsung", (r"samsung\s+electronics", r"pt\.?\s*samsung"), ("samsung.com",)),
    ("Nestle", (r"nestl[eé]",), ("nestle.co.id",)),
    ("Mayora", (r"mayora",), ("mayora.com",)),
    ("Wings", (r"wings\s+(?:group|food|surya)",), ("wingscorp.com",)),
    ("Danone / Aqua", (r"danone", r"aqua\s+golden\s+mississippi"), ("danone.co.id",)),
    ("Sinar Mas", (r"sinar\s*mas",), ("sinarmas.com",)),
    ("Wilmar", (r"wilmar",), ("wilmar-international.com",)),
    ("Charoen Pokphand", (r"charoen\s+pokphand",), ("cp.co.id",)),
    ("Medco", (r"medco\s*(?:energi|e&p)?",), ("medcoenergi.com",)),
    (
        "Mayapada / Siloam / Hermina",
        (r"mayapada\s+hospital", r"siloam", r"hermina"),
        ("mayapadahospital.com", "siloamhospitals.com", "herminahospitals.com"),
    ),
)

# Names that honest adverts use for something else: BPJS is a benefit ("BPJS Kesehatan dan
# Ketenagakerjaan"), the manpower offices and KP2MI are the regulators a licensed agency cites,
# marketplaces are where an online shop's staff work. They count only when the advert presents
# them as the recruiter ("penerimaan pegawai BPJS", "SDM di Tokopedia"). The manpower offices
# and KP2MI are left out: licensed agencies cite them on every advert as the official steps.
NAMED_AS_RECRUITER_ONLY: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "BPJS",
        (r"bpjs\s*(?:kesehatan|ketenagakerjaan|tk)?",),
        ("bpjs-kesehatan.go.id", "bpjsketenagakerjaan.go.id"),
    ),
    (
        "Tokopedia / Shopee / Lazada",
        (r"tokopedia", r"shopee", r"lazada"),
        ("tokopedia.com", "shopee.co.id", "lazada.co.id"),
    ),
    ("Gojek / Grab", (r"gojek", r"grab"), ("gojek.com", "grab.com")),
)
# State commissions and agencies by their initials. "KPI" is also a sales target (key
# performance indicator, "karyawan dengan target KPI") and "BPS" a statistic quoted in passing,
# so initials count only right after a recruiting noun ("loker KPI", "penerimaan pegawai OJK"),
# closer than :data:`NAMED_AS_RECRUITER_ONLY` allows. Their sites are .go.id addresses.
PUBLIC_BODY_INITIALS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("Komisi Penyiaran Indonesia", (r"kpi",), ("kpi.go.id",)),
    ("Komisi Pemberantasan Korupsi", (r"kpk",), ("kpk.go.id",)),
    ("Komisi Pemilihan Umum", (r"kpu",), ("kpu.go.id",)),
    ("Bawaslu", (r"bawaslu",), ("bawaslu.go.id",)),
    ("Otoritas Jasa Keuangan", (r"ojk",), ("ojk.go.id",)),
    ("Badan Pemeriksa Keuangan", (r"bpk",), ("bpk.go.id",)),
    ("Badan Pusat Statistik", (r"bps",), ("bps.go.id",)),
    ("BMKG", (r"bmkg",), ("bmkg.go.id",)),
    ("Basarnas", (r"basarnas",), ("basarnas.go.id",)),
    ("BNN / BNPB", (r"bnn", r"bnpb"), ("bnn.go.id", "bnpb.go.id")),
    ("BPOM", (r"bpom",), ("pom.go.id",)),
    ("Badan Kepegawaian Negara", (r"bkn",), ("bkn.go.id",)),
)
RECRUITER_NOUNS = (
    r"(?:lowongan|loker|rekrut\w*|recruit\w*|penerimaan|pendaftaran|pegawai|karyawan|"
    r"seleksi|sdm|tim\s+rekrutmen|panitia)"
)

# Public bodies and programmes named generically ("Puskesmas Sewon", "RSUD Kardinah",
# "Kementerian Perhubungan", "rekrutmen CPNS"): their channels are .go.id addresses.
PUBLIC_BODIES: tuple[str, ...] = (
    r"pu[ks]?kesmas",
    r"rsud",
    r"rsup",
    r"rumah\s+sakit\s+umum\s+(?:daerah|pusat)",
    r"kementerian\s+(?!ketenagakerjaan|tenaga)[a-z]+",
    r"kemen(?!aker|terian|kumham)[a-z]{2,}",
    r"badan\s+[a-z]+\s+nasional",
    r"bumn",
    r"bumpn",
    r"rekrutmen\s+bersama",
    r"rbb",
    r"cpns",
    r"pppk",
    r"\bp3k\b",
    r"honorer",
    r"dprd",
    r"komisi\s+[a-z]+\s+indonesia",
)

# Where honest recruiters of every kind send applicants: government domains, the FHCI portal,
# the national civil-service portal and the job boards with verified employer accounts.
TRUSTED_DOMAINS: tuple[str, ...] = (
    "go.id",
    "fhcibumn.id",
    "magangln.id",
    "karirhub.kemnaker.go.id",
    "jobstreet.co.id",
    "jobstreet.com",
    "linkedin.com",
    "glints.com",
    "kalibrr.com",
    "loker.id",
    "karir.com",
    "indeed.com",
)

# Words around a name that show it is the advertised employer ("lowongan PT Pertamina",
# "penerimaan pegawai BUMN", "ditempatkan di Puskesmas X"), not a bank named for a transfer.
RECRUITING_WORDS: tuple[str, ...] = (
    r"lowongan",
    r"loker",
    r"rekrut\w*",
    r"recruit\w*",
    r"penerimaan",
    r"pendaftaran",
    r"dibutuhkan",
    r"membutuhkan",
    r"dibuka",
    r"membuka",
    r"buka",
    r"hiring",
    r"karyawan\w*",
    r"pegawai",
    r"calon",
    r"seleksi",
    r"ditempatkan",
    r"penempatan",
    r"bergabung",
    r"kerja",
    r"posisi",
    r"vacanc\w*",
    r"job",
)
