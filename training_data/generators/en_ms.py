"""Generate the English/Malay part of the Waspada training corpus.

Writes training_data/sources/en_ms.jsonl = the hand-written adverts in
en_ms.hand.jsonl followed by generated ones (origin "generated").
Deterministic (fixed seed); rerunning rewrites the whole file.

Each advert is composed from independent building blocks (opener, title,
employer, pay, requirements, visa/procedure, fees, documents, benefits,
urgency, contact, noise).  Every block carries the red-flag codes it shows,
so labels follow from content, and positives and negatives are rendered by
the same layouts (labelled lines, bullets, prose, one-liners, e-mail style).
"""
from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 20250611
N_EN = 360
N_MS = 290
ROOT = Path(__file__).resolve().parents[1]
HAND = ROOT / "sources" / "en_ms.hand.jsonl"
OUT = ROOT / "sources" / "en_ms.jsonl"

HP, UF, UP, UR, IC = "high_pay", "upfront_fee", "unclear_procedure", "unlicensed_recruiter", "informal_contact"
VM, RD, VJ, PR, DF, VT = "visa_misuse", "restricted_destination", "vague_job", "pressure", "document_fraud", "vulnerable_targeting"


# ---------------------------------------------------------------- helpers
class Ad:
    def __init__(self, lang: str, suspicious: bool, channels: list[str]):
        self.lang = lang
        self.suspicious = suspicious
        self.channels = channels
        self.title = ""
        self.segs: list[tuple[str, str, str]] = []  # (key, value, sentence)
        self.flags: set[str] = set()
        self.contact = ""
        self.contact_informal = False
        self.formal_anchor = False  # office address / company e-mail / landline / portal shown
        self.email_style = False
        self.greeting = ""
        self.signoff = ""
        self.role = ""  # plain job title, shown as "Position: ..." in labelled layouts
        self.no_opener = False

    def seg(self, key, value, sent=None, flags=()):
        self.segs.append((key, value, sent or ""))
        self.flags.update(flags)


def p(rng, prob):
    return rng.random() < prob


def fmt_num(rng, n, style=None):
    style = style or rng.choice(["comma", "comma", "plain", "dot"])
    if style == "comma":
        return f"{n:,}"
    if style == "dot":
        return f"{n:,}".replace(",", ".")
    return str(n)


CUR = {
    "USD": ["USD {n}", "USD{n}", "${n}", "{n} USD", "US${n}", "{n}$", "$ {n}"],
    "RM": ["RM{n}", "RM {n}", "RM{n}", "{n} ringgit"],
    "AED": ["AED {n}", "{n} AED", "AED{n}", "{n} dirham"],
    "SAR": ["SAR {n}", "{n} SAR", "{n} riyal", "SR {n}"],
    "KWD": ["KWD {n}", "{n} KD"],
    "QAR": ["QAR {n}", "{n} riyal Qatar"],
    "SGD": ["S${n}", "SGD {n}", "S$ {n}"],
    "HKD": ["HK${n}", "HKD {n}"],
    "NTD": ["NT${n}", "NTD {n}", "{n} NT"],
    "JPY": ["¥{n}", "{n} yen", "JPY {n}"],
    "EUR": ["€{n}", "EUR {n}", "{n} euro", "€ {n}"],
    "GBP": ["£{n}", "GBP {n}"],
    "CAD": ["CAD {n}", "C${n}", "CA$ {n}"],
    "NZD": ["NZ${n}", "NZD {n}"],
    "AUD": ["AUD {n}", "A${n}"],
    "KRW": ["₩{n}", "KRW {n}", "{n} won"],
    "THB": ["฿{n}", "{n} baht", "THB {n}"],
    "BND": ["BND {n}", "B${n}"],
    "PLN": ["PLN {n}", "{n} zł"],
}
PER_EN = ["/month", "/mo", " per month", " a month", " monthly", "", " / month", "/bulan"]
PER_MS = [" sebulan", "/bulan", " sebulan", " per bulan", "/bln", "", " /month"]


def money(rng, cur, n, lang="en", per=True, k_ok=True):
    if cur == "IDR":
        jt = n / 1_000_000
        jts = f"{jt:.1f}".rstrip("0").rstrip(".")
        s = rng.choice([f"Rp {fmt_num(rng, n, 'dot')}", f"IDR {fmt_num(rng, n, 'comma')}", f"{jts} jt", f"{jts} juta", f"Rp{jts}jt"])
    else:
        if k_ok and n >= 1000 and n % 100 == 0 and p(rng, 0.15) and cur in ("RM", "USD", "AED", "SGD"):
            ks = f"{n/1000:.1f}".rstrip("0").rstrip(".") + "k"
            num = ks
        else:
            num = fmt_num(rng, n)
        s = rng.choice(CUR[cur]).format(n=num)
    if per:
        s += rng.choice(PER_MS if lang == "ms" else PER_EN)
    return s


def money_range(rng, cur, lo, hi, lang="en"):
    a = money(rng, cur, lo, lang, per=False, k_ok=False)
    b = money(rng, cur, hi, lang, per=False, k_ok=False)
    if p(rng, 0.5) and cur != "IDR":
        sym_free = fmt_num(rng, hi)
        b = sym_free
    return f"{a} – {b}" + rng.choice(PER_MS if lang == "ms" else PER_EN)


def digits(rng, k):
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def phone(rng, country):
    if country == "ID":
        pre = rng.choice(["812", "813", "821", "822", "823", "852", "853", "857", "877", "878", "895", "896", "831", "838", "811"])
        a, b = digits(rng, 4), digits(rng, 4)
        return rng.choice([f"0{pre}-{a}-{b}", f"0{pre} {a} {b}", f"+62 {pre}-{a}-{b}", f"62{pre}{a}{b}", f"0{pre}{a}{b}"])
    if country == "MY":
        pre = rng.choice(["12", "13", "14", "16", "17", "18", "19", "11"])
        a = digits(rng, 4 if pre == "11" else 3)
        b = digits(rng, 4)
        return rng.choice([f"+60 {pre}-{a} {b}", f"0{pre}-{a} {b}", f"0{pre}{a}{b}", f"+60{pre}{a}{b}"])
    codes = {"KH": ("+855", ["96", "97", "88", "70", "15"], 3, 4), "TH": ("+66", ["81", "82", "94", "95", "86"], 3, 4),
             "LA": ("+856 20", ["55", "56", "91", "99", "52"], 2, 4), "PH": ("+63", ["917", "918", "927", "995"], 3, 4),
             "AE": ("+971", ["50", "52", "55", "56"], 3, 4), "SA": ("+966", ["50", "53", "55", "56"], 3, 4),
             "MM": ("+95", ["9 45", "9 79", "9 25"], 3, 4), "SG": ("+65", ["8", "9"], 3, 4)}
    cc, pres, k1, k2 = codes[country]
    return f"{cc} {rng.choice(pres)}{digits(rng, 1)} {digits(rng, k1)} {digits(rng, k2)}".replace("  ", " ")


FIRST_F = ["Linda", "Jane", "Amy", "Grace", "Vivi", "Mira", "Sarah", "Nana", "Rina", "Lily", "Fiona", "Cindy", "Tina", "Anita", "Rose", "Maya", "Yuni", "Siti", "Aina", "Ros", "Intan", "Nurul", "Wati", "Mei"]
FIRST_M = ["Kevin", "Jason", "Rizal", "Agus", "Joseph", "Samuel", "Andy", "Hafiz", "Daniel", "Rudi", "Budi", "Eric", "Din", "Man", "Zul", "Alex", "Tony", "Wira", "Ali", "Darto", "Leo", "Hendra", "Faizal", "Ken"]
LAST = ["Tan", "Lim", "Wijaya", "Santoso", "Rahman", "Abdullah", "Ong", "Chen", "Hasan", "Putra", "Siregar", "Lubis", "Nasution", "Ismail", "Wong"]


def person(rng, honor=True, lang="en"):
    f = rng.random() < 0.55
    name = rng.choice(FIRST_F if f else FIRST_M)
    if not honor:
        return name
    if lang == "ms":
        h = rng.choice(["Kak", "Cik", "Puan", "Encik", "Abang", "Pak", "Bu", ""]) if True else ""
        if f and h in ("Encik", "Abang", "Pak"):
            h = rng.choice(["Kak", "Cik", "Puan"])
        if not f and h in ("Kak", "Cik", "Puan", "Bu"):
            h = rng.choice(["Encik", "Abang", "Pak"])
    else:
        h = rng.choice(["Ms", "Miss", "Mrs", "Ibu", "Kak", ""]) if f else rng.choice(["Mr", "Mr.", "Pak", "Bro", ""])
    return (h + " " + name).strip()


def handle(rng, stem):
    return "@" + rng.choice([f"{stem}_{rng.choice(FIRST_F + FIRST_M).lower()}", f"hr_{rng.choice(FIRST_F).lower()}{rng.randint(1,99)}",
                              f"{rng.choice(FIRST_F + FIRST_M).lower()}_{stem}", f"{stem}{rng.randint(2020, 2026)}", f"{stem}_hr"])


def freemail(rng, stem):
    who = rng.choice(FIRST_F + FIRST_M).lower()
    return rng.choice([f"{who}.{stem}@gmail.com", f"{stem}.{who}{rng.randint(1,999)}@gmail.com", f"{stem}{rng.randint(10,99)}@yahoo.com",
                       f"hr.{stem}@outlook.com", f"{stem}.recruit@hotmail.com"])


PT_A = ["Sinar", "Cahaya", "Mitra", "Karya", "Bina", "Putra", "Anugerah", "Bahari", "Surya", "Citra", "Duta", "Graha", "Prima", "Samudra", "Nusa", "Insan", "Tunas", "Berkah", "Rajawali", "Mutiara", "Bintang", "Arta"]
PT_B = ["Bahari", "Mandiri", "Sejahtera", "Abadi", "Utama", "Perkasa", "Lestari", "Global", "Nusantara", "Makmur", "Sentosa", "Gemilang", "Raya", "Persada", "Jaya"]
PT_C = ["", "", "Indonesia", "Internasional", "Mandiri", "Sakti", "Bersama"]


def pt_name(rng):
    parts = [rng.choice(PT_A), rng.choice(PT_B), rng.choice(PT_C)]
    return "PT " + " ".join(x for x in parts if x)


def sdn_name(rng):
    a = rng.choice(["Seri", "Mega", "Perdana", "Bumi", "Jasa", "Teguh", "Murni", "Gemilang", "Setia", "Indah", "Harmoni", "Utara", "Desa", "Wawasan", "Sinaran"])
    b = rng.choice(["Industries", "Plastik", "Agro", "Perladangan", "Elektronik", "Makanan", "Logistik", "Binaan", "Holdings", "Manufacturing", "Precision", "Packaging", "Furniture"])
    return f"{a} {b} Sdn Bhd"


def sip3mi(rng):
    return f"{rng.randint(1, 9)}/{rng.randint(100, 2999):04d}/HK.04/{rng.choice([2021, 2022, 2023, 2024, 2025])}"


JAMBI = ["Telanaipura", "Kota Baru", "Jelutung", "Alam Barajo", "Paal Merah", "Sipin", "Thehok", "Pasar Jambi", "Jambi Selatan", "Danau Teluk", "Pelayangan"]
JAMBI_REG = ["Muaro Jambi", "Batanghari", "Tebo", "Bungo", "Sarolangun", "Merangin", "Kerinci", "Tanjung Jabung Barat", "Tanjung Jabung Timur", "Sungai Penuh"]
MY_CITY = ["Shah Alam", "Klang", "Johor Bahru", "Senai", "Pasir Gudang", "Penang", "Bayan Lepas", "Seremban", "Ipoh", "Kuantan", "Melaka", "Kulim", "Puchong", "Rawang", "Nilai", "Kota Bharu", "Kuching", "Kota Kinabalu", "Bangi", "Kajang", "Batu Pahat", "Muar", "Sungai Petani", "Kuala Terengganu", "Petaling Jaya", "Cheras"]
ID_CITY = ["Jambi", "Batam", "Pekanbaru", "Palembang", "Medan", "Jakarta", "Bandung", "Surabaya", "Bengkulu", "Padang"]


# ---------------------------------------------------------------- shared pools
OPEN_EN = ["", "", "", "WE ARE HIRING", "Job vacancy", "Hiring now!", "Opportunity 👇", "Sharing for anyone looking for work:", "Good news for job seekers!",
           "VACANCY", "Open recruitment", "[JOB]", "Dear all,", "Info loker", "Repost from a friend:", "📢 Announcement", "Hi everyone 👋", "URGENT HIRING",
           "Job alert", "Now recruiting", "Lowongan / Vacancy", "Career opportunity", "Anyone looking for a job?", "FYI", "Job opening"]
OPEN_MS = ["", "", "", "JAWATAN KOSONG", "Kerja kosong", "Kami sedang mengambil pekerja", "Peluang kerjaya", "Info kerja", "Salam semua,", "Sharing untuk yang cari kerja:",
           "IKLAN", "Dicari", "Kekosongan jawatan", "HIRING!", "Assalamualaikum,", "Salam sejahtera.", "📢 Pengumuman", "KERJA KOSONG TERKINI", "Siapa cari kerja?", "Jawatan ditawarkan:",
           "URGENT!", "Perhatian pencari kerja"]
HASHTAGS = ["#lowongankerja", "#loker", "#jobs", "#hiring", "#kerjaluarnegeri", "#jawatankosong", "#kerjakosong", "#lokerjambi", "#overseasjobs", "#jobseeker", "#kerja", "#vacancy", "#peluangkerja", "#jobhunt"]

LABEL = {
    "en": {"pay": ["Salary", "Pay", "Gaji", "Income", "Compensation", "Package", "Wage"], "loc": ["Location", "Place", "Work site", "Lokasi", "Based in"],
           "req": ["Requirements", "Req", "Syarat", "Qualifications", "Who can apply", "Criteria"], "benefit": ["Benefits", "Perks", "Facilities", "We provide", "Fasilitas"],
           "visa": ["Visa", "Documents", "Process", "Work permit", "Immigration"], "fee": ["Fee", "Cost", "Biaya", "Costs", "Payment"], "employer": ["Employer", "Company", "Agency", "Recruiter"],
           "hours": ["Hours", "Working hours", "Schedule", "Shift"], "contract": ["Contract", "Terms"], "note": ["Note", "NB", "Important", "PS"], "steps": ["Procedure", "Steps", "How it works", "Process"],
           "duty": ["Job desc", "Duties", "Responsibilities", "Scope"], "doc": ["Documents", "Passport", "Dokumen"], "urg": ["Deadline", "Departure", "Slots", "Note"]},
    "ms": {"pay": ["Gaji", "Pendapatan", "Salary", "Gaji pokok"], "loc": ["Lokasi", "Tempat kerja", "Kawasan"], "req": ["Syarat", "Kelayakan", "Keperluan", "Syarat-syarat"],
           "benefit": ["Faedah", "Kemudahan", "Elaun & faedah", "Disediakan"], "visa": ["Permit", "Dokumen", "Proses", "Visa"], "fee": ["Yuran", "Kos", "Bayaran"],
           "employer": ["Majikan", "Syarikat", "Ejen"], "hours": ["Waktu kerja", "Syif", "Masa kerja"], "contract": ["Kontrak", "Terma"], "note": ["Nota", "Perhatian", "PS", "Penting"],
           "steps": ["Prosedur", "Langkah", "Proses pengambilan"], "duty": ["Tugas", "Skop kerja", "Tanggungjawab"], "doc": ["Pasport", "Dokumen"], "urg": ["Tarikh tutup", "Tempat", "Perhatian"]},
}
EMO = {"pay": ["💰", "💵", "💸", "🤑"], "loc": ["📍", "🌏", "🏙️"], "req": ["✅", "☑️", "✔️"], "benefit": ["✈️", "🏠", "🍱", "🎁"], "visa": ["🛂", "📄"], "fee": ["💳", "🧾"],
       "contact": ["📞", "📲", "☎️", "👉"], "urg": ["⏰", "🔥", "⚠️"], "employer": ["🏢"], "hours": ["🕘"], "note": ["📌", "❗"], "steps": ["📋"], "duty": ["📝"], "doc": ["📘"], "contract": ["📑"]}
BULLETS = ["• ", "- ", "* ", "▪️ ", "✔ ", "> ", "~ ", "", "👉 "]

MIX_EN = [("salary", "gaji"), ("no experience", "tanpa pengalaman"), ("accommodation", "mess"), ("depart", "berangkat"), ("Contact", "Hubungi"), ("free", "gratis"),
          ("quickly", "cepat"), ("interested", "minat"), ("requirements", "syarat"), ("Location", "Lokasi")]
MIX_MS = [("gaji", "salary"), ("tiada pengalaman", "no experience"), ("percuma", "free"), ("segera", "urgent"), ("Hubungi", "Contact"), ("mohon", "apply"), ("tempat tinggal", "hostel")]
ABBR_MS = [("yang", "yg"), ("untuk", "utk"), ("dengan", "dgn"), ("tidak", "tak"), ("sahaja", "je"), ("boleh", "blh"), ("sebulan", "sebln")]
ABBR_EN = [("please", "pls"), ("you", "u"), ("message", "msg"), ("people", "ppl"), ("experience", "exp")]


def sentence(seg):
    key, value, sent = seg
    return sent if sent else value


def render(ad: Ad, rng: random.Random, channel: str) -> str:
    lang = ad.lang
    chatty = channel in ("whatsapp", "telegram", "facebook", "instagram_tiktok")
    segs = list(ad.segs)
    # partial shuffle: keep some order but move blocks around
    if p(rng, 0.7):
        k = rng.randint(1, max(1, len(segs) // 2))
        for _ in range(k):
            i, j = rng.randrange(len(segs)), rng.randrange(len(segs))
            segs[i], segs[j] = segs[j], segs[i]
    if ad.email_style:
        layout = rng.choice(["prose", "labelled"])
    elif channel in ("government_notice",):
        layout = rng.choice(["prose", "bullets", "prose"])
    elif channel in ("job_board", "agency_announcement"):
        layout = rng.choice(["labelled", "bullets", "labelled", "prose", "mixed"])
    elif channel == "news_classified":
        layout = rng.choice(["oneliner", "prose", "labelled"])
    else:
        layout = rng.choice(["bullets", "prose", "oneliner", "labelled", "mixed", "emoji"])
    if len(segs) <= 2 and layout in ("labelled", "bullets", "emoji"):
        layout = "prose"
    opener = rng.choice(OPEN_MS if lang == "ms" else OPEN_EN)
    title = ad.title
    if title and p(rng, 0.3):
        title = title.upper()
    elif title and p(rng, 0.2) and chatty:
        title = rng.choice(["🔥 ", "📢 ", "✨ ", "💼 ", "🚨 ", ""]) + title + rng.choice([" 🔥", "!", "!!", "", " ✨"])
    lines: list[str] = []
    if ad.email_style:
        if ad.greeting:
            lines.append(ad.greeting)
        opener = ""
    if opener and not ad.email_style and not ad.no_opener and p(rng, 0.7):
        lines.append(opener)
    bullet = rng.choice(BULLETS)
    if layout in ("labelled", "bullets", "emoji", "mixed"):
        if title:
            if layout == "labelled" and ad.role and p(rng, 0.5):
                lines.append(rng.choice(["Jawatan: ", "Posisi: "] if lang == "ms" else ["Position: ", "Role: ", "Job: "]) + ad.role)
            else:
                lines.append(title)
        body = []
        for idx, s in enumerate(segs):
            key, value, sent = s
            if layout == "labelled":
                lab = rng.choice(LABEL[lang].get(key, [""]))
                txt = f"{lab}: {value}" if lab and key not in ("note", "urg") else (sent or value)
                body.append(bullet + txt if p(rng, 0.4) else txt)
            elif layout == "emoji":
                body.append(rng.choice(EMO.get(key, ["▫️"])) + " " + (value if p(rng, 0.6) else (sent or value)))
            elif layout == "mixed" and idx < 2:
                body.append(sent or value)
            else:
                body.append(bullet + (value if p(rng, 0.5) else (sent or value)))
        lines.extend(body)
        if ad.contact:
            lines.append(ad.contact)
    elif layout == "oneliner":
        parts = [title] if title else []
        parts += [s[1] for s in segs]
        sep = rng.choice([", ", ". ", " | ", " / ", " - ", "; "])
        parts = [x.rstrip(".").rstrip() for x in parts if x]
        txt = ""
        for i, x in enumerate(parts):
            if i:
                txt += " " if txt.endswith(("!", "?", ":")) else sep
            txt += x
        if ad.contact:
            txt += rng.choice([". ", " ", ", ", " — "]) + ad.contact
        lines.append(txt)
    else:  # prose
        sents = []
        if title:
            sents.append(title + rng.choice([".", ":", " –", "!", ""]))
        for s in segs:
            t = sentence(s)
            if t and t[-1] not in ".!?)":
                t += "."
            sents.append(t)
        if ad.contact:
            sents.append(ad.contact)
        if p(rng, 0.5) and len(sents) > 3:
            cut = rng.randint(2, len(sents) - 1)
            lines.append(" ".join(sents[:cut]))
            lines.append("")
            lines.append(" ".join(sents[cut:]))
        else:
            lines.append(" ".join(sents))
    if ad.email_style and ad.signoff:
        lines.append("")
        lines.append(ad.signoff)
    if chatty and p(rng, 0.15) and channel in ("instagram_tiktok", "facebook"):
        lines.append(" ".join(rng.sample(HASHTAGS, rng.randint(2, 5))))
    text = "\n".join(lines) if p(rng, 0.85) or ad.email_style else "\n\n".join(l for l in lines if l)
    # noise
    if p(rng, 0.22):
        pairs = MIX_MS if lang == "ms" else MIX_EN
        for a, b in pairs:
            if a in text and p(rng, 0.5):
                text = text.replace(a, b, 1)
    if chatty and p(rng, 0.3):
        pairs = ABBR_MS if lang == "ms" else ABBR_EN
        for a, b in pairs:
            if f" {a} " in text and p(rng, 0.5):
                text = text.replace(f" {a} ", f" {b} ")
    if chatty and p(rng, 0.12):
        text = text.lower()
    if chatty and p(rng, 0.15):
        words = text.split(" ")
        for _ in range(rng.randint(1, 3)):
            i = rng.randrange(len(words))
            w = words[i]
            if len(w) > 4 and w.isalpha():
                j = rng.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        text = " ".join(words)
    if chatty and p(rng, 0.1):
        text = text.replace(".", rng.choice(["..", " ", "."]))
    return text.strip()


def set_contact(ad: Ad, rng, informal: list[str], formal: list[str], p_formal: float):
    """Pick a contact line; informal_contact is added later if nothing formal shows."""
    use_formal = p(rng, p_formal)
    bits = []
    if use_formal:
        bits.append(rng.choice(formal))
        ad.formal_anchor = True
        if p(rng, 0.35) and informal:
            bits.append(rng.choice(informal))
    else:
        bits.append(rng.choice(informal))
        ad.contact_informal = True
    ad.contact = rng.choice([" / ", ". ", " or ", "\n"]).join(bits)


def finish(ad: Ad):
    if ad.contact_informal and not ad.formal_anchor:
        ad.flags.add(IC)
    return ad


def pick_some(rng, opts, lo, hi):
    """opts: list of callables; call a random subset of size lo..hi."""
    k = rng.randint(lo, min(hi, len(opts)))
    for f in rng.sample(opts, k):
        f()


# ================================================================ ENGLISH
HUBS = [("Sihanoukville", "Cambodia"), ("Phnom Penh", "Cambodia"), ("Bavet", "Cambodia"), ("Poipet", "Cambodia"), ("Kampot", "Cambodia"), ("Koh Kong", "Cambodia"),
        ("Myawaddy", "Myanmar"), ("Shwe Kokko", "Myanmar"), ("Tachileik", "Myanmar"), ("KK Park", "Myanmar"), ("Golden Triangle SEZ", "Laos"), ("Vientiane", "Laos"),
        ("Bokeo", "Laos"), ("Manila", "the Philippines"), ("Pasay", "the Philippines"), ("Clark, Pampanga", "the Philippines"), ("Parañaque", "the Philippines")]
HUB_CC = {"Cambodia": "KH", "Myanmar": "TH", "Laos": "LA", "the Philippines": "PH"}
SCAM_ROLES = ["Customer Service", "Typing job", "Data Entry", "Game CS", "Online Customer Support", "Chat Operator", "Admin Online", "Live chat agent", "Telemarketing staff",
              "Social media admin", "Content moderator", "Online marketing", "Customer Relations Officer", "IT support (typing)", "Indonesian translator", "Player support",
              "Customer Experience Associate", "Operator (computer)", "Sales chat agent", "Account officer (online)"]


def en_informal(rng, cc="ID", stem="jobs"):
    return [f"WhatsApp {phone(rng, cc)}", f"WA {phone(rng, cc)} ({person(rng)})", f"Telegram {handle(rng, stem)}", "DM me", "PM for details", "inbox me",
            f"email {freemail(rng, stem)}", f"Contact {person(rng)} on WhatsApp {phone(rng, cc)}", "link in bio", f"text {phone(rng, cc)}",
            f"Telegram: {handle(rng, stem)}", f"wa.me/{phone(rng, cc).replace(' ', '').replace('-', '').replace('+', '')}", "comment 'interested' and I will DM you"]


def en_formal_company(rng, dom):
    return [f"Apply: hr@{dom}", f"Send CV to careers@{dom}", f"Email: recruitment@{dom}", f"Apply via {dom}/careers", f"Send your CV to talent@{dom}"]


def en_scam_hub(rng):
    ad = Ad("en", True, ["whatsapp", "telegram", "facebook", "instagram_tiktok", "job_board", "news_classified", "agency_announcement", "telegram"])
    city, country = rng.choice(HUBS)
    role = rng.choice(SCAM_ROLES)
    usd = rng.choice(range(800, 1850, 50))
    subtle = p(rng, 0.3)
    ad.title = rng.choice([role, f"{role} – {city}", f"{role} needed", f"Hiring {role}", f"{role} ({country})"])
    ad.flags.update([RD, HP])
    ad.seg("loc", rng.choice([f"{city}, {country}", city, f"{country} ({city})"]),
           rng.choice([f"Location is {city}, {country}.", f"Work in {city}.", f"Based in {city}, {country}.", f"Placement: {country}, {city} area."]))
    pay = money(rng, "USD", usd) if p(rng, 0.6) else money_range(rng, "USD", usd, usd + rng.choice([200, 300, 500]))
    ad.seg("pay", pay + rng.choice(["", " + bonus", " + commission", " (paid in USDT)", " + KPI bonus", ""]),
           rng.choice([f"Salary {pay}.", f"You get {pay}, paid monthly.", f"Earn {pay}.", f"Basic pay {pay} plus bonus."]))
    if subtle:
        comp = rng.choice(["Golden Bay", "Apex Digital", "Horizon Tech", "Lucky Star", "Silverline", "Bright Ocean", "Oriental Harbor", "NovaLink", "Pacific Crest", "Jade River"])
        suf = rng.choice(["Co., Ltd.", "Group", "Technology Co., Ltd.", "Solutions", "Entertainment"])
        dom = comp.lower().replace(" ", "") + rng.choice(["-hr.com", ".com", "group.net", "-careers.com"])
        ad.seg("employer", f"{comp} {suf}", f"Employer: {comp} {suf}, a fast-growing online service company.")
        ad.seg("duty", rng.choice(["handle customer chats and tickets in Indonesian/English", "reply to clients via chat apps, 12-hour shifts", "support players of our gaming platform by chat",
                                    "follow up on leads and register new accounts"]))
        ad.seg("benefit", rng.choice(["accommodation, meals and airfare provided", "staff apartment inside the campus, gym, canteen", "company housing and shuttle", "flight, housing, food covered"]))
        v = rng.random()
        if v < 0.35:
            ad.seg("visa", "business visa arranged by the company", "The company arranges a business visa.", [VM])
        elif v < 0.55:
            ad.seg("visa", "visa processed after arrival", "Your visa will be processed after arrival.", [VM, UP])
        else:
            ad.seg("visa", rng.choice(["visa arranged by the company", "work visa sponsored", "visa & permit handled by HR"]))
        if p(rng, 0.4):
            ad.seg("contract", rng.choice(["contract signed on site", "6-month contract, early resignation penalty USD 3,000", "probation 3 months, contract after arrival"]),
                   None, [UP] if p(rng, 0.5) else [])
        if p(rng, 0.3):
            ad.seg("note", rng.choice(["Candidates should not disclose the offer until contract signing.", "Please keep this opportunity confidential.", "Limited intake this month."]), None, [PR])
        set_contact(ad, rng, en_informal(rng, HUB_CC[country], "hr"), en_formal_company(rng, dom), 0.7)
    else:
        ad.flags.update([VJ, UR])
        emp = rng.random()
        if emp < 0.4:
            ad.seg("employer", rng.choice(["company name will be informed at interview", "big online company", "my boss's company", "a trusted company (name given later)",
                                           "our client company"]))
        elif emp < 0.7:
            ad.seg("employer", f"recruiter {person(rng)}", f"I'm {person(rng, False)}, recruiter for this company.")
        ad.seg("req", rng.choice(["no experience needed", "basic English ok", "no experience, basic English", "age 18-35, can type", "SMP/SMA ok, no experience",
                                  "only need handphone skill", "English basic, fast typing", "male/female 18–30"]),
               rng.choice(["No experience needed.", "Basic English is enough.", "We train you, no experience required.", "Age 18 to 35, can use computer."]))
        ad.seg("benefit", rng.choice(["free flight + free accommodation", "ticket & hotel we pay", "free ticket, free dorm, free food", "flight, visa, room all covered",
                                      "free flight and accommodation + 3 meals"]))
        opts = [
            lambda: ad.seg("visa", rng.choice(["tourist visa first, work permit later", "come with tourist visa, company does permit after arrive", "visa on arrival, just bring passport",
                                               "fly to Bangkok then our driver take you", "enter as tourist, we change status later", "travel via Mae Sot by land"]), None, [VM, UP]),
            lambda: ad.seg("urg", rng.choice(["depart this week", "only 5 seats left", "leave in 3 days after interview", "closing tomorrow", "fast depart 1 week",
                                              "limited slot, first come first serve"]), None, [PR]),
            lambda: ad.seg("note", rng.choice(["don't tell family yet, just say holiday", "please don't share this post publicly", "keep it secret until you arrive"]), None, [PR]),
            lambda: ad.seg("doc", rng.choice(["passport kept by company for safety", "age 17 ok, we fix the age", "no passport? we help make it fast", "passport will be held by HR during contract"]), None, [DF]),
            lambda: ad.seg("fee", rng.choice(["ticket deducted from salary", "pay Rp 3 juta for airport handling", "visa fee USD 300 refund later", "Rp 2.500.000 registration"]), None, [UF]),
            lambda: ad.seg("note", rng.choice(["work 12 hrs, 1 day off", "contract signed there", "details explained after arrive"]), None, [UP] if p(rng, 0.5) else []),
        ]
        pick_some(rng, opts, 1, 3)
        set_contact(ad, rng, en_informal(rng, rng.choice(["ID", HUB_CC[country]]), "hr"), [], 0.0)
    return finish(ad)


def en_dubai(rng):
    ad = Ad("en", True, ["whatsapp", "telegram", "instagram_tiktok", "facebook", "job_board"])
    role = rng.choice(["Crypto sales agent", "Sales consultant (crypto & forex)", "Social media operator", "Telemarketer (trading platform)", "Investment advisor trainee",
                       "Client relations (fintech)", "Call centre agent", "Real estate & crypto sales", "Chat support – crypto exchange"])
    city = rng.choice(["Dubai", "Dubai Marina", "Business Bay, Dubai", "Abu Dhabi", "Sharjah"])
    aed = rng.choice(range(5000, 12001, 500))
    ad.title = rng.choice([role, f"{role} – {city}", f"{role.upper()} 🇦🇪", f"{role} in {city}"])
    ad.seg("loc", city)
    ad.seg("pay", money(rng, "AED", aed) + rng.choice(["", " + commission", " + 10% commission", " basic + uncapped commission"]),
           f"Package {money(rng, 'AED', aed)} plus commission.")
    ad.seg("req", rng.choice(["no experience, full training", "English speaking, experience not required", "fresh graduates welcome", "sales experience preferred but not required"]))
    ad.flags.add(HP)
    opts = [
        lambda: ad.seg("visa", rng.choice(["start on visit visa, employment visa later", "visit visa provided, change status after probation", "come on tourist visa, we convert",
                                           "visit visa 60 days, company change status"]), None, [VM, UP]),
        lambda: ad.seg("fee", rng.choice([f"visa processing {money(rng, 'USD', rng.choice([250, 300, 350, 400, 500]), per=False)} (refund after 3 months)",
                                          "ticket deducted from first salary", f"pay {money(rng, 'AED', 1500, per=False)} for Emirates ID and medical"]), None, [UF]),
        lambda: ad.seg("urg", rng.choice(["interview this week only", "slots closing Friday", "start immediately"]), None, [PR] if p(rng, 0.7) else []),
        lambda: ad.seg("doc", "send your passport copy and photo first", None, []),
    ]
    pick_some(rng, opts, 1, 3)
    if p(rng, 0.6):
        ad.flags.add(UR)
        set_contact(ad, rng, en_informal(rng, "AE", "dxb"), [], 0.0)
    else:
        comp = rng.choice(["Falcon Capital Markets", "Zenith FX Trading", "Dune Crest Investments", "Atlas Coin Desk"])
        dom = comp.lower().replace(" ", "")[:12] + ".ae"
        ad.seg("employer", comp + " LLC")
        set_contact(ad, rng, en_informal(rng, "AE", "dxb"), en_formal_company(rng, dom), 0.6)
    if len(ad.flags) < 2:
        ad.flags.add(VJ)
    return finish(ad)


HOSTESS_PLACES = [("Phnom Penh", True), ("Sihanoukville", True), ("Vientiane", True), ("Manila", True), ("Macau", False), ("Kuala Lumpur", False), ("Johor Bahru", False),
                  ("Bangkok", False), ("Pattaya", False), ("Dubai", False), ("Erbil", False), ("Tokyo", False), ("Batam", False), ("Bali", False), ("Singapore", False), ("Shanghai", False)]


def en_hostess(rng):
    ad = Ad("en", True, ["whatsapp", "telegram", "facebook", "instagram_tiktok", "job_board", "news_classified"])
    place, hub = rng.choice(HOSTESS_PLACES)
    role = rng.choice(["hostess", "guest relation officer (GRO)", "KTV hostess", "lounge hostess", "spa therapist", "massage therapist", "bar waitress", "model / brand ambassador",
                       "companion for VIP guests", "live-stream host", "receptionist (female)", "cafe waitress", "club dancer", "karaoke LC"])
    ad.title = rng.choice([f"{role.capitalize()} – {place}", f"Job for ladies: {role}", f"{role.upper()} WANTED", f"Hiring {role} in {place}"])
    ad.flags.add(VT)
    ad.seg("req", rng.choice([f"female {a}-{b}, good looking" for a, b in [(18, 25), (18, 23), (20, 28), (18, 26)]] +
                             ["young women, slim & pretty, single", "girls 18+, attractive, outgoing", "female, min height 158cm, unmarried", "pretty, friendly, no boyfriend preferred",
                              "age 18–24, fair skin, slim", "single ladies only, nice appearance"]),
           None, [VT])
    domestic = place in ("Batam", "Bali")
    if domestic:
        amt = rng.choice(range(8, 31)) * 1_000_000
        pay = money(rng, "IDR", amt)
    else:
        cur = rng.choice(["USD", "USD", "RM", "AED"]) if place not in ("Kuala Lumpur", "Johor Bahru") else "RM"
        amt = {"USD": rng.choice(range(1500, 5001, 250)), "RM": rng.choice(range(6000, 15001, 500)), "AED": rng.choice(range(8000, 20001, 1000))}[cur]
        pay = money(rng, cur, amt)
    ad.seg("pay", pay + rng.choice(["", " + tips", " + drink commission", " depend on customer"]), None, [HP])
    if hub:
        ad.flags.add(RD)
    ad.seg("benefit", rng.choice(["free flight, free apartment", "ticket paid by boss", "accommodation with other girls, driver provided", "mess free, transport from Jambi paid",
                                  "apartment & flights covered"]))
    opts = [
        lambda: ad.seg("doc", rng.choice(["passport kept by management for safety", "we hold your passport during contract", "age under 18 can be arranged"]), None, [DF]),
        lambda: ad.seg("fee", rng.choice(["ticket advance, pay back from salary", "cash bon available, deduct later", "pay Rp 1.5 jt for uniform & photoshoot"]), None, [UF]),
        lambda: ad.seg("urg", rng.choice(["depart this week", "only 3 places", "don't tell family, discreet", "start tomorrow"]), None, [PR]),
    ]
    if not domestic:
        opts.append(lambda: ad.seg("visa", rng.choice(["travel with tourist visa", "no work permit needed", "come as tourist, we handle", "visa on arrival"]), None, [VM]))
    opts.append(lambda: ad.seg("note", rng.choice(["send 3 photos (face + full body)", "send photos by DM", "include swimwear photo"]), None, []))
    pick_some(rng, opts, 1, 3)
    ad.flags.add(UR)
    set_contact(ad, rng, en_informal(rng, rng.choice(["ID", "MY", "TH"]) if not hub else "KH", "ktv"), [], 0.0)
    return finish(ad)


def en_cruise(rng):
    ad = Ad("en", True, ["facebook", "whatsapp", "instagram_tiktok", "news_classified", "job_board", "agency_announcement"])
    brand = rng.choice(["Royal Seas Cruise", "Ocean Pearl Cruises", "Blue Horizon Cruise Line", "Star Voyager Cruises", "cruise ship", "international cruise line", "Majestic Ocean Lines"])
    roles = rng.sample(["waiter", "cabin steward", "bar boy", "cook helper", "dishwasher", "laundry", "housekeeping", "spa staff", "security", "bartender"], 3)
    ad.title = rng.choice([f"{brand.title()} recruitment", f"Cruise ship jobs {rng.choice([2025, 2026])}", f"{brand} hiring!", "WORK ON A CRUISE SHIP 🚢"])
    ad.seg("duty", ", ".join(roles), f"Positions: {', '.join(roles)}.")
    usd = rng.choice(range(2800, 5501, 100))
    ad.seg("pay", money_range(rng, "USD", usd, usd + 1500) if p(rng, 0.5) else money(rng, "USD", usd), None, [HP])
    ad.seg("req", rng.choice(["no experience required", "age 20-35, basic English", "SMA/SMK, no experience ok", "male/female, no experience"]))
    fee_idr = rng.choice([1_500_000, 3_500_000, 6_000_000, 7_500_000, 12_000_000, 18_500_000])
    ad.seg("fee", rng.choice([f"processing fee {money(rng, 'IDR', fee_idr, per=False)} (medical, visa, training, seaman book)",
                              f"registration {money(rng, 'IDR', fee_idr, per=False)} to join the interview",
                              f"training & documents {money(rng, 'USD', rng.choice([400, 600, 800, 1200]), per=False)}",
                              f"transfer {money(rng, 'IDR', fee_idr, per=False)} to our finance officer before medical"]), None, [UF])
    opts = [lambda: ad.seg("urg", rng.choice(["only 20 slots", "closing this Friday", "confirm by today 5pm", "departure in 3 weeks"]), None, [PR]),
            lambda: ad.seg("doc", rng.choice(["no seaman book? we make it in 1 week", "age can be adjusted"]), None, [DF]),
            lambda: ad.seg("note", rng.choice(["guaranteed placement after our course", "100% guaranteed boarding"]), None, [UP])]
    pick_some(rng, opts, 0, 2)
    ad.flags.add(UR)
    set_contact(ad, rng, en_informal(rng, "ID", "cruise"), [f"Office: Ruko {rng.choice(['Mayang', 'Kota Baru', 'Simpang Rimbo'])} Blok {rng.choice('ABCD')}-{rng.randint(1,20)}, Jambi"], 0.25)
    return finish(ad)


FARM = [("Poland", "EUR", (1900, 3200), ["fruit picking", "greenhouse", "meat factory", "warehouse", "construction", "packing"]),
        ("Canada", "CAD", (3800, 6000), ["farm worker", "kitchen helper", "meat cutter", "fruit picker", "truck loader"]),
        ("the UK", "GBP", (2000, 3200), ["seasonal farm worker", "care assistant", "packer"]),
        ("New Zealand", "NZD", (4500, 7000), ["kiwi picking", "orchard worker", "dairy farm"]),
        ("Australia", "AUD", (4500, 7500), ["fruit picking", "meat works", "farm hand"]),
        ("Germany", "EUR", (2000, 3200), ["warehouse", "harvest helper", "factory"]),
        ("Romania", "EUR", (1500, 2400), ["construction", "factory", "delivery rider"]),
        ("Czech Republic", "EUR", (1800, 2600), ["factory", "warehouse"]),
        ("Croatia", "EUR", (1700, 2500), ["hotel", "construction"])]


def en_farm_fee(rng):
    ad = Ad("en", True, ["facebook", "whatsapp", "telegram", "job_board", "news_classified", "instagram_tiktok"])
    country, cur, (lo, hi), jobs = rng.choice(FARM)
    job = rng.choice(jobs)
    ad.title = rng.choice([f"{country.replace('the ', '').upper()} {job.upper()} JOBS", f"{job.capitalize()} – {country}", f"Work in {country}!", f"{country} work permit program"])
    amt = rng.choice(range(lo, hi + 1, 100))
    ad.seg("pay", money(rng, cur, amt) + rng.choice(["", " net", " + free housing", ", overtime available"]), None, [HP] if amt > (lo + hi) / 2 or p(rng, 0.5) else [])
    ad.seg("req", rng.choice(["no experience, no language required", "no English needed", "age 21-45, male/female", "no IELTS, no experience"]))
    fee = rng.choice([f"work permit + visa processing fee {money(rng, 'IDR', rng.choice([9, 12, 15, 25, 30, 45]) * 1_000_000, per=False)}",
                      f"program fee {money(rng, 'USD', rng.choice([900, 1200, 1500, 2500, 3800]), per=False)} (50% at registration)",
                      f"visa processing fee {money(rng, 'USD', rng.choice([600, 900, 1200]), per=False)}, no refund",
                      f"registration {money(rng, 'IDR', rng.choice([2, 3, 5]) * 1_000_000, per=False)}, refundable if not depart",
                      f"LMIA/permit fee {money(rng, 'CAD', rng.choice([900, 1500, 2500]), per=False)} pay to our consultant"])
    ad.seg("fee", fee, None, [UF])
    opts = [lambda: ad.seg("visa", rng.choice(["100% visa approval guaranteed", "no LMIA needed", "no embassy interview needed", "fast process 2 weeks"]), None, [UP]),
            lambda: ad.seg("visa", rng.choice(["come on visitor visa, employer converts", "tourist visa first, permit later", "student status, no work visa needed"]), None, [VM, UP]),
            lambda: ad.seg("urg", rng.choice(["limited slots!", "embassy slot closing next week", "register before end of month", "only 1 week to apply"]), None, [PR]),
            lambda: ad.seg("doc", rng.choice(["send KTP + passport photo first", "passport kept by coordinator until departure"]), None, [DF] if p(rng, 0.5) else [])]
    pick_some(rng, opts, 1, 2)
    ad.flags.add(UR)
    set_contact(ad, rng, en_informal(rng, "ID", country.split()[-1].lower()), [], 0.0)
    return finish(ad)


FAKE_CO = [("Gulf Crown Hotels", "Room Attendant", "AED", 4800), ("Al Noor Petroleum Company", "Storekeeper", "USD", 4200), ("Maple Leaf Agro Ltd", "Farm Supervisor", "CAD", 5200),
           ("Northstar Energy Services", "Offshore Helper", "USD", 5800), ("Oceanic Star Cruises", "Cabin Steward", "USD", 3900), ("Desert Rose Resorts", "Front Office Assistant", "AED", 9500),
           ("Britannia Care Homes", "Care Assistant", "GBP", 3200), ("Pacific Rim Mining Ltd", "Driver", "AUD", 7800), ("Qasr Hospitality Group", "Housekeeping Supervisor", "QAR", 8000),
           ("Emerald Logistics LLC", "Warehouse Assistant", "AED", 7000)]


def en_fake_email(rng):
    ad = Ad("en", True, ["job_board", "whatsapp", "news_classified", "job_board"])
    comp, role, cur, amt = rng.choice(FAKE_CO)
    stem = "".join(w[0] for w in comp.split()).lower()
    mail = rng.choice([f"hr.{stem}.recruitment@gmail.com", f"{stem}careers{rng.randint(1, 99)}@yahoo.com", f"recruitment.{stem}@outlook.com", f"{stem}.hrdept@hotmail.com"])
    ad.email_style = True
    ad.greeting = rng.choice(["Dear Applicant,", "Dear Candidate,", "Good day,", f"Subject: Employment Offer – {role}\n\nDear Sir/Madam,", "Congratulations!"])
    ad.seg("employer", f"{comp} has shortlisted you for the position of {role}", f"{comp} is pleased to inform you that you have been shortlisted for the position of {role}.")
    ad.seg("pay", money(rng, cur, amt) + rng.choice(["", " tax free", " plus free accommodation"]), f"The monthly salary is {money(rng, cur, amt, per=False)}, with free accommodation and transport.",
           [HP] if p(rng, 0.6) else [])
    fee_amt = rng.choice([250, 280, 320, 450, 600])
    ad.seg("fee", f"pay {money(rng, 'USD', fee_amt, per=False)} for " + rng.choice(["visa processing", "embassy attestation", "work permit processing", "medical pre-screening", "interview booking"]),
           f"To proceed, you are required to pay a refundable fee of {money(rng, 'USD', fee_amt, per=False)} for " +
           rng.choice(["visa processing", "embassy attestation", "work permit processing", "medical pre-screening", "interview scheduling"]) +
           rng.choice([" via Western Union.", " to our accredited travel agent.", " to the account that will be sent to you.", "."]), [UF])
    if p(rng, 0.5):
        ad.seg("urg", "within 72 hours", "Failure to pay within 72 hours will result in cancellation of your offer.", [PR])
    if p(rng, 0.4):
        ad.seg("note", "contact our agent", f"Kindly contact our accredited agent {person(rng)} for payment details.", [UR])
    ad.signoff = rng.choice(["Regards,\nHR Department", "Best regards,\nRecruitment Team", "Sincerely,\nHuman Resources"]) + f"\n{comp}\n{mail}"
    ad.contact_informal = True
    return finish(ad)


ME = [("Saudi Arabia", "SAR", (1500, 2200), ["Riyadh", "Jeddah", "Dammam"]), ("Kuwait", "KWD", (110, 160), ["Kuwait City"]), ("Qatar", "QAR", (1500, 2200), ["Doha"]),
      ("the UAE", "AED", (1500, 2500), ["Dubai", "Abu Dhabi"]), ("Oman", "SAR", (1500, 2000), ["Muscat"]), ("Jordan", "USD", (400, 600), ["Amman"]), ("Bahrain", "SAR", (1500, 2000), ["Manama"])]


def en_me_maid(rng):
    ad = Ad("en", True, ["whatsapp", "facebook", "telegram", "facebook", "instagram_tiktok"])
    country, cur, (lo, hi), cities = rng.choice(ME)
    city = rng.choice(cities)
    role = rng.choice(["Housemaid", "Nanny", "Housekeeper", "Baby sitter", "Family cook", "Elderly caretaker (home)"])
    ad.title = rng.choice([f"{role} needed in {city}", f"{role} – {country}", f"Jobs in {country} for women: {role.lower()}", f"{role.upper()} {city.upper()}"])
    ad.flags.update([RD, UR])
    cur_show = "SAR" if cur == "SAR" and country == "Oman" else cur
    amt = rng.choice(range(lo, hi + 1, 10 if cur == "KWD" else 100))
    ad.seg("pay", money(rng, cur_show, amt))
    ad.seg("employer", rng.choice(["direct to family (sponsor)", "sponsor pays ticket", "Arab family, good sponsor", "our sponsor in " + city]))
    ad.seg("visa", rng.choice(["go with umrah visa first, iqama later", "visit visa first", "ziarah visa, sponsor changes it there", "tourist visa via Dubai", "depart via Kuala Lumpur to avoid checks"]), None, [VM])
    opts = [lambda: ad.seg("steps", rng.choice(["no need training, no need Disnaker", "no PT, no paperwork", "medical done there", "fast process, depart in 2 weeks"]), None, [UP]),
            lambda: ad.seg("doc", rng.choice(["passport we make in 1 week, only KTP & KK", "age can be adjusted (max 45)", "passport kept by sponsor"]), None, [DF]),
            lambda: ad.seg("fee", rng.choice(["pay Rp 5 jt for ticket & handling", "salary cut first 3 months for agent"]), None, [UF]),
            lambda: ad.seg("urg", rng.choice(["depart this month", "2 seats left"]), None, [PR])]
    pick_some(rng, opts, 1, 3)
    ad.seg("req", rng.choice(["age 21-40", "women 20-45", "married or single ok", "no experience ok"]))
    set_contact(ad, rng, en_informal(rng, rng.choice(["ID", "SA"]), "sponsor"), [], 0.0)
    if UP not in ad.flags:
        ad.flags.add(UP)
    return finish(ad)


def en_korea_private(rng):
    ad = Ad("en", True, ["instagram_tiktok", "facebook", "whatsapp", "job_board", "agency_announcement"])
    ad.title = rng.choice(["Korea EPS job GUARANTEED 🇰🇷", "Work in Korea – direct placement", "Korean factory jobs via our LPK", "Korea without waiting!"])
    ad.flags.update([RD, UP])
    ad.seg("steps", rng.choice(["Korean class 3 months + test prep + direct placement to factory", "after you pass EPS-TOPIK we connect you to the factory owner directly",
                                "no EPS-TOPIK needed, special route", "guaranteed pass or money back"]))
    ad.seg("pay", money(rng, "KRW", rng.choice([2_300_000, 2_500_000, 2_800_000, 3_600_000, 4_000_000])), None)
    ad.seg("fee", f"program fee {money(rng, 'IDR', rng.choice([25, 35, 45, 60]) * 1_000_000, per=False)}" + rng.choice(["", " (can installment)", ", paid after placement"]), None, [UF])
    if p(rng, 0.3):
        ad.seg("visa", "tourist visa first, employer converts", None, [VM])
    if p(rng, 0.3):
        ad.seg("urg", "limited seats for this batch", None, [PR])
    name = rng.choice(["LPK Hana Korea", "LPK Seoul Mandiri", "LPK Ginseng Karya", "LPK Arirang Jambi"])
    ad.seg("employer", name)
    ad.flags.add(UR)
    set_contact(ad, rng, en_informal(rng, "ID", "korea"), [f"Office: {name}, Jl. {rng.choice(['Gatot Subroto', 'Sultan Thaha', 'Pattimura', 'Hayam Wuruk'])}, Jambi"], 0.5)
    return finish(ad)


def en_malaysia_illegal(rng):
    ad = Ad("en", True, ["whatsapp", "facebook", "instagram_tiktok", "telegram"])
    job = rng.choice(["factory operator", "plantation worker", "restaurant helper", "construction worker", "car wash", "shop assistant", "cleaner"])
    city = rng.choice(MY_CITY)
    ad.title = rng.choice([f"Malaysia job – {job}", f"WORK IN MALAYSIA 🇲🇾 {job}", f"{job.capitalize()} in {city}"])
    amt = rng.choice(range(2500, 5001, 100))
    ad.seg("pay", money(rng, "RM", amt), None, [HP] if amt > 3000 else [])
    ad.seg("visa", rng.choice(["tourist visa ok, permit later", "come with social visit pass", "no permit needed", "enter via Batam ferry on visit pass", "use jalan tikus from Dumai, no stamp"]), None, [VM, UP])
    opts = [lambda: ad.seg("fee", f"agent fee {money(rng, 'RM', rng.choice([500, 800, 1000, 1500]), per=False)}" + rng.choice(["", " after first salary", " cut from salary"]), None, [UF]),
            lambda: ad.seg("doc", rng.choice(["passport kept by boss", "age 16 can, we fix"]), None, [DF]),
            lambda: ad.seg("urg", rng.choice(["quota limited, fast!", "boat leaves Thursday"]), None, [PR])]
    pick_some(rng, opts, 1, 2)
    ad.seg("req", rng.choice(["no experience", "male/female 18-45", "no need SPM/certificate"]))
    ad.flags.add(UR)
    set_contact(ad, rng, en_informal(rng, "MY", "kerja"), [], 0.0)
    return finish(ad)


def en_task_scam(rng):
    ad = Ad("en", True, ["telegram", "whatsapp", "instagram_tiktok", "facebook"])
    ad.title = rng.choice(["Part-time online job!", "Work from home – earn daily", "Simple task, real money", "Hi, we saw your CV on Jobstreet"])
    per_task = rng.choice([30_000, 50_000, 75_000, 100_000])
    per_day = rng.choice([500_000, 1_000_000, 1_500_000, 2_000_000])
    ad.seg("duty", rng.choice(["like & subscribe YouTube videos", "rate hotels on Google Maps", "follow TikTok shops", "review products online"]))
    ad.seg("pay", f"{money(rng, 'IDR', per_task, per=False)} per task, up to {money(rng, 'IDR', per_day, per=False)} per day", None, [HP])
    ad.seg("fee", rng.choice(["deposit for premium task", "top up Rp 200k to activate your account", "join VIP mission with small deposit"]), None, [UF])
    ad.flags.update([VJ, UR])
    set_contact(ad, rng, [f"join our Telegram group {handle(rng, 'task')}", f"contact mentor {handle(rng, 'mentor')}", f"WA {phone(rng, 'ID')}"], [], 0.0)
    return finish(ad)


def en_batam_domestic(rng):
    ad = Ad("en", True, ["whatsapp", "instagram_tiktok", "facebook", "telegram"])
    place = rng.choice(["Batam", "Tanjung Pinang", "Bali", "Jakarta", "Pekanbaru", "Karimun"])
    job = rng.choice(["cafe waitress", "karaoke staff", "spa therapist", "SPG for events", "hotel receptionist", "bar staff"])
    ad.title = rng.choice([f"{place} {job} needed!", f"Job in {place}: {job}", f"{job.upper()} – {place.upper()}"])
    ad.seg("req", rng.choice(["female 18-25, single, good looking", "girls 18–23, slim, min 155 cm", "young women, attractive, unmarried", "cewek 18-24, cantik, single"]), None, [VT])
    amt = rng.choice(range(8, 21)) * 1_000_000
    ad.seg("pay", money(rng, "IDR", amt) + rng.choice(["", " + tips", " + bonus"]), None, [HP])
    ad.seg("benefit", rng.choice(["mess free", f"ticket from {rng.choice(['Jambi', 'Palembang', 'Medan'])} paid by boss", "travel paid, mess provided"]))
    opts = [lambda: ad.seg("urg", rng.choice(["depart this week", "depart tomorrow", "no need family permission"]), None, [PR]),
            lambda: ad.seg("fee", "cash bon available, deduct from salary", None, [UF]),
            lambda: ad.seg("doc", rng.choice(["17 years old ok", "KTP can be arranged"]), None, [DF])]
    pick_some(rng, opts, 0, 2)
    ad.flags.add(UR)
    set_contact(ad, rng, en_informal(rng, "ID", "batam"), [], 0.0)
    return finish(ad)


# ---------------------------------------------------------------- English negatives
LEGIT_DEST = [
    ("Taiwan", "Production operator", "Yung Fa Plastics Co., Ltd., Tainan", lambda r: f"{money(r, 'NTD', r.choice([28590, 29500]), per=False)} basic + overtime", "ARC work visa applied by employer"),
    ("Taiwan", "Household caregiver", "a registered household in Taichung (job order verified)", lambda r: f"{money(r, 'NTD', r.choice([20000, 21000]), per=False)} + food", "work visa via employer"),
    ("Hong Kong", "Domestic helper", "employer contract approved by the Labour Department", lambda r: money(r, "HKD", r.choice([4990, 5100]), per=True) + " + food allowance", "employment visa through ImmD"),
    ("Singapore", "Elderly caregiver", "employer verified through MOM", lambda r: money(r, "SGD", r.choice([550, 600, 650])), "work permit issued by MOM before departure"),
    ("Japan", "Food processing worker (SSW)", "Hokuriku Foods K.K.", lambda r: money(r, "JPY", r.choice([185000, 195000, 210000, 230000])), "Specified Skilled Worker visa applied by employer"),
    ("Japan", "Care worker (SSW)", "Sakura Kaigo Co., Ltd.", lambda r: money(r, "JPY", r.choice([190000, 205000, 220000])), "SSW (i) visa, JFT-Basic A2 + care skills test required"),
    ("Malaysia", "Factory operator", "Pinang Micro Devices Sdn Bhd", lambda r: f"RM1,700 basic + OT", "PLKS work permit, levy and FOMEMA paid by employer"),
    ("Malaysia", "Plantation harvester", "Ladang Bukit Hijau Sdn Bhd, Pahang", lambda r: "RM1,700 minimum + tonnage incentive", "PLKS and levy paid by employer"),
    ("Saudi Arabia", "Housekeeper (SPSK one-channel)", "a licensed syarikah in Riyadh", lambda r: "SAR 1,500 via bank transfer", "work visa through the SPSK system"),
    ("Poland", "Seasonal farm worker", "Sady Mazowsze Sp. z o.o.", lambda r: "PLN 30.50/hour gross", "seasonal work permit by employer + work visa at the Polish Embassy"),
    ("Brunei", "Tower crane operator", "Seri Bina Construction Sdn Bhd", lambda r: money(r, "BND", r.choice([1500, 1600, 1800])) + " + OT", "employment pass via employer"),
    ("Singapore", "Shipyard welder (6G)", "Harbourline Marine Pte Ltd", lambda r: money(r, "SGD", r.choice([1700, 1800, 2000])) + " + OT", "work permit & levy by employer"),
]
STEPS_EN = ["register on SIAPkerja", "selection at our branch office", "medical check at a KP2MI-approved clinic", "placement agreement at the LTSA/Disnaker",
            "employment contract signed before departure", "OPP (pre-departure orientation) at BP3MI", "work visa issued before you fly", "training at an accredited BLK/LPK",
            "job order verified by the Indonesian mission"]
COST_EN = ["Costs follow KP2MI regulations; no payment to individuals.", "Zero placement cost under Perban 9/2020.", "You pay nothing for ticket, visa or agency fee.",
           "Candidate pays only passport and personal documents, per regulation; official receipt issued.", "No placement fee. Employer pays recruitment costs.",
           "Costs as regulated; never transfer money to a personal account."]


def en_licensed(rng):
    ad = Ad("en", False, ["agency_announcement", "facebook", "job_board", "whatsapp", "agency_announcement", "instagram_tiktok", "news_classified", "telegram"])
    country, role, employer, payf, visa = rng.choice(LEGIT_DEST)
    agency = pt_name(rng)
    ad.role = f"{role} ({country})"
    ad.title = rng.choice([f"{role} – {country}", f"{agency} is recruiting: {role} ({country})", f"Job order: {role}, {country}", f"Work legally in {country}: {role}"])
    ad.seg("employer", f"{employer}; recruitment by {agency} (SIP3MI No. {sip3mi(rng)})",
           f"Recruitment is handled by {agency}, a licensed P3MI (SIP3MI {sip3mi(rng)}), for {employer}.")
    ad.seg("pay", payf(rng))
    ad.seg("visa", visa)
    steps = rng.sample(STEPS_EN, rng.randint(2, 5))
    ad.seg("steps", " → ".join(steps) if p(rng, 0.5) else "; ".join(steps), "Process: " + ", then ".join(steps) + ".")
    ad.seg("fee", rng.choice(COST_EN))
    if p(rng, 0.5):
        ad.seg("contract", rng.choice(["2–3 year contract, copy in Bahasa Indonesia", "written contract signed before departure", "contract with hours, leave and insurance stated"]))
    if p(rng, 0.4):
        skilled = any(w in role for w in ("welder", "crane", "Care worker"))
        ad.seg("req", rng.choice(["age 20-35, SMA/SMK, healthy", "age 21-40, healthy", "valid certificate and 3 years experience"] if skilled else
                                 ["age 20-35, SMA/SMK, healthy", "no experience required, training provided", "age 21-40, healthy, not pregnant", "min SMP, willing to be trained"]))
    if p(rng, 0.35):
        ad.seg("benefit", rng.choice(["free flight and accommodation", "dormitory provided", "return ticket paid by employer", "insurance & BPJS PMI"]))
    if p(rng, 0.3):
        ad.seg("doc", "passport stays with the worker", None)
    office = f"Office: Jl. {rng.choice(['Kol. Abunjani', 'Gatot Subroto', 'Hayam Wuruk', 'Sultan Agung', 'Jend. Sudirman', 'Orang Kayo Hitam'])} No. {rng.randint(1, 120)}, {rng.choice(JAMBI)}, Kota Jambi"
    set_contact(ad, rng, en_informal(rng, "ID", "p3mi"), [office, f"Tel (0741) {digits(rng, 6)}", f"{office}. WA admin {phone(rng, 'ID')}"], 0.9)
    if p(rng, 0.2) and not ad.contact_informal:
        ad.seg("urg", rng.choice(["final 15 places for this job order", "limited quota – register this week", "registration closes Friday"]), None, [PR])
    return finish(ad)


SENIOR = [("Senior Drilling Engineer – Offshore", "USD", (12000, 18000), "Degree in Petroleum Engineering, 10+ years, IWCF Level 4", "Norsea Drilling Services AS", "work permit and travel sponsored"),
          ("Data Scientist – Singapore", "SGD", (8000, 13000), "4+ years Python/SQL, ML in production", "a regional digital bank", "Employment Pass sponsored"),
          ("Chief Engineer – LNG carrier", "USD", (13000, 16000), "CoC Class I Engineer, 2 years LNG", "manning agent PT Samudera Crew Indonesia (SIUPPAK)", "no agency fee, MLC 2006 compliant"),
          ("Mine Site Supervisor – Morowali", "IDR", (30_000_000, 45_000_000), "8 years mining, K3 Umum", "PT Sulawesi Nickel Processing", "roster 10/4"),
          ("General Practitioner – mining clinic, Bungo", "IDR", (25_000_000, 32_000_000), "STR & SIP valid, ACLS preferred", "PT Tambang Emas Bungo Raya", "housing provided"),
          ("Offshore Rig Electrician – Middle East", "USD", (6500, 9000), "7+ years rig experience, BOSIET, H2S", "Gulf Offshore Drilling Co.", "employment visa sponsored by employer"),
          ("ICU Nurse – Riyadh", "SAR", (8500, 11000), "STR, 2 years ICU, SCFHS licence", "Al-Nakheel Specialist Hospital", "employment visa via hospital, zero placement fee"),
          ("Software Engineer (Backend) – Singapore", "SGD", (7000, 11000), "3+ years Go/Java", "a logistics scale-up", "Employment Pass sponsored"),
          ("Head of Finance – Jakarta", "IDR", (60_000_000, 90_000_000), "CPA, 12+ years", "a listed consumer-goods group", "permanent role"),
          ("Senior Accountant – Dubai", "AED", (16000, 22000), "ACCA/CPA, Big-4 background", "Crescent Holdings PJSC", "employment visa, medical insurance, annual flight"),
          ("Petroleum Geologist – Jambi onshore", "IDR", (35_000_000, 55_000_000), "S2 Geology, 10 years", "PT Energi Sumatera Jambi", "field rotation 14/14"),
          ("Marine Superintendent – Singapore", "SGD", (9000, 12000), "ex-Chief Engineer/Master, 5 years shore", "Straits Tankers Pte Ltd", "Employment Pass sponsored"),
          ("Cloud Architect – Kuala Lumpur", "RM", (18000, 26000), "AWS/GCP professional cert, 8 years", "a regional telco", "Employment Pass via ESD"),
          ("Anaesthetist – private hospital, Jambi", "IDR", (60_000_000, 100_000_000), "Sp.An, STR, SIP", "RS Swasta Jambi Medika", "on-call allowance")]


def en_senior(rng):
    ad = Ad("en", False, ["job_board", "job_board", "news_classified", "facebook", "agency_announcement", "telegram", "whatsapp"])
    title, cur, (lo, hi), req, emp, extra = rng.choice(SENIOR)
    ad.title = title
    step = 500 if cur != "IDR" else 1_000_000
    a = rng.randrange(lo, hi, step)
    ad.seg("pay", money_range(rng, cur, a, min(hi, a + rng.choice([2, 3, 4]) * step)) if p(rng, 0.7) else money(rng, cur, a))
    ad.seg("req", req)
    ad.seg("employer", emp)
    ad.seg("visa", extra)
    if p(rng, 0.5):
        ad.seg("fee", rng.choice(["No recruitment fees at any stage.", "We never ask candidates for money.", "Free of charge."]))
    stem = "".join(ch for ch in emp.lower().replace("pt ", "").split("(")[0] if ch.isalnum())[:14] or "talent"
    dom = stem + rng.choice([".com", ".co.id", "group.com", ".net"])
    set_contact(ad, rng, en_informal(rng, "ID", "hr"), [f"Apply at careers.{dom}", "Apply via LinkedIn", "Apply on Jobstreet", f"Email CV: recruit@{dom}"], 0.92)
    return finish(ad)


MNC = [("Management Trainee", "PT Sawit Jaya Lestari Tbk", "Muaro Jambi & Tebo estates", "S1 Agronomy/Engineering, GPA ≥ 3.00", "competitive salary + estate housing + BPJS"),
       ("Estate Assistant", "PT Agro Hijau Sumatera", "Tanjung Jabung Barat", "S1 Agriculture, max 28 y.o.", "salary above UMP, housing, rice allowance"),
       ("Warehouse Supervisor", "PT Nusantara Boga Makmur", "Kota Jambi", "D3/S1, 2 years warehouse", "IDR 6–8 juta + BPJS"),
       ("Customer Service Officer", "PT Bank Sumatera Sejahtera Tbk", "Jambi & Kerinci branches", "D3/S1, max 27", "above UMK + allowances"),
       ("Process Engineer", "PT Kertas Sumatera Utama", "Tungkal Ulu mill", "S1 Chemical Engineering, 5 years", "IDR 15–20 juta + company housing"),
       ("Sales Executive (B2B)", "PT Mitra Kimia Andalas", "Jakarta / Jambi", "S1, 2 years sales, own motorbike", "basic + commission + BPJS"),
       ("Safety Officer (K3)", "PT Batu Hitam Resources Tbk", "Sarolangun site", "K3 Umum certificate, 3 years", "IDR 9–12 juta + roster"),
       ("IT Support Staff", "PT Telekom Andalas Nusantara", "Jakarta Selatan", "D3/S1 IT, networking", "IDR 6–7.5 juta + health insurance"),
       ("Store Manager", "PT Ritel Prima Indonesia", "WTC Batanghari, Jambi", "S1, 3 years retail", "IDR 8–10 juta + bonus"),
       ("HR Generalist", "PT Sawit Andalas Plantation", "Bungo", "S1 Psychology/Law, 2 years", "salary per company scale + housing"),
       ("Accounting Staff", "PT Jambi Karya Logistik", "Paal Merah, Jambi", "S1 Accounting, Excel", "UMK+ , BPJS, THR"),
       ("Field Surveyor", "PT Geo Data Sumatra", "Merangin & Sarolangun", "D3/S1 Geodesy", "daily field allowance + BPJS")]


def en_mnc(rng):
    ad = Ad("en", False, ["job_board", "whatsapp", "news_classified", "facebook", "instagram_tiktok", "telegram", "telegram"])
    role, comp, loc, req, pay = rng.choice(MNC)
    ad.role = role
    ad.title = rng.choice([f"{role} – {comp}", f"We're hiring: {role}", f"{comp} is looking for a {role}", role, f"{comp} – vacancy: {role}"])
    ad.seg("loc", loc, f"Placement: {loc}.")
    ad.seg("req", req)
    ad.seg("pay", pay)
    if p(rng, 0.5):
        ad.seg("steps", rng.choice(["online test → interview → medical check-up → offering", "walk-in test at our Jambi office", "shortlisted candidates will be invited by e-mail"]))
    if p(rng, 0.6):
        ad.seg("fee", rng.choice(["This recruitment is FREE of charge.", "We never ask for money at any stage.", "Please ignore messages asking for payment."]))
    dom = comp.lower().replace("pt ", "").replace(" tbk", "").split()[0] + rng.choice([".co.id", "group.co.id"])
    set_contact(ad, rng, en_informal(rng, "ID", "hrd"), [f"Apply: careers.{dom}", "Apply on Jobstreet", "Apply via Karirhub Kemnaker", f"Send CV to recruitment@{dom}",
                                                        f"Walk-in: Jl. {rng.choice(['Sumantri Brojonegoro', 'Jend. Sudirman', 'Gatot Subroto'])}, Jambi"], 0.85)
    return finish(ad)


NOTICE_SRC = ["IOM Indonesia", "ILO Jakarta", "KP2MI", "BP3MI Jambi", "Disnakertrans Provinsi Jambi", "the Indonesian Embassy in Phnom Penh", "Polda Jambi", "DPMPPA Kota Jambi",
              "the Jambi Anti-Trafficking Task Force", "Kemnaker", "a migrant workers' NGO", "the Indonesian Consulate in Johor Bahru"]
NOTICE_TIPS = ["never travel on a tourist visa to work", "never hand your passport to an agent or employer", "check the agency's SIP3MI licence with KP2MI (0800-1000)",
               "do not pay 'processing fees' to personal accounts", "be wary of 'customer service' jobs in Cambodia, Myanmar, Laos or the Philippines paying USD 1,000–1,500",
               "Korea EPS placement is government-to-government only", "IM Japan registration is free at jepang.magangln.id", "insist on a signed contract in Bahasa Indonesia before departure",
               "tell your family where you are going", "'no experience, free flight, depart this week' is a warning sign", "domestic work in the Middle East is only legal through SPSK",
               "a passport is not a work permit", "verify the job order at the LTSA or Disnaker", "report suspicious offers to 112 or UPTD PPA Kota Jambi (0813-8687-0227)"]


def en_notice(rng):
    ad = Ad("en", False, ["government_notice", "government_notice", "facebook", "instagram_tiktok", "news_classified", "whatsapp"])
    src = rng.choice(NOTICE_SRC)
    ad.no_opener = True
    ad.title = rng.choice([f"Public notice from {src}", "BEWARE OF FAKE JOB OFFERS ABROAD", "Safe migration tips", f"{src}: stay safe when looking for work abroad", "⚠️ Job scam warning",
                           "Before you accept that overseas job..."])
    lure = rng.choice(["USD 1,200 customer service in Cambodia", "crypto sales in Dubai on a visit visa", "'guaranteed' Korea placement by an LPK", "hostess work in Macau for young women",
                       "cruise ship jobs with a processing fee", "farm work in Poland with a visa fee", "factory work in Malaysia on a social visit pass"])
    ad.seg("note", f"offers of {lure} may be trafficking traps", f"We have received reports of offers such as {lure}; these may be trafficking or fraud.")
    for t in rng.sample(NOTICE_TIPS, rng.randint(2, 5)):
        ad.seg("note", t, t[0].upper() + t[1:] + ".")
    ad.contact = rng.choice(["Report: KP2MI 0800-1000 · Police 110", "Hotline 0800-1000", "Call 112 or UPTD PPA 0813-8687-0227", "More info: peduliwni.kemlu.go.id", "Lapor: lapor.go.id / 1500630", ""])
    ad.formal_anchor = True
    return finish(ad)


LOCAL_EN = [("barista", "coffee shop"), ("cashier", "minimarket"), ("waiter/waitress", "restaurant"), ("admin", "online shop"), ("driver", "family"), ("packing staff", "online store"),
            ("kitchen crew", "bakery"), ("sales motoris", "distributor"), ("English tutor", "course centre"), ("laundry helper", "laundry"), ("mechanic", "motorbike workshop"),
            ("security", "housing complex"), ("cleaning service", "office"), ("teller", "cooperative"), ("graphic designer", "startup"), ("delivery rider", "catering")]


def en_local(rng):
    ad = Ad("en", False, ["whatsapp", "facebook", "instagram_tiktok", "telegram", "news_classified", "whatsapp", "facebook", "whatsapp"])
    role, biz = rng.choice(LOCAL_EN)
    area = rng.choice(JAMBI + JAMBI_REG + ["Batam", "Pekanbaru", "Palembang"])
    ad.role = role
    ad.title = rng.choice([f"Hiring {role}!", f"{role.capitalize()} needed – {area}", f"Looking for {role}", f"Our {biz} in {area} is hiring"])
    ad.seg("loc", area if p(rng, 0.5) else f"{biz}, {area}")
    amt = rng.choice(range(2_500_000, 5_500_001, 100_000))
    ad.seg("pay", rng.choice([money(rng, "IDR", amt), "gaji menarik", "UMK + bonus", "salary negotiable", f"{money(rng, 'IDR', rng.choice([80_000, 100_000, 120_000]), per=False)}/day",
                              money(rng, "IDR", amt) + " + uang makan"]))
    if p(rng, 0.6):
        ad.seg("req", rng.choice(["min SMA/SMK", "age 18-30, honest", "fresh grads welcome", "must have SIM C & motorbike", "experience preferred", "pria/wanita, max 35"]))
    if p(rng, 0.4):
        ad.seg("benefit", rng.choice(["mess available for out-of-town staff", "free lunch", "BPJS", "bonus target", "mess + makan"]))
    if p(rng, 0.35):
        ad.seg("urg", rng.choice(["segera!", "urgent, start ASAP", "interview tomorrow", "walk-in every Saturday"]))
    weak_pr = p(rng, 0.12)
    set_contact(ad, rng, [f"WA {phone(rng, 'ID')}", f"WhatsApp {person(rng)} {phone(rng, 'ID')}", f"DM @{biz.replace(' ', '')}.{area.split()[0].lower()}", f"call/WA {phone(rng, 'ID')}", "DM us"],
                [f"walk in to our {biz} on Jl. {rng.choice(['Diponegoro', 'Sultan Thaha', 'Hos Cokroaminoto', 'Kapten Pattimura', 'Halim Perdana Kusuma'])}, {area}", f"email hr@{biz.replace(' ', '')}{area.split()[0].lower()}.id"], 0.35)
    if weak_pr and not ad.contact_informal:
        ad.seg("urg", rng.choice(["only 2 places, first come first served", "kuota terbatas", "closing this week"]), None, [PR])
    return finish(ad)


def en_seafarer(rng):
    ad = Ad("en", False, ["job_board", "instagram_tiktok", "news_classified", "agency_announcement", "facebook", "whatsapp", "telegram"])
    agency = pt_name(rng).replace("PT ", "PT ") + " (licensed manning agency)"
    roles = rng.sample(["Assistant Waiter", "Cabin Steward", "Commis Cook", "Able Seaman", "Oiler", "Ship's Cook", "Bar Server", "Galley Utility"], 2)
    ad.title = rng.choice(["Cruise & merchant vessel recruitment", "Seafarer vacancies", "Legit cruise line hiring via licensed manning", "Crew wanted"])
    ad.seg("duty", ", ".join(roles), f"Positions: {', '.join(roles)}.")
    usd = rng.choice(range(1000, 2100, 100))
    ad.seg("pay", money_range(rng, "USD", usd, usd + 600) + rng.choice([" incl. gratuities", "", " basic + OT"]))
    ad.seg("req", rng.choice(["hospitality diploma or 1 year hotel experience", "BST/STCW basic safety, valid seaman book", "conversational English, 1 yr experience"]))
    ad.seg("fee", rng.choice(["No placement fee charged to seafarers (MLC 2006).", "Seafarers are NOT charged fees.", "Medical at flag-approved clinic; no agency fee."]))
    ad.seg("employer", agency)
    set_contact(ad, rng, en_informal(rng, "ID", "crew"), [f"crewing@{rng.choice(['lautbiru', 'samudrakru', 'bahteracrew'])}.co.id", "Office: Tanjung Priok, Jakarta Utara", "Apply at our office with original documents"], 0.9)
    return finish(ad)


def en_g2g(rng):
    ad = Ad("en", False, ["government_notice", "facebook", "instagram_tiktok", "news_classified", "agency_announcement"])
    which = rng.choice(["eps", "im", "triple", "ssw"])
    if which == "eps":
        ad.title = "Korea EPS-TOPIK registration (G to G)"
        ad.seg("note", "registration only through the official KP2MI portal", "Registration is open only through the official G to G scheme between KP2MI and HRD Korea.")
        ad.seg("req", "age 18–39, junior secondary education, no criminal record, not colour-blind")
        ad.seg("fee", "test fee paid by the applicant at the designated bank", "The test fee is paid by the applicant at the designated bank; no agency can guarantee placement.")
    elif which == "im":
        ad.title = "IM Japan internship – free registration"
        ad.seg("note", "register FREE at jepang.magangln.id or via Disnaker")
        ad.seg("req", "male, 19–26, SMA/SMK, height ≥160 cm")
        ad.seg("pay", f"allowance ≥ {money(rng, 'JPY', rng.choice([100000, 105000]), per=False)} per month in year 1")
    elif which == "triple":
        ad.title = "Germany Triple Win nurses (G to G)"
        ad.seg("req", "nurses aged 18–38, D3/S1 + STR")
        ad.seg("note", "German course paid by the programme, no fees; register only on the KP2MI website")
    else:
        ad.title = "Japan SSW information session"
        ad.seg("req", "age 18+, JFT-Basic A2 or JLPT N4 + skills test")
        ad.seg("pay", "pay equal to Japanese staff (about ¥190,000–230,000)")
    ad.seg("note", rng.choice(["Any party promising a guaranteed placement for money is not part of the programme.", "Beware of LPKs selling 'special routes'.", "Information: BP3MI Jambi or 0800-1000."]))
    ad.contact = rng.choice(["Info: BP3MI Jambi", "Hotline KP2MI 0800-1000", "Disnaker Provinsi Jambi, Telanaipura"])
    ad.formal_anchor = True
    return finish(ad)


# ================================================================ MALAY
MS_JOBS = ["kilang elektronik", "kilang sarung tangan", "kilang makanan", "ladang sawit", "ladang sayur", "restoran", "tapak binaan", "cuci kereta", "kedai runcit", "kilang perabot",
           "ladang durian", "kedai makan", "kilang plastik", "gudang", "kapal ikan"]
ROUTES = [("feri Batam–Johor", False), ("feri Dumai–Melaka", False), ("feri Tanjung Balai–Port Klang", False), ("jalan tikus", True), ("bot malam dari Tanjung Balai", True),
          ("jalan darat Entikong", False), ("bot kecil Nunukan–Tawau tanpa cop", True), ("penerbangan ke KLIA sebagai pelancong", False)]


def ms_informal(rng, cc="MY", stem="kerja"):
    return [f"WhatsApp {phone(rng, cc)}", f"WA {person(rng, lang='ms')} {phone(rng, cc)}", f"Telegram {handle(rng, stem)}", "PM saya", "PM segera", "DM je",
            f"hubungi {person(rng, lang='ms')} di WhatsApp {phone(rng, cc)}", "inbox", f"Whatsapp: wa.me/6{phone(rng, 'MY').replace(' ', '').replace('-', '').replace('+6', '').lstrip('6')}",
            f"emel {freemail(rng, stem)}", "komen 'minat' nanti saya PM"]


def ms_agent(rng):
    ad = Ad("ms", True, ["whatsapp", "facebook", "telegram", "instagram_tiktok", "facebook", "whatsapp", "news_classified"])
    job = rng.choice(MS_JOBS)
    city = rng.choice(MY_CITY)
    ad.title = rng.choice([f"Kerja {job} di {city}", f"KERJA MALAYSIA 🇲🇾 – {job}", f"Ejen cari pekerja Indonesia utk {job}", f"Perlu pekerja {job}", f"{job.upper()} – {city.upper()}"])
    daily = p(rng, 0.25)
    if daily:
        amt = rng.choice([70, 80, 90, 100, 120, 150])
        ad.seg("pay", f"RM{amt} sehari", None, [HP] if amt >= 150 else [])
    else:
        amt = rng.choice(range(2000, 5001, 100))
        ad.seg("pay", money(rng, "RM", amt, "ms"), None, [HP] if amt > 3000 else [])
    ad.seg("req", rng.choice(["tiada pengalaman pun boleh", "lelaki/perempuan 18–40", "tak perlu SPM/ijazah", "untuk warga Indonesia", "tiada pengalaman, tiada kelulusan"]))
    borneo = city in ("Kuching", "Kota Kinabalu")
    route, unofficial = rng.choice([r for r in ROUTES if (("Entikong" in r[0] or "Nunukan" in r[0]) == borneo) or "KLIA" in r[0]])
    opts = [
        lambda: ad.seg("visa", rng.choice(["masuk guna pas lawatan, permit kerja nanti diurus", "masuk guna pas lawatan sosial 30 hari", "permit kerja nanti diurus majikan",
                                           "tak perlu permit, cukup pasport", "masuk dulu, nanti kita 'tukar' status"]), None, [VM, UP]),
        lambda: ad.seg("loc", f"masuk ikut {route}", f"Kami bawa masuk melalui {route}.", [VM] if unofficial else []),
        lambda: ad.seg("fee", rng.choice([f"bayar deposit {money(rng, 'RM', rng.choice([300, 450, 500, 600]), 'ms', per=False)}", f"yuran ejen {money(rng, 'RM', rng.choice([800, 1000, 1200, 1500]), 'ms', per=False)} potong gaji",
                                          f"kos tekong {money(rng, 'RM', rng.choice([800, 1300, 1500]), 'ms', per=False)}, bayar separuh dulu", "bayar tiket & hostel dulu, nanti ganti"]), None, [UF]),
        lambda: ad.seg("doc", rng.choice(["pasport dipegang majikan", "pasport disimpan tauke sepanjang kontrak", "umur boleh diatur dalam pasport", "tiada pasport? boleh guna pasport orang lain dulu",
                                          "umur 16 pun boleh, kami betulkan umur"]), None, [DF]),
        lambda: ad.seg("urg", rng.choice(["kuota terhad, cepat!", "bot gerak hari Khamis", "tinggal 5 tempat", "berangkat minggu ni", "cepat sebelum penuh!"]), None, [PR]),
        lambda: ad.seg("steps", rng.choice(["proses cepat, terus kerja", "tak payah melalui agensi Indonesia", "tak perlu ke Disnaker", "tiada kontrak, kerja dulu"]), None, [UP]),
    ]
    pick_some(rng, opts, 2, 4)
    ad.flags.add(UR)
    set_contact(ad, rng, ms_informal(rng, rng.choice(["MY", "MY", "ID"])), [], 0.0)
    return finish(ad)


def ms_hiburan(rng):
    ad = Ad("ms", True, ["whatsapp", "facebook", "instagram_tiktok", "telegram", "news_classified", "job_board"])
    place = rng.choice(["Kuala Lumpur", "Johor Bahru", "Genting", "Kota Kinabalu", "Labuan", "Penang", "Melaka", "Bukit Bintang", "Sihanoukville", "Phnom Penh", "Macau"])
    role = rng.choice(["GRO", "pelayan pusat hiburan", "terapis spa", "tukang urut", "pelayan kelab malam", "hostess karaoke", "pelayan VIP", "pelayan kafe (wanita)", "penyambut tetamu"])
    ad.title = rng.choice([f"Jawatan kosong {role} – {place}", f"{role.upper()} DI {place.upper()}", f"Perlukan {role}", f"Kerja {role} untuk wanita"])
    ad.seg("req", rng.choice(["wanita 18–25, berpenampilan menarik, bujang", "wanita sahaja, 18-28 thn, cantik & peramah", "umur 18–24, langsing, putih", "perempuan muda, bujang, rupa menarik",
                              "adik2 perempuan Indonesia 18 ke atas, cantik"]), None, [VT])
    if p(rng, 0.7):
        ad.seg("pay", rng.choice([money_range(rng, "RM", 6000, rng.choice([10000, 12000, 15000]), "ms"), f"RM{rng.choice([250, 300, 400, 600])} semalam", money(rng, "RM", rng.choice([5000, 7000, 8000]), "ms") + " + tip"]), None, [HP])
    if place in ("Sihanoukville", "Phnom Penh"):
        ad.flags.add(RD)
    opts = [lambda: ad.seg("visa", rng.choice(["tak perlu permit, bos uruskan", "datang guna pas lawatan, kerja terus", "masuk guna visa pelancong"]), None, [VM, UP]),
            lambda: ad.seg("doc", rng.choice(["pasport simpan dengan bos untuk keselamatan", "umur bawah 18 boleh diatur"]), None, [DF]),
            lambda: ad.seg("fee", rng.choice(["tiket pergi kami bayar, balik potong gaji", "bayar RM300 untuk baju seragam", "tiket kapal terbang ganti dari gaji"]), None, [UF]),
            lambda: ad.seg("urg", rng.choice(["tempat terhad!!", "tak perlu beritahu keluarga", "mula minggu depan"]), None, [PR]),
            lambda: ad.seg("benefit", rng.choice(["kami jemput di jeti Stulang Laut", "ambil di Dumai, naik feri ke Melaka", "tiket dari Jakarta ditanggung"]
                                                 if place in ("Kuala Lumpur", "Johor Bahru", "Melaka", "Bukit Bintang", "Genting", "Penang") else ["tiket dari Jakarta ditanggung", "tiket kapal terbang disediakan"]))]
    pick_some(rng, opts, 1, 3)
    ad.flags.add(UR)
    set_contact(ad, rng, ms_informal(rng, "MY", "hiburan"), [], 0.0)
    return finish(ad)


def ms_scamhub(rng):
    ad = Ad("ms", True, ["instagram_tiktok", "whatsapp", "telegram", "facebook", "job_board"])
    city, country = rng.choice(HUBS)
    cmap = {"Cambodia": "Kemboja", "Myanmar": "Myanmar", "Laos": "Laos", "the Philippines": "Filipina"}
    role = rng.choice(["khidmat pelanggan (CS)", "kerja taip", "admin online", "marketing online", "operator chat", "CS judi online", "entri data", "jaga sistem"])
    ad.title = rng.choice([f"Kerja {role} di {cmap[country]}", f"Peluang kerja luar negara – {city}", f"{role.upper()} – {cmap[country].upper()}"])
    ad.flags.update([RD, HP, VJ, UR])
    ad.seg("pay", rng.choice([money(rng, "USD", rng.choice(range(1000, 1700, 100)), "ms"), money(rng, "RM", rng.choice([5000, 5500, 6000, 7000, 8000]), "ms")]))
    ad.seg("benefit", rng.choice(["tiket, penginapan & makan percuma", "semua kos ditanggung", "tiket & visa semua siap", "rumah free, tiket free"]))
    ad.seg("req", rng.choice(["tiada pengalaman, BI asas", "lepasan SPM boleh", "umur 18-30", "tahu menaip je"]))
    opts = [lambda: ad.seg("visa", rng.choice(["masuk guna visa pelancong dulu, permit kerja kemudian", "lintas sempadan dari Mae Sot", "jangan risau soal visa", "visa diurus selepas tiba"]), None, [VM, UP]),
            lambda: ad.seg("urg", rng.choice(["berangkat hari Isnin", "tinggal 3 tempat", "kena pergi minggu ni juga"]), None, [PR]),
            lambda: ad.seg("note", rng.choice(["jangan beritahu keluarga dulu", "jangan share post ni"]), None, [PR]),
            lambda: ad.seg("doc", rng.choice(["pasport dipegang syarikat", "umur 17 boleh"]), None, [DF])]
    pick_some(rng, opts, 1, 2)
    set_contact(ad, rng, ms_informal(rng, rng.choice(["MY", "KH"]), "kerjaluar"), [], 0.0)
    return finish(ad)


def ms_me_maid(rng):
    ad = Ad("ms", True, ["whatsapp", "facebook", "telegram"])
    country, cur, (lo, hi), cities = rng.choice(ME)
    cn = {"Saudi Arabia": "Arab Saudi", "Kuwait": "Kuwait", "Qatar": "Qatar", "the UAE": "UAE", "Oman": "Oman", "Jordan": "Jordan", "Bahrain": "Bahrain"}[country]
    ad.title = rng.choice([f"Pembantu rumah ke {cn}", f"Kerja pengasuh di {cn}", f"Dicari: pembantu rumah {cn}"])
    ad.flags.update([RD, UR])
    ad.seg("pay", money(rng, cur, rng.choice(range(lo, hi + 1, 10 if cur == "KWD" else 100)), "ms"))
    ad.seg("visa", rng.choice(["pergi guna visa umrah, majikan tukar ke iqama", "visa ziarah/lawatan", "bertolak dari Kuala Lumpur untuk elak pemeriksaan di Jakarta", "visa pelancong via Dubai"]), None, [VM])
    opts = [lambda: ad.seg("steps", rng.choice(["tak perlu sijil, tak perlu latihan", "tiada kos, sponsor bayar tiket", "proses cepat 2 minggu"]), None, [UP]),
            lambda: ad.seg("doc", rng.choice(["umur boleh dipinda", "pasport siap seminggu, KTP je"]), None, [DF]),
            lambda: ad.seg("fee", "bayar RM1,000 urusan dokumen", None, [UF])]
    pick_some(rng, opts, 1, 2)
    ad.flags.add(UP)
    set_contact(ad, rng, ms_informal(rng, rng.choice(["MY", "ID"]), "sponsor"), [], 0.0)
    return finish(ad)


def ms_fee_overseas(rng):
    ad = Ad("ms", True, ["facebook", "whatsapp", "instagram_tiktok", "news_classified", "telegram"])
    kind = rng.choice(["kapal", "poland", "kanada", "jepun", "korea", "singapura"])
    if kind == "kapal":
        ad.title = "Kerja kapal pesiar 🚢"
        ad.seg("pay", money(rng, "USD", rng.choice(range(3000, 5001, 100)), "ms"), None, [HP])
        ad.seg("fee", f"yuran pemprosesan {money(rng, 'RM', rng.choice([2500, 3000, 5500]), 'ms', per=False)} (visa, perubatan, latihan)", None, [UF])
    elif kind == "poland":
        ad.title = "Kerja ladang buah di Poland"
        ad.seg("pay", money(rng, "EUR", rng.choice(range(2300, 3001, 100)), "ms") + " bersih", None, [HP])
        ad.seg("fee", f"yuran permit & visa {money(rng, 'RM', rng.choice([6000, 9000, 12000]), 'ms', per=False)}", None, [UF])
    elif kind == "kanada":
        ad.title = "Peluang kerja ladang di Kanada"
        ad.seg("pay", money(rng, "CAD", rng.choice([4200, 4500, 5000]), "ms"), None, [HP])
        ad.seg("fee", f"yuran proses visa {money(rng, 'RM', rng.choice([3800, 4800, 6000]), 'ms', per=False)}, jaminan lulus 100%", None, [UF, UP])
    elif kind == "jepun":
        ad.title = "Kerja di Jepun tanpa JLPT"
        ad.seg("pay", money(rng, "JPY", rng.choice([300000, 320000, 350000]), "ms"), None, [HP])
        ad.seg("visa", rng.choice(["visa pelajar, kerja sambilan sepenuh masa", "pergi dengan visa pelancong dahulu"]), None, [VM])
        ad.seg("fee", f"yuran program {money(rng, 'RM', rng.choice([12000, 15000]), 'ms', per=False)}", None, [UF])
    elif kind == "korea":
        ad.title = "KORIA! Kerja kilang tanpa EPS-TOPIK"
        ad.seg("pay", money(rng, "KRW", rng.choice([2_800_000, 3_500_000]), "ms"))
        ad.seg("steps", "kami ada 'laluan khas', ejen jemput di Incheon", None, [RD, UP])
        ad.seg("fee", f"yuran {money(rng, 'RM', rng.choice([15000, 20000]), 'ms', per=False)}", None, [UF])
    else:
        ad.title = "Kerja Singapura – cleaner / pembantu kedai"
        ad.seg("pay", money(rng, "SGD", rng.choice([2800, 3000, 3500]), "ms"), None, [HP])
        ad.seg("visa", "masuk guna social visit dulu, work permit apply kemudian", None, [VM, UP])
        ad.seg("fee", f"agent fee {money(rng, 'RM', rng.choice([1000, 1500, 1800]), 'ms', per=False)}", None, [UF])
    ad.seg("req", rng.choice(["tiada pengalaman", "tiada bahasa Inggeris pun boleh", "lepasan SPM", "umur 20-35"]))
    if p(rng, 0.5):
        ad.seg("urg", rng.choice(["tempat terhad!", "pendaftaran tutup Jumaat ini", "daftar sebelum hujung bulan"]), None, [PR])
    ad.flags.add(UR)
    set_contact(ad, rng, ms_informal(rng, "MY", "kerjaluar"), [], 0.0)
    return finish(ad)


def ms_task(rng):
    ad = Ad("ms", True, ["whatsapp", "telegram", "instagram_tiktok"])
    ad.title = rng.choice(["Kerja sambilan online!", "Kerja dari rumah, bayaran harian", f"Hai! Saya {rng.choice(FIRST_F)} dari HR"])
    ad.seg("duty", rng.choice(["like & follow akaun", "tonton video & subscribe", "beri rating produk", "tugasan ringan di telefon"]))
    ad.seg("pay", f"RM{rng.choice([100, 150, 200])}–RM{rng.choice([300, 500, 800])} sehari", None, [HP])
    ad.seg("fee", rng.choice(["top up RM100 untuk aktifkan misi VIP", "deposit untuk tugasan premium", "bayar yuran keahlian RM50"]), None, [UF])
    ad.flags.update([VJ, UR])
    set_contact(ad, rng, [f"join group Telegram {handle(rng, 'misi')}", f"WhatsApp {phone(rng, 'MY')}", f"Telegram mentor {handle(rng, 'mentor')}"], [], 0.0)
    return finish(ad)


# ---------------------------------------------------------------- Malay negatives
def ms_legal_foreign(rng):
    ad = Ad("ms", False, ["agency_announcement", "facebook", "news_classified", "job_board", "whatsapp", "telegram", "whatsapp"])
    job = rng.choice(["Operator pengeluaran", "Penuai ladang sawit", "Pekerja am kilang", "Pekerja binaan", "Pemetik teh", "Pekerja kilang makanan beku", "Pekerja kilang perabot"])
    emp = sdn_name(rng)
    city = rng.choice(MY_CITY)
    ad.role = job
    ad.title = rng.choice([f"PENGAMBILAN PEKERJA ASING SECARA SAH – {emp}", f"{job} (warga Indonesia) – {city}", f"Jawatan kosong: {job}", f"{emp} mengambil {job.lower()}"])
    ad.seg("employer", f"{emp}, {city}")
    ad.seg("pay", rng.choice(["gaji pokok RM1,700 + OT", "gaji minimum RM1,700 sebulan + insentif", "RM1,700 + OT + elaun kehadiran RM100", "RM1,700 + kerja lebih masa mengikut Akta Kerja"]))
    pool = [("visa", "PLKS (Pas Lawatan Kerja Sementara) dipohon oleh majikan"), ("fee", "levi dibayar sepenuhnya oleh majikan"), ("steps", "kelulusan kuota daripada JTK/KDN telah diperoleh"),
            ("benefit", "pemeriksaan FOMEMA & insurans ditanggung majikan"), ("benefit", "asrama mematuhi Akta 446"), ("doc", "pasport dipegang oleh pekerja sendiri"),
            ("contract", "kontrak bertulis dalam Bahasa Indonesia ditandatangani sebelum berlepas"), ("steps", "rekrut melalui P3MI berlesen & pendaftaran di Disnaker"),
            ("benefit", "tiket penerbangan ditanggung majikan"), ("contract", "gaji dibayar melalui akaun bank"), ("fee", "tiada bayaran kepada individu atau ejen")]
    for key, txt in rng.sample(pool, rng.randint(3, 6)):
        ad.seg(key, txt)
    if p(rng, 0.35):
        ad.seg("req", rng.choice(["tiada pengalaman, latihan diberi", "lelaki 20–40, sihat", "tiada kelulusan diperlukan"]))
    set_contact(ad, rng, ms_informal(rng, "MY", "hr"), [f"Pejabat HR: {city}, tel 0{rng.choice(['3', '4', '5', '6', '7', '9'])}-{digits(rng, 4)} {digits(rng, 4)}", f"emel hr@{emp.split()[0].lower()}{emp.split()[1].lower()}.com.my",
                                                     f"P3MI: {pt_name(rng)} (SIP3MI {sip3mi(rng)}), Kota Jambi"], 0.85)
    if p(rng, 0.2) and not ad.contact_informal:
        ad.seg("urg", rng.choice(["kuota terhad mengikut kelulusan KDN", "tempat terhad untuk kumpulan ini"]), None, [PR])
    return finish(ad)


def ms_pdi(rng):
    ad = Ad("ms", False, ["agency_announcement", "facebook", "government_notice", "job_board"])
    ad.title = rng.choice(["Pekerja Domestik Indonesia (PDI) – Sistem Saluran Tunggal", "Pengasuh / pembantu rumah melalui saluran sah", "Pengambilan PDI secara sah"])
    ad.seg("employer", rng.choice([f"majikan di {c}" for c in ["Kuala Lumpur", "Petaling Jaya", "Johor Bahru", "Shah Alam", "Penang"]]))
    ad.seg("pay", rng.choice(["gaji minimum RM1,500", "RM1,500–RM1,800 sebulan", "RM1,600 + bilik sendiri"]))
    for s in rng.sample(["cuti rehat mingguan", "kontrak 2 tahun", "melalui Sistem Saluran Tunggal (OCS)", "disahkan oleh KBRI", "tiada kos ditanggung pekerja", "majikan tidak menyimpan pasport",
                         "gaji melalui akaun bank", f"agensi pekerjaan swasta berlesen JTKSM (lesen {digits(rng, 4)})"], rng.randint(3, 5)):
        ad.seg("contract", s)
    set_contact(ad, rng, ms_informal(rng, "MY", "agensi"), [f"Pejabat: {rng.choice(['Damansara Uptown', 'Cheras', 'Bangsar', 'Johor Bahru'])}", f"tel 03-{digits(rng, 4)} {digits(rng, 4)}"], 0.85)
    return finish(ad)


MS_LOCAL = [("Kerani akaun", (2000, 2800)), ("Pemandu lori (lesen E)", (2400, 3000)), ("Juruwang", (1700, 2000)), ("Tukang masak", (1800, 2800)), ("Pembantu kedai", (1700, 1900)),
            ("Operator pengeluaran", (1800, 2300)), ("Pengawal keselamatan", (1900, 2300)), ("Runner", (1700, 1900)), ("Barista", (1800, 2300)), ("Despatch rider", (1800, 2500)),
            ("Guru tadika", (1800, 2400)), ("Mekanik kereta", (2000, 3000)), ("Penyelia stor", (2500, 3200)), ("Tukang jahit", (1800, 2400)), ("Pembantu klinik", (1700, 2100)),
            ("Promoter", (1700, 2200)), ("Cleaner pejabat", (1500, 1800)), ("Pemandu forklift", (2200, 2800)), ("Juruteknik aircond", (2000, 3000)), ("Kerani stor", (1900, 2300))]


def ms_local(rng):
    ad = Ad("ms", False, ["whatsapp", "facebook", "instagram_tiktok", "news_classified", "job_board", "telegram", "whatsapp", "facebook"])
    role, (lo, hi) = rng.choice(MS_LOCAL)
    city = rng.choice(MY_CITY)
    ad.role = role
    ad.title = rng.choice([f"{role} – {city}", f"Jawatan kosong: {role}", f"{role} diperlukan segera", f"Kami cari {role.lower()}", f"{role.upper()} ({city})"])
    ad.seg("loc", city)
    a = rng.randrange(lo, hi + 1, 100)
    ad.seg("pay", rng.choice([money(rng, "RM", a, "ms"), money_range(rng, "RM", a, a + 300, "ms"), money(rng, "RM", a, "ms") + " + elaun", "gaji menarik + OT", f"RM{rng.choice([8, 9, 10])}/jam (part time)"]))
    extra = rng.sample([("req", "warganegara Malaysia sahaja"), ("req", "lepasan SPM dialu-alukan"), ("benefit", "KWSP, PERKESO"), ("benefit", "makan ditanggung"), ("hours", "6 hari seminggu"),
                        ("benefit", "ada asrama"), ("benefit", "bas kilang disediakan"), ("req", "berpengalaman lebih baik"), ("note", "boleh mula segera"), ("req", "umur 18–35"),
                        ("req", "lesen memandu B2/D"), ("hours", "syif pagi/petang"), ("benefit", "bonus tahunan"), ("req", "boleh bertutur Bahasa Inggeris asas")], rng.randint(1, 4))
    for key, e in extra:
        ad.seg(key, e)
    weak_pr = p(rng, 0.12)
    set_contact(ad, rng, ms_informal(rng, "MY", "kerja")[:6], [f"datang terus ke premis kami di {city}", f"walk-in interview Sabtu 9 pagi, {city}", f"emel resume: hr@{role.split()[0].lower()}{city.split()[0].lower()}.com.my",
                                                              f"tel pejabat 0{rng.choice(['3', '4', '7'])}-{digits(rng, 3)} {digits(rng, 4)}", "mohon melalui MyFutureJobs", "mohon melalui JobStreet"], 0.5)
    if weak_pr and not ad.contact_informal:
        ad.seg("urg", rng.choice(["tempat 1 orang je!", "kuota terhad", "cepat sebelum penuh"]), None, [PR])
    return finish(ad)


MS_SENIOR = [("Jurutera Mekanikal Kanan – pelantar luar pesisir", (15000, 20000)), ("Saintis Data", (12000, 17000)), ("Pengurus Ladang", (9000, 13000)), ("Juruaudit Dalaman Kanan", (9000, 12000)),
             ("Arkitek Awan (Cloud)", (15000, 22000)), ("Pakar Bius – hospital swasta", (25000, 35000)), ("Pengurus Kilang", (12000, 16000)), ("Jurutera Awam – projek lebuhraya", (6500, 9500)),
             ("Juruteknik Pesawat (B1)", (6000, 9000)), ("Jururawat Berdaftar", (3500, 4800)), ("Akauntan Kanan", (7000, 10000)), ("Pegawai Pemasaran Digital", (4000, 5500))]


def ms_senior(rng):
    ad = Ad("ms", False, ["job_board", "telegram", "news_classified", "facebook", "whatsapp"])
    role, (lo, hi) = rng.choice(MS_SENIOR)
    ad.title = role
    a = rng.randrange(lo, hi, 500)
    ad.seg("pay", money_range(rng, "RM", a, min(hi, a + 3000), "ms"))
    ad.seg("req", rng.choice(["Ijazah berkaitan, 5 tahun pengalaman", "Ijazah + sijil profesional, 8 tahun pengalaman", "berdaftar dengan badan profesional", "10 tahun pengalaman"]))
    if p(rng, 0.5):
        ad.seg("benefit", rng.choice(["bonus tahunan, insurans, kereta syarikat", "elaun luar pesisir", "hibrid 3 hari di pejabat"]))
    set_contact(ad, rng, ms_informal(rng, "MY", "hr"), ["mohon melalui laman kerjaya rasmi", "mohon di LinkedIn", "mohon melalui MyFutureJobs", "emel kerjaya@syarikat.com.my"], 0.95)
    return finish(ad)


MS_NOTICE_SRC = ["Jabatan Imigresen Malaysia", "JTKSM", "MAPO", "PDRM", "KBRI Kuala Lumpur", "Wisma Putra", "PERKESO", "Konsulat RI Johor Bahru"]
MS_TIPS = ["jangan bekerja menggunakan pas lawatan sosial", "penyimpanan pasport pekerja oleh majikan adalah satu kesalahan", "gaji minimum ialah RM1,700",
           "majikan yang membayar levi dan kos PLKS", "jangan percaya ejen yang menjanjikan 'permit kerja diurus kemudian'", "tawaran CS bergaji tinggi di Kemboja/Myanmar/Laos adalah perangkap",
           "semak lesen agensi dengan JTKSM", "jangan pindahkan wang untuk 'misi' kerja sambilan", "pekerja domestik Indonesia hanya melalui Sistem Saluran Tunggal",
           "laporkan kepada polis atau pejabat Imigresen berhampiran", "jangan masuk melalui 'jalan tikus'"]


def ms_notice(rng):
    ad = Ad("ms", False, ["government_notice", "government_notice", "facebook", "news_classified", "instagram_tiktok"])
    src = rng.choice(MS_NOTICE_SRC)
    ad.no_opener = True
    ad.title = rng.choice([f"AWAS! Peringatan daripada {src}", "Kenyataan media", "Waspada tawaran kerja palsu", f"{src}: bekerja secara sah", "#StopPemerdaganganOrang"])
    for t in rng.sample(MS_TIPS, rng.randint(2, 4)):
        ad.seg("note", t, t[0].upper() + t[1:] + ".")
    ad.contact = rng.choice(["Laporkan kepada polis terdekat.", "Hubungi pejabat JTK berhampiran.", "Talian 999 untuk kecemasan.", ""])
    ad.formal_anchor = True
    return finish(ad)



# ---------------------------------------------------------------- formal-looking positives (letterheads, agencies, fake notices)
def en_fake_letter(rng):
    ad = Ad("en", True, ["agency_announcement", "agency_announcement", "job_board", "news_classified", "whatsapp"])
    comp = pt_name(rng)
    dest, role, payf = rng.choice([("Osaka, Japan", "Production Staff", lambda r: money(r, "JPY", r.choice([260000, 280000, 320000, 350000]))),
                                   ("Taoyuan, Taiwan", "Factory Operator", lambda r: money(r, "NTD", r.choice([30000, 38000, 48000]))),
                                   ("Perth, Australia", "Farm Hand", lambda r: money(r, "AUD", r.choice([5200, 6500, 7000]))),
                                   ("Ansan, South Korea", "Factory Worker", lambda r: money(r, "KRW", r.choice([2_400_000, 2_900_000, 3_800_000]))),
                                   ("Auckland, New Zealand", "Warehouse Staff", lambda r: money(r, "NZD", r.choice([4800, 6000]))),
                                   ("Warsaw, Poland", "Logistics Worker", lambda r: money(r, "EUR", r.choice([1800, 2400, 2900])))])
    ad.email_style = True
    ad.greeting = f"{comp.upper()}\nRef: {rng.randint(10, 399)}/{''.join(w[0] for w in comp.split()[1:])}/HRD/{rng.choice(['III', 'V', 'VII', 'IX', 'XI'])}/{rng.choice([2025, 2026])}\n\n" + rng.choice(["Dear Candidate,", "Dear Mr/Ms Applicant,", "To the applicant,"])
    ad.seg("employer", f"you have passed the initial screening for {role} in {dest}", f"We are pleased to confirm that you have passed the initial screening for the position of {role} in {dest}.")
    pay = payf(rng)
    ad.seg("pay", pay, f"The offered salary is {pay}.")
    if "Korea" in dest:
        ad.flags.add(RD)
        ad.seg("steps", "placement arranged by our company", "Your placement with the factory will be arranged directly by our company.", [UP])
    amt = rng.choice([2_500_000, 4_000_000, 6_500_000, 8_750_000, 12_000_000])
    acct = rng.choice(["BNI", "BRI", "Mandiri", "BCA"]) + f" {digits(rng, 4)}xxxxx a/n {rng.choice(FIRST_M + FIRST_F)} {rng.choice(LAST)}"
    ad.seg("fee", "administrative deposit", rng.choice([f"To reserve your seat in the next departure batch, an administrative deposit of {money(rng, 'IDR', amt, per=False)} is required, payable to {acct}.",
                                                     f"Please settle the document handling fee of {money(rng, 'IDR', amt, per=False)} to our finance officer ({acct}).",
                                                     f"A refundable booking deposit of {money(rng, 'IDR', amt, per=False)} must be transferred to {acct} before your medical test can be scheduled."]), [UF])
    if p(rng, 0.6):
        ad.seg("urg", "3 working days", rng.choice(["Payment must be made within 3 (three) working days.", "Seats not confirmed within 48 hours will be given to other candidates."]), [PR])
    if p(rng, 0.3):
        ad.seg("note", "tourist visa", "For faster departure, you will travel on a tourist visa and the work visa will be arranged on site.", [VM, UP])
    ad.flags.add(UR)
    ad.signoff = rng.choice(["Sincerely,\nHRD Division", "Regards,\nRecruitment Committee", "Best regards,\nPersonnel Department"]) + f"\n{comp}\n" + rng.choice(
        [f"Jl. {rng.choice(['Gatot Subroto', 'Sudirman', 'Ahmad Yani'])} No. {rng.randint(1, 99)}, {rng.choice(ID_CITY)}", f"Tel (021) {digits(rng, 7)}"])
    ad.formal_anchor = True
    return finish(ad)


def ms_agensi_illegal(rng):
    ad = Ad("ms", True, ["agency_announcement", "agency_announcement", "agency_announcement", "job_board", "news_classified", "facebook"])
    ag = f"Agensi Pekerjaan {rng.choice(['Mega', 'Perdana', 'Setia', 'Gemilang', 'Wawasan', 'Cahaya', 'Bestari', 'Sinar'])} {rng.choice(['Kerjaya', 'Tenaga', 'Sumber Manusia', 'Maju', 'Jaya', 'Insan'])} Sdn Bhd"
    job = rng.choice(["Operator Kilang", "Pekerja Ladang", "Pelayan Restoran", "Pekerja Binaan", "Pembantu Rumah", "Tukang Cuci Hotel"])
    city = rng.choice(MY_CITY)
    ad.role = job
    ad.title = rng.choice([f"{ag} – Pengambilan {job} (Warga Indonesia)", f"NOTIS PENGAMBILAN: {job}", f"{job} – {city}"])
    ad.seg("employer", ag + ", " + city)
    ad.seg("note", rng.choice(["Lesen JTKSM: dalam proses pembaharuan", "Berdaftar dengan SSM", "Lesen agensi: akan dimaklumkan"]), None, [UR])
    amt = rng.choice(range(1800, 4201, 100))
    ad.seg("pay", money(rng, "RM", amt, "ms"), None, [HP] if amt > 3000 else [])
    opts = [lambda: ad.seg("visa", rng.choice(["Calon boleh masuk menggunakan pas lawatan sosial; PLKS diproses selepas tiba", "Permit kerja diuruskan dalam tempoh 3 bulan selepas mula bekerja",
                                               "Masuk sebagai pelancong melalui KLIA, status ditukar kemudian"]), None, [VM, UP]),
            lambda: ad.seg("fee", rng.choice([f"Yuran pemprosesan {money(rng, 'RM', rng.choice([1200, 1800, 2500]), 'ms', per=False)} dibayar sebelum berlepas",
                                              f"Deposit {money(rng, 'RM', rng.choice([500, 800]), 'ms', per=False)} + potongan gaji RM300 sebulan selama 6 bulan"]), None, [UF]),
            lambda: ad.seg("doc", rng.choice(["Pasport hendaklah diserahkan kepada syarikat sepanjang kontrak", "Calon berumur 17 tahun boleh dipertimbangkan (dokumen diselaraskan)"]), None, [DF]),
            lambda: ad.seg("steps", rng.choice(["Tidak perlu melalui P3MI atau Disnaker", "Proses 7 hari, terus bekerja"]), None, [UP])]
    pick_some(rng, opts, 2, 3)
    ad.contact = rng.choice([f"Pejabat: Tingkat {rng.randint(1, 9)}, Wisma {rng.choice(['Perdana', 'Mutiara', 'Seri'])}, {city}. Tel 0{rng.choice(['3', '4', '7'])}-{digits(rng, 4)} {digits(rng, 4)}",
                             f"Alamat: No. {rng.randint(1, 80)}, Jalan {rng.choice(['Tun Razak', 'Ampang', 'Dato Onn', 'Sultan Ismail'])}, {city}"])
    ad.formal_anchor = True
    return finish(ad)


def en_fake_gov(rng):
    ad = Ad("en", True, ["government_notice", "facebook", "whatsapp", "government_notice"])
    ad.no_opener = True
    ad.title = rng.choice(["OFFICIAL NOTICE – Overseas Job Placement Program", "ANNOUNCEMENT: Government recruitment for jobs abroad", "Ministry Program – 5,000 jobs in Japan, Korea & Taiwan"])
    ad.seg("note", "SMA/SMK graduates, no experience", rng.choice(["Open to SMA/SMK graduates without experience.", "All graduates may apply; no experience needed."]))
    fee = money(rng, "IDR", rng.choice([250_000, 350_000, 500_000, 750_000]), per=False)
    ad.seg("fee", f"registration fee {fee}", f"A registration fee of {fee} must be paid to the committee account before the deadline.", [UF])
    if p(rng, 0.5):
        ad.seg("urg", "closes tomorrow", rng.choice(["Registration closes tomorrow.", "Quota is limited and closes this week."]), [PR])
    if p(rng, 0.4):
        ad.seg("note", "guaranteed placement in Korea", "Participants are guaranteed placement in Korean factories after training.", [RD, UP])
    ad.flags.add(UR)
    set_contact(ad, rng, [f"Confirm payment to committee WhatsApp {phone(rng, 'ID')}", f"Info: {freemail(rng, 'program')}", f"Telegram {handle(rng, 'panitia')}"], [], 0.0)
    return finish(ad)


def ms_fake_gov(rng):
    ad = Ad("ms", True, ["government_notice", "facebook", "whatsapp", "government_notice"])
    ad.no_opener = True
    ad.title = rng.choice(["NOTIS RASMI – Program Penempatan Pekerja Luar Negara", "PENGUMUMAN: Pengambilan khas kerajaan ke luar negara", "Program Kerja Luar Negara 2025"])
    fee = money(rng, "RM", rng.choice([150, 250, 350]), "ms", per=False)
    ad.seg("fee", f"yuran pendaftaran {fee}", f"Yuran pendaftaran {fee} perlu dibayar ke akaun jawatankuasa.", [UF])
    ad.seg("pay", money(rng, "RM", rng.choice([6000, 8000, 10000]), "ms"), None, [HP])
    ad.seg("req", "lepasan SPM, tiada pengalaman")
    if p(rng, 0.5):
        ad.seg("urg", "tarikh tutup esok", "Tarikh tutup esok.", [PR])
    ad.flags.add(UR)
    set_contact(ad, rng, [f"Pengesahan melalui WhatsApp {phone(rng, 'MY')}", f"emel {freemail(rng, 'program')}"], [], 0.0)
    return finish(ad)

# ---------------------------------------------------------------- driver
# Label-neutral padding, so that long posts are not only the formal legitimate ones.
FILLER = {
    "en": ["We are a fast-growing company with teams across Asia.", "Our staff enjoy a friendly working environment and regular team activities.",
           "Salary is paid on time every month.", "Training is provided in the first two weeks.", "Many Indonesians already work with us and are happy here.",
           "We welcome applicants from all over Indonesia, including Jambi, Palembang and Medan.", "Working days are Monday to Saturday with one day off per week.",
           "Questions? Feel free to ask, we reply quickly.", "Good attitude and willingness to learn matter more to us than experience.",
           "Career progression is available for high performers.", "Please read the whole post before asking.", "Send your CV and a copy of your ID when you apply.",
           "Overtime is optional and paid.", "We have been operating for more than 10 years.", "Only shortlisted candidates will be contacted."],
    "ms": ["Syarikat kami telah beroperasi lebih 10 tahun.", "Gaji dibayar tepat pada masanya setiap bulan.", "Latihan akan diberikan.",
           "Persekitaran kerja yang mesra dan selesa.", "Ramai pekerja kami dari Indonesia dan semuanya gembira.", "Sila baca iklan sehingga habis sebelum bertanya.",
           "Peluang kenaikan pangkat bagi yang rajin.", "Hari kerja Isnin hingga Sabtu.", "Sebarang pertanyaan boleh terus hubungi kami.",
           "Kerja lebih masa adalah pilihan dan dibayar.", "Hanya calon yang disenarai pendek akan dihubungi.", "Sikap yang baik lebih penting daripada pengalaman."],
}


LURE_STORY = {
    "en": ["My cousin joined last year and already built a house for his parents.", "I was jobless in Jambi before; now I send home more than 10 juta every month.",
           "Many people doubt, but I am the proof that this is real.", "Don't miss this chance to change your family's life.", "Working abroad is the fastest way out of debt.",
           "Last month 12 people from Palembang departed with us and all are working now.", "You don't need to be smart, you just need to be brave.",
           "Why stay at home earning UMR when you can earn in dollars?", "I will personally guide you from departure until you arrive."],
    "ms": ["Sepupu saya pergi tahun lepas, sekarang dah boleh bina rumah untuk mak ayah.", "Dulu saya menganggur, sekarang boleh hantar duit ke kampung setiap bulan.",
           "Ramai yang ragu-ragu, tapi saya buktinya.", "Jangan lepaskan peluang untuk ubah nasib keluarga.", "Bulan lepas 10 orang dah pergi dengan kami dan semua dah kerja.",
           "Tak perlu pandai, cuma perlu berani.", "Saya sendiri akan bantu dari mula sampai kamu tiba."],
}


def pad(ad: Ad, rng):
    if ad.email_style:
        return
    if ad.suspicious and p(rng, 0.3):
        for t in rng.sample(LURE_STORY[ad.lang], rng.randint(1, 3)):
            ad.seg("note", t)
    if p(rng, 0.2):
        for t in rng.sample(FILLER[ad.lang], rng.randint(1, 4)):
            ad.seg("note", t)
EN_FAMILIES = [(en_scam_hub, 50), (en_dubai, 14), (en_hostess, 24), (en_cruise, 12), (en_farm_fee, 16), (en_fake_email, 12), (en_me_maid, 14), (en_korea_private, 8),
               (en_malaysia_illegal, 10), (en_task_scam, 6), (en_batam_domestic, 12), (en_fake_letter, 12), (en_fake_gov, 5),
               (en_licensed, 50), (en_senior, 30), (en_mnc, 30), (en_notice, 22), (en_local, 34), (en_seafarer, 10), (en_g2g, 8)]
MS_FAMILIES = [(ms_agent, 52), (ms_hiburan, 24), (ms_scamhub, 18), (ms_me_maid, 12), (ms_fee_overseas, 16), (ms_task, 6), (ms_agensi_illegal, 14), (ms_fake_gov, 4),
               (ms_legal_foreign, 40), (ms_pdi, 12), (ms_local, 60), (ms_senior, 20), (ms_notice, 17)]


def generate(rng, families, n, seen):
    out = []
    total_w = sum(w for _, w in families)
    for fam, w in families:
        target = round(n * w / total_w)
        made, tries = 0, 0
        while made < target and tries < target * 20:
            tries += 1
            ad = fam(rng)
            pad(ad, rng)
            channel = rng.choice(ad.channels)
            text = render(ad, rng, channel)
            if text in seen:
                continue
            seen.add(text)
            flags = sorted(ad.flags)
            out.append({"text": text, "channel": channel, "lang": ad.lang, "suspicious": ad.suspicious, "red_flags": flags, "origin": "generated"})
            made += 1
    return out


def main():
    rng = random.Random(SEED)
    hand = [json.loads(line) for line in HAND.read_text(encoding="utf-8").splitlines() if line.strip()]
    seen = {h["text"] for h in hand}
    gen = generate(rng, EN_FAMILIES, N_EN, seen) + generate(rng, MS_FAMILIES, N_MS, seen)
    rng.shuffle(gen)
    n0 = max(int(h["id"].split("-")[1]) for h in hand)
    for i, g in enumerate(gen, start=n0 + 1):
        g["id"] = f"enms-{i:05d}"
    rows = hand + [{"id": g["id"], **{k: g[k] for k in ("text", "channel", "lang", "suspicious", "red_flags", "origin")}} for g in gen]
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows ({len(hand)} hand, {len(gen)} generated) to {OUT}")


if __name__ == "__main__":
    main()
