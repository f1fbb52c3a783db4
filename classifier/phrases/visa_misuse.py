"""Phrases of the ``visa_misuse`` rule: the wrong visa, unofficial border routes and the
overland route through Thailand.
"""

from __future__ import annotations

VISA_WRONG = (
    r"visa(?:nya)?\s+\W{0,2}(?:turis|wisata|kunjungan|pelancong|pelancongan|ziarah|umrah|haji|pelajar|"
    r"student|visit|tourist|holiday|on\s+arrival|kunjung|bisnis|business|transit|liburan|"
    r"melancong|lawatan)",
    r"(?:tourist|visit|visitor|visitors|student|travel|social\s+visit|holiday)\s+visas?",
    r"visa\s*[:=–-]\s*(?:turis|wisata|kunjungan|pelancong|tourist|visit|visitor|business|bisnis|"
    r"umrah|ziarah|pelajar|student|on\s+arrival)",
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
    r"(?:paspor|pasport|passport)\s+(?:\w+\s+){0,2}(?:turis|pelancong|melancong|wisata)",
    r"visa\s+bebas",
    r"visa[\s-]exemption",
    r"switch\s+to\s+(?:a\s+)?work\s+(?:status|visa|permit)",
    r"short[\s-]stay\s+(?:schengen\s+)?visa",
    r"(?:urusan\s+)?(?:dokumen|permit|surat)\s+nanti\s+(?:di\s+)?(?:seberang|sana)",
    r"sebagai\s+(?:pelancong|turis|wisatawan|jamaah)",
    r"pas\s+(?:pelancong|kunjungan|lawatan)",
    r"visa\s+\W{0,2}(?:schengen|jangka\s+pendek|tinggal\s+jangka\s+pendek|haji\s+furoda|furoda|"
    r"kunjungan\s+(?:budaya|keluarga)|entertainer|hayya|event|magang|bebas\s+kunjungan)",
    r"schengen\s+(?:turis|tourist)",
    r"(?:business|bisnis|umrah|ziarah|short[\s-]term)\s+visas?",
    r"(?:umrah|haji)\s*(?:\+|dan|&|sambil|sekaligus|plus)\s*kerja",
    r"(?:perubahan|tukar|ubah|ganti)\W{1,3}"
    r"status",
    r"(?:status|visa)\s+change",
    r"change\s+(?:of\s+)?(?:status|visa)",
    r"(?:tanpa|tidak\s+(?:perlu|payah)|no\s+need|without|no)\s+(?:cop|stamp|cap)",
    # A visitor's visa of some other spelling: "visa elektronik turis", "visa C-3 kunjungan".
    r"visa\s+(?:elektronik|online|e|[a-z]-?\d{1,2})\s+(?:turis|wisata|kunjungan|visit|tourist)",
    r"(?:e-?visa|evisa)\s+(?:turis|wisata|kunjungan|tourist|visit)",
    # Working on the visa exemption or with no visa at all.
    r"bebas\s+visa",
    r"visa[\s-]free(?:\s+as\s+a\s+tourist)?",
    r"(?:gak|ga|gk|tak|dak|tidak|nggak|ndak|x)\s+(?:perlu|usah|payah|butuh)\s+visa",
    r"visa\s+(?:dak|gak|ga|tak|tidak|nggak|ndak)\s+(?:usah|perlu|payah)",
    r"no\s+work\s+(?:visa|permit)\s+(?:needed|required|necessary)",
    r"student\s+status",
    r"status\s+(?:pelajar|mahasiswa)\s*,?\s+(?:bukan|tanpa|tidak)",
    # Working first, the permit later or never: "tanpa permit", "permit diurus bos".
    r"(?:tanpa|tak\s+perlu|tidak\s+perlu|gak\s+perlu|ga\s+perlu|no|without|x\s+perlu|tiada)\s+"
    r"(?:work\s+)?(?:permit|izin\s+kerja|permit\s+kerja)\s*,?\s+(?:cukup|hanya|only|just|modal)\s+"
    r"(?:paspor|pasport|passport)",
    r"no\s+work\s+permit\s+(?:needed|required|necessary)",
    r"(?:work\s+)?permit\s+(?:diurus|diuruskan|diurus\s+oleh)\s+(?:bos|boss|majikan|tauke|"
    r"mandor|agen|ejen|di\s+sana|nanti)",
    r"(?:majikan|bos|tauke|employer)\s+(?:yang|yg)\s+(?:ngurus|urus|mengurus|uruskan)\s+permit",
    r"(?:work\s+)?permit\s+(?:kita|we|will\s+be|akan)?\s*(?:apply|applied|arranged|diapply)\s+"
    r"(?:after|kemudian|nanti|later|setelah|selepas)",
    r"(?:visa|permit|work\s+permit|izin\s+kerja|izin\s+tinggal)\s+(?:\w+\s+){0,4}?"
    r"(?:processed|arranged|diproses|diurus)\s+(?:after\s+(?:arrival|probation)|"
    r"setibanya|setelah\s+(?:tiba|sampai))",
    r"(?:masuk|pakai)\s+(?:pakai\s+)?(?:paspor|pasport)\s+(?:biasa|saja|sahaja|aja)\s+dulu",
    # A visitor's status changed on the spot: "status diganti di sana", "company converts".
    r"status\s+(?:diganti|diubah|ditukar|dikonversi|dialihkan|dipindah)",
    r"(?:diubah|dikonversi|dipindah|ditukar)\s+(?:menjadi\s+|jadi\s+|ke\s+)?(?:iqama|visa\s+kerja)",
    r"(?:company|employer|majikan)\s+converts?",
    r"short[\s-]term\s+stay",
    r"visa\s+\W?azad",
    r"azad\s+visa",
    r"(?:lewat|pakai|via|ikut)\s+jalur\s+(?:umrah|ziarah|wisata|turis)",
    # Telling the officers a holiday or a pilgrimage: "bilangnya mau ibadah", "bilang aja liburan".
    r"(?:bilang|bilangnya|ngaku|mengaku|katakan|cakap)\s+(?:aja\s+|saja\s+|je\s+)?(?:mau\s+|nak\s+)?"
    r"(?:ibadah|umrah|liburan|berlibur|wisata|jalan-jalan|melancong|holiday)",
    # A visa bought from a sponsor.
    r"(?:beli|membeli|dibeli)\s+visa",
    r"visa\s+(?:\w+\s+){0,2}(?:dibeli|dijual)",
    r"visa\s+(?:[\w&]+\s+){0,4}\(\s*(?:tourist|turis|wisata|kunjungan|visit)\s*\)",
    r"(?:on|with|pakai|guna|using)\s+(?:a\s+)?visit(?:or)?\s+pass",
    # The permit left for later: "kerja dulu permit nyusul", "urus permit nanti".
    r"(?:permit|visa\s+kerja|izin\s+kerja|permit\s+kerja|residence\s+permit)\s+(?:\w+\s+){0,3}?"
    r"(?:nyusul|menyusul|belakangan|kemudian|later)",
    r"(?:urus|settle|apply|buat)\s+permit\s+(?:\w+\s+)?(?:nanti|kemudian|later|belakangan)",
    r"(?:process|processed|diproses)\s+on\s+arrival",
    r"(?:masuk|pakai|guna|gunakan)\s+(?:guna\s+|pakai\s+)?(?:paspor|pasport|passport)\s+"
    r"(?:biasa|saja|sahaja|aja|je|only)(?!\s+(?:halaman|\d))",
    r"(?:ikut|gabung|bareng)\s+(?:rombongan|jamaah|jemaah|paket|travel)\s+(?:umrah|haji|ziarah|wisata)",
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
    r"(?:hindari|menghindari|elak|elakkan|mengelak)\s+(?:pemeriksaan|imigrasi|imigresen)",
    r"pelabuhan\s+kecil",
    r"(?:jalur|lewat|via)\s+laut\s+(?:malam|gelap)",
    r"(?:nyebrang|menyeberang|menyebrang|"
    r"seberang)\w*\s+malam",
    r"(?:naik|pakai|pake)\s+speed\s?boat",
    r"perahu\s+(?:dari|ke)\s+malam",
    r"(?:across|cross)\s+\w+(?:\s+\w+){0,2}\s+at\s+night",
    # Landing on a beach or by small boat, away from any port.
    r"(?:jemput|dijemput|turun|mendarat)\s+(?:\w+\s+)?(?:di\s+)?pantai",
    r"(?:bot|boat|perahu|pompong|tongkang)\s+(?:malam|malem|gelap|kecil)",
    r"(?:kapal|speed(?:\s?boat)?|feri|ferry)\s+(?:malam|malem|gelap)",
    r"(?:naik|pakai|melalui|lewat|via|bawa\s+masuk\s+melalui)\s+(?:bot|pompong|perahu|tongkang)",
    # An indirect flight to slip past the airport checks.
    r"biar\s+(?:aman|lancar|gak\s+ditanya|tidak\s+ditanya)\s+(?:di\s+)?(?:bandara|imigrasi)",
    r"(?:transit|lewat|via|singgah)\s+(?:malaysia|kl|kuala\s+lumpur|singapura|bangkok|bkk)\s+dulu",
    r"lewat\s+(?:malaysia|singapura)\s+dulu\s+baru",
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
    r"nunukan",
    r"sebatik",
    r"tawau",
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
    r"(?:trus|terus|lalu|lanjut|kemudian|then)\s+naik\s+(?:mobil|van|bus|bas|travel)",
    r"pengangkutan\s+darat",
    r"(?:our\s+)?(?:driver|sopir|supir)\s+(?:will\s+)?(?:bawa|jemput|antar|take|takes|pick)",
    r"land\s+transport",
    r"(?:a\s+)?car\s+(?:takes|will\s+take|brings)\s+you",
    r"we\s+pick\s+(?:you\s+)?up",
    r"(?:bangkok|bkk)\s*(?:→|->|-|–|lanjut|lalu|then|terus|trus)\s*(?:ke\s+)?"
    r"(?:mae\s?sot|perbatasan|myawaddy|poipet|border|shwe\s?kokko)",
    r"(?:nanti|lalu|then|terus)\s+(?:di\s+)?perbatasan\s+dijemput",
)
# Flown to Bangkok or transiting there for a job in Myanmar, Cambodia or Laos: the route of the
# scam compounds (docs/domain.md section 3).
VIA_BANGKOK = (
    r"(?:lewat|via|transit|terbang\s+ke|fly|flight\s+to|fly\s+to|ke)\s+(?:bangkok|bkk)",
    r"(?:from|dari)\s+(?:bangkok|bkk)",
    r"(?:via|lewat|through|melalui|dari|from)\s+(?:mae\s?sot|myawaddy|poipet|tachileik|aranyaprathet)",
)
# Going with no passport at all, for a job abroad (an Indonesian job needs none).
NO_PASSPORT = (
    r"(?:tanpa|tnp|tak\s+payah|tak\s+perlu|ga\s+perlu|gak\s+perlu|tidak\s+perlu|dak\s+katek|"
    r"dak\s+usah|gak\s+usah|ga\s+usah)\s+(?:paspor|pasport|passport)(?!\s+dulu)",
    r"(?:paspor|pasport|passport)\s+(?:tak|dak|gak|ga|tidak)\s+(?:payah|perlu|usah)"
    r"(?=\s*(?:[,.;!]|$|jalan|lewat|naik|masuk))",
    r"tak\s+ada\s+dokumen\s+pun\s+boleh",
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
