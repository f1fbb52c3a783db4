"""Phrases of the ``document_fraud`` rule: documents fixed or held, minors accepted."""

from __future__ import annotations

DOC_FIX: tuple[str, ...] = (
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
    # A missing identity paper or diploma "made" by the recruiter: "KTP belum ada bisa dibantu",
    # "ijazah tidak punya bisa dibantu", "KTP blm ada gpp, dibantu", "ijazah hilang/belum ada bisa
    # diurus panitia", "KTP nanti dibuatkan yang baru", "KTP beko diurus".
    r"(?:ktp|e-ktp|kk|ijazah|ijzaah|akta?|akte|skck|sertifikat|buku\s+pelaut|surat\s+izin|"
    r"identitas)\s+(?:\w+\s+){0,2}(?:belum\s+(?:ada|punya)|tidak\s+(?:ada|punya)|tiada|hilang|"
    r"kurang)\s*[,/]?\s*(?:\w+\s+){0,2}(?:(?:gpp|tidak\s+apa-apa|tidak\s+masalah)\s*,?\s*)?"
    r"(?:(?:nanti|bisa|bs|kami|akan|juga)\s+)*(?:di)?(?:bantu|urus|uruskan|buatkan|bikinin|"
    r"bikinkan|siapkan|buat)",
    r"(?:ktp|kk|ijazah|akta?|akte|identitas)\s+(?:\w+\s+){0,2}(?:nanti|beko|kami)\s+(?:di)?"
    r"(?:buatkan|bikinin|bikinkan|urus|uruskan|buat)\w*",
    # The age made to fit, with words between: "umur max 50 (bs diatur)", "umur 20-45
    # (kurang/lebih bisa disesuaikan)", "umur bawah 18 boleh diatur", "age can be adjusted".
    r"(?:umur|usia|age)\s+(?:[\w-]+\s+){0,4}\(?(?:kurang\s*/\s*lebih\s+)?(?:bisa|bs|boleh|blh|"
    r"dapat|can\s+be)\s+(?:di)?(?:atur|sesuaikan|urus|diurus|pinda|adjusted|arranged|changed)",
    # ... or the birth date changed ("tinggal ganti tahun lahir", "umur boleh dipinda", "dokumen
    # diselaraskan").
    r"(?:ganti|ubah|tukar|rubah|pinda|edit)\s+(?:tahun|tanggal|tarikh|tgl)\s+lahir|"
    r"(?:dokumen|data|umur|usia|tarikh\s+lahir)\s+(?:\w+\s+)?(?:diselaraskan|dipinda|diubah|"
    r"ditukar)",
    # Certificates and seaman's books produced without the course or the test: "sertifikat BST,
    # CCM & buku pelaut kami buatkan dalam 3 hari", "sertifikat IELTS bisa kami sediakan".
    r"(?:sertifikat|certificate|sijil|buku\s+pelaut|seaman\s+book|bst|ccm|ielts|jlpt|toefl)\s+"
    r"(?:[\w&,/+]+\s+){0,4}(?:kami|bisa|dapat|we|can)\s+(?:bantu\s+)?(?:buatkan|sediakan|"
    r"siapkan|bikin\w*|make|provide|arrange|bantu)",
    r"(?:buku\s+pelaut|sertifikat|bst|seaman\s+book)\s+(?:\w+\s+){0,2}(?:dibuat|jadi|siap|"
    r"ready|made)\s+(?:dalam\s+|in\s+)?(?:\d+|satu|dua|tiga|seminggu|sehari)\s*(?:hari|minggu|"
    r"days?|weeks?)?",
    # Permission letters and certificates written for the candidate: "surat izin suami/ortu bisa
    # kami buatkan", "sertifikat kesehatan & bahasa bisa dibantu tanpa tes", "sertifikat
    # keterampilan & bahasa bisa diurus oleh tim kami", "sertifikat siap pakai".
    r"surat\s+izin\s+(?:[\w/]+\s+){0,2}\(?(?:bisa|dapat|kami|akan)\s+(?:kami\s+)?(?:di)?"
    r"(?:buatkan|bantu|urus|bikin\w*)",
    r"(?:sertifikat|certificate|sijil)\s+(?:[\w&]+\s+){0,3}(?:bisa|dapat|akan)\s+(?:dibantu\s+"
    r"tanpa\s+\w+|diurus\s+(?:oleh\s+)?(?:tim\s+)?kami)",
    r"sertifikat\s+(?:\w+\s+)?(?:siap\s+pakai|sudah\s+jadi|instan|instant|tanpa\s+ujian)",
    # The recruiter fitting the papers to the job: "tim kami yang menyesuaikan data di paspor",
    # "KTP & akte bisa diperbarui umurnya", "kenalan di imigrasi".
    r"(?:menyesuaikan|mengubah|merubah|mengatur|memudakan|menuakan)\s+(?:data|umur|usia|"
    r"tanggal\s+lahir)",
    r"(?:ktp|akte?|akta|paspor|ijazah)\s+(?:[\w&]+\s+){0,3}(?:bisa|dapat|akan)\s+"
    r"(?:diperbarui|diperbaharui|diremajakan)\s+(?:umur|usia|data)\w*",
    r"(?:kenalan|kenal\s+orang|orang\s+dalam)\s+(?:di\s+)?(?:imigrasi|kantor\s+imigrasi|"
    r"dukcapil|capil)",
    # The age fitted on the papers: "umurnya diurus di paspor", "bisa dituakan di paspor",
    # "penyesuaian data di dokumen", "KTP-nya kita buatkan yang umur 21", "KTP can be arranged",
    # "umur 18+ (kurang jg gpp)".
    r"(?:umur|usia)\w*\s+(?:\w+\s+){0,2}(?:di)?(?:urus|atur)\s+di\s+(?:paspor|ktp|dokumen)",
    r"(?:bisa|dapat|boleh|akan)\s+(?:di)?(?:tuakan|dituakan|mudakan|dimudakan)",
    r"penyesuaian\s+(?:umur|usia|data\s+(?:umur|usia|kelahiran|di\s+(?:dokumen|paspor|ktp)))",
    r"(?:ktp|paspor|akte?|akta)\w*\s+(?:\w+\s+){0,3}(?:buatkan|bikinin|bikinkan|buat)\s+"
    r"(?:yang|yg)\s+umur",
    r"(?:ktp|ic|paspor|id|birth\s+certificate)\s+can\s+be\s+(?:arranged|adjusted|fixed|changed|made)",
    r"(?:umur|usia|min|minimal)\s+(?:[\w+]+\s+){0,3}\(?(?:kurang|di\s*bawah)\s+(?:jg|juga|pun)\s+"
    r"(?:gpp|bisa|boleh|ok|tidak\s+apa-apa)",
    # A missing paper waved through: "KTP gak ada jg bs", "tak ada dokumen pun boleh".
    r"(?:ktp|kk|ijazah|dokumen)\s+(?:tidak\s+ada|belum\s+ada|tiada)\s+(?:jg|juga|pun)\s+"
    r"(?:bisa|boleh|gpp|ok)",
    # Papers sold or faked: "jual sertifikat BST/seaman book", "SIM tembak", a false address on
    # the passport ("kami buatkan di Batam pakai alamat sana").
    r"jual\s+(?:sertifikat|ijazah|ktp|paspor|buku\s+pelaut|seaman\s+book|sim|skck|surat)",
    r"(?:sim|lesen)\s+(?:tembak|nembak)|(?:tukar|tembak|nembak)\s+(?:sim|lesen)",
    r"(?:pakai|pake|dengan|guna)\s+alamat\s+(?:sana|palsu|lain|orang\s+lain|saudara|teman)",
    # Someone else's identity: "bisa pake KTP kakak/saudara", "guna paspor orang lain dulu",
    # "paspor nama lain jg bisa", "nama baru, paspor baru".
    r"(?:pake|pakai|guna|use)\s+(?:ktp|paspor|identitas|ic|nama)\s+(?:\w+\s+)?(?:kakak|"
    r"saudara|teman|orang\s+lain|lain|kawan|adik|someone)",
    r"(?:paspor|ktp|nama)\s+(?:nama\s+)?(?:lain|baru)\s+(?:\w+\s+)?(?:juga\s+|jg\s+)?"
    r"(?:bisa|boleh)",
)
PASSPORT_ARRANGED: tuple[str, ...] = (
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
    # The passport "made" fast by the recruiter ("paspor siap seminggu, KTP je", "passport we
    # make in 1 week"; the normaliser spells "passport" as "paspor").
    r"paspor\s+(?:\w+\s+)?(?:siap|jadi|ready|we\s+make|made)\s+(?:dalam\s+|in\s+)?(?:\d+|satu|"
    r"dua|tiga|seminggu|sehari)\s*(?:hari|minggu|days?|weeks?)?",
    # "No passport yet? We help make it fast", "paspor nanti kita buatin", "paspor & buku pelaut
    # dibantu cepat".
    r"no\s+paspor\s*(?:yet)?\s*\??\s*(?:we|kami)\s+(?:help|can|will|make|arrange|bantu)",
    r"paspor\w*\s+(?:nanti\s+)?(?:kita|kami|saya|sy|aku)\s+(?:yang\s+|yg\s+)?(?:buatin|buatkan|"
    r"bikinin|bikinkan|urus|uruskan)",
    r"(?:paspor|buku\s+pelaut)\s+(?:[\w&]+\s+){0,3}dibantu\s+(?:cepat|kilat|express)",
    # No passport, "no problem": "takde passport pun boleh", "dak katek paspor jugo dak apo",
    # "tak ada dokumen pun boleh kerja".
    r"(?:tidak\s+ada|tiada|takde|dak\s+katek|dak\s+ado)\s+(?:paspor|dokumen)\s+(?:pun|juga|jugo|"
    r"jg)\s+(?:boleh|bisa|ok|dak\s+apo|tidak\s+apa-apa|gpp)",
    # No passport yet, "gpp" ("paspor blm ada gpp nanti dibikinin", "paspor dak ado gpp").
    r"paspor\s+(?:belum\s+(?:ada|punya)|tidak\s+(?:ada|punya)|dak\s+ado|tiada)\s*,?\s*(?:gpp|"
    r"tidak\s+apa-apa|tidak\s+masalah|(?:nanti\s+|bisa\s+|kami\s+)*(?:di)?(?:bantu|urus|"
    r"buatkan|bikinin|bikinkan|uruskan))",
)
PASSPORT_HELD: tuple[str, ...] = (
    # Papers held by whoever runs the job: "KTP & ijazah asli dititip ke manajemen", "buku
    # tabungan & ATM dipegang HRD", "ARC dan paspor disimpan oleh broker", "dokumen ditahan
    # sampai lunas", "we hold your passport during contract".
    r"(?:paspor|ktp|ijazah|ijzaah|buku\s+pelaut|dokumen|atm|buku\s+tabungan|arc|kartu\s+atm)"
    r"\s+(?:[\w&]+\s+){0,4}(?:di|akan\s+di)?(?:pegang|simpan|tahan|titip|kumpul)\w*\s+"
    r"(?:\w+\s+){0,2}(?:hr|hrd|manajemen|management|pemilik|owner|tauke|toke|broker|kantor|hotel|"
    r"juragan|koordinator|tekong|perusahaan|majikan|bos|boss|agen\w*|mandor|pt|sponsor)",
    # The holder named before the verb: "paspor nanti kita yang pegang sampai potongan lunas",
    # "paspor biar saya pegang", "paspornya dia yang pegang".
    # (Not "paspor saya pegang sendiri": a worker speaking.)
    r"paspor\w*\s+(?:\w+\s+){0,2}(?:kita|kami|dia|bos|agen|sponsor)\s+(?:yang\s+|yg\s+)?"
    r"(?:pegang|simpan|tahan)(?!\s+sendiri)",
    r"paspor\w*\s+(?:nanti\s+|biar\s+)(?:saya|sy|aku)\s+(?:yang\s+|yg\s+)?(?:pegang|simpan|"
    r"tahan)(?!\s+sendiri)",
    # Handed over as a guarantee or on arrival: "CPMI menyerahkan paspor & buku pelaut asli ke
    # perusahaan sebagai jaminan", "paspor diserahkan ke bagian personalia", "passport
    # surrendered to admin on arrival".
    r"(?:menyerahkan|serahkan|surrender|hand\s+over)\s+(?:\w+\s+)?(?:paspor|buku\s+pelaut|ktp|"
    r"ijazah)\s+(?:[\w&]+\s+){0,3}(?:ke|kepada|to)\s+(?:\w+\s+){0,2}(?:perusahaan|personalia|hrd?|admin|"
    r"agen\w*|agency|majikan|employer|company|bos|boss|kapten|captain|mandor|manajemen|"
    r"management)",
    r"paspor\s+(?:\w+\s+){0,2}(?:diserahkan|surrendered|handed\s+over)\s+(?:ke|kepada|to)\s+"
    r"(?:\w+\s+){0,2}(?:perusahaan|personalia|hrd?|admin|agen\w*|agency|majikan|employer|"
    r"company|bos|boss|kapten|captain|mandor|manajemen|management)",
    r"(?:we|company|employer|boss|agent|agency|master|captain|admin|hr)\s+(?:will\s+)?(?:keeps?|"
    r"holds?|retains?|kept|held)\s+(?:the\s+|your\s+|all\s+)?(?:paspor|documents?)",
    r"(?:documents?|ktp|ic)\s+(?:will\s+be\s+|are\s+|is\s+)?(?:held|kept|retained)\s+by\s+"
    r"(?:the\s+)?(?:vessel\s+)?(?:master|captain|company|employer|agent|agency|hr|admin|boss|"
    r"management)",
    r"(?:ktp|paspor|ijazah|dokumen|hp|handphone)\s+(?:\w+\s+)?(?:ditahan|disimpan|dipegang)\s+"
    r"(?:oleh\s+)?(?:manajer|manager|yayasan|penyalur|calo)",
    # English ("passport kept by management", "passport will be held by HR"): the normaliser
    # spells "passport" as "paspor".
    r"paspor\s+(?:will\s+be\s+|is\s+|are\s+)?(?:kept|held|retained|keep)\s+by"
    r"(?!\s+(?:the\s+)?(?:workers?|employees?|pekerja|yourself|you)(?![a-z]))\s+(?:the\s+)?"
    r"[a-z]+",
    r"(?:dokumen|paspor|ktp|ijazah)\s+(?:\w+\s+){0,2}(?:ditahan|disimpan|dipegang)\s+(?:sampai|"
    r"hingga|until|sehingga)\s+(?:lunas|hutang|utang|kontrak|selesai|habis)",
    r"(?:paspor|documents?)\s+(?:we|company|employer|boss)\s+(?:will\s+)?(?:hold|keep|retain)|"
    r"(?:we|company|employer|boss|agent)\s+(?:will\s+)?(?:hold|keep|retain)s?\s+(?:your\s+|"
    r"the\s+|all\s+)?(?:paspor|documents?)",
    r"(?<!fotokopi\s)(?<!fotocopy\s)(?<!copy\s)(?<!salinan\s)(?<!scan\s)"
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
MINOR_AGE: tuple[str, ...] = (
    # Minors welcomed in slang: "umur 17 pun ok", "yg umur masih 17 jg gas", "yang belum 17
    # tahun gpp", "umua 17 taun pun bulie". (First: the alternation takes the first branch that
    # matches, and a bare "umur 17" further down is skipped at home.)
    r"(?:umur|usia|umua|age)\s+(?:masih\s+)?1[0-7]\s*(?:tahun|taun|th|thn)?\s+(?:pun|juga|jg|"
    r"jugo)\s+(?:ok|oke|boleh|bisa|bs|gas|gpp|bulie|can)",
    r"belum\s+(?:cukup\s+umur|1[78]\s*(?:tahun|th|thn)?)\s*(?:\w+\s+)?(?:gpp|tidak\s+apa-apa|"
    r"tidak\s+masalah|aman)",
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

# --- second round -----------------------------------------------------------------------------
DOC_FIX += (
    # The age "seen to" on the papers, with "akan" or after a shrug: "umur dalam dokumen akan
    # diuruskan", "umur max 35, bisa diatur kalau lebih", "umur kurang dikit gpp nanti diurus",
    # "umur lewat? bisa dibantu", "calon di atas 30 dapat disesuaikan umurnya di dokumen".
    r"(?:umur|usia)\s+(?:[\w-]+,?\s+){0,4}\(?(?:akan|bisa|bs|boleh|dapat)\s+(?:di)?(?:uruskan|"
    r"diuruskan|atur|sesuaikan)",
    r"(?:umur|usia)\s+(?:[\w-]+\s+){0,3}(?:gpp|tidak\s+masalah|tidak\s+apa-apa)\s*,?\s*"
    r"(?:nanti\s+|kami\s+|kita\s+|bisa\s+)*(?:di)?(?:urus|atur|bantu|sesuaikan|uruskan)",
    r"(?:umur|usia)\s+(?:lewat|lebih|kurang|ketuaan|kemudaan)\s*\?\s*(?:\w+\s+)?(?:bisa|bs|dapat)\s+"
    r"(?:di)?(?:bantu|atur|urus)",
    r"(?:disesuaikan|diubah|diatur|diurus|dituakan|dimudakan)\s+(?:umur|usia|tanggal\s+lahir)"
    r"\w*\s+(?:di|dalam|pada)\s+(?:dokumen|paspor|ktp|kk|kartu\s+keluarga)",
    r"(?:tua|muda)\W{0,2}kan\s+(?:umur|usia)",
    # Several papers at once, "semua bisa diatur": "belum punya paspor? ijazah hilang? umur
    # lebih? semua bisa diatur".
    r"(?:umur|usia|ijazah|paspor|ktp)\w*\s+(?:\w+\s*)?\?\s*(?:semua|semuanya|smua)\s+(?:bisa|bs|"
    r"dapat)\s+(?:di)?(?:atur|urus|bantu)",
    # Someone else's identity lent: "nanti dipinjami KTP kakak di sana".
    r"(?:dipinjami|dipinjamkan|pinjam|minjam|pinjamkan)\s+(?:ktp|paspor|identitas|kk)\s+"
    r"(?:\w+\s+)?(?:kakak|kakak2|saudara|sodara|teman|orang|kawan|adik)",
    # New papers made: "bisa bantu bikin dokumen baru biar lolos", "KTP kito bantu".
    r"(?:bikin|bikinin|buatkan|buatin)\s+(?:dokumen|identitas|ktp|data)\s+baru",
    r"(?:ktp|kk|akte?|akta|ijazah|identitas)\s+(?:kito|kita|saya|sy|aku)\s+(?:bantu|urus|buatkan)",
    # Certificates without the course or the test: "sertifikat BNSP & hasil medical 'sudah jadi'
    # dari kami", "sertifikat disiapkan, tidak perlu ikut pelatihan", "CCM, BST, seaman book
    # diurus kantor kami dalam seminggu tanpa training", "issue the certificates without the
    # candidate sitting the examination".
    r"(?:sertifikat|certificate|ijazah|hasil\s+medical|buku\s+pelaut)\s+(?:[^\s.!?]+\s+){0,4}"
    r"\W?(?:sudah\s+jadi|siap\s+pakai)\W?\s+dari\s+kami",
    r"(?:tanpa|tidak\s+perlu|tak\s+perlu|gak\s+perlu|ga\s+perlu)\s+(?:ikut\s+)?(?:pelatihan|"
    r"training|ujian|tes|kursus|diklat)\b[^.!?\n]{0,60}?(?:sertifikat|certificate)\w*\s+"
    r"(?:\w+\s+){0,2}(?:disiapkan|dibuatkan|disediakan)",
    r"(?:sertifikat|certificate)\w*\s+(?:\w+\s+){0,2}(?:disiapkan|dibuatkan|disediakan)"
    r"[^.!?\n]{0,40}?(?:tanpa|tidak\s+perlu|gak\s+perlu|ga\s+perlu)\s+(?:ikut\s+)?(?:pelatihan|"
    r"training|ujian|tes|kursus|diklat)\b",
    r"(?:sertifikat|certificate|dokumen|ccm|bst|seaman\s+book|buku\s+pelaut)\b[^.!?\n]{0,60}?"
    r"(?:diurus|dibuatkan|disiapkan|jadi|siap)\b[^.!?\n]{0,30}?(?:tanpa|no)\s+(?:ikut\s+)?"
    r"(?:training|pelatihan|ujian|tes|kursus|diklat|exam)\b",
    r"(?:issue|provide|make|arrange|sell)\s+(?:the\s+|your\s+)?(?:certificates?|papers?|"
    r"documents?)\s+without\s+(?:\w+\s+){0,3}(?:sitting|taking|passing|exam|examination|test|"
    r"training|course)",
    # A passport made skipping the manpower office: "belum punya paspor? kami uruskan tanpa
    # rekomendasi Disnaker".
    r"paspor\w*\W+(?:\w+\s+){0,3}(?:uruskan|urus|buatkan|bantu)\s+tanpa\s+(?:surat\s+)?"
    r"(?:rekomendasi|disnaker|dinas|bp3mi|ltsa)",
)
PASSPORT_HELD += (
    # The holder named after "oleh"/"ke"/"sama": "pasport dipegang oleh towkay", "pasport
    # disimpan pengurus", "paspor dipegang admin supaya aman", "semua dokumen dipegang beliau".
    r"(?:paspor|pasport|ktp|ijazah|buku\s+pelaut|sertifikat|dokumen)\s+(?:[^\s.;!?]+\s+){0,4}"
    r"(?:akan\s+)?di(?:pegang|simpan|tahan|titip)\w*\s+(?:oleh\s+|ke\s+|kat\s+|sama\s+|di\s+)?"
    r"(?:\w+\s+)?(?:towkay|tauke|taukeh|pengurus|admin|lpk|bos|boss|beliau|abang|manajemen|"
    r"majikan|agen\w*|perusahaan|mandor|sponsor|kapten|nahkoda|nakhoda|supervisor|penyalur|"
    r"yayasan|koordinator|calo|tekong|employer)\b",
    # "Paspornya" (a story may say it too) as a term of the job: "paspornya dipegang bos selama
    # kerja", "paspornya disimpan agen supaya tidak kabur".
    r"(?:paspor|pasport|ktp|ijazah|dokumen)nya\s+(?:akan\s+)?di(?:pegang|simpan|tahan|titip)\w*\s+"
    r"(?:oleh\s+)?(?:\w+\s+)?(?:towkay|tauke|taukeh|pengurus|admin|lpk|bos|boss|majikan|agen\w*|"
    r"perusahaan|mandor|sponsor|kapten|yayasan|koordinator|employer)\s+(?:selama|sampai|hingga|"
    r"biar|supaya|agar|untuk)",
    # The holder first: "paspor mbak nanti sy pegang dulu", "pasport nanti abang simpan",
    # "nanti bos yg simpan paspornya".
    r"paspor\w*\s+(?:\w+\s+){0,2}(?:nanti\s+|biar\s+)?(?:saya|sy|aku|abang|bang|bos|boss|agen|"
    r"sponsor|tauke|towkay|mandor|majikan)\s+(?:yang\s+|yg\s+)?(?:pegang|simpan|tahan)"
    r"(?!\s+sendiri)",
    r"(?:bos|boss|majikan|agen|sponsor|tauke|towkay|mandor|admin|kantor)\s+(?:yang|yg)\s+"
    r"(?:pegang|simpan|tahan)\s+paspor\w*",
    # Papers kept as a guarantee, for the contract or until a debt is paid: "ijazah asli & KTP
    # diserahkan ke manajemen selama kontrak", "sertifikat & paspor disimpan LPK sampai lunas",
    # "ijazah asli ... diserahkan ke LPK sampai pinjaman lunas".
    r"(?:paspor|pasport|ktp|ijazah|sertifikat|buku\s+pelaut|dokumen|bpkb|akta|akte)\w*\s+"
    r"(?:[^\s.;!?]+\s+){0,6}(?:diserahkan|dititipkan|ditahan|disimpan|dipegang|dikumpulkan)\s+"
    r"(?:[^\s.;!?]+\s+){0,3}(?:sebagai\s+jaminan|selama\s+(?:masa\s+)?(?:kontrak|kerja|"
    r"bekerja)|(?:sampai|hingga|sehingga|until)\s+(?:\w+\s+)?(?:lunas|selesai\s+kontrak|"
    r"kontrak\s+(?:selesai|habis|berakhir)))",
    # English, further from the verb: "passports will be collected ... and retained by the hotel".
    r"(?:paspor|passport)\w*\s+(?:[^\s.;!?]+\s+){0,10}?(?:retained|held|kept|confiscated)\s+by\s+"
    r"(?:the\s+)?"
    r"(?!workers?\b|employees?\b|yourself\b|you\b|pekerja\b)[a-z]+",
)
PASSPORT_ARRANGED += (
    # The passport "helped" or made by the recruiter: "paspor dibantu", "pasport takde? kita
    # buat", "just bring KTP and we do passport".
    r"paspor\w*\s+(?:\w+\s+)?(?:dibantu|diuruskan|dibuatkan|dibikinin)\b",
    r"paspor\w*\s+(?:takde|tak\s+ada|tiada|belum\s+ada|gak\s+ada|ga\s+ada|blm\s+ada|belum\s+"
    r"punya)\s*\??\s*(?:kita|kami|saya|sy|we)\s+(?:buat|urus|bantu|buatkan|uruskan|bikin)",
    r"(?:we|i)\s+(?:do|make|arrange|process|handle)\s+(?:the\s+|your\s+)?paspor",
)
DOC_FIX += (
    # Papers that do not match the age, fixed: "KTP tidak sesuai umur? Kami bantu urus".
    r"(?:tidak|belum|tak)\s+sesuai\s+(?:umur|usia)\s*\??\s*(?:\w+\s+){0,2}(?:di)?(?:bantu|urus|atur)",
    # A missing seaman's book or certificate waved through: "buku pelaut gak ada pun bisa jalan".
    r"(?:buku\s+pelaut|seaman\s+book|sertifikat|paspor)\s+(?:tidak|gak|ga|tak)\s+ada\s+(?:pun|juga|"
    r"jg)\s+(?:bisa|boleh|bs|ok)",
)
PASSPORT_HELD += (
    # "Harap membawa paspor asli, yang akan kami simpan selama proses".
    r"paspor\w*\s+(?:asli\s*)?,?\s*(?:yang|yg)\s+(?:akan\s+)?(?:kami|kita|agen|perusahaan|bos)\s+"
    r"(?:simpan|pegang|tahan)",
)
PASSPORT_ARRANGED += (
    # No passport needed, in slang and dialect: "dak payah paspor", "dak usah paspor", "gak ada
    # paspor tetep bisa", "belum punya paspor jg bisa".
    r"(?:tidak|tak|dak|gak|ga|ndak|nggak)\s+(?:payah|perlu|usah|butuh)\s+(?:pakai\s+|pake\s+|"
    r"bawa\s+)?paspor\w*",
    r"(?:tidak|tak|gak|ga|belum|blm|dak)\s+(?:ada|punya|punyo|ado)\s+paspor\s+(?:\w+\s+)?(?:jg|"
    r"juga|pun|tetap|tetep)\s+(?:bisa|boleh|bs|berangkat|jalan)",
)
MINOR_AGE += (
    # "17 years old ok", "yang 17 tahun boleh daftar", "girls 16-24".
    r"(?<![\d.,])(?<!pengalaman\s)(?<!experience\s)1[0-7]\s*(?:years?\s+old|y\.?o\.?|tahun|taun|"
    r"thn|th)\s+(?:juga\s+|jg\s+|pun\s+)?(?:ok|okay|boleh|bisa|bs|can|welcome|accepted|diterima|gpp)",
    r"(?:cewek|cewe|wanita|gadis|girls?|female|perempuan|ladies)\s*:?\s*\(?\s*1[0-6]\s*(?:-|–|—|"
    r"s/d|to)\s*[1-5]\d(?!\d|[.,]\d)",
)
