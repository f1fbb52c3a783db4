"""Phrases of the ``vulnerable_targeting`` rule: entertainment work, appearance,
marital status, sex and youth.
"""

from __future__ import annotations

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
