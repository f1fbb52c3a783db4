"""Phrases of the ``unclear_procedure`` rule: the official procedure denied or hurried."""

from __future__ import annotations

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
    # (On one line: "Biaya: tanpa biaya\nP3MI: ..." is two statements.)
    r"(?:tanpa|tidak|no|never)[^\S\n]+(?:perlu|usah|need|harus)?[^\S\n]*(?:for\s+|to\s+)?(?:lewat|"
    r"melalui|ikut|datang\s+ke|go\s+through|through)?[^\S\n]*(?:\w+[^\S\n]+)?(?:pt|p3mi|blk|ltsa|"
    r"disnaker|"
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
    r"(?:biaya|jalur|program|visa\s+kerja|visa)\s+(?:percepatan|ekspres|"
    r"express|kilat)",
    # Departure a few days after passing, too soon for the official steps ("berangkat 3 hari
    # setelah lolos", "keberangkatan maksimal 7 hari setelah dinyatakan lolos").
    r"(?:berangkat|keberangkatan|depart\w*|fly)\s+(?:maksimal\s+|max\s+|hanya\s+)?(?:\d+|dua|"
    r"tiga)\s*(?:hari|days?)\s+(?:setelah|sesudah|after)",
)
# Other ways of going around the official route (docs/domain.md sections 1 and 7): the office,
# agency, passport, test, certificate or contract waved away, a pass promised, a friend's clinic,
# an insider's quota, a smugglers' crossing. As strong as a denial, but an advert that warns
# against them uses the same words ("jangan berangkat lewat jalur tikus"), so the rule also
# reads the start of the sentence for a warning.
PROCEDURE_DODGED = (
    # The local manpower office or the BP3MI steps waved away with a few words between: "tak
    # usah ke kantor Disnaker", "tidak perlu mengurus ke Disnaker daerah", "no need to go to
    # the BP3MI", "kagak ngurus ke dinas".
    # (Words stay on one line: "tanpa biaya\nDaftar di LTSA" is two statements.)
    r"(?:tanpa(?:\s+perlu)?|(?:tidak|dak|ndak)\s+(?:perlu|usah|payah|harus|wajib)|tiada|no\s+need|"
    r"kagak)\s+(?:[\w-]+[ /]){0,3}(?:disnaker\w*|dinas(?: tenaga kerja)?|ltsa|bp2mi|bp3mi|kp2mi|"
    r"siapkerja|opp|pap)",
    r"tidak\s+ada\s+(?:opp|pap|antri|antre|pelatihan|training|seleksi|medical)",
    r"(?:registration|register|daftar)\s+(?:\w+\s+){0,4}(?:manpower\s+office|labour\s+office|"
    r"disnaker|bp3mi|ltsa)\s+(?:is\s+)?not\s+(?:required|needed|necessary)",
    # No placement agency needed ("tak payah melalui agensi", "no need for an agency").
    r"(?:(?:tidak|dak|ndak)\s+(?:perlu|usah|payah|harus|wajib)|no\s+need\s+(?:for|to\s+go\s+through))"
    r"\s+(?:melalui\s+|lewat\s+|ikut\s+|pakai\s+|guna\s+|an?\s+)?(?:agensi|agency|ejen|agen|pt|"
    r"p3mi|perusahaan\s+penempatan)",
    # No passport needed: the border crossed outside the checks.
    r"(?:tanpa|tidak\s+(?:perlu|usah|payah))\s+(?:pakai\s+|guna\s+|bawa\s+|buat\s+)?paspor",
    # (At the end of its clause: "syarat cuma paspor, gk perlu ijazah" asks for one.)
    r"paspor\s+tidak\s+(?:perlu|usah|payah)(?=\s*(?:[,.;!)]|\n|$|lah\b|pun\b))",
    r"no\s+passports?\s+(?:needed|required|necessary)",
    r"(?:tidak\s+ada|tiada|tanpa)\s+paspor\s*,?\s*(?:\w+\s+)?(?:tetap|tetep|pun|juga|masih)\s+"
    r"(?:bisa|boleh|berangkat|jalan)",
    # The official tests skipped: EPS-TOPIK, JLPT, IELTS, a language or skill test.
    r"(?:tanpa(?:\s+perlu)?|tidak\s+(?:perlu|usah|payah|harus|wajib|ada)|no(?:\s+need\s+(?:for|to\s+"
    r"take))?)\s+(?:(?:ikut|mengikuti|ambil|lulus|tes|ujian|exam)\s+){0,2}(?:eps(?:-topik)?|topik|jlpt|"
    r"jft|ielts|toefl|english\s+test|language\s+test|tes\s+bahasa|ujian\s+bahasa|"
    r"(?:weld|skill|skills|trade)\s+test|tes\s+(?:im\s+japan|keterampilan|skill))",
    # (Japanese or Korean: the SSW and EPS schemes test it; "no English needed" is only a
    # requirement.)
    r"no\s+(?:japanese|korean|jlpt|topik)\s+(?:test\s+)?(?:needed|required)",
    # ... or the competence certificate the law asks for (UU 18/2017 Art. 13).
    r"(?:tanpa|tidak\s+(?:perlu|usah|payah|harus|wajib))\s+(?:ikut\s+|mengikuti\s+|ambil\s+|"
    r"punya\s+|ada\s+)?(?:sertifikat|sertifikasi|sijil|bnsp|uji\s+kompetensi|buku\s+pelaut)",
    r"(?:no|without)\s+(?:a\s+)?(?:certificate|certification)\s+(?:needed|required)",
    # The official selection replaced by a promised pass ("dijamin lolos EPS", "pasti lolos",
    # "jaminan lulus 100%", "guaranteed to pass").
    # (Not a CV screen or a cruise interview: "pasti lolos berkas" is impersonation's bait.)
    r"(?:dijamin|jaminan|garansi|pasti|guaranteed?(?:\s+to)?)\s+(?:\w+\s+)?(?:lolos|lulus|pass)"
    r"(?!\s+(?:berkas|interview|wawancara|administrasi))",
    r"(?:lolos|lulus)\s+(?:\w+\s+)?(?:dijamin|pasti|100\s*%)",
    # Korea's EPS runs government to government only (docs/domain.md section 2): a private
    # "special quota", an "E-9 special route" or a guaranteed EPS job replaces the selection.
    r"kuota\s+(?:eps|korea|e-9)\s+khusus|kuota\s+khusus\s+(?:eps|korea|e-9)|"
    r"(?:jalur|laluan|route)\s+(?:visa\s+)?(?:e-9|eps)\s+(?:khusus|khas|special)|"
    r"(?:jalur|laluan)\s+sponsor\s+korea",
    r"(?:eps|korea)\s+(?:job|kerja|placement|penempatan)?\s*(?:guaranteed|dijamin|garansi)",
    # A medical at a friend's clinic instead of an approved one.
    r"(?:klinik|clinic)\s+(?:\w+\s+)?(?:kenalan|teman|rakan|kawan|sahabat|saudara|our\s+friend)",
    # A place bought from an insider instead of the selection.
    r"(?:kuota|jalur|slot)\s+titipan|(?:dari|via|kenalan)\s+orang\s+dalam",
    # The border crossed outside the checks: smugglers' routes, "no stamp", dodging inspection.
    r"(?:jalan|jalur|pelabuhan|lorong)\s+tikus|(?:jalan|pintu)\s+belakang",
    r"(?:lewat|via|melalui|lanjut|naik|ikut|dijemput)\s+(?:[\w–-]+\s+)?(?:jalur|jalan)\s+darat|"
    r"overland",
    r"(?:lintas|rentas|menyeberang)\s+sempadan|"
    r"(?:elak|hindari|menghindari|mengelak|avoid|bypass)\s+(?:\w+\s+)?(?:pemeriksaan|imigrasi|"
    r"imigresen|immigration|checks?|petugas)|(?:no|tanpa|tiada)\s+(?:cop|stamp|cap)(?:\s+paspor)?",
    # Crossing by night boat or speedboat and landing on a beach, the passport stamp or the
    # immigration office waved away, or told how to dodge the police.
    r"(?:nyebrang|menyeberang|nyeberang|seberang|jalan|lewat)\s+(?:\w+\s+){0,4}(?:pake|pakai|naik|"
    r"guna)\s+(?:speedboat|speed|pompong|perahu|bot|boat)|jalur\s+laut\s+malam|"
    r"(?:speedboat|pompong)\s+(?:\w+\s+)?(?:terus|langsung)\s+ke",
    r"tidak\s+(?:payah|perlu|usah)\s+(?:cop|stamp|chop)",
    r"(?:jangan|tidak\s+(?:payah|perlu|usah))\s+risau\s+(?:\w+\s+)?(?:imigresen|imigrasi|"
    r"immigration|visa|permit|polis|dokumen)|don'?t\s+worry\s+about\s+(?:the\s+)?(?:visa|"
    r"immigration|permit)",
    r"(?:nanti|kemudian|later)\s+(?:[\w']+\s+){0,3}'?diputihkan",
    r"(?:bot|boat|speed|speedboat|speed\s+boat|pompong|perahu|sampan)\s+(?:\w+\s+)?(?:malam|malem|"
    r"at\s+night)|(?:nyebrang|menyeberang|nyeberang|mendarat)\s+(?:\w+\s+){0,3}(?:malam|malem)",
    r"(?:jemput|tunggu)\s+(?:\w+\s+)?(?:di|kat)\s+(?:pantai|beach)",
    r"(?:razia|raid|polis|polisi|imigresen|petugas)\s+(?:\w+\s+){0,4}(?:sembunyi|ngumpet|lari|"
    r"hide|tunjuk\s+surat)",
    # The government process or the work visa itself waved away ("tak perlu ikut proses
    # kerajaan", "student status, no work visa needed", "tiada permit diperlukan").
    r"(?:tidak\s+(?:perlu|usah|payah)|tanpa|no\s+need\s+(?:for|to)|tiada)\s+(?:ikut\s+|lewat\s+|"
    r"melalui\s+|go\s+through\s+)?(?:the\s+)?(?:proses|prosedur|jalur|saluran|urusan|process)\s+"
    r"(?:kerajaan|pemerintah|resmi|rasmi|official|government)",
    r"(?:tiada|no|tanpa)\s+(?:work\s+)?(?:permit|visa\s+kerja|work\s+visa)\s+(?:diperlukan|needed|"
    r"required|perlu)|(?:permit|work\s+permit|visa\s+kerja|work\s+visa)\s+(?:tidak|not)\s+"
    r"(?:diperlukan|needed|required)",
    # The work visa itself replaced by a visit pass ("datang guna pas lawatan, kerja terus", "pake
    # visa turis dulu, kerja langsung"). (A bare "tanpa visa kerja" is left to visa_misuse: the
    # corpus marks it unclear_procedure only half the time.)
    r"(?:visa|pas|paspor)\s+(?:\w+\s+)?(?:turis|kunjungan|pelancong|melancong|lawatan|umroh|umrah|"
    r"ziarah|visit|tourist|c-3|wisata)(?:\s+sosial)?\s*,?\s*(?:\w+\s+){0,3}(?:kerja|work|bekerja)\s+"
    r"(?:terus|langsung|di\s+sana|straight)",
    # No written contract, or one signed only after arrival.
    r"(?:tanpa|tiada|tidak\s+ada|no)\s+(?:kontrak|contract|perjanjian\s+kerja)\s*,?\s*"
    r"(?:kerja|work|langsung)",
    r"(?:tiada|tidak\s+(?:perlu|usah|payah|pakai|pake))\s+(?:kontrak|perjanjian\s+kerja)",
    r"(?:kontrak|contract|perjanjian\s+kerja)\s+(?:kerja\s+)?(?:akan\s+|will\s+be\s+)?"
    r"(?:di\s*tanda\s*tangani|ditandatangani|signed|dibuat|diberikan)\s+(?:di\s+(?:lokasi|sana|"
    r"tempat\s+kerja|negara\s+tujuan|\w+\s+setelah\s+(?:tiba|sampai))|after\s+arrival|"
    r"setelah\s+(?:tiba|sampai))",
    # The work permit or work visa left until after arrival ("permit kerja nanti diurus bila dah
    # sampai", "work permit apply kemudian", "employment visa later", "dokumen kerja diurus
    # setelah tiba", "izin kerja dibereskan di sana"): the worker leaves without the papers the
    # official route issues before departure. (Not a residence card, iqama or "izin tinggal":
    # those are issued after arrival on the official route too.)
    r"(?:permit|izin\s+kerja|ijin\s+kerja|visa\s+kerja|work\s+visa|employment\s+visa|"
    r"dokumen\s+kerja|work\s+permit|kerja\s+izin|plks)(?:nya)?\s+(?:[\w/]+\s+){0,4}?(?:(?:setelah|"
    r"sesudah|selepas|lepas|bila|pas|after)\s+(?:dah\s+|sudah\s+|you\s+)?(?:tiba|sampai|sampe|"
    r"arriv\w*|probation)|di\s*sana|kemudian|later|nyusul|menyusul|setibanya|on\s+arrival)",
    # ... or swapped in after arrival ("tukar visa kerja selepas sampai", "change to employment
    # visa after 1 month").
    r"(?:change|convert|tukar|ganti|ubah|switch)\s+(?:ke\s+|to\s+)?(?:visa\s+kerja|"
    r"employment\s+visa|work\s+visa|permit\s+kerja|work\s+permit)\s+(?:\w+\s+){0,2}?(?:later|"
    r"after|nanti|kemudian|di\s*sana|lepas|selepas|setelah|sesudah)",
    # Met at the border and taken across past the checks ("transit Bangkok, dijemput di
    # perbatasan", "lanjut Mae Sot": docs/domain.md section 7, the smuggled crossing into
    # Myawaddy).
    r"dijemput\s+(?:\w+\s+)?(?:di|dekat|kat)\s+(?:perbatasan|sempadan|border)|"
    r"picked?\s+up\s+at\s+the\s+border|(?:via|lanjut|lewat|through|terus)\s+(?:ke\s+|to\s+)?mae\s*sot",
    # A job promised for a private course or a passed test instead of the official selection
    # ("penempatan dijamin setelah pelatihan", "guaranteed placement after our course",
    # "guaranteed jobs in Korea for EPS-TOPIK passers").
    r"(?:penempatan|placement|job|kerja)\w*\s+(?:\w+\s+){0,2}(?:dijamin|guaranteed)\s+(?:setelah|"
    r"after|selepas|lepas)\s+(?:\w+\s+)?(?:pelatihan|course|training|kursus|lulus|pass)|"
    r"guaranteed\s+(?:placement|jobs?)\s+(?:\w+\s+){0,3}(?:after|for)",
    # The selection or exam waved away ("tidak perlu ikut seleksi IM Japan", "tanpa perlu lulus
    # ujian SSW", "no exam", "tanpa N4").
    r"(?:tanpa|tidak\s+(?:perlu|usah)|no|gak\s+perlu|ga\s+perlu|gk\s+perlu|tak\s+perlu)\s+"
    r"(?:perlu\s+)?(?:ikut\s+|lulus\s+|pakai\s+)?(?:exam|ujian|seleksi|n[2345]\b)",
    # Departure itself guaranteed, as if no selection stood in the way ("garansi berangkat 100%",
    # "dijamin pasti berangkat").
    r"(?:garansi|dijamin|jaminan|guaranteed?)\s+(?:pasti\s+)?(?:berangkat|terbang|departure)",
    # A job or boarding sold as guaranteed ("100% guaranteed boarding", "biaya job guarantee").
    r"(?:guaranteed|garansi|dijamin)\s+(?:boarding|naik\s+kapal)|job\s+guarantee",
    # Across a river at the border, past the checkpoints ("our driver takes you across the
    # river", "menyeberang sungai ke Myawaddy").
    r"across\s+the\s+river|(?:seberang|nyebrang|nyeberang|menyeberang|seberangi|menyeberangi)\s+sungai",
    # No contract at all; the training class waved away ("tidak perlu ikut diklat").
    r"(?:tidak|tak|gak|ga|nggak|tdk)\s+ada\s+kontrak|(?:tidak|tak|gak|ga|nggak|tdk)\s+(?:perlu|"
    r"usah|payah)\s+(?:ikut|mengikuti)\s+(?:diklat|pelatihan|training|kelas|kursus|opp|pap|latihan)",
    # Paperwork left to the far side ("urusan dokumen nanti di seberang").
    r"(?:dokumen|surat-surat|berkas|kontrak|permit)\s+(?:\w+\s+)?(?:nanti|later)\s+(?:di\s+)?"
    r"(?:seberang|sana|situ)",
    # The official training or orientation replaced ("pelatihan di BLK dapat diganti dengan
    # kursus singkat").
    r"(?:pelatihan|training|blk|opp|latihan)\s+(?:\w+\s+){0,3}(?:dapat\s+|bisa\s+|boleh\s+)?"
    r"(?:diganti|digantikan|diskip|dilewati|dilewatkan|replaced|skipped)",
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
    # "tinggal bawa paspor", "just bring passport": nothing else is asked of the worker.
    r"(?:tinggal|just|cuma|hanya|only|cukup)\s+(?:bawa|membawa|bring)\s+(?:your\s+)?(?:paspor|passport)",
    # The papers "nanti diurus kantor / majikan": left to the employer after arrival.
    r"(?:nanti|later|kemudian)\s+(?:di\s*sana\s+)?(?:baru\s+)?(?:di)?(?:urus|proses|uruskan)\w*\s+"
    r"(?:oleh\s+|sama\s+|by\s+)?(?:kantor|perusahaan|majikan|company|agen|sponsor|bos|boss)",
    r"(?:visa|tiket|perjalanan|dokumen|semua|semuanya)\s+(?:(?:&|dan)\s+\w+\s+)?(?:sudah\s+)?"
    r"(?:ada\s+yang|kami|kita|bos|agen)\s+(?:atur|urus|siapkan|uruskan)",
    r"(?:visa|permit)\s*:?\s*we\s+(?:do|handle|arrange)\s+it",
    # The same in the passive: "tiket & visa diurus perusahaan", "visa and flight arranged by
    # company". (Not "ditanggung": who pays says nothing of the steps.)
    r"(?:tiket|ticket|visa|flight)\s*(?:&|dan|and)\s*(?:visa|tiket|ticket|flight|perjalanan)\s+"
    r"(?:\w+\s+)?(?:diurus|arranged|diatur)\s+(?:oleh\s+|by\s+)?(?:perusahaan|company|kantor|bos)",
    r"(?:kamu|anda|you)\s+(?:cukup|tinggal|just|only)\s+(?:datang|berangkat|come|fly|bawa\s+badan)",
    r"(?:\d+|satu|dua|seminggu)\s*(?:hari|minggu)\s+(?:siap|langsung|sudah)\s+(?:terbang|"
    r"berangkat)",
    r"(?:latihan|pelatihan|kelas|training|program|kursus)\s+kilat",
)
# Words before a PROCEDURE_DODGED phrase, in the same sentence, that warn against it rather than
# offer it: "jangan berangkat lewat jalur tikus", "jgn percaya yang menjanjikan pasti lulus",
# "bukan via agen 'jaminan lolos'", "no agent can guarantee a pass", "dibawa masuk melalui jalan
# tikus" in a news report of an arrest. (The cues of a whole warning notice, ADVISORY_CUES in
# classifier/phrases/shared.py, already keep a sentence out: Context.find.)
DODGE_WARNED = (
    r"jangan",
    r"jgn",
    r"bukan",
    r"tidak\s+ada",
    r"(?:ber|mem)?hati-hati",
    r"waspada\w*",
    r"percaya",
    r"menjanjikan",
    r"promising",
    r"janji-janji",
    r"penipu\w*",
    r"scam\w*",
    r"fake",
    r"palsu",
    r"spot",
    r"cannot",
    r"can't",
    r"no\s+(?:[\w,]+\s+){0,6}can",
    r"never",
    r"don'?t",
    r"ditahan",
    r"mangsa",
    r"pungutan",
    # news of an arrest: "siasatan awal mendapati mereka dibawa masuk melalui jalan tikus"
    r"siasatan",
    # ... or of a victim's return: "dari Bangkok ia dibawa lewat darat menyeberangi sungai"
    r"(?:ia|dia|mereka|korban|para\s+korban)\s+dibawa",
    r"(?:men|di)dapati",
)
