#!/usr/bin/env python3
"""Generate the social-media slice of the Waspada training corpus.

Facebook group posts and Instagram/TikTok captions in Indonesian (lang "id").
Hand-written adverts live in ``sources/social.hand.jsonl``; this script copies them
and appends seeded, compositional adverts, writing ``sources/social.jsonl`` whole
(re-running is idempotent).

Design: every advert is assembled from independent slots (opener, job, pay,
requirements, facilities, procedure, fee, visa, documents, pressure, contact,
closer, hashtags) and rendered in one of several layouts with label-independent
noise. Legitimate and suspicious adverts draw from the SAME openers, closers,
layouts, emoji, hashtags and contact styles; labels come only from the substantive
slots chosen (fees, visa, destination+sector, procedure, recruiter, documents,
pay against the job, targeting). Each slot carries the red-flag codes it shows.
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

SEED = 20250611
N_GENERATED = 620
ROOT = Path(__file__).resolve().parents[1]
HAND = ROOT / "sources" / "social.hand.jsonl"
OUT = ROOT / "sources" / "social.jsonl"

HP, UF, UP, UR, IC = "high_pay", "upfront_fee", "unclear_procedure", "unlicensed_recruiter", "informal_contact"
VM, RD, VJ, PR, DF, VT = "visa_misuse", "restricted_destination", "vague_job", "pressure", "document_fraud", "vulnerable_targeting"
STRONG = {UF, VM, RD, DF}

R = random.Random(SEED)


def pick(seq):
    return R.choice(seq)


def maybe(p=0.5):
    return R.random() < p


# ---------------------------------------------------------------- names, places, numbers
JAMBI_AREAS = ["Telanaipura", "Kota Baru", "Jelutung", "Alam Barajo", "Paal Merah", "Jambi Selatan",
               "Pasar Jambi", "Danau Sipin", "Kenali Besar", "Thehok", "Simpang Rimbo", "Talang Banjar",
               "Sungai Asam", "Broni", "Mayang", "Aurduri", "Payo Selincah", "Mendalo", "Sengeti",
               "Muara Bulian", "Muara Tebo", "Muara Bungo", "Sarolangun", "Bangko", "Sungai Penuh",
               "Kuala Tungkal", "Muara Sabak", "Pal Sepuluh", "Simpang Kawat", "Sipin"]
STREETS = ["Jl. Kapten Pattimura", "Jl. Gatot Subroto", "Jl. Sultan Thaha", "Jl. Hayam Wuruk",
           "Jl. Kol. Abunjani", "Jl. Sumantri Brojonegoro", "Jl. Soekarno-Hatta", "Jl. Lingkar Selatan",
           "Jl. Orang Kayo Hitam", "Jl. M. Yamin", "Jl. Raden Mattaher", "Jl. Prof. Sri Soedewi",
           "Jl. Jend. Sudirman", "Jl. Lingkar Barat", "Jl. Kol. Amir Hamzah", "Jl. Slamet Riyadi",
           "Jl. Marsda Surya Darma", "Jl. Sultan Agung", "Jl. Husni Thamrin", "Jl. Ade Irma Suryani",
           "Jl. Adityawarman", "Jl. HOS Cokroaminoto", "Jl. Lintas Timur", "Jl. Pangeran Diponegoro"]
OTHER_CITIES = ["Batam", "Jakarta", "Bali", "Pekanbaru", "Medan", "Palembang", "Tanjung Pinang",
                "Dumai", "Surabaya", "Balikpapan", "Bandung", "Karimun"]
NAMEWORDS = ["Sinar", "Bahari", "Mandiri", "Cahaya", "Mitra", "Samudra", "Karya", "Bangsa", "Persada",
             "Nusantara", "Insani", "Amanah", "Jaya", "Abadi", "Sejahtera", "Prima", "Utama", "Global",
             "Lestari", "Makmur", "Bintang", "Harapan", "Sentosa", "Cipta", "Anugerah", "Berkah",
             "Gemilang", "Sukses", "Tunas", "Mulia", "Putra", "Andalas", "Batanghari", "Citra", "Duta",
             "Graha", "Lintas", "Mega", "Permata", "Rajawali", "Surya", "Wahana", "Kencana", "Arta"]
SHOPTYPES = ["Toko", "Warung", "Rumah Makan", "Kedai", "Bengkel", "Klinik", "Apotek", "Laundry", "Salon",
             "Toko Bangunan", "Konveksi", "Minimarket", "Cafe", "Kopi", "Bakery", "Percetakan",
             "Toko Elektronik", "Konter HP", "Catering", "Toko Kue", "Swalayan", "Depot Air", "Optik"]
SHOPNAMES = ["Berkah", "Sumber Rezeki", "Mawar", "Cahaya", "Amanah", "Sinar Jaya", "Barokah", "Makmur",
             "Sejati", "Bu Ani", "Pak Harun", "Maju Jaya", "Family", "Pelangi", "Sentosa", "Melati",
             "Kenanga", "Mutiara", "Harapan Baru", "Dua Saudara", "Rizki", "Annisa", "Koh Liong",
             "Mak Ijah", "Seroja", "Tiga Dara", "Senja", "Nusa Indah", "Jaya Abadi", "Sahabat"]
PERSONS = ["Bang Rizal", "Kak Dewi", "Mbak Lina", "Pak Darman", "Bu Ratna", "Koh Ahong", "Bang Tigor",
           "Mas Joko", "Kak Sari", "Bunda Ria", "Om Hendra", "Uni Eva", "Bang Fikri", "Mbak Yuni",
           "Pak Bram", "Kak Mela", "Bu Wati", "Bang Ucok", "Ci Meli", "Mas Andi"]


def company(prefix="PT"):
    w = R.sample(NAMEWORDS, R.choice([2, 3, 3]))
    return f"{prefix} {' '.join(w)}"


def slug(name):
    return re.sub(r"[^a-z]", "", name.lower().replace("pt ", ""))[:16]


def shop():
    return f"{pick(SHOPTYPES)} {pick(SHOPNAMES)}"


def phone_id():
    pre = pick(["0812", "0813", "0821", "0822", "0823", "0852", "0853", "0831", "0838", "0857",
                "0858", "0877", "0878", "0895", "0896", "0811", "0819", "0882"])
    a, b = R.randint(1000, 9999), R.randint(1000, 9999)
    style = R.randint(0, 5)
    if style == 0:
        return f"{pre}-{a}-{b}"
    if style == 1:
        return f"{pre} {a} {b}"
    if style == 2:
        return f"{pre}{a}{b}"
    if style == 3:
        return f"wa.me/62{pre[1:]}{a}{b}"
    if style == 4:
        return f"+62 {pre[1:]}-{a}-{b}"
    return f"{pre}.{a}.{b}"


def phone_my():
    return f"+60 1{R.randint(0, 9)}-{R.randint(100, 999)} {R.randint(1000, 9999)}"


AREA_CODE = {"Jambi": "0741", "Batam": "0778", "Jakarta": "021", "Bali": "0361", "Pekanbaru": "0761",
             "Medan": "061", "Palembang": "0711", "Tanjung Pinang": "0771", "Dumai": "0765",
             "Surabaya": "031", "Balikpapan": "0542", "Bandung": "022", "Karimun": "0777"}
STREETS_ELSEWHERE = ["Jl. Ahmad Yani", "Jl. Diponegoro", "Jl. Gajah Mada", "Jl. Imam Bonjol", "Jl. Raya Industri",
                     "Jl. Sudirman", "Jl. Pahlawan", "Jl. Teuku Umar", "Jl. Hang Tuah", "Jl. Raden Patah"]


def landline(city="Jambi"):
    code = AREA_CODE.get(city, "0741")
    digits = f"{R.randint(300, 899)}{R.randint(1000, 9999)}" if code == "021" else f"{R.randint(40, 79)}{R.randint(1000, 9999)}"
    return pick([f"({code}) ", f"{code}-", f"Telp. ({code}) "]) + digits


def sip3mi():
    y = R.randint(2020, 2025)
    n = R.randint(1, 9)
    m = R.randint(100, 3999)
    return pick([f"SIP3MI No. {n}/{m:04d}/KP2MI/{y}", f"SIP3MI No. B.{m}/KA/{y}",
                 f"izin SIP3MI {n}/{m}/{y}", f"SIP3MI nomor {m}/{y}", f"No. SIP3MI: KEP.{m}/{y}"])


# ---------------------------------------------------------------- money formatting
def dots(n):
    return f"{n:,}".replace(",", ".")


def idr(lo, hi=None):
    """lo/hi in juta."""
    def one(x, style):
        if style == 0:
            return f"{x:g}jt"
        if style == 1:
            return f"{x:g} juta"
        if style == 2:
            return f"Rp {dots(int(x * 1_000_000))}"
        if style == 3:
            return f"IDR {int(x * 1_000_000):,}"
        if style == 4:
            return f"Rp{x:g} jt"
        return f"{x:g} jt".replace(".", ",")
    s = R.randint(0, 5)
    if hi is None:
        return one(lo, s)
    if s in (0, 1, 5) and maybe(0.5):
        return f"{lo:g}-{hi:g}{'jt' if s == 0 else ' juta'}".replace(".", ",")
    return f"{one(lo, s)} - {one(hi, s)}"


def foreign(cur, lo, hi=None):
    sym = {"NTD": ["NT$", "NT$ ", "NTD "], "HKD": ["HK$", "HK$ "], "SGD": ["S$", "SGD "],
           "MYR": ["RM", "RM "], "JPY": ["¥", "JPY "], "USD": ["USD ", "$", "US$"],
           "SAR": ["SAR ", "real ", "riyal "], "KRW": ["₩", "KRW "], "QAR": ["QAR ", "riyal Qatar "],
           "AED": ["AED ", "dirham "], "KWD": ["KD "], "BND": ["B$", "BND "], "EUR": ["EUR ", "€"],
           "OMR": ["OMR "]}[cur]
    pre = pick(sym)
    sep = pick([".", ","])

    def f(x):
        return f"{x:,}".replace(",", sep)
    if pre.strip() in ("real", "riyal", "dirham", "riyal Qatar"):
        return f"{f(lo)}{'-' + f(hi) if hi else ''} {pre.strip()}"
    return f"{pre}{f(lo)}" + (f" - {pre}{f(hi)}" if hi else "")


PER = ["/bln", " per bulan", "/bulan", " sebulan", "", " perbulan"]


# ---------------------------------------------------------------- shared openers / closers / tags / contacts
OPENERS = [
    "Assalamualaikum, izin share min 🙏", "Info loker 📢", "LOKER", "Dibutuhkan segera", "Lowongan kerja",
    "Halo kak 👋", "Yg lagi cari kerja merapat 👇", "Bismillah", "[INFO]", "Open recruitment!!",
    "WE'RE HIRING ✨", "Up!", "Numpang share ya", "Kabar gembira buat pencari kerja 🎉", "Selamat pagi grup",
    "Buat yg tanya2 di komen kemarin 👇", "LOWONGAN KERJA TERBARU", "Permisi admin 🙏", "Info kerja nih guys",
    "yang nonton live ini, dengerin ya 👂", "Siapa yang lagi butuh kerjaan?", "Hiring!", "PENGUMUMAN",
    "Lagi cari kerja? Baca sampai habis 👀", "Good news!", "Loker hari ini", "Dicari", "Info dari kawan",
    "Repost ya", "Mohon izin admin", "", "", "", "",
]
CLOSERS = ["Terima kasih 🙏", "Yang minat silakan.", "Share ke teman yg butuh ya", "Semoga bermanfaat",
           "Good luck!", "Salam sukses 💪", "Tag temanmu yg lagi nyari kerja 👇", "Admin fast respon",
           "Serius aja ya, no PHP", "Makasih min sudah di-approve", "Semangat cari kerjanya!", "",
           "", "", "", "Wassalam", "Thank you 🙏", "Jangan lupa like & share"]
TAGS_GENERIC = ["#lokerjambi", "#lowongankerja", "#infoloker", "#jambi", "#fyp", "#fypシ", "#lokerterbaru",
                "#lowongankerjajambi", "#viral", "#loker", "#carikerja", "#kerja", "#jobseeker", "#hiring"]
TAGS_ABROAD = ["#kerjadiluarnegeri", "#kerjaluarnegeri", "#lokerluarnegeri", "#pmi", "#tki", "#tkw",
               "#pekerjamigran", "#merantau"]
TAGS_CITY = {c: f"#loker{c.lower().replace(' ', '')}" for c in OTHER_CITIES}


def tags(extra=()):
    t = R.sample(TAGS_GENERIC, R.randint(1, 4)) + list(extra)
    R.shuffle(t)
    return " ".join(t)


def informal_contact():
    p = phone_id()
    return pick([
        f"WA {p}", f"Minat WA aja {p}", f"Hub {pick(PERSONS)} {p}", f"info lengkap japri {p}",
        "DM aja kak", "Inbox ya", "Komen 'minat' nanti aku DM", "cek bio 👆", "link di bio",
        f"Telegram @{pick(['loker', 'info', 'kerja', 'job', 'hr'])}_{pick(['jambi', 'asia', 'id', 'cepat', 'resmi', 'vip'])}{R.randint(1, 99)}",
        f"chat {p} (WA only)", f"PM / WA {p}", "Japri aja ya, no komen", f"Telp/WA {pick(PERSONS)}: {p}",
        "yg serius langsung inbox", f"kirim CV & foto ke WA {p}", "DM IG ini ya", "balas story ini aja",
        f"hubungi admin {p}", "komen 'siap' 👇",
    ])


def formal_contact(name, city="Jambi"):
    city_local = city == "Jambi"
    st = f"{pick(STREETS if city_local else STREETS_ELSEWHERE)} No. {R.randint(1, 120)}"
    area = pick(JAMBI_AREAS) if city_local else city
    mail = f"{pick(['hrd', 'rekrutmen', 'karir', 'recruitment', 'hr'])}@{slug(name)}.{pick(['co.id', 'com', 'id'])}"
    return pick([
        f"Alamat: {st}{', ' + area if area else ''}. Email {mail}",
        f"Lamaran diantar ke {st}{', ' + area if area else ''}",
        f"Kirim CV ke {mail}",
        f"Kantor: {st}{', ' + area if area else ''}. {landline(city)}",
        f"Info & pendaftaran di kantor kami, {st}{', ' + area if area else ''}, Senin–Jumat 08.00–15.00",
        f"Email: {mail} | {landline(city)}",
        f"Daftar via website karir {slug(name)}.co.id/karir atau datang ke {st}",
        f"Lamaran: {mail} (subjek: nama_posisi). Alamat kantor {st}{', ' + area if area else ''}",
        f"Datang langsung ke {st}{', ' + area if area else ''} bawa CV, fotokopi KTP & ijazah. WA admin kantor {phone_id()}",
    ])


# ---------------------------------------------------------------- advert object
class Ad:
    def __init__(self):
        self.body: list[tuple[str, set]] = []
        self.head = ""
        self.tail: list[tuple[str, set]] = []
        self.tags = ""
        self.close = ""
        self.ordered = False

    def add(self, text, *flags):
        if text:
            self.body.append((text, set(flags)))

    def add_tail(self, text, *flags):
        if text:
            self.tail.append((text, set(flags)))

    def flags(self):
        f = set()
        for _, fl in self.body + self.tail:
            f |= fl
        return f


BULLETS = ["• ", "- ", "✅ ", "🔹 ", "▪️ ", "* ", "➡️ ", "✔️ ", "👉 ", "📌 "]


def render(ad: Ad, keep_first=True):
    body = ad.body[:]
    if len(body) > 2 and not ad.ordered and maybe(0.5):
        first = body[0] if keep_first and maybe(0.7) else None
        rest = body[1:] if first else body
        R.shuffle(rest)
        body = ([first] if first else []) + rest
    lines = [t for t, _ in body]
    tail = [t for t, _ in ad.tail]
    style = R.choices(["lines", "bullets", "prose", "numbered", "caps", "oneline"], [25, 20, 25, 8, 10, 12])[0]
    head = ad.head
    if style == "lines":
        txt = "\n".join(([head] if head else []) + lines + tail)
    elif style == "bullets":
        b = pick(BULLETS)
        txt = "\n".join(([head] if head else []) + [b + x for x in lines] + tail)
    elif style == "numbered":
        txt = "\n".join(([head] if head else []) + [f"{i}. {x}" for i, x in enumerate(lines, 1)] + tail)
    elif style == "caps":
        h = (head or pick(["LOWONGAN KERJA", "INFO LOKER", "DIBUTUHKAN", "LOKER"])).upper()
        txt = "\n".join([h, ""] + lines + [""] + tail)
    elif style == "prose":
        parts = lines + tail
        joined = " ".join(p if p.rstrip()[-1:] in ".!?👇🙏)" else p + pick([".", ".", "!", ","]) for p in parts)
        txt = (head + ("\n" if maybe() else " ") if head else "") + joined
    else:  # oneline, lowercase, light punctuation
        parts = ([head] if head else []) + lines + tail
        txt = pick([" ", ", ", " . ", "  "]).join(parts)
        txt = txt.replace("\n", " ")
        if maybe(0.7):
            txt = txt.lower()
    if ad.close and maybe(0.6):
        txt += "\n" + ad.close
    if ad.tags:
        txt += pick(["\n", "\n\n", " "]) + ad.tags
    return noise(txt)


ABBR = [("yang ", "yg "), ("gaji ", "gj "), ("berangkat", "brkt"), ("cepat", "cpt"), ("tanpa ", "tnp "),
        ("untuk ", "utk "), ("sudah ", "sdh "), ("bulan", "bln"), ("tahun", "thn"), ("dengan ", "dgn "),
        ("tidak ", "tdk "), ("saja", "aja"), ("karyawan", "karyawan"), ("pengalaman", "pengalaman"),
        ("kerja", "kerja"), ("juga ", "jg "), ("sama ", "sm "), ("minggu", "mgg")]
TYPOS = [("lowongan", "lowonga"), ("gaji", "gajih"), ("berangkat", "brangkat"), ("pengalaman", "pengalman"),
         ("perusahaan", "perushaan"), ("minimal", "minimall"), ("segera", "segra"), ("karyawati", "karyawti")]


def noise(txt):
    if maybe(0.35):
        for a, b in R.sample(ABBR, R.randint(2, 7)):
            txt = txt.replace(a, b)
    if maybe(0.12):
        a, b = pick(TYPOS)
        txt = txt.replace(a, b, 1)
    if maybe(0.08):
        txt = txt.replace(". ", "  ")
    if maybe(0.05):
        txt = txt.replace("!", "!!!")
    return txt.strip()


# ---------------------------------------------------------------- shared requirement / facility pieces
def age_range(lo_choices=(18, 19, 20, 21), hi_choices=(25, 28, 30, 35, 40)):
    lo, hi = pick(lo_choices), pick(hi_choices)
    return pick([f"usia {lo}-{hi} th", f"umur {lo}–{hi} tahun", f"min {lo} max {hi} thn", f"{lo}-{hi}th",
                 f"usia maks {hi} tahun"])


EDU = ["min SMA/SMK", "lulusan SMP/SMA", "pendidikan min SMA", "SMA sederajat", "D3/S1", "min SMP",
       "semua lulusan", "SMK semua jurusan", "boleh fresh graduate"]


def req_line(extra=""):
    bits = [age_range(), pick(EDU)]
    if maybe(0.5):
        bits.append(pick(["pria/wanita", "laki-laki", "perempuan", "L/P", "cowok/cewek"]))
    if maybe(0.5):
        bits.append(pick(["jujur & rajin", "sehat jasmani", "bisa komputer dasar", "komunikatif",
                          "mau belajar", "bisa naik motor", "disiplin", "tidak bertato"]))
    if extra:
        bits.append(extra)
    R.shuffle(bits)
    return pick(["Syarat: ", "Kualifikasi: ", "Req: ", "", "Persyaratan: "]) + ", ".join(bits)


def fac_line(mess=True, travel=False, food=True):
    bits = []
    if mess:
        bits.append(pick(["mess disediakan", "mess gratis", "ada mess", "tempat tinggal disediakan", "asrama"]))
    if food:
        bits.append(pick(["makan 2x", "uang makan", "makan ditanggung", "makan siang"]))
    if travel:
        bits.append(pick(["tiket ditanggung", "tiket pesawat dibayarin", "ongkos berangkat ditanggung bos",
                          "transport dari Jambi ditanggung", "tiket PP gratis"]))
    if maybe(0.4):
        bits.append(pick(["bonus", "THR", "libur 1x seminggu", "lembur dibayar", "BPJS"]))
    R.shuffle(bits)
    return pick(["Fasilitas: ", "Dapat ", "", "Benefit: "]) + ", ".join(bits)


PRESSURE = ["Kuota terbatas!", "Slot tinggal {n} orang", "Berangkat minggu ini", "Hari ini terakhir!",
            "Yang cepat yang dapat", "Berangkat besok pagi", "Jangan sebar ke grup lain ya",
            "Gak perlu izin keluarga dulu, nanti aja kabarin", "Tutup malam ini jam 9",
            "Seat keberangkatan bulan ini tinggal {n}", "Buruan sebelum penuh 🔥", "Closing besok!",
            "rahasiakan dulu dari ortu biar ga dilarang", "keberangkatan lusa, konfirmasi sekarang"]


def pressure():
    return pick(PRESSURE).format(n=R.randint(2, 9))


WEAK_PRESSURE = ["Kuota peserta interview terbatas", "Pendaftaran ditutup akhir bulan ini, kuota terbatas",
                 "Slot interview hanya {n}0 orang pertama", "Kuota terbatas, daftar lebih awal"]


# ---------------------------------------------------------------- family A: local Jambi jobs
SHOP_ROLES = {
    "Toko": ["kasir", "pramuniaga", "karyawati toko", "admin toko"], "Rumah Makan": ["pelayan", "tukang masak", "tukang cuci piring", "kasir"],
    "Cafe": ["barista", "waiter/waitress", "karyawati cafe", "crew dapur"], "Klinik": ["perawat", "admin pendaftaran", "bidan"],
    "Apotek": ["asisten apoteker", "kasir apotek"], "Bengkel": ["mekanik motor", "tukang las"], "Laundry": ["karyawan laundry", "kurir antar jemput"],
    "Salon": ["hairstylist", "beautician"], "Toko Bangunan": ["sopir truk", "helper gudang", "admin gudang"], "Konveksi": ["penjahit", "tukang potong kain"],
    "Minimarket": ["kasir", "pramuniaga"], "Percetakan": ["operator percetakan", "desainer grafis"], "Toko Elektronik": ["teknisi AC", "SPG produk", "sales"],
    "Konter HP": ["penjaga konter", "teknisi HP"], "Catering": ["tukang masak", "karyawati packing nasi kotak"], "Toko Kue": ["asisten dapur", "kasir"],
    "Swalayan": ["kasir", "pramuniaga", "satpam"], "Depot Air": ["kurir galon", "sopir pick up"], "Optik": ["refraksionis", "SPG optik"],
    "Kopi": ["barista", "kasir"], "Bakery": ["baker", "kasir", "karyawati toko"], "Warung": ["pelayan", "tukang masak"], "Kedai": ["pelayan", "crew dapur"],
}
CO_ROLES = ["staff admin", "sales canvas", "marketing properti", "customer service", "admin gudang", "kurir", "host live jualan",
            "SPG produk", "staff keuangan", "cleaning service"]


def fam_local(ad: Ad, bad: bool):
    area = pick(JAMBI_AREAS)
    if maybe(0.7):
        kind = pick(list(SHOP_ROLES))
        biz = f"{kind} {pick(SHOPNAMES)}"
        role = pick(SHOP_ROLES[kind])
    else:
        biz = company(pick(["PT", "CV"]))
        role = pick(CO_ROLES)
    if not bad:
        ad.add(pick([f"{biz} di {area} butuh {role}", f"Dibutuhkan {role} utk {biz} ({area})",
                     f"{biz} buka lowongan {role}, penempatan {area}", f"Lowongan {role} – {biz}, {area}",
                     f"Kami dari {biz} lagi cari {R.randint(1, 4)} org {role}"]))
        ad.add(pick([f"Gaji UMK + bonus", f"Gaji {idr(pick([2.4, 2.7, 3.1]))}{pick(PER)}", f"gj {idr(pick([2, 2.5]), pick([3, 3.5]))}", f"Gaji {idr(pick([2, 2.2, 2.5, 2.8, 3]), pick([3.2, 3.6, 4, 4.5]))}{pick(PER)}",
                     "gaji menarik", "gaji pokok + insentif", "gaji nego sesuai pengalaman",
                     f"gapok {idr(pick([1.8, 2, 2.3, 2.6, 3.6]))} + uang makan", "Gaji harian 100rb + makan"]))
        if role in ("SPG produk", "karyawati toko", "karyawati cafe", "host live jualan", "SPG optik") and maybe(0.5):
            ad.add(req_line(pick(["berpenampilan menarik", "good looking", "wajah menarik"])), VT)
        else:
            ad.add(req_line())
        if maybe(0.6):
            ad.add(fac_line(mess=maybe(0.6), travel=False, food=maybe()))
        if maybe(0.35):
            ad.add(pick(["Kerja 08.00–16.00, libur 1 hari/minggu", "Shift pagi/sore", "Jam kerja 10.00–21.00",
                         "Kontrak kerja tertulis 1 tahun", "Training dulu 1 minggu, tetap digaji",
                         "Interview langsung di tempat", "Tidak dipungut biaya apapun"]))
        if maybe(0.55):
            ad.add_tail(informal_contact(), IC)
        else:
            ad.add_tail(formal_contact(biz))
        if not ad.flags() and maybe(0.15):
            ad.add(pick(WEAK_PRESSURE).format(n=R.randint(2, 5)), PR)
    else:
        who = pick(["perusahaan besar", "toko", "kantor", "perusahaan nasional", "PT ternama", "usaha kami"])
        ad.add(pick([f"Dibutuhkan {role} utk {who} di {area}", f"Loker {role} {area}",
                     f"Lowongan {role}, penempatan {area}", f"{who.capitalize()} di {area} butuh {role}"]))
        flags_pay = maybe(0.55)
        if flags_pay:
            ad.add(f"Gaji {idr(pick([8, 9, 10, 12]), pick([15, 18, 20]))}{pick(PER)}, tanpa pengalaman", HP)
        else:
            ad.add(pick(["Gaji UMK + bonus", "gaji menarik", f"gaji {idr(pick([3, 3.5, 4]))}"]))
        fee_item = pick(["uang seragam & ID card", "biaya pelatihan", "biaya administrasi", "biaya tes kesehatan",
                         "uang pendaftaran", "biaya training online", "biaya aktivasi akun karyawan"])
        ad.add(pick([f"Sebelum mulai kerja wajib bayar {fee_item} {pick(['Rp 350.000', '500rb', 'Rp750.000', '1,2jt', '250 ribu'])}",
                     f"Peserta lolos berkas transfer {fee_item} {pick(['450rb', 'Rp 600.000', '300rb'])} ke rek a.n. {pick(PERSONS).split()[-1]}",
                     f"ada {fee_item} {pick(['400rb', '800rb', 'Rp 1.000.000'])} dibayar di awal, nanti dikembalikan"]), UF)
        if maybe(0.5):
            ad.add(pick(["kerjaan detail nanti dijelaskan", "kerja ringan", "posisi dijelaskan waktu interview"]), VJ)
        ad.add(req_line())
        if maybe(0.5):
            ad.add(pressure(), PR)
        if maybe(0.35):
            ad.body[0] = (pick([f"{biz} ({area}) membuka lowongan {role}", f"Lowongan {role} – {biz}"]), set())
            ad.add_tail(formal_contact(biz))
            if len(ad.flags()) < 2:
                ad.add(pressure(), PR)
        else:
            ad.add_tail(informal_contact(), IC, UR)


# ---------------------------------------------------------------- family B: out-of-town domestic
def fam_domestic(ad: Ad, bad: bool):
    city = pick(OTHER_CITIES)
    if not bad:
        co = company()
        role = pick(["operator produksi", "welder 3G", "staff gudang", "room attendant hotel", "sales motoris",
                     "teknisi listrik", "admin logistik", "crew kapal kargo domestik", "quality control",
                     "karyawati produksi", "customer service call center", "kasir supermarket"])
        ad.add(pick([f"{co} ({city}) membuka lowongan {role}", f"Lowongan {role} – {co}, {city}",
                     f"Dibutuhkan {role} untuk {co}, lokasi {city}", f"Loker {city}: {co} butuh {role}"]))
        ad.add(pick([f"Gaji sesuai UMK {city} + lembur", f"Gaji {idr(pick([4, 4.5, 5]), pick([5.5, 6, 6.5]))}{pick(PER)} + BPJS",
                     "gaji UMK + tunjangan shift", f"gapok {idr(pick([4.2, 4.8, 5.1]))} + uang makan"]))
        ad.add(req_line())
        ad.add(pick(["Tes & interview di kantor HRD, kontrak PKWT tertulis", "Seleksi: berkas, psikotes, wawancara, medical (dibiayai perusahaan)",
                     "Kontrak kerja 1 tahun, ditandatangani sebelum mulai kerja", "Tes praktik di workshop, kontrak tertulis",
                     "Proses rekrutmen tidak dipungut biaya"]))
        if maybe(0.5):
            ad.add(pick(["Ongkos ke lokasi tes ditanggung pelamar", "Kami tidak menjemput pelamar dari luar kota",
                         "Mess karyawan disediakan, potongan sewa tertulis di kontrak", "Perusahaan tidak memungut biaya apa pun"]))
        if maybe(0.25):
            ad.add_tail(informal_contact(), IC)
        else:
            ad.add_tail(formal_contact(co, city=city))
        return city
    kind = pick(["cafe", "lc", "spa", "generic", "generic", "kebun"])
    fl = set()
    if kind in ("cafe", "lc", "spa"):
        role = {"cafe": pick(["karyawati cafe", "waitress cafe", "pelayan resto malam", "karyawati lounge", "kasir cafe"]),
                "lc": pick(["LC", "PL (pemandu lagu)", "pemandu lagu karaoke", "hostess", "guest relation karaoke", "ladies"]),
                "spa": pick(["terapis spa", "terapis pijat", "terapis refleksi", "beautician spa"])}[kind]
        ad.add(pick([f"Dibutuhkan {role} di {city}", f"Cari {R.randint(2, 8)} org {role} utk kerja di {city}",
                     f"Loker {city}: {role}", f"Kerja di {city} sebagai {role}"]))
        ad.add(pick([f"wanita {age_range((17, 18, 18, 19), (22, 23, 24, 25))}", "cewek 18-25, single",
                     "khusus perempuan belum menikah usia 18-24", "wanita muda, berpenampilan menarik",
                     "cewek good looking, tinggi min 155", "gadis 18-23 thn, putih, langsing"]), VT)
        ad.add(f"Gaji {idr(pick([7, 8, 9, 10]), pick([12, 15, 18, 20]))}{pick(PER)} {pick(['+ tips', '+ bonus', '', '+ komisi'])}", HP)
    else:
        role = pick(["kerja kebun sawit", "kerja proyek", "staff gudang", "kerja kapal", "office boy",
                     "admin", "packing barang", "pekerja tambang", "helper"])
        if kind == "kebun":
            city = pick(["Kalimantan", "Pekanbaru", "Papua", "Kalimantan Barat", "Sulawesi"])
        ad.add(pick([f"Dibutuhkan {R.randint(5, 40)} org utk {role} di {city}", f"Kerja di {city} ({role})",
                     f"Loker {city} {role}", f"lowongan {role} di {city}"]))
        ad.add(f"Gaji {idr(pick([8, 9, 10, 12, 14]), pick([15, 18, 20]) if maybe() else None)}{pick(PER)} {pick(['bersih', 'tanpa potongan', '', 'tanpa pengalaman'])}", HP)
        if maybe(0.6):
            ad.add(pick(["kerjaan ringan", "kerja santai", "kerjaan nanti dijelaskan di lokasi", "posisi bebas"]), VJ)
        if maybe(0.3):
            ad.add(pick(["cewek aja", "khusus wanita muda", "wanita 18-23 diutamakan"]), VT)
    ad.add(fac_line(mess=True, travel=True, food=maybe()))
    if maybe(0.2):
        suffix = ["Entertainment", "Hospitality", "Wellness", "Group"] if kind in ("cafe", "lc", "spa") else ["Group", "Indonesia", "Logistik", "Sejahtera"]
        co = company() + " " + pick(suffix)
        ad.head = pick([co, f"[{co.upper()}]", f"Rekrutmen {co}"])
        if maybe(0.5):
            ad.add(pick(["Kontrak kerja 1 tahun", "BPJS ditanggung", "Perusahaan resmi, izin lengkap"]))
        if maybe(0.6):
            ad.add_tail(f"Kantor HRD: {pick(STREETS_ELSEWHERE)} No. {R.randint(1, 99)}, {city}")
        else:
            ad.add_tail(f"Email {slug(co)}.hrd@gmail.com", IC)
        opts_n = 2
    else:
        opts_n = 0
    opts = [(pick(["tanpa tes, langsung kerja", "tidak perlu interview", "tidak pakai kontrak", "dokumen nyusul",
                   "langsung kerja tanpa kontrak ribet"]), {UP}),
            (pressure(), {PR}),
            (pick(["umur kurang bisa diatur", "KTP belum ada bisa dibantu", "yang belum 17 tahun gpp",
                   "KTP nanti dibuatkan yang baru"]), {DF}),
            (pick(["tidak perlu izin orang tua", "jangan bilang keluarga dulu"]), {PR}),
            (pick(["potong gaji utk tiket & mess 3 bulan pertama", "ongkos berangkat nanti dipotong gaji 3jt"]), set())]
    for t, f in R.sample(opts, R.randint(1, 3)):
        ad.add(t, *f)
    if opts_n:
        return city
    if maybe(0.25):
        ad.add_tail(pick([f"Kantor perwakilan Jambi: {pick(STREETS)} No. {R.randint(1, 80)}, {pick(JAMBI_AREAS)}",
                          f"Pendaftaran di {company('CV')} (penyalur tenaga kerja), {pick(STREETS)}, {landline()}",
                          f"Interview di kantor kami {pick(STREETS)}, {pick(JAMBI_AREAS)} jam 09.00–15.00"]), UR)
    else:
        ad.add_tail(informal_contact(), IC, UR)
    return city


# ---------------------------------------------------------------- family C: overseas regular destinations
DEST = [
    # name, roles, legit pay (cur, lo, hi), high pay (cur, lo, hi), tag
    ("Taiwan", ["operator pabrik", "pekerja pabrik elektronik", "operator mesin", "pekerja konstruksi"], ("NTD", 28590, 33000), ("NTD", 50000, 70000), "#kerjataiwan"),
    ("Taiwan", ["caregiver panti jompo", "perawat lansia (caregiver)", "penjaga lansia"], ("NTD", 20000, 24000), ("NTD", 35000, 45000), "#taiwan"),
    ("Hong Kong", ["domestic helper", "PRT/ART", "pengasuh anak"], ("HKD", 4990, 5100), ("HKD", 9000, 12000), "#hongkong"),
    ("Singapura", ["FDW/ART", "caregiver lansia", "pengasuh bayi"], ("SGD", 550, 700), ("SGD", 1300, 1800), "#singapore"),
    ("Malaysia", ["operator kilang", "pekerja kilang sarung tangan", "pekerja ladang sawit", "pelayan restoran", "cleaner hotel"], ("MYR", 1700, 2200), ("MYR", 3500, 5000), "#kerjamalaysia"),
    ("Jepang", ["pekerja pengolahan makanan (SSW)", "caregiver (kaigo SSW)", "operator pabrik komponen", "pekerja konstruksi SSW"], ("JPY", 180000, 230000), ("JPY", 350000, 450000), "#kerjajepang"),
    ("Qatar", ["housekeeping hotel", "waiter restoran hotel", "security mall"], ("QAR", 1500, 2500), ("QAR", 7000, 9000), "#qatar"),
    ("Uni Emirat Arab", ["room attendant hotel", "barista hotel", "cleaner bandara (perusahaan)"], ("AED", 1800, 2800), ("AED", 7000, 9000), "#dubai"),
    ("Brunei", ["pekerja restoran", "tukang bangunan", "pekerja kedai"], ("BND", 500, 800), ("BND", 1800, 2500), "#brunei"),
    ("kapal pesiar (cruise line)", ["housekeeping cabin steward", "waiter kapal pesiar", "commis cook cruise ship"], ("USD", 700, 1100), ("USD", 3000, 4500), "#cruiseship"),
]
SPONSORS = ["sponsor", "agen kami", "bos saya", "kakak ipar saya yg di sana", "agen perorangan", "saya pribadi",
            "tekong", "kenalan di sana", "calo resmi", "ejen"]
OFFICIAL_STEPS = [
    "daftar SIAPkerja", "verifikasi di Disnaker/LTSA", "seleksi & interview user", "medical di klinik yg ditunjuk",
    "tanda tangan perjanjian kerja", "OPP/PAP di BP3MI", "visa kerja terbit", "job order terverifikasi",
    "pelatihan & uji kompetensi", "surat izin keluarga diketahui kepala desa",
]


def official_steps():
    k = R.randint(3, 6)
    steps = [s for s in OFFICIAL_STEPS if s in R.sample(OFFICIAL_STEPS, k)]
    joiner = pick([" → ", ", ", " > ", "; "])
    return pick(["Alur resmi: ", "Tahapan: ", "Proses: ", "Prosedur: ", ""]) + joiner.join(steps)


DOMESTIC_WORK = ("domestic", "ART", "PRT", "FDW", "pengasuh", "caregiver", "lansia")


def req_abroad(role):
    if any(k in role for k in DOMESTIC_WORK):
        bits = [pick(["perempuan", "wanita"]), age_range((21, 23, 25), (35, 40, 45)), pick(["sehat", "sabar & sayang anak/lansia", "bisa masak"])]
    else:
        bits = [pick(["pria", "pria/wanita", "laki-laki", "L/P"]), age_range((18, 19, 21), (30, 35, 39)),
                pick(["min SMP", "min SMA/SMK", "SMP/SMA", "sehat, tidak buta warna", "tinggi min 155 cm"])]
    R.shuffle(bits)
    return pick(["Syarat: ", "Kualifikasi: ", "", "Req: "]) + ", ".join(bits)


def fam_overseas(ad: Ad, bad: bool):
    country, roles, lp, hp_, tag = pick(DEST)
    role = pick(roles)
    if not bad:
        co = company()
        lic = sip3mi()
        ad.add(pick([f"{co} (P3MI, {lic}) membuka rekrutmen {role} – {country}",
                     f"Lowongan resmi {role} ke {country} melalui {co}, {lic}",
                     f"Job order {role} {country}. Penyalur: {co} ({lic})",
                     f"{role.capitalize()} {country} 🌏 diproses oleh {co}, P3MI berizin ({lic})"]))
        ad.add(f"Gaji {foreign(lp[0], lp[1], lp[2] if maybe(0.4) else None)}{pick(PER)}" + pick([" + lembur", "", " + uang makan", ", kontrak 2 tahun", ", kontrak 3 th"]))
        ad.add(req_abroad(role))
        ad.add(official_steps())
        zero_cost = any(k in role for k in DOMESTIC_WORK + ("sawit", "ladang"))
        ad.add(pick(["Biaya sesuai ketentuan KP2MI, rincian tertulis & ada kuitansi",
                     "Tidak ada pembayaran ke rekening pribadi",
                     "Biaya yg menjadi tanggungan pekerja dijelaskan tertulis saat sosialisasi",
                     "Tiket, visa kerja & medical ditanggung pemberi kerja"]
                    + (["Zero cost sesuai Perban 9/2020", "Tanpa biaya penempatan (jabatan bebas biaya)"] if zero_cost else
                       ["Biaya pribadi (paspor, SKCK, medical) sesuai aturan, tanpa fee agensi"])))
        if maybe(0.45):
            ad.add(pick(["Tiket pesawat & asrama ditanggung majikan sesuai kontrak", "Mess/asrama disediakan pemberi kerja",
                         "Tiket keberangkatan ditanggung pengguna, tertulis di perjanjian kerja", "Pelatihan gratis di BLK/LPK mitra"]))
        if maybe(0.4):
            ad.add(pick(["Paspor dipegang sendiri oleh pekerja", "Visa kerja diurus sesuai prosedur",
                         "Kontrak dibaca & ditandatangani di hadapan petugas Disnaker", "Cek izin kami di SISKOP2MI"]))
        if maybe(0.3):
            ad.add_tail(pick([f"Info & pendaftaran WA petugas {co}: {phone_id()}", f"Tanya2 dulu via WA {phone_id()} (staf rekrutmen)",
                              "DM untuk jadwal sosialisasi", f"Hub. {pick(PERSONS)} (petugas lapangan) {phone_id()}"]), IC)
        else:
            if maybe(0.15):
                ad.add(pick(WEAK_PRESSURE).format(n=R.randint(2, 5)), PR)
            ad.add_tail(formal_contact(co))
        return tag
    # suspicious
    who = pick(SPONSORS)
    named_pt = maybe(0.45)
    claims_licence = named_pt and maybe(0.45)
    if claims_licence:
        co = company()
        ad.add(pick([f"{co} ({sip3mi()}) membuka lowongan {role} – {country}", f"Rekrutmen resmi {role} {country}. {co}, {sip3mi()}",
                     f"{co}, P3MI terdaftar ({sip3mi()}) – {role} {country}"]))
    elif named_pt:
        co = company()
        ad.add(pick([f"{co} membuka lowongan {role} di {country}", f"Rekrutmen {role} {country} – {co}",
                     f"{co} (kantor {pick(STREETS)}) butuh {role} utk {country}"]), UR)
    else:
        ad.add(pick([f"Lowongan {role} di {country} lewat {who}", f"Ada kosong {role} {country}, diurus {who}",
                     f"Kerja {country} 🌏 {role}", f"Info kerja {country}: {role}"]), UR)
    candidates = []
    candidates.append((f"Gaji {foreign(hp_[0], hp_[1], hp_[2] if maybe() else None)}{pick(PER)}" + pick([", tanpa pengalaman", ", lulusan SD boleh", "", " bersih"]), {HP}))
    candidates.append((pick([f"Biaya proses {idr(pick([3, 4.5, 5, 6, 8, 12]))} transfer ke rek pribadi",
                             f"DP {idr(pick([2, 3, 5, 10]))} dulu, sisa potong gaji",
                             f"medical {pick(['1,5jt', 'Rp 1.750.000', '2 jt'])} transfer ke rekening {who}",
                             f"potong gaji {R.randint(7, 12)} bulan", f"uang jaminan {idr(pick([3, 5, 7]))} biar tidak kabur",
                             f"biaya pelatihan & seragam {idr(pick([1.5, 2.5, 3.5]))} bayar di muka"]), {UF}))
    candidates.append((pick(["Berangkat pakai visa turis dulu, nanti di sana diurus", "pakai pas lawatan / visa pelancong",
                             "visa kunjungan 30 hari, permit menyusul", "masuk via Dumai naik feri pakai paspor biasa",
                             "tidak perlu visa kerja", "visa pelajar tapi kerja full time"]), {VM}))
    candidates.append((pick(["Tidak perlu ke Disnaker", "tanpa ribet, tanpa pelatihan", "proses 2 minggu langsung terbang",
                             "gak usah ikut OPP", "langsung berangkat, kontrak di sana aja", "tanpa medical, tanpa ribet"]), {UP}))
    candidates.append((pick(["umur bisa diatur", "yg belum punya paspor dibuatkan tanpa rekomendasi",
                             "paspor nanti dipegang majikan, itu biasa", "ijazah bisa dibantu", "data umur di paspor bisa dimudakan",
                             "paspor ditahan agen sampai utang lunas"]), {DF}))
    candidates.append((pressure(), {PR}))
    candidates.append((pick(["kerjaan nanti dijelaskan", "kerja apa aja tergantung majikan", "kerja ringan"]), {VJ}))
    while True:
        chosen = R.sample(candidates, R.randint(2, 4))
        if any(f & {HP, UF, VM, UP, DF} for _, f in chosen):
            break
    for t, f in chosen:
        ad.add(t, *f)
    if not any(f & {HP} for _, f in chosen) and maybe(0.6):
        ad.add(f"Gaji {foreign(lp[0], lp[1], lp[2] if maybe(0.3) else None)}{pick(PER)}" + pick(["", "", ", kontrak 2 tahun", " + lembur"]))
    if maybe(0.5):
        ad.add(req_abroad(role))
    if maybe(0.4):
        ad.add(fac_line(mess=True, travel=maybe(0.6), food=maybe()))
    if named_pt and maybe(0.7):
        ad.add_tail(formal_contact(co))
    else:
        ad.add_tail(informal_contact() if country != "Malaysia" or maybe() else f"WA {phone_my()}", IC)
    return tag


# ---------------------------------------------------------------- family D: Korea
def fam_korea(ad: Ad, bad: bool):
    if not bad:
        ad.add(pick(["Pendaftaran ujian EPS-TOPIK dibuka lewat pengumuman resmi KP2MI",
                     "Info resmi: Program G to G Korea (EPS) sektor manufaktur/perikanan dibuka",
                     "Buat yg mau ke Korea: jalurnya cuma EPS, G to G",
                     "Repost pengumuman KP2MI tentang EPS-TOPIK 🇰🇷"]))
        ad.add(pick(["Syarat usia 18–39, min. SMP, tidak pernah dideportasi", "Usia 18-39 th, sehat, tidak buta warna",
                     "Ujian berbasis komputer, lalu tes keterampilan"]))
        ad.add(pick(["Biaya ujian dibayar sendiri ke bank yang ditunjuk", "Tidak ada LPK/agen yang bisa menjamin lolos",
                     "Setelah lulus, tunggu dipilih user, lalu PAP di BP3MI", "Kontrak kerja (SLC) ditandatangani sebelum berangkat"]))
        ad.add(f"Gaji sesuai upah minimum Korea ±{foreign('KRW', pick([2096270, 2100000, 2150000]))}{pick(PER)}")
        ad.add_tail(pick(["Info: BP3MI Jambi atau Disnaker kab/kota", "Cek situs resmi KP2MI",
                          f"Tanya ke LTSA/Disnaker terdekat ya, jangan ke calo"]))
        return "#kerjakorea"
    lpk = f"LPK {pick(['Hanguk', 'Seoul', 'Mirae', 'Daehan', 'Korea'])} {pick(NAMEWORDS)}"
    ad.add(pick([f"{lpk} – program kerja Korea, jaminan berangkat", f"Korea E-9 jalur khusus tanpa ujian via {pick(SPONSORS)}",
                 f"Kerja Korea 🇰🇷 lewat {lpk}, penempatan dijamin", f"Jalur cepat ke Korea, tanpa antre EPS"]), RD)
    cand = [(f"Biaya program {idr(pick([35, 40, 48, 55, 60]))}, DP {idr(pick([10, 15, 20]))}", {UF}),
            (pressure(), {PR}),
            (pick(["tanpa tes bahasa", "tidak perlu EPS-TOPIK", "pasti lolos, langsung dapat user"]), {UP}),
            (f"Gaji {idr(pick([45, 50, 60]))}{pick(PER)}", {HP})]
    for t, f in R.sample(cand, R.randint(2, 3)):
        ad.add(t, *f)
    if maybe(0.5):
        ad.add_tail(f"Alamat: {pick(STREETS)} No. {R.randint(1, 60)}, {pick(JAMBI_AREAS)}", UR)
    else:
        ad.add_tail(informal_contact(), IC, UR)
    return "#kerjakorea"


# ---------------------------------------------------------------- family E: Middle East domestic work
ME = [("Arab Saudi", "SAR"), ("Riyadh", "SAR"), ("Jeddah", "SAR"), ("Dubai", "AED"), ("Kuwait", "KWD"),
      ("Qatar", "QAR"), ("Oman", "OMR"), ("Abu Dhabi", "AED"), ("Bahrain", "SAR"), ("Yordania", "USD")]


def fam_me(ad: Ad, bad: bool):
    if not bad:
        co = company()
        ad.add(pick([f"Penempatan PMI ke Arab Saudi melalui SPSK (Sistem Penempatan Satu Kanal) – {co}, {sip3mi()}",
                     f"{co} ({sip3mi()}) membuka pendaftaran SPSK Arab Saudi",
                     f"Program SPSK Saudi via {co}, P3MI berizin ({sip3mi()})"]))
        ad.add(pick(["Pengguna: syarikah berizin, bukan perorangan", "Majikan berupa perusahaan (syarikah)"]))
        ad.add(pick(["Jabatan: penata laksana rumah tangga / pengasuh bayi / juru masak keluarga",
                     "Posisi: house keeper, baby sitter, family cook, elderly caretaker"]))
        ad.add(f"Gaji min {foreign('SAR', pick([1500, 1600, 1800]))}{pick(PER)}, dibayar via bank")
        ad.add(pick(["Tanpa biaya bagi CPMI", "Tidak dipungut biaya penempatan"]))
        ad.add(official_steps())
        if maybe(0.25):
            ad.add_tail(f"Info WA staf {co}: {phone_id()}", IC)
        else:
            ad.add_tail(formal_contact(co))
        return "#spsk"
    place, cur = pick(ME)
    amt = {"SAR": (1500, 2000), "AED": (1800, 2500), "KWD": (120, 160), "QAR": (1300, 1800), "OMR": (150, 200), "USD": (300, 400)}[cur]
    ad.add(pick([f"Dibutuhkan ART/TKW utk keluarga di {place}", f"Lowongan pembantu rumah tangga {place}",
                 f"Ready majikan {place}, butuh ART & pengasuh", f"Kerja jaga anak & bersih rumah di {place}",
                 f"Sopir keluarga & ART ke {place}"]), RD)
    ad.add(f"Gaji {foreign(cur, amt[0], amt[1] if maybe() else None)}{pick(PER)}")
    cand = [(pick(["berangkat pakai visa ziarah", "visa umroh, habis umroh langsung kerja", "visa turis dulu, nanti diganti",
                   "visa kunjungan keluarga diurus sponsor"]), {VM}),
            (pick(["tidak perlu ke Disnaker", "tanpa pelatihan", "proses kilat 2 minggu"]), {UP}),
            (pick([f"biaya medical {pick(['1,5jt', '2,7jt', 'Rp 1.500.000'])} ke rek pribadi sponsor", f"DP {idr(pick([3, 4, 5]))} dulu"]), {UF}),
            (pick(["paspor dipegang majikan biar aman", "umur bisa disesuaikan di paspor"]), {DF}),
            (pressure(), {PR})]
    for t, f in R.sample(cand, R.randint(1, 3)):
        ad.add(t, *f)
    if maybe(0.5):
        ad.add(pick(["usia 25-45", "janda/gadis 21-40", "usia 23–45 th, sehat"]))
    if maybe(0.25):
        co = company()
        ad.head = pick([co, f"{co} – Penyalur Tenaga Kerja", f"[{co.upper()}]"])
        ad.add_tail(formal_contact(co), UR)
    else:
        ad.add_tail(informal_contact(), IC, UR)
    return "#kerjasaudi"


# ---------------------------------------------------------------- family F: scam hubs (always suspicious)
HUBS = ["Phnom Penh, Kamboja", "Sihanoukville", "Bavet, Kamboja", "Kamboja", "Myawaddy", "Myanmar",
        "Laos (Golden Triangle)", "Vientiane", "Manila", "Pampanga, Filipina", "Bangkok (lanjut Mae Sot)", "Thailand"]
HUB_ROLES = ["customer service", "admin", "operator", "marketing online", "data entry", "chat support",
             "admin media sosial", "typing job", "telemarketing", "IT support", "operator game online", "CS representative"]


def fam_hub(ad: Ad, bad: bool):
    place, role = pick(HUBS), pick(HUB_ROLES)
    polished = maybe(0.35)
    if polished:
        ad.add(f"{role.title()} – {place}", RD)
        ad.add(f"Salary {foreign('USD', pick([900, 1000, 1100, 1200, 1300]), pick([1400, 1500, 1800]) if maybe() else None)}/month", HP)
        ad.add(pick(["Accommodation & meals provided", "Akomodasi & makan disediakan", "Free dorm + meals"]))
        ad.add(pick(["Visa and flight arranged by company", "Tiket & visa diurus perusahaan", "Flight ticket covered"]), UP)
        if maybe(0.5):
            ad.add(pick(["Requirements: Indonesian speaker, basic typing", "Syarat: bisa bahasa Indonesia & mengetik",
                         "No experience needed, training provided"]), VJ)
    else:
        ad.add(pick([f"Kerja di {place} bagian {role}", f"Loker {place}: {role}", f"Lowongan {role} ({place})",
                     f"Butuh org utk {role} di {place}"]), RD, VJ)
        ad.add(pick([f"gaji {foreign('USD', pick([1000, 1200, 1500]))}", f"gaji {idr(pick([15, 18, 20, 25]))}{pick(PER)}",
                     f"salary {foreign('USD', pick([800, 1000]), pick([1500, 2000]))}"]), HP)
        cand = [(pick(["tanpa pengalaman", "SMP boleh", "cukup bisa ngetik"]), set()),
                (pick(["visa turis aja cukup", "sampai Bangkok dijemput, lanjut jalan darat", "visa on arrival aja",
                       "nyebrang lewat perbatasan, ada yang bantu"]), {VM}),
                (pick([f"biaya tiket & medical {idr(pick([1.5, 2, 2.5, 3]))} (diganti setelah gajian)",
                       f"jaminan keberangkatan {idr(pick([2, 3]))} ke rek admin"]), {UF}),
                (pressure(), {PR}),
                (pick(["tinggal bawa paspor", "semua diurus kami, gak ribet"]), {UP})]
        for t, f in R.sample(cand, R.randint(1, 3)):
            ad.add(t, *f)
        ad.add(fac_line(mess=True, travel=maybe(), food=True))
    if polished and maybe(0.5):
        firm = company(pick(["", "", "Asia", "Global"]).strip() or "PT").replace("PT ", "")
        ad.add_tail(pick([f"Send your CV to recruitment@{slug(firm)}group.com", f"Apply: careers.{slug(firm)}-asia.com",
                          f"HR {firm} Group Ltd., email hr@{slug(firm)}.asia"]), UR)
    else:
        ad.add_tail(informal_contact(), IC, UR)
    return pick(["#kerjakamboja", "#lokerluarnegeri", "#kerjathailand", "#workabroad"])


# ---------------------------------------------------------------- family G: online / remote
def fam_online(ad: Ad, bad: bool):
    if not bad:
        biz = pick([f"Toko online {pick(SHOPNAMES)}", company("CV"), f"Studio {pick(SHOPNAMES)}", f"Media {pick(NAMEWORDS)} {pick(NAMEWORDS)}"])
        role, where, pay = pick([
            ("admin online shop", "Kerja di toko kami, Senin–Sabtu 09.00–17.00", f"Gaji {idr(pick([2.2, 2.5, 2.8]))} + bonus omzet"),
            ("content writer freelance", "Bisa remote dari rumah", "Dibayar per artikel 50–75rb, cair tiap minggu"),
            ("host live TikTok Shop", "Live di studio kami di Jambi, 4–6 jam/hari", f"Fee {idr(pick([2, 2.5, 3]))}/bln + komisi penjualan"),
            ("editor video", "Remote, deadline jelas per project", "Fee per video 75–150rb"),
            ("admin CS chat marketplace", "Shift pagi/siang di kantor", "Gaji UMK + BPJS"),
            ("desainer grafis freelance", "Remote, brief via email", "fee per project sesuai brief")])
        ad.add(pick([f"{biz} cari {role}", f"Lowongan {role} – {biz}", f"Dibutuhkan {role} utk {biz}"]))
        ad.add(where)
        ad.add(pay)
        ad.add(pick(["Tidak ada biaya pendaftaran apapun", "Tanpa deposit, tanpa biaya", "Ada kontrak kerja tertulis"]))
        if maybe(0.6):
            ad.add_tail(informal_contact(), IC)
        else:
            ad.add_tail(formal_contact(biz))
        return "#kerjaonline"
    ad.add(pick(["Kerja dari rumah modal HP aja!", "Kerja online sambil rebahan 🛌", "Join tim freelance kami",
                 "Lowongan admin review produk", "Kerja paruh waktu like & follow",
                 f"{company()} Digital membuka lowongan mitra online", f"Rekrutmen reviewer produk {company()} (resmi, terdaftar)"]))
    ad.add(pick([f"Penghasilan {idr(pick([5, 8]), pick([10, 15]))}/bulan", f"sehari bisa {pick(['300-800rb', '500rb', '1 juta'])}",
                 f"dibayar {pick(['10rb', '25rb', '50rb'])} per tugas, sehari bisa 500rb"]), HP)
    ad.add(pick(["tugas cuma like, follow, kasih rating", "kerjaan gampang, nanti dijelaskan di grup",
                 "cukup screenshot tugas"]), VJ)
    ad.add(pick([f"Deposit aktivasi {pick(['100rb', '150rb', '99rb', '250rb'])} dulu", "isi saldo VIP 200rb–1jt, balik + komisi",
                 f"biaya pendaftaran & pelatihan {pick(['Rp250.000', '175rb'])}"]), UF)
    if maybe(0.4):
        ad.add(pressure(), PR)
    ad.add_tail(informal_contact(), IC, UR)
    return "#kerjaonline"


# ---------------------------------------------------------------- family H: testimonials
def fam_testimonial(ad: Ad, bad: bool):
    country = pick(["Taiwan", "Hong Kong", "Malaysia", "Singapura", "Jepang", "Korea", "Brunei", "Saudi"])
    years = pick(["1 thn", "2 tahun", "3 thn", "5 tahun", "8 bulan"])
    ad.ordered = True
    ad.head = pick(["Alhamdulillah 🙏", "Bismillah, sharing dikit", "Cerita sedikit ya grup", "Throwback 🥹", "Buat yg nanya2",
                    "Storytime 🧵", "Bukan pamer ya"])
    ad.add(pick([f"sdh {years} sy kerja di {country}", f"udah {years} aku di {country}", f"sekarang tahun ke-{R.randint(2, 5)} di {country}",
                 f"aku kerja di {country} sejak {years} lalu"]))
    ad.add(pick(["gaji lancar, majikan baik", "kerjaan capek tapi hasilnya lumayan", "alhamdulillah bisa bangun rumah",
                 "bisa kirim ke ortu tiap bulan"]))
    if not bad:
        if country == "Korea":
            ad.add("lewat EPS-TOPIK, G to G, bayar biaya ujian sendiri di bank yg ditunjuk")
        elif country == "Saudi":
            ad.add("lewat SPSK, majikan syarikah, tanpa biaya")
        else:
            ad.add(pick(["berangkat lewat PT resmi yg ada SIP3MI, daftar SIAPkerja, ke Disnaker, OPP di BP3MI",
                         "prosesnya resmi: LTSA, medical, kontrak, OPP, visa kerja", "lewat P3MI yg izinnya bisa dicek di SISKOP2MI"]))
        ad.add(pick(["aku bukan agen ya, jangan minta dibawa 🙏", "kalau mau info resmi tanya ke BP3MI/Disnaker",
                     "jangan lewat calo yg minta puluhan juta", "daftar langsung ke LTSA/Disnaker, jangan ke orang"]))
        return pick(TAGS_ABROAD)
    ad.add(pick(["yg mau ikut japri aja", "bos aku lagi butuh org, yg mau nyusul inbox", "aku bisa bantu berangkatkan",
                 "komen 'ikut' nanti aku DM"]), IC, UR)
    cand = [(pick(["proses cepat ga pake lama", "ga perlu ke disnaker2 segala", "tanpa pelatihan"]), {UP}),
            (pick([f"biaya nanti potong gaji {R.randint(6, 10)} bln", f"cukup DP {idr(pick([3, 5, 7]))} ke aku",
                   f"biaya {idr(pick([8, 12, 15]))}, bisa dicicil"]), {UF}),
            (pick(["berangkat pake visa turis aja, aku dulu juga gitu", "masuk pake pas lawatan nanti permit diurus"]), {VM}),
            (pressure(), {PR})]
    for t, f in R.sample(cand, R.randint(1, 2)):
        ad.add(t, *f)
    return pick(TAGS_ABROAD)


# ---------------------------------------------------------------- family I: skilled roles (legit, high absolute pay)
SKILLED = [("Senior Mining Supervisor", "site Sarolangun", (25, 35), "POP/POM, pengalaman 8 th"),
           ("Electrical Engineer offshore", "Tanjung Jabung Timur", (25, 40), "S1 Elektro, BOSIET, 5 th oil & gas"),
           ("Dokter Spesialis Anak", "RS swasta Kota Jambi", (40, 60), "STR & SIP aktif"),
           ("Plant Manager pabrik CPO", "Muaro Jambi", (30, 45), "pengalaman 10 th di PKS"),
           ("Project Manager konstruksi", "Jambi & Palembang", (20, 30), "S1 Sipil, SKA Ahli Madya"),
           ("Geologist tambang batubara", "Bungo", (18, 25), "S1 Geologi, pengalaman eksplorasi 5 th"),
           ("Chief Engineer kapal tanker", "rotasi Batam–Dumai", (45, 70), "COC ANT/ATT I"),
           ("Dokter umum", "klinik perusahaan di Tebo", (15, 20), "STR & SIP, ACLS/ATLS"),
           ("Software Engineer (remote)", "kantor Jakarta, boleh dari Jambi", (18, 30), "5 th backend, Go/Python")]


def fam_skilled(ad: Ad, bad: bool):
    role, loc, (lo, hi), req = pick(SKILLED)
    co = company()
    ad.add(pick([f"{co} mencari {role} – {loc}", f"Lowongan {role} ({loc}) – {co}", f"Dibutuhkan {role}, penempatan {loc}, {co}"]))
    ad.add(f"Syarat: {req}")
    ad.add(f"Remunerasi {idr(lo, hi)}{pick(PER)}" + pick([" + tunjangan", ", tergantung pengalaman", " + mess site", ""]))
    ad.add(pick(["Proses: shortlist, interview user, MCU dibiayai perusahaan", "Tidak ada biaya rekrutmen",
                 "Hanya kandidat terpilih yang dihubungi", "Kontrak kerja tertulis, BPJS & asuransi swasta"]))
    if maybe(0.2):
        ad.add_tail(informal_contact(), IC)
    else:
        ad.add_tail(formal_contact(co))
    return "#lokerjambi"


FAMILIES = [  # (function, weight, p_bad, abroad)
    (fam_local, 18, 0.25, False),
    (fam_domestic, 16, 0.6, False),
    (fam_overseas, 22, 0.55, True),
    (fam_korea, 5, 0.55, True),
    (fam_me, 8, 0.65, True),
    (fam_hub, 9, 1.0, True),
    (fam_online, 6, 0.6, False),
    (fam_testimonial, 9, 0.5, True),
    (fam_skilled, 5, 0.0, False),
]


def make_one():
    fn, _, p_bad, abroad = R.choices(FAMILIES, [f[1] for f in FAMILIES])[0]
    bad = maybe(p_bad)
    ad = Ad()
    if not ad.head:
        ad.head = pick(OPENERS)
    extra = fn(ad, bad)
    if fn is not fam_testimonial and ad.head == "":
        ad.head = pick(OPENERS)
    ad.close = pick(CLOSERS)
    channel = "instagram_tiktok" if maybe(0.4) else "facebook"
    if maybe(0.55 if channel == "instagram_tiktok" else 0.3):
        ex = [extra] if isinstance(extra, str) and extra.startswith("#") else []
        if abroad and maybe():
            ex.append(pick(TAGS_ABROAD))
        ad.tags = tags(ex)
    flags = ad.flags()
    text = render(ad)
    if bad:
        if len(flags) < 2:
            return None
        susp = True
    else:
        if len(flags) > 1 or flags & STRONG:
            return None
        susp = False
    order = [HP, UF, UP, UR, IC, VM, RD, VJ, PR, DF, VT]
    return {"text": text, "channel": channel, "lang": "id", "suspicious": susp,
            "red_flags": [f for f in order if f in flags], "origin": "generated"}


def main():
    hand = [json.loads(line) for line in HAND.read_text(encoding="utf-8").splitlines() if line.strip()]
    seen = {h["text"] for h in hand}
    out = list(hand)
    n = len(hand)
    while len(out) - len(hand) < N_GENERATED:
        rec = make_one()
        if rec is None or rec["text"] in seen:
            continue
        seen.add(rec["text"])
        n += 1
        out.append({"id": f"soc-{n:05d}", **rec})
    with OUT.open("w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} records ({len(hand)} hand, {len(out) - len(hand)} generated) to {OUT}")


if __name__ == "__main__":
    main()
