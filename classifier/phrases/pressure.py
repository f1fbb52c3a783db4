"""Phrases of the ``pressure`` rule: urgency and secrecy."""

from __future__ import annotations

_DAY = (
    r"(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu|isnin|khamis|jumaat|ahad"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
URGENCY: tuple[str, ...] = (
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
    # Not the group etiquette "izin promo loker" (asking to post an advert).
    r"(?<!izin\s)(?<!numpang\s)(?:harga\s+)?promo(?!\s+(?:loker|lowongan))",
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
    # (within one clause: "cari barista, PM segera untuk info" is not "cari segera")
    r"(?:di\s?butuhkan|membutuhkan|dicari|diperlukan|butuh|cari)\s+(?:[^\s,.;:!?]+\s+){0,2}segera",
    r"segera\s+(?:di\s?butuhkan|dicari|diperlukan|bergabung|kirim\w*|melamar|lamar)",
    r"(?:daftar|hubungi|kirim\w*|lamar)\s+(?:\S+\s+){0,2}secepatnya",
    r"sebelum\s+(?:kuota|slot|lowongan)\s+(?:penuh|habis|ditutup)",
    # Few places left, told every way: "slot tinggal 3", "kuota peserta terbatas", "slot cepat
    # habis", "only 5 seats left", "ada 3 tempat je lagi", "kuota tinggal dikit".
    r"(?:kuota|quota|slots?|seats?|kursi|posisi|kamar(?:\s+mess)?|places?|spots?)(?:nya)?\s+"
    r"(?:\S+\s+){0,5}?(?:(?:sangat\s+)?terbatas|terhad|(?:are\s+|is\s+)?limited|tinggal\s+"
    r"(?:\d+|dikit|sedikit|beberapa)|(?:cepat|hampir|sudah|mau|udah)\s+(?:habis|penuh)|"
    r"cuma\s+\d+|hanya\s+\d+|\d+\s+(?:orang\s+)?(?:saja|aja|je)\b)",
    r"(?:tinggal|sisa|tersisa|hanya|cuma|only|just|final|last)\s+(?:\d+|dikit|sedikit|"
    r"beberapa|a\s+few)\s+(?:\S+\s+)?(?:seats?|places?|slots?|spots?|kursi|tempat|orang\s+lagi)",
    r"(?:\d+|beberapa|few)\s+(?:seats?|places?|slots?|spots?|tempat|kursi)\s+"
    r"(?:je\s+|saja\s+|aja\s+)?(?:left|lagi|tersisa|remaining)",
    r"(?:kuota|quota)\s+\d+\s+orang\s+(?:saja|aja|sahaja|je)",
    # The last group or batch: "kloter terakhir bulan ini", "gelombang terakhir", "last batch".
    r"(?:kloter|gelombang|angkatan|batch|rombongan|intake)\s+terakhir",
    r"(?:last|final)\s+(?:batch|intake|call|chance)",
    # Leaving at once: "keberangkatan lusa", "berangkat dr kuala tungkal sabtu ini",
    # "brkt besok pagi", "kami jemput sabtu", "fly this week".
    r"(?:keberangkatan|berangkat|brangkat|brkt|terbang|dijemput|jemput)\s+(?:\S+\s+){0,3}?"
    r"(?:lusa|besok(?:\s+pagi|\s+malam)?|hari\s+ini|malam\s+ini|minggu\s+ini|pekan\s+ini|"
    + _DAY
    + r"\s+ini)",
    r"(?:kami|kita)\s+jemput\s+" + _DAY,
    # The boat, bus or group leaves on a named day: "bot gerak hari khamis", "boat leaves
    # thursday", "berangkat hari isnin", "berangkat mlm ini".
    r"(?:bot|boat|kapal|speedboat|feri|ferry|bas|bus|van|rombongan)\s+(?:gerak|berangkat|"
    r"leaves?|departs?|jalan)\s+(?:hari\s+|on\s+|this\s+)?" + _DAY,
    r"(?:berangkat|brkt|gerak|depart|departs|leave|leaves)\s+(?:hari\s+|on\s+|this\s+)?" + _DAY,
    # Urgent need, links about to close: "kebutuhan mendesak", "sebelum link ditutup".
    r"(?:kebutuhan|keperluan)\s+mendesak",
    r"sebelum\s+link\s+(?:ditutup|tutup|hangus|expired|dihapus)",
    r"(?:berangkat|brkt|brangkat)\s+(?:mlm|malam|hr|hari)\s+ini",
    r"(?:departure|depart\w*|berangkat|keberangkatan)\s+(?:in\s+|dalam\s+)?(?:\d|dua|tiga|two|"
    r"three)\s+(?:minggu|weeks?)\s+(?:lagi|from\s+now|dari\s+sekarang)",
    r"(?:fly|depart|leave|go)\s+(?:\S+\s+)?(?:this\s+week|tomorrow|tonight)",
    # A deadline of hours or a day: "paling lambat besok", "ditutup 2x24 jam", "besok sudah
    # ditutup", "tutup malam ini jam 9", "konfirmasi hari ini juga", "within 3 working days".
    r"paling\s+lambat\s+(?:besok|hari\s+ini|malam\s+ini|nanti\s+malam|lusa|\d+\s*jam)",
    r"\d\s*[x×]\s*24\s*jam",
    r"(?:dalam|within)\s+(?:waktu\s+|tempoh\s+)?(?:24|48|72)\s*(?:jam|hours?)",
    r"paling\s+lambat\s+hr\s+ini",
    r"(?:batas|deadline)\s+(?:waktu\s+)?(?:pembayaran|transfer|bayar|payment|konfirmasi)\s+"
    r"(?:\S+\s+)?(?:nanti\s+malam|malam\s+ini|hari\s+ini|hr\s+ini|besok|today|tomorrow|tonight)",
    r"(?:closes?|closing|ditutup|tutup)\s+(?:this|next)\s+(?:week|" + _DAY[3:-1] + r")",
    r"(?:this\s+week|minggu\s+ini|hari\s+ini|today)\s+(?:only|saja|aja|je)\b",
    # Doubters told off: "yang ragu-ragu jgn daftar".
    r"(?:yang|yg)\s+ragu(?:-ragu|2)?\s+(?:jangan|jgn|tidak\s+usah|gak\s+usah|ga\s+usah)\s+"
    r"(?:daftar|chat|hubungi|japri|dm|melamar)",
    r"(?:besok|hari\s+ini|malam\s+ini|lusa)\s+(?:sudah|udah|dah)\s+(?:ditutup|tutup|closing)",
    r"(?:ditutup|tutup|closing|closes?)\s+(?:malam\s+ini|hari\s+ini|tomorrow|today|tonight)",
    r"(?:hari\s+ini|malam\s+ini)\s+juga",
    r"(?:transfer|bayar|lunasi|konfirmasi|daftar)\s+(?:\S+\s+){0,2}?(?:hari\s+ini|malam\s+ini)\s+"
    r"(?:\S+\s+){0,2}?(?:dianggap|akan)\s+(?:gugur|hangus|batal)",
    r"(?:payment|transfer|deposit|confirm\w*)\s+(?:\S+\s+){0,3}?within\s+\d+\s*(?:\(\w+\)\s*)?"
    r"(?:working\s+)?(?:days?|hours?)",
    r"(?:pembayaran|transfer|bayar|konfirmasi)\s+(?:\S+\s+){0,3}?(?:dalam|maks\w*|paling\s+lambat)\s+"
    r"(?:waktu\s+)?\d+\s*(?:\(\w+\)\s*)?(?:hari|jam)",
    # Wanted today: "dibutuhkan hari ini", "butuh hari ini" (honest posts say "butuh cepat" too).
    r"(?:di\s?butuhkan|butuh|perlukan|diperlukan)\s+hari\s+ini",
    # Whoever is first gets it, hurry to message: "yang cepat yang dapat", "dm cepat",
    # "kabari cepat", "pm aku cepat".
    r"(?:siapa|yang|yg)\s+cepat\s+(?:dia\s+|yang\s+|yg\s+)?dapat",
    r"(?:dm|pm|wa|inbox|japri|chat|kabari|kabarin|hubungi)\s+(?:aku\s+|saya\s+|kami\s+|"
    r"admin\s+)?(?:cepat|cepet)\b",
    r"cepat\s+(?:kabarin|kabari)",
    # A seat held for a down payment: "dp 20 juta kunci kursi", "dp untuk booking seat".
    r"(?:kunci|booking|book|amankan|pesan|lock)\s+(?:kursi|seat|slot|tempat)",
    # Only the first few: "cuma untuk 5 orang pertama", "aku cuma ambil 2 orang".
    r"(?:\d+|lima|sepuluh)\s+(?:orang|pendaftar|peserta|pelamar)\s+pertama",
    r"first\s+\d+\s+(?:people|applicants|persons|candidates)",
    r"(?:cuma|hanya)\s+(?:ambil|terima)\s+\d+\s+orang",
    # Someone else will take it: "besok sudah ada yang ambil", "biar tidak diambil orang".
    r"(?:besok|nanti)\s+(?:sudah|udah)\s+(?:ada\s+yang\s+(?:ambil|booking)|diambil)",
    r"biar\s+(?:tidak|gak|ga|nggak|tak)\s+(?:diambil|keduluan|kehabisan|diserobot)",
    # Flying days after signing up: "berangkat 2 minggu setelah daftar".
    r"(?:berangkat|terbang)\s+(?:\d+|dua|tiga)\s+(?:hari|minggu)\s+(?:setelah|sesudah|selepas)\s+"
    r"(?:daftar|berkas|pendaftaran|bayar|pembayaran)",
    r"(?:hari|hr)\s+ini\s+terakhir",
)
SECRECY: tuple[str, ...] = (
    # "jgn cerita kat family dulu": the short spellings of "jangan" the normaliser leaves.
    r"(?:jgn|jngn|jangan|jan)\s+(?:di)?(?:cerita|bilang|kasih\s+tau|kasih\s+tahu|beritahu|"
    r"bagitahu|bagitau|ngomong)\w*\s+(?:\S+\s+){0,2}?(?:family|famili|keluarga|ortu|orang\s+tua|"
    r"mak|bapak|suami|istri|isteri|sesiapa|siapa|tetangga|tetangga2|jiran|orang\s+kampung)",
    # Questions kept out of the group: "jangan tanya di grup, japri saja".
    r"jangan\s+(?:tanya|nanya|komen|bertanya)\s+di\s+(?:grup|group|kolom\s+komen\w*)",
    r"(?:should|must|do|better)\s+not\s+(?:to\s+)?(?:disclose|reveal|tell|share|mention)",
    r"(?:don'?t|never)\s+(?:disclose|reveal|mention)",
    r"jangan\s+(?:sampai\s+)?(?:ketahuan|tahu\s+orang)",
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
    r"siapa|mama|papa|ibu|bapak|ayah|emak|mamak)",
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

# --- second round -----------------------------------------------------------------------------
URGENCY += (
    # A short window to apply: "interview hanya dibuka minggu ini", "kuota job ini hanya sampai
    # akhir minggu", "slot terakhir bulan ini", "pendaftaran ditutup bila kuota terpenuhi".
    r"(?:interview|wawancara|pendaftaran|lowongan|loker|rekrutmen|registration)\s+(?:hanya\s+|"
    r"cuma\s+)?(?:dibuka|buka|open)\s+(?:hanya\s+|cuma\s+|sampai\s+)?(?:minggu\s+ini|hari\s+ini|"
    r"this\s+week|today|sampai\s+besok|besok|\d+\s+hari)",
    r"(?:kuota|quota|slot|lowongan|pendaftaran)\s+(?:\w+\s+){0,2}(?:hanya|cuma)\s+(?:sampai|"
    r"hingga|until)\s+(?:akhir\s+)?(?:minggu|pekan|bulan|besok|lusa|hari\s+ini)",
    r"(?:slot|kuota|kursi|seat|kloter|gelombang)\s+terakhir\s+(?:bulan|minggu|pekan)\s+ini",
    r"(?:ditutup|tutup|closed?)\s+(?:bila|jika|kalau|apabila|setelah|once|when)\s+(?:kuota|slot|"
    r"quota|kursi)\s+(?:\w+\s+)?(?:terpenuhi|penuh|habis|filled|full)",
    r"sisa\s+(?:kuota|slot|kursi|tempat|seat)\s+(?:\w+\s+)?\d+",
    r"sebelum\s+(?:kloter|gelombang|batch|pendaftaran|rombongan)\s+(?:\w+\s+)?(?:penuh|habis|"
    r"ditutup|tutup|berangkat)",
    # Those who do not confirm at once lose the place: "yang tidak konfirmasi dianggap
    # mengundurkan diri", "yg tdk hadir dianggap gugur".
    r"(?:yang|yg)\s+(?:tidak|tdk|gak|ga|belum)\s+(?:konfirmasi|transfer|bayar|hadir|membayar|"
    r"daftar\s+ulang)\s+(?:\S+\s+){0,3}?dianggap\s+(?:mengundurkan\s+diri|gugur|batal|hangus)",
    # Leaving or starting at once (Malay, English): "kena pergi minggu ni juga", "boleh datang
    # minggu ni", "berangkat dari dumai malam ni", "start tomorrow", "start immediately".
    r"(?:pergi|datang|gerak|berangkat|brkt|bertolak|masuk\s+kerja|mula\s+kerja|mula)\s+"
    r"(?:\S+\s+){0,2}?(?:minggu|malam|hari|bulan)\s+ni\b",
    r"(?:start|begin|join|fly|depart)\s+(?:work\s+)?(?:tomorrow|immediately|right\s+away|"
    r"this\s+week|next\s+week)",
    r"(?:tarikh|tempoh)\s+(?:tutup|akhir)\s+(?:esok|hari\s+ini|lusa|malam\s+ini)",
    r"(?:tempat|slot|kosong)\s+(?:\d+|satu|dua|tiga)\s+orang\s+(?:je|saja|aja|sahaja)\b",
    r"(?:only\s+take|taking\s+only|only\s+need|only\s+\d+\s+(?:people|persons|places|slots))"
    r"(?:\s+\d+\s+(?:people|persons|orang))?\s+(?:this|next)\s+(?:month|week)",
    r"(?:we\s+)?only\s+take\s+\d+\s+(?:people|persons|candidates|applicants)",
    # Departure within days or weeks of signing up: "berangkat cepat seminggu", "brkt 1 bulan
    # gk pake lama", "departure in 3 weeks".
    r"(?:berangkat|brkt|brangkat|terbang)\s+cepat\s+(?:\d+\s+|dalam\s+)?(?:seminggu|sebulan|"
    r"\d+\s+(?:hari|minggu))",
    r"(?:berangkat|brkt|brangkat|terbang)\s+(?:\S+\s+){0,3}?(?:gk|gak|ga|nggak|tidak|tdk|tak)\s+"
    r"(?:pake|pakai)\s+lama",
    r"(?:departure|departing|depart|fly|flight)\s+(?:in|within)\s+(?:\d+\s+days?|[1-4]\s+weeks?|"
    r"(?:two|three|a\s+few)\s+(?:days?|weeks?))",
    # Money or a reply wanted by a date: "registration fee must be paid ... before 30 May",
    # "deposit of Rp 6.500.000 is required within 3 working days".
    r"(?:must\s+be\s+paid|dibayar|ditransfer|transfer|bayar|paid|payable)\s+(?:\S+\s+){0,5}?"
    r"(?:before|sebelum|paling\s+lambat|by)\s+(?:tanggal\s+|tgl\s+|the\s+)?\d",
    r"(?:payment|transfer|deposit|confirm\w*)\s+(?:\S+\s+){4,6}?within\s+\d+\s*(?:\(\w+\)\s*)?"
    r"(?:working\s+)?(?:days?|hours?)",
)
SECRECY += (
    # Malay "tak perlu beritahu keluarga" (normalised to "tidak perlu"), "jangan bagitau mak
    # bapak".
    r"(?:tidak|tak|x)\s+(?:perlu|payah|usah)\s+(?:beritahu|bagitahu|bagitau|maklumkan)\s+"
    r"(?:\S+\s+){0,2}?(?:keluarga|family|famili|mak|ayah|bapak|ibu\s+bapa|suami|isteri)",
)
URGENCY += (
    # The next group leaves within days: "minggu depan ada kloter", "keberangkatan gelombang
    # berikutnya: Senin depan".
    r"(?:minggu|pekan|bulan)\s+(?:depan|ini)\s+(?:ada\s+)?(?:kloter|keberangkatan|rombongan|"
    r"gelombang|batch)",
    r"(?:kloter|gelombang|keberangkatan\s+gelombang)\s+(?:berikutnya\s*:?\s*)?(?:minggu|pekan|"
    + _DAY[3:-1]
    + r")\s*(?:depan|ini)",
    # Sign up before the month is out: "register before end of month", "daftar sebelum akhir
    # bulan".
    r"(?:register|daftar|apply|pendaftaran|registration)\s+(?:\w+\s+)?(?:before|sebelum)\s+"
    r"(?:the\s+)?(?:end\s+of\s+(?:the\s+)?(?:month|week)|akhir\s+(?:bulan|minggu|pekan))",
    r"(?:registrations?|applications?)\s+(?:close|closes|closing)\s+on\s+(?:the\s+)?\d",
    # A head count running out: "kuota bulan ini 5 org lagi".
    r"(?:kuota|slot|quota)\s+(?:\w+\s+){0,2}\d+\s*(?:orang|org)\s+lagi",
    # Pay by a near date: "bayar 7 juta dulu ... paling lambat akhir bulan".
    r"(?:bayar|transfer|dp|setor|lunasi|lunas)\b[^.\n]{0,60}?paling\s+lambat\s+(?:akhir\s+"
    r"(?:bulan|minggu|pekan)|minggu\s+ini|besok|lusa|hari\s+ini|\d)",
)
URGENCY += (
    # Closed within days: "minggu depan sudah ditutup", "before the slot full".
    r"(?:minggu|pekan)\s+(?:depan|ini)\s+(?:sudah|udah|dah)\s+(?:ditutup|tutup)",
    r"before\s+(?:the\s+)?(?:slots?|quota|seats?)\s+(?:is\s+|are\s+)?(?:full|filled|gone|taken)",
    # One or two days to come: "walk-in interview HANYA Senin & Selasa ini".
    r"(?:hanya|cuma|only)\s+(?:hari\s+)?"
    + _DAY
    + r"\s+(?:(?:&|dan|and|-|–)\s+"
    + _DAY
    + r"\s+)?(?:ini|this)\b",
    # Without a second thought: "jangan kelamaan mikir".
    r"(?:jangan|jgn)\s+(?:ke)?lama(?:an)?\s+(?:mikir|berpikir|pikir)|(?:jangan|jgn)\s+(?:pikir|"
    r"mikir)\s+(?:lama|kelamaan)|don'?t\s+think\s+too\s+long",
    # Seats left this week: "minggu ini masih ada 3 kursi".
    r"(?:minggu|hari|bulan)\s+ini\s+(?:masih\s+)?(?:ada\s+|tinggal\s+)?\d+\s+(?:kursi|slot|seat|"
    r"tempat)",
)
