#!/usr/bin/env python3
"""Generator for the job-board / loker-blog / newspaper-classified slice (id prefix "brd").

Writes training_data/sources/boards.jsonl = hand-written items (boards.hand.jsonl)
+ real Karirhub vacancies (boards.karirhub.jsonl) + seeded generated items.

  python3 training_data/generators/boards.py                  # rebuild boards.jsonl
  python3 training_data/generators/boards.py --extract-karirhub [DIR]
      # (re)parse the Karirhub KV blobs (default tests/fixtures/karirhub)
      # into boards.karirhub.jsonl; only needed when the blobs change.

Design: every advert is a *scenario* (what the advert offers and demands, which fixes
the labels) rendered by one of several *renderers* (job-board sections, blog post,
prose, tiny classified).  Positive and negative scenarios share the same renderers,
openers, bullet styles, disclaimers, contact styles and noise, so layout carries no
label signal; only the substance sentences (fees, visa, destination+sector, procedure,
documents, pay vs job, who recruits) differ.

Deterministic: fixed seed, stdlib only.
"""
import argparse
from pathlib import Path
import glob
import html
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.normpath(os.path.join(HERE, "..", "sources"))
HAND = os.path.join(SRC, "boards.hand.jsonl")
KARIR = os.path.join(SRC, "boards.karirhub.jsonl")
OUT = os.path.join(SRC, "boards.jsonl")
SEED = 20261121
N_GENERATED = 580
ATTRIB = "Karirhub vacancy via mxwlllph/karirhub-rss (MIT)"
CODES = ["high_pay", "upfront_fee", "unclear_procedure", "unlicensed_recruiter",
         "informal_contact", "visa_misuse", "restricted_destination", "vague_job",
         "pressure", "document_fraud", "vulnerable_targeting"]

# ---------------------------------------------------------------------------
# Karirhub extraction
# ---------------------------------------------------------------------------

def html_to_text(s):
    if not s:
        return ""
    s = s.replace("\r", "")
    s = re.sub(r"<br\s*/?>", "\n", s, flags=re.I)
    s = re.sub(r"<li[^>]*>", "\n- ", s, flags=re.I)
    s = re.sub(r"</(p|div|li|ul|ol|h\d)>", "\n", s, flags=re.I)
    s = re.sub(r"<(p|div|ul|ol|h\d)[^>]*>", "\n", s, flags=re.I)
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s).replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in s.split("\n")]
    return "\n".join(ln for ln in lines if ln)


EN_WORDS = set("the and of to in for with our we you your are is will be on as this that a an "
               "experience skills team students lessons role".split())
ID_WORDS = set("dan yang di untuk dengan dalam ke dari pada sesuai melakukan memiliki "
               "minimal pengalaman kerja serta atau tugas".split())


def guess_lang(text):
    toks = re.findall(r"[a-zA-Z]+", text.lower())
    en = sum(t in EN_WORDS for t in toks)
    idn = sum(t in ID_WORDS for t in toks)
    return "en" if en > 1.5 * idn and en >= 5 else "id"


def fmt_idr(n):
    return "{:,}".format(int(n)).replace(",", ".")


def extract_karirhub(d):
    recs = {}
    listing_meta = {}
    for f in sorted(glob.glob(os.path.join(d, "*.json"))):
        blob = json.load(open(f, encoding="utf-8"))
        typ = blob.get("type")
        if typ == "job_listings":
            for it in blob["data"]["data"]:
                listing_meta[it["id"]] = it
        elif typ == "job_details":
            x = blob["data"]["data"]
            r = recs.setdefault(x["id"], {})
            r.update(title=x["title"], company=x["employer"]["name"], from_detail=True,
                     desc=x.get("description") or "", qual=x.get("qualification") or "",
                     show_salary=x.get("show_salary"), smin=x.get("min_salary_amount"),
                     smax=x.get("max_salary_amount"), job_type=(x.get("job_type") or {}).get("name"),
                     function=(x.get("job_function") or {}).get("name"),
                     industry=((x["employer"].get("employerable") or {}).get("industry") or {}).get("name"),
                     min_age=x.get("min_age"), max_age=x.get("max_age"),
                     location=(x.get("region") or {}).get("name"))
        elif typ == "rss":
            import xml.etree.ElementTree as ET
            root = ET.fromstring(blob["data"])
            ns = {"content": "http://purl.org/rss/1.0/modules/content/"}
            for it in root.findall(".//item"):
                gid = it.find("guid").text.strip()
                c = it.find("content:encoded", ns).text or ""
                r = recs.setdefault(gid, {})
                m = re.search(r"<h2>(.*?)</h2>", c, re.S)
                if m and "title" not in r:
                    r["title"] = html.unescape(m.group(1)).strip()
                m = re.search(r"<strong>(.*?)</strong>\s*\|\s*([^<]*)</p>", c, re.S)
                if m:
                    r.setdefault("company", html.unescape(m.group(1)).strip())
                    r.setdefault("industry", html.unescape(m.group(2)).strip())
                m = re.search(r'class="job-location">.*?<p>(.*?)</p>', c, re.S)
                if m:
                    r.setdefault("city", html.unescape(m.group(1)).strip())
                m = re.search(r'class="job-type">.*?<p>(.*?)</p>', c, re.S)
                if m:
                    r.setdefault("job_type", html.unescape(m.group(1)).strip())
                m = re.search(r'class="job-description">\s*<h3>[^<]*</h3>\s*<div>(.*?)</div>\s*</div><hr>', c, re.S)
                if m and not r.get("desc"):
                    r["desc"] = m.group(1)
    for lid, it in listing_meta.items():
        r = recs.setdefault(lid, {})
        r.setdefault("title", it["title"])
        r.setdefault("company", it["company_name"])
        r.setdefault("city", it.get("city_name"))
        r.setdefault("industry", it.get("industry_name"))
        r.setdefault("function", it.get("job_function_name"))
        if r.get("show_salary") is None:
            r["show_salary"] = it.get("show_salary")
            r["smin"] = it.get("min_salary_amount")
            r["smax"] = it.get("max_salary_amount")
        r.setdefault("job_type", it.get("job_type_name"))
    out = []
    for rid in sorted(recs):
        r = recs[rid]
        lines = [r["title"].strip()]
        comp = r.get("company", "")
        if r.get("industry"):
            comp += " · " + r["industry"]
        lines.append(comp)
        loc = r.get("city") or ""
        if not loc and r.get("location"):
            parts = [x.strip() for x in r["location"].split(",")]
            loc = parts[-3] if len(parts) >= 3 else parts[0]
        meta = " · ".join(x for x in [loc, r.get("job_type")] if x)
        if meta:
            lines.append(meta)
        # detail blobs: the salary range is shown even where show_salary is false (the
        # brief wants e.g. the Sales Freelance IDR 500k-10jt range); placeholders (888-999) skipped
        if (r.get("show_salary") or r.get("from_detail")) and r.get("smin") and r.get("smax") and r["smin"] >= 100000:
            lines.append("Gaji: IDR {} – {} per bulan".format(fmt_idr(r["smin"]), fmt_idr(r["smax"])))
        body = html_to_text(r.get("desc", ""))
        if body:
            lines += ["", "Deskripsi Pekerjaan", body] if not body.lower().startswith("deskripsi") else ["", body]
        q = html_to_text(r.get("qual", ""))
        if q:
            lines += ["", q if q.lower().startswith(("kualifikasi", "what skills")) else "Kualifikasi\n" + q]
        text = "\n".join(lines).strip()
        flags = []
        out.append({"karirhub_id": rid, "text": text, "channel": "job_board", "lang": guess_lang(text),
                    "suspicious": False, "red_flags": flags, "origin": "karirhub", "attribution": ATTRIB})
    return out


# ---------------------------------------------------------------------------
# Pools shared by every scenario
# ---------------------------------------------------------------------------

JAMBI_AREAS = ["Telanaipura", "Kota Baru", "Jelutung", "Alam Barajo", "Paal Merah", "Jambi Selatan",
               "Jambi Timur", "Pasar Jambi", "Pelayangan", "Danau Sipin", "Danau Teluk", "Legok",
               "Simpang Rimbo", "Mayang Mangurai", "Thehok", "Talang Banjar", "Kenali Besar",
               "Sipin", "Broni", "Payo Selincah"]
REGENCIES = ["Muaro Jambi", "Batanghari", "Tebo", "Bungo", "Sarolangun", "Merangin", "Kerinci",
             "Tanjung Jabung Barat", "Tanjung Jabung Timur", "Sungai Penuh"]
REG_TOWNS = {"Muaro Jambi": "Sengeti", "Batanghari": "Muara Bulian", "Tebo": "Muara Tebo",
             "Bungo": "Muara Bungo", "Sarolangun": "Sarolangun", "Merangin": "Bangko",
             "Kerinci": "Siulak", "Tanjung Jabung Barat": "Kuala Tungkal",
             "Tanjung Jabung Timur": "Muara Sabak", "Sungai Penuh": "Sungai Penuh"}
OTHER_CITIES = ["Batam", "Pekanbaru", "Palembang", "Jakarta", "Medan", "Padang", "Bengkulu", "Tangerang"]
STREETS = ["Jl. Gatot Subroto", "Jl. Hayam Wuruk", "Jl. Kol. Abunjani", "Jl. Sultan Thaha", "Jl. Sumantri Brojonegoro",
           "Jl. Kapten Pattimura", "Jl. Jend. Sudirman", "Jl. Orang Kayo Hitam", "Jl. Slamet Riyadi",
           "Jl. Prof. Sri Soedewi", "Jl. Lingkar Selatan", "Jl. Lingkar Barat", "Jl. M. Husni Thamrin",
           "Jl. Yos Sudarso", "Jl. Kol. Amir Hamzah", "Jl. Marsda Abdurrahman Saleh", "Jl. H. Agus Salim",
           "Jl. Sersan Anwar Bay", "Jl. Halim Perdana Kusuma", "Jl. Depati Parbo", "Jl. Lintas Sumatera"]
W1 = ["Sinar", "Bahari", "Cahaya", "Bumi", "Tirta", "Mitra", "Karya", "Prima", "Sumber", "Angso Duo",
      "Batanghari", "Kerinci", "Andalas", "Samudra", "Rimba", "Surya", "Mutiara", "Harapan", "Berkah",
      "Citra", "Graha", "Puncak", "Mega", "Sentosa", "Anugerah", "Tunas", "Pilar", "Lentera", "Nusa", "Swarna"]
W2 = ["Mandiri", "Jaya", "Abadi", "Sejahtera", "Makmur", "Lestari", "Nusantara", "Persada", "Gemilang",
      "Perkasa", "Utama", "Sentosa", "Raya", "Sakti", "Mulia", "Agung", "Bersama", "Indah", "Permai", "Cemerlang"]
W3 = ["Logistik", "Niaga", "Agro", "Teknik", "Konstruksi", "Distribusi", "Medika", "Energi", "Retail",
      "Properti", "Ekspres", "Industri", "Solusi", "Digital", "Pangan", "Perkasa"]
MIGRANT_W = ["Internasional", "Migran", "Tenaga Kerja", "Penempatan", "Global", "Manpower", "Karya Migran"]
FIRST_F = ["Rina", "Sari", "Nisa", "Dewi", "Lina", "Yanti", "Ratna", "Tari", "Wulan", "Mega", "Vivi", "Salmah",
           "Erna", "Fitri", "Indah", "Nur", "Ayu", "Rosa", "Sinta", "Maya"]
FIRST_M = ["Budi", "Andre", "Rudi", "Hendra", "Joni", "Edi", "Darto", "Iwan", "Rizal", "Syamsul", "Udin",
           "Fajar", "Agus", "Dedi", "Rahmat", "Yusuf", "Kevin", "Leman", "Arif", "Bayu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]
SITES = ["InfoLokerJambi.id", "LokerJambiTerbaru", "Seputar Loker Jambi", "KabarKarir Sumatera",
         "JambiKarir.com", "Portal Loker Sumbagsel", "LokerMuaroJambi", "Info Kerja Jambi Hari Ini",
         "Loker Tebo Bungo", "Loker Kerinci & Sungai Penuh"]


class R:
    """Thin wrapper around random.Random with helpers."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def c(self, seq):
        return self.r.choice(seq)

    def p(self, prob):
        return self.r.random() < prob

    def s(self, seq, k):
        seq = list(seq)
        return self.r.sample(seq, min(k, len(seq)))

    def i(self, a, b):
        return self.r.randint(a, b)

    def shuffle(self, seq):
        self.r.shuffle(seq)
        return seq

    def w(self, pairs):
        tot = sum(w for _, w in pairs)
        x = self.r.random() * tot
        for v, w in pairs:
            x -= w
            if x <= 0:
                return v
        return pairs[-1][0]


def company(g, kind="PT"):
    n = g.c([2, 2, 3])
    words = [g.c(W1), g.c(W2)] + ([g.c(W3)] if n == 3 else [])
    if words[0] == words[1]:
        words[1] = "Jaya"
    pref = kind if kind else g.c(["PT", "PT", "PT.", "CV"])
    return pref + " " + " ".join(words)


def p3mi_name(g):
    return g.c(["PT", "PT."]) + " " + g.c(W1) + " " + g.c(W2) + " " + g.c(MIGRANT_W)


def phone(g, style=None):
    pre = g.c(["812", "813", "821", "822", "823", "852", "853", "877", "878", "895", "896", "838", "811"])
    a = "".join(str(g.i(0, 9)) for _ in range(4))
    b = "".join(str(g.i(0, 9)) for _ in range(g.c([3, 4, 4])))
    st = style or g.c(["dash", "dash", "space", "plain", "intl", "intl2", "wame"])
    if st == "dash":
        return "0{}-{}-{}".format(pre, a, b)
    if st == "space":
        return "0{} {} {}".format(pre, a, b)
    if st == "plain":
        return "0{}{}{}".format(pre, a, b)
    if st == "intl":
        return "+62 {}-{}-{}".format(pre, a, b)
    if st == "intl2":
        return "62{}{}{}".format(pre, a, b)
    return "wa.me/62{}{}{}".format(pre, a, b)


def person(g, female=None):
    if female is None:
        female = g.p(0.5)
    if female:
        return g.c(["Bu", "Ibu", "Mbak", "Kak", "Bunda", "Mami", "Ci"]) + " " + g.c(FIRST_F)
    return g.c(["Pak", "Bapak", "Bang", "Mas", "Kak", "Koh", "Uda"]) + " " + g.c(FIRST_M)


def domain_of(name):
    core = re.sub(r"^(PT\.?|CV)\s+", "", name).lower()
    core = re.sub(r"[^a-z ]", "", core).split()
    return "".join(core[:2]) + random.Random(name).choice([".co.id", ".com", ".id", ".co.id"])


def jambi_place(g):
    if g.p(0.55):
        return g.c(["Kota Jambi", "Kota Jambi", "Kota Jambi ({})".format(g.c(JAMBI_AREAS)), g.c(JAMBI_AREAS) + ", Jambi"])
    reg = g.c(REGENCIES)
    return g.c(["Kab. " + reg, REG_TOWNS[reg], REG_TOWNS[reg] + ", " + reg]) if reg != "Sungai Penuh" else "Kota Sungai Penuh"


def month_year(g):
    return g.c(MONTHS[9:] + MONTHS[:3]) + " " + g.c(["2026", "2026", "2027"])


def money_idr(g, jt_lo, jt_hi=None, style=None):
    """jt values may be floats. Returns a pay string in one of many formats."""
    st = style or g.c(["jt", "juta", "rp", "rp_dot", "idr", "range_k"])
    if st == "range_k" and max(jt_lo, jt_hi or 0) >= 5:
        st = g.c(["jt", "rp_dot"])

    def one(v):
        if st == "jt":
            return ("{:g}jt".format(v)).replace(".", ",")
        if st == "juta":
            return ("{:g} juta".format(v)).replace(".", ",")
        if st in ("rp", "rp_dot"):
            return "Rp" + ("" if st == "rp" else " ") + fmt_idr(v * 1_000_000)
        if st == "idr":
            return "IDR " + "{:,}".format(int(v * 1_000_000))
        return "{}k".format(int(v * 1000))
    if jt_hi is None or jt_hi == jt_lo:
        return one(jt_lo)
    sep = g.c([" – ", "-", " s.d. ", " sampai ", " - "])
    return one(jt_lo) + sep + one(jt_hi)


def per_month(g):
    return g.c(["/bulan", " per bulan", "/bln", " sebulan", "", "/bulan"])


# ---------------------------------------------------------------------------
# Local / domestic roles
# ---------------------------------------------------------------------------
# (title, duties, requirements, pay range in juta, short)
LOCAL_ROLES = [
    ("Kasir", ["Melayani transaksi pembayaran pelanggan", "Menghitung dan menyetorkan uang kas harian", "Menjaga kerapian area kasir"],
     ["Wanita/Pria usia 18–30 tahun", "Pendidikan min. SMA/SMK", "Jujur dan teliti dalam berhitung"], (2.8, 3.8), "kasir"),
    ("Pramuniaga", ["Melayani dan membantu pelanggan", "Menata display barang", "Membantu stock opname"],
     ["Usia max 28 tahun", "Min. SMA/SMK", "Ramah dan komunikatif"], (2.6, 3.6), "pramuniaga"),
    ("Staf Admin Gudang", ["Mencatat barang masuk dan keluar", "Membuat laporan stok mingguan", "Mencocokkan surat jalan"],
     ["Min. SMA/SMK, D3 diutamakan", "Menguasai Ms. Excel", "Teliti dan rapi"], (3.5, 4.3), "admin gudang"),
    ("Sales Kanvas", ["Menawarkan produk ke toko dan warung sesuai rute", "Menagih pembayaran", "Membuat laporan penjualan harian"],
     ["Pria max 35 tahun", "Memiliki SIM C dan motor", "Menguasai wilayah Jambi dan sekitarnya"], (3.2, 4.5), "sales kanvas"),
    ("Kurir Motor", ["Mengantar paket ke pelanggan", "Melakukan pickup barang dari seller", "Update status pengiriman di aplikasi"],
     ["Memiliki motor dan SIM C aktif", "Smartphone Android", "Paham jalan di Kota Jambi"], (2.8, 4.0), "kurir"),
    ("Operator Produksi", ["Mengoperasikan mesin produksi sesuai SOP", "Melakukan pengecekan kualitas produk", "Menjaga kebersihan area kerja"],
     ["Pria/Wanita 18–30 tahun", "Min. SMP/SMA", "Bersedia bekerja shift"], (3.2, 3.9), "operator produksi"),
    ("Helper Gudang", ["Bongkar muat barang", "Menyusun barang di rak", "Membantu proses packing"],
     ["Pria 18–35 tahun", "Sehat dan kuat fisik", "Min. SMP"], (2.6, 3.6), "helper gudang"),
    ("Staf Administrasi", ["Mengelola surat-menyurat dan arsip", "Input data ke sistem", "Membantu penyusunan laporan bulanan"],
     ["Min. D3 semua jurusan", "Menguasai Ms. Office", "Usia max 30 tahun"], (3.3, 4.5), "staf admin"),
    ("Customer Service", ["Melayani pertanyaan dan keluhan pelanggan", "Mencatat data pelanggan", "Koordinasi dengan bagian terkait"],
     ["D3/S1 semua jurusan", "Komunikatif dan berpenampilan rapi", "Usia max 27 tahun"], (3.4, 4.2), "CS"),
    ("Teknisi AC", ["Instalasi dan servis AC split", "Perbaikan unit pendingin", "Membuat laporan kunjungan"],
     ["SMK Listrik/Pendingin", "Pengalaman min. 1 tahun", "Memiliki SIM C"], (3.3, 4.8), "teknisi AC"),
    ("Mekanik Motor", ["Servis berkala dan perbaikan motor", "Diagnosa kerusakan", "Menjaga peralatan bengkel"],
     ["SMK Otomotif", "Fresh graduate boleh", "Mau belajar"], (2.9, 4.2), "mekanik"),
    ("Barista", ["Menyiapkan minuman kopi dan non-kopi", "Menjaga kebersihan bar", "Melayani pelanggan"],
     ["Usia 18–28 tahun", "Pengalaman tidak wajib, ada training", "Bersedia kerja shift"], (2.7, 3.6), "barista"),
    ("Cook / Juru Masak", ["Menyiapkan menu sesuai standar resep", "Mengelola stok bahan dapur", "Menjaga kebersihan dapur"],
     ["Pengalaman min. 1 tahun di restoran", "Usia 20–40 tahun", "Sehat"], (3.2, 5.0), "cook"),
    ("Waiter / Waitress", ["Menyambut dan melayani tamu", "Mencatat pesanan", "Menata meja"],
     ["Usia 18–27 tahun", "Min. SMA/SMK", "Ramah"], (2.6, 3.5), "pelayan"),
    ("Security / Satpam", ["Menjaga keamanan area kerja", "Patroli berkala", "Mencatat tamu keluar-masuk"],
     ["Sertifikat Gada Pratama aktif", "Tinggi min. 165 cm", "Usia 21–40 tahun"], (3.4, 4.0), "satpam"),
    ("Driver Operasional", ["Mengantar barang/karyawan sesuai jadwal", "Merawat kendaraan operasional", "Mengisi log perjalanan"],
     ["SIM B1/A aktif", "Pengalaman min. 2 tahun", "Paham rute Sumatera"], (3.3, 4.5), "sopir"),
    ("Perawat", ["Memberikan asuhan keperawatan", "Membantu tindakan medis", "Mengisi rekam medis"],
     ["D3/S1 Keperawatan (Ners)", "STR aktif", "Bersedia shift malam"], (3.6, 5.2), "perawat"),
    ("Guru SD", ["Merencanakan dan melaksanakan pembelajaran", "Menilai hasil belajar siswa", "Berkomunikasi dengan wali murid"],
     ["S1 PGSD", "Mampu mengoperasikan komputer", "Sabar dan menyukai anak-anak"], (2.5, 3.5), "guru SD"),
    ("Staf Akuntansi", ["Menyusun jurnal dan laporan keuangan", "Rekonsiliasi bank", "Membantu pelaporan pajak"],
     ["S1 Akuntansi", "Menguasai Accurate/Excel", "Pengalaman 1 tahun"], (4.0, 5.5), "staf akuntansi"),
    ("Marketing Lapangan", ["Mencari dan mem-follow up calon pelanggan", "Presentasi produk", "Mencapai target bulanan"],
     ["Min. SMA/SMK", "Memiliki motor", "Suka bertemu orang"], (3.0, 4.0), "marketing"),
    ("Admin Media Sosial", ["Membuat konten Instagram/TikTok", "Membalas DM dan komentar", "Membuat laporan insight"],
     ["Min. SMA/D3", "Bisa Canva/CapCut", "Kreatif"], (3.0, 4.0), "admin sosmed"),
    ("Operator Forklift", ["Memindahkan barang dengan forklift", "Perawatan harian unit", "Menjaga keselamatan kerja"],
     ["SIO forklift aktif", "Pengalaman 1 tahun", "Pria max 35 tahun"], (3.6, 4.6), "operator forklift"),
    ("Mandor Panen Sawit", ["Mengawasi pemanen di blok", "Memastikan mutu buah", "Membuat laporan produksi harian"],
     ["Pengalaman min. 2 tahun di kebun sawit", "Min. SMA", "Siap tinggal di emplasmen"], (3.8, 5.0), "mandor panen"),
    ("Cleaning Service", ["Membersihkan area kantor/gedung", "Mengelola sampah", "Menyiapkan ruang rapat"],
     ["Usia 20–45 tahun", "Min. SMP", "Rajin"], (2.5, 3.6), "cleaning service"),
    ("Telemarketing", ["Menghubungi calon nasabah dari database", "Menjelaskan produk", "Mencatat hasil panggilan"],
     ["Min. SMA/SMK", "Suara jelas dan komunikatif", "Usia max 30 tahun"], (3.0, 3.8), "telemarketing"),
    ("Desainer Grafis", ["Membuat materi promosi cetak & digital", "Menyiapkan file untuk percetakan", "Mengelola aset visual"],
     ["D3/S1 DKV atau portofolio kuat", "Menguasai CorelDRAW/Photoshop", "Teliti"], (3.5, 5.0), "desainer grafis"),
    ("Bidan", ["Pemeriksaan ibu hamil", "Membantu persalinan normal", "Pelayanan KB dan imunisasi"],
     ["D3 Kebidanan", "STR aktif", "Bersedia tinggal di klinik"], (3.0, 4.5), "bidan"),
    ("Tukang Las", ["Pengelasan rangka baja dan pagar", "Membaca gambar kerja", "Merawat peralatan las"],
     ["Pengalaman min. 2 tahun", "Bisa las listrik & argon", "Pria 20–45 tahun"], (3.5, 5.0), "tukang las"),
]

EMPLOYER_TYPES_LOCAL = ["Toko", "Rumah Makan", "Klinik", "Kafe", "Bengkel", "Minimarket", "Distributor", "Hotel", "Sekolah"]

SENIOR_ROLES = [
    ("Senior Mining Engineer", "S1 Teknik Pertambangan, 8+ tahun di tambang batubara open pit, POP/POM aktif", (32, 45), "Sarolangun"),
    ("Dokter Spesialis Anak (Sp.A)", "STR & SIP aktif, bersedia menetap minimal 2 tahun", (45, 70), "Muara Bungo"),
    ("Dokter Spesialis Anestesi (Sp.An)", "STR aktif, bersedia on-call", (70, 110), "Kota Jambi"),
    ("Project Manager EPC", "S1 Teknik, 12+ tahun proyek migas, 5 tahun sebagai PM, PMP nilai plus", (50, 75), "Tempino, Muaro Jambi"),
    ("Plant Manager Pabrik Kelapa Sawit", "S1 Teknik, 10 tahun di PKS, 3 tahun sebagai manajer", (28, 38), "Kab. Merangin"),
    ("Chief Engineer Kapal Tunda", "Sertifikat ATT-I/II, 5 tahun sebagai Chief", (35, 50), "Muara Sabak"),
    ("HSE Manager Tambang", "S1 K3/Teknik, Ahli K3 Umum, POM, 10 tahun pengalaman", (25, 35), "Kab. Sarolangun"),
    ("Finance Controller", "S1 Akuntansi, CPA/CA, 10 tahun, pengalaman grup perkebunan", (25, 35), "Kota Jambi"),
    ("IT Solution Architect", "S1 Informatika, 8+ tahun, sertifikasi cloud", (30, 45), "Jakarta (remote dari Jambi)"),
    ("Geologist Senior Eksplorasi", "S1 Teknik Geologi, 8 tahun eksplorasi mineral, CPI/IAGI nilai plus", (25, 35), "Kab. Merangin"),
    ("Certified Offshore Welder 6G", "Sertifikat las 6G BNSP/Lloyd's aktif, BOSIET, 5 tahun pengalaman", (28, 40), "Batam (rotasi offshore)"),
    ("Dokter Spesialis Obgyn (Sp.OG)", "STR aktif, SIP dapat diurus", (70, 120), "Kab. Kerinci"),
    ("Estate Manager Perkebunan", "S1 Pertanian, 10 tahun di perkebunan, 3 tahun sebagai estate manager", (25, 35), "Kab. Tebo"),
    ("Drilling Supervisor (Onshore)", "D3/S1 Teknik Perminyakan, IWCF level 4, 10 tahun", (45, 65), "Kab. Batanghari"),
]

# ---------------------------------------------------------------------------
# Overseas (legitimate) placements
# ---------------------------------------------------------------------------
# (destination, role, pay string, employer description, sector-specific note, zero_cost)
OVERSEAS_LEGIT = [
    ("Taiwan (Taoyuan)", "Operator Produksi Pabrik Elektronik", "NT$29.500 + lembur", "pabrik elektronik", "Job order terverifikasi KDEI Taipei", False),
    ("Taiwan (Taichung)", "Operator Pabrik Logam", "NT$29.500/bulan + lembur sesuai Labour Standards Act", "pabrik komponen logam", "Job order terverifikasi KDEI Taipei", False),
    ("Taiwan", "Caregiver Panti Jompo (institusi)", "NT$29.500", "panti wreda swasta", "Kontrak 3 tahun, asuransi NHI", False),
    ("Taiwan", "Perawat Lansia (rumah tangga)", "NT$20.000 + libur diganti uang", "keluarga di Kaohsiung", "Zero cost sesuai Perban 9/2020", True),
    ("Hong Kong", "Penata Laksana Rumah Tangga", "HK$5.100 + food allowance HK$1.236", "majikan perorangan (kontrak standar Imigrasi HK)", "Libur mingguan dan hari libur umum HK", True),
    ("Singapura", "Foreign Domestic Worker", "S$600–700", "majikan terverifikasi MOM", "1 hari libur per minggu atau kompensasi", True),
    ("Singapura", "Tukang Las Galangan Kapal", "S$1.400–1.800 + lembur", "galangan kapal di Tuas", "Work Permit resmi MOM", False),
    ("Malaysia (Penang)", "Operator Pabrik Elektronik", "RM1.700 + OT", "pabrik elektronik PMA", "Asrama disediakan, paspor dipegang pekerja", False),
    ("Malaysia (Sabah)", "Pekerja Kebun Kelapa Sawit", "min. RM1.700 + insentif panen", "estate sawit", "Perumahan keluarga & klinik estate", True),
    ("Malaysia", "Pembantu Rumah Tangga (Sistem Satu Kanal)", "min. RM1.500", "majikan terdaftar sistem satu kanal", "Gaji via rekening bank", True),
    ("Jepang (Aichi)", "Caregiver (SSW Kaigo)", "¥195.000–¥215.000", "fasilitas perawatan lansia", "Wajib JFT-Basic A2/JLPT N4 + uji keterampilan", False),
    ("Jepang (Osaka)", "Operator Pengolahan Makanan (SSW)", "¥185.000–¥205.000", "pabrik pengolahan makanan", "Wajib lulus uji keterampilan SSW & JFT-Basic", False),
    ("Jepang", "Operator Manufaktur (SSW)", "¥190.000–¥220.000", "pabrik komponen otomotif", "Melalui Registered Support Organization", False),
    ("Arab Saudi (Riyadh/Jeddah)", "Housekeeper (Program SPSK)", "SAR 1.500–1.800 via rekening bank", "syarikah (perusahaan), bukan perseorangan", "Sistem Penempatan Satu Kanal, tanpa biaya bagi calon PMI", True),
    ("Arab Saudi (Dammam)", "Family Cook (Program SPSK)", "SAR 1.600–1.900", "syarikah terverifikasi", "Sistem Penempatan Satu Kanal, tanpa biaya", True),
    ("Polandia", "Welder MIG/MAG", "€1.100–1.400 + lembur", "pabrik konstruksi baja", "Izin kerja tipe A dan visa kerja nasional (D)", False),
    ("Selandia Baru", "Pekerja Pengolahan Daging", "NZ$23,50/jam", "Accredited Employer", "Accredited Employer Work Visa", False),
    ("Kuwait", "Perawat Rumah Sakit (sektor formal)", "KWD 450–550", "rumah sakit swasta", "Visa kerja diurus employer; bukan pekerja rumah tangga", False),
    ("Brunei Darussalam", "Tukang Bangunan (Konstruksi)", "BND 650–800", "kontraktor bangunan berlisensi", "Lesen pekerja asing diurus majikan", False),
    ("Uni Emirat Arab (Abu Dhabi)", "Teknisi HVAC (sektor formal)", "AED 2.800–3.500 + akomodasi", "perusahaan facility management", "Employment visa; bukan pekerjaan rumah tangga", False),
]

OFFICIAL_STEPS = [
    "Registrasi akun SIAPkerja", "Pencatatan di Disnaker/LTSA kabupaten/kota asal", "Seleksi dan wawancara oleh pemberi kerja",
    "Pemeriksaan kesehatan & psikologi di sarana kesehatan yang ditunjuk", "Penandatanganan Perjanjian Penempatan di hadapan petugas Disnaker",
    "Penandatanganan Perjanjian Kerja", "Pelatihan & uji kompetensi (sertifikat BNSP)", "Orientasi Pra Pemberangkatan (OPP/PAP) di BP3MI",
    "Penerbitan visa kerja", "Pemberangkatan dan pendataan di SISKOP2MI",
]
STEPS_SHORT = ["daftar SIAPkerja & Disnaker/LTSA", "medical di klinik yg ditunjuk", "PK ditandatangani", "OPP di BP3MI", "visa kerja resmi"]

# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

BULLETS = ["- ", "• ", "✓ ", "✅ ", "* ", "→ ", "▪ ", "N", "N)", "a"]
HDR = {
    "duties": ["Deskripsi Pekerjaan", "Tugas", "Job Description", "Tanggung Jawab", "Ringkasan Pekerjaan", "Uraian Tugas", "Jobdesk"],
    "reqs": ["Kualifikasi", "Persyaratan", "Requirements", "Syarat", "Kriteria Kandidat", "Persyaratan Umum", "Yang Kami Cari"],
    "benefits": ["Benefit", "Fasilitas", "Yang Kami Tawarkan", "Kompensasi & Benefit", "Gaji & Fasilitas", "Keuntungan"],
    "process": ["Tahapan Resmi", "Alur Rekrutmen", "Proses Seleksi", "Prosedur", "Tahapan Penempatan", "Langkah-langkah"],
    "notes": ["Informasi Tambahan", "Catatan", "Keterangan", "Penting", "Ketentuan", "Info Lain"],
    "apply": ["Cara Melamar", "Cara Daftar", "Lamaran", "How to Apply", "Pendaftaran", "Kirim Lamaran"],
}
DISCLAIMERS = [
    "Catatan: Loker ini GRATIS, tidak dipungut biaya apapun.",
    "⚠️ Info loker ini gratis. Admin tidak memungut biaya dan bukan perantara.",
    "Disclaimer: loker ini GRATIS tidak dipungut biaya. Selalu cek kebenaran info sebelum melamar.",
    "Admin hanya membagikan informasi, tidak menerima titipan lamaran.",
    "Semoga bermanfaat, jangan lupa share ke teman yang sedang cari kerja!",
    "📌 Info ini kami bagikan sesuai yang kami terima. Pastikan kamu cek langsung ke perusahaan.",
    "Hati-hati penipuan mengatasnamakan perusahaan. Kami tidak pernah meminta biaya.",
    "Baca juga: Tips Membuat CV yang Dilirik HRD.",
]


def hdr(g, name, style):
    h = g.c(HDR[name])
    if style == 0:
        return h
    if style == 1:
        return h + ":"
    if style == 2:
        return h.upper()
    if style == 3:
        return "**" + h + "**"
    if style == 4:
        return "▶ " + h
    return "— " + h + " —"


def bullets(g, items, bstyle):
    out = []
    for k, it in enumerate(items):
        if bstyle == "N":
            out.append("{}. {}".format(k + 1, it))
        elif bstyle == "N)":
            out.append("{}) {}".format(k + 1, it))
        elif bstyle == "a":
            out.append("{}. {}".format("abcdefghijklmnop"[k], it))
        else:
            out.append(bstyle + it)
    return "\n".join(out)


ABBR = [("yang", "yg"), ("dengan", "dgn"), ("untuk", "utk"), ("tidak", "tdk"), ("berangkat", "brkt"),
        ("pengalaman", "pengalaman"), ("hubungi", "hub"), ("Hubungi", "Hub."), ("sudah", "sdh"), ("tahun", "th"),
        ("bulan", "bln"), ("juta", "jt"), ("gaji", "gj"), ("Gaji", "Gj"), ("segera", "sgr"), ("dibutuhkan", "dibthkn"),
        ("Dibutuhkan", "Dibthkn"), ("minimal", "min"), ("maksimal", "max"), ("cepat", "cpt"), ("lowongan", "loker")]


def abbreviate(g, text, prob):
    for a, b in ABBR:
        if g.p(prob):
            text = re.sub(r"\b" + a + r"\b", b, text)
    return text


def typo(g, text, n=1):
    words = text.split(" ")
    for _ in range(n):
        k = g.i(0, len(words) - 1)
        w = words[k]
        if len(w) > 4 and w.isalpha():
            j = g.i(1, len(w) - 2)
            words[k] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def render_board(g, ad):
    L = []
    hs = g.i(0, 5)
    bs = g.c(BULLETS)
    title = ad["title"]
    if g.p(0.15):
        title = title.upper()
    L.append(title)
    emp, loc = ad.get("employer"), ad["location"]
    meta = []
    if emp:
        st = g.i(0, 3)
        if st == 0:
            L.append("{} · {}".format(emp, loc))
        elif st == 1:
            L.append("{} — {}".format(emp, loc))
        elif st == 2:
            L.append("Perusahaan: {}\nLokasi: {}".format(emp, loc))
        else:
            L.append(emp)
            meta.append(loc)
    else:
        meta.append("Lokasi: " + loc if g.p(0.5) else loc)
    if ad.get("jobtype") and g.p(0.6):
        meta.append(ad["jobtype"])
    pay_top = ad.get("pay") and g.p(0.5)
    if pay_top:
        meta.append(g.c(["Gaji: ", "Gaji ", "💰 ", "Salary: ", "Penghasilan: ", ""]) + ad["pay"])
    if meta:
        L.append(" · ".join(meta) if g.p(0.6) else "\n".join(meta))
    if ad.get("intro"):
        L.append("")
        L.append(ad["intro"])
    blocks = []
    if ad.get("duties"):
        blocks.append(("duties", ad["duties"]))
    if ad.get("reqs"):
        blocks.append(("reqs", ad["reqs"]))
    ben = list(ad.get("benefits") or [])
    if ad.get("pay") and not pay_top:
        ben.insert(0, g.c(["Gaji ", "Gaji pokok ", "Penghasilan ", "Upah "]) + ad["pay"])
    if ben:
        blocks.append(("benefits", ben))
    if g.p(0.3):
        g.shuffle(blocks)
    notes = list(ad.get("notes") or [])
    note_mode = g.c(["section", "section", "prose", "merge"]) if notes else None
    if note_mode == "merge" and blocks:
        k = g.i(0, len(blocks) - 1)
        blocks[k] = (blocks[k][0], list(blocks[k][1]) + notes)
        notes = []
    elif note_mode == "section":
        blocks.insert(g.i(1, len(blocks)) if blocks else 0, ("notes", notes))
        notes = []
    if ad.get("process"):
        blocks.append(("process", ad["process"]))
    for name, items in blocks:
        L.append("")
        L.append(hdr(g, name, hs))
        L.append(bullets(g, items, bs if name != "process" else g.c(["N", "→ ", "- "])))
    if notes:
        L.append("")
        L.append(" ".join(notes))
    L.append("")
    if g.p(0.6):
        L.append(hdr(g, "apply", hs))
    L.append(ad["apply"])
    if ad.get("footer") and g.p(0.8):
        L.append(ad["footer"])
    return "\n".join(L)


def render_blog(g, ad):
    site = g.c(SITES)
    emp = ad.get("employer")
    role = ad["role"]
    place = ad.get("place") or ad["location"]
    my = month_year(g)
    if emp:
        t = g.c([
            "Lowongan Kerja {emp} {place} Terbaru {my}",
            "Loker {place} {my}: {emp} Buka Lowongan {role}",
            "Dibuka! Lowongan {role} di {emp}, Cek Syaratnya",
            "Info Loker {role} {emp} – Penempatan {place}",
            "[UPDATE] Lowongan {role} {place} Hari Ini",
            "Lowongan Kerja {role} {place} {my}, Ini Cara Daftarnya",
        ])
    else:
        t = g.c([
            "Lowongan Kerja {role} {place} Terbaru {my}",
            "Loker {role} {place}: Gaji {paysum}, Ini Syaratnya",
            "Info Loker Hari Ini: {role} ({place})",
            "Dicari {role} untuk Penempatan {place} – {my}",
            "[Terbaru] Lowongan {role} di {place}",
        ])
    title = t.format(emp=emp, place=place, my=my, role=role, paysum=ad.get("paysum") or "Menarik")
    L = [title, ""]
    intro_opts = [
        "{site} – {lead}",
        "Halo sobat pencari kerja! {lead}",
        "{lead} Simak informasi lengkapnya di bawah ini.",
        "Kabar baik untuk kamu yang sedang mencari pekerjaan. {lead}",
        "{lead}",
    ]
    lead = ad.get("lead") or ("{} sedang membuka lowongan untuk posisi {}.".format(emp, role) if emp else
                             "Ada lowongan {} untuk penempatan {}.".format(role, place))
    L.append(g.c(intro_opts).format(site=site, lead=lead))
    bs = g.c(BULLETS)
    hs = g.i(0, 2)
    L.append("")
    L.append(g.c(["Posisi: ", "Posisi yang dibuka: ", "Posisi:\n", "Jabatan: "]) + ad.get("positions", role))
    if ad.get("duties") and g.p(0.6):
        L.append("")
        L.append(g.c(["Deskripsi:", "Tugas:", "Jobdesk:", "Uraian pekerjaan:"]))
        L.append(bullets(g, ad["duties"], bs))
    L.append("")
    L.append(g.c(["Persyaratan:", "Persyaratan Umum:", "Syarat:", "Kualifikasi:", "PERSYARATAN"]))
    L.append(bullets(g, ad["reqs"], bs))
    ben = list(ad.get("benefits") or [])
    if ad.get("pay"):
        ben.insert(0, g.c(["Gaji: ", "Gaji ", "Penghasilan ", "Gaji pokok "]) + ad["pay"])
    if ben:
        L.append("")
        L.append(g.c(["Gaji & Fasilitas:", "Benefit:", "Fasilitas:", "Yang didapat:"]))
        L.append(bullets(g, ben, bs))
    if ad.get("notes"):
        L.append("")
        if g.p(0.5):
            L.append(g.c(["Informasi penting:", "Ketentuan:", "Catatan dari perekrut:", "Keterangan:"]))
            L.append(bullets(g, ad["notes"], bs))
        else:
            L.append(" ".join(ad["notes"]))
    if ad.get("process"):
        L.append("")
        L.append(g.c(["Tahapan:", "Alur pendaftaran:", "Proses resmi:"]))
        L.append(bullets(g, ad["process"], g.c(["N", "- "])))
    L.append("")
    L.append(g.c(["Lamaran dikirim ke:", "Cara melamar:", "Cara daftar:", "Lamaran ditujukan ke:"]) + "\n" + ad["apply"])
    if g.p(0.6):
        L.append("")
        L.append(g.c(DISCLAIMERS))
    if g.p(0.35):
        tags = ["#lokerjambi", "#infoloker", "#lowongankerja", "#loker" + re.sub(r"[^a-z]", "", place.lower())[:14],
                "#lokerterbaru", "#kerja"]
        L.append(" ".join(g.s(tags, g.i(2, 5))))
    return "\n".join(L)


def lc(x):
    return x[0].lower() + x[1:] if len(x) > 1 and x[1].islower() else x


def render_prose(g, ad):
    emp = ad.get("employer")
    s = []
    if emp:
        s.append(g.c(["{emp} sedang mencari {role} untuk ditempatkan di {loc}.",
                      "{emp} membuka kesempatan bagi {role} (penempatan {loc}).",
                      "Dibutuhkan {role} oleh {emp}, lokasi kerja {loc}."]).format(emp=emp, role=ad["role"], loc=ad["location"]))
    else:
        s.append(g.c(["Dicari {role} untuk penempatan {loc}.", "Lowongan {role}, lokasi {loc}.",
                      "Ada posisi {role} di {loc}."]).format(role=ad["role"], loc=ad["location"]))
    if ad.get("duties"):
        s.append(g.c(["Tugas utama: ", "Pekerjaan meliputi ", "Sehari-hari kamu akan "]) +
                 "; ".join(lc(d) for d in ad["duties"][:3]) + ".")
    if ad.get("reqs"):
        s.append(g.c(["Syaratnya: ", "Kandidat: ", "Yang dicari: "]) + ", ".join(lc(r) for r in ad["reqs"]) + ".")
    if ad.get("pay"):
        s.append(g.c(["Gaji {}.", "Penghasilan {}.", "Ditawarkan {}."]).format(ad["pay"]))
    if ad.get("benefits") and g.p(0.6):
        s.append("Fasilitas: " + ", ".join(lc(b) for b in ad["benefits"]) + ".")
    s += [n if n.endswith((".", "!", "?")) else n + "." for n in ad.get("notes") or []]
    if ad.get("process"):
        s.append("Tahapannya: " + ", ".join(lc(p) for p in ad["process"]) + ".")
    body = " ".join(s)
    head = ad["title"] if g.p(0.7) else ad["title"].upper()
    paras = [head, body, ad["apply"]]
    if ad.get("footer") and g.p(0.5):
        paras.append(ad["footer"])
    return "\n\n".join(paras)


def render_classified(g, ad):
    op = g.c(["Dicari", "DICARI", "Dibutuhkan", "Dibthkn", "LOWONGAN:", "Lowongan", "Butuh", "CARI", "Perlu",
              "DIBUTUHKAN SEGERA", "Info kerja:"])
    role = ad.get("short_role") or ad["role"]
    parts = ["{} {}".format(op, role)]
    if ad.get("employer") and (ad.get("must_emp") or g.p(0.7)):
        parts.append(g.c(["di {}", "utk {}", "({})", "- {}"]).format(ad["employer"]))
    parts.append(ad.get("short_loc") or ad["location"])
    rq = ad.get("short_reqs") or ad.get("reqs", [])[:2]
    if rq:
        parts.append(", ".join(x.rstrip(".") for x in g.s(rq, g.i(1, min(3, len(rq))))))
    if ad.get("short_pay") or ad.get("pay"):
        parts.append(ad.get("short_pay") or ad["pay"])
    parts += ad.get("short_notes") or ad.get("notes") or []
    parts.append(ad.get("short_apply") or ad["apply"])
    sep = g.c([". ", ", ", ". ", " | ", ". "])
    text = sep.join(p.strip().rstrip(".") for p in parts if p) + g.c([".", "", ".", "!"])
    text = abbreviate(g, text, g.c([0.0, 0.3, 0.6]))
    if g.p(0.15):
        text = text.upper()
    if g.p(0.1):
        text = typo(g, text)
    return text


def render(g, ad, channel):
    if channel == "news_classified":
        return render_classified(g, ad)
    if channel == "loker_blog":
        return render_blog(g, ad) if g.p(0.8) else render_prose(g, ad)
    return render_board(g, ad) if g.p(0.8) else render_prose(g, ad)


# ---------------------------------------------------------------------------
# Contact / apply helpers (they decide informal_contact)
# ---------------------------------------------------------------------------

def apply_formal(g, emp, place):
    em = g.c(["hrd", "rekrutmen", "recruitment", "karir", "hr", "career"]) + "@" + domain_of(emp or "PT Karya Jambi")
    addr = "{} No. {}, {}".format(g.c(STREETS), g.i(1, 120), place)
    opt = g.i(0, 5)
    if opt == 0:
        return "Kirim CV dan surat lamaran ke {}{}".format(em, g.c(["", " (subjek: nama posisi)", ", paling lambat 2 minggu setelah iklan tayang"])), \
            "Lamaran ke " + em
    if opt == 1:
        return "Lamaran diantar langsung ke {} ({}), hari kerja pukul 08.00–15.00.".format(emp or "kantor kami", addr), \
            "Lamaran antar ke " + addr
    if opt == 2:
        return "Klik tombol \"Lamar\" di halaman ini atau kirim berkas ke {}.".format(em), "Kirim CV: " + em
    if opt == 3:
        return "Walk-in interview setiap {} pukul 09.00 di {}; bawa CV, fotokopi KTP dan ijazah.".format(
            g.c(["Senin–Rabu", "Selasa dan Kamis", "Sabtu"]), addr), "Walk-in " + addr
    if opt == 4:
        tel = "(0741) {}{}".format(g.i(2, 7), "".join(str(g.i(0, 9)) for _ in range(5)))
        return "Info: {} atau email {}. Alamat kantor: {}.".format(tel, em, addr), "Tlp {}".format(tel)
    return "Berkas dikirim ke HRD {}, {} atau {}.".format(emp or "", addr, em), "Lamaran: " + addr


def apply_wa_plus_office(g, emp, place):
    ph = phone(g)
    addr = "{} No. {}, {}".format(g.c(STREETS), g.i(1, 120), place)
    return "Info & konfirmasi via WA {} atau datang ke kantor di {}.".format(ph, addr), "Hub {} / {}".format(ph, addr)


def office_addr(g, city=None):
    return "{} No. {}, {}".format(g.c(STREETS), g.i(1, 150), city or g.c(["Kota Jambi", "Kota Jambi", "Kota Jambi", "Muara Bungo",
                                                                          "Kuala Tungkal", "Muara Bulian", "Bangko", "Sengeti"]))


def interview_venue(g):
    return g.c(["Interview tatap muka di {} pada hari Sabtu.", "Seleksi dilaksanakan di {}.", "Walk-in interview: {}, pukul 09.00–14.00.",
                "Tes dan wawancara di {}."]).format(g.c(["Hotel {} {}, Kota Jambi".format(g.c(W1), g.c(["Inn", "Residence", "Hotel"])),
                                                        "kantor perwakilan, " + office_addr(g),
                                                        "Gedung {} lt. 2, Kota Jambi".format(g.c(W1) + " " + g.c(W2)),
                                                        "ruko " + g.c(JAMBI_AREAS) + ", Kota Jambi"]))


def apply_informal(g, female_contact=None, channel_kind=None):
    kind = channel_kind or g.c(["wa", "wa", "wa", "tg", "dm", "wa_name"])
    ph = phone(g)
    if kind == "wa":
        return g.c(["Minat? WA {}", "Kirim data diri via WA {}", "Hubungi WA {} (chat only)", "Info lengkap japri {}",
                    "Daftar langsung ke nomor {}"]).format(ph), g.c(["WA {}", "Hub {}", "japri {}"]).format(ph)
    if kind == "wa_name":
        nm = person(g, female_contact)
        return "Hubungi {} di WA {}".format(nm, ph), "Hub {} {}".format(nm, ph)
    if kind == "tg":
        h = "@" + g.c(["loker", "info", "admin", "hrd", "rekrut"]) + "_" + g.c(["jambi", "kerja", "luarnegeri", "sumatera", "cepat"]) + str(g.i(1, 99))
        return "Info lengkap hanya via Telegram {}".format(h), "TG {}".format(h)
    h = "@" + g.c(["karir", "lowongan", "job", "kerja"]) + "." + g.c(["indo", "asia", "global", "jambi"]) + str(g.i(1, 99))
    return "DM Instagram {} untuk formulir".format(h), "DM IG {}".format(h)


# ---------------------------------------------------------------------------
# Scenarios. Each returns (ad, flags:set, suspicious:bool)
# ---------------------------------------------------------------------------

def base_local(g):
    role = g.c(LOCAL_ROLES)
    title, duties, reqs, (lo, hi), short = role
    place = jambi_place(g)
    if g.p(0.3):
        emp = g.c(EMPLOYER_TYPES_LOCAL) + " " + g.c(W1) + " " + g.c(W2)
    else:
        emp = company(g, None)
    lo = round(lo + g.c([0, 0.1, 0.2, -0.1]), 1)
    hi = max(hi, lo + 0.3)
    pay = None if g.p(0.2) else money_idr(g, lo, round(hi, 1) if g.p(0.6) else None) + per_month(g)
    ad = dict(title=title, role=title, short_role=short, employer=emp, location=place, place=place.split(",")[0].split(" (")[0],
              duties=g.s(duties, g.i(2, 3)), reqs=list(reqs), benefits=[], notes=[], pay=pay,
              jobtype=g.c(["Full time", "Penuh waktu", "Kontrak", "Kontrak 1 tahun", None]))
    ben_pool = ["BPJS Kesehatan & Ketenagakerjaan", "THR", "Uang makan", "Bonus target", "Lembur dibayar",
                "Mess karyawan", "Jenjang karir", "Training", "Uang transport"]
    ad["benefits"] = g.s(ben_pool, g.i(0, 3))
    if pay is None:
        ad["benefits"].insert(0, g.c(["Gaji menarik", "Gaji sesuai UMK", "Gaji UMK + insentif", "Gaji nego"]))
    return ad


def sc_local_legit(g):
    ad = base_local(g)
    flags = set()
    r = g.r.random()
    if r < 0.3:
        ad["apply"], ad["short_apply"] = apply_informal(g, channel_kind=g.c(["wa", "wa_name"]))
        flags.add("informal_contact")
    elif r < 0.45:
        ad["apply"], ad["short_apply"] = apply_wa_plus_office(g, ad["employer"], ad["place"])
    else:
        ad["apply"], ad["short_apply"] = apply_formal(g, ad["employer"], ad["place"])
    if g.p(0.15):
        n = g.c(["Kuota terbatas, pelamar cepat diproses lebih dulu.", "Lowongan ditutup Sabtu ini.",
                 "Interview hanya dibuka minggu ini.", "Posisi terbatas, segera kirim lamaran sebelum tanggal 30."])
        ad["notes"].append(n)
        flags.add("pressure")
    if g.p(0.35):
        ad["notes"].append(g.c(["Proses rekrutmen tidak dipungut biaya.", "Tidak ada biaya apapun selama seleksi.",
                                "Waspada penipuan, kami tidak pernah meminta uang.", "Gratis, tanpa calo."]))
    if g.p(0.25):
        ad["notes"].append(g.c(["Mess tersedia untuk karyawan luar kota.", "Makan siang disediakan.",
                                "Bisa langsung kerja setelah lolos interview.", "Fresh graduate dipersilakan melamar.",
                                "Gaji menarik, dibayar tiap tanggal 1.", "Diutamakan domisili dekat lokasi."]))
    if g.p(0.3) and ad["role"] in ("Kasir", "Pramuniaga", "Customer Service", "Waiter / Waitress", "Barista", "Telemarketing"):
        ad["reqs"].insert(0, g.c(["Wanita, usia max 25 tahun, berpenampilan menarik", "Wanita 18–25 th, belum menikah, good looking"]))
        flags.add("vulnerable_targeting")
    return ad, flags, False


ADMIN_FEES = [
    ("biaya administrasi, seragam dan pelatihan sebesar {}", "refundable"),
    ("deposit seragam & ID card sebesar {}", "refundable"),
    ("biaya pelatihan dan sertifikasi sebesar {}", ""),
    ("biaya tes kesehatan di klinik rekanan perusahaan sebesar {}", ""),
    ("biaya reservasi tiket & hotel untuk tes lanjutan sebesar {}", "refundable"),
    ("uang jaminan kerja sebesar {}", "refundable"),
    ("biaya pembuatan kartu karyawan dan asuransi sebesar {}", ""),
]


def sc_local_fee(g):
    ad = base_local(g)
    flags = {"upfront_fee"}
    fee = money_idr(g, g.c([0.35, 0.45, 0.75, 0.95, 1.25, 1.5, 1.75, 2.1]), style=g.c(["rp", "rp_dot", "jt", "range_k"]))
    txt, kind = g.c(ADMIN_FEES)
    who = g.c(["Kandidat yang lolos wawancara", "Peserta yang dinyatakan lulus seleksi berkas", "Calon karyawan",
               "Pelamar yang dipanggil", "Peserta terpilih"])
    note = "{} wajib menyetorkan {}".format(who, txt.format(fee))
    if kind == "refundable" and g.p(0.7):
        note += g.c([" (dikembalikan setelah 3 bulan bekerja)", " yang akan dikembalikan bersama gaji pertama",
                     " (refundable)", ", dikembalikan penuh setelah masa training"])
    note += g.c([" ke rekening panitia.", " melalui transfer ke rekening atas nama bendahara rekrutmen.", ".",
                 " sebelum jadwal training.", " ke rekening pribadi koordinator."])
    ad["notes"] = [note]
    ad["short_notes"] = [g.c(["lolos interview wajib bayar {}", "ada biaya {} (refund)", "setor dulu {} utk seragam/training"]).format(fee)]
    if g.p(0.5):
        ad["notes"].append(g.c(["Pembayaran paling lambat 2x24 jam setelah pengumuman; lewat batas waktu posisi dialihkan.",
                                "Jadwal training hanya minggu ini, kuota terbatas.",
                                "Konfirmasi pembayaran hari ini juga sebelum pukul 17.00."]))
        flags.add("pressure")
    if g.p(0.35):
        ad["apply"], ad["short_apply"] = apply_informal(g)
        flags.add("informal_contact")
    elif g.p(0.5):
        ad["apply"], ad["short_apply"] = apply_wa_plus_office(g, ad["employer"], ad["place"])
    else:
        ad["apply"], ad["short_apply"] = apply_formal(g, ad["employer"], ad["place"])
    if g.p(0.25):
        ad["pay"] = money_idr(g, g.c([7.5, 8, 9, 10]), None) + per_month(g)
        ad["reqs"] = ["Tanpa pengalaman", "Lulusan SMP/SMA boleh"] + ad["reqs"][1:]
        flags.add("high_pay")
    return ad, flags, True


SENIOR_DUTIES = {
    "Dokter": ["Memberikan pelayanan medis sesuai standar profesi", "Visite pasien rawat inap dan jaga on-call",
               "Berkoordinasi dengan komite medik", "Membina dokter umum dan perawat"],
    "Mining": ["Menyusun rencana tambang jangka pendek dan menengah", "Rekonsiliasi survei terhadap rencana",
               "Koordinasi dengan kontraktor penambangan", "Memastikan kepatuhan K3 tambang"],
    "Project": ["Memimpin pelaksanaan proyek dari kick-off hingga serah terima", "Mengendalikan biaya, jadwal, dan mutu",
                "Mengelola subkontraktor dan klien", "Melaporkan progres ke manajemen"],
    "Finance": ["Menyusun laporan keuangan konsolidasi", "Mengawasi budgeting dan cash flow", "Koordinasi audit eksternal dan pajak"],
    "IT": ["Merancang arsitektur sistem dan integrasi", "Memimpin code review dan standar keamanan", "Mendampingi tim pengembang"],
    "Plant": ["Mengelola operasi pabrik dan pencapaian OER", "Mengawasi perawatan boiler, sterilizer, dan press", "Memimpin kepala shift"],
    "Marine": ["Bertanggung jawab atas mesin kapal dan perawatannya", "Membina kru kamar mesin", "Memastikan kepatuhan sertifikasi kapal"],
    "HSE": ["Menyusun dan menjalankan program K3", "Investigasi insiden dan audit keselamatan", "Pelaporan ke Inspektur Tambang"],
    "Geo": ["Pemetaan geologi dan pengawasan pemboran", "Logging inti dan QA/QC sampel", "Menyusun model geologi"],
    "Weld": ["Pengelasan pipa karbon/stainless sesuai WPS", "Inspeksi visual hasil las", "Mematuhi izin kerja offshore"],
    "Estate": ["Mengelola produksi dan biaya estate", "Membina asisten dan mandor", "Menjalankan praktik agronomi berkelanjutan"],
    "Drill": ["Mengawasi operasi pengeboran di rig", "Memastikan well control dan keselamatan", "Koordinasi dengan company man"],
}


def senior_duties(title):
    for key, words in (("Dokter", ["Dokter"]), ("Mining", ["Mining"]), ("Project", ["Project"]), ("Finance", ["Finance"]),
                       ("IT", ["IT "]), ("Plant", ["Plant"]), ("Marine", ["Chief Engineer"]), ("HSE", ["HSE"]),
                       ("Geo", ["Geologist"]), ("Weld", ["Welder"]), ("Estate", ["Estate"]), ("Drill", ["Drilling"])):
        if any(w in title for w in words):
            return SENIOR_DUTIES[key]
    return SENIOR_DUTIES["Project"]


def sc_senior(g):
    title, req, (lo, hi), where = g.c(SENIOR_ROLES)
    emp = "PT " + g.c(W1) + " " + g.c(W2) + ("" if g.p(0.5) else " " + g.c(W3))
    if title.startswith("Dokter"):
        emp = g.c(["RS ", "RSUD ", "RS Swasta ", "Klinik Utama "]) + g.c(W1) + " " + g.c(["Medika", "Husada", "Sehat", "Bunda"])
    pay = money_idr(g, lo, hi, style=g.c(["jt", "rp", "rp_dot", "juta"])) + per_month(g)
    ad = dict(title=title, role=title, short_role=title, employer=emp, location=where, place=where.split(",")[0],
              duties=g.s(senior_duties(title), g.i(2, 3)),
              reqs=[r.strip() for r in req.split(",")], pay=pay, notes=[],
              benefits=g.s(["Rumah dinas/mess", "Tiket cuti PP", "Asuransi kesehatan keluarga", "Kendaraan operasional",
                            "Bonus tahunan", "Roster kerja 8:2", "Tunjangan site"], g.i(1, 3)),
              jobtype=g.c(["Permanen", "Kontrak 2 tahun", "PKWT 24 bulan", None]))
    ad["apply"], ad["short_apply"] = apply_formal(g, emp, "Kota Jambi")
    flags = set()
    if g.p(0.2):
        ad["notes"].append("Seleksi tidak dipungut biaya dan tidak melalui pihak ketiga.")
    return ad, flags, False


def sc_gov(g):
    kinds = [
        ("Seleksi PPPK {} Tahun Anggaran {}", "PPPK", "Pendaftaran hanya melalui portal resmi SSCASN BKN"),
        ("Penerimaan Tenaga Kontrak {} {}", "tenaga kontrak", "Berkas diantar ke kantor dinas sesuai jadwal pengumuman resmi"),
        ("Rekrutmen Tenaga Honorer Komite Sekolah – {} {}", "honorer", "Lamaran ke TU sekolah, pengumuman di papan sekolah"),
        ("Pengumuman Rekrutmen Mitra Statistik BPS – {} {}", "mitra statistik", "Pendaftaran melalui aplikasi resmi BPS"),
        ("Rekrutmen Tenaga Kesehatan BLUD RSUD – {} {}", "tenaga BLUD", "Pendaftaran via website resmi RSUD"),
    ]
    t, kind, ch = g.c(kinds)
    reg = g.c(["Pemkab " + g.c(REGENCIES[:-1]), "Pemkot Jambi", "Pemprov Jambi", "Kab. " + g.c(REGENCIES[:-1])])
    year = g.c(["2026", "2027"])
    title = t.format(reg, year)
    formasi = g.s(["Pengadministrasi Perkantoran", "Pranata Komputer", "Perawat Terampil", "Bidan", "Guru Kelas",
                   "Operator Layanan Operasional", "Penyuluh Pertanian", "Analis Kepegawaian", "Tenaga Kebersihan",
                   "Pengemudi", "Petugas Lapangan"], g.i(2, 4))
    ad = dict(title=title, role=kind + " (" + ", ".join(formasi[:2]) + ")", short_role=kind if kind.startswith("tenaga") else "tenaga " + kind, employer=None,
              location=reg, place=reg, duties=None,
              reqs=g.s(["WNI, usia 18–35 tahun", "Pendidikan sesuai formasi", "Sehat jasmani dan rohani",
                        "Tidak pernah dipidana", "Berdomisili di wilayah setempat", "Memiliki STR (tenaga kesehatan)"], g.i(3, 5)),
              pay=g.c([None, "sesuai ketentuan peraturan", "honor sesuai SK kepala daerah"]), notes=[], benefits=[],
              positions=", ".join(formasi))
    ad["notes"].append(g.c(["Seluruh tahapan seleksi TIDAK DIPUNGUT BIAYA.",
                            "Pemerintah daerah tidak pernah menunjuk calo atau pihak ketiga. Waspadai oknum yang menjanjikan kelulusan.",
                            "Seleksi gratis; laporkan pihak yang meminta imbalan."]))
    ad["apply"] = ch + "."
    ad["short_apply"] = ch
    ad["footer"] = "Sumber: pengumuman resmi " + g.c(["BKPSDM", "Dinas terkait", "instansi penyelenggara"]) + "."
    return ad, set(), False


def sc_p3mi_legit(g):
    dest, role, pay, emp_desc, note, zero = g.c(OVERSEAS_LEGIT)
    p3 = p3mi_name(g)
    lic = g.c(["SIP3MI No. {}/{}".format(g.i(1, 999), g.i(2018, 2025)), "SIP3MI terdaftar di SISKOP2MI",
               "izin SIP3MI No. B.{}/KP2MI/{}".format(g.i(100, 999), g.i(2019, 2025)), "P3MI berizin resmi (SIP3MI)"])
    place = "Kota Jambi"
    addr = "{} No. {}, Kota Jambi".format(g.c(STREETS), g.i(1, 120))
    steps = OFFICIAL_STEPS[:]
    k = g.i(5, len(steps))
    chosen = sorted(g.s(range(len(steps)), k))
    steps = [steps[i] for i in chosen]
    reqs = g.s(["Usia 21–40 tahun", "Sehat jasmani dan rohani", "Min. SMP/SMA", "Izin suami/orang tua yang diketahui kepala desa",
                "Memiliki KTP, KK, akta lahir/ijazah", "Pengalaman di bidang terkait diutamakan", "Tinggi min. 155 cm"], g.i(3, 5))
    cost = ("Zero cost: calon PMI tidak dibebani biaya penempatan sesuai Perban 9/2020." if zero else
            g.c(["Biaya mengikuti struktur biaya penempatan resmi (Perban 2/2020); rincian ditandatangani di hadapan petugas Disnaker.",
                 "Biaya kebutuhan pribadi (paspor, SKCK, MCU dalam negeri) sesuai ketentuan; tidak ada biaya di luar aturan.",
                 "Tiket dan visa ditanggung pemberi kerja; biaya pribadi sesuai Perban 2/2020."]))
    ad = dict(title="{} – {}".format(role, dest), role=role, short_role=role, employer="{} ({})".format(p3, lic),
              location=dest, place=dest.split(" (")[0], duties=None, reqs=reqs, pay=pay + per_month(g),
              benefits=[note] + g.s(["Kontrak kerja tertulis 2–3 tahun", "Asuransi sesuai negara tujuan", "Asrama/akomodasi",
                                     "Jaminan sosial BPJS Ketenagakerjaan PMI"], g.i(1, 2)),
              notes=[cost], process=steps, positions=role,
              lead="{} ({}) membuka perekrutan {} untuk {} di {}.".format(p3, lic, role, emp_desc, dest))
    ad["apply"] = g.c(["Pendaftaran melalui Disnaker/LTSA kabupaten/kota atau kantor kami: {}.",
                       "Datang ke kantor cabang {} dengan membawa KTP dan KK; cek izin kami di SISKOP2MI.",
                       "Info resmi dapat dikonfirmasi ke BP3MI Jambi. Kantor: {}."]).format(addr)
    ad["short_apply"] = "kantor {}".format(addr)
    ad["short_notes"] = [("zero cost, " if zero else "") + "proses resmi: " + ", ".join(g.s(STEPS_SHORT, 3))]
    if g.p(0.2):
        ad["notes"].append("Paspor dan dokumen tetap dipegang pekerja.")
    flags = set()
    if g.p(0.12):
        ad["notes"].append("Kuota job order tahap ini terbatas ({} orang).".format(g.i(10, 60)))
        flags.add("pressure")
    return ad, flags, False


def sc_g2g(g):
    kind = g.c(["eps", "eps", "imjapan", "germany", "japan_nurse"])
    if kind == "eps":
        sector = g.c(["Manufaktur", "Perikanan", "Perkapalan", "Pertanian & Peternakan"])
        ad = dict(title="Pendaftaran EPS-TOPIK {} Sektor {} (Program G to G Korea Selatan)".format(g.c(["2026", "2027"]), sector),
                  role="Calon PMI Korea sektor " + sector, short_role="EPS-TOPIK Korea " + sector.lower(), employer=None,
                  location="Korea Selatan", place="Korea Selatan",
                  reqs=["Usia 18–39 tahun", "Pendidikan min. SMP", "Tidak buta warna, sehat", "Tidak pernah dideportasi dari Korea"],
                  pay="sesuai upah minimum Korea (₩10.320/jam pada 2026)", benefits=[], duties=None,
                  notes=[g.c(["Pendaftaran hanya melalui laman resmi KP2MI dan akun SIAPkerja.",
                              "Skema EPS adalah G to G; tidak ada perusahaan swasta atau LPK yang dapat menyalurkan atau menjamin kelulusan."]),
                         "Biaya ujian dibayar sendiri oleh peserta melalui bank yang ditunjuk."])
        ad["apply"] = "Informasi resmi: BP3MI Jambi, Disnakertrans Provinsi Jambi, atau situs KP2MI."
    elif kind == "imjapan":
        ad = dict(title="Program Pemagangan ke Jepang (IM Japan) Angkatan {}".format(g.c(["2026", "2027"])),
                  role="Peserta magang IM Japan", short_role="peserta magang Jepang (IM Japan)", employer=None,
                  location="Jepang", place="Jepang",
                  reqs=["Pria, usia 19–26 tahun", "Min. SMA/SMK", "Tinggi min. 160 cm", "Tidak bertato/bertindik", "Belum pernah ke Jepang"],
                  pay="uang saku sekitar ¥100.000+ per bulan di tahun pertama", benefits=[], duties=None,
                  notes=["Pendaftaran GRATIS melalui jepang.magangln.id dan Disnaker kabupaten/kota.",
                         g.c(["Peserta hanya menanggung keperluan pribadi (transport ke lokasi seleksi, medical, paspor).",
                              "Hati-hati pihak yang menjanjikan kelulusan dengan imbalan uang."])])
        ad["apply"] = "Daftar di jepang.magangln.id lalu bawa berkas ke Disnaker {}.".format(g.c(["Kota Jambi", "kabupaten asal", "Provinsi Jambi"]))
    elif kind == "germany":
        ad = dict(title="Penempatan Perawat ke Jerman Program G to G (Triple Win) Batch {}".format(g.c(["VIII", "IX"])),
                  role="Perawat (G to G Jerman)", short_role="perawat G to G Jerman", employer=None,
                  location="Jerman", place="Jerman",
                  reqs=["D3/S1 Keperawatan + Ners", "STR aktif", "Usia 18–38 tahun", "Pengalaman klinis diutamakan"],
                  pay="sesuai standar tarif rumah sakit Jerman", benefits=["Kursus bahasa Jerman hingga B1/B2 difasilitasi program"], duties=None,
                  notes=["Program kerja sama KP2MI dengan Bundesagentur für Arbeit; tidak dipungut biaya penempatan dan tidak melalui agen swasta."])
        ad["apply"] = "Pendaftaran hanya melalui laman resmi KP2MI."
    else:
        ad = dict(title="Program G to G Jepang: Perawat (Kangoshi) & Careworker (Kaigofukushishi)",
                  role="Perawat/Careworker G to G Jepang", short_role="perawat/careworker G to G Jepang", employer=None,
                  location="Jepang", place="Jepang",
                  reqs=["D3/S1 Keperawatan + Ners (perawat)", "Pengalaman kerja min. 2 tahun (perawat)", "Usia maksimal 35 tahun"],
                  pay="setara tenaga kerja Jepang", benefits=["Pelatihan bahasa Jepang dibiayai program"], duties=None,
                  notes=["Pendaftaran melalui laman resmi KP2MI; tidak ada LPK atau agen yang ditunjuk."])
        ad["apply"] = "Info: KP2MI / BP3MI Jambi."
    ad["short_apply"] = ad["apply"]
    ad["footer"] = g.c(["", "Sumber: pengumuman resmi pemerintah.", "Waspada penipuan mengatasnamakan program ini."])
    return ad, set(), False


SCAM_HUB = [("Kamboja", ["Phnom Penh", "Sihanoukville", "Bavet"]), ("Myanmar", ["Myawaddy", "Shwe Kokko", "perbatasan Thailand–Myanmar"]),
            ("Laos", ["Golden Triangle SEZ, Bokeo", "Vientiane"]), ("Filipina", ["Manila", "Pasay", "Clark"])]
HUB_ROLES = ["Customer Service", "Admin Online", "Operator Komputer", "Marketing Online", "Chat Support", "Admin Media Sosial",
             "Operator Data", "Telemarketing (pasar Indonesia)", "Customer Service Game Online"]


def sc_scam_hub(g):
    country, cities = g.c(SCAM_HUB)
    city = g.c(cities)
    role = g.c(HUB_ROLES)
    flags = {"restricted_destination", "high_pay"}
    pay = g.c(["USD {:,}".format(g.c([1000, 1100, 1200, 1300, 1500])).replace(",", "."),
               "${}".format(g.c([1000, 1200, 1500])), "Rp{} juta".format(g.c([12, 15, 16, 18, 20])),
               "USD 1.000–1.500"]) + per_month(g)
    emp = None
    if g.p(0.35):
        emp = g.c(["Glory Asia Digital", "Golden Star Tech Co., Ltd", "Nexus Global Services", "Royal Mekong Group",
                   "Asia Pacific Online Ltd", "Sunrise Entertainment Co."])
    elif g.p(0.4):
        emp = company(g, "PT") + g.c([" (perwakilan Indonesia)", " – rekrutmen wilayah Sumatera", ""])
    ad = dict(title="{} – {}, {}".format(role, city, country), role=role, short_role=role.lower(), employer=emp,
              location="{}, {}".format(city, country), place=country,
              duties=g.c([["Melayani chat pelanggan dari Indonesia", "Input data ke sistem"], None,
                          ["Operasional aplikasi", "Menjalankan skrip yang disediakan"]]),
              reqs=g.s(["Usia 18–35 tahun", "Bisa mengetik", "Tidak perlu ijazah", "Tidak perlu pengalaman", "Memiliki paspor aktif",
                        "Lulusan SMP/SMA boleh"], g.i(2, 4)),
              pay=pay, benefits=g.s(["Mess gratis", "Makan 3x sehari", "Tiket pesawat ditanggung", "Bonus bulanan"], g.i(2, 3)),
              notes=[], paysum=pay)
    if ad["duties"] is None or emp is None or g.p(0.5):
        ad["notes"].append(g.c(["Detail pekerjaan dijelaskan setelah tiba di lokasi.", "Nama perusahaan diinformasikan setelah lolos interview.",
                                "Jobdesk lengkap akan dijelaskan saat training di sana."]))
        flags.add("vague_job")
    if g.p(0.55):
        ad["notes"].append(g.c(["Berangkat dengan visa turis/bebas visa; izin kerja diurus setelah tiba.",
                                "Penerbangan ke Bangkok, lalu dijemput via jalur darat ke lokasi kerja.",
                                "Cukup visa on arrival, tidak perlu visa kerja.",
                                "Transit Kuala Lumpur lalu lanjut ke lokasi, visa kunjungan saja."]))
        flags.add("visa_misuse")
    if emp is None or emp.startswith("PT") or g.p(0.4):
        if not (emp or "").startswith("PT") or g.p(0.5):
            ad["notes"].append(g.c(["Rekrutmen melalui agen perorangan.", "Proses diurus koordinator lapangan, bukan P3MI.",
                                    "Pendaftaran lewat perekrut kami di Jambi."]))
        flags.add("unlicensed_recruiter")
    if g.p(0.3):
        ad["notes"].append(interview_venue(g))
    if g.p(0.4):
        ad["notes"].append(g.c(["Berangkat minggu ini, kuota tinggal sedikit!", "Slot terakhir bulan ini.", "Jangan sebarkan info ini ke grup lain."]))
        flags.add("pressure")
    if g.p(0.5):
        ad["apply"], ad["short_apply"] = apply_informal(g)
        flags.add("informal_contact")
    elif (emp or "").startswith("PT") and g.p(0.6):
        ad["apply"] = "Kantor: {}. Email: hrd@{}".format(office_addr(g), domain_of(emp))
        ad["short_apply"] = "kantor " + office_addr(g)
    else:
        em = g.c(["hr.", "recruit.", "career."]) + re.sub(r"[^a-z]", "", (emp or "asiajobs").lower())[:12] + g.c(["@gmail.com", "@proton.me", "@outlook.com"])
        ad["apply"] = "Kirim CV dan foto halaman paspor ke {}".format(em)
        ad["short_apply"] = em
        if emp is None:
            flags.add("informal_contact")
    ad["short_notes"] = [n.rstrip(".") for n in ad["notes"]]
    return ad, flags, True


ME_COUNTRIES = [("Arab Saudi", "Riyadh", "SAR", (1700, 2200)), ("Arab Saudi", "Jeddah", "SAR", (1600, 2000)),
                ("Uni Emirat Arab", "Dubai", "AED", (1600, 2200)), ("Qatar", "Doha", "QAR", (1600, 2200)),
                ("Kuwait", "Kuwait City", "KWD", (110, 160)), ("Oman", "Muscat", "OMR", (120, 170)),
                ("Bahrain", "Manama", "BHD", (120, 160)), ("Yordania", "Amman", "JOD", (250, 320)),
                ("Mesir", "Kairo", "USD", (300, 400)), ("Turki", "Istanbul", "USD", (500, 700))]
ME_ROLES = ["Asisten Rumah Tangga", "Pembantu Rumah Tangga", "Pengasuh Anak", "Perawat Lansia (rumah tangga)", "Sopir Keluarga",
            "Juru Masak Keluarga", "Housekeeper"]


def sc_me_domestic(g):
    country, city, cur, (lo, hi) = g.c(ME_COUNTRIES[:9])
    role = g.c(ME_ROLES)
    flags = {"restricted_destination"}
    pay = "{} {}–{}".format(cur, lo, hi) if g.p(0.7) else "{} {}".format(cur, g.i(lo, hi) // 10 * 10)
    ad = dict(title="{} – {} ({})".format(role, city, country), role=role, short_role=role.lower(), employer=None,
              location="{}, {}".format(city, country), place=country, duties=None,
              reqs=g.s(["Wanita 23–45 tahun", "Sehat", "Pernah kerja di Timur Tengah diutamakan", "Bisa masak", "Min. SD"], g.i(2, 3)),
              pay=pay + per_month(g), benefits=g.s(["Makan & kamar ditanggung majikan", "Tiket ditanggung", "Kontrak 2 tahun"], g.i(1, 2)),
              notes=[])
    if role == "Sopir Keluarga":
        ad["reqs"] = ["Pria 25–45 tahun", "SIM A", "Sehat"]
    if g.p(0.7):
        ad["notes"].append(g.c(["Keberangkatan menggunakan visa {} lalu diurus izin tinggal oleh majikan.".format(g.c(["ziarah", "umrah", "kunjungan", "turis"])),
                                "Berangkat pakai visa umrah, setelah tiba langsung dijemput majikan.",
                                "Visa kunjungan keluarga, nanti di sana diubah jadi visa kerja."]))
        flags.add("visa_misuse")
    if g.p(0.75):
        ad["notes"].append(g.c(["Melalui sponsor langsung, tidak lewat PT.", "Majikan langsung (direct hire), tanpa agency resmi.",
                                "Pengurusan oleh {} (perwakilan sponsor).".format(person(g))]))
        flags.add("unlicensed_recruiter")
    else:
        ad["employer"] = p3mi_name(g) + g.c([" (terdaftar)", "", " – kantor cabang Jambi"])
    if g.p(0.45):
        ad["notes"].append(g.c(["Proses cepat 2–3 minggu tanpa ke Disnaker.", "Tidak perlu pelatihan BLK dan OPP.",
                                "Tanpa ribet, langsung terbang."]))
        flags.add("unclear_procedure")
    if g.p(0.4):
        ad["notes"].append(g.c(["Biaya medical & dokumen {} ditanggung calon, bisa potong gaji.".format(money_idr(g, g.c([2.5, 3, 3.5, 4.5]), style="jt")),
                                "Calon membayar biaya tiket & visa {} di awal.".format(money_idr(g, g.c([6, 8, 11, 12]), style="juta"))]))
        flags.add("upfront_fee")
    if g.p(0.3):
        ad["notes"].append(g.c(["Belum punya paspor? Dibuatkan sponsor, umur bisa disesuaikan.", "Paspor dipegang majikan selama kontrak.",
                                "KTP bisa dibantu bagi yang umurnya kurang."]))
        flags.add("document_fraud")
    if g.p(0.3):
        ad["notes"].append(g.c(["Kuota hanya {} orang bulan ini.".format(g.i(5, 20)), "Berangkat minggu depan.",
                                "Tidak perlu minta izin keluarga, semua diurus."]))
        flags.add("pressure")
    if g.p(0.2):
        ad["reqs"] = ["Wanita 18–28 tahun, belum menikah, berpenampilan menarik"] + [r for r in ad["reqs"] if "tahun" not in r]
        flags.add("vulnerable_targeting")
    if g.p(0.5):
        ad["apply"], ad["short_apply"] = apply_informal(g, True)
        flags.add("informal_contact")
    elif g.p(0.5):
        ad["apply"] = "Datang ke rumah perwakilan di {} (tanya {}).".format(g.c(JAMBI_AREAS + ["Sengeti", "Muara Bulian", "Kuala Tungkal"]), person(g))
        ad["short_apply"] = ad["apply"]
    else:
        ad["apply"] = "Kantor perwakilan: {} (buka Senin–Sabtu).".format(office_addr(g))
        ad["short_apply"] = "kantor " + office_addr(g)
    if len(flags) < 3:
        ad["notes"].append("Melalui sponsor perorangan.")
        flags.add("unlicensed_recruiter")
    ad["short_notes"] = [n.rstrip(".") for n in ad["notes"]]
    return ad, flags, True


def sc_korea_private(g):
    org = g.c(["LPK", "PT", "Lembaga Kursus", "Yayasan"]) + " " + g.c(["Hana", "Seoul", "Korindo", "Busan", "Hanguk", "K-Karya", "Daebak"]) + " " + g.c(W2)
    flags = {"restricted_destination", "unlicensed_recruiter"}
    fee = money_idr(g, g.c([25, 28, 30, 32, 35, 38, 42]), style=g.c(["jt", "juta", "rp_dot"]))
    sector = g.c(["pabrik", "kapal ikan", "pertanian", "konstruksi", "perakitan otomotif"])
    ad = dict(title=g.c(["Kerja ke Korea Selatan – Sektor {}", "Program Kerja Korea ({})", "Lowongan {} Korea Selatan 2027",
                         "Penempatan Korea Selatan: {}", "Kerja Korea Jalur Cepat – {}"]).format(sector.title()), role="Pekerja {} Korea".format(sector),
              short_role="kerja Korea ({})".format(sector), employer=org, location="Korea Selatan", place="Korea",
              duties=None, reqs=g.s(["Pria/Wanita 20–38 tahun", "Min. SMA", "Sehat", "Tidak bertato"], g.i(2, 3)),
              pay="₩{}".format(g.c(["2.200.000", "2.400.000", "2.500.000", "2.800.000"])) + g.c([" + lembur", "", "/bulan"]),
              benefits=[], notes=[])
    ad["notes"].append(g.c(["Tanpa perlu ujian EPS-TOPIK reguler, jalur kuota perusahaan.", "Dijamin lolos EPS melalui program kami.",
                            "Jalur magang industri (non-EPS), tidak perlu tes bahasa.", "Kuota EPS khusus untuk peserta lembaga kami."]))
    flags.add("unclear_procedure")
    if g.p(0.85):
        ad["notes"].append("Biaya {} {}.".format(g.c(["penempatan", "program", "jalur khusus", "pelatihan & penempatan"]), fee) +
                           g.c(["", " Bisa dicicil 3x.", " DP 30% saat daftar."]))
        flags.add("upfront_fee")
    if g.p(0.3):
        ad["notes"].append(g.c(["Pendaftaran gelombang ini ditutup Jumat.", "Sisa 10 kursi!"]))
        flags.add("pressure")
    if g.p(0.15):
        ad["notes"].append("Sertifikat kesehatan & bahasa bisa dibantu tanpa tes.")
        flags.add("document_fraud")
    if g.p(0.45):
        ad["apply"], ad["short_apply"] = apply_informal(g)
        flags.add("informal_contact")
    else:
        ad["apply"] = "Kantor: {} No. {}, Kota Jambi.".format(g.c(STREETS), g.i(1, 99))
        ad["short_apply"] = ad["apply"]
    ad["short_notes"] = [n.rstrip(".") for n in ad["notes"]]
    return ad, flags, True


def sc_japan_lpk(g):
    org = "LPK " + g.c(["Sakura", "Fuji", "Nippon", "Mitra Nippon", "Hikari", "Sakura Mandiri", "Yamato"]) + " " + g.c(W2)
    fee = money_idr(g, g.c([38, 42, 45, 47.5, 52, 55, 60]), style=g.c(["jt", "juta", "rp_dot"]))
    flags = {"upfront_fee", "unclear_procedure"}
    ad = dict(title="Program {} ke Jepang".format(g.c(["Magang", "Kerja", "Magang Kerja", "Tokutei Ginou"])),
              role=g.c(["Peserta magang Jepang", "Pekerja pabrik Jepang", "Caregiver Jepang"]), short_role="magang/kerja Jepang",
              employer=org, location="Jepang", place="Jepang", duties=None,
              reqs=g.s(["Usia 18–30 tahun", "Min. SMA/SMK", "Pria/Wanita", "Sehat", "Tidak bertato"], g.i(2, 4)),
              pay="¥{}".format(g.c(["150.000–180.000", "160.000–200.000", "200.000", "180.000+"])),
              benefits=g.s(["Asrama saat pelatihan", "Kelas bahasa Jepang", "Tiket ditanggung"], g.i(0, 2)), notes=[])
    ad["notes"].append(g.c(["Garansi pasti berangkat, uang kembali jika gagal.", "Tidak perlu ikut seleksi IM Japan/Disnaker.",
                            "Tanpa ujian JFT/JLPT, lewat jalur khusus.", "Pasti berangkat dalam 4 bulan."]))
    ad["notes"].append("Biaya program {}{}".format(fee, g.c([" (dana talangan tersedia).", ", DP saat pendaftaran.", ", dapat dicicil.", "."])))
    if g.p(0.35):
        ad["notes"].append(g.c(["Kuota angkatan ini tinggal 8 kursi.", "Pendaftaran tutup akhir bulan."]))
        flags.add("pressure")
    if g.p(0.2):
        ad["notes"].append("Sertifikat bahasa bisa diurus tanpa ujian.")
        flags.add("document_fraud")
    if g.p(0.35):
        ad["apply"], ad["short_apply"] = apply_informal(g)
        flags.add("informal_contact")
    else:
        ad["apply"] = "Kantor {}: {} No. {}, {}.".format(org, g.c(STREETS), g.i(1, 99), g.c(["Kota Jambi", "Muara Bungo", "Bangko", "Muara Bulian"]))
        ad["short_apply"] = ad["apply"]
    ad["short_notes"] = [n.rstrip(".") for n in ad["notes"]]
    return ad, flags, True


def sc_entertain(g):
    where = g.c([("Batam", False), ("Batam", False), ("Pekanbaru", False), ("Tanjung Pinang", False), ("Jakarta", False),
                 ("Kuala Lumpur", True), ("Johor Bahru", True), ("Dubai", True), ("Erbil", True), ("Phnom Penh", True)])
    city, abroad = where
    role = g.c(["Karyawati Cafe", "Pelayan Lounge", "Guest Relations Officer", "Host/Hostess", "Terapis Spa", "Pemandu Karaoke",
                "SPG Event", "Receptionist Karaoke", "Host Live Streaming"])
    flags = {"vulnerable_targeting"}
    age = g.c(["18–25", "18–23", "17–22", "19–26", "20–26"])
    ad = dict(title="{} – {}".format(role, city), role=role, short_role=role.lower(), employer=None, location=city, place=city,
              duties=None, reqs=["Wanita usia {} tahun".format(age)] + g.s(["Single/belum menikah", "Berpenampilan menarik",
                                                                             "Tinggi min. 158 cm", "Tidak perlu pengalaman", "Good looking"], g.i(2, 3)),
              pay=None, benefits=g.s(["Mess gratis", "Tiket ditanggung", "Bonus harian", "Tips"], g.i(1, 3)), notes=[])
    if "17" in age:
        if g.p(0.5):
            ad["notes"].append("Pelajar boleh, tidak perlu izin orang tua.")
            flags.add("pressure")
        else:
            ad["notes"].append("Usia 17 juga diterima, KTP bisa diurus.")
        flags.add("document_fraud")
    if g.p(0.8):
        ad["pay"] = (money_idr(g, g.c([7, 8, 9, 10, 12]), g.c([None, 12, 15])) + per_month(g)) if not abroad else \
            g.c(["RM4.000–6.000", "AED 4.500 + tips", "USD 2.000", "RM5.000"])
        flags.add("high_pay")
    if g.p(0.5):
        ad["notes"].append(g.c(["Tugas melayani tamu, detail dijelaskan setelah tiba.", "Kerja santai, jobdesk dijelaskan di lokasi."]))
        flags.add("vague_job")
    if abroad and g.p(0.8):
        ad["notes"].append(g.c(["Berangkat pakai visa turis, permit diurus belakangan.", "Masuk dengan visa kunjungan 30 hari.",
                                "Cukup paspor pelancong."]))
        flags.add("visa_misuse")
    if abroad:
        ad["notes"].append(g.c(["Semua diurus manajemen (agen).", "Rekrutmen oleh agensi perorangan."]))
        flags.add("unlicensed_recruiter")
    if g.p(0.45):
        ad["notes"].append(g.c(["Berangkat besok.", "Berangkat Jumat ini.", "Jangan bilang keluarga dulu, rahasia ya.", "Slot tinggal 3."]))
        flags.add("pressure")
    if g.p(0.8):
        ad["apply"], ad["short_apply"] = apply_informal(g, True)
        ad["apply"] += g.c([" (sertakan foto full body).", " + kirim foto terbaru.", "."])
        flags.add("informal_contact")
    else:
        ad["employer"] = g.c(["PT Gemilang Event Organizer", "Star Lounge & KTV", "Golden Palace Entertainment", "Royal Spa Group"])
        ad["apply"] = "Kirim foto & data diri ke email recruitment yang tertera, atau datang ke {}.".format(office_addr(g, city))
        ad["short_apply"] = "kirim foto ke email"
    ad["short_notes"] = [n.rstrip(".") for n in ad["notes"]]
    return ad, flags, True


def sc_wfh(g):
    role = g.c(["Data Entry", "Admin Online", "Reviewer Produk", "Like & Subscribe Freelance", "Ketik Dokumen", "Input Data",
                "Mystery Shopper Online", "Admin Order Marketplace"])
    flags = {"upfront_fee", "vague_job"}
    emp = g.c([None, None, "PT Digital Kerja Nusantara", "Digital Commerce Partners", "PT Maju Online Sejahtera"])
    daily = g.c([250, 300, 350, 400, 500, 700])
    pay = g.c(["Rp{}.000 per hari".format(daily), "{}rb/hari".format(daily), "Rp{} juta per bulan".format(g.c([6, 7, 8, 9]))])
    ad = dict(title="{} – Kerja dari Rumah".format(role), role=role, short_role=role.lower() + " WFH", employer=emp,
              location=g.c(["Remote (seluruh Indonesia)", "Dari rumah", "Online, bisa dari Jambi"]), place=g.c(["Jambi", "WFH", "Jambi & Sekitarnya"]),
              duties=[g.c(["Tugas sederhana sesuai panduan", "Copy-paste data", "Memberi rating produk", "Menyukai video mitra"])],
              reqs=g.s(["Punya HP Android", "Semua usia", "Tanpa pengalaman", "IRT & pelajar boleh"], g.i(2, 3)),
              pay=pay, benefits=["Dibayar harian"], notes=[])
    if daily >= 300 or "juta" in pay:
        flags.add("high_pay")
    ad["notes"].append(g.c(["Wajib bayar biaya registrasi akun {}.".format(money_idr(g, g.c([0.099, 0.15, 0.2, 0.25]), style="range_k")),
                            "Untuk membuka tugas VIP, deposit saldo awal {} (dikembalikan + komisi).".format(money_idr(g, g.c([0.1, 0.2, 0.5]), style="rp_dot")),
                            "Aktivasi akun pekerja {}.".format(money_idr(g, g.c([0.125, 0.175]), style="rp_dot")),
                            "Beli paket starter kit {} sebelum mulai.".format(money_idr(g, g.c([0.15, 0.25]), style="range_k"))]))
    if g.p(0.7):
        ad["apply"], ad["short_apply"] = apply_informal(g, channel_kind=g.c(["wa", "tg", "tg", "dm"]))
        flags.add("informal_contact")
    else:
        ad["apply"] = g.c(["Isi formulir pendaftaran di tautan bio.", "Daftar di website perusahaan. Kantor pusat: {}.".format(office_addr(g, g.c(["Jakarta Barat", "Kota Jambi", "Medan"])))])
        ad["short_apply"] = "daftar via link"
    if g.p(0.25):
        ad["notes"].append("Pendaftaran tutup malam ini!")
        flags.add("pressure")
    ad["short_notes"] = [n.rstrip(".") for n in ad["notes"]]
    return ad, flags, True


def sc_docfraud(g):
    dest, role, pay = g.c([
        ("Malaysia (Johor)", "Operator Pabrik", g.c(["RM1.800–2.500", "RM1.700 + OT"])),
        ("Malaysia (Sarawak)", "Pekerja Kilang Kayu", g.c(["RM1.900–2.500", "RM70 per hari"])),
        ("Sabah, Malaysia", "Pekerja Ladang Sawit", g.c(["RM60–80 per hari", "RM1.800–2.200"])),
        ("Malaysia (Kuala Lumpur)", "Pelayan Restoran", g.c(["RM1.200 + makan", "RM1.500"])),
        ("Brunei", "Pekerja Bangunan", g.c(["BND 25–35 per hari", "BND 700"])),
        ("Taiwan", "Operator Pabrik", "NT$29.500 + lembur"),
        ("Taiwan", "Perawat Lansia", "NT$20.000"),
        ("Hong Kong", "Pekerja Rumah Tangga", "HK$5.100"),
    ])
    flags = {"document_fraud"}
    ad = dict(title="{} – {}".format(role, dest), role=role, short_role=role.lower(), employer=None, location=dest, place=dest.split(" (")[0].split(",")[0],
              duties=None, reqs=g.s(["Pria/Wanita", "Min. SD/SMP", "Sehat", "Usia 17–45"], g.i(2, 3)),
              pay=pay, benefits=[], notes=[])
    ad["notes"].append(g.c(["Umur kurang bisa diatur di paspor.", "Belum cukup umur? Data KTP & KK bisa disesuaikan.",
                            "Paspor dan permit disimpan majikan/agen selama kontrak.", "Ijazah tidak punya bisa dibantu.",
                            "Paspor dibuatkan dengan data baru."]))
    if g.p(0.7):
        ad["notes"].append(g.c(["Tidak perlu ke Disnaker, tidak perlu pelatihan.", "Langsung berangkat lewat {} tanpa ribet.".format(g.c(["Dumai", "Batam", "Entikong", "Nunukan"])),
                                "Tidak perlu medical di sini."]))
        flags.add("unclear_procedure")
    if g.p(0.75):
        ad["notes"].append(g.c(["Diurus agen lapangan (bukan PT).", "Melalui tekong/koordinator berpengalaman.", "Lewat sponsor desa."]))
        flags.add("unlicensed_recruiter")
    else:
        ad["employer"] = p3mi_name(g)
    if g.p(0.5):
        ad["notes"].append("Biaya jalan {}, bisa potong gaji.".format(money_idr(g, g.c([4, 5, 6.5, 8]), style=g.c(["jt", "juta"]))))
        flags.add("upfront_fee")
    if g.p(0.35):
        ad["notes"].append(g.c(["Masuk pakai paspor pelancong dulu.", "Visa kunjungan, permit menyusul."]))
        flags.add("visa_misuse")
    if g.p(0.3):
        ad["notes"].append(g.c(["Kuota 20 orang, berangkat 7 hari lagi.", "Daftar hari ini juga."]))
        flags.add("pressure")
    if g.p(0.5):
        ad["apply"], ad["short_apply"] = apply_informal(g)
        flags.add("informal_contact")
    else:
        ad["apply"] = g.c(["Daftar ke koordinator di {}.".format(g.c(JAMBI_AREAS + ["Sengeti", "Muara Tebo", "Bangko"])),
                           "Pendaftaran di kantor cabang: {}.".format(office_addr(g))])
        ad["short_apply"] = ad["apply"]
    ad["short_notes"] = [n.rstrip(".") for n in ad["notes"]]
    return ad, flags, True


def sc_cruise(g):
    org = g.c(["Ocean Crew Management Indonesia", "PT Bahari Crew Internasional", "Global Cruise Staffing", "Seven Seas Crew Agency",
               None])
    flags = {"upfront_fee"}
    pay = "USD {}–{}".format(g.c(["1.800", "2.000", "2.500"]), g.c(["3.500", "4.000", "4.500"]))
    ad = dict(title="Lowongan Kapal Pesiar – {}".format(g.c(["Housekeeping, Waiter, Galley", "Cabin Steward & Laundry", "F&B dan Spa"])),
              role="Crew Kapal Pesiar", short_role="crew kapal pesiar", employer=org, location=g.c(["Kapal pesiar rute Eropa/Amerika", "Karibia", "Mediterania"]),
              place="Kapal Pesiar", duties=None, reqs=g.s(["Usia 18–35", "Bahasa Inggris pasif", "Tanpa pengalaman kapal OK", "Min. SMA/SMK"], g.i(2, 4)),
              pay=pay + per_month(g), benefits=["Tips", "Makan & kabin gratis"], notes=[])
    if "Tanpa pengalaman kapal OK" in ad["reqs"]:
        flags.add("high_pay")
    ad["notes"].append("Kandidat lolos interview membayar processing fee {} ({}).".format(
        g.c(["USD 450", "Rp9.850.000", "Rp17,5 jt", "USD 600", "Rp8 jt"]), g.c(["medical, BST, LoE", "visa C1/D & seaman book", "sertifikat & dokumen"])))
    if org is None or g.p(0.3):
        ad["notes"].append("Pembayaran melalui koordinator wilayah.")
        flags.add("unlicensed_recruiter")
    if g.p(0.5):
        ad["apply"], ad["short_apply"] = apply_informal(g)
        flags.add("informal_contact")
    else:
        ad["apply"] = "Kirim CV ke " + g.c(["crew.recruit@outlook.com", "oceancrew.id@gmail.com"]) + " atau datang ke kantor perwakilan: " + office_addr(g) + "."
        ad["short_apply"] = "email / kantor perwakilan"
    ad["short_notes"] = [n.rstrip(".") for n in ad["notes"]]
    return ad, flags, True


def sc_ferienjob(g):
    flags = {"visa_misuse", "upfront_fee"}
    country = g.c(["Jerman", "Jerman", "Belanda", "Polandia", "Finlandia"])
    ad = dict(title="Internship/Kerja Libur Semester di {} {}".format(country, g.c(["2026", "2027"])), role="Program kerja mahasiswa",
              short_role="kerja libur semester mahasiswa", employer=g.c([None, "Program Ferienjob Indonesia", "Euro Student Work"]),
              location=country, place=country, duties=None,
              reqs=["Mahasiswa aktif D3/S1 semua jurusan", g.c(["Usia 18–28", "IPK bebas", "Bahasa Inggris dasar"])],
              pay=g.c(["hingga €2.000/bulan", "€12–13/jam", "Rp{} juta selama 3 bulan".format(g.c([40, 50, 60]))]), benefits=[], notes=[])
    ad["notes"].append(g.c(["Biaya pendaftaran + LoA + agensi sekitar Rp{} juta.".format(g.c([3, 5, 8])),
                            "Tiket & akomodasi ditalangi mitra lalu dipotong gaji (±Rp30–40 juta)."]))
    ad["notes"].append(g.c(["Berangkat dengan visa pelajar/kunjungan, tidak perlu izin kerja.", "Cukup visa Schengen turis."]))
    if g.p(0.7):
        ad["notes"].append("Jenis pekerjaan (gudang/logistik/pengepakan) ditentukan setelah tiba.")
        flags.add("vague_job")
    if g.p(0.5):
        ad["notes"].append("Tidak perlu lapor Disnaker/BP3MI karena statusnya magang.")
        flags.add("unclear_procedure")
    if g.p(0.3):
        ad["notes"].append("Kuota kampus terbatas, daftar sebelum akhir bulan.")
        flags.add("pressure")
    if g.p(0.4):
        ad["apply"], ad["short_apply"] = apply_informal(g, channel_kind="dm")
        flags.add("informal_contact")
    else:
        ad["apply"] = "Daftar di sekretariat program di kampus mitra."
        ad["short_apply"] = ad["apply"]
    ad["short_notes"] = [n.rstrip(".") for n in ad["notes"]]
    return ad, flags, True


def sc_fake_recruitment(g):
    inst = g.c(["Rekrutmen Bersama BUMN", "PT Energi Nasional (Persero) – Rekrutmen Regional", "Penerimaan CPNS Jalur Khusus",
                "PT Listrik Nusantara (Persero) Rekrutmen Umum", "Penerimaan Pegawai Bank BUMN", "PPPK Jalur Afirmasi"])
    flags = {"upfront_fee"}
    ad = dict(title=inst + " " + g.c(["2026", "2027"]), role=g.c(["Staf Administrasi", "Operator Lapangan", "Teller", "Pegawai"]),
              short_role=inst.lower(), employer=None, location=g.c(["Jambi", "Sumatera", "Penempatan seluruh Indonesia"]), place="Jambi",
              duties=None, reqs=g.s(["Min. SMA/D3/S1", "Usia max 30 tahun", "Sehat"], 2), pay=None, benefits=[], notes=[])
    ad["notes"].append(g.c(["Peserta wajib reservasi tiket & hotel melalui travel rekanan panitia {} (diganti setelah diterima).".format(money_idr(g, g.c([1.85, 2.15, 2.5]), style="rp_dot")),
                            "Pasti lulus, bayar {} setelah SK terbit, DP {}.".format(money_idr(g, g.c([50, 75]), style="jt"), money_idr(g, g.c([10, 15]), style="jt")),
                            "Biaya pemberkasan {} ditransfer ke panitia.".format(money_idr(g, g.c([0.75, 1.2]), style="rp_dot"))]))
    if g.p(0.6):
        ad["notes"].append(g.c(["Konfirmasi paling lambat besok pukul 12.00.", "Yang tidak konfirmasi dianggap mengundurkan diri."]))
        flags.add("pressure")
    ad["apply"], ad["short_apply"] = apply_informal(g, channel_kind=g.c(["wa", "wa_name"]))
    if g.p(0.5):
        ad["apply"] += " / " + g.c(["rekrutmen.bumn@gmail.com", "panitia.seleksi2026@gmail.com"])
    flags.add("informal_contact")
    if "Jalur" in inst:
        ad["notes"].append("Diurus oleh orang dalam.")
        flags.add("unlicensed_recruiter")
    ad["short_notes"] = [n.rstrip(".") for n in ad["notes"]]
    return ad, flags, True


def sc_vague_overseas(g):
    flags = {"high_pay", "vague_job"}
    pay = g.c(["Rp{} juta".format(g.c([18, 20, 22, 25, 30])), "gaji 20jt", "Rp25.000.000"])
    ad = dict(title=g.c(["Dicari Staff Penempatan Luar Negeri", "Kerja Luar Negeri Gaji Besar", "Lowongan Staff Asia",
                         "Lowongan Kerja Luar Negeri Tanpa Pengalaman"]),
              role="Staff luar negeri", short_role=g.c(["staf kerja LN", "pekerja luar negeri", "karyawan utk LN"]), employer=None,
              location=g.c(["luar negeri (negara dirahasiakan)", "Asia", "luar negeri"]), place="Luar Negeri", duties=None,
              reqs=g.s(["Usia 18–40", "SMP boleh", "Tanpa pengalaman", "Yang penting mau kerja"], g.i(2, 3)),
              pay=pay + per_month(g), benefits=["Mess & makan gratis"], notes=["Kerja ringan di dalam ruangan."],
              short_loc=g.c(["negara dirahasiakan", "Asia", "penempatan LN"]))
    if g.p(0.6):
        ad["notes"].append(g.c(["Berangkat minggu depan, slot terbatas!", "Jangan sebar info ini.", "Gelombang terakhir tahun ini."]))
        flags.add("pressure")
    if g.p(0.6):
        ad["notes"].append("Diurus perekrut perorangan.")
        flags.add("unlicensed_recruiter")
    if g.p(0.3):
        ad["notes"].append("Tidak perlu ke Disnaker.")
        flags.add("unclear_procedure")
    if g.p(0.7):
        ad["apply"], ad["short_apply"] = apply_informal(g)
        flags.add("informal_contact")
    else:
        ad["employer"] = company(g, "PT")
        ad["apply"], ad["short_apply"] = apply_wa_plus_office(g, ad["employer"], "Kota Jambi")
        ad["notes"].append(interview_venue(g))
        flags.add("unlicensed_recruiter")
    ad["short_notes"] = [n.rstrip(".") for n in ad["notes"]]
    return ad, flags, True


def sc_internal_traffic(g):
    """Domestic lure: far away job, big pay, travel paid, documents held."""
    dest = g.c(["Kalimantan Timur", "Papua", "Morowali, Sulawesi", "Batam", "Bintan", "Halmahera"])
    role = g.c(["Karyawan Perkebunan", "Crew Restoran", "Helper Tambang", "Pekerja Pabrik", "Sales Lapangan", "ABK Kapal Lokal"])
    flags = {"high_pay"}
    ad = dict(title="{} – Penempatan {}".format(role, dest), role=role, short_role=role.lower(), employer=company(g) if g.p(0.5) else None,
              location=dest, place=dest.split(",")[0], duties=None, reqs=g.s(["Tanpa pengalaman", "SD/SMP boleh", "Usia 18–40"], 2),
              pay=money_idr(g, g.c([8, 9, 10, 12, 15])) + per_month(g), benefits=["Mess & makan gratis", "Tiket ditanggung"], notes=[])
    ad["notes"].append(g.c(["KTP & ijazah asli disimpan perusahaan selama kontrak.", "Buku tabungan & ATM dipegang HRD.",
                            "Tiket ditalangi, dipotong gaji 6 bulan; dokumen ditahan sampai lunas."]))
    flags.add("document_fraud")
    if ad["employer"] is None:
        ad["notes"].append("Nama perusahaan & tugas dijelaskan setelah tiba.")
        flags.add("vague_job")
    if g.p(0.5):
        ad["notes"].append(g.c(["Berangkat rombongan besok pagi.", "Kursi tersisa 4."]))
        flags.add("pressure")
    if g.p(0.6):
        ad["apply"], ad["short_apply"] = apply_informal(g)
        flags.add("informal_contact")
    else:
        ad["apply"], ad["short_apply"] = apply_wa_plus_office(g, ad["employer"], "Kota Jambi")
    ad["short_notes"] = [n.rstrip(".") for n in ad["notes"]]
    return ad, flags, True


def sc_p3mi_bad(g):
    """Looks licensed, but charges excess fees / skips steps / holds passport."""
    dest, role, pay, emp_desc, note, zero = g.c([o for o in OVERSEAS_LEGIT if "Kuwait" not in o[0] and "Arab" not in o[0]])
    p3 = p3mi_name(g)
    lic = g.c(["SIP3MI No. {}/{}".format(g.i(1, 999), g.i(2018, 2025)), "izin resmi", "terdaftar"])
    flags = set()
    ad = dict(title="{} – {}".format(role, dest), role=role, short_role=role, employer="{} ({})".format(p3, lic), location=dest,
              place=dest.split(" (")[0], duties=None, reqs=g.s(["Usia 20–40 tahun", "Sehat", "Min. SMP"], 2), pay=pay + per_month(g),
              benefits=[note] if g.p(0.5) else [], notes=[])
    bad = g.s(["fee", "skip", "passport", "doc"], g.c([1, 2, 2, 3]))
    if "fee" in bad:
        amt = money_idr(g, g.c([18, 25, 30, 35]), style=g.c(["jt", "juta", "rp_dot"]))
        ad["notes"].append(g.c(["Biaya proses {} (bisa potong gaji 8–10 bulan).".format(amt),
                                "Calon PMI membayar biaya pelatihan & penampungan {} di muka.".format(amt)]))
        flags.add("upfront_fee")
    if "skip" in bad:
        ad["notes"].append(g.c(["Tidak perlu OPP, langsung terbang.", "Proses 3 minggu tanpa BLK dan tanpa ke Disnaker.",
                                "Medical sudah disiapkan, tidak perlu ke klinik."]))
        flags.add("unclear_procedure")
    if "passport" in bad:
        ad["notes"].append("Paspor dipegang agensi di negara tujuan selama kontrak.")
        flags.add("document_fraud")
    if "doc" in bad:
        ad["notes"].append(g.c(["Umur bisa disesuaikan.", "Sertifikat kompetensi dibantu tanpa pelatihan."]))
        flags.add("document_fraud")
    if zero and "fee" not in bad and g.p(0.7):
        ad["notes"].append("Potongan gaji {} bulan untuk biaya agensi.".format(g.i(6, 10)))
        flags.add("upfront_fee")
    if g.p(0.3):
        ad["notes"].append("Kuota job ini hanya sampai akhir minggu.")
        flags.add("pressure")
    if len(flags) < 2 and "upfront_fee" not in flags:
        ad["notes"].append("Biaya administrasi {} dibayar tunai saat pendaftaran.".format(money_idr(g, g.c([3, 5, 7]), style="jt")))
        flags.add("upfront_fee")
    ad["apply"] = "Kantor cabang: {} No. {}, Kota Jambi.".format(g.c(STREETS), g.i(1, 120))
    ad["short_apply"] = ad["apply"]
    ad["short_notes"] = [n.rstrip(".") for n in ad["notes"]]
    return ad, flags, True


NEG = [(sc_local_legit, 38), (sc_senior, 12), (sc_gov, 8), (sc_p3mi_legit, 18), (sc_g2g, 6)]
POS = [(sc_local_fee, 10), (sc_scam_hub, 11), (sc_me_domestic, 10), (sc_korea_private, 7), (sc_japan_lpk, 6),
       (sc_entertain, 10), (sc_wfh, 7), (sc_docfraud, 8), (sc_cruise, 5), (sc_ferienjob, 5), (sc_fake_recruitment, 5),
       (sc_vague_overseas, 5), (sc_internal_traffic, 6), (sc_p3mi_bad, 8)]


def generate(n, pos_share):
    g = R(SEED)
    out = []
    seen = set()
    tries = 0
    while len(out) < n and tries < n * 20:
        tries += 1
        pos = g.p(pos_share)
        fn = g.w(POS if pos else NEG)
        ad, flags, sus = fn(g)
        if fn not in (sc_local_legit, sc_local_fee, sc_senior):
            ad["must_emp"] = True
        ch = g.w([("job_board", 45), ("loker_blog", 30), ("news_classified", 25)])
        text = render(g, ad, ch).strip()
        text = re.sub(r"\n{3,}", "\n\n", text)
        if text in seen:
            continue
        seen.add(text)
        out.append({"text": text, "channel": ch, "lang": "id", "suspicious": sus,
                    "red_flags": [c for c in CODES if c in flags], "origin": "generated"})
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--extract-karirhub", nargs="?", const=str(Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "karirhub"), default=None)
    a = ap.parse_args()
    if a.extract_karirhub:
        recs = extract_karirhub(a.extract_karirhub)
        with open(KARIR, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("wrote", len(recs), "karirhub records to", KARIR)
        return
    hand = [json.loads(l) for l in open(HAND, encoding="utf-8") if l.strip()]
    karir = [json.loads(l) for l in open(KARIR, encoding="utf-8") if l.strip()] if os.path.exists(KARIR) else []
    n_hand = max(int(o["id"].split("-")[1]) for o in hand)
    gen = generate(N_GENERATED, 0.57)
    texts = {o["text"] for o in hand}
    rows = list(hand)
    k = n_hand
    for o in karir:
        if o["text"] in texts:
            continue
        texts.add(o["text"])
        k += 1
        row = {"id": "brd-{:05d}".format(k)}
        row.update({kk: o[kk] for kk in ("text", "channel", "lang", "suspicious", "red_flags", "origin", "attribution")})
        rows.append(row)
    for o in gen:
        if o["text"] in texts:
            continue
        texts.add(o["text"])
        k += 1
        row = {"id": "brd-{:05d}".format(k)}
        row.update(o)
        rows.append(row)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "rows to", OUT, "(hand {}, karirhub {}, generated {})".format(len(hand), len(karir), len(gen)))


if __name__ == "__main__":
    main()
