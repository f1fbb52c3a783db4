"""Phrases of the ``vague_job`` rule: work described without duties, employer or hours."""

from __future__ import annotations

# Work told only as a task app, its details, placement or company left for later.
UNDISCLOSED_WORK = (
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
)
VAGUE = (
    *UNDISCLOSED_WORK,
    r"(?:kerja|kerjo)\s+(?:ringan|santai|gampang|mudah|enak)",
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
    r"(?:pekerjaan|posisi|job|tugas|majikan|perusahaan|pemberi\s+kerja|employer|lokasi|"
    r"penempatan|jenis|nama|details?|bidang|klien|clients?|duties)\s+(?:[\w&]+\s+){0,3}"
    r"(?:diberitahu|diinformasikan|disampaikan|ditentukan|disesuaikan|dijelaskan|disebutkan|informed|"
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
    # The work is only "typing": "cuma modal ngetik", "tahu menaip je", "asal pandai taip".
    r"(?:cuma|cukup|hanya|asal|asalkan|yang\s+penting|tahu|tau|just|only)\s+(?:modal\s+)?"
    r"(?:bisa\s+|pandai\s+|reti\s+)?(?:ngetik|mengetik|menaip|taip|typing|type)\b",
    # The destination, employer or placement left unsaid or for later: "negara tujuan
    # dirahasiakan", "nama perusahaan akan diberitahukan saat keberangkatan", "nanti dicarikan
    # majikan", "pekerjaan tergantung dapat majikan".
    r"(?:negara|lokasi|tempat\s+kerja|tujuan|negara\s+tujuan|location|country)\s+(?:\S+\s+)?"
    r"(?:dirahasiakan|dirahsiakan|dirahasiain|disembunyikan|(?:is\s+)?confidential|secret|rahsia)",
    r"(?:perusahaan|majikan|pemberi\s+kerja|lokasi|penempatan|pekerjaan|posisi|negara|company|"
    r"employer)\s+(?:\S+\s+){0,3}?(?:diberitahu\w*|diinformasikan|dikasih\s+tau\w*|dikabari|"
    r"disampaikan)\s+(?:saat|pas|waktu|ketika|sewaktu)\s+(?:keberangkatan|berangkat|briefing|"
    r"sampai|tiba|interview|wawancara)",
    r"(?:nanti\s+|akan\s+)?(?:dicarikan|dicariin|dicarikkan)\s+(?:majikan|pekerjaan|kerja\w*|"
    r"perusahaan|tempat\s+kerja)",
    r"(?:pekerjaan|kerjaan|jenis\s+pekerjaan|posisi|job)\s+(?:\S+\s+){0,2}?tergantung\s+"
    r"(?:dapat|dapet|nanti|majikan|agen)",
    r"(?:explained|given|informed|told)\s+(?:\S+\s+)?after\s+(?:arriv\w*|you\s+arrive|landing)",
    # Told only on arrival or at the briefing: "krejaan dijelaskan pas sampai", "pt nanti
    # dikasih tau", "dikasih tau pas briefing".
    r"(?:dijelaskan|dikasih\s+(?:tau|tahu)|diberitahu\w*|dikabari|diinfokan|diinfo)\s+"
    r"(?:pas|waktu|saat|kalau|setelah|sesudah|bila)\s+(?:sudah\s+)?(?:sampai|tiba|berangkat|"
    r"di\s+sana|disana|briefing|datang|interview)",
    r"(?:pt|perusahaan|nama\s+pt|majikan|kerjaan|pekerjaan)(?:nya)?\s+nanti\s+(?:dikasih\s+"
    r"(?:tau|tahu)|dikabari|diinfokan|diberitahu\w*)",
    # A title that names no work: "posisi bebas", "staff luar negeri".
    r"posisi\s+(?:bebas|apa\s+saja|apa\s+aja|apapun)",
    r"(?:staf|staff|pekerja|karyawan)\s+(?:operasional\s+)?luar\s+negeri",
    # Task apps: rating hotels or products, "tugasan ringan", VIP levels.
    r"(?:kasih|beri|memberi|give|berikan)\s+(?:rating|bintang|ulasan)",
    r"rating\s+(?:hotels?|produk|products?|restoran)",
    r"review\s+produk",
    r"tugasan\s+(?:ringan|mudah|premium|vip)",
    r"vip\s+level|level\s+vip",
    # The job named only in scare quotes, a euphemism for work not described: "jadi
    # 'karyawan' di Filipina", "job 'teman sosial'", "bahagian "pelayan vip"".
    r"(?:jadi|jd|sebagai|as\s+an?|job|kerja|kerjo|bagian|bahagian|posisi|jawatan|gabung\s+tim|"
    r"rekrut|merekrut|recruiting|lowongan)\s+[\"'“‘](?:karyawan|pegawai|admin|asisten(?:\s+pribadi)?|"
    r"personal\s+assistant|teman\s+\w+|hospitality\s+staff|(?:support|tim)\s+\w+|customer\s+\w+|"
    r"marketing|operasional|sistem|receptionist|resepsionis|game\s+tester|kerja\s+kantor|"
    r"kantor|operator|talent|model)[\"'”’]",
    r"jaga\s+[\"'“‘]?sistem",
    # ... or an office title in scare quotes, a few words after the offer: "mencari 'Web
    # Developer'", "lowongan 'manajer keuangan'", "need experienced \"chatters\"", "jd 'agen'".
    r"(?:jadi|jd|sebagai|as\s+an?|job|kerja|posisi|jawatan|rekrut|merekrut|recruiting|lowongan|"
    r"cari|mencari|need|needs|hiring)\s+(?:\w+\s+){0,2}?[\"'“‘](?:sekretaris(?:\s+pribadi)?|"
    r"chatters?|agen|agent|(?:tim|team)\s+\w+|manajer\s+\w+|\w+\s+manager|remote\s+[\w ]{3,20}|"
    r"web\s+developer|data\s+analyst|asisten|staff?|pegawai|karyawan)[\"'”’]",
    # Any country or any work: "negara bebas pilih", "boleh kerja mana-mana".
    r"(?:negara|lokasi|country)\s+(?:\S+\s+)?(?:bebas|bisa|boleh)\s+(?:pilih|dipilih|choose)",
    r"(?:boleh|bisa)\s+kerja\s+(?:mana-mana|di\s+mana\s+saja|dimana\s+saja|di\s+mana\s+aja)",
    r"(?:tiada|tanpa)\s+majikan",
    r"(?:detail|info|rincian|nama|lokasi|klien)\s+(?:\S+\s+){0,3}?menyusul",
    # Task apps: liking videos, copy-paste, "mystery shopper".
    r"(?:menyukai|like|likes)\s+(?:video|postingan)",
    r"copy[\s-]*paste",
    r"mystery\s+shopper",
    r"review\s+hotels?|leave\s+(?:5\s+)?stars?",
    r"boost\s+(?:order|pesanan)",
    # Task apps paid for watching and screenshots, unlocked by topping up: "isi saldo misi",
    # "upgrade ke vip", "cukup screenshot tugas", "modal hp saja".
    r"isi\s+saldo",
    r"(?:tonton|nonton|watch)\s+video\s*(?:&|dan|and|,)\s*(?:like|subscribe|follow|komen)",
    r"kerja(?:\s+kerja)?\s+(?:taip|menaip|ngetik)\b",
    r"(?:upgrade|naik)\s+(?:ke\s+)?(?:level\s+|akun\s+)?vip",
    r"nonton\s+video\s+(?:\S+\s+){0,3}?dibayar",
    r"(?:cukup|hanya|cuma)\s+(?:screenshot|ss|nonton|klik)\b",
    r"modal\s+hp\s+(?:saja|aja|doang|je)",
    r"(?:bisa|cukup)\s+(?:main\s+)?hp\s+(?:saja|aja|doang)",
    # "belum tau nanti tugasnya apa": the worker is not told the work.
    r"(?:belum|tidak|gak|ga|nggak)\s+(?:tau|tahu|jelas)\s+(?:\S+\s+){0,2}?(?:tugas|kerja|pekerjaan)"
    r"(?:nya)?\s+apa",
    # The real work hidden behind a euphemism for escort or sex work: "layanan plus", "teman
    # ngobrol", "private party", "tugas tambahan", "istri kontrak", "pacar sewaan".
    r"teman\s+(?:ngobrol|kencan|minum)|layanan\s+(?:plus|khusus)|private\s+party|"
    r"tugas\s+tambahan|(?:istri|isteri)\s+kontrak|pacar\s+(?:sewa|sewaan|bayaran)",
    # The employer left unnamed, or the worker not told where: "PT tidak disebut", "belum tau
    # restoran mana".
    r"(?:pt|perusahaan|majikan|nama\s+pt|nama\s+perusahaan|employer|company)(?:nya)?\s+(?:tidak|tak|"
    r"gak|ga|belum|not)\s+(?:disebut\w*|diketahui|dikasih\s+ta\w+|diberitahu\w*|named|mentioned|"
    r"disclosed)|(?:belum|tidak|gak|ga)\s+(?:tau|tahu)\s+(?:di\s+)?(?:restoran|pabrik|perusahaan|pt|"
    r"majikan|kilang|kantor|kapal)\s+(?:mana|apa)",
    # The work is only talking or keeping company: "cuma ngomong di depan kamera", "cukup ngobrol
    # sama penonton".
    r"(?:cuma|cukup|hanya|tinggal|just|only)\s+(?:ngomong|ngobrol|bicara|senyum|nemenin|temenin|"
    r"menemani|talk|chat\s+with|duduk\s+manis|modal\s+cantik)",
    # The work explained only in private ("aku jelasin kerjaannya pelan2"), the employer given
    # only as "a big company" ("User — perusahaan besar", "our client company").
    r"(?:aku|saya|kakak|kami|nanti|ntar)\s+(?:\w+\s+)?jelas(?:in|kan)\s+(?:\w+\s+)?(?:kerja\w*|"
    r"pekerjaan|tugas\w*)",
    r"(?:user|majikan|employer|klien|client)\s*[—:=-]+\s*(?:perusahaan|company)\s+(?:besar|ternama|"
    r"terpercaya)|perusahaan\s+(?:besar|ternama)\s*(?:&|dan)\s*terpercaya|our\s+client\s+company",
    # Task apps: paid to click adverts or watch videos.
    r"(?:klik|click|nonton|tonton|watch)\s+(?:iklan|ads?|video\s+iklan)",
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
    # Further office titles of the scam compounds: "admin live chat", "cs online",
    # "relationship manager", "content moderator", "operator media sosial", "game tester".
    r"admin\s+(?:live\s+)?chat",
    r"cs\s+online",
    r"(?:online\s+)?relationship\s+(?:manager|specialists?)",
    r"(?:vip\s+)?account\s+(?:officer|manager)",
    r"content\s+moderator",
    r"operator\s+(?:media\s+sosial|medsos|sosmed)",
    r"game\s+tester",
    r"(?:entri|entry)\s+data",
    r"chat\s+agents?",
    r"customer\s+relations?",
    r"(?:dibutuhkan|diperlukan|perlukan|need|needed|hiring)\s+(?:admin|cs)",
    r"(?:bagian\s+|jawatan\s+|jabatan\s+|posisi\s+)?cs(?:\s+representative)?",
    r"operator\s+(?:live\s+)?chat",
    r"(?:support|sokongan)\s+operasional",
    r"(?:player|bilingual|customer)\s+(?:support|experience)\s+(?:agents?|associates?)",
    r"kantor\s+online",
    r"(?:divisi|bagian|tim|team)\s+(?:crypto|kripto|investasi|investment)",
    r"(?:eksekutif|pegawai)\s+(?:pengurusan\s+)?media\s+sosial",
    r"(?:untuk|jd|buat)\s+(?:admin|cs)",
    r"(?:regional\s+)?operations?\s+coordinators?",
    r"(?:bisa|pandai|tahu|can)\s+(?:ngetik|mengetik|menaip|taip|typing|type)\b",
)
# Vague only when the advert lists no duties either: job boards carry real "Admin Online"
# jobs with a task list, and couriers placed "sesuai domisili" with a job description.
VAGUE_UNLESS_DUTIES = (
    r"admin\s+online(?!\s+(?:shop|store|olshop))",
    r"(?:kerja|job)\s+(?:di\s+)?(?:bidang|sektor)\s+(?:online|digital)",
    r"(?:nanti|akan)\s+(?:di)?jelas(?:kan|in)",
    # Placement "wherever you live" across the country, with no workplace named: the
    # letter-and-poster fakes that borrow a BUMN's name (docs/red_flags.md: vague_job).
    r"(?:penempatan|ditempatkan|wilayah\s+penempatan)\s+(?:\S+\s+){0,3}sesuai\s+"
    r"(?:(?:dengan\s+)?domis\w*|daerah)",
    r"sesuai\s+domis\w*\s*/\s*daerah",
    # "posisi menyesuaikan", "jenis pekerjaan dan majikan menyesuaikan".
    r"(?:posisi|jabatan|jenis\s+pekerjaan|pekerjaan|majikan)\s+(?:dan\s+\S+\s+)?(?:akan\s+)?"
    r"menyesuaikan",
    r"(?:penempatan|ditempatkan)\s+(?:\S+\s+){0,3}(?:di\s+)?seluruh\s+(?:wilayah\s+)?indonesia",
    r"(?:semua|segala|all)\s+(?:posisi|profesi|bidang\s+pekerjaan)",
    # "Menawarkan pekerjaan online / paruh waktu" with nothing said about the work itself.
    r"menawarkan\s+(?:\S+\s+){0,2}(?:pekerjaan|kerja(?:an)?|peluang\s+kerja|lowongan)\s+"
    r"(?:sampingan\s+)?(?:online|daring|paruh\s+waktu|part[\s-]*time)",
    r"(?:offer|offering)\s+(?:you\s+)?(?:an?\s+)?(?:online|part[\s-]*time|remote)\s+(?:job|work)",
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
# "Kerja di Kamboja" and nothing more: the only words about the work are its place. Read by
# the rule only when a scam-hub country follows and no job or duty is named anywhere.
WORK_AT_PLACE = (
    r"(?:kerja|kerjo|bekerja|work|working|jobs?|loker|lowongan|peluang\s+kerja|kerja\s+an)"
    r"(?:\s+(?:di|ke|in|at|kat|dekat))?",
)
