"""Phrases of the ``upfront_fee`` rule: fees, demands to pay, salary deductions and the
costs a candidate may lawfully carry.
"""

from __future__ import annotations

FEE_NOUNS = (
    r"biaya",
    r"fee",
    r"uang\s+(?:muka|pendaftaran|administrasi|jaminan|proses|pelicin|"
    r"pelatihan|tiket|visa|medical|seragam|transport)",
    r"\bdp\b",
    r"down\s+payment",
    r"deposit",
    r"yuran",
    r"bayaran",
    r"ongkos",
    r"kos\s+(?:proses|pengurusan|visa|permit)",
    r"processing\s+(?:fee|cost|charge)",
    r"registration\s+(?:fee|charge)",
    r"admin\s+fee",
    r"caj",
    r"charges?",
    r"investasi",
    r"tebusan",
    r"dana\s+talangan",
    r"mahar",
    r"tuition",
    r"tanda\s+jadi",
    r"ganti\s+rugi",
    r"(?<!cuti\s)(?<!libur\s)berbayar",
)
FEE_ITEMS = (
    r"proses\w*",
    r"administrasi",
    r"pendaftaran",
    r"registrasi",
    r"pelatihan",
    r"training",
    r"medical",
    r"medikal",
    r"mcu",
    r"cek\s+kesehatan",
    r"seragam",
    r"tiket",
    r"visa",
    r"paspor",
    r"pengurusan",
    r"penempatan",
    r"interview",
    r"wawancara",
    r"tes",
    r"test",
    r"transport\w*",
    r"akomodasi",
    r"jaminan",
    r"formulir",
    r"sertifikat",
    r"kursus",
    r"bahasa",
    r"asrama",
    r"permit",
    r"levi",
    r"agensi",
    r"agency",
    r"kontrak",
)
PAY_DEMAND = (
    r"(?:harus|wajib|perlu|mesti|cukup|hanya)\s+(?:di)?(?:bayar|transfer|setor|tf|membayar|"
    r"menyetor|kirim)",
    r"(?:bayar|transfer|setor|tf|kirim)\w*\s+(?:dulu|dahulu|di\s+"
    r"muka|di\s+awal|ke\s+(?:rekening|rek|nomor|no|dana|ovo|gopay|bri|bca|bni|mandiri|kami|"
    r"saya|admin|agen)|sebelum|biaya|dp|uang|deposit|via)",
    r"ditanggung\s+(?:sendiri|pelamar|"
    r"calon|peserta|pekerja|kandidat|anda)",
    r"(?:dibayar|bayar)\s+(?:sendiri|oleh\s+(?:calon|"
    r"pelamar|peserta|pekerja|kandidat|anda))",
    r"(?:must|need\s+to|required\s+to|have\s+to|"
    r"should)\s+(?:pay|transfer|deposit)",
    r"pay\s+(?:a|the|an|upfront|first|in\s+advance)",
    r"perlu\s+bayar",
    r"kena\s+bayar",
    r"perlu\s+dibayar",
    r"sila\s+(?:bayar|buat\s+bayaran)",
    r"rekening\s+(?:pribadi|atas\s+nama)",
    r"setelah\s+(?:pembayaran|transfer|"
    r"bayar)",
    r"(?:pembayaran|transfer)\s+(?:lunas|dp|dulu)",
    r"(?:lunas|dp)\s+(?:dulu|di\s+muka)",
    r"uang\s+(?:pendaftaran|administrasi|jaminan|pelicin)",
    r"pay\s+(?:for|your)",
    r"(?:candidates?|applicants?)\s+(?:pay|bear)",
    r"membayar",
    r"dikenakan\s+(?:biaya|fee|caj)",
    r"dikenai\s+biaya",
    r"dipungut\s+biaya",
    # Money put in to unlock work: "isi saldo misi", "top up 250rb dulu", "deposit a small amount".
    r"(?:isi|top\s?-?\s?up)\s+(?:saldo|dana|deposit)",
    r"(?:wajib|harus|perlu|mesti)\s+(?:isi|top\s?-?\s?up)",
    r"deposit\s+(?:a\s+)?(?:small\s+)?(?:amount|sum)",
    r"(?:must|has\s+to|have\s+to|needs?\s+to)\s+be\s+paid",
    r"payment\s+must\s+be\s+made",
    r"(?:payment|cost|costs|fee|biaya)\s*:\s*(?:an?\s+)?(?:administrative|admin|refundable|processing|"
    r"registration)\s+(?:deposit|fee|charges?)",
    r"(?:small|kecil|sedikit)\s+deposit",
    r"deposit\s+(?:untuk|for|utk)\s+(?:tugasan|tugas|task|misi|mission)",
    r"(?:vip|premium)\s+(?:level\s+|task\s+)?unlock",
    r"(?:pakai|dengan|gunakan|menggunakan)\s+saldo\s+sendiri",
    r"(?:wajib|harus|perlu|mesti)\s+(?:beli|membeli)",
    r"bayar\s+(?:[\w&]+\s+){1,3}dulu",
)
# Costs the rules allow the candidate to carry (docs/domain.md section 1, "Costs": Perban 2/2020
# personal needs; the EPS test fee paid at a designated bank; receipted official costs).
LEGIT_COSTS = (
    r"(?:biaya|kebutuhan|keperluan)\s+(?:kebutuhan\s+)?pribadi",
    r"personal\s+(?:needs|costs|expenses)",
    r"biaya\s+ujian",
    r"test\s+fee",
    r"bank\s+(?:yang\s+)?(?:ditunjuk|resmi)",
    r"designated\s+bank",
    r"sesuai\s+(?:ketentuan|aturan|perban|peraturan)",
    r"kuitansi",
    r"resit\s+rasmi",
    r"perban\s+\d",
    r"tidak\s+ada\s+(?:biaya|pembayaran)\s+lain",
)
SALARY_DEDUCTION = (
    r"potong(?:an)?\s+gaji\s+[^\n.]{0,40}?(?:selama\s+)(?P<months3>\d+)\s*(?:bulan|months?)",
    r"(?:tiket|ticket|flight|ongkos|biaya|fees?|loan|pinjaman|hutang|utang)\s+(?:[\w&]+\s+){0,4}"
    r"(?:potong\s+gaji|dipotong|deducted|deduct\w*|ganti\s+balik|bayar\s+balik|pay\s+back|"
    r"(?:di)?talang\w*|dikembalikan\s+dari\s+gaji)",
    r"(?:deduct\w*|potong\w*)\s+(?:\w+\s+){0,2}(?:from\s+)?(?:the\s+|your\s+)?(?:first\s+)?"
    r"(?:salary|gaji)",
    r"(?:pay|bayar|ganti)\s+(?:back|balik)\s+(?:in|dari|from|dengan|within)",
    r"potong(?:an)?\s+gaji\s+(?:selama\s+)?(?P<months>\d+)\s*(?:bulan|months?|x)",
    r"gaji\s+(?:di)?potong\s+(?:selama\s+)?(?P<months2>\d+)\s*(?:bulan|months?|x)",
    r"(?:potong(?:an)?\s+gaji|gaji\s+dipotong|salary\s+deduct\w*|deduct\w*\s+from\s+"
    r"(?:your\s+)?salary)\s+(?:untuk|buat|utk|for)\s+(?:biaya|hutang|utang|pinjaman|tiket|"
    r"ongkos|proses|the\s+(?:fee|cost|ticket))",
    r"(?:hutang|utang|pinjaman|kasbon|cash\s+bon)\s+"
    r"(?:dipotong|potong)\s+(?:dari\s+)?gaji",
    r"(?:dipotong|potong)\s+dari\s+gaji",
    r"talangan",
    r"bayar\s+(?:dengan|pakai)\s+(?:potong(?:an)?\s+)?gaji",
    # Costs advanced and taken back out of the pay: "tiket ganti dari gaji", "bayar balik dr
    # gaji", "dipotong tiap gajian", "salary cut first 3 months for agent", "deduct later".
    r"(?:ganti|diganti|cicil|dicicil|bayar\s+cicil|bayar\s+balik|ganti\s+balik|potong|dipotong)\s+"
    r"(?:dari|dr|drpd|daripada|from)\s+(?:gaji|gajian|salary|upah)",
    r"(?:dipotong|potong|diganti|dicicil)\s+(?:tiap|setiap|per)\s+(?:gajian|bulan\s+dari\s+gaji)",
    r"salary\s+cut",
    r"(?:cash\s+bon|kasbon)\W+(?:\w+\W+){0,2}(?:deduct|potong|dipotong)\w*",
    r"(?:cash\s+bon|kasbon)\s+(?:utk|untuk|buat|for)\s+(?:ongkos|tiket|ticket|transport)",
    r"deduct\w*\s+from\s+(?:the\s+)?first\s+\d+\s+months?",
    r"(?:dipotong|potong)\s+(?:untuk\s+)?biaya",
    r"(?:hutang|utang)\s+(?:tiket|ongkos|biaya|pesawat|transport)",
    r"(?:nanti\s+)?potong\s+(?:bonus|tips?)",
)
