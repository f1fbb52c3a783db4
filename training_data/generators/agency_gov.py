#!/usr/bin/env python3
"""Generator for the agency/government-notice slice of the Waspada training corpus.

Writes training_data/sources/agency_gov.jsonl = hand-written items (agency_gov.hand.jsonl)
+ deterministic generated items (origin "generated"). Idempotent: rerun rewrites the file.

Design: every advert is assembled from *sections* (recruiter, job, wage, cost, procedure,
visa, contact, ...). Each section variant carries the red-flag codes its text shows; the
final flag list is the union over the sections actually rendered. Legitimate adverts and
scams are built from the same section pools and the same renderers (letterhead, bullets,
prose, labelled fields, compact chat, Q&A, forwards), so layout carries no label signal.
Subtle positives reuse the legitimate P3MI skeleton and change a single substantive section.
"""
import json
import os
import random
import re

SEED = 20260517
N_POS = 340
N_NEG = 340

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "..", "sources")
HAND = os.path.join(SRC, "agency_gov.hand.jsonl")
OUT = os.path.join(SRC, "agency_gov.jsonl")

R = random.Random(SEED)


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


# ---------------------------------------------------------------- names, numbers, places
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
PT_A = ["Sinar", "Bahari", "Mitra", "Karya", "Duta", "Cahaya", "Bintang", "Anugerah", "Putra", "Prima",
        "Bumi", "Tunas", "Mega", "Surya", "Harapan", "Berkah", "Insan", "Citra", "Lintas", "Samudra",
        "Nusa", "Graha", "Kencana", "Permata", "Andalan", "Gemilang", "Arta", "Tirta", "Dharma", "Mulia",
        "Cipta", "Rajawali", "Pelita", "Bina", "Sumber", "Wahana", "Langit", "Bakti", "Setia", "Puri"]
PT_B = ["Jaya", "Mandiri", "Sejahtera", "Abadi", "Utama", "Sentosa", "Makmur", "Lestari", "Persada",
        "Perkasa", "Bersama", "Insani", "Sakti", "Raya", "Gemilang", "Agung", "Mulia", "Bahagia", "Selaras"]
PT_C = ["Internasional", "Indonesia", "Global", "Manpower", "Nusantara", "International", "Overseas",
        "Karya", "Utama", ""]
FIRST_F = ["Sari", "Dewi", "Yanti", "Rina", "Nurul", "Lestari", "Fitri", "Ani", "Rosmawati", "Siti", "Yusnidar",
           "Mega", "Desi", "Nur", "Wati", "Hartini", "Juliana", "Maya", "Salamah", "Mardiah", "Eva", "Linda"]
FIRST_M = ["Rudi", "Hendra", "Darmawan", "Amri", "Jefri", "Doni", "Udin", "Hasan", "Ronald", "Andre", "Fajar",
           "Yudi", "Rahmat", "Bayu", "Iwan", "Syamsul", "Taufik", "Edi", "Ilham", "Zulkifli", "Agus", "Bambang"]
LAST = ["Hartono", "Saputra", "Siregar", "Nasution", "Harahap", "Anggraini", "Rahmawati", "Lubis", "Pratama",
        "Wijaya", "Kurniawan", "Hasibuan", "Syahputra", "Sembiring", "Marpaung", "Hidayat", "Rahman"]
BANKS = ["BRI", "BCA", "Mandiri", "BNI", "BSI", "Bank Jambi", "BTN", "CIMB"]
EWALLET = ["Dana", "OVO", "GoPay", "ShopeePay"]

STREETS = ["Jl. Kapt. Pattimura", "Jl. Sumantri Brojonegoro", "Jl. Kol. Abunjani", "Jl. Prof. Dr. Sri Soedewi",
           "Jl. Gatot Subroto", "Jl. Hayam Wuruk", "Jl. Slamet Riyadi", "Jl. Orang Kayo Hitam", "Jl. Sultan Thaha",
           "Jl. Jend. Sudirman", "Jl. Lingkar Selatan", "Jl. Soekarno-Hatta", "Jl. Raden Mattaher",
           "Jl. Kol. Amir Hamzah", "Jl. Marsda Surya Dharma", "Jl. Halim Perdana Kusuma", "Jl. Hos Cokroaminoto",
           "Jl. Pangeran Diponegoro", "Jl. Adityawarman", "Jl. Kapten A. Bakaruddin", "Jl. Lingkar Barat II",
           "Jl. Husni Thamrin", "Jl. Sersan Anwar Bay", "Jl. Kol. Pol. M. Taher", "Jl. Prof. M. Yamin"]
AREAS = ["Telanaipura", "Kota Baru", "Jelutung", "Alam Barajo", "Paal Merah", "Jambi Selatan", "Jambi Timur",
         "Pasar Jambi", "Danau Sipin", "Kenali Besar", "Thehok", "Simpang III Sipin", "Sungai Putri", "Broni",
         "Talang Banjar", "Mayang Mangurai", "Rawasari", "Talang Bakung", "Paal Lima", "Kenali Asam Bawah"]
TOWNS = [("Jl. Lintas Timur", "Muara Bulian", "0743"), ("Jl. RM Thaher", "Muara Bungo", "0747"),
         ("Jl. Lintas Sumatera", "Bangko", "0746"), ("Jl. Gajah Mada", "Sengeti", "0741"),
         ("Jl. Lintas Tengah", "Muara Tebo", "0744"), ("Jl. Pelabuhan", "Kuala Tungkal", "0742"),
         ("Jl. Imam Bonjol", "Sungai Penuh", "0748"), ("Jl. Lintas Sumatera", "Sarolangun", "0745"),
         ("Jl. Sultan Iskandar Muda", "Muara Sabak", "0740"), ("Jl. Jend. Sudirman", "Pekanbaru", "0761"),
         ("Jl. Engku Putri", "Batam Centre", "0778"), ("Jl. Demang Lebar Daun", "Palembang", "0711"),
         ("Jl. Raya Condet", "Jakarta Timur", "021"), ("Jl. Gatot Subroto", "Medan", "061")]
KAB = ["Kota Jambi", "Kab. Muaro Jambi", "Kab. Batanghari", "Kab. Tebo", "Kab. Bungo", "Kab. Merangin",
       "Kab. Sarolangun", "Kab. Kerinci", "Kab. Tanjung Jabung Barat", "Kab. Tanjung Jabung Timur",
       "Kota Sungai Penuh"]


def pt_name():
    words = [pick(PT_A), pick(PT_B)]
    if chance(0.3):
        words.insert(1, pick(PT_A))
    c = pick(PT_C)
    if c in words:
        c = ""
    name = "PT " + " ".join(dict.fromkeys(words))
    return (name + " " + c).strip()


def slug(name):
    w = re.sub(r"[^a-z ]", "", name.lower().replace("pt ", "")).split()
    return "".join(x for x in w[:3])


def person(f=None):
    if f is None:
        f = chance(0.5)
    if f:
        return pick(["Bu ", "Ibu ", "Mbak ", "Kak ", "Hj. ", ""]) + pick(FIRST_F)
    return pick(["Pak ", "Bang ", "Mas ", "Bpk. ", "H. ", ""]) + pick(FIRST_M)


def fullname():
    return pick(FIRST_F + FIRST_M) + " " + pick(LAST)


def wa():
    p = pick(["0812", "0813", "0821", "0822", "0823", "0852", "0853", "0857", "0877", "0878", "0895",
              "0896", "0831", "0838", "0819", "0811", "0858", "0859"])
    a, b = digits(4), digits(4)
    f = R.randint(0, 5)
    if f == 0:
        return p + a + b
    if f == 1:
        return "+62 " + p[1:] + "-" + a + "-" + b
    if f == 2:
        return p + " " + a + " " + b
    if f == 3:
        return "wa.me/62" + p[1:] + a + b
    return p + "-" + a + "-" + b


def landline(code="0741"):
    n = str(R.randint(2, 7)) + digits(R.choice([4, 5]))
    return pick(["(%s) %s %s" % (code, n[:2], n[2:]), "%s-%s" % (code, n), "(%s) %s" % (code, n),
                 "Telp. %s %s" % (code, n)])


def address():
    if chance(0.75):
        s = "%s No. %d, %s" % (pick(STREETS), R.randint(1, 120), pick(AREAS))
        if chance(0.5):
            s += ", Kota Jambi"
        return s, "0741"
    st, town, code = pick(TOWNS)
    return "%s %s, %s" % (st, pick(["No. %d" % R.randint(1, 99), "Km %d" % R.randint(2, 12), ""]), town), code


def sip3mi():
    f = R.randint(0, 4)
    y = R.randint(2019, 2025)
    if f == 0:
        return "SIP3MI No. %d/%04d/%d" % (R.randint(1, 5), R.randint(100, 1300), y)
    if f == 1:
        return "SIP3MI No. %d/%04d/KEP/%d" % (R.randint(1, 5), R.randint(100, 1300), y)
    if f == 2:
        return "No. SIP3MI: B.%d/KEP/%d" % (R.randint(10, 999), y)
    if f == 3:
        return "Izin SIP3MI %d/%04d/%d" % (R.randint(1, 5), R.randint(100, 1300), y)
    return "SIP3MI Nomor %d/%03d/%d" % (R.randint(1, 5), R.randint(100, 999), y)


def sip2mi():
    rom = pick(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"])
    return pick(["SIP2MI No. %04d/SIP2MI/%s/2026" % (R.randint(100, 4000), rom),
                 "SIP2MI %d/%s/2026" % (R.randint(100, 4000), rom),
                 "No. SIP2MI %04d/%s/%d" % (R.randint(100, 4000), rom, R.choice([2025, 2026]))])


def money_id(jt):
    """jt = amount in juta (float). Many formats."""
    f = R.randint(0, 5)
    if f == 0:
        return ("%s" % ("%g" % jt).replace(".", ",")) + "jt"
    if f == 1:
        return ("%g" % jt).replace(".", ",") + " juta"
    if f == 2:
        return "Rp " + "{:,}".format(int(jt * 1_000_000)).replace(",", ".")
    if f == 3:
        return "Rp" + ("%g" % jt).replace(".", ",") + " jt"
    if f == 4:
        return "IDR " + "{:,}".format(int(jt * 1_000_000))
    return ("%g" % jt).replace(".", ",") + " jt"


def num(n, sep=None):
    sep = sep or pick([".", ","])
    return "{:,}".format(n).replace(",", sep)


# ---------------------------------------------------------------- sections
def S(kind, text, flags=(), req=False, label=None):
    return {"kind": kind, "text": text, "flags": list(flags), "req": req, "label": label}


# ------------------------------------------------------------ legitimate destination profiles
def wage_tw_factory():
    n = pick(["29.500", "29,500", "29500"])
    return pick(["NT$%s + lembur" % n, "gaji pokok NT$%s/bulan, lembur dibayar sesuai Labour Standards Act" % n,
                 "NT$ %s + OT (total dengan lembur rata-rata NT$33.000–36.000)" % n,
                 "gapok NT$%s + lembur" % n, "NT$%s (upah minimum 2026) + lembur" % n,
                 "NTD %s/bln + overtime" % n, "upah NT$%s, lembur 1,34×/1,67× sesuai aturan Taiwan" % n])


PROFILES = {}


def prof(key):
    def deco(fn):
        PROFILES[key] = fn
        return fn
    return deco


@prof("tw_factory")
def _p():
    emp = pick(["Hsin Tai Precision Metal Co., Ltd. (Taoyuan)", "Lien Yi Frozen Food Co., Ltd. (Taichung)",
                "Chun Yuan Plastic Industrial Co. (Changhua)", "Da Ming Metal Works Co., Ltd. (Tainan)",
                "Yung Fu Textile Co. (Changhua)", "Kuang Hui Electronics Corp. (Hsinchu)",
                "Sheng Tai Auto Parts Co. (Taoyuan)", "Formosa Bright Paper Co. (Yilan)",
                "Chia Lung Food Industry Co. (Pingtung)", "Tung Ho Steel Wire Co. (Kaohsiung)",
                "Jin Hsing Bicycle Parts Co. (Taichung)", "Wei Chuan Packaging Co. (New Taipei)"])
    job = pick(["operator produksi", "operator mesin CNC", "operator pengemasan", "pekerja pabrik makanan beku",
                "operator mesin tekstil", "operator perakitan komponen elektronik", "pekerja pengecoran logam",
                "operator mesin injeksi plastik", "pekerja gudang & forklift (SIO)"])
    return dict(country="Taiwan", emoji="🇹🇼", job=job, employer=emp, wage=wage_tw_factory(), zero=False,
                visa=pick(["visa kerja Taiwan", "resident visa (visa kerja) + ARC", "visa kerja"]),
                jo=pick(["job order terverifikasi KDEI Taipei", "JO sudah diverifikasi KDEI Taipei"]),
                req=pick(["pria 20–35 th, min. SMP, tidak buta warna", "pria/wanita 21–38 tahun, sehat, min. SMP",
                          "usia 20-35, lulus tes fisik & tes hitung", "pria usia 21–40, tinggi min. 160 cm"]),
                extra=pick(["kontrak 3 tahun, asuransi NHI & BLI", "asrama & makan (potongan sesuai kontrak)",
                            "kontrak 3 th, bisa perpanjang", "libur sesuai UU ketenagakerjaan Taiwan"]))


@prof("tw_care")
def _p():
    return dict(country="Taiwan", emoji="🇹🇼",
                job=pick(["perawat lansia (caregiver) di rumah", "pengasuh lansia rumah tangga (household caregiver)",
                          "caregiver keluarga"]),
                employer=pick(["keluarga di Taipei (merawat kakek 84 th)", "keluarga di Kaohsiung (nenek pasca stroke)",
                               "majikan keluarga di Taichung", "keluarga Lin, New Taipei City"]),
                wage=pick(["NT$20.000 + uang lembur hari libur", "NT$ 20,000–23,000/bulan", "gaji NT$21.000",
                           "NT$20.000 (min.) + kompensasi libur"]), zero=True,
                visa="visa kerja Taiwan", jo="job order diverifikasi KDEI Taipei",
                req=pick(["wanita 23–45 th, sertifikat caregiver", "wanita 21–40, sabar, bisa bahasa Mandarin dasar"]),
                extra=pick(["kamar sendiri", "libur 1 hari/minggu atau diganti uang", "kontrak 3 tahun"]))


@prof("tw_fish")
def _p():
    return dict(country="Taiwan", emoji="🚢",
                job=pick(["ABK kapal ikan migran (long line)", "awak kapal perikanan (kapal tuna)"]),
                employer=pick(["Shin Fa Fishery Co., pelabuhan Kaohsiung", "Feng Yu Marine Products Co., Donggang",
                               "Kuo Hsing Fishing Co., Keelung"]),
                wage=pick(["US$550/bulan, naik US$600 tahun kedua, dibayar via bank", "USD 550–600 ke rekening ABK",
                           "gaji US$ 580, transfer bank, bukan tunai"]), zero=True,
                visa="visa kerja + PKL ditandatangani di hadapan syahbandar",
                jo="job order terverifikasi KDEI Taipei",
                req=pick(["pria 20–40, punya BST & buku pelaut", "pria sehat, pengalaman melaut diutamakan, BST"]),
                extra=pick(["asuransi kecelakaan kerja", "kontrak 2 tahun", "BST dibantu program pemda"]))


@prof("hk_fdh")
def _p():
    w = pick(["5.100", "5,100", "5100"])
    return dict(country="Hong Kong", emoji="🇭🇰",
                job=pick(["penata laksana rumah tangga (FDH)", "PRT / domestic helper", "pengasuh anak (FDH)",
                          "perawat lansia di rumah (FDH)"]),
                employer=pick(["keluarga Chan, Sha Tin", "keluarga di Tuen Mun (4 orang)", "majikan di Kowloon Tong",
                               "keluarga Wong, Tsuen Wan", "keluarga di Tai Po (lansia 80 th)"]),
                wage=pick(["HK$%s + uang makan HK$1.236" % w, "HK$ %s/bulan + makan disediakan" % w,
                           "gaji HK$%s (minimum allowable wage) + food allowance" % w,
                           "HKD %s, libur mingguan + libur umum" % w]), zero=True,
                visa="visa kerja Hong Kong (FDH)",
                jo=pick(["job order terverifikasi KJRI Hong Kong", "JO dari agensi HK berlisensi, diverifikasi KJRI"]),
                req=pick(["wanita 21–40 th, sehat", "wanita 23–42, ex-HK/ex-SG diutamakan",
                          "wanita min. 21 th, izin suami/ortu diketahui kades"]),
                extra=pick(["kontrak 2 tahun", "kamar sendiri", "asuransi ditanggung majikan", "libur 1 hari/minggu"]))


@prof("sg_fdw")
def _p():
    return dict(country="Singapura", emoji="🇸🇬",
                job=pick(["domestic helper", "PRT", "pengasuh anak", "perawat lansia di rumah"]),
                employer=pick(["keluarga Tan, Tampines", "keluarga Lim, Ang Mo Kio", "keluarga di Bukit Timah",
                               "keluarga di Jurong West"]),
                wage=pick(["S$600/bulan", "S$ 650 + 1 hari libur/minggu", "SGD 600–650", "gaji S$620"]), zero=True,
                visa="work permit (MOM)", jo="job order diverifikasi KBRI Singapura",
                req=pick(["wanita 23–40 th", "wanita 21–38, bisa bahasa Inggris dasar"]),
                extra=pick(["levy & asuransi ditanggung majikan", "kamar sendiri", "kontrak 2 th"]))


@prof("my_plant")
def _p():
    return dict(country="Malaysia", emoji="🇲🇾",
                job=pick(["pekerja ladang kelapa sawit", "pemanen sawit (harvester)", "pekerja kebun sawit",
                          "pekerja ladang getah"]),
                employer=pick(["Ladang Bukit Lima Sdn. Bhd., Lahad Datu, Sabah", "Ladang Sungai Rajang Sdn Bhd, Sarawak",
                               "Sri Gading Estate Sdn. Bhd., Johor", "Kebun Tanjung Bahagia Sdn Bhd, Pahang",
                               "Ladang Kinabatangan Agro Sdn Bhd, Sabah"]),
                wage=pick(["RM 1.700 + insentif panen (rata-rata RM1.900–2.100)", "RM1,700/bulan + bonus hasil",
                           "gaji minimum RM 1.700, insentif tonase", "RM 1.800–2.000 tergantung hasil panen"]),
                zero=True, visa=pick(["visa kerja (VP(TE))", "permit kerja PLKS", "visa kerja/PLKS"]),
                jo="job order terverifikasi KBRI Kuala Lumpur",
                req=pick(["pria 21–45 th, sehat", "pria 20–45, pengalaman kebun diutamakan"]),
                extra=pick(["perumahan & air/listrik disediakan", "kontrak 2 tahun, SOCSO", "rumah kongsi keluarga"]))


@prof("my_factory")
def _p():
    return dict(country="Malaysia", emoji="🇲🇾",
                job=pick(["operator pengeluaran (kilang)", "operator kilang sarung tangan", "pekerja kilang elektronik",
                          "operator mesin kilang plastik", "pekerja kilang makanan"]),
                employer=pick(["Kumpulan Plastik Jaya Sdn. Bhd., Johor Bahru", "Permata Glove Industries Sdn Bhd, Klang",
                               "Syarikat Snek Emas Sdn Bhd, Selangor", "Penang Micro Assembly Sdn Bhd, Bayan Lepas",
                               "Melaka Furniture Works Sdn Bhd"]),
                wage=pick(["RM 1.700 + OT (±RM2.200–2.500)", "gaji pokok RM1,700 + overtime 1,5x",
                           "RM1.700 + elaun syif + OT"]),
                zero=False, visa=pick(["visa kerja (VP(TE))", "PLKS / visa kerja"]),
                jo="job order terverifikasi KBRI Kuala Lumpur",
                req=pick(["pria/wanita 20–35 th", "usia 18–35, min. SMP, lulus tes buta warna"]),
                extra=pick(["asrama & bas kilang disediakan", "kontrak 2 th, SOCSO", "cuti tahunan"]))


@prof("my_prt")
def _p():
    return dict(country="Malaysia", emoji="🇲🇾",
                job=pick(["pembantu rumah (PRT) melalui sistem satu kanal", "PRT (One Channel System)"]),
                employer=pick(["keluarga di Petaling Jaya", "keluarga di Shah Alam (2 anak)", "majikan keluarga di Penang"]),
                wage=pick(["RM 1.500/bulan via rekening", "RM1,500–1,700", "gaji RM 1.600 dibayar ke rekening"]),
                zero=True, visa="visa kerja", jo="job order melalui sistem OCS, diverifikasi KBRI",
                req="wanita 21–45 th", extra=pick(["1 hari libur/minggu", "kontrak 2 tahun"]))


@prof("jp_ssw")
def _p():
    fld, emp = pick([("pengolahan makanan", "Kabushiki Kaisha Sankyo Delica, Aichi"),
                     ("pertanian (sayur rumah kaca)", "Hitachi Green Farm K.K., Ibaraki"),
                     ("perawat lansia (kaigo)", "Shakai Fukushi Houjin Aoi-kai, Saitama"),
                     ("konstruksi (bekisting)", "Shinwa Kensetsu K.K., Hiroshima"),
                     ("industri manufaktur (pengecoran)", "Tokai Casting K.K., Gifu"),
                     ("perhotelan", "Lake View Resort Toya K.K., Hokkaido"),
                     ("perikanan (pengolahan hasil laut)", "Kesennuma Suisan K.K., Miyagi"),
                     ("pembersihan gedung", "Osaka Building Service K.K.")])
    y = R.choice([180, 185, 190, 195, 198, 200, 205, 210, 215, 220])
    return dict(country="Jepang", emoji="🇯🇵", job="SSW (Tokutei Ginou) bidang " + fld, employer=emp,
                wage=pick(["¥%d.000/bulan (sebelum pajak)" % y, "%d.000 yen + lembur" % y,
                           "JPY %d,000, setara pekerja Jepang" % y, "gaji ¥%d.000 + bonus" % y]), zero=False,
                visa=pick(["COE + visa SSW", "visa kerja SSW (Tokutei Ginou)"]),
                jo=pick(["kontrak kerja dari perusahaan penerima", "job order resmi perusahaan penerima"]),
                req=pick(["JLPT N4/JFT-Basic A2 + lulus ujian skill SSW", "usia 18+, sertifikat JFT-A2 atau N4, ujian keterampilan",
                          "wajib N4 & skill test sesuai bidang"]),
                extra=pick(["asrama tersedia (sewa tertulis di kontrak)", "lembur dibayar", "asuransi sosial Jepang"]))


@prof("bn_const")
def _p():
    return dict(country="Brunei Darussalam", emoji="🇧🇳",
                job=pick(["tukang bangunan/bekisting", "operator alat berat (SIO)", "tukang las konstruksi"]),
                employer=pick(["Syarikat Pembinaan Hj. Osman & Sons Sdn Bhd", "Borneo Build Sdn Bhd, Kuala Belait"]),
                wage=pick(["BND 600–900 sesuai keahlian", "BND 1.100 (operator bersertifikat)", "B$ 700 + lembur"]),
                zero=False, visa="visa kerja Brunei", jo="job order diverifikasi KBRI Bandar Seri Begawan",
                req="pria 22–45, pengalaman min. 2 th", extra="mess disediakan")


@prof("sa_spsk")
def _p():
    return dict(country="Arab Saudi (SPSK)", emoji="🇸🇦",
                job=pick(["penata laksana rumah tangga (SPSK)", "pengasuh anak (SPSK)", "juru masak keluarga (SPSK)",
                          "sopir keluarga (SPSK)", "perawat lansia (SPSK)"]),
                employer=pick(["Syarikah Al-Muhaidib Manpower Co., Riyadh", "Syarikah Mawarid Domestic Services, Jeddah",
                               "Syarikah Al-Dhiyafa Recruitment Co., Dammam", "Syarikah Makkah Support Services Co."]),
                wage=pick(["SAR 1.500 via rekening bank", "min. SAR 1,500, dibayar lewat bank", "SAR 1.500–1.800 transfer bank"]),
                zero=True, visa="visa kerja (iqama diurus syarikah)",
                jo="job order SPSK terverifikasi pemerintah",
                req=pick(["wanita 21–45 th", "usia 21–45, sehat", "pria 25–45 (sopir), SIM"]),
                extra=pick(["pemberi kerja perusahaan (syarikah), bukan perorangan",
                            "hanya di Riyadh, Jeddah, Makkah, Madinah, Dammam", "akomodasi dari syarikah"]))


@prof("sa_formal")
def _p():
    job, emp, wage = pick([("perawat rumah sakit (S1/Ners + STR)", "Al Noor Medical Company, Dammam", "SAR 5.500–7.000 + tunjangan"),
                           ("pipe fitter / rigger", "Gulf Industrial Contracting Co., Jubail", "SAR 3.200–4.000 + makan & akomodasi"),
                           ("kasir & pramuniaga supermarket", "Al Baraka Markets Co., Jeddah", "SAR 2.200 + tunjangan makan"),
                           ("teknisi listrik bersertifikat", "Eastern Power Services Co., Khobar", "SAR 3.500 + akomodasi")])
    return dict(country="Arab Saudi (sektor formal)", emoji="🇸🇦", job=job, employer=emp, wage=wage, zero=False,
                visa="visa kerja & iqama oleh pemberi kerja", jo="job order diverifikasi KBRI Riyadh/KJRI Jeddah",
                req="pengalaman min. 2 th, sertifikat keahlian", extra="kontrak 2 tahun")


@prof("pl_weld")
def _p():
    return dict(country="Polandia", emoji="🇵🇱",
                job=pick(["welder bersertifikat (3G–6G)", "welder galangan kapal (SMAW/FCAW)"]),
                employer=pick(["Baltic Hull Works Sp. z o.o., Gdańsk", "Stalmont Konstrukcje Sp. z o.o., Szczecin"]),
                wage=pick(["PLN 7.500–9.500 gross/bulan", "PLN 8,000 brutto + lembur"]), zero=False,
                visa="visa nasional tipe D (izin kerja)", jo="job order diverifikasi KBRI Warsawa",
                req="pengalaman las min. 3 th, lulus uji las", extra="akomodasi disediakan")


@prof("cruise")
def _p():
    return dict(country="Kapal Pesiar", emoji="🛳️",
                job=pick(["assistant waiter", "cabin steward", "galley steward", "laundry attendant"]),
                employer=pick(["Coral Seas Cruises Ltd.", "Blue Horizon Cruise Line"]),
                wage=pick(["USD 900–1.100 + gratuities sesuai CBA", "US$ 950 + service charge"]), zero=False,
                visa="visa C1/D ditanggung perusahaan pelayaran", jo="perjanjian kerja laut (PKL)",
                req="pengalaman hotel/restoran 1 th, BST & CCM, bahasa Inggris", extra="kontrak 8 bulan")


NEG_PROFILE_WEIGHTS = [("tw_factory", 14), ("tw_care", 5), ("tw_fish", 4), ("hk_fdh", 12), ("sg_fdw", 6),
                       ("my_plant", 10), ("my_factory", 8), ("my_prt", 4), ("jp_ssw", 11), ("bn_const", 3),
                       ("sa_spsk", 6), ("sa_formal", 3), ("pl_weld", 2), ("cruise", 3)]


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.uniform(0, tot)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


# ---------------------------------------------------------------- legit pieces
def proc_text(zero, kab=None):
    kab = kab or pick(KAB)
    steps = [pick(["daftar SIAPkerja", "registrasi akun SIAPkerja", "buat akun SIAPkerja", "daftar di SIAPkerja Kemnaker"]),
             pick(["LTSA/Disnaker", "verifikasi di LTSA %s" % kab, "pendaftaran di Disnaker/LTSA %s" % kab, "ke LTSA"]),
             pick(["seleksi", "seleksi & wawancara user", "tes & interview", "wawancara user (video call)"])]
    if zero and chance(0.7):
        steps.append(pick(["pelatihan di BLK-LN & uji kompetensi", "pelatihan & sertifikasi kompetensi", "pelatihan BLK"]))
    steps += [pick(["medical di sarana kesehatan yang ditunjuk", "medical di klinik resmi", "pemeriksaan kesehatan & psikologi",
                    "medical di klinik yang ditunjuk"]),
              pick(["perjanjian penempatan", "tanda tangan perjanjian penempatan & kontrak kerja", "PK & PP",
                    "penandatanganan kontrak kerja"]),
              pick(["OPP", "OPP di BP3MI", "orientasi pra pemberangkatan (OPP/PAP)", "OPP di BP3MI Jambi"]),
              pick(["visa kerja", "terbit visa kerja", "berangkat dengan visa kerja"])]
    # sometimes drop one middle step (legit ads are often incomplete)
    if chance(0.3):
        del steps[R.randint(2, len(steps) - 3)]
    return steps


SHORT_PROC = ["Proses resmi via SIAPkerja, LTSA & OPP", "lewat LTSA + OPP BP3MI", "prosedur resmi Disnaker/BP3MI", "SIAPkerja → LTSA → OPP",
              "daftar SIAPkerja & LTSA, ikut OPP", "via LTSA, ada OPP sblm brkt", "sesuai prosedur KP2MI (SIAPkerja, LTSA, OPP)"]


def render_steps(steps, style):
    if chance(0.35):
        return pick(SHORT_PROC)
    if style in ("bullets", "formal", "letter") and chance(0.35):
        return "\n".join("%d. %s" % (i + 1, s[0].upper() + s[1:]) for i, s in enumerate(steps))
    sep = pick([" → ", " - ", ", ", " > ", " ➡️ ", " – "])
    return sep.join(steps)


ZERO_COST = ["zero cost", "gratis", "bebas biaya penempatan", "tanpa biaya", "Tanpa biaya penempatan (zero cost sesuai Perban BP2MI 9/2020)",
             "ZERO COST – calon PMI tidak dipungut biaya apa pun",
             "Biaya penempatan Rp 0; tiket, visa, paspor dan medical ditanggung pemberi kerja/pemda",
             "gratis, tidak ada potongan gaji",
             "Bebas biaya: jabatan ini termasuk 10 jabatan yang dibebaskan biaya penempatan",
             "tidak ada biaya (pelatihan dibiayai pemda, dokumen & tiket oleh majikan)",
             "NOL RUPIAH, tidak ada potongan gaji untuk biaya penempatan",
             "zero cost, tnp potongan gaji",
             "Calon PMI tidak menanggung biaya apa pun (paspor, SKCK, medical, tiket, visa oleh pemberi kerja)"]
PERSONAL_COST = ["biaya pribadi: paspor/SKCK/medical", "bayar sendiri paspor, SKCK, MCU aja", "biaya kebutuhan pribadi saja",
                 "Biaya kebutuhan pribadi (paspor, SKCK, medical) ditanggung calon pekerja; tiket & visa kerja ditanggung pemberi kerja",
                 "CPMI hanya menanggung paspor, SKCK dan pemeriksaan kesehatan",
                 "biaya sendiri cuma paspor, SKCK, medical",
                 "Komponen biaya sesuai ketentuan KP2MI: paspor, SKCK, medical oleh CPMI; selebihnya oleh majikan",
                 "biaya kebutuhan pribadi: paspor, SKCK, medical. Tidak ada pungutan lain",
                 "Yang dibayar sendiri: paspor (tarif PNBP), SKCK, medical. Visa, tiket, jasa perusahaan ditanggung user",
                 "biaya pribadi (paspor/SKCK/MCU) oleh kandidat, lainnya oleh perusahaan pengguna"]


def legit_recruiter(pt, lic):
    return pick(["%s (%s)" % (pt, lic), "P3MI: %s, %s" % (pt, lic),
                 "%s – Perusahaan Penempatan PMI berizin (%s)" % (pt, lic), "%s | %s" % (pt, lic),
                 "%s (P3MI resmi, %s)" % (pt, lic), "%s\nP3MI berizin KP2MI · %s" % (pt.upper(), lic),
                 "Penyelenggara: %s, %s" % (pt, lic)])


def contact(kind, pt=None):
    """returns (text, informal)"""
    name = pt or pt_name()
    s = slug(name) or "rekrut"
    addr, code = address()
    if kind == "formal":
        parts = [pick(["Kantor: ", "Alamat: ", "📍 ", "Kantor cabang: ", ""]) + addr, landline(code)]
        if chance(0.5):
            parts.append(pick(["rekrut", "hrd", "info", "karier", "admin"]) + "@" + s + pick([".co.id", ".com", ".id"]))
        if chance(0.3):
            parts.append("WA " + wa())
        return pick([" | ", "\n", " · ", ", "]).join(parts), False
    if kind == "address":
        t = pick(["Kantor: ", "Alamat kantor: ", "Pendaftaran di kantor ", "Datang langsung ke ", "📍"]) + addr
        if chance(0.5):
            t += pick([" / WA ", " – WA ", ", atau hub "]) + wa()
        return t, False
    if kind == "email":
        return pick(["Kirim CV ke ", "Email: ", "Lamaran ke "]) + pick(["rekrut", "hrd", "recruitment"]) + "@" + s + ".co.id", False
    if kind == "wa":
        return pick(["Hub ", "WA ", "Info: ", "CP ", "Hubungi ", "japri ", "📲 ", "Kontak: ", "Minat hub "]) + \
            wa() + pick(["", " (%s)" % person(), " an. %s" % person(), " – %s" % person()]), True
    if kind == "wa_staff":
        return pick(["Tanya-tanya: WA ", "Koordinator lapangan: ", "PL resmi kami: ", "Staf rekrutmen: WA "]) + \
            person() + " " + wa(), True
    if kind == "tele":
        h = pick(["hrd", "rekrut", "admin", "kerja", "loker", "info"]) + "_" + pick(["asia", "luar", "global", "intl", "resmi", "cepat"]) + str(R.randint(1, 99))
        return pick(["Telegram: @", "t.me/", "chat @", "DM tele @"]) + h, True
    if kind == "ig":
        return pick(["DM IG @", "Instagram @", "follow & DM @"]) + s[:10] + pick([".id", "_official", ".karir", "job"]), True
    if kind == "inbox":
        return pick(["inbox aja", "DM ya", "komen MINAT nanti admin inbox", "PM utk info", "japri"]), True
    if kind == "gmail":
        return pick(["Email: ", "CV ke "]) + s[:12] + pick([".recruit", ".hrd", "job", ""]) + "@" + pick(["gmail.com", "yahoo.com"]) + \
            pick(["", " / WA " + wa()]), True
    raise ValueError(kind)


NEG_CONTACT = [("formal", 55), ("address", 25), ("email", 5), ("wa_staff", 10), ("wa", 5)]
POS_CONTACT = [("formal", 14), ("address", 24), ("email", 3), ("wa", 30), ("tele", 8), ("ig", 5), ("inbox", 9), ("gmail", 7)]



DOCS_NEEDED = ["Bawa: KTP, KK, ijazah terakhir, pas foto 4x6", "Berkas: fotokopi KTP, KK, akta lahir, ijazah",
               "Siapkan KTP, KK, surat izin keluarga, ijazah", "bawa KTP + KK + ijazah + foto", "Dokumen: KTP, KK, buku nikah/akta cerai (bila ada), ijazah",
               "Lampirkan CV, KTP, ijazah & sertifikat keahlian"]
SCHEDULE = ["Interview: Sabtu pukul 09.00", "Wawancara online via video call setiap Rabu", "Seleksi dimulai minggu depan",
            "Jadwal interview diinformasikan setelah berkas masuk", "Tes tertulis & wawancara hari Kamis", "Keberangkatan gelombang berikutnya: %s" % pick(MONTHS[2:9]),
            "Interview user bulan depan", "Tes fisik & wawancara di kantor, Senin–Jumat"]
INTRO = ["Kami membuka kesempatan kerja bagi putra-putri daerah", "Dengan hormat, kami informasikan lowongan terbaru", "Assalamualaikum wr. wb.",
         "Selamat pagi bapak/ibu", "Bismillah, info lowongan terbaru", "Kabar gembira bagi pencari kerja!", "Halo kak 👋",
         "Kami adalah perusahaan yang berpengalaman menempatkan tenaga kerja ke luar negeri", "Dibuka kembali pendaftaran gelombang baru",
         "Buat yang lagi cari kerja ke luar negeri, simak ya", "Mohon dibaca sampai habis 🙏",
         "Kami adalah perusahaan jasa penempatan tenaga kerja yang telah berpengalaman lebih dari 10 tahun dan telah memberangkatkan ribuan pekerja ke berbagai negara dengan aman dan terpercaya.",
         "Dalam rangka memenuhi permintaan tenaga kerja dari mitra kami di luar negeri, dengan ini kami membuka pendaftaran calon pekerja untuk keberangkatan beberapa bulan ke depan.",
         "Bagi bapak/ibu, saudara/saudari yang ingin memperbaiki ekonomi keluarga dengan bekerja di luar negeri, berikut informasi lowongan yang sedang dibuka. Silakan dibaca dengan teliti.",
         "Ingin kerja di luar negeri tapi bingung mulai dari mana? Kami siap membantu dari awal pendaftaran sampai keberangkatan, didampingi staf yang ramah dan berpengalaman."]


BENEFITS = ["asrama disediakan", "kontrak 2 tahun, bisa perpanjang", "makan 3x sehari", "asuransi kesehatan", "lembur dibayar",
            "libur mingguan", "tiket pulang setelah kontrak selesai", "mess dekat lokasi kerja", "bonus tahunan"]


TESTI = ["Sudah ratusan orang berangkat bersama kami, banyak yang sudah bisa bangun rumah dan beli kebun di kampung 🏠",
         "Testimoni: \"Alhamdulillah sudah 2 tahun kerja, bisa kirim uang tiap bulan buat anak sekolah\" – alumni dari Kerinci",
         "Keunggulan kami: staf ramah, didampingi dari awal pendaftaran sampai keberangkatan, kantor mudah dijangkau",
         "Banyak alumni kami yang sudah sukses dan pulang membawa modal usaha. Sekarang giliran Anda!",
         "Kesempatan emas untuk mengubah nasib keluarga. Jangan ragu untuk bertanya, konsultasi gratis tanpa dipungut biaya",
         "Kami melayani calon pekerja dari seluruh Provinsi Jambi: Kota Jambi, Muaro Jambi, Batanghari, Tebo, Bungo, Merangin, Sarolangun, Kerinci, Tanjab",
         "Bapak/ibu yang belum paham silakan datang bersama keluarga, kami jelaskan dengan sabar satu per satu"]


def neutral(secs, p=0.5, benefit=False):
    if chance(0.4 if benefit else 0.12):
        secs.append(S("testi", pick(TESTI)))
    if benefit and chance(0.6) and not any(x["kind"] == "extra" for x in secs):
        secs.append(S("extra", pick(BENEFITS)))
    if chance(p):
        secs.append(S("docs", pick(DOCS_NEEDED)))
    if chance(p * 0.7):
        secs.append(S("sched", pick(SCHEDULE)))
    if chance(p * 0.6):
        secs.insert(0, S("intro", pick(INTRO)))


def mild_pressure():
    return pick(["Kuota terbatas!", "kuota terbatas", "Sisa kuota %d orang" % R.randint(3, 12),
                 "Segera daftar sebelum kuota penuh", "buruan, kuota sedikit", "Kuota terbatas, siapa cepat dia dapat",
                 "Pendaftaran ditutup bila kuota terpenuhi, jangan sampai ketinggalan"])


# ---------------------------------------------------------------- scam pieces
def fake_recruiter():
    """(text, flags) for a recruiter that is not an identifiable licensed P3MI."""
    pt = pt_name()
    y = R.randint(2015, 2024)
    k = R.randint(0, 13)
    opts = [
        "%s — resmi terdaftar Kemenkumham AHU-00%s.AH.01.01.%d" % (pt, digits(5), y),
        "%s (NIB %s)" % (pt, "912" + digits(10)),
        "%s, izin usaha SIUP 503/%d/DPMPTSP/%d" % (pt, R.randint(100, 999), y),
        "%s \"Mitra Resmi Pemerintah\"" % pt,
        "%s — PT resmi & terpercaya, sudah berangkatkan ratusan orang" % pt,
        "%s (terdaftar di Dinas Perdagangan)" % pt,
        "Yayasan %s %s" % (pick(PT_A), pick(PT_B)),
        "LPK %s %s" % (pick(PT_A), pick(["Karir", "Bahasa & Karir", "Global", "Prima"])),
        "CV %s %s" % (pick(PT_A), pick(PT_B)),
        "%s (sponsor resmi)" % person(),
        "agen %s" % person(),
        "%s, PL berpengalaman sejak 2015" % person(),
        "%s (izin resmi, nomor izin dapat ditanyakan via WA)" % pt,
        "%s Overseas Recruitment (perwakilan agensi luar negeri)" % pick(PT_A),
    ]
    return opts[k], ["unlicensed_recruiter"]


def fee_piece(level):
    """level: 'high' (Taiwan/Japan/Korea/Europe), 'mid' (HK/MY/SG), 'low' (ME/small)."""
    if level == "high":
        amt = R.choice([12, 15, 17.5, 18, 20, 22, 25, 28, 30, 35, 38, 40, 45, 50, 55, 60])
    elif level == "mid":
        amt = R.choice([3.5, 4, 5, 6, 6.5, 7.5, 8, 9, 10, 12])
    else:
        amt = R.choice([0.5, 0.75, 1, 1.5, 2, 2.5, 3, 4])
    dp = max(0.5, round(amt / R.choice([3, 4, 5]) * 2) / 2)
    acct = "%s %s a.n. %s" % (pick(BANKS), digits(R.choice([10, 12, 13])), fullname())
    n = R.randint(4, 18)
    return pick([
        "Biaya proses %s dibayar di muka" % money_id(amt),
        "Biaya %s (DP %s saat daftar, sisanya sebelum terbang)" % (money_id(amt), money_id(dp)),
        "biaya %s, transfer ke rek %s" % (money_id(amt), acct),
        "Deposit administrasi %s (dikembalikan setelah 3 bulan kerja)" % money_id(amt),
        "uang booking majikan %s, bayar hari ini biar slot gak diambil org" % money_id(min(amt, 5)),
        "Biaya medical + pelatihan %s dibayar ke kantor" % money_id(amt),
        "Biaya pendaftaran & seragam %s" % money_id(R.choice([0.3, 0.5, 0.75, 1.5, 2.5])),
        "Dana talangan %s dipotong gaji %d bulan" % (money_id(amt if level != "low" else amt * 8), n),
        "biaya paket all in %s, bisa dicicil" % money_id(amt),
        "potong gaji %d bulan full untuk ganti biaya pemberangkatan" % R.randint(4, 10),
        "Uang jaminan tidak kabur %s disetor saat masuk penampungan" % money_id(R.choice([3, 5, 7, 10])),
        "DP %s ke %s %s, lunas setelah visa keluar" % (money_id(dp), pick(EWALLET + BANKS), wa().replace("wa.me/62", "0")),
        "biaya urus dokumen & tiket %s" % money_id(amt),
        "tanda jadi %s, sisanya potong gaji" % money_id(dp),
    ]), ["upfront_fee"]


SKIP_PROC = ["tanpa OPP, tidak perlu bolak-balik ke Disnaker", "proses 2 minggu langsung terbang", "tanpa ribet, tanpa pelatihan BLK",
             "urusan LTSA/BP3MI kami yang beresin, calon tidak perlu datang", "langsung berangkat tanpa antre",
             "medical di klinik kenalan, pasti lolos", "gak perlu daftar SIAPkerja", "tanpa tes, tanpa kursus",
             "tidak perlu kontrak ribet, perjanjian di sana saja", "proses kilat 10 hari", "tdk usah lewat Disnaker, sy yg urus",
             "tidak perlu rekomendasi Disnaker untuk paspor", "tanpa medical, tanpa pelatihan", "brkt cpt tnp prosedur ribet",
             "sertifikat pelatihan bisa diurus tanpa ikut kelas", "gak usah OPP, langsung ke bandara"]

STRONG_PRESSURE = ["berangkat minggu ini!", "hari ini terakhir daftar", "kuota tinggal %d org" % 3, "Sisa %d kursi, buruan!",
                   "kloter terakhir bulan ini", "besok sudah ditutup", "jangan sebar ke grup lain ya", "gak usah bilang keluarga dulu",
                   "yg serius aja, slot cepat habis", "keberangkatan lusa", "PROMO hanya minggu ini", "BUTUH HARI INI",
                   "jangan bilang-bilang ke perangkat desa dulu", "daftar sekarang sebelum penuh, besok harga naik"]


def strong_pressure():
    t = pick(STRONG_PRESSURE)
    if "%d" in t:
        t = t % R.randint(2, 6)
    return t, ["pressure"]


DOC_FRAUD = ["paspor dipegang agensi selama kontrak", "paspor disimpan majikan biar gak kabur",
             "umur kurang bisa disesuaikan di dokumen", "usia 16–17 th juga bisa, data umur kami bantu",
             "KTP/akte bisa dibantu kalau belum cukup umur", "belum punya paspor? kami uruskan tanpa rekomendasi Disnaker",
             "surat izin suami/ortu bisa kami buatkan", "paspor dititipkan ke kantor sampai kontrak selesai",
             "nama & umur di paspor bisa diatur", "lulusan SMP umur 15 tahun diterima"]

VISA_BY = {
    "me": ["berangkat pakai visa umroh", "visa ziarah/kunjungan, iqama diurus majikan di sana", "visa turis, nanti sponsor ganti ke visa kerja",
           "lewat Malaysia dulu baru ke Timur Tengah pakai visa kunjungan", "ikut rombongan umroh, setelah itu langsung kerja"],
    "eu": ["pakai visa turis Schengen dulu, izin kerja diurus setelah tiba", "berangkat e-visa turis", "visa kunjungan, kerja sambil urus izin tinggal",
           "visa turis + \"surat sponsor\"", "masuk sebagai turis lewat Belanda"],
    "hub": ["visa on arrival", "masuk bebas visa 30 hari ke Thailand lalu jalur darat", "terbang ke Bangkok, dijemput ke perbatasan",
            "visa bisnis on arrival", "visa turis, dikonversi perusahaan", "terbang ke Bangkok → Mae Sot, dijemput tim"],
    "jp": ["visa kunjungan 90 hari dulu, nanti diubah jadi visa kerja", "visa turis 15 hari lalu disambung kerja",
           "visa \"kunjungan budaya\" diurus manajemen", "short-term stay dulu, status diganti di sana"],
    "my": ["masuk pakai paspor biasa (pas lawatan), permit nyusul", "lewat Dumai/Tanjung Pinang naik kapal, permit diurus bos",
           "pakai visa turis 30 hari, permit kerja diproses setelah tiba", "masuk jalur pelabuhan kecil, aman"],
    "kr": ["visa turis K-ETA dulu, nanti kerja di pabrik", "visa magang, langsung kerja di pabrik", "visa pelajar D-4, kerja full time"],
    "tw": ["visa pelajar (kuliah sambil kerja full time)", "visa kunjungan keluarga, kerja di pabrik kenalan"],
}


def visa_piece(region):
    return pick(VISA_BY[region]), ["visa_misuse"]
VISA_BY["hk"] = ["berangkat visa turis dulu, cari majikan di Hong Kong", "masuk sebagai turis via Macau, kontrak diurus di sana"]
VISA_BY["sg"] = ["masuk bebas visa 30 hari, work permit diurus setelah tiba", "pakai paspor biasa naik ferry dari Batam, permit nyusul"]
REGION = {"Taiwan": "tw", "Hong Kong": "hk", "Singapura": "sg", "Malaysia": "my", "Jepang": "jp", "Brunei Darussalam": "my",
          "Polandia": "eu", "Kapal Pesiar": "eu", "Arab Saudi (SPSK)": "me", "Arab Saudi (sektor formal)": "me"}
FEE_LEVEL = {"Taiwan": "high", "Jepang": "high", "Polandia": "high", "Kapal Pesiar": "high", "Hong Kong": "mid",
             "Singapura": "mid", "Malaysia": "mid", "Brunei Darussalam": "mid", "Arab Saudi (SPSK)": "low",
             "Arab Saudi (sektor formal)": "mid"}


# ---------------------------------------------------------------- builders: legitimate agency skeleton
def neg_agency(pressure_p=0.12, contact_weights=None):
    key = wpick(NEG_PROFILE_WEIGHTS)
    p = PROFILES[key]()
    pt, lic = pt_name(), sip3mi()
    jo = p["jo"]
    if chance(0.6):
        jo = pick([jo + "; " + sip2mi(), sip2mi(), jo])
    cost = pick(ZERO_COST) if p["zero"] else pick(PERSONAL_COST)
    secs = [S("recruiter", legit_recruiter(pt, lic), req=True),
            S("dest", p["country"], req=chance(0.5)),
            S("job", p["job"], req=True),
            S("employer", p["employer"], req=chance(0.6)),
            S("wage", p["wage"], req=True),
            S("extra", p["extra"]),
            S("req", p["req"]),
            S("jo", jo),
            S("cost", cost, req=chance(0.5)),
            S("visa", p["visa"]),
            S("proc", proc_text(p["zero"]), req=chance(0.35))]
    if chance(pressure_p):
        secs.append(S("pressure", mild_pressure(), ["pressure"]))
    neutral(secs, 0.4)
    ck = wpick(contact_weights or NEG_CONTACT)
    ct, inf = contact(ck, pt)
    secs.append(S("contact", ct, ["informal_contact"] if inf else [], req=True))
    return dict(secs=secs, country=p["country"], emoji=p["emoji"], job=p["job"], pt=pt, profile=key, zero=p["zero"])


ME_PLACES = [("Riyadh", "SAR", (1500, 2000)), ("Jeddah", "SAR", (1500, 2000)), ("Dammam", "SAR", (1500, 1900)),
             ("Makkah", "SAR", (1500, 2000)), ("Dubai", "AED", (1400, 2000)), ("Abu Dhabi", "AED", (1300, 1900)),
             ("Doha, Qatar", "QAR", (1400, 1800)), ("Kuwait", "KWD", (110, 150)), ("Muscat, Oman", "OMR", (140, 180)),
             ("Bahrain", "BHD", (130, 170)), ("Amman, Yordania", "USD", (350, 450)), ("Kairo, Mesir", "USD", (300, 400))]
ME_JOBS = ["pembantu rumah tangga", "ART", "babysitter", "pengasuh anak", "sopir pribadi keluarga", "pengasuh lansia di rumah",
           "TKW rumah tangga", "housemaid", "juru masak keluarga", "asisten rumah tangga"]


def me_wage(cur, lo_hi, high=False):
    lo, hi = lo_hi
    if high:
        lo, hi = int(lo * 1.8), int(hi * 2)
    v = R.randrange(lo, hi + 1, 10 if lo >= 1000 else 5)
    return pick(["%s %s" % (cur, num(v)), "gaji %s %s bersih" % (num(v), {"SAR": "real", "AED": "dirham", "QAR": "riyal",
                 "KWD": "dinar", "OMR": "rial", "BHD": "dinar", "USD": "dolar"}[cur]), "%s %s/bulan" % (num(v), cur)])


def subtle_positive():
    """Legitimate-looking P3MI skeleton with one (rarely two) substantive problems."""
    d = neg_agency(pressure_p=0.1)
    secs = d["secs"]
    muts = ["fee", "visa", "me", "doc", "express", "korea", "hub"]
    mw = [26, 16, 14, 16, 12, 8, 8]
    m = R.choices(muts, mw)[0]
    idx = {s["kind"]: i for i, s in enumerate(secs)}
    country = d["country"]
    if m == "fee":
        lvl = "mid" if d["zero"] else FEE_LEVEL.get(country, "high")
        t, f = fee_piece(lvl if lvl != "low" else "mid")
        secs[idx["cost"]] = S("cost", t, f, req=True)
    elif m == "visa":
        t, f = visa_piece(REGION.get(country, "my"))
        secs[idx["visa"]] = S("visa", t, f, req=True)
        pr = secs[idx["proc"]]
        pr["text"] = [x for x in pr["text"] if "visa" not in x]
    elif m == "me":
        place, cur, rng = pick(ME_PLACES)
        job = pick(ME_JOBS)
        d["country"], d["emoji"], d["job"] = place, pick(["🇸🇦", "🇦🇪", "🇶🇦", "🇰🇼", "🕋", ""]), job
        secs[idx["dest"]] = S("dest", place, req=True)
        secs[idx["job"]] = S("job", job, ["restricted_destination"], req=True)
        secs[idx["employer"]] = S("employer", pick(["majikan perorangan (keluarga)", "keluarga %s" % pick(["Al-Harbi", "Al-Qahtani", "Al-Mansouri", "Al-Shammari"]),
                                                    "rumah keluarga besar, majikan langsung"]), req=chance(0.5))
        secs[idx["wage"]] = S("wage", me_wage(cur, rng), req=True)
        secs[idx["cost"]] = S("cost", pick(["tanpa biaya bagi calon", "tiket & visa kerja ditanggung majikan", "gratis biaya"]), req=True)
        secs[idx["visa"]] = S("visa", pick(["visa kerja diurus majikan", "visa kerja"]))
        secs[idx["jo"]] = S("jo", pick(["job order dari agensi mitra", "permintaan langsung majikan"]))
        secs[idx["extra"]] = S("extra", pick(["kontrak 2 tahun", "makan & tidur ditanggung majikan"]))
        secs[idx["req"]] = S("req", pick(["wanita 21–45 th", "usia 22–40, sehat"]))
    elif m == "doc":
        secs.insert(R.randint(3, len(secs) - 1), S("doc", pick(DOC_FRAUD), ["document_fraud"], req=True))
    elif m == "express":
        lvl = FEE_LEVEL.get(country, "mid")
        amt = money_id(R.choice([3, 5, 7.5, 10]) if lvl != "high" else R.choice([10, 15, 20]))
        secs[idx["proc"]] = S("proc", pick(["PROGRAM EKSPRES: bayar %s, tidak perlu menunggu OPP & verifikasi LTSA" % amt,
                                            "Jalur cepat %s: tanpa antre LTSA, tanpa OPP, terbang 10 hari" % amt,
                                            "bayar %s biaya percepatan, pelatihan BLK & OPP tidak perlu diikuti" % amt]),
                                  ["upfront_fee", "unclear_procedure"], req=True)
    elif m == "korea":
        d["country"], d["emoji"] = "Korea Selatan", "🇰🇷"
        job = pick(["pekerja pabrik (E-9)", "operator manufaktur (visa E-9)", "pekerja kapal/perikanan Korea (E-9)"])
        d["job"] = job
        secs[idx["dest"]] = S("dest", "Korea Selatan", req=True)
        secs[idx["job"]] = S("job", job, ["restricted_destination"], req=True)
        secs[idx["employer"]] = S("employer", pick(["perusahaan mitra kami di Ansan", "Hwaseong Metal Co., Gyeonggi", "pabrik mitra di Gimhae"]))
        secs[idx["wage"]] = S("wage", pick(["₩2.100.000 + lembur", "gaji ₩2,2 juta", "KRW 2.096.270/bulan"]), req=True)
        secs[idx["visa"]] = S("visa", "visa kerja E-9")
        secs[idx["jo"]] = S("jo", pick(["kuota perusahaan kami sendiri", "job matching oleh perusahaan kami"]))
        secs[idx["extra"]] = S("extra", pick(["asrama", "kontrak 3 tahun"]))
        secs[idx["req"]] = S("req", pick(["usia 18–39, min. SMP", "pria 20–35"]))
        if chance(0.6):
            t, f = fee_piece("high")
            secs[idx["cost"]] = S("cost", t, f, req=True)
        else:
            secs[idx["cost"]] = S("cost", pick(PERSONAL_COST))
    elif m == "hub":
        loc = pick(["Phnom Penh, Kamboja", "Sihanoukville, Kamboja", "Myawaddy, Myanmar", "Bavet, Kamboja", "Vientiane, Laos"])
        job = pick(["customer service (pasar Indonesia)", "staf admin & data entry", "marketing online", "operator media sosial"])
        d["country"], d["emoji"], d["job"] = loc, ("🇰🇭" if "Kamboja" in loc else "🇲🇲" if "Myanmar" in loc else "🇱🇦"), job
        secs[idx["dest"]] = S("dest", loc, req=True)
        secs[idx["job"]] = S("job", job, ["restricted_destination", "vague_job"], req=True)
        secs[idx["employer"]] = S("employer", pick(["perusahaan teknologi mitra", "kantor regional Asia Tenggara"]))
        usd = R.choice([900, 1000, 1100, 1200, 1300, 1500])
        secs[idx["wage"]] = S("wage", pick(["USD %s" % num(usd), "US$ %s + bonus" % num(usd), "%s dolar/bln" % num(usd)]), ["high_pay"], req=True)
        secs[idx["visa"]] = S("visa", pick(["visa kerja diurus perusahaan", "visa diurus kantor"]))
        secs[idx["jo"]] = S("jo", pick(["kontrak 1 tahun", "perjanjian kerja ditandatangani online"]))
        secs[idx["extra"]] = S("extra", pick(["akomodasi & makan", "mess + makan 3x"]))
        secs[idx["req"]] = S("req", pick(["usia 20–35, bisa komputer", "min. SMA, mengetik cepat"]))
        secs[idx["cost"]] = S("cost", pick(["tiket ditanggung perusahaan", "tanpa biaya"]))
    if chance(0.15):
        # occasional second problem
        t, f = strong_pressure()
        secs.insert(len(secs) - 1, S("pressure", t, f, req=True))
    d["label"] = True
    return d


def high_wage(country):
    if country == "Taiwan":
        return pick(["NT$%s" % num(R.choice([45000, 48000, 50000, 55000, 60000])), "gaji %s/bulan" % money_id(R.choice([30, 32, 35, 40]))])
    if country == "Hong Kong":
        return "HK$%s" % num(R.choice([9000, 10000, 11000, 12000]))
    if country in ("Malaysia", "Brunei Darussalam"):
        return pick(["RM %s" % num(R.choice([3500, 4000, 4500, 5000, 6000])), "gaji %s" % money_id(R.choice([15, 18, 20]))])
    if country == "Singapura":
        return "S$%s" % num(R.choice([1200, 1500, 1800]))
    if country == "Jepang":
        return pick(["¥%s" % num(R.choice([320000, 350000, 400000, 450000])), "%s yen" % num(R.choice([350000, 400000]))])
    if country == "Korea Selatan":
        return pick(["₩%s" % num(R.choice([3800000, 4000000, 4500000])), "gaji %s" % money_id(R.choice([45, 50, 55]))])
    return pick(["gaji %s/bulan" % money_id(R.choice([35, 40, 45, 50, 60, 70])), "€%s" % num(R.choice([3200, 3500, 4000, 4500]))])


def real_wage(country):
    if country == "Korea Selatan":
        return pick(["₩2.100.000 + lembur", "gaji 2,2jt won", "₩2.5 juta/bln", "KRW 2.300.000"])
    if country == "Eropa":
        return pick(["€1.200–1.600", "gaji 1.400 euro", "EUR 1,300–1,800", "%s/bln" % money_id(R.choice([20, 22, 25]))])
    key = {"Taiwan": "tw_factory", "Hong Kong": "hk_fdh", "Malaysia": "my_factory", "Singapura": "sg_fdw",
           "Jepang": "jp_ssw", "Brunei Darussalam": "bn_const"}[country]
    return PROFILES[key]()["wage"]


def recruiter_for_pos(p_licensed=0.0):
    if chance(p_licensed):
        return S("recruiter", legit_recruiter(pt_name(), sip3mi()), req=True)
    t, f = fake_recruiter()
    return S("recruiter", t, f, req=True)


POS_EMPLOYER = ["pabrik mitra kami di kawasan industri", "perusahaan besar & terpercaya", "user langsung (bukan agensi)",
                "majikan sudah siap, tinggal berangkat", "perusahaan mitra kami sejak 2016", "pabrik elektronik & makanan",
                "hotel & restoran berbintang", "perusahaan multinasional"]
POS_VISA_CLAIM = ["visa kerja diurus kantor", "dokumen lengkap kami bantu", "visa & tiket diurus perusahaan", "semua dokumen diurus"]
POS_TERMS = ["kontrak 2 tahun", "kontrak 1–3 tahun, bisa perpanjang", "jam kerja 8 jam + lembur", "libur 4x sebulan",
             "gaji dibayar tiap bulan", "perjanjian kerja ditandatangani sebelum berangkat"]
POS_REQ = ["pria/wanita 18–40 th", "sehat jasmani rohani", "min. lulusan SMP", "usia 20–45", "jujur & pekerja keras",
           "tidak bertato", "bersedia ditempatkan di mana saja"]


def pos_fill(secs):
    kinds = {x["kind"] for x in secs}
    if "employer" not in kinds and chance(0.45):
        secs.append(S("employer", pick(POS_EMPLOYER)))
    if "visa" not in kinds and chance(0.35):
        secs.append(S("visa", pick(POS_VISA_CLAIM)))
    if chance(0.45):
        secs.append(S("jo", pick(POS_TERMS)))
    if "req" not in kinds and chance(0.6):
        secs.append(S("req", pick(POS_REQ)))


def add_contact(secs, weights=None, pt=None):
    if pt is None:
        m = re.search(r"\b(PT [A-Z][A-Za-z ]+?)(?= —| \(| \"|,|$)", secs[0]["text"])
        pt = m.group(1) if m else None
    pos_fill(secs)
    neutral(secs, 0.8, benefit=True)
    ct, inf = contact(wpick(weights or POS_CONTACT), pt)
    secs.append(S("contact", ct, ["informal_contact"] if inf else [], req=True))


def pos_me():
    place, cur, rng = pick(ME_PLACES)
    job = pick(ME_JOBS)
    secs = [recruiter_for_pos(0.15), S("dest", place, req=True), S("job", job, ["restricted_destination"], req=True)]
    hi = chance(0.15)
    secs.append(S("wage", me_wage(cur, rng, hi), ["high_pay"] if hi else [], req=True))
    secs.append(S("extra", pick(["makan tidur ditanggung majikan", "tiket & paspor ditanggung sponsor", "majikan baik, keluarga kaya",
                                 "bisa sambil ibadah", "kontrak 2 tahun"])))
    secs.append(S("req", pick(["wanita 21–45", "ibu-ibu usia 25–45", "cukup KTP & KK", "usia 20–40, sehat"])))
    if chance(0.8):
        t, f = visa_piece("me"); secs.append(S("visa", t, f, req=True))
    if chance(0.5):
        secs.append(S("proc", pick(SKIP_PROC), ["unclear_procedure"], req=True))
    if chance(0.45):
        t, f = fee_piece("low"); secs.append(S("cost", t, f, req=True))
    if chance(0.2):
        secs.append(S("doc", pick(DOC_FRAUD), ["document_fraud"], req=True))
    if chance(0.4):
        t, f = strong_pressure(); secs.append(S("pressure", t, f, req=True))
    add_contact(secs)
    return dict(secs=secs, country=place, emoji=pick(["🇸🇦", "🕋", "🇦🇪", "🇶🇦", ""]), job=job)


HUB_LOC = ["Phnom Penh, Kamboja", "Sihanoukville (Kamboja)", "Bavet, Kamboja", "Poipet, Kamboja", "Myawaddy, Myanmar",
           "Myanmar (perbatasan Thailand)", "Laos (Kawasan Ekonomi Khusus)", "Manila, Filipina", "Kamboja", "Thailand–Kamboja"]
HUB_JOB = ["customer service", "admin", "operator data", "marketing online", "admin media sosial", "typing / data entry",
           "CS game online", "staf back office", "telemarketing", "operator komputer", "admin live chat", "staf IT support"]


def pos_hub():
    loc, job = pick(HUB_LOC), pick(HUB_JOB)
    secs = [recruiter_for_pos(0.0), S("dest", loc, req=True), S("job", job, ["restricted_destination", "vague_job"], req=True)]
    w = pick(["USD %s" % num(R.choice([800, 1000, 1200, 1500])), "gaji %s" % money_id(R.choice([10, 12, 15, 18, 20, 25])),
              "%s$ + bonus" % num(R.choice([1000, 1300, 1500, 2000])), "US$ %s–%s" % (num(900), num(1500))])
    secs.append(S("wage", w, ["high_pay"], req=True))
    secs.append(S("req", pick(["tanpa pengalaman", "tidak perlu ijazah, bisa ngetik", "umur 18–35, punya paspor lebih baik",
                               "min SMP, bisa main HP", "cukup paspor"])))
    secs.append(S("extra", pick(["mess & makan gratis", "tiket pesawat ditanggung", "kantor ber-AC, makan 3x", "akomodasi disediakan"])))
    if chance(0.55):
        t, f = visa_piece("hub"); secs.append(S("visa", t, f, req=True))
    if chance(0.25):
        secs.append(S("proc", pick(["tanpa medical tanpa kontrak ribet", "kirim foto paspor → tiket dikirim → terbang", "gak perlu ke Disnaker"]),
                      ["unclear_procedure"], req=True))
    if chance(0.55):
        t, f = strong_pressure(); secs.append(S("pressure", t, f, req=True))
    add_contact(secs, [("wa", 30), ("tele", 25), ("inbox", 10), ("gmail", 12), ("address", 12), ("email", 6), ("ig", 5)])
    emo = "🇰🇭" if "Kamboja" in loc else "🇲🇲" if "Myanmar" in loc else "🇱🇦" if "Laos" in loc else "🇵🇭" if "Filipina" in loc else ""
    return dict(secs=secs, country=loc, emoji=emo if chance(0.7) else "", job=job)


def pos_korea():
    secs = [recruiter_for_pos(0.1), S("dest", "Korea Selatan", req=True),
            S("job", pick(["kerja pabrik (E-9)", "pabrik/kapal", "sektor manufaktur & pertanian", "pekerja industri",
                           "kerja pabrik lewat EPS"]), ["restricted_destination"], req=True)]
    hi = chance(0.3)
    secs.append(S("wage", high_wage("Korea Selatan") if hi else real_wage("Korea Selatan"), ["high_pay"] if hi else [], req=True))
    if chance(0.8):
        secs.append(S("proc", pick(["tanpa tes EPS-TOPIK", "jalur khusus tanpa antre roster", "garansi berangkat 100%, uang kembali kalau gagal",
                                    "nilai TOPIK kurang tetap bisa masuk", "kuota titipan dari orang dalam", "lulus tes internal kami = berangkat"]),
                      ["unclear_procedure"], req=True))
    if chance(0.85):
        t, f = fee_piece("high"); secs.append(S("cost", t, f, req=True))
    if chance(0.2):
        t, f = visa_piece("kr"); secs.append(S("visa", t, f, req=True))
    if chance(0.4):
        t, f = strong_pressure(); secs.append(S("pressure", t, f, req=True))
    secs.append(S("req", pick(["usia 18–45", "bisa untuk usia 40+", "lulusan SMA/SMK", "tanpa kursus lama"])))
    add_contact(secs)
    return dict(secs=secs, country="Korea Selatan", emoji="🇰🇷", job="pabrik")


def pos_japan():
    secs = [recruiter_for_pos(0.1), S("dest", "Jepang", req=True),
            S("job", pick(["kerja pabrik di Osaka", "pertanian & pabrik", "konstruksi", "pabrik makanan (Aichi)", "kerja apa saja (pabrik/kebun)"]), req=True)]
    hi = chance(0.3)
    secs.append(S("wage", high_wage("Jepang") if hi else pick(["¥180.000–230.000", "200rb yen", "gaji 250.000 yen", "¥ 210,000"]),
                  ["high_pay"] if hi else [], req=True))
    if chance(0.8):
        secs.append(S("proc", pick(["tanpa bahasa, tanpa sertifikat, visa kerja langsung", "tidak perlu JLPT & ujian skill", "cukup belajar 2 bulan, langsung kerja",
                                    "tanpa tes IM Japan, lolos 100%", "tanpa LPK 1 tahun"]), ["unclear_procedure"], req=True))
    if chance(0.45):
        t, f = visa_piece("jp"); secs.append(S("visa", t, f, req=True))
    if chance(0.85):
        t, f = fee_piece("high"); secs.append(S("cost", t, f, req=True))
    if chance(0.35):
        t, f = strong_pressure(); secs.append(S("pressure", t, f, req=True))
    add_contact(secs)
    return dict(secs=secs, country="Jepang", emoji="🇯🇵", job="pabrik")


EU_C = ["Polandia", "Romania", "Turki", "Hungaria", "Slovakia", "Ceko", "Portugal", "Belanda", "Lithuania", "Bulgaria"]


def pos_europe():
    c = pick(EU_C)
    generic = chance(0.6)
    job = pick(["kerja pabrik/gudang", "pabrik & konstruksi", "petik buah/packing", "kerja apa saja, penempatan menyesuaikan"]) if generic else \
        pick(["operator pabrik pengolahan ayam", "tukang las konstruksi", "sopir truk (SIM B2)", "operator forklift gudang"])
    secs = [recruiter_for_pos(0.05), S("dest", c, req=True), S("job", job, ["vague_job"] if generic else [], req=True)]
    hi = chance(0.35)
    secs.append(S("wage", high_wage("Eropa") if hi else real_wage("Eropa"), ["high_pay"] if hi else [], req=True))
    if chance(0.8):
        t, f = visa_piece("eu"); secs.append(S("visa", t, f, req=True))
    if chance(0.85):
        t, f = fee_piece("high"); secs.append(S("cost", t, f, req=True))
    if chance(0.3):
        secs.append(S("proc", pick(SKIP_PROC), ["unclear_procedure"], req=True))
    if chance(0.35):
        t, f = strong_pressure(); secs.append(S("pressure", t, f, req=True))
    secs.append(S("req", pick(["tanpa bahasa asing", "tanpa pengalaman", "usia 20–45", "pria/wanita"])))
    add_contact(secs)
    return dict(secs=secs, country=c, emoji=pick(["🇪🇺", "🇵🇱", "🇷🇴", "🇹🇷", ""]), job=job)


def pos_fakept():
    country = pick(["Taiwan", "Taiwan", "Hong Kong", "Malaysia", "Singapura", "Jepang", "Brunei Darussalam"])
    key = {"Taiwan": pick(["tw_factory", "tw_care"]), "Hong Kong": "hk_fdh", "Malaysia": pick(["my_factory", "my_plant"]),
           "Singapura": "sg_fdw", "Jepang": "jp_ssw", "Brunei Darussalam": "bn_const"}[country]
    p = PROFILES[key]()
    secs = [recruiter_for_pos(0.0), S("dest", country, req=True), S("job", p["job"], req=True)]
    if chance(0.4):
        secs.append(S("employer", p["employer"]))
    hi = chance(0.25)
    secs.append(S("wage", high_wage(country) if hi else p["wage"], ["high_pay"] if hi else [], req=True))
    t, f = fee_piece("mid" if p["zero"] else FEE_LEVEL[country]); secs.append(S("cost", t, f, req=True))
    if chance(0.7):
        secs.append(S("proc", pick(SKIP_PROC), ["unclear_procedure"], req=True))
    if chance(0.2):
        secs.append(S("doc", pick(DOC_FRAUD), ["document_fraud"], req=True))
    if chance(0.5):
        t, f = strong_pressure(); secs.append(S("pressure", t, f, req=True))
    secs.append(S("req", p["req"]))
    add_contact(secs)
    return dict(secs=secs, country=country, emoji=p["emoji"], job=p["job"])


VULN_PLACES = [("Batam", "dom"), ("Tanjung Balai Karimun", "dom"), ("Tanjung Pinang", "dom"), ("Kuala Lumpur", "ab"),
               ("Johor Bahru", "ab"), ("Kuching", "ab"), ("Macau", "ab"), ("Tokyo", "ab"), ("Dubai", "ab"), ("Istanbul", "ab"),
               ("Seoul", "ab"), ("Brunei", "ab")]
VULN_JOB = ["LC / pemandu lagu", "hostess lounge", "terapis spa", "pelayan kafe karaoke", "dancer klub malam", "GRO (guest relation)",
            "host karaoke", "pramusaji kafe & bar", "penyanyi kafe", "terapis pijat refleksi"]
VULN_TGT = ["wanita single 18–25, berpenampilan menarik", "cewek cantik umur 18-23", "wanita muda, good looking, belum menikah",
            "khusus cewek 19-26, tinggi min 155, wajah menarik", "wanita 18–24, badan proporsional, single",
            "gadis tamatan SMA, penampilan oke", "cewe2 muda, lebih bagus blm nikah"]


def pos_vuln():
    place, kind = pick(VULN_PLACES)
    secs = [recruiter_for_pos(0.0), S("dest", place, req=True), S("job", pick(VULN_JOB), req=True),
            S("req", pick(VULN_TGT), ["vulnerable_targeting"], req=True)]
    idr = "gaji %s" % money_id(R.choice([20, 25, 30]))
    if kind == "dom":
        w = pick(["gaji %s + tips" % money_id(R.choice([7, 8, 10, 12])), "%s/bln + bonus" % money_id(R.choice([8, 9, 10]))])
    elif place in ("Kuala Lumpur", "Johor Bahru", "Kuching"):
        w = pick(["RM %s + tips" % num(R.choice([6000, 8000, 9000])), idr])
    elif place == "Macau":
        w = pick(["HK$%s" % num(R.choice([25000, 30000])), "MOP %s + komisi" % num(R.choice([25000, 30000])), idr])
    elif place == "Tokyo":
        w = pick(["%s yen" % num(R.choice([400000, 500000])), idr])
    elif place == "Seoul":
        w = pick(["₩%s" % num(R.choice([4000000, 5000000])), idr])
    else:
        w = pick(["USD %s + tips" % num(R.choice([2000, 2500, 3000])), idr])
    secs.append(S("wage", w, ["high_pay"], req=True))
    secs.append(S("extra", pick(["tiket & mess ditanggung bos", "ongkos pesawat dibayarin", "semua biaya ditanggung", "apartemen disediakan"])))
    if kind == "ab" and chance(0.35):
        secs.append(S("visa", pick(["visa turis/kunjungan diurus manajemen", "masuk pakai visa kunjungan, nanti diperpanjang bos",
                                    "visa \"entertainer\"/turis kami urus", "cukup paspor, masuk sebagai turis"]), ["visa_misuse"], req=True))
    if chance(0.25):
        secs.append(S("doc", pick(["umur 16-17 boleh", "KTP belum ada bisa dibantu", "umur kurang bisa diatur", "tamatan SMP umur 15 ok"]),
                      ["document_fraud"], req=True))
    if chance(0.45):
        t, f = strong_pressure(); secs.append(S("pressure", t, f, req=True))
    add_contact(secs, [("wa", 40), ("inbox", 20), ("ig", 10), ("tele", 8), ("address", 12), ("gmail", 10)])
    return dict(secs=secs, country=place, emoji=pick(["💃", "🎤", "✨", ""]), job="hiburan")


def pos_vague():
    secs = [recruiter_for_pos(0.0), S("dest", pick(["luar negeri", "Asia/Eropa/Timur Tengah (bebas pilih)", "negara maju", "luar negeri (ditentukan kemudian)"]), req=True),
            S("job", pick(["kerja ringan", "semua posisi", "penempatan ditentukan setelah lolos", "kerja pabrik/hotel/kebun, nanti dijelaskan",
                           "kerja apa saja"]), ["vague_job"], req=True),
            S("wage", "gaji " + pick(["%s–%s" % (money_id(20), money_id(40)), money_id(R.choice([18, 20, 25, 30])), "25-40jt"]), ["high_pay"], req=True),
            S("req", pick(["tanpa pengalaman, lulusan SD/SMP bisa", "umur 18–50, tanpa ijazah", "tanpa bahasa asing"]))]
    if chance(0.6):
        t, f = fee_piece(pick(["low", "mid"])); secs.append(S("cost", t, f, req=True))
    if chance(0.5):
        t, f = strong_pressure(); secs.append(S("pressure", t, f, req=True))
    if chance(0.15):
        secs.append(S("doc", pick(DOC_FRAUD), ["document_fraud"], req=True))
    add_contact(secs)
    return dict(secs=secs, country="Luar Negeri", emoji=pick(["🌏", "✈️", ""]), job="umum")


def pos_doc():
    country = pick(["Malaysia", "Singapura", "Taiwan", "Hong Kong", "Brunei Darussalam"])
    key = {"Taiwan": "tw_care", "Hong Kong": "hk_fdh", "Malaysia": pick(["my_prt", "my_factory", "my_plant"]),
           "Singapura": "sg_fdw", "Brunei Darussalam": "bn_const"}[country]
    p = PROFILES[key]()
    secs = [recruiter_for_pos(0.25), S("dest", country, req=True), S("job", p["job"], req=True), S("wage", p["wage"], req=True),
            S("doc", pick(DOC_FRAUD), ["document_fraud"], req=True)]
    if chance(0.35):
        secs.append(S("doc", pick(DOC_FRAUD), ["document_fraud"], req=True))
    if chance(0.55):
        t, f = fee_piece("mid"); secs.append(S("cost", t, f, req=True))
    if chance(0.5):
        secs.append(S("proc", pick(SKIP_PROC), ["unclear_procedure"], req=True))
    if chance(0.3):
        t, f = visa_piece(REGION[country]); secs.append(S("visa", t, f, req=True))
    if chance(0.3):
        t, f = strong_pressure(); secs.append(S("pressure", t, f, req=True))
    add_contact(secs)
    return dict(secs=secs, country=country, emoji=p["emoji"], job=p["job"])


# ---------------------------------------------------------------- rendering
LABELS = {
    "recruiter": ["Perusahaan", "P3MI", "Agensi", "Penyelenggara", "Dari"],
    "dest": ["Negara", "Tujuan", "Lokasi", "Penempatan", "Negara tujuan"],
    "job": ["Posisi", "Jabatan", "Pekerjaan", "Lowongan", "Bidang"],
    "employer": ["Pemberi kerja", "Majikan", "User", "Perusahaan pengguna"],
    "wage": ["Gaji", "Upah", "Salary", "Gaji/bulan", "Penghasilan", "Gj"],
    "extra": ["Fasilitas", "Benefit", "Keterangan", "Plus"],
    "req": ["Syarat", "Kualifikasi", "Persyaratan", "Kriteria"],
    "jo": ["Job order", "Legalitas", "Dokumen resmi"],
    "cost": ["Biaya", "Pembiayaan", "Biaya CPMI", "Biaya-biaya"],
    "visa": ["Visa", "Keberangkatan", "Dokumen perjalanan"],
    "proc": ["Tahapan", "Alur", "Proses", "Prosedur", "Langkah"],
    "doc": ["Catatan", "Ketentuan khusus", "NB", "Info"],
    "contact": ["Kontak", "Info", "Hubungi", "Pendaftaran", "Info & daftar"],
    "docs": ["Berkas", "Dokumen", "Persiapan"],
    "sched": ["Jadwal", "Seleksi", "Agenda"],
    "testi": [""],
}
QA = {"dest": ["Di mana?", "Negara?", "Lokasi kerja?"], "job": ["Kerja apa?", "Posisi?", "Kerjanya apa?"],
      "employer": ["Majikannya?", "Perusahaannya?"], "wage": ["Gajinya?", "Gaji berapa?", "Gaji?"],
      "extra": ["Fasilitas?", "Dapat apa lagi?"], "req": ["Syaratnya?", "Siapa yang bisa daftar?"],
      "jo": ["Resmi?", "Ada job order?"], "cost": ["Biayanya?", "Bayar berapa?", "Ada biaya?"],
      "visa": ["Visanya?", "Berangkat pakai apa?"], "proc": ["Prosesnya gimana?", "Alurnya?"],
      "doc": ["Dokumen?", "Catatan?"], "recruiter": ["Siapa yang rekrut?", "Lewat mana?"],
      "contact": ["Daftar ke mana?", "Kontak?"], "docs": ["Berkas?", "Bawa apa?"], "sched": ["Kapan seleksi?", "Jadwal?"]}
BASE_ORDER = ["intro", "recruiter", "dest", "job", "employer", "wage", "extra", "req", "jo", "cost", "visa", "doc", "proc", "docs", "sched", "testi", "pressure", "contact"]
KEEP_P = {"formal": 0.9, "bullets": 0.85, "prose": 0.75, "labeled": 0.85, "compact": 0.45, "qa": 0.7, "letter": 0.8}
SLANG = [("gaji", "gj"), ("berangkat", "brkt"), ("cepat", "cpt"), ("tanpa", "tnp"), ("juta", "jt"), ("yang", "yg"),
         ("untuk", "utk"), ("dengan", "dgn"), ("tidak", "tdk"), ("sudah", "sdh"), ("bulan", "bln"), ("langsung", "lgsg"),
         ("pengalaman", "pengalmn"), ("hubungi", "hub"), ("biaya", "biaya"), ("tahun", "th")]
BULLETS = ["•", "-", "✅", "▪️", "➡️", "*", "✔️", "🔹", "👉", "◾", "~", "📌"]


def title_for(d, style):
    c, e, job = d["country"], d.get("emoji", ""), d.get("job", "")
    cu = c.upper()
    t = pick(["LOWONGAN KERJA %s" % cu, "Info loker %s %s" % (c, e), "PENGUMUMAN REKRUTMEN CPMI %s" % cu,
              "Dibuka pendaftaran kerja ke %s" % c, "%s %s – %s" % (e, cu, job), "Kesempatan kerja %s 2026" % c,
              "Dicari %s untuk %s" % (job, c), "BUKA LOWONGAN %s!!" % cu, "%s%s %s %s%s" % (e, e, c, e, e),
              "REKRUTMEN %s" % cu, "Loker %s terbaru" % c, "📢 INFO KERJA %s" % cu, "Lowongan %s – %s" % (c, job),
              "PENGUMUMAN", "DIBUTUHKAN SEGERA", "Kerja di %s?" % c, "%s | %s" % (job.upper(), cu)])
    return re.sub(r"\s+", " ", t).strip()


def slangify(t):
    for a, b in SLANG:
        if chance(0.6):
            t = re.sub(r"\b%s\b" % a, b, t, flags=re.I)
    return t


def typo(t):
    words = t.split(" ")
    for i, w in enumerate(words):
        if len(w) > 5 and w.isalpha() and chance(0.04):
            j = R.randint(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1:]
    return " ".join(words)


PREFIX_WORDS = ("📍", "📲", "Hub", "WA ", "Minat", "CP ", "japri", "Kirim", "Email", "Telegram", "t.me", "DM", "chat", "inbox",
                "komen", "PM ", "Instagram", "follow", "Lamaran", "Datang", "Pendaftaran di", "Tanya", "Koordinator", "PL ",
                "Staf", "Hubungi", "Info", "Kontak", "Kantor", "Alamat", "CV ke", "Penyelenggara", "P3MI")


def has_prefix(t):
    return bool(re.match(r"^[^\n:]{0,24}:\s", t)) or t.startswith(PREFIX_WORDS)


def sec_text(s, style):
    if s["kind"] == "proc" and isinstance(s["text"], list):
        return render_steps(s["text"], style)
    return s["text"]


def order_sections(secs):
    by = {k: i for i, k in enumerate(BASE_ORDER)}
    secs = sorted(secs, key=lambda s: by.get(s["kind"], 6) + R.random() * 0.1)
    mid = [s for s in secs if s["kind"] not in ("recruiter", "contact")]
    # local shuffles
    for _ in range(R.randint(0, 4)):
        if len(mid) > 2:
            i = R.randint(0, len(mid) - 2)
            mid[i], mid[i + 1] = mid[i + 1], mid[i]
    if chance(0.15):
        R.shuffle(mid)
    intro = [s for s in mid if s["kind"] == "intro"]
    mid = [s for s in mid if s["kind"] != "intro"]
    rec = [s for s in secs if s["kind"] == "recruiter"]
    con = [s for s in secs if s["kind"] == "contact"]
    if chance(0.7):
        return intro + rec + mid + con
    if chance(0.5):
        return intro + mid + rec + con
    return intro + mid[:2] + rec + mid[2:] + con


def render(d, style):
    kp = KEEP_P[style] * R.uniform(0.35, 1.0) if not chance(0.15) else 0.1
    secs = [s for s in d["secs"] if s["req"] or chance(kp)]
    # dedupe identical texts
    seen, tmp = set(), []
    for s in secs:
        key = str(s["text"])
        if key not in seen:
            seen.add(key)
            tmp.append(s)
    secs = order_sections(tmp)
    want_title = chance({"formal": 0.85, "bullets": 0.8, "prose": 0.35, "labeled": 0.6, "compact": 0.3, "qa": 0.6, "letter": 0.5}[style])
    title = title_for(d, style) if want_title else ""
    if not any(s["kind"] == "dest" for s in secs) and d["country"].lower() not in title.lower():
        dest = [s for s in d["secs"] if s["kind"] == "dest"]
        if dest:
            secs.insert(1, dest[0])
        else:
            secs.insert(1, S("dest", d["country"]))
    flags = []
    for s_ in secs:
        for f in s_["flags"]:
            if f not in flags:
                flags.append(f)
    lab = lambda k: pick(LABELS.get(k, [""]))
    lines = []
    if style in ("formal", "labeled", "bullets", "letter"):
        rec = [s for s in secs if s["kind"] == "recruiter"]
        if style == "formal" and rec and secs[0]["kind"] == "recruiter":
            sep = pick(["━━━━━━━━━━━━━━━━", "==================", "----------------", ""])
            lines += [rec[0]["text"].upper() if chance(0.4) else rec[0]["text"]] + ([sep] if sep else [])
            secs = secs[1:]
        if style == "letter":
            lines.append(pick(["Kepada Yth. Bapak/Ibu Calon Pekerja,", "Dengan hormat,", "Kepada Yth. Sdr/i Pencari Kerja", "Yth. calon PMI,"]))
        if title:
            lines.append(title if style != "formal" else title.upper())
            if chance(0.4):
                lines.append("")
        b = pick(BULLETS)
        colon = pick([": ", " : ", " — ", ": "])
        for s in secs:
            t = sec_text(s, style)
            if s["kind"] in ("intro", "testi"):
                lines.append(t)
                continue
            if s["kind"] == "pressure":
                lines.append(t if style != "bullets" else "%s %s" % (b, t))
                continue
            if s["kind"] in ("recruiter", "contact") and has_prefix(t):
                lines.append(t if style != "bullets" else "%s %s" % (b, t))
                continue
            if style == "bullets":
                if "\n" in t:
                    lines.append("%s %s:\n%s" % (b, lab(s["kind"]), t))
                elif chance(0.55):
                    lines.append("%s %s%s%s" % (b, lab(s["kind"]), colon, t))
                else:
                    lines.append("%s %s" % (b, t[0].upper() + t[1:]))
            else:
                if "\n" in t:
                    lines.append("%s:\n%s" % (lab(s["kind"]), t))
                else:
                    lines.append("%s%s%s" % (lab(s["kind"]), colon, t))
        if style == "letter":
            lines.append(pick(["Hormat kami,", "Demikian, terima kasih.", "Atas perhatiannya kami ucapkan terima kasih."]))
        text = "\n".join(lines)
    elif style == "qa":
        if title:
            lines.append(title)
        for s in secs:
            t = sec_text(s, style).replace("\n", "; ")
            if s["kind"] in ("pressure", "intro", "testi"):
                lines.append(t)
            else:
                lines.append("%s %s" % (pick(QA.get(s["kind"], ["Info:"])), t))
        text = "\n".join(lines)
    elif style == "prose":
        sents = []
        for s in secs:
            t = sec_text(s, style).replace("\n", ", ")
            k = s["kind"]
            if k == "recruiter" and has_prefix(t):
                t = t.replace("\n", " – ")
            elif k == "recruiter":
                t = pick(["%s membuka lowongan" % t, "Lowongan dari %s" % t, "Kami, %s, membuka pendaftaran" % t, "Penyelenggara %s" % t])
            elif k == "dest":
                t = pick(["Tujuan %s" % t, "Penempatan di %s" % t, "Negara %s" % t, "Kerja di %s" % t])
            elif k == "job":
                t = pick(["Posisi %s" % t, "Dibutuhkan %s" % t, "Untuk posisi %s" % t, "Pekerjaan: %s" % t])
            elif k == "employer":
                t = pick(["Pemberi kerja %s" % t, "Majikan: %s" % t, "User %s" % t])
            elif k == "wage":
                t = pick(["Gaji %s" % t, "Gajinya %s" % t, "Penghasilan %s" % t]) if not t.lower().startswith("gaji") else t
            elif k == "req":
                t = pick(["Syarat %s" % t, "Persyaratan: %s" % t, "Yang bisa daftar: %s" % t])
            elif k == "proc":
                t = pick(["Prosesnya %s" % t, "Alur: %s" % t, "Tahapan %s" % t]) if not t.lower().startswith(("tanpa", "proses", "bayar", "program", "jalur")) else t
            elif k == "contact" and not has_prefix(t):
                t = pick(["Info lebih lanjut: %s" % t, "Silakan hubungi %s" % t, "Kontak %s" % t])
            t = t.strip()
            if t and t[-1] not in ".!?":
                t += "."
            sents.append(t[0].upper() + t[1:])
        if title:
            lines.append(title)
        if len(sents) > 5 and chance(0.5):
            cut = R.randint(2, len(sents) - 2)
            lines.append(" ".join(sents[:cut]))
            lines.append(" ".join(sents[cut:]))
        else:
            lines.append(" ".join(sents))
        text = "\n\n".join(lines) if chance(0.6) else "\n".join(lines)
    else:  # compact
        parts = []
        for s in secs:
            t = sec_text(s, style).replace("\n", " ")
            if s["kind"] in ("wage", "cost", "visa") and chance(0.3):
                l_ = lab(s["kind"]).lower()
                if not t.lower().startswith((l_, "gaji", "gj", "visa", "biaya")):
                    t = l_ + " " + t
            parts.append(t)
        sep = pick([", ", ". ", " | ", "\n", " - ", " "])
        text = (title + sep if title else "") + sep.join(parts)
        text = slangify(text.lower() if chance(0.6) else text)
        text = typo(text)
        if chance(0.3):
            text += " " + pick(["🙏", "🔥🔥", "👍", "😊", "‼️", "💰💰"])
    return text.strip(), flags


FWD_PRE = ["*Diteruskan*", "Forwarded", "info dr grup sebelah 👇", "copas dari FB:", "Sekedar info, siapa tau ada yg butuh 🙏",
           "[Pesan diteruskan]", "Share dari grup alumni", "Dapat dari grup RT, silakan yg berminat:", ">> diteruskan <<",
           "Bantu share ya 🙏", "FYI", "Info loker dari kawan:", "Ini info dari grup keluarga", "Bagikan ke yang membutuhkan"]
FWD_POST = ["Tolong bantu share 🙏", "#infoloker #jambi", "semoga bermanfaat", "monggo yg minat", "#lokerjambi #kerjaluarnegeri",
            "(info dr grup, sy cuma nerusin)", "Siapa tau rezeki 🤲", "#lowongankerja #PMI", "Silakan dicek sendiri ya"]


def wrap(text, channel):
    if channel in ("whatsapp", "facebook") and chance(0.45):
        pre = pick(FWD_PRE) if chance(0.7) else ""
        post = pick(FWD_POST) if chance(0.5) else ""
        text = "\n".join(x for x in (pre, text, post) if x)
    return text


# ---------------------------------------------------------------- government notices (negatives)


def issuer():
    k = pick(KAB)
    return pick(["Dinas Tenaga Kerja Kota Jambi", "Disnakertrans Provinsi Jambi", "BP3MI Jambi", "Disnaker %s" % k,
                 "LTSA %s" % k, "UPT Disnaker %s" % k, "Dinas Ketenagakerjaan %s" % k, "BP3MI Jambi bersama Disnaker %s" % k])


def nomor():
    return pick(["Nomor: 560/%d/Disnaker/2026" % R.randint(10, 999), "Nomor : 500.15/%d/DISNAKER" % R.randint(10, 999),
                 "No. %d/BP3MI-JBI/%s/2026" % (R.randint(10, 999), pick(["I", "II", "III", "IV", "V", "VI"])),
                 "Nomor: 800/%d/LTSA/2026" % R.randint(10, 500)])


def tanggal():
    return "%s, %d %s 2026" % (pick(["Jambi", "Muara Bulian", "Sengeti", "Muara Bungo", "Bangko", "Muara Tebo", "Sarolangun", "Kuala Tungkal", "Sungai Penuh"]),
                               R.randint(1, 28), pick(MONTHS))


def office():
    return pick(["Kantor Disnaker Kota Jambi, Jl. H. Agus Salim, Kota Baru", "BP3MI Jambi, Jl. Jend. A. Yani, Telanaipura",
                 "LTSA Kota Jambi, Mal Pelayanan Publik lt. 1", "Disnaker %s (jam kerja)" % pick(KAB),
                 "Bidang Penempatan Tenaga Kerja Disnakertrans Provinsi Jambi", "loket LTSA di kabupaten/kota masing-masing"])


def hotline():
    return pick(["Call Center KP2MI 0800-1000 (bebas pulsa)", "0800-1000", "WA KP2MI 0811-8080-141", "Kemnaker 1500630",
                 "UPTD PPA Kota Jambi 0813-8687-0227", "Call Center 112", "Polisi 110", "BP3MI Jambi atau 0800-1000"])


def gov_wrap(head, body_lines, style=None):
    style = style or pick(["numbered", "plain", "emoji", "prose"])
    if style == "numbered":
        body = "\n".join("%d. %s" % (i + 1, l) for i, l in enumerate(body_lines))
    elif style == "emoji":
        b = pick(["✅", "📌", "🔹", "▪️", "✔️", "•"])
        body = "\n".join("%s %s" % (b, l) for l in body_lines)
    elif style == "prose":
        body = " ".join(l if l.endswith(".") else l + "." for l in body_lines)
    else:
        body = "\n".join(body_lines)
    return head.strip() + "\n" + body


def g_eps():
    sector = pick(["manufaktur", "perikanan", "galangan kapal", "pertanian & peternakan", "jasa", "manufaktur dan perikanan"])
    head = pick(["PENGUMUMAN\n%s\nTentang Pendaftaran Ujian EPS-TOPIK Sektor %s Tahun 2026" % (nomor(), sector.title()),
                 "📢 %s: Pendaftaran EPS-TOPIK Korea Selatan (G to G) sektor %s dibuka!" % (issuer(), sector),
                 "INFORMASI PENDAFTARAN CALON PMI KOREA SELATAN – PROGRAM EPS G TO G (%s)" % sector.upper(),
                 "%s menyampaikan bahwa KP2MI membuka pendaftaran ujian EPS-TOPIK sektor %s." % (issuer(), sector)])
    lines = R.sample([pick(["Usia 18–39 tahun", "Usia minimal 18 dan maksimal 39 tahun"]),
                      pick(["Pendidikan minimal SMP/sederajat", "Min. lulusan SMP"]),
                      "Tidak pernah dipidana, tidak buta warna, tidak pernah dideportasi dari Korea",
                      pick(["Pendaftaran online melalui laman resmi KP2MI/EPS", "Daftar sendiri secara online di laman resmi, tidak dapat diwakilkan"]),
                      pick(["Biaya ujian dibayar sendiri melalui bank yang ditunjuk, bukan kepada perorangan/LPK",
                            "Satu-satunya biaya adalah biaya ujian yang dibayar ke bank yang ditunjuk"]),
                      pick(["Penempatan ke Korea HANYA melalui G to G; tidak ada perusahaan swasta/LPK yang dapat menjamin kelulusan",
                            "Tidak ada jalur khusus, titipan, atau garansi berangkat",
                            "Belajar bahasa Korea boleh di mana saja, tidak wajib di LPK tertentu"]),
                      "Gaji sesuai upah minimum Korea (₩10.320/jam pada 2026), lembur dibayar"], k=R.randint(3, 6))
    tail = pick(["Informasi: %s." % office(), "Konsultasi gratis di %s." % office(), tanggal(), "Waspada penipuan! Lapor ke %s." % hotline()])
    return gov_wrap(head, lines) + "\n" + tail


def g_imjapan():
    head = pick(["PENGUMUMAN %s\nRekrutmen Calon Peserta Pemagangan ke Jepang (Program Kemnaker–IM Japan) Tahun 2026" % issuer().upper(),
                 "📣 Pendaftaran magang ke Jepang (IM Japan) 2026 telah dibuka – %s" % issuer(),
                 "%s\n%s\nTentang Seleksi Tahap Daerah Program Magang IM Japan" % (issuer(), nomor())])
    lines = R.sample([pick(["Pendaftaran GRATIS melalui jepang.magangln.id", "Daftar akun di jepang.magangln.id (tanpa biaya)"]),
                      pick(["Laki-laki, usia 19–26 tahun", "Pria, lulusan SMA/SMK sederajat", "Usia sesuai ketentuan IM Japan (cek jepang.magangln.id)"]),
                      "Tinggi badan min. 160 cm, tidak bertato, tidak buta warna",
                      "Tahapan: administrasi – tes fisik – tes matematika dasar – wawancara – medical",
                      "Uang saku tahun pertama ±¥100.000/bulan, magang 3 tahun (dapat diperpanjang)",
                      "Biaya pribadi (transport ke lokasi seleksi, medical, paspor, visa) ditanggung peserta",
                      "Waspada pihak yang memungut biaya atas nama IM Japan"], k=R.randint(3, 6))
    return gov_wrap(head, lines) + "\n" + pick([tanggal(), "Info: %s" % office(), ""])


def g_triplewin():
    head = pick(["BP3MI JAMBI – PENEMPATAN G TO G JERMAN (TRIPLE WIN) UNTUK PERAWAT",
                 "Pengumuman KP2MI: Pendaftaran Program Triple Win (perawat ke Jerman) batch baru",
                 "%s meneruskan informasi program G to G Jerman bagi perawat:" % issuer()])
    lines = R.sample(["Pendidikan D3/S1 Keperawatan (Ners), STR aktif", "Usia 18–38 tahun",
                      "Pelatihan bahasa Jerman hingga B1/B2 tanpa biaya", "Seluruh proses tidak dipungut biaya",
                      "Kerja sama KP2MI dengan Bundesagentur für Arbeit (BA)", "Pendaftaran hanya melalui kanal resmi KP2MI, tidak melalui LPK/agen",
                      "Gaji sesuai tarif perawat di Jerman setelah pengakuan kualifikasi"], k=R.randint(3, 6))
    return gov_wrap(head, lines) + "\n" + pick(["Informasi: %s" % office(), tanggal()])


def g_g2gjp():
    head = pick(["PENGUMUMAN KP2MI – Seleksi G to G Jepang (kangoshi & kaigofukushishi) 2026",
                 "%s: dibuka seleksi perawat & careworker ke Jepang skema G to G (IJEPA)" % issuer()])
    lines = R.sample(["Pendaftaran tanpa biaya melalui laman resmi KP2MI", "Perawat: D3/Ners + STR, pengalaman min. 2 tahun",
                      "Careworker: D3/S1 keperawatan", "Pelatihan bahasa Jepang dibiayai pemerintah",
                      "KP2MI tidak bekerja sama dengan calo/LPK untuk meloloskan peserta", "Setiap pungutan atas nama program ini adalah penipuan"],
                     k=R.randint(3, 5))
    return gov_wrap(head, lines)


def g_spsk():
    head = pick(["PENGUMUMAN %s\nPenempatan PMI ke Arab Saudi melalui Sistem Penempatan Satu Kanal (SPSK)" % issuer(),
                 "Info resmi SPSK Arab Saudi dari %s:" % issuer(), "SPSK ARAB SAUDI – HAL YANG PERLU DIKETAHUI"])
    lines = R.sample(["Jabatan: penata laksana rumah tangga, pengasuh bayi, juru masak keluarga, perawat lansia, sopir keluarga, pengasuh anak",
                      "Pemberi kerja adalah perusahaan (syarikah), bukan perseorangan",
                      "Lokasi hanya Riyadh, Jeddah, Makkah, Madinah, Dammam/Dhahran/Khobar",
                      "Gaji min. SAR 1.500 dibayar melalui rekening bank", "Calon PMI tidak dipungut biaya",
                      "Pendaftaran melalui P3MI yang terdaftar SPSK; daftarnya tersedia di Disnaker",
                      "Di luar SPSK, penempatan PRT ke Timur Tengah masih dilarang",
                      "Visa umrah/ziarah tidak boleh dipakai untuk bekerja"], k=R.randint(4, 7))
    return gov_wrap(head, lines)


def g_jobfair():
    n1, n2 = R.randint(12, 45), R.randint(2, 8)
    venue = pick(["GOR Kota Baru", "Balai Pertemuan Kota Jambi", "Aula Disnaker %s" % pick(KAB), "Gedung Serbaguna Muara Bulian",
                  "Aula Kantor Bupati Tebo", "Lapangan Kantor Camat Rimbo Bujang", "Aula BLK Kota Jambi"])
    d0 = R.randint(1, 26)
    d = pick(["%d–%d %s 2026" % (d0, d0 + 1, pick(MONTHS)), "%d %s 2026" % (d0, pick(MONTHS))])
    return pick([
        "JOB FAIR %s 2026\n📅 %s | 📍 %s\nDiikuti %d perusahaan dalam negeri dan %d P3MI berizin (Taiwan, Hong Kong, Malaysia, Jepang). Gratis, tidak dipungut biaya. Bawa fotokopi KTP, ijazah, CV. Konsultasi migrasi aman di stan BP3MI/LTSA." % (pick(KAB).upper(), d, venue, n1, n2),
        "%s menggelar Bursa Kerja pada %s di %s. Peserta: %d perusahaan lokal dan %d perusahaan penempatan PMI resmi. Pengunjung tidak dipungut biaya apa pun." % (issuer(), d, venue, n1, n2),
        "Ayo datang ke Job Fair! 🎉\nTanggal: %s\nTempat: %s\nLowongan dalam negeri & luar negeri (melalui P3MI resmi)\nGRATIS – %s" % (d, venue, issuer()),
    ])


def g_warning():
    b = R.choices([pos_hub, pos_me, pos_korea, pos_europe, pos_japan, pos_fakept, pos_vuln], [4, 4, 3, 3, 2, 3, 2])[0]()
    q, _ = render(b, "compact")
    q = q.replace("\n", " ")
    if len(q) > 220:
        q = q[:220].rsplit(" ", 1)[0] + "..."
    head = pick(["⚠️ WASPADA PENIPUAN LOWONGAN KERJA LUAR NEGERI ⚠️", "HIMBAUAN %s" % issuer().upper(), "Waspada!",
                 "%s menerima laporan beredarnya pesan berikut:" % issuer(), "HATI-HATI MODUS REKRUTMEN NON-PROSEDURAL"])
    body = pick(["Beredar pesan: \"%s\"" % q, "Contoh pesan yang beredar: «%s»" % q, "Isi pesan: \"%s\"" % q])
    adv = R.sample(["Penempatan resmi hanya oleh P3MI ber-SIP3MI dengan job order/SIP2MI",
                    "Bekerja di luar negeri wajib dengan visa kerja, bukan visa turis/umrah/kunjungan",
                    "Jangan transfer uang ke rekening pribadi siapa pun", "Cek perusahaan di LTSA/Disnaker atau BP3MI",
                    "Penempatan ke Korea hanya melalui EPS G to G", "PRT ke Timur Tengah hanya melalui SPSK",
                    "Lowongan admin/CS di Kamboja & Myanmar kerap berujung pada sindikat penipuan online",
                    "Lapor ke %s" % hotline()], k=R.randint(2, 4))
    return head + "\n" + body + "\n" + gov_wrap("Ingat:", adv, pick(["emoji", "plain", "numbered"]))


def g_opp():
    dest = pick(["Hong Kong", "Taiwan", "Malaysia", "Taiwan dan Malaysia", "Singapura", "Jepang", "Korea Selatan", "Arab Saudi (SPSK)"])
    return pick([
        "%s\nJadwal Orientasi Pra Pemberangkatan (OPP) CPMI tujuan %s: %s, %d %s 2026 pukul 08.00 WIB di Aula BP3MI Jambi. Bawa paspor, visa kerja, perjanjian kerja, kartu BPJS Ketenagakerjaan. OPP tidak dipungut biaya." % (issuer(), dest, pick(["Senin", "Selasa", "Rabu", "Kamis"]), R.randint(1, 28), pick(MONTHS)),
        "Pemberitahuan: %d CPMI asal %s tujuan %s telah mengikuti OPP di BP3MI Jambi dan siap berangkat melalui P3MI resmi. Simpan sendiri paspor & salinan kontrak, catat nomor perwakilan RI, hubungi 0800-1000 bila ada masalah." % (R.randint(8, 60), pick(KAB), dest),
    ])


def g_ltsa():
    return gov_wrap(pick(["%s – Layanan LTSA" % issuer(), "JADWAL LAYANAN LTSA", "Info layanan bagi calon PMI:"]),
                    R.sample(["Senin–Jumat 08.00–15.00 WIB", "Verifikasi pendaftaran CPMI di SIAPkerja", "Penandatanganan perjanjian penempatan",
                              "Informasi job order terverifikasi", "Konsultasi & pengaduan", "Semua layanan GRATIS",
                              "Petugas tidak menerima titipan uang", "Rekomendasi paspor untuk bekerja diterbitkan setelah verifikasi"], k=R.randint(3, 6)))


def g_revoke():
    pt = pt_name()
    return pick([
        "PENGUMUMAN\n%s\nIzin SIP3MI atas nama %s telah DICABUT berdasarkan Keputusan Menteri P2MI. Perusahaan tersebut dilarang merekrut di wilayah Provinsi Jambi. CPMI yang sudah terdaftar diminta melapor ke BP3MI Jambi untuk pendataan dan pengalihan proses. Tanpa biaya." % (nomor(), pt),
        "Klarifikasi %s: %s TIDAK terdaftar sebagai P3MI dan tidak memiliki job order terverifikasi di Jambi. Masyarakat diminta tidak menyetor uang dan melapor ke %s." % (issuer(), pt, hotline()),
        "Hasil verifikasi %s atas lowongan %s tujuan %s: perusahaan berizin, job order dan SIP2MI sah. Pendaftaran dapat dilakukan di LTSA. Selebaran lain yang memakai nama perusahaan ini dengan nomor WA berbeda dan meminta biaya adalah PALSU." % (issuer(), pt, pick(["Malaysia", "Taiwan", "Hong Kong"])),
    ])


def g_tips():
    head = pick(["Cara mengecek lowongan kerja luar negeri 👇", "TIPS MIGRASI AMAN dari %s" % issuer(), "Sebelum mendaftar kerja ke luar negeri, pastikan:",
                 "Tahukah kamu? 💡", "5 CIRI LOWONGAN RESMI"])
    lines = R.sample(["Tanyakan nama P3MI dan nomor SIP3MI-nya", "Minta nomor job order dan SIP2MI", "Datangi LTSA/Disnaker di kabupaten Anda",
                      "Berangkat dengan visa kerja, bukan visa kunjungan/umrah", "Jangan serahkan paspor ke sponsor/calo",
                      "10 jabatan informal (PRT, pengasuh, perawat lansia, juru masak, sopir keluarga, tukang kebun, pengasuh anak, petugas kebersihan, pekerja perkebunan, ABK perikanan) bebas biaya penempatan",
                      "Perjanjian kerja harus memuat nama majikan, alamat, jam kerja, gaji, dan jaminan sosial",
                      "Ikuti OPP sebelum berangkat", "Medical hanya di sarana kesehatan yang ditunjuk",
                      "Korea hanya lewat EPS G to G, IM Japan hanya lewat jepang.magangln.id"], k=R.randint(3, 6))
    return gov_wrap(head, lines, pick(["numbered", "emoji", "plain"])) + "\n" + pick(["Ragu? Hubungi %s." % hotline(), "#MigrasiAman #StopTPPO", ""])


def g_wage():
    return pick([
        "Info %s: upah minimum Taiwan per 1 Januari 2026 menjadi NT$29.500. Kontrak sektor formal yang ditandatangani setelah tanggal itu wajib mencantumkan gaji pokok minimal NT$29.500. CPMI berhak menolak kontrak di bawah ketentuan dan melapor ke LTSA." % issuer(),
        "Informasi bagi CPMI Hong Kong: gaji minimum FDH untuk kontrak mulai 30 September 2025 adalah HK$5.100 ditambah uang makan min. HK$1.236 bila makan tidak disediakan. — %s" % issuer(),
        "Upah minimum Malaysia RM1.700 berlaku untuk semua majikan sejak 1 Agustus 2025. Pastikan perjanjian kerja Anda (pabrik/perkebunan) mencantumkan gaji pokok sesuai ketentuan. — %s" % issuer(),
        "Gaji PMI Korea program EPS mengikuti upah minimum Korea: ₩10.320/jam (2026), lembur dibayar. Tidak ada biaya \"roster\" atau \"job matching\" yang dipungut pihak mana pun. — %s" % issuer(),
    ])


def g_sosialisasi():
    kec = pick(["Kumpeh Ulu", "Sekernan", "Mestong", "Jaluko", "Pemayung", "Muara Tembesi", "Rimbo Bujang", "Tabir", "Pelepat",
                "Gunung Kerinci", "Betara", "Sabak Timur", "Pauh", "Mandiangin", "Telanaipura", "Alam Barajo"])
    return pick([
        "Sosialisasi Migrasi Aman di Kec. %s bersama %s. Materi: cara cek izin P3MI, hak PMI dalam perjanjian kerja, bahaya visa kunjungan/umrah, modus lowongan admin di Kamboja. Terbuka untuk umum, gratis." % (kec, issuer()),
        "%s menggelar penyuluhan penempatan PMI di Kec. %s. Warga diajak mendaftar kerja ke luar negeri hanya melalui SIAPkerja, LTSA dan P3MI berizin, serta melapor bila ada sponsor/calo yang menawarkan keberangkatan cepat." % (issuer(), kec),
        "Undangan: Sosialisasi Program EPS Korea, IM Japan dan penempatan Taiwan/Hong Kong resmi, Kec. %s, %s. Gratis. — %s" % (kec, tanggal(), issuer()),
    ])


def g_jolist():
    items = []
    for _ in range(R.randint(3, 5)):
        key = wpick(NEG_PROFILE_WEIGHTS)
        p = PROFILES[key]()
        items.append("%s – %s, %s, %d orang, %s%s" % (p["country"], p["job"], pt_name(), R.randint(5, 60), p["wage"],
                                                     ", zero cost" if p["zero"] else ""))
    return gov_wrap(pick(["INFORMASI KESEMPATAN KERJA LUAR NEGERI BULAN %s 2026 (%s)\nJob order terverifikasi yang dapat diakses melalui LTSA:" % (pick(MONTHS).upper(), issuer()),
                          "Lowongan resmi luar negeri minggu ini (sumber: %s):" % issuer()]), items, "numbered") + \
        "\n" + pick(["Pendaftar wajib memiliki akun SIAPkerja. Jangan melalui calo.", "Daftar di LTSA, gratis.", "Info: %s" % office()])


GOV_BUILDERS = [(g_eps, 12), (g_imjapan, 8), (g_triplewin, 5), (g_g2gjp, 4), (g_spsk, 7), (g_jobfair, 7), (g_warning, 18),
                (g_opp, 6), (g_ltsa, 5), (g_revoke, 7), (g_tips, 9), (g_wage, 5), (g_sosialisasi, 7), (g_jolist, 6)]


# ---------------------------------------------------------------- impersonated government notices (positives)
def fake_gov():
    iss = pick(["Disnaker Kota Jambi", "BP3MI", "KP2MI", "Kemnaker RI", "Disnakertrans Provinsi Jambi", "Panitia Rekrutmen G to G"])
    prog = pick([("program G to G Korea Selatan (EPS) jalur khusus", ["restricted_destination", "unclear_procedure"]),
                 ("magang ke Jepang", []), ("penempatan Taiwan & Hong Kong", []), ("perawat ke Jerman", []),
                 ("kerja ke Polandia (G to G)", []), ("penempatan Arab Saudi SPSK", [])])
    fee = money_id(R.choice([0.35, 0.5, 1.25, 1.5, 2.5, 3.5, 5]))
    acct = "%s %s a.n. %s" % (pick(BANKS), digits(R.choice([10, 12])), fullname())
    flags = ["upfront_fee", "informal_contact"] + prog[1]
    lines = [pick(["PENGUMUMAN REKRUTMEN", "PENGUMUMAN RESMI", "INFORMASI PENDAFTARAN", "📢 PENGUMUMAN %s" % iss.upper()]),
             pick(["%s membuka pendaftaran %s tahun 2026." % (iss, prog[0]), "Dibuka pendaftaran %s – %s." % (prog[0], iss)]),
             pick(["Biaya administrasi pendaftaran %s ditransfer ke rekening %s." % (fee, acct),
                   "Peserta wajib membayar biaya verifikasi berkas %s ke %s." % (fee, acct),
                   "Uang pendaftaran %s via %s %s (bendahara panitia)." % (fee, pick(EWALLET), wa())])]
    if chance(0.6):
        lines.append(pick(["Pendaftaran ditutup 2×24 jam!", "Kuota sangat terbatas, hanya hari ini.", "Batas transfer besok pukul 12.00."]))
        flags.append("pressure")
    lines.append(pick(["Konfirmasi ke WA panitia %s." % wa(), "Kirim bukti transfer ke WA %s." % wa(), "Narahubung: %s %s" % (person(), wa())]))
    if chance(0.4):
        lines.insert(1, nomor())
    return "\n".join(lines), flags


# ---------------------------------------------------------------- assembly
STYLE_BY_CHANNEL = {
    "agency_announcement": [("formal", 30), ("bullets", 25), ("labeled", 15), ("prose", 15), ("letter", 8), ("qa", 4), ("compact", 3)],
    "whatsapp": [("compact", 30), ("bullets", 25), ("prose", 15), ("labeled", 10), ("qa", 10), ("formal", 10)],
    "facebook": [("bullets", 28), ("prose", 22), ("compact", 22), ("qa", 10), ("labeled", 10), ("formal", 8)],
    "government_notice": [("formal", 40), ("labeled", 25), ("prose", 20), ("bullets", 15)],
}
POS_BUILDERS = [(subtle_positive, 24), (pos_me, 11), (pos_hub, 11), (pos_korea, 8), (pos_japan, 7), (pos_europe, 8),
                (pos_fakept, 12), (pos_vuln, 14), (pos_vague, 4), (pos_doc, 7)]
ALLOWED_NEG = {"informal_contact", "pressure"}


def gen_neg():
    if chance(0.66):
        ch = wpick([("agency_announcement", 45), ("whatsapp", 30), ("facebook", 25)])
        d = neg_agency()
        text, flags = render(d, wpick(STYLE_BY_CHANNEL[ch]))
    else:
        ch = wpick([("government_notice", 68), ("facebook", 18), ("whatsapp", 14)])
        fn = wpick(GOV_BUILDERS)
        text, flags = fn(), []
    assert set(flags) <= ALLOWED_NEG, flags
    return wrap(text, ch), ch, False, flags


def gen_pos():
    if chance(0.09):
        text, flags = fake_gov()
        ch = wpick([("government_notice", 60), ("facebook", 25), ("whatsapp", 15)])
        return wrap(text, ch), ch, True, flags
    ch = wpick([("agency_announcement", 46), ("whatsapp", 24), ("facebook", 30)])
    b = wpick(POS_BUILDERS)
    d = b()
    text, flags = render(d, wpick(STYLE_BY_CHANNEL[ch]))
    assert flags, d
    return wrap(text, ch), ch, True, flags


ORDER = ["high_pay", "upfront_fee", "unclear_procedure", "unlicensed_recruiter", "informal_contact", "visa_misuse",
         "restricted_destination", "vague_job", "pressure", "document_fraud", "vulnerable_targeting"]


def main():
    hand = [json.loads(l) for l in open(HAND, encoding="utf-8") if l.strip()]
    rows, seen = [], set()
    for h in hand:
        seen.add(h["text"])
        rows.append(dict(h, origin="hand"))
    gen = []
    plan = [True] * N_POS + [False] * N_NEG
    R.shuffle(plan)
    for lab in plan:
        for _ in range(50):
            text, ch, s, flags = gen_pos() if lab else gen_neg()
            if text not in seen:
                break
        seen.add(text)
        flags = sorted(set(flags), key=ORDER.index)
        gen.append({"text": text, "channel": ch, "lang": "id", "suspicious": s, "red_flags": flags, "origin": "generated"})
    out = []
    for i, r in enumerate(rows + gen, 1):
        out.append({"id": "agv-%05d" % i, "text": r["text"], "channel": r["channel"], "lang": r["lang"],
                    "suspicious": r["suspicious"], "red_flags": r["red_flags"], "origin": r["origin"]})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows (%d hand, %d generated) to %s" % (len(out), len(rows), len(gen), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
