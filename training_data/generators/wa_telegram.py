"""Generate WhatsApp-forward / Telegram-channel job adverts (Indonesian, heavy slang).

Writes training_data/sources/wa_telegram.jsonl = the hand-written adverts in
wa_telegram.hand.jsonl followed by generated ones (origin "generated").
Deterministic (fixed seed); rerunning rewrites the whole file.

Design: every advert is a scenario (local job, licensed overseas placement,
official notice, Malaysia back-door route, Middle-East housemaid via sponsor,
scam-compound "admin online", entertainment lure, task scam, fee scam, ...).
A scenario picks independent *components* (pay, route, documents, fee,
recruiter, contact, urgency); each component carries the red-flag codes its
wording shows, and the advert's flags are the union.  Positive and negative
scenarios share the same wrapper pieces (forward headers, openers, layout,
abbreviations, emoji, hashtags, closings) so layout carries no label signal.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

SEED = 20250611
N_GENERATED = 620
PREFIX = "wat"

ROOT = Path(__file__).resolve().parents[1]
HAND = ROOT / "sources" / "wa_telegram.hand.jsonl"
OUT = ROOT / "sources" / "wa_telegram.jsonl"

CODES = {
    "high_pay", "upfront_fee", "unclear_procedure", "unlicensed_recruiter",
    "informal_contact", "visa_misuse", "restricted_destination", "vague_job",
    "pressure", "document_fraud", "vulnerable_targeting",
}
WEAK = {"informal_contact", "pressure"}

# --------------------------------------------------------------------------
# shared vocabulary
# --------------------------------------------------------------------------
AREAS = ["Telanaipura", "Kota Baru", "Jelutung", "Alam Barajo", "Paal Merah", "Jambi Timur",
         "Jambi Selatan", "Pasar Jambi", "Danau Sipin", "Thehok", "Kenali Besar", "Mayang Mangurai",
         "Talang Banjar", "Simpang Rimbo", "Mendalo", "Sengeti", "Muara Bulian", "Muara Tebo",
         "Muara Bungo", "Sarolangun", "Bangko", "Sungai Penuh", "Kuala Tungkal", "Muara Sabak",
         "Rawasari", "Kebun Handil", "Talang Bakung", "Sungai Bahar", "Kasang", "Pematang Sulur"]
STREETS = ["Jl. Kol. Abunjani", "Jl. Hos Cokroaminoto", "Jl. Sultan Agung", "Jl. Gatot Subroto",
           "Jl. Sumantri Brojonegoro", "Jl. Lingkar Barat", "Jl. Lingkar Selatan", "Jl. Soekarno Hatta",
           "Jl. Kapt. Pattimura", "Jl. Raden Mattaher", "Jl. Adityawarman", "Jl. Slamet Riyadi",
           "Jl. Jend. Sudirman", "Jl. Orang Kayo Hitam", "Jl. Sultan Thaha", "Jl. Prof. Sri Soedewi",
           "Jl. Kapten A. Bakaruddin", "Jl. M. Husni Thamrin", "Jl. Ir. H. Juanda", "Jl. Lingkar Timur",
           "Jl. Marsda Abdurrahman Saleh", "Jl. Kol. Amir Hamzah", "Jl. Pangeran Hidayat", "Jl. Yos Sudarso"]
PEOPLE = ["Bu Yanti", "Pak Rahmat", "Bang Rudi", "Kak Dewi", "Mba Sari", "Koh Ahong", "Uda Rizal",
          "Pak Darto", "Mas Bowo", "Bu Hj. Nur", "Wak Udin", "Ci Lina", "Bang Ucok", "Pak Sahrul",
          "Bu Erna", "Kak Putri", "Bang Jefri", "Mba Lilis", "Pak Anton", "Bu Rosmiati", "Om Hendra",
          "Kak Nisa", "Bang Tigor", "Pak Zul", "Bu Marni", "Mas Agus", "Teh Rina", "Pak Syamsul"]
MAMI = ["Mami Sisca", "Mami Ika", "Tante Rosa", "Mami Jen", "Om Jefri", "Mami Lala", "Kak Vivi",
        "Tante Mei", "Mami Yola", "Bang Roy", "Mas Beni", "Kak Sherly"]
SPONSOR = ["sponsor", "bos", "agen", "tekong", "calo", "kenalan bos", "kak admin", "Pak Haji"]
PT_A = ["Sinar", "Cahaya", "Mitra", "Bina", "Duta", "Karya", "Putra", "Tunas", "Bumi", "Samudra",
        "Anugerah", "Prima", "Insan", "Langit", "Mutiara", "Harapan", "Berkah", "Nusa", "Griya", "Wahana"]
PT_B = ["Bahari", "Mandiri", "Sejahtera", "Abadi", "Persada", "Utama", "Insani", "Lestari", "Jaya",
        "Makmur", "Sentosa", "Perkasa", "Nusantara", "Gemilang", "Amanah", "Kencana", "Raya"]
PT_C = ["Mandiri", "Indonesia", "Internasional", "Global", "Sejahtera", "Utama", "Perkasa", "Jaya", "Abadi"]


def phone(rng: random.Random) -> str:
    pre = rng.choice(["812", "813", "821", "822", "823", "852", "853", "811", "819", "895", "896",
                      "857", "858", "831", "877", "878", "851", "815"])
    a, b = rng.randint(1000, 9999), rng.randint(1000, 9999)
    if pre[0] == "8" and rng.random() < 0.5:
        a = int("7" + str(rng.randint(100, 999)))  # many Jambi numbers start 08xx-7
    style = rng.randrange(6)
    if style == 0:
        return f"0{pre}-{a}-{b}"
    if style == 1:
        return f"0{pre} {a} {b}"
    if style == 2:
        return f"0{pre}{a}{b}"
    if style == 3:
        return f"+62 {pre}-{a}-{b}"
    if style == 4:
        return f"wa.me/62{pre}{a}{b}"
    return f"0{pre}.{a}.{b}"


def my_phone(rng: random.Random) -> str:
    return f"+60 1{rng.randint(0, 9)}-{rng.randint(100, 999)} {rng.randint(1000, 9999)}"


def landline(rng: random.Random) -> str:
    code = rng.choice(["0741", "0741", "0741", "0743", "0746", "0747", "0748", "0744"])
    return rng.choice([f"({code}) {rng.randint(40, 79)}{rng.randint(1000, 9999)}",
                       f"{code}-{rng.randint(40, 79)}{rng.randint(1000, 9999)}",
                       f"telp. {code} {rng.randint(400, 799)}{rng.randint(100, 999)}"])


def handle(rng: random.Random, base: str) -> str:
    return "@" + base + rng.choice(["", "_", "."]) + rng.choice(
        ["hr", "rekrut", "admin", "jobs", "official", str(rng.randint(1, 99)), "id", "kerja"])


def pt_name(rng: random.Random) -> str:
    a, b = rng.choice(PT_A), rng.choice(PT_B)
    c = rng.choice([x for x in PT_C if x != b] + [""])
    return f"PT {a} {b} {c}".strip()


def sip3mi(rng: random.Random) -> str:
    n = rng.randint(1, 9)
    m = rng.randint(100, 1999)
    y = rng.choice([2021, 2022, 2023, 2024, 2025])
    return rng.choice([f"SIP3MI No. {n}/{m}/PB.02.01/{y}", f"SIP3MI No. {m}/KP2MI/{y}",
                       f"izin SIP3MI No. {n}.{m}/{y}", f"SIP3MI {m}/{y}"])


def address(rng: random.Random, area: str | None = None) -> str:
    return f"{rng.choice(STREETS)} No. {rng.randint(1, 120)}, {area or rng.choice(AREAS)}"


def idr(rng: random.Random, jt: float) -> str:
    jt = round(jt, 1)
    s = f"{jt:.1f}".replace(".0", "").replace(".", ",")
    full = f"{int(round(jt * 1_000_000)):,}".replace(",", ".")
    return rng.choice([f"{s}jt", f"{s} jt", f"Rp {full}", f"Rp{s} juta", f"{s} juta",
                       f"IDR {full.replace('.', ',')}", f"{int(jt * 1000)}K" if jt < 10 else f"{s}jt",
                       f"Rp. {full},-"])


def per_day(rng: random.Random, rb: int) -> str:
    return rng.choice([f"{rb}rb/hari", f"{rb} ribu per hari", f"Rp {rb}.000/hr", f"{rb}k sehari"])


def fmt_num(n: int, sep: str = ".") -> str:
    return f"{n:,}".replace(",", sep)


# --------------------------------------------------------------------------
# advert builder
# --------------------------------------------------------------------------
class Ad:
    """Collects labelled sections and the flags their wording shows."""

    def __init__(self) -> None:
        self.secs: list[tuple[str, str]] = []
        self.flags: set[str] = set()
        self.formal_contact = False   # address / company e-mail / landline present
        self.personal_contact = False
        self.tags: list[str] = []
        self.title: str | None = None

    def add(self, label: str, text: str, *flags: str) -> None:
        if text:
            self.secs.append((label, text))
            self.flags.update(flags)


LABEL_NAMES = {
    "posisi": ["Posisi", "Dibutuhkan", "Job", "Jabatan", "Lowongan", "👷 Posisi"],
    "lokasi": ["Lokasi", "Penempatan", "📍", "Tempat kerja", "Lokasi kerja"],
    "gaji": ["Gaji", "Gj", "💰", "Salary", "Penghasilan", "Gapok"],
    "syarat": ["Syarat", "Kualifikasi", "Req", "Kriteria", "Persyaratan"],
    "fasilitas": ["Fasilitas", "Benefit", "Dapat", "Fasilitas kerja"],
    "proses": ["Proses", "Alur", "Tahapan", "Prosedur"],
    "biaya": ["Biaya", "Cost", "Pembiayaan"],
    "dokumen": ["Dokumen", "Berkas", "Paspor"],
    "perusahaan": ["Perusahaan", "Info dari", "Pemberi kerja", "Perekrut", "Dari"],
    "kontak": ["Kontak", "CP", "Hubungi", "Info", "Minat hub", "Daftar"],
    "catatan": ["Note", "Catatan", "NB", "PS", "Info tambahan"],
    "desakan": ["‼️", "PENTING", "NB", "⏰"],
    "tugas": ["Tugas", "Jobdesk", "Kerjaan"],
    "judul": ["Program", "Info", "Kegiatan", "📣"],
}

FORWARD_HEADERS = ["*Diteruskan*", "Forwarded", "↪️ Diteruskan", "info dr grup sebelah", "copas dr grup sebelah",
                   "Diteruskan berkali-kali", "fwd dr status temen", "[Forwarded from Info Loker Jambi]",
                   "Dari grup alumni 👇", "_Diteruskan_", "Forwarded as received", "dpt dr grup RT",
                   "Share dr grup kerja", "Forward:", "Dr grup keluarga", "izin share dr grup tetangga 🙏"]
OPENERS = ["INFO LOKER", "LOWONGAN KERJA", "Dibutuhkan segera", "Dicari", "Bantu share ya gaes",
           "Assalamualaikum, izin share", "Halo semua 👋", "Hai kak", "Buat yg lagi cari kerja 👇",
           "OPEN RECRUITMENT", "Kabar baik buat yg lagi nganggur", "LOKER TERBARU 🔥", "Permisi min, izin promo loker",
           "📢📢📢", "Siapa tau ada yg butuh", "Info kerja nih", "INFO KERJA MINGGU INI", "Selamat pagi, ada loker",
           "Yg cari kerjaan merapat", "LOWONGANNN", "Dibutuhkan cepat", "Share info", "Bismillah, info loker",
           "Loker loker loker", "Kepada yth. pencari kerja", "Malam gaes, ada info", "URGENT", "Sapo yg nak kerjo 👇"]
CLOSINGS = ["Terima kasih 🙏", "Share ke yg membutuhkan ya", "Serius only", "No PHP", "Yg minat aja ya",
            "Salam sukses", "🙏🙏", "Semoga bermanfaat", "Tolong bantu sebar", "Jgn cuma di-read aja 😅",
            "Wassalam", "Thx", "Info lebih lanjut japri/dtg langsung", "Good luck!", "Makasih admin 🙏",
            "sebarkan, siapa tau rezeki kawan", "God bless", "Trims"]
CHANNEL_FOOTERS = ["Join channel: t.me/lokerjambi_update", "Follow IG @infolokerjambi utk loker lain",
                   "Channel Loker Jambi & Sekitarnya", "Info loker lain cek t.me/lowongan_jambi",
                   "— admin Loker Jambi Hari Ini", "Mau pasang iklan loker? hub admin channel"]
BULLETS = ["✅", "▪️", "-", "•", "👉", "✔️", "🔸", "*", "➡️", "🔹", "◾", "⭐"]
EMOJI = ["🔥", "💰", "✨", "📢", "🙏", "😊", "👍", "💯", "🚀", "😍", "✈️", "📌", "⚡", "🤑", "💪"]

ABBR = [(r"\bgaji\b", "gj"), (r"\bjuta\b", "jt"), (r"\bberangkat\b", "brkt"), (r"\bcepat\b", "cpt"),
        (r"\btanpa\b", "tnp"), (r"\byang\b", "yg"), (r"\buntuk\b", "utk"), (r"\bdengan\b", "dgn"),
        (r"\bsudah\b", "sdh"), (r"\btidak\b", "tdk"), (r"\bbisa\b", "bs"), (r"\bminimal\b", "min"),
        (r"\bmaksimal\b", "max"), (r"\bhubungi\b", "hub"),
        (r"\bsaja\b", "aja"), (r"\bterima kasih\b", "makasih"), (r"\bbulan\b", "bln"), (r"\btahun\b", "thn"),
        (r"\bhari\b", "hr"), (r"\bsama\b", "sm"), (r"\bkarena\b", "krn"), (r"\bbelum\b", "blm")]
JAMBI = [(r"\btidak\b", "dak"), (r"\bmau\b", "nak"), (r"\bsiapa\b", "sapo"), (r"\bkerja\b", "kerjo"),
         (r"\bsaja\b", "bae"), (r"\bsemua\b", "galo"), (r"\bsama\b", "samo")]
ELONG = [("gaji", "gajiii"), ("buruan", "buruaaan"), ("cepat", "cepaaat"), ("kerja", "kerjaaa"),
         ("lowongan", "lowongannn"), ("gratis", "gratiiis"), ("besar", "besaaar"), ("ayo", "ayooo"),
         ("segera", "segeraaa"), ("dicari", "dicariii")]

HASHTAGS_LOCAL = ["#loker", "#lokerjambi", "#infoloker", "#lowongankerja", "#jambi", "#lokerjambikota",
                  "#kerjajambi", "#lokermuarojambi", "#jambihits", "#lokerterbaru"]
HASHTAGS_ABROAD = ["#kerjaluarnegeri", "#lokerluarnegeri", "#pmi", "#tkw", "#tki", "#lokerjambi", "#loker"]


def contact(rng: random.Random, ad: Ad, kind: str, who: str | None = None, biz: str | None = None,
            area: str | None = None, domain: str | None = None) -> None:
    """Add a contact section; records whether it is personal or formal."""
    who = who or rng.choice(PEOPLE)
    if kind == "wa":
        txt = rng.choice([f"WA {phone(rng)}", f"hub {phone(rng)} ({who})", f"japri {who} {phone(rng)}",
                          f"chat aja ke {phone(rng)}", f"Hubungi: {phone(rng)}", f"minat WA {who}: {phone(rng)}",
                          f"WA/telp {phone(rng)}", f"CP {who} {phone(rng)}", f"{phone(rng)} (WA only, no call)"])
        ad.personal_contact = True
    elif kind == "my":
        txt = rng.choice([f"WA Malaysia {my_phone(rng)}", f"hub {who} {my_phone(rng)}", f"wasap {my_phone(rng)}"])
        ad.personal_contact = True
    elif kind == "tg":
        base = re.sub(r"[^a-z]", "", who.lower())[:8] or "admin"
        txt = rng.choice([f"Telegram {handle(rng, base)}", f"t.me/{handle(rng, base)[1:]}",
                          f"PM admin {handle(rng, base)}", f"DM telegram {handle(rng, base)}"])
        ad.personal_contact = True
    elif kind == "japri":
        txt = rng.choice(["japri aja", "japri min", "PM aja", "inbox", "DM ya", "japri ke aku",
                          f"japri {who}", "langsung chat nomor ini", "reply di grup aja", "komen 'minat' nanti dichat"])
        ad.personal_contact = True
    elif kind == "ig":
        txt = rng.choice([f"DM IG {handle(rng, 'loker')}", f"DM ke {handle(rng, 'kerja')}", "DM aja kak, link di bio"])
        ad.personal_contact = True
    elif kind == "gmail":
        base = re.sub(r"[^a-z]", "", (biz or who).lower())[:12] or "rekrut"
        txt = rng.choice([f"kirim CV ke {base}{rng.randint(1, 99)}@gmail.com", f"email: {base}.jambi@gmail.com"])
        ad.personal_contact = True
    elif kind == "address":
        loc = address(rng, area)
        txt = rng.choice([f"datang langsung ke {biz or 'lokasi'}, {loc}", f"Alamat: {loc}",
                          f"lamaran antar ke {biz or 'kantor'} ({loc})", f"walk in ke {loc}, jam kerja"])
        ad.formal_contact = True
    elif kind == "email":
        dom = domain or (re.sub(r"[^a-z]", "", (biz or "perusahaan").lower())[:14] + ".co.id")
        txt = rng.choice([f"kirim CV ke hrd@{dom}", f"email: rekrutmen@{dom}", f"lamaran via email karir@{dom}"])
        ad.formal_contact = True
    elif kind == "landline":
        txt = f"info {landline(rng)}"
        ad.formal_contact = True
    else:
        raise ValueError(kind)
    ad.add("kontak", txt)


def finish_contact_flag(ad: Ad) -> None:
    if ad.personal_contact and not ad.formal_contact:
        ad.flags.add("informal_contact")


# --------------------------------------------------------------------------
# NEGATIVE scenarios
# --------------------------------------------------------------------------
LOCAL_JOBS = [
    # (biz templates, job titles, duties, pay range jt, benefits)
    (["Warung Makan {n}", "RM {n}", "Warung {n}"], ["pelayan", "tukang masak", "bantu dapur", "cuci piring"],
     ["layani pembeli & beberes meja", "masak menu harian", "bantu racik bumbu & cuci piring"], (1.5, 2.5),
     ["makan 2x", "mess", "uang makan", "libur 1 hari seminggu"]),
    (["Toko Bangunan {n}", "TB {n}", "Panglong {n}"], ["tenaga angkut", "admin gudang", "sopir pick up", "kasir toko"],
     ["angkut semen & besi", "catat stok barang masuk keluar", "antar material ke pelanggan"], (2.0, 3.0),
     ["uang makan", "mess", "BPJS", "bonus akhir tahun"]),
    (["Bengkel {n}", "Bengkel Motor {n}", "{n} Motor"], ["mekanik motor", "helper bengkel", "mekanik mobil"],
     ["servis rutin & ganti oli", "bongkar pasang mesin", "bantu mekanik senior"], (2.0, 4.5),
     ["bonus per unit", "uang makan", "mess"]),
    (["Kedai Kopi {n}", "{n} Coffee", "Cafe {n}"], ["barista", "waiter/waitress", "kasir cafe", "kitchen crew"],
     ["bikin kopi & minuman", "layani tamu", "pegang kasir & rekap harian"], (1.8, 2.8),
     ["makan 1x", "service charge", "shift fleksibel"]),
    (["Laundry {n}", "{n} Laundry"], ["karyawan setrika", "karyawan packing", "kurir laundry"],
     ["setrika & lipat pakaian", "timbang & packing cucian", "antar jemput cucian pelanggan"], (1.6, 2.4),
     ["uang makan", "mess", "bonus kiloan"]),
    (["Ekspedisi {n}", "{n} Express", "{n} Cargo"], ["kurir", "helper gudang", "admin resi", "sopir box"],
     ["antar paket area kota", "sortir paket", "input resi & rekap COD"], (2.0, 3.5),
     ["insentif per paket", "BBM diganti", "BPJS"]),
    (["Dealer Motor {n}", "{n} Motor (dealer resmi)"], ["sales counter", "sales lapangan", "admin STNK"],
     ["jual unit motor", "follow up konsumen kredit", "urus berkas STNK/BPKB"], (2.5, 4.0),
     ["insentif per unit", "uang bensin", "BPJS"]),
    (["Toko {n}", "Grosir {n}", "Swalayan {n}"], ["admin toko", "kasir", "pramuniaga", "staf gudang"],
     ["input stok & nota", "jaga kasir", "susun barang di rak"], (1.8, 3.0),
     ["uang makan", "THR", "BPJS", "lembur dibayar"]),
    (["Bimbel {n}", "Les Privat {n}"], ["guru les Matematika", "guru les Bahasa Inggris", "tutor calistung"],
     ["ngajar anak SD-SMP", "sesi sore 90 menit", "pendampingan PR"], (1.5, 3.0),
     ["honor per sesi", "jadwal fleksibel"]),
    (["Toko Online {n}", "{n} Shop", "{n} Official Store"], ["admin CS chat", "admin packing", "host live jualan (di toko)"],
     ["balas chat pembeli", "packing & input resi", "live jualan produk di toko"], (1.8, 2.8),
     ["bonus target", "makan siang"]),
    (["Kebun Sawit {n}", "PT {n} Agro", "Kebun {n}"], ["mandor panen", "krani buah", "pemanen", "tukang dodos"],
     ["awasi tim panen", "catat hasil timbang TBS", "panen & angkut buah"], (2.5, 5.0),
     ["rumah dinas", "premi panen", "BPJS"]),
    (["Perumahan {n}", "Ruko {n}", "Gudang {n}"], ["satpam", "security malam", "penjaga gudang"],
     ["jaga pos & patroli", "cek keluar masuk kendaraan"], (2.5, 3.8),
     ["BPJS", "seragam", "uang lembur"]),
    (["Apotek {n}", "Klinik {n}"], ["asisten apoteker", "perawat", "admin pendaftaran"],
     ["layani resep", "input data pasien", "shift pagi/sore"], (2.5, 3.8),
     ["BPJS", "tunjangan"]),
    (["Salon {n}", "Barbershop {n}"], ["kapster", "tukang pangkas", "terapis creambath (salon muslimah)"],
     ["potong & styling rambut", "layani pelanggan salon"], (1.6, 3.0),
     ["komisi", "pelatihan gratis"]),
    (["Percetakan {n}", "Konveksi {n}"], ["operator mesin print", "tukang jahit", "desainer grafis"],
     ["operasikan mesin digital print", "jahit seragam", "desain banner & undangan"], (2.0, 3.2),
     ["lembur dibayar", "uang makan"]),
    (["Catering {n}", "Toko Kue {n}", "Dapur {n}"], ["juru masak", "bantu produksi kue", "kurir antar katering"],
     ["masak nasi kotak", "bantu produksi roti & kue", "antar pesanan ke kantor"], (1.6, 2.6),
     ["makan siang", "mess utk yg dr luar kota"]),
    (["Hotel {n}", "Penginapan {n}"], ["housekeeping", "front office", "cook helper"],
     ["bersihkan kamar", "layani check in/out", "bantu dapur"], (2.2, 3.5),
     ["service charge", "BPJS", "makan 1x"]),
    (["Cucian Mobil {n}", "{n} Car Wash"], ["pencuci mobil & motor", "kasir"],
     ["cuci & poles kendaraan"], (1.5, 2.4), ["bonus per unit", "makan siang"]),
    (["Konter {n}", "{n} Cell"], ["penjaga konter", "teknisi servis HP"],
     ["jual pulsa & aksesoris", "servis ringan HP"], (1.6, 2.6), ["bonus penjualan", "mess"]),
    (["Distributor {n}", "CV {n}"], ["sales kanvas", "checker gudang", "driver"],
     ["tawarkan produk ke toko2", "cek barang keluar masuk", "antar barang ke outlet"], (2.5, 3.8),
     ["insentif", "uang makan & BBM", "BPJS"]),
]
BIZ_NAMES = ["Barokah", "Sederhana", "Sumber Rejeki", "Maju Jaya", "Berkah Abadi", "Cahaya", "Sinar Baru",
             "Mentari", "Karya Mandiri", "Bunda", "Sejahtera", "Rizki", "Setia Kawan", "Family", "Amanah",
             "Harapan", "Jaya Makmur", "Anugrah", "Mulia", "Pelangi", "Nusantara", "Kenangan", "Melati", "Kita"]
REQS_LOCAL = ["min SMP", "min SMA/SMK sederajat", "lulusan SD/SMP boleh", "usia 18-35 th", "cewek/cowok",
              "pria", "wanita", "jujur & rajin", "punya motor & SIM C", "bisa komputer dasar",
              "pengalaman diutamakan", "tdk merokok saat kerja", "domisili dekat lokasi", "sehat jasmani",
              "max 40 th", "fresh graduate boleh", "mau belajar", "bisa kerja tim", "ada SKCK"]


def scen_local(rng: random.Random) -> tuple[Ad, bool]:
    biz_t, jobs, duties, (lo, hi), bens = rng.choice(LOCAL_JOBS)
    biz = biz_t[rng.randrange(len(biz_t))].format(n=rng.choice(BIZ_NAMES))
    area = rng.choice(AREAS)
    ad = Ad()
    n = rng.choice(["1 org", "2 org", "3 org", "beberapa org", ""])
    job = rng.choice(jobs)
    ad.add("posisi", f"{n} {job}".strip())
    ad.add("lokasi", rng.choice([f"{biz}, {area}", f"{biz} daerah {area}", f"{area} (dkt {rng.choice(['pasar', 'simpang', 'masjid', 'kampus', 'SPBU'])})"]))
    if rng.random() < 0.6:
        ad.add("tugas", rng.choice(duties))
    ad.add("syarat", ", ".join(rng.sample(REQS_LOCAL, rng.randint(1, 3))))
    pay_mode = rng.random()
    if pay_mode < 0.55:
        a = round(rng.uniform(lo, hi), 1)
        ad.add("gaji", idr(rng, a) + rng.choice(["", "/bln", " per bulan", " + bonus", " bersih", " (nego)"]))
    elif pay_mode < 0.7:
        ad.add("gaji", per_day(rng, rng.choice([60, 70, 75, 80, 90, 100, 110, 120])))
    else:
        ad.add("gaji", rng.choice(["gaji menarik", "gaji nego", "sesuai UMK", "gaji sesuai kemampuan", "gapok + bonus"]))
    if rng.random() < 0.7:
        ad.add("fasilitas", ", ".join(rng.sample(bens, rng.randint(1, min(3, len(bens))))))
    if rng.random() < 0.2:
        ad.add("catatan", rng.choice(["jam kerja 08.00-17.00", "shift pagi/malam", "libur 1 hr seminggu",
                                      "gajian tiap tgl 1", "bisa lgsg kerja", "tdk dipungut biaya apapun"]))
    kinds = rng.choice([["wa"], ["wa"], ["wa"], ["address"], ["wa", "address"], ["ig", "address"],
                        ["email", "address"], ["gmail"], ["landline", "address"], ["japri"], ["tg"]])
    for k in kinds:
        contact(rng, ad, k, biz=biz, area=area)
    finish_contact_flag(ad)
    if not ad.flags and rng.random() < 0.15:
        ad.add("desakan", rng.choice(["kuota terbatas", "lamaran ditutup hari Sabtu ini", "cuma butuh 1, siapa cepat dia dapat",
                                      "buruan sebelum keisi"]), "pressure")
    ad.tags = HASHTAGS_LOCAL
    return ad, False


DOM_FACTORY_CITIES = [("Batam", ["Muka Kuning", "Kabil", "Tanjung Uncang", "Batu Ampar"]),
                      ("Cikarang", ["kawasan industri Jababeka", "Cikarang Barat"]),
                      ("Karawang", ["kawasan industri KIIC", "Karawang Timur"]),
                      ("Pekanbaru", ["Rumbai", "Kulim"]), ("Palembang", ["Kertapati", "Plaju"]),
                      ("Jakarta", ["Cakung", "Pulogadung"]), ("Medan", ["KIM Mabar"])]
DOM_CHANNELS = ["Pendaftaran lewat Karirhub Kemnaker", "seleksi di Disnaker Kota Jambi tgl {d}",
                "walk in interview di Disnaker Prov. Jambi tgl {d}", "daftar lewat BKK SMK Negeri {k} Jambi",
                "lamar online di website karir resmi perusahaan", "job fair di Balai Latihan Kerja Jambi tgl {d}",
                "program AKAD Disnakertrans, daftar di kantor Disnaker kab/kota"]


def scen_dom_factory(rng: random.Random) -> tuple[Ad, bool]:
    city, zones = rng.choice(DOM_FACTORY_CITIES)
    ad = Ad()
    comp = pt_name(rng)
    ad.add("perusahaan", f"{comp} ({rng.choice(zones)}, {city})")
    ad.add("posisi", rng.choice(["operator produksi", "QC inspector", "teknisi maintenance", "helper gudang",
                                 "operator forklift", "admin produksi", "welder", "operator mesin"]))
    ad.add("syarat", ", ".join(rng.sample(["lulusan SMA/SMK sederajat", "usia 18-27", "pria/wanita", "wanita 18-25",
                                           "tinggi min 150", "tdk buta warna", "SMK teknik", "belum pernah kerja boleh",
                                           "sehat, tdk bertato", "sertifikat las (utk welder)"], rng.randint(2, 3))))
    ad.add("gaji", rng.choice([f"sesuai UMK {city}", f"UMK {city} + lembur", idr(rng, rng.uniform(3.8, 5.2)) + " + lembur",
                               "UMK + uang makan + shuttle"]))
    if rng.random() < 0.6:
        ad.add("fasilitas", rng.choice(["BPJS TK & kesehatan", "mess 1 bulan pertama", "kontrak 1 thn, bisa diperpanjang",
                                        "transport ke lokasi ditanggung perusahaan", "seragam & makan siang"]))
    ad.add("proses", rng.choice(DOM_CHANNELS).format(d=rng.randint(2, 28), k=rng.randint(1, 5)))
    ad.add("biaya", rng.choice(["TIDAK DIPUNGUT BIAYA", "gratis, tanpa pungutan", "perusahaan tdk pernah minta transfer",
                                "hati2 calo, rekrutmen tanpa biaya"]))
    if rng.random() < 0.5:
        contact(rng, ad, rng.choice(["email", "landline", "address"]), biz=comp)
    finish_contact_flag(ad)
    ad.tags = ["#loker", f"#loker{city.lower()}", "#lokerjambi", "#infoloker", "#lowonganpabrik"]
    return ad, False


LEGIT_DEST = [
    ("Taiwan", ["operator pabrik elektronik", "operator pabrik plastik", "pekerja pabrik pengolahan makanan"],
     ["NT$29.500 + lembur", "NT$ 29.500/bln + OT", "min. NT$28.590 + lembur"], "#lokertaiwan"),
    ("Taiwan", ["perawat lansia di panti", "caregiver (panti jompo)"], ["NT$29.500", "NT$ 29.500 + tunjangan"], "#lokertaiwan"),
    ("Taiwan", ["caregiver rumah tangga (jaga lansia)"], ["NT$20.000 + lembur hari libur", "NT$ 20.000-23.000"], "#lokertaiwan"),
    ("Hong Kong", ["PRT / domestic helper", "pengasuh anak & lansia"], ["HK$5.100 + uang makan", "HK$ 4.990-5.100 + makan"], "#lokerhongkong"),
    ("Malaysia", ["operator kilang elektronik", "operator kilang makanan", "operator kilang sarung tangan"],
     ["RM1.700 + OT", "RM 1.700-2.200 + OT", "RM1.800 termasuk elaun"], "#lokermalaysia"),
    ("Malaysia", ["pekerja ladang sawit (Sabah)", "pekerja ladang sawit (Sarawak)", "pemanen sawit (Pahang)"],
     ["RM1.700 + insentif panen", "RM 1.700 + bonus hasil"], "#lokermalaysia"),
    ("Malaysia", ["PRT lewat Sistem Satu Kanal"], ["RM1.500", "min RM 1.500"], "#lokermalaysia"),
    ("Singapura", ["PRT / FDW"], ["S$600-650", "S$ 620 + off day"], "#lokersingapura"),
    ("Jepang", ["SSW perawat lansia (kaigo)", "SSW manufaktur makanan", "SSW pertanian", "SSW konstruksi"],
     ["¥180.000-200.000", "± ¥190.000/bln", "setara pekerja Jepang, ±¥185.000"], "#kerjajepang"),
    ("Arab Saudi (SPSK)", ["penata laksana rumah tangga di syarikah", "pengasuh anak via syarikah", "supir keluarga via syarikah"],
     ["SAR 1.500", "min. SAR 1.500, dibayar via bank", "SAR 1.500-1.800"], "#spsk"),
    ("Qatar", ["welder 6G bersertifikat", "teknisi listrik industri (pengalaman 3 thn)"],
     ["QAR 3.500-4.500", "QAR 4.000 + akomodasi"], "#lokerqatar"),
    ("Korea Selatan (G to G)", ["pekerja manufaktur EPS", "pekerja perikanan EPS"],
     ["upah minimum Korea ±₩2.100.000/bln", "₩2.096.270/bln (upah minimum)"], "#epstopik"),
]
LEGIT_STEPS = ["daftar di SIAPkerja", "registrasi di LTSA/Disnaker kab/kota asal", "seleksi & wawancara",
               "medical check up di sarana kesehatan yg ditunjuk", "tes psikologi", "pelatihan & sertifikasi kompetensi",
               "tanda tangan perjanjian kerja (PK)", "perjanjian penempatan di Disnaker", "OPP/PAP di BP3MI",
               "visa kerja", "job order diverifikasi perwakilan RI", "berangkat"]
LEGIT_COST = ["biaya sesuai Perban BP2MI 9/2020 (zero cost utk jabatan ini)", "tidak ada pungutan di luar ketentuan",
              "biaya penempatan ditanggung pemberi kerja", "calon PMI hanya tanggung paspor & SKCK sesuai aturan",
              "tanpa potong gaji", "rincian biaya resmi dijelaskan saat sosialisasi di Disnaker",
              "tdk ada DP/uang muka apa pun"]


def scen_legit_abroad(rng: random.Random) -> tuple[Ad, bool]:
    dest, jobs, pays, tag = rng.choice(LEGIT_DEST)
    ad = Ad()
    if dest.startswith("Korea"):
        ad.add("posisi", rng.choice(jobs))
        ad.add("lokasi", "Korea Selatan, program G to G (EPS)")
        ad.add("gaji", rng.choice(pays))
        ad.add("syarat", rng.choice(["usia 18-39, min SMP, sehat, tdk buta warna", "lulus EPS-TOPIK & tes keterampilan, usia 18-39"]))
        ad.add("proses", rng.choice(["daftar ujian EPS-TOPIK di kanal resmi KP2MI, bukan lewat LPK/agen",
                                     "pendaftaran online di laman resmi KP2MI, biaya ujian dibayar sendiri ke bank yg ditunjuk"]))
        ad.add("catatan", rng.choice(["tidak ada pihak swasta yg bisa menjamin penempatan Korea",
                                      "waspada calo/LPK yg janji pasti brkt", "info: BP3MI Jambi / Disnakertrans Prov. Jambi"]))
        ad.tags = ["#loker", tag, "#korea", "#gtog", "#lokerluarnegeri"]
        return ad, False
    comp = pt_name(rng)
    ad.add("perusahaan", f"{comp} (P3MI, {sip3mi(rng)})" if rng.random() < 0.75 else
           f"{comp}, P3MI berizin, bisa dicek di SISKOP2MI")
    ad.add("posisi", rng.choice(jobs))
    ad.add("lokasi", dest)
    ad.add("gaji", rng.choice(pays))
    if rng.random() < 0.6:
        ad.add("fasilitas", rng.choice(["kontrak 2 thn", "kontrak 3 thn", "asrama/hostel disediakan", "asuransi & BPJS PMI",
                                        "libur mingguan sesuai kontrak", "tiket PP ditanggung majikan"]))
    if dest.startswith("Arab"):
        ad.add("catatan", rng.choice(["pemberi kerja syarikah, bukan perorangan", "jalur SPSK resmi, kota Riyadh/Jeddah/Dammam"]))
    k = rng.randint(3, 6)
    idx = sorted(rng.sample(range(len(LEGIT_STEPS) - 1), k - 1)) + [len(LEGIT_STEPS) - 1]
    sep = rng.choice([" → ", " > ", ", ", " - "])
    ad.add("proses", sep.join(LEGIT_STEPS[i] for i in idx))
    ad.add("biaya", rng.choice(LEGIT_COST))
    office = f"kantor cabang Jambi {address(rng)}"
    ad.add("kontak", rng.choice([office, office + f", {landline(rng)}", f"kantor {address(rng)}; telp {landline(rng)}"]))
    ad.formal_contact = True
    if rng.random() < 0.35:
        ad.add("kontak", f"WA admin {phone(rng)}")
    if rng.random() < 0.2:
        ad.add("desakan", rng.choice(["kuota terbatas", "pendaftaran ditutup akhir bulan"]), "pressure")
    finish_contact_flag(ad)
    ad.tags = ["#loker", tag, "#lokerluarnegeri", "#pmiresmi", "#lokerjambi"]
    return ad, False


OFFICIAL_BODIES = ["Disnakertrans Prov. Jambi", "Disnaker Kota Jambi", "BP3MI Jambi", "LTSA Kota Jambi",
                   "Disnaker Kab. Muaro Jambi", "Disnaker Kab. Batanghari", "Disnaker Kab. Tebo", "Disnaker Kab. Kerinci",
                   "Disnaker Kab. Merangin", "Disnaker Kab. Tanjab Barat"]
OFFICIAL_ITEMS = [
    ("Program magang Jepang Kemnaker–IM Japan", "daftar online gratis di jepang.magangln.id, seleksi fisik & tes di Disnaker",
     "uang saku thn pertama ±¥100.000-105.000", ["usia 19-26, pria, min SMA", "sehat, tdk bertato, min SMA"]),
    ("Pendaftaran ujian EPS-TOPIK Korea (G to G)", "hanya lewat kanal resmi KP2MI, biaya ujian dibayar sendiri ke bank",
     "gaji sesuai upah minimum Korea", ["usia 18-39, min SMP", "sehat, tdk buta warna, usia 18-39"]),
    ("Rekrutmen perawat G to G Jerman (Triple Win)", "daftar lewat laman resmi KP2MI, kursus bahasa disediakan",
     "tanpa biaya penempatan", ["D3/S1 keperawatan, STR aktif, usia 18-38"]),
    ("Job fair gabungan 30+ perusahaan", "datang ke lokasi bawa CV & fotokopi ijazah", "masuk gratis",
     ["pencari kerja ber-KTP Jambi", "semua jenjang pendidikan"]),
    ("Pelatihan kerja gratis di BLK (las, menjahit, barista, otomotif)", "daftar di SIAPkerja / kantor Disnaker",
     "ada uang transport & sertifikat", ["usia 17-35, tdk sedang sekolah", "pencari kerja ber-KTP Jambi"]),
    ("Penempatan PMI ke Arab Saudi lewat SPSK", "daftar di LTSA, lewat P3MI yg ditunjuk, pemberi kerja syarikah",
     "gaji min SAR 1.500, tanpa biaya", ["usia 21-45, sehat", "punya izin keluarga diketahui kades"]),
    ("Lowongan AKAD perkebunan Kalimantan", "seleksi di kantor Disnaker, kontrak tertulis",
     "gaji UMP setempat + premi, transport ditanggung perusahaan", ["pria 18-40, sehat", "berpengalaman di kebun diutamakan"]),
    ("Penempatan PMI Hong Kong & Taiwan lewat P3MI berizin", "daftar di LTSA, cek izin P3MI di SISKOP2MI",
     "bebas biaya penempatan utk sektor domestik", ["usia min 18", "sehat, ada izin keluarga"]),
    ("Pemagangan dalam negeri (retail & perhotelan)", "daftar di SIAPkerja atau datang ke Disnaker",
     "uang saku & sertifikat", ["usia 18-30, min SMA"]),
]


def scen_official(rng: random.Random) -> tuple[Ad, bool]:
    body = rng.choice(OFFICIAL_BODIES)
    prog, how, note, reqs = rng.choice(OFFICIAL_ITEMS)
    ad = Ad()
    ad.add("perusahaan", rng.choice([f"Info resmi dari {body}", f"Pengumuman {body}", f"[{body}]",
                                     f"dr kanal resmi {body}"]))
    ad.add("judul", prog)
    ad.add("proses", how)
    ad.add("fasilitas", note)
    if rng.random() < 0.6:
        ad.add("syarat", rng.choice(reqs))
    ad.add("catatan", rng.choice(["waspada calo yg minta uang", "tidak dipungut biaya", "pengaduan KP2MI 0800-1000",
                                  "jgn percaya yg menjanjikan pasti lulus", "info lanjut di kantor " + body]))
    ad.tags = ["#infoloker", "#lokerjambi", "#disnaker", "#pmiresmi"]
    return ad, False


SENIOR = [("Mine Supervisor (tambang batubara)", "S1 Tambang, pengalaman 5 thn, POP/POM", (20, 30), "Sarolangun"),
          ("Process Engineer migas", "S1 Teknik Kimia, pengalaman 5 thn", (22, 32), "Tanjung Jabung Barat"),
          ("Dokter spesialis anak (RS swasta)", "Sp.A, STR & SIP aktif", (45, 70), "Kota Jambi"),
          ("Dokter umum IGD", "STR aktif, ACLS/ATLS", (10, 15), "Muara Bungo"),
          ("Mill Manager PKS", "pengalaman pabrik kelapa sawit 8 thn", (25, 35), "Batanghari"),
          ("Site Manager konstruksi", "S1 Sipil, SKA, pengalaman 7 thn", (18, 25), "Muaro Jambi"),
          ("Senior Software Engineer (remote, perusahaan Jakarta)", "pengalaman 5 thn backend", (20, 35), "remote dari Jambi"),
          ("Offshore Instrument Technician", "sertifikat BOSIET, pengalaman 5 thn", (25, 40), "rotasi 28/28"),
          ("Apoteker penanggung jawab", "STRA & SIPA", (5, 8), "Bangko"),
          ("Chief Engineer kapal tanker (pelayaran nasional)", "ATT-II, pengalaman 5 thn", (30, 45), "rute domestik")]


def scen_senior(rng: random.Random) -> tuple[Ad, bool]:
    role, req, (lo, hi), loc = rng.choice(SENIOR)
    ad = Ad()
    comp = pt_name(rng)
    ad.add("perusahaan", comp)
    ad.add("posisi", role)
    ad.add("lokasi", loc)
    ad.add("syarat", req)
    ad.add("gaji", f"{idr(rng, lo)} - {idr(rng, hi)}" + rng.choice(["", " + tunjangan", " + site allowance", " nego"]))
    contact(rng, ad, rng.choice(["email", "email", "address"]), biz=comp)
    if rng.random() < 0.3:
        contact(rng, ad, "wa")
    finish_contact_flag(ad)
    ad.tags = ["#loker", "#lokerjambi", "#lokerengineer", "#karir"]
    return ad, False


# --------------------------------------------------------------------------
# POSITIVE scenarios
# --------------------------------------------------------------------------
def recruiter(rng: random.Random, ad: Ad, voice: str = "") -> str:
    who = rng.choice(PEOPLE)
    role = rng.choice(SPONSOR)
    txt = rng.choice([f"lewat {role} ({who})", f"{role} kami yg urus semua", f"jalur {role}, bukan PT",
                      f"ikut {who} ({role})", f"langsung {role} di sana, gak lewat PT", f"diurus {role} kenalan aku",
                      f"PT kami izinnya lagi diurus", f"agen perorangan {who}"])
    ad.add("perusahaan", txt, "unlicensed_recruiter")
    return who


def pressure(rng: random.Random, ad: Ad, secret_ok: bool = True, travel: bool = True) -> None:
    opts = ["kuota tinggal 3", "slot terbatas, siapa cepat dia dapat", "hari ini terakhir daftar",
            "buruan sebelum penuh", "butuh cepat, yg ragu2 jgn daftar", "proses tutup Jumat ini"]
    if travel:
        opts += ["brkt minggu ini", "brkt lusa", "brkt besok pagi", "rombongan brkt tgl 3"]
    if secret_ok:
        opts += ["jangan bilang keluarga dulu", "gak usah izin ortu", "jangan sebar ke grup lain",
                 "rahasiakan dulu dari keluarga, nanti kabari kalo udh gajian", "jgn cerita ke tetangga"]
    ad.add("desakan", rng.choice(opts), "pressure")


def fee(rng: random.Random, ad: Ad, lo: float = 1.0, hi: float = 8.0) -> None:
    amt = idr(rng, round(rng.uniform(lo, hi), 1))
    ad.add("biaya", rng.choice([f"biaya proses {amt}", f"DP {amt} utk kunci slot", f"bayar {amt} aja utk tiket & dokumen",
                                f"uang jaminan {amt} ke rek pribadi", f"adm {amt}, sisanya potong gaji",
                                f"ongkos ditalangi, potong gaji {rng.randint(4, 10)} bulan",
                                f"transfer {amt} ke rekening a.n. {rng.choice(PEOPLE).split()[-1]}",
                                f"biaya medical & pelatihan {amt} (bisa dicicil)"]), "upfront_fee")


def personal_contact(rng: random.Random, ad: Ad, pool: list[str] | None = None, who: str | None = None) -> None:
    for k in rng.choice(pool or [["wa"], ["wa"], ["japri"], ["tg"], ["wa", "tg"], ["ig"], ["gmail"], ["my"]]):
        contact(rng, ad, k, who=who)


def subtle_office(rng: random.Random, ad: Ad) -> None:
    """Scams sometimes show an office address or landline: no informal_contact then."""
    ad.add("kontak", rng.choice([f"kantor: Ruko {rng.choice(['Mayang', 'Kota Baru', 'Simpang Kawat', 'Talang Banjar'])} Blok {rng.choice('ABCDE')}-{rng.randint(1, 20)}, Jambi",
                                 f"kantor perwakilan {address(rng)}", f"{address(rng)}, {landline(rng)}"]))
    ad.formal_contact = True


MY_JOBS = ["kerja kebun sawit", "kilang (pabrik)", "kilang elektronik", "restoran", "jaga toko", "kontruksi/bangunan",
           "ladang sayur Cameron", "jaga nenek/ART", "cuci piring kedai mamak", "kilang papan"]
MY_PLACES = ["Johor", "Selangor", "Pahang", "Sabah", "Sarawak", "Kuala Lumpur", "Penang", "Klang", "Kuching", "Melaka"]
MY_ROUTES = ["brkt lewat Dumai naik kapal malam", "masuk lewat jalur tikus dr Batam", "nyebrang dr Kuala Tungkal pake speedboat",
             "lewat Tanjung Balai Karimun, ada yg jemput di pantai", "naik feri Batam–Johor pake paspor pelancong, permit nyusul",
             "lewat Entikong pake paspor biasa, kerja dulu permit belakangan", "via Nunukan–Tawau jalur darat",
             "masuk sbg turis, nanti di sana 'diputihkan'"]


def scen_malaysia(rng: random.Random) -> tuple[Ad, bool]:
    ad = Ad()
    job = rng.choice(MY_JOBS)
    ad.add("posisi", job)
    ad.add("lokasi", f"{rng.choice(MY_PLACES)}, Malaysia 🇲🇾")
    if rng.random() < 0.6:
        ad.add("gaji", rng.choice([f"RM {fmt_num(rng.choice([3500, 3800, 4000, 4500, 5000]))}/bln",
                                   f"{rng.choice([130, 150, 170])} ringgit sehari", f"RM{fmt_num(rng.choice([3200, 3600, 4200]), ',')} bersih",
                                   f"{idr(rng, rng.choice([14, 15, 16, 18]))} sebulan"]), "high_pay")
    else:
        ad.add("gaji", rng.choice(["RM 1.800", "RM1,600 + OT", "RM 2.000/bln", "RM 70 sehari", idr(rng, 7.5)]))
    if rng.random() < 0.8:
        ad.add("proses", rng.choice(MY_ROUTES), "visa_misuse")
    if rng.random() < 0.6:
        ad.add("dokumen", rng.choice(["tnp paspor, kami urus", "paspor blm ada gpp nanti dibikinin", "paspor nama lain jg bisa",
                                      "umur 16 bisa diatur", "KTP gak ada jg bisa", "paspor dipegang bos biar aman"]), "document_fraud")
    if rng.random() < 0.5:
        ad.add("catatan", rng.choice(["gak usah ke Disnaker, ribet", "proses 1 minggu lgsg kerja", "tanpa medical, tanpa pelatihan",
                                      "langsung brkt, gak pake training"]), "unclear_procedure")
    elif "visa_misuse" in ad.flags:
        ad.flags.add("unclear_procedure")
    if rng.random() < 0.55:
        fee(rng, ad, 1.5, 5)
    else:
        ad.add("biaya", rng.choice(["tiket & makan tanggung bos", "gratis, semua ditanggung", ""]))
    if rng.random() < 0.85:
        recruiter(rng, ad)
    else:
        ad.flags.add("unlicensed_recruiter")  # no licensed company or employer named at all
    if rng.random() < 0.45:
        pressure(rng, ad)
    if rng.random() < 0.12:
        subtle_office(rng, ad)
    else:
        personal_contact(rng, ad)
    finish_contact_flag(ad)
    ad.tags = ["#lokermalaysia", "#kerjamalaysia", "#loker", "#lokerjambi", "#kerjaluarnegeri"]
    return ad, True


ME_DEST = ["Riyadh", "Jeddah", "Makkah", "Madinah", "Dubai", "Abu Dhabi", "Doha (Qatar)", "Kuwait", "Oman", "Bahrain",
           "Yordania", "Arab Saudi", "Timteng (Saudi/UEA)"]
_SA_HI, _SA_LO = ["3.000 riyal", "SAR 3.500", "2.800 SAR"], ["1.500 riyal", "1.800 SAR", "2000 riyal"]
_AE_HI, _AE_LO = ["AED 4.000", "4.500 dirham"], ["AED 1.500", "1.800 dirham"]
ME_PAY_HI = {"Riyadh": _SA_HI, "Jeddah": _SA_HI, "Makkah": _SA_HI, "Madinah": _SA_HI, "Arab Saudi": _SA_HI,
             "Dubai": _AE_HI, "Abu Dhabi": _AE_HI, "Doha (Qatar)": ["QAR 4.000"], "Kuwait": ["300 KWD"]}
ME_PAY_LO = {"Riyadh": _SA_LO, "Jeddah": _SA_LO, "Makkah": _SA_LO, "Madinah": _SA_LO, "Arab Saudi": _SA_LO,
             "Dubai": _AE_LO, "Abu Dhabi": _AE_LO, "Doha (Qatar)": ["QAR 1.500"], "Kuwait": ["120 KWD", "150 KWD"],
             "Oman": ["180 rial Oman"], "Bahrain": ["BHD 150"]}
ME_JOBS = ["ART", "pengasuh anak", "jaga lansia", "supir keluarga", "tukang masak rumah", "baby sitter", "PRT", "TKW rumah tangga"]
ME_VISA = ["brkt pake visa umroh", "visa ziarah dulu, nanti diganti visa kerja", "visa kunjungan keluarga", "visa turis 3 bulan",
           "ikut rombongan umroh, di sana langsung kerja", "transit Malaysia dulu biar aman di bandara", "visa 'azad' beli dari sponsor"]


def scen_mideast(rng: random.Random) -> tuple[Ad, bool]:
    ad = Ad()
    ad.add("posisi", rng.choice(ME_JOBS), "restricted_destination")
    dest = rng.choice(ME_DEST)
    ad.add("lokasi", dest)
    if rng.random() < 0.35:
        ad.add("gaji", rng.choice(ME_PAY_HI.get(dest, []) + ["10jt bersih", "12 juta"]), "high_pay")
    else:
        ad.add("gaji", rng.choice(ME_PAY_LO.get(dest, []) + ["5-7jt", "6jt bersih"]))
    ad.add("syarat", rng.choice(["wanita 21-45, sehat", "ibu2 max 40", "boleh janda", "lulusan SD boleh", "belum pernah ke luar negeri gpp"]))
    visas = ME_VISA if dest in ("Riyadh", "Jeddah", "Makkah", "Madinah", "Arab Saudi", "Timteng (Saudi/UEA)") else \
        [v for v in ME_VISA if "umroh" not in v]
    if rng.random() < 0.85:
        ad.add("proses", rng.choice(visas), "visa_misuse")
    if rng.random() < 0.7:
        ad.add("catatan", rng.choice(["gak usah ke Disnaker", "proses 2 minggu lgsg terbang", "tanpa PAP/OPP", "tanpa medical resmi",
                                      "cukup KTP & KK, sisanya kami urus"]), "unclear_procedure")
    if rng.random() < 0.3:
        ad.add("dokumen", rng.choice(["umur di paspor bisa diatur", "paspor dipegang majikan selama kontrak",
                                      "umur 17 gpp, disesuaikan", "paspor dibuat dgn data baru"]), "document_fraud")
    if rng.random() < 0.3:
        fee(rng, ad, 1, 6)
    else:
        ad.add("biaya", rng.choice(["NO BIAYA, semua ditanggung sponsor", "gratis + uang fit 3jt utk keluarga", "biaya 0", ""]))
    recruiter(rng, ad)
    if rng.random() < 0.3:
        pressure(rng, ad)
    if rng.random() < 0.1:
        subtle_office(rng, ad)
    else:
        personal_contact(rng, ad)
    finish_contact_flag(ad)
    ad.tags = ["#lokerTimteng", "#lokerarab", "#TKW", "#loker", "#lokerjambi"]
    return ad, True


SCAM_LOC = [("Phnom Penh, Kamboja", "🇰🇭"), ("Sihanoukville, Kamboja", "🇰🇭"), ("Poipet, Kamboja", "🇰🇭"),
            ("Bavet, Kamboja", "🇰🇭"), ("Myawaddy, Myanmar", "🇲🇲"), ("Shwe Kokko, Myanmar", "🇲🇲"),
            ("Segitiga Emas, Laos", "🇱🇦"), ("Manila, Filipina", "🇵🇭"), ("Pampanga, Filipina", "🇵🇭"),
            ("perbatasan Thailand–Myanmar (Mae Sot)", "🇹🇭")]
SCAM_JOBS = ["CS online", "admin online", "operator komputer", "typing/data entry", "marketing chat", "admin game",
             "telemarketing", "customer service representative", "admin sosmed", "operator live chat", "IT support",
             "relationship manager"]


def scen_scamhub(rng: random.Random) -> tuple[Ad, bool]:
    ad = Ad()
    loc, flag = rng.choice(SCAM_LOC)
    ad.add("posisi", rng.choice(SCAM_JOBS), "vague_job", "restricted_destination")
    ad.add("lokasi", f"{loc} {flag}")
    if rng.random() < 0.85:
        ad.add("gaji", rng.choice([f"USD {fmt_num(rng.choice([1000, 1200, 1300, 1500, 1800, 2000]))}", f"${rng.choice([1000, 1200, 1500])} + bonus",
                                   f"{rng.choice([15, 18, 20, 25])}jt/bln", f"{rng.choice([1000, 1500])} dolar + komisi"]), "high_pay")
    else:
        ad.add("gaji", rng.choice(["gaji dolar, besar", "gaji + komisi menarik"]))
    ad.add("syarat", rng.choice(["bisa ngetik, gak perlu pengalaman", "tanpa ijazah", "lulusan SMP boleh", "usia 18-35, bisa komputer dasar",
                                 "bahasa Indonesia aktif"]))
    ad.add("fasilitas", rng.choice(["tiket PP ditanggung", "mess + makan 3x", "tiket, visa, apartemen free", "tiket dibeliin bos"]))
    if rng.random() < 0.65:
        ad.add("proses", rng.choice(["pake visa turis dulu, kerja lgsg", "visa on arrival aja", "terbang ke Bangkok, lanjut jalur darat",
                                     "bebas visa 30 hari, nanti diurus kantor", "transit Bangkok, dijemput di perbatasan"]),
               "visa_misuse", "unclear_procedure")
    if rng.random() < 0.3:
        ad.add("dokumen", rng.choice(["paspor disimpan perusahaan", "umur 17 boleh", "paspor dipegang HR sampai kontrak selesai"]),
               "document_fraud")
    if rng.random() < 0.3:
        pressure(rng, ad)
    if rng.random() < 0.2:
        ad.add("biaya", rng.choice(["putus kontrak ganti rugi USD 3.000", "deposit tiket 2jt, dikembalikan setelah gaji pertama"]),
               "upfront_fee")
    if rng.random() < 0.15:
        ad.add("perusahaan", f"{pt_name(rng)} (perwakilan rekrutmen)", "unlicensed_recruiter")
        subtle_office(rng, ad)
    else:
        if rng.random() < 0.6:
            ad.add("perusahaan", rng.choice(["bos Cina, kantor besar", "perusahaan IT luar negeri", "rekrut langsung dr kantor", "tim HR kami"]))
        ad.flags.add("unlicensed_recruiter")
        personal_contact(rng, ad, [["tg"], ["tg"], ["wa"], ["japri"], ["ig"], ["gmail"]])
    finish_contact_flag(ad)
    ad.tags = ["#lokerluarnegeri", "#kerjaluarnegeri", "#loker", "#lokerjambi", "#kerjaonline"]
    return ad, True


ENT_PLACES = ["Batam", "Batam", "Tanjung Pinang", "Karimun", "Pekanbaru", "Jakarta", "Bali", "Medan", "Dumai", "Singapura", "Malaysia"]
ENT_JOBS = ["PL karaoke", "LC", "terapis spa", "karyawati cafe", "host/pemandu tamu", "terapis pijat keluarga", "SPG klub malam",
            "waitress lounge", "pelayan cafe & karaoke", "host live streaming"]


def scen_entertain(rng: random.Random) -> tuple[Ad, bool]:
    ad = Ad()
    place = rng.choice(ENT_PLACES)
    ad.add("posisi", rng.choice(ENT_JOBS), "vulnerable_targeting")
    ad.add("lokasi", place)
    ad.add("syarat", rng.choice(["cewek 18-25, good looking", "wanita 18-24, single, berpenampilan menarik", "cewek cantik 18-23, tinggi min 158",
                                 "blm menikah, kulit bersih", "wanita muda, berani, percaya diri", "cewek 19-26, body proporsional"]),
           "vulnerable_targeting")
    if rng.random() < 0.8:
        ad.add("gaji", rng.choice(["8-12jt + tips", "gaji 10jt", idr(rng, rng.choice([7, 8, 9, 12, 15])), "6jt + tip (bisa 15jt)",
                                   "harian 500rb"]), "high_pay")
    else:
        ad.add("gaji", rng.choice(["gaji 4jt + tips", "gapok 3,5jt + komisi"]))
    ad.add("fasilitas", rng.choice(["tiket & mess gratis", "ongkos brkt dibayar bos", "jemput di Jambi", "apartemen disediakan"]))
    if rng.random() < 0.4:
        ad.add("dokumen", rng.choice(["umur 16-17 jg boleh", "KTP blm ada gpp, dibantu", "umur kurang bisa diatur",
                                      "KTP & ijazah asli dititip ke manajemen"]), "document_fraud")
    if rng.random() < 0.55:
        pressure(rng, ad)
    if rng.random() < 0.3:
        ad.add("biaya", rng.choice(["ongkos potong gaji pelan2", "DP tiket 500rb", "biaya foto & portofolio 750rb"]), "upfront_fee")
    if rng.random() < 0.25:
        ad.add("catatan", "kerjaan dijelaskan pas sampai", "vague_job")
    ad.add("catatan", rng.choice(["kirim foto full body", "kirim foto selfie + video", "", "foto terbaru tanpa filter ya"]))
    ad.flags.add("unlicensed_recruiter")
    if rng.random() < 0.7:
        personal_contact(rng, ad, [["wa"], ["japri"], ["ig"], ["tg"]], who=rng.choice(MAMI))
    else:
        personal_contact(rng, ad)
    finish_contact_flag(ad)
    ad.tags = ["#loker" + place.lower().replace(" ", ""), "#loker", "#lokercewek", "#kerjabatam"]
    return ad, True


TASKS = ["like & subscribe video youtube", "kasih rating hotel", "follow akun tiktok & screenshot", "boost order toko online",
         "review produk marketplace", "klik iklan", "nonton video 30 detik", "like postingan IG"]


def scen_task(rng: random.Random) -> tuple[Ad, bool]:
    ad = Ad()
    ad.add("posisi", rng.choice(["kerja part time dari HP", "kerja online dr rumah", "freelance tugas harian", "kerja sampingan ibu rumah tangga"]),
           "vague_job")
    ad.add("tugas", rng.choice(TASKS))
    ad.add("gaji", rng.choice(["300rb-1jt/hari", "komisi 50rb per tugas, sehari bisa 500rb", "5jt/minggu", "200-500rb per hari",
                               "gaji cair tiap hari 350rb"]), "high_pay")
    ad.add("biaya", rng.choice(["tugas premium wajib deposit dulu min 100rb", "aktivasi akun 99rb", "isi saldo misi 200rb-2jt",
                                "top up 250rb dulu, nanti balik + bonus", "daftar member VIP 500rb"]), "upfront_fee")
    ad.flags.add("unlicensed_recruiter")
    if rng.random() < 0.5:
        pressure(rng, ad, secret_ok=False, travel=False)
    personal_contact(rng, ad, [["tg"], ["wa"], ["japri"], ["ig"]])
    if rng.random() < 0.4:
        ad.add("kontak", rng.choice(["gabung grup: t.me/+kerjahp_cuan", "klik link di bio", "link grup: bit.ly/kerjaonline-id"]))
        ad.personal_contact = True
    finish_contact_flag(ad)
    ad.tags = ["#kerjaonline", "#kerjadarirumah", "#loker", "#freelance"]
    return ad, True


def scen_feescam(rng: random.Random) -> tuple[Ad, bool]:
    ad = Ad()
    where, pays = rng.choice([
        ("luar negeri (nanti dijelaskan)", ["15jt/bln", "20 juta", "USD 2.000"]),
        ("kapal pesiar", ["gaji 25-40jt", "USD 2.500", "$3.000 + tips"]),
        ("Eropa (Polandia/Rumania)", ["€2.500", "EUR 2.200 bersih", "35jt"]),
        ("Jepang", ["¥350.000", "40jt/bln"]), ("Australia", ["AUD 30/jam", "AUD 6.000/bln"]),
        ("Singapura", ["S$3.000", "S$ 2.800"]),
        ("Hong Kong", ["HK$12.000", "15jt/bln"]), ("Taiwan", ["NT$60.000", "35 juta"]), ("Turki", ["USD 1.800", "25jt"])])
    ad.add("posisi", rng.choice(["kerja ringan", "semua posisi", "staf umum", "helper", "pekerja pabrik", "admin"]), "vague_job")
    ad.add("lokasi", where)
    ad.add("gaji", rng.choice(pays), "high_pay")
    ad.add("syarat", rng.choice(["tdk perlu ijazah", "SD pun bisa", "tanpa pengalaman", "tanpa tes bahasa"]))
    fee(rng, ad, 0.5, 15)
    if rng.random() < 0.5:
        ad.add("proses", rng.choice(["tdk perlu ke Disnaker", "proses 2 minggu jadi", "tanpa seleksi", "visa kami urus via jalur khusus"]),
               "unclear_procedure")
    if rng.random() < 0.2:
        ad.add("dokumen", rng.choice(["sertifikat bisa dibantu tnp ikut diklat", "buku pelaut dibuat 3 hari"]), "document_fraud")
    if rng.random() < 0.5:
        pressure(rng, ad)
    if rng.random() < 0.2:
        ad.add("perusahaan", pt_name(rng) + rng.choice([" (izin dlm proses)", "", " – mitra luar negeri"]), "unlicensed_recruiter")
        subtle_office(rng, ad)
    else:
        recruiter(rng, ad)
        personal_contact(rng, ad)
    finish_contact_flag(ad)
    ad.tags = ["#loker", "#lokerluarnegeri", "#lokerjambi", "#gajibesar"]
    return ad, True


def scen_korea(rng: random.Random) -> tuple[Ad, bool]:
    ad = Ad()
    lpk = f"LPK {rng.choice(['Hana', 'Seoul', 'Gangnam', 'Busan', 'Daebak', 'Hanguk'])} {rng.choice(PT_B)}"
    ad.add("perusahaan", rng.choice([lpk, f"{lpk} (mitra agensi Korea)", "agensi Korea kami", "jalur sponsor Korea"]),
           "unlicensed_recruiter", "restricted_destination")
    ad.add("posisi", rng.choice(["pabrik di Korea", "pertanian Korea", "kapal ikan Korea", "pabrik otomotif Korea"]))
    ad.add("gaji", rng.choice(["25-35jt/bln", "₩2.500.000", "30 juta", "gaji Korea 28jt"]))
    ad.add("proses", rng.choice(["jamin 100% brkt", "tanpa nunggu ujian EPS", "pasti lulus EPS-TOPIK", "penempatan dijamin setelah pelatihan",
                                 "jalur visa E-9 khusus"]), "unclear_procedure")
    if rng.random() < 0.85:
        fee(rng, ad, 10, 50)
    if rng.random() < 0.2:
        ad.add("dokumen", "pakai visa C-3 kunjungan, kerja di sana", "visa_misuse")
    if rng.random() < 0.5:
        pressure(rng, ad, secret_ok=False)
    if rng.random() < 0.3:
        subtle_office(rng, ad)
    else:
        personal_contact(rng, ad)
    finish_contact_flag(ad)
    ad.tags = ["#kerjakorea", "#lokerkorea", "#eps", "#loker"]
    return ad, True


def scen_formal_deposit(rng: random.Random) -> tuple[Ad, bool]:
    ad = Ad()
    comp = pt_name(rng)
    ad.add("perusahaan", rng.choice([f"{comp} (anak usaha BUMN)", comp, f"HRD {comp}"]))
    ad.add("posisi", rng.choice(["staf administrasi", "operator", "staf gudang", "customer service kantor", "security"]))
    ad.add("lokasi", rng.choice(["penempatan Jambi", "penempatan Jakarta", "penempatan Batam", "penempatan Pekanbaru"]))
    if rng.random() < 0.5:
        ad.add("gaji", rng.choice(["9jt", "12.500.000", "Rp 10 juta", "11jt + tunjangan"]), "high_pay")
    else:
        ad.add("gaji", rng.choice(["4,5jt", "UMK + tunjangan", "Rp 5.200.000"]))
    ad.add("biaya", rng.choice([f"peserta lolos wajib transfer biaya seragam & pelatihan {idr(rng, rng.uniform(0.8, 3))}",
                                f"reservasi hotel & tiket interview lewat travel mitra {idr(rng, rng.uniform(1.5, 4))}",
                                f"dana jaminan administrasi {idr(rng, rng.uniform(1, 5))}, dikembalikan setelah 3 bulan",
                                f"biaya tes kesehatan {idr(rng, rng.uniform(0.5, 2))} ke rekening a.n. pribadi HRD"]), "upfront_fee")
    if rng.random() < 0.5:
        ad.add("desakan", rng.choice(["paling lambat besok", "konfirmasi 1x24 jam atau dianggap gugur"]), "pressure")
    if rng.random() < 0.6:
        subtle_office(rng, ad)
    if rng.random() < 0.6:
        contact(rng, ad, "wa")
    if len(ad.flags) < 2:
        ad.add("desakan", rng.choice(["transfer paling lambat hari ini", "slot interview terbatas, segera konfirmasi"]), "pressure")
    finish_contact_flag(ad)
    ad.tags = ["#loker", "#lokerbumn", "#rekrutmen", "#lokerjambi"]
    return ad, True


def scen_internal(rng: random.Random) -> tuple[Ad, bool]:
    ad = Ad()
    place = rng.choice(["Kalimantan", "Riau", "Batam", "Jakarta", "Papua", "Bangka", "Sulawesi"])
    ad.add("posisi", rng.choice(["pemanen sawit", "kerja pabrik", "ART", "baby sitter", "kerja kebun", "buruh bangunan", "kerja di kapal"]))
    ad.add("lokasi", place)
    if rng.random() < 0.7:
        ad.add("gaji", rng.choice(["8jt", "10-12jt", idr(rng, rng.choice([8, 9, 10])), "gaji besar 9jt"]), "high_pay")
    else:
        ad.add("gaji", rng.choice(["4jt", "3,5jt + mess"]))
    ad.add("fasilitas", rng.choice(["mess gratis", "ongkos & makan di jalan ditanggung", "tiket bus ditanggung"]))
    if rng.random() < 0.5:
        ad.add("dokumen", rng.choice(["umur 15 ke atas", "KTP gak perlu", "umur 16 bisa", "dokumen dipegang mandor"]), "document_fraud")
    if rng.random() < 0.5:
        ad.add("biaya", rng.choice(["ongkos potong gaji 6 bln", "bayar 1,5jt utk transport"]), "upfront_fee")
    if rng.random() < 0.4:
        ad.add("catatan", rng.choice(["PT nanti dikasih tau", "kerjaan dijelaskan di lokasi"]), "vague_job")
    pressure(rng, ad)
    recruiter(rng, ad) if rng.random() < 0.5 else ad.flags.add("unlicensed_recruiter")
    personal_contact(rng, ad)
    finish_contact_flag(ad)
    ad.tags = ["#loker", "#lokerjambi", "#lokerkebun", "#butuhcepat"]
    return ad, True


# --------------------------------------------------------------------------
# multi-vacancy channel posts
# --------------------------------------------------------------------------
MULTI_OK = [
    "Kasir minimarket – {a} – min SMA – {p}", "Admin toko sparepart – {s} – {p}", "Helper gudang ekspedisi – {a} – pria 20-35",
    "Guru TK – {a} – min D2 PAUD", "Barista – cafe di {a} – {p}", "Satpam perumahan – {a} – datang langsung",
    "Sales motor – dealer {s} – gapok + insentif", "Cleaning service kantor – {a} – UMK", "Kurir paket – {a} – punya motor",
    "Perawat klinik – {s} – STR aktif", "Tukang masak RM padang – {a} – mess", "Admin online shop – {a} – {p}",
    "Operator produksi Batam – via Disnaker Kota Jambi – gratis", "Mandor panen – kebun sawit {a} – pengalaman 2 thn",
    "Driver pribadi – {a} – SIM A – {p}", "Pelayan warung – {a} – {p} + makan",
]
MULTI_BAD = [
    ("LC karaoke Batam, cewek 18-23, gaji 15jt, tiket ditanggung, brkt cpt, japri {m}",
     ["vulnerable_targeting", "high_pay", "pressure", "unlicensed_recruiter", "informal_contact"]),
    ("CS online Kamboja, USD 1.200, tiket & visa ditanggung bos, hub @cs_kh_{n}",
     ["restricted_destination", "high_pay", "vague_job", "unlicensed_recruiter", "informal_contact"]),
    ("ART Saudi via sponsor, visa umroh, brkt 2 minggu, WA {ph}",
     ["restricted_destination", "visa_misuse", "unclear_procedure", "unlicensed_recruiter", "informal_contact"]),
    ("Kebun Malaysia tnp paspor, lewat Dumai, RM 4.000, bayar 2jt, japri {m}",
     ["document_fraud", "visa_misuse", "high_pay", "upfront_fee", "unlicensed_recruiter", "informal_contact", "unclear_procedure"]),
    ("Kerja like & subscribe 300rb/hari, deposit 100rb dulu, t.me/+cuan{n}",
     ["high_pay", "upfront_fee", "vague_job", "unlicensed_recruiter", "informal_contact"]),
    ("Terapis spa Singapura, wanita 18-25 single, gaji 12jt, visa turis, WA {ph}",
     ["vulnerable_targeting", "high_pay", "visa_misuse", "unlicensed_recruiter", "informal_contact"]),
]


def scen_multi(rng: random.Random, bad: bool) -> tuple[Ad, bool]:
    ad = Ad()
    k = rng.randint(3, 5)
    lines = []
    for tpl in rng.sample(MULTI_OK, k):
        lines.append(tpl.format(a=rng.choice(AREAS), s=rng.choice(STREETS),
                                p=idr(rng, round(rng.uniform(1.8, 3.2), 1))))
    if bad:
        tpl, fl = rng.choice(MULTI_BAD)
        lines.insert(rng.randrange(1, len(lines) + 1),
                     tpl.format(m=rng.choice(MAMI), n=rng.randint(1, 99), ph=phone(rng)))
        ad.flags.update(fl)
    for ln in lines:
        ad.add("item", ln)
    ad.add("kontak", rng.choice(["Lamar lgsg ke lokasi masing2", "detail cek link di bio channel", "info lengkap tanya admin",
                                 "lamaran antar ke alamat masing2 ya"]))
    ad.title = rng.choice(["🗓️ LOKER JAMBI HARI INI 🗓️", "📌 UPDATE LOKER", "Loker pilihan admin minggu ini:", "INFO LOKER TERKINI 👇",
                           "Rangkuman loker dr berbagai grup:", "LOKER JAMBI & SEKITARNYA"])
    ad.tags = HASHTAGS_LOCAL
    return ad, bad


# --------------------------------------------------------------------------
# rendering
# --------------------------------------------------------------------------
ORDER = {"judul": 0.2, "perusahaan": 0.5, "posisi": 0, "lokasi": 1, "gaji": 2, "tugas": 1.5, "syarat": 3, "fasilitas": 4,
         "proses": 5, "dokumen": 5.5, "biaya": 6, "catatan": 7, "desakan": 7.5}
SENT_PREFIX = {
    "posisi": ["dibutuhkan ", "dicari ", "butuh ", "lowongan ", "posisi ", "", "cari "],
    "lokasi": ["lokasi ", "penempatan ", "di ", "kerja di ", "📍"],
    "gaji": ["gaji ", "gj ", "gajinya ", "penghasilan ", "💰 ", ""],
    "syarat": ["syarat: ", "syaratnya ", "", "kriteria "],
    "fasilitas": ["fasilitas ", "dapat ", "", "+ "],
    "tugas": ["tugas: ", "kerjanya ", "jobdesk "],
}


def sentence(rng: random.Random, label: str, text: str) -> str:
    pre = rng.choice(SENT_PREFIX.get(label, [""]))
    low = text.lower()
    if pre and low.startswith(pre.strip().lower().rstrip(":")):
        pre = ""
    if label == "gaji" and re.match(r"(gaji|gj|gapok|upah|harian|komisi)", low):
        pre = ""
    return pre + text


def cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def apply_abbr(rng: random.Random, text: str, p: float) -> str:
    for pat, rep in ABBR:
        if rng.random() < p:
            text = re.sub(pat, rep, text)
    return text


def typo(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha()]
    if not cand:
        return text
    i = rng.choice(cand)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def render(rng: random.Random, ad: Ad, channel: str) -> str:
    secs = list(ad.secs)
    # ordering: keep contact mostly last, shuffle the middle a bit
    contacts = [s for s in secs if s[0] == "kontak"]
    body = [s for s in secs if s[0] != "kontak"]
    if ad.title is None:
        # natural order with per-advert noise: some ads are tidy, some jumbled
        noise = rng.choice([0.0, 0.5, 1.5, 3.0, 6.0])
        keyed = [(ORDER.get(lab, 5) + rng.uniform(0, noise), i, (lab, t)) for i, (lab, t) in enumerate(body)]
        body = [x[2] for x in sorted(keyed)]
    if rng.random() < 0.15 and contacts and ad.title is None:
        body = contacts[:1] + body
        contacts = contacts[1:]
    secs = body + contacts

    style = rng.choices(["bullets", "labelled", "prose", "oneline", "mixed"], [3, 3, 3, 1, 2])[0]
    if ad.title is not None:
        style = rng.choice(["bullets", "numbered"])
    lines: list[str] = []
    if style in ("bullets", "numbered"):
        b = rng.choice(BULLETS)
        num = 0
        for lab, t in secs:
            if lab == "item":
                num += 1
                pre = f"{num}. " if style == "numbered" else f"{b} "
                lines.append(pre + t)
            else:
                lines.append(f"{b} {cap(sentence(rng, lab, t))}" if rng.random() < 0.8 else cap(sentence(rng, lab, t)))
    elif style == "labelled":
        sep = rng.choice([": ", " : ", " = ", " – "])
        for lab, t in secs:
            if lab in LABEL_NAMES and rng.random() < 0.85:
                lines.append(rng.choice(LABEL_NAMES[lab]) + sep + t)
            else:
                lines.append(cap(t))
    elif style == "prose":
        joiner = rng.choice([". ", ", ", ". ", " | "])
        sents = [sentence(rng, lab, t) for lab, t in secs]
        para = joiner.join(sents)
        if joiner == ". ":
            para = ". ".join(cap(s) for s in para.split(". "))
        if rng.random() < 0.3 and len(sents) > 3:
            cut = rng.randrange(2, len(sents))
            lines = [joiner.join(sents[:cut]), joiner.join(sents[cut:])]
        else:
            lines = [cap(para)]
    elif style == "oneline":
        lines = [" ".join(sentence(rng, lab, t) for lab, t in secs).lower().replace(", ", " ")]
    else:  # mixed
        first = sentence(rng, secs[0][0], secs[0][1])
        lines = [cap(first)]
        b = rng.choice(BULLETS)
        for lab, t in secs[1:]:
            lines.append(f"{b} {sentence(rng, lab, t)}")

    # opener / title / header
    top: list[str] = []
    if rng.random() < 0.35:
        top.append(rng.choice(FORWARD_HEADERS))
    if ad.title:
        top.append(ad.title)
    elif rng.random() < 0.6:
        op = rng.choice(OPENERS)
        if rng.random() < 0.3:
            op = op.upper()
        if rng.random() < 0.4:
            op = op + " " + "".join(rng.choice(EMOJI) for _ in range(rng.randint(1, 3)))
        top.append(op)
    text_lines = top + lines
    if rng.random() < 0.45:
        text_lines.append(rng.choice(CLOSINGS))
    tag_p = {"telegram": 0.7, "whatsapp": 0.1}.get(channel, 0.45)
    if rng.random() < tag_p:
        tags = rng.sample(ad.tags, min(len(ad.tags), rng.randint(2, 4)))
        text_lines.append(" ".join(tags))
    if channel == "telegram" and rng.random() < 0.3:
        text_lines.append(rng.choice(CHANNEL_FOOTERS))

    text = ("\n" if style != "oneline" or rng.random() < 0.5 else " ").join(text_lines)
    if rng.random() < 0.06:
        text = "\n\n".join(text_lines)

    # surface noise, independent of label
    if rng.random() < 0.55:
        text = apply_abbr(rng, text, rng.uniform(0.3, 0.9))
    if rng.random() < 0.12:
        for pat, rep in JAMBI:
            if rng.random() < 0.6:
                text = re.sub(pat, rep, text)
    if rng.random() < 0.3:
        for a, b in rng.sample(ELONG, 3):
            text = re.sub(rf"\b{a}\b", b, text, count=1, flags=re.I)
    if rng.random() < 0.25:
        for _ in range(rng.randint(1, 3)):
            text = typo(rng, text)
    if rng.random() < 0.07:
        text = text.upper()
    elif rng.random() < 0.1:
        first, _, rest = text.partition("\n")
        text = first.upper() + ("\n" + rest if rest else "")
    if rng.random() < 0.2:
        text += " " + "".join(rng.choice(EMOJI) for _ in range(rng.randint(1, 4)))
    return text.strip()


# --------------------------------------------------------------------------
SCENARIOS_NEG = [(scen_local, 44), (scen_dom_factory, 12), (scen_legit_abroad, 24), (scen_official, 9), (scen_senior, 6),
                 (lambda r: scen_multi(r, False), 5)]
SCENARIOS_POS = [(scen_malaysia, 16), (scen_mideast, 14), (scen_scamhub, 16), (scen_entertain, 15), (scen_task, 8),
                 (scen_feescam, 9), (scen_korea, 6), (scen_formal_deposit, 6), (scen_internal, 7),
                 (lambda r: scen_multi(r, True), 4)]


def pick_scen(rng: random.Random, table):
    fns, ws = zip(*table)
    return rng.choices(fns, ws)[0]


def choose_channel(rng: random.Random) -> str:
    return rng.choices(["whatsapp", "telegram", "facebook", "instagram_tiktok"], [52, 38, 6, 4])[0]


def validate(flags: set[str], susp: bool) -> bool:
    assert flags <= CODES, flags
    if susp:
        return len(flags) >= 2
    return flags <= WEAK and len(flags) <= 1


def generate(n: int, seen: set[str]) -> list[dict]:
    rng = random.Random(SEED)
    out: list[dict] = []
    while len(out) < n:
        n_pos = sum(o["suspicious"] for o in out)
        n_neg = len(out) - n_pos
        if n_pos >= n // 2:
            positive = False
        elif n_neg >= n - n // 2:
            positive = True
        else:
            positive = rng.random() < 0.5
        fn = pick_scen(rng, SCENARIOS_POS if positive else SCENARIOS_NEG)
        ad, susp = fn(rng)
        if not validate(ad.flags, susp):
            continue
        channel = choose_channel(rng)
        text = render(rng, ad, channel)
        if text in seen:
            continue
        seen.add(text)
        order = [c for c in ["high_pay", "upfront_fee", "unclear_procedure", "unlicensed_recruiter", "informal_contact",
                             "visa_misuse", "restricted_destination", "vague_job", "pressure", "document_fraud",
                             "vulnerable_targeting"] if c in ad.flags]
        out.append({"text": text, "channel": channel, "lang": "id", "suspicious": susp, "red_flags": order,
                    "origin": "generated"})
    return out


def main() -> None:
    hand = [json.loads(line) for line in HAND.read_text(encoding="utf-8").splitlines() if line.strip()]
    seen = {h["text"] for h in hand}
    gen = generate(N_GENERATED, seen)
    rows = hand + gen
    with OUT.open("w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            r = {"id": f"{PREFIX}-{i:05d}", **{k: r[k] for k in ("text", "channel", "lang", "suspicious", "red_flags", "origin")}}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows ({len(hand)} hand, {len(gen)} generated) to {OUT}")


if __name__ == "__main__":
    main()
