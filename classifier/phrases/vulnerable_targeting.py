"""Phrases of the ``vulnerable_targeting`` rule: entertainment work, appearance,
marital status, sex and youth.
"""

from __future__ import annotations

ENTERTAINMENT_STRONG = (
    r"\blc\b",
    # "PL" is also the "petugas lapangan" (field agent) of migrant recruiting ("hub PL kami",
    # "PL berpengalaman"): it counts as "pemandu lagu" only where it names the work.
    r"(?:lc|jadi|jd|sebagai|cewek|cewe|cari|dicari|lowongan|loker|posisi|kerja|butuh)\s*/?\s*pl\b",
    r"\bpl\s*(?:/\s*lc|karaoke|\(?pemandu)",
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
    # Night venues in Malay and Indonesian: "pusat hiburan", "kelab eksekutif".
    r"(?:pusat|tempat)\s+hiburan",
    r"(?:kelab|klub|club)\s+(?:eksekutif|malam|hiburan|karaoke|executive)",
    r"pelayan\s+vip|vip\s+(?:waitress|pelayan|hostess|lounge)",
    # Keeping a man company: "nemenin tamu ngobrol", "pendamping pengusaha asing".
    r"(?:nemenin|menemani|temani|temenin)\s+(?:\S+\s+)?(?:tamu|bos|om|pengusaha|pria)",
    r"pendamping\s+(?:\S+\s+)?(?:pengusaha|tamu|bos|pria|klien)",
    # Brides found for men abroad, and "contract wives".
    r"(?:istri|isteri|kawin|nikah|pernikahan)\s+kontrak",
    r"(?:agen|agensi|biro|agency)\s+(?:perjodohan|jodoh|pernikahan|marriage|matchmaking)",
    r"pengantin\s+pesanan|mail[\s-]*order\s+brides?",
    # Rented company and private parties: "pacar sewaan", "private party".
    r"(?:pacar|teman|cewek)\s+sewaan|rent(?:ed)?\s+(?:a\s+)?(?:girlfriend|gf)",
    r"private\s+party",
    r"(?:lady|ladies|wanita|women|woman|girls?|perempuan|gadis)\s+(?:\S+\s+)?(?:for|untuk)\s+"
    r"(?:marriage|dinikahi|dinikahkan|dijodohkan)",
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
    # Modelling and promotion work abroad: "model endorse", "brand ambassador", "photoshoot".
    r"model\s+(?:endorse|agency|agensi|iklan|promosi)",
    r"model(?:l)?ing",
    r"photo\s*shoots?",
    r"(?:brand|duta)\s+(?:ambassador|jenama)",
    r"tukang\s+urut|urut\s+badan",
    r"kerja\s+malam",
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
    # The face and the whole body asked for: "nice face", "wajah dan seluruh badan", "fair skin".
    r"(?:nice|pretty|fresh|cute|beautiful)\s+face",
    r"(?:wajah|face|muka)\s+(?:\S+\s+)?(?:dan|&|and)\s+(?:body|badan|seluruh\s+badan)",
    r"seluruh\s+badan",
    r"kulit\s+(?:cerah|putih|mulus|bersih)",
    r"fair\s+skin",
    r"modal\s+(?:cantik|tampang|wajah|muka)",
    r"\bcakep\b|\bcantik-cantik\b",
    r"rupa\s+(?:menarik|cantik|elok|paras)",
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
    r"adik[\s-]+adik\s+perempuan",
)
# Height asked of a woman: counts as a looks criterion only when the advert wants women
# (a guard or a driver is asked his height too).
HEIGHT = (
    r"(?:tinggi|tb|height)\s*(?:badan\s*)?:?\s*(?:min(?:imal|imum)?\.?\s*)?1[56]\d\s*(?:cm)?",
    r"min(?:imal|imum)?\.?\s*(?:tinggi|tb|height)\s*(?:badan\s*)?:?\s*1[56]\d\s*(?:cm)?",
)
# Children taken on: "umur 16 bisa", "belum 17 tahun gpp", "umur 17 ke atas pun boleh",
# "anak ibu yang baru tamat SMP".
MINOR = (
    r"(?:umur|usia|age)\s*:?\s*1[3-6]\s*(?:tahun|thn|th)?\s*(?:ke\s*atas|keatas|\+|and\s+above|"
    r"above|pun\s+boleh|boleh|bisa|diterima|gpp)",
    r"(?:umur|usia|age)\s*:?\s*17\s*(?:tahun|thn|th)?\s*(?:ke\s*atas|keatas)\s+(?:pun\s+)?"
    r"(?:boleh|bisa|diterima)",
    r"(?:belum|bawah|di\s+bawah|kurang\s+dari|under|below)\s+(?:umur\s+|usia\s+)?1[78]\s*"
    r"(?:tahun|thn|th)?\s*(?:\S+\s+)?(?:boleh|gpp|gapapa|tidak\s+apa|bisa|ok|diterima|dapat)",
    r"(?:yang\s+)?baru\s+(?:lulus|tamat)\s+smp",
    r"anak\s+(?:ibu|bapak|bpk|bu|pak)\s+(?:yang\s+)?(?:baru\s+)?(?:lulus|lulusan|tamat|tamatan)",
    # An age range that ends below 18, and "umur 16 juga bisa", "umur masih 17 juga gas".
    r"(?:umur|usia|age)\s*:?\s*1[0-7]\s*(?:-|–|—|s/d|sampai|to)\s*1[0-7]\b",
    r"(?:umur|usia|age)\s+(?:masih\s+)?1[3-7]\s*(?:tahun|thn|th)?\s+(?:juga|pun|lah|jg)\s+"
    r"(?:bisa|boleh|gas|biso|gpp|ok|diterima)",
    # Orphans and school drop-outs sought for work.
    r"anak[\s-]+(?:anak\s+)?(?:yatim|panti|putus\s+sekolah)",
)
# Parents kept out of a young person's move: "tidak perlu izin ortu", "orang tua tidak usah ikut".
NO_PARENTS = (
    r"(?:tidak|tanpa|gak|ga|nggak|tak)\s+(?:perlu\s+|usah\s+)?(?:surat\s+)?izin\s+(?:dari\s+)?"
    r"(?:ortu|orang\s+tua|mak\s+ayah|ibu\s+bapak)",
    r"(?:ortu|orang\s+tua)\s+(?:tidak|gak|ga|tak)\s+(?:perlu|usah)\s+(?:tau|tahu|ikut|diberitahu|izin)",
)
# Both sexes named: "pria/wanita", "cowok/cewek", "male or female".
BOTH_SEXES = (
    r"(?:pria|laki-laki|laki|cowok|cowo|male|men|lelaki)\s*(?:/|&|dan|atau|or|and|,)\s*"
    r"(?:wanita|perempuan|cewek|cewe|female|women)",
    r"(?:wanita|perempuan|cewek|cewe|female|women)\s*(?:/|&|dan|atau|or|and|,)\s*"
    r"(?:pria|laki-laki|laki|cowok|cowo|male|men|lelaki)",
)
# Women only, or women first: "cewek saja", "khusus wanita", "girls preferred".
ONLY_WOMEN = (
    r"(?:cewek|cewe|wanita|perempuan|female|girls?|ladies)\s+(?:\d\d\s*(?:-|–|—)\s*\d\d\s+)?"
    r"(?:saja|aja|sahaja|only|je|diutamakan|preferred|lebih\s+disukai|prioritas)",
    r"(?:khusus|hanya|only|just)\s+(?:untuk\s+)?(?:cewek|cewe|wanita|perempuan|female|girls?|ladies)",
)
YOUNG = (
    r"(?:usia|umur|age[ds]?)?\s*:?\s*(?:1[5-9]|2[0-4])\s*(?:-|–|—|s/d|sampai|to)\s*"
    r"(?P<upper>1[6-9]|2\d|30)\b",
    r"remaja",
    r"(?:max|maks|mak|maksimal|maximum)\.?\s*(?:usia|umur|"
    r"age)?\s*(?P<upper2>2[0-7])\b",
    r"muda",
    r"abg",
    r"teen\w*",
    r"young",
    r"adik[\s-]+adik",
)
