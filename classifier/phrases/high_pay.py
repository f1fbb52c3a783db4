"""Phrases of the ``high_pay`` rule: unskilled and skilled work, promises of big pay, and
the contexts (online tasks, internships) with a threshold row of their own.
"""

from __future__ import annotations

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
    # Experience waived in informal Indonesian, Malay and English.
    r"(?:ga|gak|gk|nggak|ngga|enggak|tdk|tak|tiada|x)\s+(?:perlu|butuh|harus|usah)\s+"
    r"(?:ada\s+)?(?:pengalaman|pglmn|ijazah|skill|keahlian|spm)",
    r"tiada\s+(?:pengalaman|kelayakan|kelulusan)(?:\s+(?:diperlukan|diperlu))?",
    r"(?:pengalaman|experience|exp)\s+(?:\w+\s+){0,2}?(?:not|tidak|tak|gak|ga)\s+"
    r"(?:required|needed|necessary|diperlukan|perlu|wajib|harus)",
    r"no\s+(?:exp|pengalaman)",
    r"tnp\s+(?:pengalaman|pglmn|skill)",
    r"(?:lulusan|tamatan|ijazah)\s+(?:smp|sltp)",
    r"tanpa\s+(?:tes\s+)?bahasa(?:\s+(?:asing|inggris))?",
    # Work said to need nothing beyond a phone or typing.
    r"(?:cukup|asal|hanya|only\s+need|just\s+need)\s+(?:bisa\s+|tahu\s+)?"
    r"(?:ngetik|mengetik|menaip|main\s+hp|pakai\s+hp|typing|handphone\s+skill)",
    r"(?:bisa|tahu|reti)\s+(?:main\s+hp|menaip)",
    r"(?:tanpa|gak|ga|kagak|nggak|tidak|tak)\s+(?:pake|pakai)\s+(?:syarat\s+)?(?:ijazah|pengalaman)",
    r"(?:untuk|utk|buat)\s+pemula",
    # Anyone taken, no schooling or skill asked: "SD pun bisa", "lulusan SD boleh", "pengalaman
    # tidak diutamakan", "tdk harus berpengalaman", "mau dilatih", "tanpa seleksi", "fresh
    # graduates welcome", "yang penting mau kerja".
    r"(?<![a-z])(?:sd|smp|sltp)\s+(?:pun|juga|jg)\s+(?:bisa|boleh|ok|diterima|bulie)",
    r"(?:pengalaman|berpengalaman)\s+tidak\s+(?:diutamakan|dibutuhkan|dipentingkan|disyaratkan)",
    r"(?:tidak|tdk|gak|ga|nggak|tak)\s+(?:harus|wajib|mesti|perlu)\s+berpengalaman",
    r"(?:mau|siap|akan|nanti)\s+dilatih(?:\s+dari\s+nol)?",
    r"(?:we\s+)?train\s+you\s+from\s+(?:zero|scratch)",
    r"tanpa\s+(?:seleksi|tes|test)(?!\s+(?:kesehatan|medical|narkoba))",
    r"fresh\s+graduates?\s+(?:are\s+)?(?:welcome|dipersilakan|boleh|bisa|diterima)",
    r"(?:yang|yg)\s+penting\s+(?:mau|sehat|rajin|niat|serius|berani)(?:\s+kerja)?",
)
# Three or more years of experience: a skilled role whatever schooling it also accepts.
SKILLED_YEARS = (
    r"(?:pengalaman|berpengalaman|experience[d]?)\s+(?:kerja\s+)?(?:\w+\s+){0,2}"
    r"(?:min(?:imal|imum)?\.?\s*|≥\s*|>=?\s*|lebih\s+dari\s+|over\s+)?"
    r"(?:[3-9]|[1-9]\d)\+?\s*(?:tahun|years?|yrs?)",
    r"(?:min(?:imal|imum)?\.?\s+|≥\s*)?"
    r"(?:[3-9]|[1-9]\d)\+?\s*(?:tahun|years?|yrs?)\s+(?:of\s+)?(?:\w+\s+){0,2}"
    r"(?:pengalaman|experience|in\s+\w+)",
)
SKILLED = (
    *SKILLED_YEARS,
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
    r"berdaftar\s+dengan(?!\s+(?:ssm|suruhanjaya\s+syarikat))",
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
# Women picked for being young and unattached, the other half of the "young women" lure
# besides looks (docs/red_flags.md vulnerable_targeting): "wanita single 18-25", "must be
# single", "unmarried", "lebih bagus blm nikah", "no boyfriend", "cewe2 muda", "girls (18-23)".
YOUNG_SINGLE = (
    r"\bsingle\b",
    r"unmarried",
    r"(?:belum|blm|tidak|tdk)\s+(?:menikah|nikah|kawin|berkahwin|berkeluarga)",
    r"lajang",
    r"no\s+(?:boyfriend|husband)",
    r"(?:cewe|cewek|wanita|gadis|girls?|perempuan)\w*\s+muda",
    r"(?<![\d.,])1[78]\s*(?:-|–|—|s/d|sampai|to)\s*(?:2[0-6])(?!\d|[.,]\d)",
)
