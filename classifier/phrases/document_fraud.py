"""Phrases of the ``document_fraud`` rule: documents fixed or held, minors accepted."""

from __future__ import annotations

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
