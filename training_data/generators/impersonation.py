#!/usr/bin/env python3
"""Generate the impersonation slice of the Waspada training corpus (red flag ``impersonation``).

Impersonated recruitment: a post borrows the name of a state enterprise (BUMN), a bank, the
Rekrutmen Bersama BUMN, CPNS/PPPK, a puskesmas or RSUD, a ministry, BPJS or a big company, and
sends applicants to a channel that body does not use (a personal WhatsApp number, "link di bio",
a short link, a Google Form, a look-alike site, a free e-mail address), or asks a fee or KTP/KK/
selfie/bank data before any interview. See docs/red_flags.md and docs/domain.md section 5.

The slice has two halves drawn from the SAME organisations and the SAME layouts:

* suspicious adverts: a well-known name presented as the recruiter plus a channel, a fee or a
  data request that organisation does not use. Every one carries ``impersonation``; the other
  flags come from the clauses actually used (fee -> ``upfront_fee``, "kuota terbatas" ->
  ``pressure``, "penempatan sesuai domisili, semua jurusan" -> ``vague_job``, 8-35 jt for an
  SMA post -> ``high_pay``, "usia 17-40" -> ``document_fraud``, "orang dalam" ->
  ``unlicensed_recruiter``, "tanpa tes langsung SK" -> ``unclear_procedure``; a personal WA /
  Telegram / social account / free e-mail as the only channel -> ``informal_contact``);
* hard negatives: genuine recruitment through the official portal or the company's own domain
  (explicitly free), warnings and news about impersonation scams that quote the lure, ordinary
  local adverts that mention a bank, BPJS or a retailer only in passing, and outsourcing firms
  named as such. They get no flag, or one weak flag (a shop that gives only a personal WhatsApp
  number gets ``informal_contact``; "kuota terbatas" gets ``pressure``).

Every advert is assembled from slots and rendered in one of several layouts (WhatsApp forward,
Telegram post, Facebook/Instagram/TikTok caption, retyped poster, "surat panggilan" letter,
job-board listing, loker blog post, chat reply, short fragment, English or mixed), with
label-independent surface noise (abbreviations, Jambi Malay, typos, casing, emoji). All text is
invented: names, numbers, links and letters are made up; no real advert is copied.

Standard library only and deterministic for a given ``--seed``:

    .venv/bin/python training_data/generators/impersonation.py --out /tmp/imp.jsonl
    .venv/bin/python training_data/generators/impersonation.py --append-to training_data

``--append-to DIR`` appends each advert to DIR/{train,dev,test}.jsonl, the split chosen by the
SHA-256 of its id (75/10/15); it refuses to run if an ``imp-`` id is already in a split file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import string
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

SEED = 20261207
N_SUSPICIOUS = 170
N_LEGIT = 150
PREFIX = "imp"
SPLIT_SALT = "waspada-corpus-v1"
SPLIT_BOUNDS = (75, 85)  # bucket < 75 train, < 85 dev, else test
NEAR_DUP_REJECT = 0.5  # reject a candidate sharing this share of word 3-shingles with a kept one

HP, UF, UP, UR, IC = "high_pay", "upfront_fee", "unclear_procedure", "unlicensed_recruiter", "informal_contact"
VJ, PR, DF, IMP = "vague_job", "pressure", "document_fraud", "impersonation"
CODE_ORDER = ["high_pay", "upfront_fee", "unclear_procedure", "unlicensed_recruiter", "informal_contact",
              "visa_misuse", "restricted_destination", "vague_job", "pressure", "document_fraud",
              "vulnerable_targeting", "impersonation"]
WEAK = {IC, PR}


# --------------------------------------------------------------------------------------------
# organisations whose names are borrowed
# --------------------------------------------------------------------------------------------
@dataclass
class Org:
    key: str
    names: list[str]
    kind: str  # bumn, bank, fhci, cpns, health, ministry, bpjs, company
    slug: str
    official: list[str]  # where the body really recruits (portal, careers page on its own domain)
    mail: str  # the body's own e-mail domain
    jobs: list[str]
    en_jobs: list[str] = field(default_factory=list)


ORGS = [
    Org("pertamina", ["PT Pertamina (Persero)", "Pertamina", "PERTAMINA", "PT Pertamina"], "bumn", "pertamina",
        ["recruitment.pertamina.com"], "pertamina.com",
        ["Operator Produksi", "Staf Administrasi", "Teknisi Mekanik", "Petugas HSE", "Operator Kilang", "Security"],
        ["Production Operator", "Admin Staff", "HSE Officer"]),
    Org("pln", ["PT PLN (Persero)", "PLN", "PT PLN", "PLN UID S2JB"], "bumn", "pln",
        ["e-recruitment.pln.co.id"], "pln.co.id",
        ["Teknisi Distribusi", "Staf Pelayanan Pelanggan", "Petugas Catat Meter", "Operator Gardu Induk", "Admin Keuangan"],
        ["Distribution Technician", "Customer Service Officer"]),
    Org("telkom", ["PT Telkom Indonesia", "Telkom Indonesia", "TELKOM", "Telkom"], "bumn", "telkom",
        ["telkom.co.id (menu Karier)"], "telkom.co.id",
        ["Teknisi Jaringan", "Sales Force IndiHome", "Customer Service", "Staf IT Support"],
        ["Network Technician", "IT Support Staff"]),
    Org("kai", ["PT Kereta Api Indonesia (Persero)", "KAI", "PT KAI", "Kereta Api Indonesia"], "bumn", "kai",
        ["recruitment.kai.id"], "kai.id",
        ["Calon Masinis", "Kondektur", "Petugas Stasiun", "Teknisi Sarana", "Petugas Loket"],
        ["Train Driver Trainee", "Station Officer"]),
    Org("injourney", ["InJourney Airports", "Angkasa Pura", "PT Angkasa Pura II", "InJourney"], "bumn", "injourney",
        ["injourney.id (halaman Karier)"], "injourney.id",
        ["Aviation Security (Avsec)", "Petugas Ground Handling", "Customer Service Bandara", "Teknisi Listrik Bandara"],
        ["Aviation Security Officer", "Airport Customer Service"]),
    Org("pelindo", ["PT Pelabuhan Indonesia (Persero)", "Pelindo", "PELINDO"], "bumn", "pelindo",
        ["pelindo.co.id (menu Karier)"], "pelindo.co.id",
        ["Operator Alat Berat", "Staf Operasional Pelabuhan", "Tally Clerk", "Admin Dokumen"],
        ["Port Operations Staff", "Heavy Equipment Operator"]),
    Org("garuda", ["Garuda Indonesia", "PT Garuda Indonesia (Persero) Tbk", "GARUDA INDONESIA"], "bumn", "garuda",
        ["garuda-indonesia.com (halaman Career)"], "garuda-indonesia.com",
        ["Pramugari/Pramugara", "Staf Ground Handling", "Customer Service Bandara"],
        ["Flight Attendant", "Ground Staff"]),
    Org("krakatau", ["PT Krakatau Steel (Persero) Tbk", "Krakatau Steel", "KRAKATAU STEEL"], "bumn", "krakatausteel",
        ["krakatausteel.com (menu Karier)"], "krakatausteel.com",
        ["Operator Produksi Baja", "Teknisi Maintenance", "Staf Gudang"], ["Steel Plant Operator"]),
    Org("antam", ["PT Aneka Tambang Tbk (Antam)", "Antam", "ANTAM"], "bumn", "antam",
        ["antam.com (menu Karier)"], "antam.com",
        ["Operator Tambang", "Driver Dump Truck", "Staf Geologi", "Admin Site"], ["Mining Operator"]),
    Org("pupuk", ["PT Pupuk Indonesia (Persero)", "Pupuk Indonesia", "PUPUK INDONESIA"], "bumn", "pupukindonesia",
        ["pupuk-indonesia.com (menu Karier)"], "pupuk-indonesia.com",
        ["Operator Pabrik", "Staf Distribusi", "Teknisi Instrumen"], ["Plant Operator"]),
    Org("jasamarga", ["PT Jasa Marga (Persero) Tbk", "Jasa Marga", "JASA MARGA"], "bumn", "jasamarga",
        ["jasamarga.com (menu Karier)"], "jasamarga.com",
        ["Petugas Gerbang Tol", "Petugas Patroli Jalan Tol", "Staf Pemeliharaan"], ["Toll Road Officer"]),
    Org("bulog", ["Perum Bulog", "BULOG", "Bulog"], "bumn", "bulog",
        ["bulog.co.id (menu Karier)"], "bulog.co.id",
        ["Staf Gudang", "Admin Pergudangan", "Petugas Quality Control Beras"], ["Warehouse Staff"]),
    Org("pos", ["PT Pos Indonesia (Persero)", "Pos Indonesia", "POS INDONESIA"], "bumn", "posindonesia",
        ["posindonesia.co.id (menu Karier)"], "posindonesia.co.id",
        ["Kurir", "Petugas Loket", "Staf Pengolahan Kiriman"], ["Courier", "Counter Officer"]),
    Org("pegadaian", ["PT Pegadaian", "Pegadaian", "PEGADAIAN"], "bumn", "pegadaian",
        ["pegadaian.co.id (menu Karier)"], "pegadaian.co.id",
        ["Penaksir", "Kasir", "Staf Pemasaran", "Security"], ["Appraiser", "Cashier"]),
    Org("bri", ["Bank BRI", "BRI", "PT Bank Rakyat Indonesia (Persero) Tbk", "Bank Rakyat Indonesia"], "bank", "bri",
        ["e-recruitment.bri.co.id"], "bri.co.id",
        ["Teller", "Customer Service", "Mantri", "Frontliner", "Relationship Manager"], ["Teller", "Relationship Manager"]),
    Org("bni", ["Bank BNI", "BNI", "PT Bank Negara Indonesia (Persero) Tbk"], "bank", "bni",
        ["recruitment.bni.co.id"], "bni.co.id",
        ["Teller", "Customer Service", "Officer Development Program", "Staf Collection"], ["Teller", "Officer Development Program"]),
    Org("mandiri", ["Bank Mandiri", "MANDIRI", "PT Bank Mandiri (Persero) Tbk"], "bank", "mandiri",
        ["bankmandiri.co.id (menu Karier)"], "bankmandiri.co.id",
        ["Teller", "Customer Service", "Officer Development Program", "Sales Kartu Kredit"], ["Teller", "Officer Development Program"]),
    Org("btn", ["Bank BTN", "BTN", "PT Bank Tabungan Negara (Persero) Tbk"], "bank", "btn",
        ["btn.co.id (menu Karier)"], "btn.co.id",
        ["Teller", "Customer Service", "Staf Kredit Perumahan"], ["Mortgage Officer"]),
    Org("bsi", ["Bank Syariah Indonesia", "BSI", "Bank BSI"], "bank", "bsi",
        ["bankbsi.co.id (menu Karier)"], "bankbsi.co.id",
        ["Teller", "Customer Service", "Relationship Manager Mikro"], ["Teller"]),
    Org("bca", ["BCA", "Bank BCA", "PT Bank Central Asia Tbk"], "bank", "bca",
        ["karir.bca.co.id"], "bca.co.id",
        ["Teller", "Customer Service", "Program Pendidikan Bisnis Perbankan", "Staf Administrasi"], ["Teller", "Customer Service"]),
    Org("fhci", ["Rekrutmen Bersama BUMN", "RBB", "REKRUTMEN BERSAMA BUMN", "Rekrutmen Bersama BUMN (FHCI)"], "fhci", "bumn",
        ["rekrutmenbersama.fhcibumn.id"], "fhcibumn.id",
        ["Staf Administrasi", "Teknisi Lapangan", "Customer Service", "Analis Keuangan", "Operator Produksi",
         "Management Trainee"],
        ["fresh graduate and experienced positions"]),
    Org("cpns", ["CPNS", "Seleksi CPNS", "CPNS Pemkot Jambi", "CPNS Pemprov Jambi", "CASN"], "cpns", "cpns",
        ["sscasn.bkn.go.id"], "bkn.go.id",
        ["formasi tenaga teknis", "formasi guru", "formasi tenaga kesehatan", "Pengelola Keuangan"], ["civil servant posts"]),
    Org("pppk", ["PPPK", "Seleksi PPPK", "PPPK Tenaga Teknis", "PPPK Paruh Waktu"], "cpns", "pppk",
        ["sscasn.bkn.go.id"], "bkn.go.id",
        ["formasi tenaga teknis", "formasi guru", "formasi tenaga kesehatan"], ["contract civil servant posts"]),
    Org("puskesmas", ["Puskesmas Simpang Kawat", "Puskesmas Putri Ayu", "Puskesmas Paal V", "Puskesmas Kenali Besar",
                      "Puskesmas Tahtul Yaman"], "health", "puskesmas",
        ["kantor Dinas Kesehatan Kota Jambi", "jambikota.go.id"], "jambikota.go.id",
        ["Perawat", "Bidan", "Tenaga Kebersihan", "Petugas Rekam Medis", "Sopir Ambulans"], ["nurse", "midwife"]),
    Org("rsud", ["RSUD Raden Mattaher", "RSUD H. Abdul Manap", "RSUD Kol. Abundjani Bangko", "RSUD Sungai Bahar"],
        "health", "rsud",
        ["bagian kepegawaian RSUD", "jambiprov.go.id"], "jambiprov.go.id",
        ["Perawat", "Bidan", "Petugas Rekam Medis", "Tenaga Administrasi", "Cleaning Service"], ["nurse", "admin staff"]),
    Org("kemnaker", ["Kementerian Ketenagakerjaan", "Kemnaker", "KEMNAKER RI"], "ministry", "kemnaker",
        ["kemnaker.go.id", "karirhub.kemnaker.go.id", "sscasn.bkn.go.id"], "kemnaker.go.id",
        ["Program Pemagangan", "Tenaga Pendamping Program", "Instruktur BLK"], ["apprenticeship programme"]),
    Org("kemenkes", ["Kementerian Kesehatan", "Kemenkes", "KEMENKES RI"], "ministry", "kemenkes",
        ["kemkes.go.id", "sscasn.bkn.go.id"], "kemkes.go.id",
        ["Tenaga Kesehatan Nusantara Sehat", "Perawat", "Tenaga Promosi Kesehatan"], ["health worker"]),
    Org("kemenag", ["Kementerian Agama", "Kemenag", "Kanwil Kemenag Jambi"], "ministry", "kemenag",
        ["kemenag.go.id", "sscasn.bkn.go.id"], "kemenag.go.id",
        ["Penyuluh Agama", "Staf Administrasi KUA", "Guru Madrasah"], ["religious affairs staff"]),
    Org("bpjskes", ["BPJS Kesehatan", "BPJS KESEHATAN"], "bpjs", "bpjskesehatan",
        ["bpjs-kesehatan.go.id (menu Karier)"], "bpjs-kesehatan.go.id",
        ["Petugas Verifikator", "Customer Service", "Staf Administrasi"], ["verification officer"]),
    Org("astra", ["PT Astra International Tbk", "Astra", "ASTRA GROUP", "Astra Group"], "company", "astra",
        ["astra.co.id (menu Karier)"], "astra.co.id",
        ["Management Trainee", "Mekanik", "Sales Counter", "Staf Admin"], ["Management Trainee", "Mechanic"]),
    Org("indofood", ["PT Indofood Sukses Makmur Tbk", "Indofood", "INDOFOOD"], "company", "indofood",
        ["indofood.com (menu Karier)"], "indofood.com",
        ["Operator Produksi", "Sales Motoris", "Staf Gudang", "Management Trainee"], ["Production Operator", "Sales"]),
    Org("djarum", ["PT Djarum", "Djarum", "DJARUM"], "company", "djarum",
        ["djarum.com (menu Karier)"], "djarum.com",
        ["Operator Produksi", "Staf Gudang", "Sales"], ["Production Staff"]),
    Org("alfamart", ["Alfamart", "PT Sumber Alfaria Trijaya Tbk (Alfamart)", "ALFAMART"], "company", "alfamart",
        ["alfamart.co.id (menu Karier)"], "alfamart.co.id",
        ["Kasir/Pramuniaga", "Kepala Toko", "Staf Gudang DC", "Driver Pengiriman"], ["Store Crew", "Store Manager"]),
    Org("indomaret", ["Indomaret", "PT Indomarco Prismatama (Indomaret)", "INDOMARET"], "company", "indomaret",
        ["indomaret.co.id (menu Karier)"], "indomaret.co.id",
        ["Kasir/Pramuniaga", "Asisten Kepala Toko", "Staf Gudang", "Helper"], ["Store Crew", "Store Assistant"]),
    Org("unilever", ["Unilever Indonesia", "PT Unilever Indonesia Tbk", "UNILEVER"], "company", "unilever",
        ["careers.unilever.com"], "unilever.com",
        ["Management Trainee", "Sales Representative", "Operator Produksi"], ["Management Trainee", "Sales Representative"]),
]
ORG_WEIGHTS = {"bumn": 3, "bank": 3, "fhci": 4, "cpns": 3, "health": 2, "ministry": 2, "bpjs": 2, "company": 3}

AREAS = ["Telanaipura", "Kota Baru", "Jelutung", "Alam Barajo", "Paal Merah", "Jambi Selatan", "Pasar Jambi",
         "Danau Sipin", "Kenali Besar", "Thehok", "Simpang Rimbo", "Talang Banjar", "Mayang", "Payo Selincah",
         "Mendalo", "Sengeti", "Muara Bulian", "Muara Tebo", "Muara Bungo", "Sarolangun", "Bangko", "Sungai Penuh",
         "Kuala Tungkal", "Muara Sabak", "Sipin", "Kasang", "Sungai Bahar", "Rimbo Bujang"]
PLACES = ["Jambi", "Kota Jambi", "Sumatera", "Muaro Jambi", "Batanghari", "Tebo", "Bungo", "Kerinci", "Merangin",
          "Tanjab Barat", "Pekanbaru", "Palembang", "Jakarta", "seluruh Indonesia", "Sumbagsel"]
STREETS = ["Jl. Kol. Abunjani", "Jl. Hos Cokroaminoto", "Jl. Sultan Agung", "Jl. Gatot Subroto",
           "Jl. Sumantri Brojonegoro", "Jl. Lingkar Barat", "Jl. Soekarno Hatta", "Jl. Kapt. Pattimura",
           "Jl. Raden Mattaher", "Jl. Jend. Sudirman", "Jl. Orang Kayo Hitam", "Jl. Sultan Thaha",
           "Jl. Prof. Sri Soedewi", "Jl. M. Husni Thamrin", "Jl. Ir. H. Juanda", "Jl. Yos Sudarso", "Jl. Hayam Wuruk"]
HOTELS = ["Hotel Swiss-Belhotel Jambi", "Hotel Abadi Suite", "Hotel Aston Jambi", "Hotel Odua Weston",
          "Hotel Golden Harvest", "Hotel Novita", "Hotel Grand Sipin", "Hotel Shang Ratu", "Hotel Wiltop",
          "Hotel Batanghari Permai", "Hotel Ratu Jambi", "Hotel Kartika Graha"]
SCAM_NAMES = ["Bu Rina", "Pak Hendra", "Ibu Ratna (HRD)", "Bpk. Sutrisno", "Kak Dinda", "Mas Yoga", "Bu Desi",
              "Pak Arif (panitia)", "Ibu Fitri", "Bang Reza", "Mbak Anggun", "Pak Yusuf", "Kak Intan", "Ibu Linda S.",
              "Pak Bambang (rekrutmen)", "Bu Wulan", "Kak Sela", "Pak Ridwan", "Mba Vivi", "Bu Nurhasanah"]
ACCOUNT_NAMES = ["Siti Rahmawati", "Dedi Kurniawan", "Rina Agustina", "Andi Saputra", "Yuliana", "M. Fauzan",
                 "Sri Wahyuni", "Hendra Gunawan", "Novi Andriani", "Agus Salim", "Dewi Lestari", "Rahmat Hidayat"]
SHOPS = ["Toko Sembako Barokah", "Warung Makan Sederhana", "Toko Bangunan Maju Jaya", "Laundry Mentari",
         "Bengkel Setia Kawan", "Kedai Kopi Sipin", "Apotek Sehat Jaya", "Toko Kue Bunda", "Konter Rizki Cell",
         "Grosir Sumber Rejeki", "RM Padang Cahaya", "Salon Melati", "Catering Amanah", "Percetakan Pelangi",
         "Minimarket Kita", "Toko Plastik Anugrah", "Cafe Kenangan", "Ekspedisi Jaya Express"]
PT_A = ["Sinar", "Cahaya", "Mitra", "Bina", "Duta", "Karya", "Putra", "Tunas", "Bumi", "Samudra", "Anugerah",
        "Prima", "Insan", "Mutiara", "Harapan", "Berkah", "Nusa", "Griya", "Wahana", "Solusi"]
PT_B = ["Bahari", "Mandiri", "Sejahtera", "Abadi", "Persada", "Utama", "Insani", "Lestari", "Jaya", "Makmur",
        "Sentosa", "Perkasa", "Nusantara", "Gemilang", "Amanah", "Kencana", "Raya", "Daya"]
PT_C = ["Mandiri", "Indonesia", "Global", "Sejahtera", "Utama", "Perkasa", "Jaya", "Abadi", "Sumberdaya"]

EMOJI = ["🔥", "💰", "✨", "📢", "🙏", "😊", "👍", "💯", "🚀", "😍", "📌", "⚡", "💪", "✅", "‼️", "🏢", "📝", "👇"]
BULLETS = ["✅", "▪️", "-", "•", "👉", "✔️", "🔸", "*", "➡️", "🔹", "◾", "⭐", "☑️"]


# --------------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------------
def phone(rng: random.Random) -> str:
    pre = rng.choice(["812", "813", "821", "822", "823", "852", "853", "811", "819", "895", "896", "857", "858",
                      "831", "877", "878", "851", "815"])
    a, b = rng.randint(1000, 9999), rng.randint(1000, 9999)
    if rng.random() < 0.4:
        a = int("7" + str(rng.randint(100, 999)))
    style = rng.randrange(7)
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
    if style == 5:
        return f"0{pre}.{a}.{b}"
    return f"62{pre}{a}{b}"


def landline(rng: random.Random) -> str:
    code = rng.choice(["0741", "0741", "0741", "0743", "0746", "0747", "0748", "0744"])
    return rng.choice([f"({code}) {rng.randint(40, 79)}{rng.randint(1000, 9999)}",
                       f"{code}-{rng.randint(40, 79)}{rng.randint(1000, 9999)}"])


def address(rng: random.Random) -> str:
    return f"{rng.choice(STREETS)} No. {rng.randint(1, 140)}, {rng.choice(AREAS)}"


def alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


def year(rng: random.Random) -> int:
    return rng.choice([2026, 2026, 2027, 2027, 2027])


def rupiah(rng: random.Random, amount: int) -> str:
    """amount in rupiah, written the many ways adverts write it"""
    full = f"{amount:,}".replace(",", ".")
    if amount >= 1_000_000:
        jt = amount / 1_000_000
        s = (f"{jt:.1f}".rstrip("0").rstrip(".")).replace(".", ",")
        return rng.choice([f"Rp {full}", f"Rp{full},-", f"{s} jt", f"{s}jt", f"Rp {s} juta", f"IDR {full}", f"Rp. {full}"])
    rb = amount // 1000
    return rng.choice([f"Rp {full}", f"Rp{full},-", f"{rb}rb", f"{rb} ribu", f"Rp {rb}K", f"Rp. {full}", f"{rb}k"])


def pt_name(rng: random.Random) -> str:
    a, b = rng.choice(PT_A), rng.choice(PT_B)
    c = rng.choice([x for x in PT_C if x != b] + [""])
    return f"PT {a} {b} {c}".strip()


def org_name(rng: random.Random, org: Org) -> str:
    return rng.choice(org.names)


def short_name(org: Org) -> str:
    return min(org.names, key=len)


# --- the channels an impersonator uses ---------------------------------------------------------
def fake_site(rng: random.Random, org: Org) -> str:
    s, y = org.slug, year(rng)
    return rng.choice([f"rekrutmen-{s}{y}.blogspot.com", f"{s}-karir.site", f"karir{s}.web.id",
                       f"{s}-recruitment.my.id", f"lowongan{s}{y}.xyz", f"e-rekrutmen-{s}.online",
                       f"{s}careers.weebly.com", f"info-{s}.wixsite.com/rekrutmen", f"{s}.rekrutmen-online.com",
                       f"www.{s}-official-recruitment.com", f"portal-{s}{y % 100}.com", f"{s}karier.my.id",
                       f"rekrutmen{s}.id-daftar.net", f"{s}-indonesia.site/karir"])


def free_mail(rng: random.Random, org: Org) -> str:
    s, y = org.slug, year(rng)
    local = rng.choice([f"hrd.{s}.rekrut", f"rekrutmen.{s}{y}", f"panitia.{s}", f"{s}.recruitment.official",
                        f"{s}hrd{rng.randint(1, 99)}", f"karir.{s}.indonesia", f"seleksi{s}{y % 100}", f"admin.{s}.pusat"])
    return local + "@" + rng.choice(["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.co.id", "outlook.com"])


def short_link(rng: random.Random, org: Org) -> str:
    s = org.slug
    return rng.choice(["", "https://"]) + rng.choice([f"bit.ly/{s.capitalize()}-Rekrut{year(rng) % 100}", f"s.id/loker{s}", f"t.ly/{alnum(rng, 5)}",
                       f"tinyurl.com/{s}karir{rng.randint(1, 99)}", f"bit.ly/{alnum(rng, 7)}", f"s.id/{s}{year(rng)}",
                       f"cutt.ly/{s}-daftar", f"t.ly/{s.upper()}-{rng.randint(10, 99)}", f"bit.ly/daftar{s}{year(rng)}"])


def google_form(rng: random.Random) -> str:
    return rng.choice(["", "https://"]) + rng.choice([f"forms.gle/{alnum(rng, 17)}", f"forms.gle/{alnum(rng, 12)}",
                       f"docs.google.com/forms/d/e/1FAIpQL{alnum(rng, 12)}/viewform"])


def handle(rng: random.Random, org: Org) -> str:
    return "@" + rng.choice([f"rekrutmen.{org.slug}", f"{org.slug}_karir_official", f"info.loker{org.slug}",
                             f"{org.slug}.recruitment.id", f"lowongan_{org.slug}{year(rng) % 100}",
                             "bumn.karir.update", f"infolokerbumn.{rng.randint(1, 99)}"])


# --------------------------------------------------------------------------------------------
# the advert under construction
# --------------------------------------------------------------------------------------------
class Ad:
    def __init__(self, org: Org, susp: bool, rng: random.Random) -> None:
        self.org = org
        self.susp = susp
        self.name = rng.choice(org.names)
        # health bodies are several institutions under one key: never mix two of them in one advert
        self.short = self.name if org.kind == "health" else short_name(org)
        self.style = 0
        self.secs: list[tuple[str, str]] = []
        self.flags: set[str] = set()
        self.personal = False  # personal WA/phone/Telegram/social account/free e-mail
        self.formal = False  # official portal, company domain, address, landline, job board
        self.bad_channel = False  # any channel/fee/data request the body does not use
        self.tags: list[str] = []

    def add(self, label: str, text: str, *flags: str) -> None:
        if text:
            self.secs.append((label, text))
            self.flags.update(flags)

    def final_flags(self) -> list[str]:
        flags = set(self.flags)
        if self.personal and not self.formal:
            flags.add(IC)
        if self.susp:
            flags.add(IMP)
        return [c for c in CODE_ORDER if c in flags]


# --- suspicious slots ---------------------------------------------------------------------------
def bad_contact(rng: random.Random, ad: Ad, kinds: list[str] | None = None) -> None:
    """One to three channels the impersonated body never uses."""
    org = ad.org
    if kinds is None:
        pool = ["wa", "wa", "wa", "tg", "bio", "gmail", "short", "form", "form", "site", "dm"]
        k = rng.choices([1, 2, 3], [6, 4, 1])[0]
        kinds = []
        while len(kinds) < k:
            c = rng.choice(pool)
            if c not in kinds:
                kinds.append(c)
    who = rng.choice(SCAM_NAMES)
    for kind in kinds:
        if kind == "wa":
            txt = rng.choice([f"WA {phone(rng)}", f"hub {who} {phone(rng)}", f"konfirmasi ke WA panitia {phone(rng)}",
                              f"daftar via WhatsApp {phone(rng)} ({who})", f"japri {phone(rng)}",
                              f"CP: {who} – {phone(rng)}", f"kirim berkas ke WA HRD {phone(rng)}",
                              f"chat admin rekrutmen {phone(rng)}", f"info & pendaftaran: {phone(rng)} (WA only)",
                              f"ketik DAFTAR#NAMA#KOTA kirim ke {phone(rng)}"])
            ad.personal = True
        elif kind == "tg":
            txt = rng.choice([f"gabung grup Telegram t.me/rekrut{org.slug}{year(rng) % 100}",
                              f"Telegram admin @{org.slug}_hrd{rng.randint(1, 99)}",
                              f"info lengkap di channel Telegram t.me/loker_{org.slug}_resmi"])
            ad.personal = True
        elif kind == "bio":
            txt = rng.choice(["link pendaftaran di bio", "daftar lewat link di bio ya", "klik link di bio 👆",
                              f"cek bio {handle(rng, org)}", "link ada di bio, buruan isi",
                              "formulir pendaftaran cek link di bio"])
            ad.personal = True
        elif kind == "dm":
            txt = rng.choice([f"DM IG {handle(rng, org)}", "inbox halaman ini", "komen MINAT nanti admin DM",
                              f"DM TikTok {handle(rng, org)}", "kirim pesan ke page ini utk formulir"])
            ad.personal = True
        elif kind == "gmail":
            txt = rng.choice([f"kirim CV & berkas ke {free_mail(rng, org)}", f"email: {free_mail(rng, org)}",
                              f"lamaran dikirim ke email panitia {free_mail(rng, org)}",
                              f"berkas lengkap kirim ke {free_mail(rng, org)} subjek POSISI_NAMA"])
            ad.personal = True
        elif kind == "short":
            txt = rng.choice([f"daftar di {short_link(rng, org)}", f"klik link di bawah 👇\n{short_link(rng, org)}",
                              f"link pendaftaran: {short_link(rng, org)}", f"isi data di {short_link(rng, org)}",
                              f"formulir online {short_link(rng, org)}"])
        elif kind == "form":
            txt = rng.choice([f"isi formulir {google_form(rng)}", f"pendaftaran online: {google_form(rng)}",
                              f"klik link berikut {google_form(rng)}", f"daftar via Google Form {google_form(rng)}",
                              f"form pendaftaran 👉 {google_form(rng)}"])
        elif kind == "site":
            txt = rng.choice([f"daftar di website resmi {fake_site(rng, org)}", f"portal pendaftaran: {fake_site(rng, org)}",
                              f"akses {fake_site(rng, org)} untuk mendaftar", f"info & daftar: https://{fake_site(rng, org)}",
                              f"situs rekrutmen {fake_site(rng, org)}"])
        else:
            raise ValueError(kind)
        ad.bad_channel = True
        ad.add("kontak", txt)


FEES = [
    ("biaya administrasi pendaftaran", (50_000, 250_000)),
    ("biaya seragam & ID card", (250_000, 650_000)),
    ("biaya tes kesehatan di klinik rekanan", (450_000, 1_250_000)),
    ("biaya pelatihan/diklat", (750_000, 2_500_000)),
    ("biaya verifikasi berkas", (75_000, 300_000)),
    ("uang jaminan keseriusan", (300_000, 1_000_000)),
    ("biaya psikotes online", (150_000, 450_000)),
    ("biaya materai & legalisir", (50_000, 150_000)),
    ("biaya pembuatan nomor induk peserta", (100_000, 250_000)),
    ("biaya asuransi peserta tes", (150_000, 350_000)),
]
PAY_TO = ["ke rek BRI a.n. {n}", "via DANA {p}", "ke rekening panitia a.n. {n}", "ke a.n. pribadi HRD",
          "transfer ke rek Mandiri {r} a.n. {n}", "via ShopeePay/OVO {p}", "ke rekening bendahara panitia",
          "ke rekening BNI {r} a.n. {n}", "bayar di tempat tes (tunai)", "ke nomor virtual account yg dikirim admin"]


def fee_clause(rng: random.Random, ad: Ad) -> None:
    what, (lo, hi) = rng.choice(FEES)
    amount = rng.randrange(lo, hi + 1, 25_000)
    to = rng.choice(PAY_TO).format(n=rng.choice(ACCOUNT_NAMES), p=phone(rng).replace("wa.me/", ""),
                                   r=rng.randint(10**9, 10**10 - 1))
    txt = rng.choice([f"{what} {rupiah(rng, amount)} {to}",
                      f"peserta wajib membayar {what} sebesar {rupiah(rng, amount)}, {to}",
                      f"{what.capitalize()} {rupiah(rng, amount)} (dikembalikan setelah diterima) {to}",
                      f"sebelum tes peserta transfer {what} {rupiah(rng, amount)} {to}",
                      f"pendaftaran GRATIS, hanya {what} {rupiah(rng, amount)} {to}"])
    ad.bad_channel = True
    ad.add("biaya", txt, UF)


def travel_fee_clause(rng: random.Random, ad: Ad) -> None:
    amount = rng.randrange(1_150_000, 3_200_000, 50_000)
    travel = rng.choice(["CV Anugerah Tour", "PT Wisata Nusantara Travel", "Sumber Rejeki Travel",
                         "Citra Mandiri Tour", "Berkah Wisata", "PT Mutiara Trans Tour"])
    hotel = rng.choice(HOTELS)
    txt = rng.choice([f"tes tahap 2 di {hotel}; reservasi kamar & tiket wajib melalui travel rekanan panitia {travel} "
                      f"{rupiah(rng, amount)} (direfund setelah tes)",
                      f"peserta lolos berkas wajib booking akomodasi tes di {hotel} lewat {travel}, biaya {rupiah(rng, amount)}",
                      f"biaya transport & penginapan tes {rupiah(rng, amount)} dibayar ke travel {travel}, tidak boleh pesan sendiri"])
    ad.bad_channel = True
    ad.add("biaya", txt, UF)


def data_clause(rng: random.Random, ad: Ad) -> None:
    txt = rng.choice(["kirim foto KTP, KK & selfie pegang KTP", "lampirkan foto KTP + buku tabungan",
                      "sertakan nomor rekening aktif & nama ibu kandung utk payroll",
                      "kirim scan KTP, KK, ijazah dan foto selfie",
                      "wajib kirim kode OTP yang masuk ke HP untuk verifikasi data",
                      "upload KTP, NPWP & foto kartu ATM (depan) untuk pendaftaran payroll",
                      "isi NIK, nomor KK dan nama ibu kandung di formulir",
                      "kirimkan foto KTP asli dan swafoto sebelum jadwal wawancara keluar"])
    ad.bad_channel = True
    ad.add("berkas", txt)


def pressure_clause(rng: random.Random, ad: Ad) -> None:
    ad.add("desakan", rng.choice(["kuota terbatas!!", "hari ini terakhir", "segera daftar sebelum ditutup",
                                  "pendaftaran ditutup malam ini jam 23.59", "sisa 12 kursi lagi",
                                  "konfirmasi 1x24 jam atau dianggap mengundurkan diri", "buruan sebelum link ditutup",
                                  "yang tidak transfer hari ini dianggap gugur", "jangan disebar ke grup lain ya",
                                  "siapa cepat dia dapat", "batas akhir besok pagi", "SEGERA, kuota tinggal sedikit"]), PR)


def vague_clause(rng: random.Random, ad: Ad) -> None:
    ad.add("catatan", rng.choice(["penempatan sesuai domisili", "semua posisi dibuka, semua jurusan",
                                  "posisi ditentukan setelah tes", "kerja ringan di kantor, detail dijelaskan saat interview",
                                  "penempatan sesuai domisili, semua jurusan bisa", "formasi banyak, nanti diarahkan panitia",
                                  "semua lulusan bisa daftar, posisi menyesuaikan"]), VJ)


def high_pay_clause(rng: random.Random, ad: Ad) -> None:
    jt = rng.choice([8, 8.5, 9, 9.5, 10, 11, 12, 12.5, 14, 15, 17, 18, 20, 22, 25, 27, 30, 35])
    amount = int(jt * 1_000_000)
    edu = rng.choice(["lulusan SMA/SMK", "min SMP", "tamatan SMA sederajat", "SMA/SMK semua jurusan", "lulusan SMP/SMA",
                      "tanpa pengalaman"])
    ad.add("gaji", rng.choice([f"gaji {rupiah(rng, amount)}/bulan, {edu}", f"gaji pokok {rupiah(rng, amount)} + tunjangan ({edu})",
                               f"{edu}, gaji mulai {rupiah(rng, amount)}", f"gj {rupiah(rng, amount)} bersih, {edu} boleh"]), HP)


def age_fraud_clause(rng: random.Random, ad: Ad) -> None:
    ad.add("syarat", rng.choice(["usia 17-40 tahun", "usia 17 - 45 th", "umur 16 thn ke atas boleh",
                                 "usia 17-35, belum punya KTP bisa dibantu", "usia min 17 th (yg blm 17 bisa diatur)",
                                 "usia 16-38 tahun", "ijazah hilang/belum ada bisa diurus panitia"]), DF)


def insider_clause(rng: random.Random, ad: Ad) -> None:
    who = {"cpns": "orang BKD", "ministry": "orang kementerian", "health": "orang dinas"}.get(ad.org.kind, "HRD pusat")
    ad.add("catatan", rng.choice(["lewat jalur orang dalam, dibantu sampai SK keluar",
                                  f"saya kenal {who}, berkas bisa dititip lewat saya",
                                  "jalur khusus keluarga karyawan, bisa dibantu masuk",
                                  "dibantu orang dalam, pasti lolos berkas"]), UR)


def noprocess_clause(rng: random.Random, ad: Ad) -> None:
    ad.add("catatan", rng.choice(["tanpa tes, langsung kerja", "tidak perlu ikut seleksi online, langsung diangkat",
                                  "langsung SK tanpa tes tertulis", "tanpa ribet, tanpa antri, langsung penempatan",
                                  "pasti lulus, tanpa tes psikotes"]), UP)


# --- shared slots (both labels) -------------------------------------------------------------------
def title(rng: random.Random, org: Org, name: str, y: int) -> str:
    if org.kind == "fhci":
        return rng.choice([f"Rekrutmen Bersama BUMN {y} resmi dibuka", f"REKRUTMEN BERSAMA BUMN {y}",
                           f"Pendaftaran Rekrutmen Bersama BUMN {y}", f"RBB {y} dibuka lagi 📢",
                           f"Lowongan BUMN {y} lewat Rekrutmen Bersama"])
    if org.kind == "cpns":
        return rng.choice([f"Pendaftaran {name} {y}", f"Seleksi {name} Tahun {y}", f"INFO {name.upper()} {y}",
                           f"{name} {y} dibuka", f"Penerimaan {name} {y} wilayah Jambi"])
    return rng.choice([f"{name} membuka lowongan kerja {y}", f"Rekrutmen {name} {y}", f"LOWONGAN KERJA {name.upper()} {y}",
                       f"{name} buka loker lagi", f"OPEN RECRUITMENT {name.upper()}", f"Penerimaan karyawan {name} {y}",
                       f"{name} Recruitment {y}", f"Loker {name} terbaru {y}"])


def normal_reqs(rng: random.Random, org: Org) -> str:
    pool = ["usia maks 25 tahun", "usia maksimal 27 tahun", "usia 18-25 th", "min SMA/SMK sederajat",
            "D3/S1 Akuntansi, Manajemen, Teknik", "IPK min 2,75", "sehat jasmani & rohani", "tidak buta warna",
            "tinggi badan min 160 cm (pria)", "bersedia ditempatkan di seluruh Indonesia",
            "lulusan SMK Teknik Listrik/Mesin", "berkelakuan baik (SKCK)", "fresh graduate dipersilakan"]
    if org.kind == "bank":
        pool += ["belum menikah (khusus ODP)", "berpenampilan rapi", "S1 semua program studi terakreditasi B (ODP)"]
    if org.kind == "health":
        pool = ["STR aktif", "D3 Keperawatan/Kebidanan", "pengalaman min 1 tahun", "usia maks 35 tahun",
                "sehat jasmani & rohani", "berdomisili di Kota Jambi", "bersedia kerja shift"]
    if org.kind == "cpns":
        pool = ["WNI usia 18-35 tahun", "pendidikan sesuai formasi", "tidak pernah diberhentikan sebagai ASN",
                "bukan anggota partai politik", "sehat jasmani & rohani"]
    picked: list[str] = []
    want = rng.randint(2, 3)
    for item in rng.sample(pool, len(pool)):
        if len(picked) == want:
            break
        if item.startswith(("usia", "WNI usia")) and any(p.startswith(("usia", "WNI usia")) for p in picked):
            continue  # one age rule per advert
        picked.append(item)
    return ", ".join(picked)


def normal_pay(rng: random.Random, org: Org) -> str:
    if org.kind in ("cpns", "ministry"):
        return rng.choice(["gaji & tunjangan sesuai ketentuan ASN", "penghasilan sesuai peraturan pemerintah"])
    amount = rng.randrange(2_900_000, 6_000_000, 100_000)
    return rng.choice([f"gaji {rupiah(rng, amount)} + tunjangan", "gaji sesuai ketentuan perusahaan",
                       f"take home pay mulai {rupiah(rng, amount)}", "gaji UMK + BPJS", "benefit kompetitif & BPJS",
                       f"gapok {rupiah(rng, amount)}"])


def position(rng: random.Random, org: Org, en: bool = False) -> str:
    if en and org.en_jobs:
        return rng.choice(org.en_jobs)
    jobs = rng.sample(org.jobs, rng.randint(1, min(3, len(org.jobs))))
    return ", ".join(jobs)


def schedule(rng: random.Random) -> str:
    d1 = rng.randint(1, 18)
    months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
              "November", "Desember"]
    m = rng.choice(months)
    y = rng.choice(["", f" {year(rng)}"])
    return rng.choice([f"pendaftaran {d1}–{d1 + rng.randint(7, 12)} {m}{y}", f"dibuka s.d. {d1 + 10} {m}{y}",
                       f"periode pendaftaran {d1} {m} – {d1 + 9} {m}", f"batas pendaftaran {d1 + 8} {m}"])


# --- legitimate slots -----------------------------------------------------------------------------
# public call-centre numbers, as the bodies advertise them (a legitimate advert may give one)
CALL_CENTRE = {"bri": "14017", "bni": "1500046", "mandiri": "14000", "bca": "1500888", "bsi": "14040",
               "btn": "1500286", "pln": "123", "pertamina": "135", "kai": "121", "telkom": "147", "bpjskes": "165",
               "pegadaian": "1500569", "pos": "1500161", "jasamarga": "14080"}
NAMED_CHANNEL = {"fhci": "portal resmi Rekrutmen Bersama BUMN (FHCI)", "cpns": "portal SSCASN milik BKN",
                 "ministry": "portal SSCASN BKN (formasi kementerian)"}


def official_contact(rng: random.Random, ad: Ad) -> None:
    org = ad.org
    off = rng.choice(org.official)
    if org.kind != "health" and rng.random() < 0.15:
        off = NAMED_CHANNEL.get(org.kind, f"situs karier resmi {ad.short}")
    txt = rng.choice([f"pendaftaran hanya melalui {off}", f"daftar online di {off}", f"info & pendaftaran resmi: {off}",
                      f"lamar melalui {off}", f"satu-satunya kanal pendaftaran: {off}", f"akses {off} untuk mendaftar"])
    if org.kind == "health" and not off.endswith(".go.id"):
        txt = rng.choice([f"lamaran diantar langsung ke {off}, {address(rng)}",
                          f"berkas diserahkan ke {off} pada jam kerja ({address(rng)})"])
    ad.formal = True
    ad.add("kontak", txt)
    if rng.random() < 0.4:
        options = [f"pertanyaan: rekrutmen@{org.mail}", f"LinkedIn resmi {ad.short}", f"email helpdesk@{org.mail}",
                   "juga diumumkan di Karirhub Kemnaker", f"email resmi: recruitment@{org.mail}"]
        if org.kind in ("bumn", "bank", "bpjs"):
            options.append(f"kantor wilayah Jambi: {address(rng)}, telp. 0741-{rng.randint(40, 79)}{rng.randint(1000, 9999)}")
        if org.kind in ("fhci", "cpns"):  # no invented address for these: the portal names its own helpdesk
            options = ["pertanyaan lewat menu helpdesk di portal", "email resmi panitia tercantum di portal",
                       "jadwal & pengumuman hanya di akun peserta"]
        if org.key in CALL_CENTRE:
            options += [f"informasi: call center {CALL_CENTRE[org.key]}", f"ragu? cek ke call center {CALL_CENTRE[org.key]}"] * 2
        extra = rng.choice(options)
        if org.kind == "health":
            extra = rng.choice([f"telp. {landline(rng)}", f"keterangan lebih lanjut di TU {ad.short} pada jam kerja"])
        ad.add("kontak", extra)


def free_clause(rng: random.Random, ad: Ad) -> None:
    ad.add("biaya", rng.choice(["TIDAK DIPUNGUT BIAYA", "seluruh tahapan gratis", "tidak dipungut biaya apa pun",
                                "panitia tidak pernah meminta transfer", "gratis, tidak bekerja sama dengan travel/hotel mana pun",
                                "tanpa biaya di setiap tahap seleksi", "rekrutmen ini tidak memungut biaya"]))


def official_warning(rng: random.Random, ad: Ad) -> None:
    name = ad.short
    ad.add("catatan", rng.choice([f"hati-hati penipuan mengatasnamakan {name}",
                                  "abaikan info dari nomor WA pribadi atau link selain di atas",
                                  f"{name} tidak pernah meminta data rekening/OTP",
                                  "kami tidak menerima lamaran lewat WhatsApp/Google Form",
                                  "waspada link palsu & email gratisan (@gmail)",
                                  "kelulusan hanya diumumkan di akun peserta"]))


# --------------------------------------------------------------------------------------------
# scenario builders: each returns (Ad, form, channel, lang)
# --------------------------------------------------------------------------------------------
def pick_org(rng: random.Random, kinds: tuple[str, ...] | None = None) -> Org:
    pool = [o for o in ORGS if kinds is None or o.kind in kinds]
    return rng.choices(pool, [ORG_WEIGHTS[o.kind] / sum(1 for p in pool if p.kind == o.kind) for o in pool])[0]


def suspicious_core(rng: random.Random, ad: Ad, en: bool = False) -> None:
    """The substance of an impersonation scam; flags follow the clauses used."""
    org = ad.org
    vague = rng.random() < 0.28
    if vague:
        vague_clause(rng, ad)
    else:
        ad.add("posisi", position(rng, org, en))
    if rng.random() < 0.3:
        high_pay_clause(rng, ad)
    elif rng.random() < 0.4:
        ad.add("gaji", normal_pay(rng, org))
    if rng.random() < 0.14:
        age_fraud_clause(rng, ad)
    elif rng.random() < 0.5:
        ad.add("syarat", normal_reqs(rng, org))
    r = rng.random()
    if r < 0.38:
        fee_clause(rng, ad)
    elif r < 0.5:
        travel_fee_clause(rng, ad)
    elif r < 0.72:
        data_clause(rng, ad)
    if rng.random() < 0.12 and not any(lab == "berkas" for lab, _ in ad.secs):
        data_clause(rng, ad)
    if rng.random() < 0.1:
        insider_clause(rng, ad)
        if UF not in ad.flags and rng.random() < 0.7:
            fee_clause(rng, ad)
    if rng.random() < 0.15:
        noprocess_clause(rng, ad)
    if rng.random() < 0.45:
        pressure_clause(rng, ad)
    bad_contact(rng, ad)
    # a formal-looking case: the real portal is named, but the fee/data go to a person
    if rng.random() < 0.08 and (UF in ad.flags or any(lab == "berkas" for lab, _ in ad.secs)):
        ad.add("catatan", rng.choice(["akun dibuat di portal resmi, verifikasi & pembayaran lewat admin panitia",
                                      f"setelah buat akun di {org.official[0]}, konfirmasi ke kontak panitia"]))
        ad.formal = True


def legit_core(rng: random.Random, ad: Ad) -> None:
    org = ad.org
    ad.add("posisi", position(rng, org))
    if rng.random() < 0.6:
        ad.add("gaji", normal_pay(rng, org))
    ad.add("syarat", normal_reqs(rng, org))
    if rng.random() < 0.65:
        ad.add("jadwal", schedule(rng))
    official_contact(rng, ad)
    if rng.random() < 0.75:
        free_clause(rng, ad)
    if rng.random() < 0.45:
        official_warning(rng, ad)
    if rng.random() < 0.06:
        ad.add("desakan", rng.choice(["kuota terbatas", "kuota per formasi terbatas, segera daftar"]), PR)


def scen_broadcast(rng: random.Random, susp: bool) -> tuple[Ad, str, str, str]:
    org = pick_org(rng)
    ad = Ad(org, susp, rng)
    name = ad.name
    ad.add("judul", title(rng, org, name, year(rng)))
    if susp:
        suspicious_core(rng, ad)
    else:
        legit_core(rng, ad)
    ch = rng.choices(["whatsapp", "telegram", "facebook", "news_classified", "job_board"], [40, 22, 26, 6, 6])[0]
    ad.tags = [f"#loker{org.slug}", "#lokerbumn" if org.kind in ("bumn", "fhci") else "#lokerjambi", "#infoloker",
               "#lowongankerja", f"#{org.slug}{year(rng)}", "#rekrutmen"]
    return ad, "sections", ch, "id"


def scen_caption(rng: random.Random, susp: bool) -> tuple[Ad, str, str, str]:
    org = pick_org(rng)
    ad = Ad(org, susp, rng)
    name = ad.name
    ad.add("judul", rng.choice([f"{name.upper()} OPEN RECRUITMENT!", f"Lowongan {name} {year(rng)} 🔥",
                                f"Info loker {name}", f"{name} lagi buka lowongan guys", f"LOKER {name.upper()} {year(rng)}"]))
    if susp:
        suspicious_core(rng, ad)
        if not any(lab == "kontak" and "bio" in t for lab, t in ad.secs) and rng.random() < 0.5:
            bad_contact(rng, ad, ["bio"])
    else:
        legit_core(rng, ad)
        if rng.random() < 0.4:
            ad.add("catatan", rng.choice(["akun ini hanya berbagi info, kami bukan panitia",
                                          "cek keaslian di website resmi ya guys", "info resmi cuma di situs di atas"]))
    ch = rng.choice(["instagram_tiktok", "instagram_tiktok", "facebook"])
    ad.tags = [f"#loker{org.slug}", "#lokerbumn", "#lokerterbaru", "#fyp", "#infoloker", "#lokerjambi",
               f"#rekrutmen{org.slug}", "#lowongankerja2027", "#jobseeker"]
    return ad, "caption", ch, "id"


def scen_letter(rng: random.Random, susp: bool) -> tuple[Ad, str, str, str]:
    org = pick_org(rng, ("bumn", "bank", "fhci", "cpns", "health", "ministry", "bpjs", "company"))
    ad = Ad(org, susp, rng)
    if susp:
        ad.add("posisi", position(rng, org))
        r = rng.random()
        if r < 0.5:
            travel_fee_clause(rng, ad)
        elif r < 0.8:
            fee_clause(rng, ad)
        else:
            data_clause(rng, ad)
        if rng.random() < 0.5:
            ad.add("desakan", rng.choice(["konfirmasi paling lambat 1x24 jam setelah surat ini diterima, jika tidak "
                                          "dianggap mengundurkan diri", "konfirmasi kehadiran paling lambat hari ini pukul 17.00"]), PR)
        if rng.random() < 0.15:
            age_fraud_clause(rng, ad)
        bad_contact(rng, ad, rng.choice([["wa"], ["gmail"], ["wa", "gmail"], ["site"], ["wa", "site"]]))
        ch = rng.choice(["whatsapp", "whatsapp", "job_board", "government_notice" if org.kind in ("cpns", "ministry") else "whatsapp"])
    else:
        ad.add("posisi", position(rng, org))
        official_contact(rng, ad)
        free_clause(rng, ad)
        if rng.random() < 0.6:
            official_warning(rng, ad)
        ch = rng.choice(["job_board", "whatsapp", "government_notice" if org.kind in ("cpns", "ministry", "health") else "job_board"])
    return ad, "letter", ch, "id"


def scen_fragment(rng: random.Random, susp: bool) -> tuple[Ad, str, str, str]:
    org = pick_org(rng)
    ad = Ad(org, susp, rng)
    if susp:
        if rng.random() < 0.5:
            ad.add("posisi", position(rng, org))
        r = rng.random()
        if r < 0.3:
            high_pay_clause(rng, ad)
        elif r < 0.55:
            fee_clause(rng, ad)
        elif r < 0.7:
            vague_clause(rng, ad)
        elif r < 0.8:
            data_clause(rng, ad)
        if rng.random() < 0.4:
            pressure_clause(rng, ad)
        bad_contact(rng, ad, [rng.choice(["wa", "short", "form", "bio", "site", "gmail"])])
    else:
        if rng.random() < 0.5:
            ad.add("posisi", position(rng, org))
        official_contact(rng, ad)
        if rng.random() < 0.6:
            free_clause(rng, ad)
        elif rng.random() < 0.6:
            official_warning(rng, ad)
    ch = rng.choice(["whatsapp", "whatsapp", "facebook", "telegram", "instagram_tiktok"])
    return ad, "fragment", ch, "id"


def scen_chat(rng: random.Random, susp: bool) -> tuple[Ad, str, str, str]:
    org = pick_org(rng, ("bumn", "bank", "fhci", "bpjs", "company", "health"))
    ad = Ad(org, susp, rng)
    if susp:
        ad.add("posisi", position(rng, org))
        r = rng.random()
        if r < 0.5:
            fee_clause(rng, ad)
        else:
            data_clause(rng, ad)
        if rng.random() < 0.4:
            pressure_clause(rng, ad)
        if rng.random() < 0.15:
            insider_clause(rng, ad)
        bad_contact(rng, ad, [rng.choice(["wa", "form", "short", "gmail"])])
    else:
        official_contact(rng, ad)
        official_warning(rng, ad)
        if rng.random() < 0.5:
            free_clause(rng, ad)
    return ad, "chat", rng.choice(["whatsapp", "whatsapp", "telegram"]), "id"


def scen_blog(rng: random.Random, susp: bool) -> tuple[Ad, str, str, str]:
    org = pick_org(rng)
    ad = Ad(org, susp, rng)
    name = ad.name
    ad.add("judul", title(rng, org, name, year(rng)))
    if susp:
        suspicious_core(rng, ad)
    else:
        legit_core(rng, ad)
    return ad, "blog", "loker_blog", "id"


def scen_english(rng: random.Random, susp: bool) -> tuple[Ad, str, str, str]:
    org = pick_org(rng, ("bumn", "bank", "fhci", "company", "bpjs"))
    ad = Ad(org, susp, rng)
    name = ad.name
    ad.add("judul", rng.choice([f"{name} is hiring!", f"{name} Recruitment {year(rng)}", f"JOB VACANCY – {name.upper()}",
                                f"We're hiring at {name}", f"{name} Career Opportunity"]))
    ad.add("posisi", position(rng, org, en=True))
    if susp:
        r = rng.random()
        if r < 0.35:
            amount = rng.randrange(150_000, 1_500_000, 50_000)
            ad.add("biaya", rng.choice([f"a registration fee of IDR {amount:,} is required before the interview",
                                        f"candidates must pay IDR {amount:,} for uniform and training",
                                        f"medical test fee IDR {amount:,}, transfer to the committee account"]), UF)
        elif r < 0.65:
            ad.add("berkas", rng.choice(["send a photo of your KTP, KK and a selfie holding your KTP",
                                         "attach your bank account number and mother's maiden name for payroll"]))
        if rng.random() < 0.35:
            jt = rng.choice([9, 12, 15, 18, 25])
            ad.add("gaji", f"salary IDR {jt} million/month, high school graduates welcome", HP)
        if rng.random() < 0.4:
            ad.add("desakan", rng.choice(["limited slots, apply today!", "closing tonight", "only 10 seats left"]), PR)
        if rng.random() < 0.25:
            ad.add("catatan", rng.choice(["placement based on your domicile, all majors welcome",
                                          "all positions open, details explained at interview"]), VJ)
        k = rng.choice(["wa", "bio", "form", "gmail", "short", "site"])
        who = rng.choice(SCAM_NAMES)
        txt = {"wa": f"WhatsApp {who}: {phone(rng)}", "bio": "apply via the link in bio",
               "form": f"apply here: {google_form(rng)}", "gmail": f"send your CV to {free_mail(rng, org)}",
               "short": f"register at {short_link(rng, org)}", "site": f"apply at {fake_site(rng, org)}"}[k]
        ad.personal = k in ("wa", "bio", "gmail")
        ad.bad_channel = True
        ad.add("kontak", txt)
    else:
        ad.add("syarat", rng.choice(["bachelor's degree, max. 25 years old", "diploma or bachelor's degree, GPA 3.00",
                                     "high school graduate, max. 24 years old, good communication skills"]))
        off = rng.choice(org.official)
        ad.add("kontak", rng.choice([f"apply only through {off}", f"applications via {off} or our official LinkedIn page",
                                     f"register at {off}"]))
        ad.formal = True
        ad.add("biaya", rng.choice(["the process is free of charge", "we never charge any fee at any stage",
                                    f"{ad.short} never asks for money or bank details"]))
    ch = rng.choice(["facebook", "job_board", "instagram_tiktok", "whatsapp"])
    return ad, "english", ch, "en"


def scen_outsourcing(rng: random.Random, susp: bool) -> tuple[Ad, str, str, str]:
    org = pick_org(rng, ("bank", "bumn", "bpjs"))
    ad = Ad(org, susp, rng)
    vendor = pt_name(rng)
    dom = re.sub(r"[^a-z]", "", vendor.lower().replace("pt ", ""))[:16] + ".co.id"
    name = ad.name
    if susp:
        ad.add("judul", rng.choice([f"{vendor}, mitra resmi {name}, buka lowongan", f"Lowongan {name} via {vendor} (mitra resmi)"]))
        ad.add("posisi", position(rng, org))
        fee_clause(rng, ad)
        if rng.random() < 0.4:
            pressure_clause(rng, ad)
        if rng.random() < 0.3:
            high_pay_clause(rng, ad)
        bad_contact(rng, ad, [rng.choice(["wa", "gmail", "form"])])
    else:
        mitra = {"bank": "bank mitra", "bumn": "BUMN mitra", "bpjs": "instansi mitra"}[org.kind]
        ad.add("judul", rng.choice([f"{vendor} (perusahaan alih daya) membuka lowongan",
                                    f"Lowongan outsourcing – {vendor}, vendor resmi untuk {mitra}",
                                    f"{vendor} – penyedia jasa tenaga kerja"]))
        ad.add("posisi", rng.choice([f"{position(rng, org)} untuk ditempatkan di {name} wilayah {rng.choice(PLACES[:9])} "
                                     f"(status karyawan {vendor})", f"{position(rng, org)} di kantor mitra (perbankan/BUMN)"]))
        ad.add("syarat", normal_reqs(rng, org))
        ad.add("gaji", rng.choice(["gaji UMK + BPJS, kontrak 1 tahun", "kontrak PKWT 12 bulan, BPJS TK & Kesehatan"]))
        ad.add("kontak", rng.choice([f"kirim lamaran ke rekrutmen@{dom}", f"lamar via Jobstreet/LinkedIn {vendor}",
                                     f"lamaran ke kantor {vendor}, {address(rng)}", f"email hrd@{dom} atau telp. {landline(rng)}"]))
        ad.formal = True
        ad.add("biaya", rng.choice(["tidak dipungut biaya", "proses seleksi gratis", ""]))
    ch = rng.choice(["job_board", "facebook", "whatsapp", "news_classified"])
    return ad, "sections", ch, "id"


INCIDENTAL = [
    ("Agen BRILink {s}", ["penjaga agen", "kasir agen BRILink"], "gaji {p}, ditransfer ke rekening BRI"),
    ("{shop}", ["kasir", "pramuniaga", "admin toko"], "pengalaman kerja di Indomaret/Alfamart diutamakan"),
    ("{shop}", ["karyawan toko", "helper"], "gaji {p} via rekening BNI, BPJS Kesehatan ditanggung"),
    ("SPBU {n} {a}", ["operator SPBU", "kasir SPBU"], "lamaran diantar ke kantor SPBU, gaji UMK + BPJS"),
    ("{deliv}", ["kurir", "sopir antar"], "gaji {p}, dibayar tiap tgl 1 lewat BSI"),
    ("Agen Pos {s}", ["petugas loket agen pos"], "gaji {p}, mitra usaha (bukan karyawan Pos Indonesia)"),
    ("{shop}", ["admin", "kasir"], "pernah kerja di bank/koperasi nilai plus"),
    ("{food}", ["tukang masak", "pelayan"], "gaji {p} + BPJS Ketenagakerjaan, gajian via Mandiri/BRI"),
    ("Bengkel resmi {s}", ["mekanik"], "eks mekanik Astra/AHASS diutamakan"),
    ("{shop}", ["SPG produk Indofood (agen distributor lokal)"], "gaji {p} + insentif, pengalaman SPG diutamakan"),
    ("Klinik Pratama {s}", ["perawat", "admin pendaftaran"], "klinik mitra BPJS Kesehatan, STR aktif"),
    ("Toko {s} (sebelah Alfamart {a})", ["penjaga toko"], "gaji {p}, libur 1 hari/minggu"),
]


def scen_incidental(rng: random.Random, susp: bool) -> tuple[Ad, str, str, str]:
    assert not susp
    org = pick_org(rng, ("bank", "company", "bpjs"))
    ad = Ad(org, False, rng)
    biz_t, jobs, note = rng.choice(INCIDENTAL)
    bare = ["Barokah", "Sederhana", "Sumber Rejeki", "Maju Jaya", "Berkah Abadi", "Cahaya", "Sinar Baru", "Mentari",
            "Karya Mandiri", "Bunda", "Rizki", "Setia Kawan", "Amanah", "Harapan", "Anugrah", "Mulia", "Pelangi"]
    shop = rng.choice(["Toko Sembako Barokah", "Grosir Sumber Rejeki", "Minimarket Kita", "Toko Plastik Anugrah",
                       "Konter Rizki Cell", "Apotek Sehat Jaya", "Toko Bangunan Maju Jaya"])
    food = rng.choice(["Warung Makan Sederhana", "RM Padang Cahaya", "Catering Amanah", "Cafe Kenangan", "Kedai Kopi Sipin",
                       "Toko Kue Bunda"])
    deliv = rng.choice(["Ekspedisi Jaya Express", "Laundry Mentari", "Grosir Sumber Rejeki", "Toko Bangunan Maju Jaya",
                        "Catering Amanah"])
    biz = biz_t.format(s=rng.choice(bare), shop=shop, food=food, deliv=deliv,
                       n=f"{rng.randint(21, 24)}.{rng.randint(300, 399)}.{rng.randint(10, 99)}", a=rng.choice(AREAS))
    area = rng.choice(AREAS)
    job = rng.choice(jobs)
    ad.add("judul", rng.choice([f"{biz} butuh karyawan", f"Dicari {job} – {biz}", f"LOKER {biz.upper()}",
                                f"Lowongan di {biz}, {area}"]))
    ad.add("posisi", job)
    if "kantor SPBU" in note:
        ad.formal = True  # the SPBU (numbered station) is the place to hand in applications
    ad.add("syarat", rng.choice(["min SMA/SMK, jujur", "usia 18-35, rajin", "cewek/cowok, domisili dekat lokasi",
                                 "bisa hitung cepat, usia max 30", "punya motor & SIM C"]))
    ad.add("catatan", note.format(p=rupiah(rng, rng.randrange(1_700_000, 3_300_000, 100_000))))
    k = rng.random()
    if k < 0.55:
        ad.add("kontak", rng.choice([f"WA {phone(rng)}", f"hub {phone(rng)} (pemilik)", f"minat chat {phone(rng)}",
                                     f"CP {rng.choice(['Bu Yanti', 'Pak Rahmat', 'Koh Ahong', 'Uda Rizal', 'Kak Nisa'])} {phone(rng)}"]))
        ad.personal = True
    elif k < 0.85:
        ad.add("kontak", rng.choice([f"lamaran antar langsung ke {address(rng)}", f"datang ke lokasi, {address(rng)}",
                                     f"alamat: {address(rng)}, telp {landline(rng)}"]))
        ad.formal = True
    else:
        ad.add("kontak", f"antar ke {address(rng)} atau WA {phone(rng)}")
        ad.formal = True
        ad.personal = True
    if rng.random() < 0.1:
        ad.add("desakan", rng.choice(["butuh cepat", "kuota terbatas, siapa cepat dia dapat"]), PR)
    ch = rng.choice(["whatsapp", "facebook", "telegram", "instagram_tiktok"])
    ad.tags = ["#lokerjambi", "#loker", "#infoloker", "#kerjajambi", "#lokerjambikota"]
    return ad, "sections", ch, "id"


def lure_text(rng: random.Random, ad: Ad) -> str:
    """A short quoted lure for warnings and news (not labelled on its own)."""
    org, name = ad.org, ad.name
    tmp = Ad(org, True, rng)
    parts = [rng.choice([f"{name} buka lowongan {year(rng)}", f"Rekrutmen {name} lulusan SMA/SMK",
                         f"Dibuka penerimaan pegawai {name}", f"{name} butuh 300 karyawan baru"])]
    r = rng.random()
    if r < 0.4:
        fee_clause(rng, tmp)
    elif r < 0.7:
        high_pay_clause(rng, tmp)
    else:
        data_clause(rng, tmp)
    bad_contact(rng, tmp, [rng.choice(["wa", "short", "form", "site", "gmail", "bio"])])
    parts += [t.replace("\n", " ") for _, t in tmp.secs]
    return ", ".join(parts)


def scen_warning(rng: random.Random, susp: bool) -> tuple[Ad, str, str, str]:
    assert not susp
    org = pick_org(rng)
    ad = Ad(org, False, rng)
    ad.add("lure", lure_text(rng, ad))
    off = rng.choice(org.official)
    ad.add("kontak", off)
    ad.formal = True
    ad.style = rng.randrange(6)
    ch = rng.choice([["facebook", "instagram_tiktok", "whatsapp"], ["news_classified"],
                     ["facebook", "news_classified", "instagram_tiktok"], ["facebook", "whatsapp", "telegram"],
                     ["government_notice", "facebook"], ["whatsapp", "facebook", "telegram"]][ad.style])
    return ad, "warning", ch, "id"


SUSP_SCENARIOS = [(scen_broadcast, 40), (scen_caption, 13), (scen_letter, 12), (scen_fragment, 13), (scen_chat, 8),
                  (scen_blog, 6), (scen_english, 10), (scen_outsourcing, 4)]
LEGIT_SCENARIOS = [(scen_broadcast, 22), (scen_caption, 7), (scen_letter, 7), (scen_fragment, 8), (scen_chat, 4),
                   (scen_blog, 4), (scen_english, 10), (scen_outsourcing, 8), (scen_incidental, 19), (scen_warning, 19)]


# --------------------------------------------------------------------------------------------
# rendering
# --------------------------------------------------------------------------------------------
LABELS = {
    "posisi": ["Posisi", "Formasi", "Dibutuhkan", "Lowongan", "Jabatan", "💼 Posisi"],
    "gaji": ["Gaji", "Gj", "💰", "Penghasilan", "Benefit"],
    "syarat": ["Syarat", "Kualifikasi", "Persyaratan", "Kriteria"],
    "jadwal": ["Jadwal", "Waktu", "🗓️", "Periode"],
    "biaya": ["Biaya", "Catatan biaya", "NB", "Info"],
    "berkas": ["Berkas", "Dokumen", "Lampiran", "Syarat berkas"],
    "kontak": ["Pendaftaran", "Daftar", "Cara melamar", "Kontak", "CP", "Info"],
    "catatan": ["Catatan", "NB", "Note", "PENTING", "Info"],
    "desakan": ["‼️", "PENTING", "NB", "⏰"],
}
ORDER = {"judul": -1, "posisi": 0, "gaji": 1, "syarat": 2, "jadwal": 3, "berkas": 4, "biaya": 5, "catatan": 6,
         "desakan": 7, "kontak": 8}
FORWARD = ["*Diteruskan*", "Forwarded", "↪️ Diteruskan", "info dr grup sebelah", "copas dr grup alumni",
           "Diteruskan berkali-kali", "fwd dr status temen", "Dari grup keluarga 👇", "izin share dr grup RT 🙏",
           "[Forwarded from Info Loker Jambi]", "dpt dr grup kampus"]
OPENERS = ["INFO LOKER", "Kabar gembira!", "Bismillah, info loker", "Buat yg lagi cari kerja 👇", "Siapa tau ada yg minat",
           "Halo semua 👋", "Assalamualaikum, izin share", "📢📢📢", "Selamat pagi, ada info", "Info penting",
           "Yg cari kerja merapat", "Malam gaes, ada info", "Sapo yg nak kerjo 👇", "Share info ya"]
CLOSINGS = ["Terima kasih 🙏", "Semoga bermanfaat", "Share ke yg membutuhkan", "Salam sukses", "Good luck!",
            "Tolong bantu sebar", "Wassalam", "Semangat pejuang kerja 💪", "Makasih admin 🙏", "Trims"]
ABBR = [(r"\bgaji\b", "gj"), (r"\bjuta\b", "jt"), (r"\byang\b", "yg"), (r"\buntuk\b", "utk"), (r"\bdengan\b", "dgn"),
        (r"\btidak\b", "tdk"), (r"\bbisa\b", "bs"), (r"\bminimal\b", "min"), (r"\bhubungi\b", "hub"),
        (r"\bsaja\b", "aja"), (r"\bbulan\b", "bln"), (r"\btahun\b", "thn"), (r"\bsudah\b", "sdh"), (r"\bWhatsApp\b", "WA")]
JAMBI = [(r"\btidak\b", "dak"), (r"\bmau\b", "nak"), (r"\bsiapa\b", "sapo"), (r"\bkerja\b", "kerjo"),
         (r"\bsaja\b", "bae"), (r"\bsemua\b", "galo"), (r"\bsama\b", "samo"), (r"\bapa\b", "apo")]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


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


def ordered(rng: random.Random, secs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    noise = rng.choice([0.0, 0.0, 1.0, 2.5, 5.0])
    keyed = [(ORDER.get(lab, 5) + (rng.uniform(0, noise) if lab != "judul" else 0), i, (lab, t))
             for i, (lab, t) in enumerate(secs)]
    return [x[2] for x in sorted(keyed)]


def render_sections(rng: random.Random, ad: Ad, channel: str) -> str:
    secs = ordered(rng, ad.secs)
    head = [t for lab, t in secs if lab == "judul"]
    body = [(lab, t) for lab, t in secs if lab != "judul"]
    style = rng.choices(["bullets", "labelled", "prose", "oneline", "mixed", "numbered"], [3, 3, 3, 1, 2, 1])[0]
    lines: list[str] = []
    if style in ("bullets", "numbered"):
        b = rng.choice(BULLETS)
        for k, (_lab, t) in enumerate(body, 1):
            pre = f"{k}. " if style == "numbered" else f"{b} "
            lines.append(pre + cap(t))
    elif style == "labelled":
        sep = rng.choice([": ", " : ", " – ", " = "])
        for lab, t in body:
            dup = lab == "gaji" and t.lower().startswith(("gaji", "gj", "gapok", "take home", "benefit"))
            if lab in LABELS and not dup and rng.random() < 0.8:
                lines.append(rng.choice(LABELS[lab]) + sep + t)
            else:
                lines.append(cap(t))
    elif style == "prose":
        joiner = rng.choice([". ", ", ", ". ", " | "])
        para = joiner.join(t.replace("\n", " ") for _, t in body)
        if joiner == ". ":
            para = ". ".join(cap(s) for s in para.split(". "))
        lines = [cap(para) + rng.choice([".", "", "!", " 🙏"])]
    elif style == "oneline":
        lines = [" ".join(t.replace("\n", " ") for _, t in body).lower()]
    else:
        b = rng.choice(BULLETS)
        lines = [cap(body[0][1])] + [f"{b} {t}" for _, t in body[1:]]
    top: list[str] = []
    informal = channel in ("whatsapp", "telegram", "facebook", "instagram_tiktok")
    if informal and rng.random() < 0.3:
        top.append(rng.choice(FORWARD))
    if informal and rng.random() < 0.35:
        op = rng.choice(OPENERS)
        top.append(op.upper() if rng.random() < 0.3 else op)
    if head:  # the borrowed name must stay in the text
        h = head[0]
        r = rng.random()
        h = h.upper() if r < 0.3 else (f"*{h}*" if r < 0.45 else h)
        if rng.random() < 0.35:
            h += " " + "".join(rng.choice(EMOJI) for _ in range(rng.randint(1, 3)))
        top.append(h)
    out = top + lines
    if informal and rng.random() < 0.4:
        out.append(rng.choice(CLOSINGS))
    if ad.tags and rng.random() < (0.6 if channel in ("telegram", "instagram_tiktok", "facebook") else 0.1):
        out.append(" ".join(rng.sample(ad.tags, min(len(ad.tags), rng.randint(2, 4)))))
    sep = "\n" if style != "oneline" else rng.choice(["\n", " "])
    text = sep.join(out)
    if style in ("bullets", "labelled") and rng.random() < 0.12:
        text = "\n\n".join(out)
    return text


def render_caption(rng: random.Random, ad: Ad, channel: str) -> str:
    head = next((t for lab, t in ad.secs if lab == "judul"), "")
    body = [t for lab, t in ordered(rng, ad.secs) if lab != "judul"]
    e = lambda: rng.choice(EMOJI)  # noqa: E731
    style = rng.randrange(3)
    if style == 0:
        lines = [f"{e()} {head} {e()}", ""] + [f"{e()} {cap(t)}" for t in body]
    elif style == 1:
        lines = [head.upper(), " ".join(cap(t) + "." for t in body)]
    else:
        lines = [head + "!!", ""] + [cap(t) for t in body] + ["", rng.choice(["Tag temen kamu yg lagi cari kerja 👇",
                                                                                "Save & share ya!", "Semoga rezeki 🙏",
                                                                                "Follow utk info loker lainnya"])]
    lines.append(" ".join(rng.sample(ad.tags, rng.randint(3, 6))))
    return "\n".join(lines)


def letter_number(rng: random.Random, org: Org) -> str:
    return rng.choice([f"{rng.randint(10, 999)}/SDM-{org.slug.upper()[:4]}/{rng.choice(['III', 'IV', 'VII', 'IX', 'XI'])}/{year(rng)}",
                       f"B-{rng.randint(100, 2999)}/HC/{year(rng)}", f"{rng.randint(100, 999)}/PAN-REK/{year(rng)}",
                       f"UND/{rng.randint(10, 99)}/{org.slug.upper()}/{year(rng)}"])


def render_letter(rng: random.Random, ad: Ad, channel: str) -> str:
    org = ad.org
    name = ad.name
    pos = next((t for lab, t in ad.secs if lab == "posisi"), "")
    rest = [(lab, t) for lab, t in ad.secs if lab != "posisi"]
    d = rng.randint(2, 27)
    month = rng.choice(["Maret", "April", "Mei", "Juni", "Agustus", "Oktober", "November"])
    if ad.susp:
        heading = rng.choice(["SURAT PANGGILAN TES", "UNDANGAN SELEKSI TAHAP II", "PEMBERITAHUAN LOLOS SELEKSI ADMINISTRASI",
                              "SURAT PANGGILAN INTERVIEW", "PENGUMUMAN HASIL SELEKSI BERKAS"])
        opening = rng.choice([f"Berdasarkan hasil seleksi berkas, Saudara/i dinyatakan LOLOS tahap administrasi untuk posisi {pos}.",
                              f"Dengan hormat, {'panitia ' + name if 'ekrutmen' in name else 'panitia rekrutmen ' + name} mengundang Saudara/i mengikuti tes tertulis dan wawancara posisi {pos}.",
                              f"Selamat! Anda terpilih sebagai kandidat {pos} {name} penempatan "
                              f"{'Kota Jambi' if org.kind == 'health' else rng.choice(PLACES)}."])
        when = f"Hari/tanggal: {rng.choice(['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat'])}, {d} {month} {year(rng)}, pukul 08.00 WIB"
    else:
        heading = rng.choice(["PENGUMUMAN JADWAL SELEKSI", "PENGUMUMAN HASIL SELEKSI ADMINISTRASI", "INFORMASI TAHAPAN SELEKSI",
                              "PENGUMUMAN PENERIMAAN TENAGA KONTRAK"])
        opening = rng.choice([f"Panitia seleksi {name} menyampaikan jadwal tahapan berikutnya untuk formasi {pos}.",
                              f"Peserta seleksi {name} formasi {pos} dapat melihat hasil seleksi administrasi pada akun masing-masing.",
                              f"{name} membuka penerimaan {pos}. Tahapan seleksi diumumkan bertahap."])
        when = rng.choice([f"Tahap berikutnya: tes tertulis mulai {d} {month} {year(rng)}, lokasi tercantum pada kartu peserta",
                           f"Jadwal dan lokasi tes dapat diunduh di akun peserta mulai {d} {month}"])
    if len(name) <= 4:
        name = max(org.names, key=len)
    lines = [name.upper() if rng.random() < 0.6 else name]
    if rng.random() < 0.7:
        lines.append(f"Nomor: {letter_number(rng, org)}")
    lines += ["", heading, "", opening, when]
    bullet = rng.choice(["", "- ", "• ", "1. "])
    for k, (_lab, t) in enumerate(rest, 1):
        pre = f"{k}. " if bullet == "1. " else bullet
        lines.append(pre + cap(t.replace("\n", " ")) + ("" if t.endswith((".", "!")) else "."))
    lines += ["", rng.choice(["Hormat kami,", "Demikian disampaikan.", "Atas perhatiannya diucapkan terima kasih."]),
              rng.choice(["Panitia Rekrutmen", "HC Division", "Tim Rekrutmen & Seleksi", "Bagian SDM", f"Panitia Seleksi {year(rng)}"])]
    text = "\n".join(lines)
    if rng.random() < 0.2:
        text = text.replace("\n\n", "\n")
    return text


def render_fragment(rng: random.Random, ad: Ad, channel: str) -> str:
    name = ad.name
    bits = [t.replace("\n", " ") for _, t in ad.secs]
    lead = rng.choice([f"{name} buka loker", f"loker {name.lower()}", f"{name} lagi rekrut", f"info {name}",
                       f"pendaftaran {name} {year(rng)}", f"kak ini {name} beneran buka lowongan?", f"{name} butuh karyawan",
                       f"Ada yg tau {name} buka rekrutmen? katanya", f"{name} ya guys"])
    joiner = rng.choice([", ", " ", ". ", " - ", "\n"])
    text = lead + joiner + joiner.join(bits)
    if rng.random() < 0.3:
        text = text.lower()
    return text


def render_chat(rng: random.Random, ad: Ad, channel: str) -> str:
    name = ad.name
    q = rng.choice([f"Permisi kak, lowongan {name} yg di FB itu masih buka?", f"min, cara daftar {name} gimana ya?",
                    f"Halo, saya mau tanya soal rekrutmen {name}", f"kak bener ini {name} lagi buka lowongan?",
                    f"Assalamualaikum, sy liat info loker {name}, masih bisa daftar?"])
    body = [t.replace("\n", " ") for _, t in ad.secs]
    if ad.susp:
        a = rng.choice([f"Iya benar kak, kami tim rekrutmen {name} pusat.", f"Masih kak 😊 ini rekrutmen resmi {name}.",
                        "Bisa kak, silakan ikuti langkahnya ya."])
    else:
        a = rng.choice([f"Halo kak, saya admin grup ini, bukan panitia {name}.", "Hai kak, info resminya begini ya.",
                        f"Waalaikumsalam kak. Rekrutmen {name} yg asli cuma satu jalurnya."])
    style = rng.randrange(3)
    if style == 0:
        return f"{q}\n\n{a} " + " ".join(cap(b) + "." for b in body)
    if style == 1:
        return "\n".join([f"> {q}", a] + [f"- {b}" for b in body])
    return f"Tanya: {q}\nJawab: {a} " + ", ".join(body)


def render_blog(rng: random.Random, ad: Ad, channel: str) -> str:
    head = next((t for lab, t in ad.secs if lab == "judul"), "")
    intro = rng.choice([f"Halo sobat pencari kerja! Kabar baik datang dari {ad.short}. Simak informasi lengkapnya di bawah ini.",
                        f"Bagi kamu yang ingin berkarier di {ad.short}, kesempatan ini sayang untuk dilewatkan.",
                        f"Lowongan kerja {ad.short} kembali dibuka. Berikut posisi, persyaratan dan cara daftarnya.",
                        f"Artikel ini membahas lowongan {ad.short} terbaru, mulai dari syarat sampai cara mendaftar."])
    lines = [head, "", intro, ""]
    sections = {"posisi": "Posisi yang dibuka", "syarat": "Persyaratan", "gaji": "Gaji dan fasilitas",
                "kontak": "Cara mendaftar", "biaya": "Informasi biaya", "berkas": "Berkas yang disiapkan",
                "jadwal": "Jadwal", "catatan": "Catatan", "desakan": "Penting"}
    for lab, t in ordered(rng, ad.secs):
        if lab == "judul":
            continue
        if rng.random() < 0.6:
            lines.append(sections.get(lab, "Info"))
        lines.append(cap(t.replace("\n", " ")) + ".")
    lines += ["", rng.choice(["Demikian info lowongan kerja hari ini. Semoga bermanfaat dan sukses selalu!",
                              "Jangan lupa bagikan artikel ini ke teman yang membutuhkan.",
                              "Pantau terus blog ini untuk info loker terbaru."])]
    return "\n".join(lines)


def render_english(rng: random.Random, ad: Ad, channel: str) -> str:
    head = next((t for lab, t in ad.secs if lab == "judul"), "")
    body = [t for lab, t in ad.secs if lab != "judul"]
    pos = body[0]
    rest = body[1:]
    style = rng.randrange(3)
    if style == 0:
        return "\n".join([head, f"Position: {pos}"] + [f"• {cap(t)}" for t in rest])
    if style == 1:
        return f"{head}. We are looking for {pos}. " + ". ".join(cap(t) for t in rest) + "."
    return "\n".join([f"📢 {head.upper()}", "", f"Open position: {pos}", ""] + [cap(t) for t in rest] + ["#hiring #jobs #loker"])


def render_warning(rng: random.Random, ad: Ad, channel: str) -> str:
    name = ad.name
    lure = next(t for lab, t in ad.secs if lab == "lure")
    off = next(t for lab, t in ad.secs if lab == "kontak")
    if len(lure) > 170 and rng.random() < 0.5:
        lure = lure[:150].rsplit(" ", 1)[0] + "..."
    style = ad.style
    text = _warning_body(rng, ad, style, name, lure, off)
    if rng.random() < 0.5:
        text += rng.choice([f"\nPengaduan: Disnaker Kota Jambi, telp. 0741-{rng.randint(40, 79)}{rng.randint(1000, 9999)}.",
                            " Laporkan penipuan ke polisi (110) dan ke bank pengirim.",
                            f"\nInfo {ad.short}: {CALL_CENTRE[ad.org.key]}" if ad.org.key in CALL_CENTRE else
                            " Simpan bukti chat & transfer bila sudah terlanjur, lalu lapor."])
    return text


def _warning_body(rng: random.Random, ad: Ad, style: int, name: str, lure: str, off: str) -> str:
    if style == 0:
        return (f"⚠️ WASPADA LOWONGAN PALSU mengatasnamakan {name}!\nBeredar pesan: \"{lure}\"\n"
                f"{ad.short} menegaskan rekrutmen hanya melalui {off} dan tidak dipungut biaya. "
                f"Jangan transfer uang atau kirim data pribadi ke nomor/link tidak resmi.")
    if style == 1:
        town = rng.choice(["JAMBI", "KOTA JAMBI", "MUARA BUNGO", "SENGETI", "KUALA TUNGKAL"])
        return (f"{town} – Beredar di media sosial lowongan kerja yang mengatasnamakan {name}. Dalam unggahan itu tertulis "
                f"\"{lure}\". Pihak {ad.short} memastikan informasi tersebut hoaks. Masyarakat diimbau hanya "
                f"mengakses {off} dan melapor bila dimintai uang.")
    if style == 2:
        return (f"[CEK FAKTA] Benarkah {name} buka lowongan lewat WA/link ini?\nKlaim: \"{lure}\"\n"
                f"Fakta: informasi rekrutmen resmi hanya di {off}; seluruh tahapan gratis dan tidak ada pihak ketiga. "
                f"Kesimpulan: PALSU / penipuan.")
    if style == 3:
        return (f"Min izin tanya, ini asli gak ya? \"{lure}\"\n\nAdmin: Itu palsu kak 🙏 {ad.short} "
                f"cuma buka pendaftaran di {off}, gratis. Jangan transfer & jangan kirim KTP/selfie ke siapa pun.")
    if style == 4:
        return (f"HIMBAUAN {rng.choice(['Disnaker Kota Jambi', 'Disnakertrans Prov. Jambi', 'Polresta Jambi', 'Kominfo Kota Jambi'])}\n"
                f"Hati-hati penipuan lowongan kerja mengatasnamakan {name}. Contoh pesan yang beredar:\n\"{lure}\"\n"
                f"Ciri-cirinya: nomor WA pribadi, link pendek/Google Form, email gratisan, diminta biaya. "
                f"Pendaftaran resmi: {off}.")
    return (f"Reminder buat kawan2 yg lagi cari kerja 🙏 lagi rame: \"{lure}\" — itu BUKAN dari {ad.short}. "
            f"Yang resmi cuma {off}, gratis tanpa biaya apa pun. Kalau ragu tanya dulu di grup sebelum transfer.")


RENDER = {"sections": render_sections, "caption": render_caption, "letter": render_letter, "fragment": render_fragment,
          "chat": render_chat, "blog": render_blog, "english": render_english, "warning": render_warning}
INFORMAL_FORMS = {"sections", "caption", "fragment", "chat"}


def surface_noise(rng: random.Random, text: str, form: str, channel: str, lang: str) -> str:
    """Label-independent surface noise for informal channels."""
    if lang != "id" or form not in INFORMAL_FORMS or channel in ("job_board", "news_classified"):
        return text
    if rng.random() < 0.45:
        p = rng.uniform(0.3, 0.9)
        for pat, rep in ABBR:
            if rng.random() < p:
                text = re.sub(pat, rep, text)
    if rng.random() < 0.14:
        for pat, rep in JAMBI:
            if rng.random() < 0.7:
                text = re.sub(pat, rep, text)
        if rng.random() < 0.5:
            tail = rng.choice(["Sapo nak, cepatlah.", "Galo boleh daftar.", "Kagek dak kebagian.",
                               "Kawan-kawan kito di Jambi, cubo dulu."])
            head, sep, last = text.rpartition("\n")
            if sep and last.startswith("#"):
                text = f"{head}\n{tail}\n{last}"
            else:
                text += " " + tail
    if rng.random() < 0.2:
        for _ in range(rng.randint(1, 2)):
            text = typo(rng, text)
    if rng.random() < 0.06:
        text = text.upper()
    if rng.random() < 0.15:
        text += " " + "".join(rng.choice(EMOJI) for _ in range(rng.randint(1, 3)))
    return text


# --------------------------------------------------------------------------------------------
# near-duplicate guard (same normalisation and 3-shingles as training_data/build.py)
# --------------------------------------------------------------------------------------------
_WS, _DIG, _WORD = re.compile(r"\s+"), re.compile(r"\d+"), re.compile(r"\w+")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return _WS.sub(" ", _DIG.sub("0", text)).strip()


def shingles(text: str, k: int = 3) -> frozenset[str]:
    words = _WORD.findall(normalise(text))
    if len(words) < k:
        return frozenset([" ".join(words)])
    return frozenset(" ".join(words[i:i + k]) for i in range(len(words) - k + 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


# --------------------------------------------------------------------------------------------
def valid_labels(susp: bool, flags: list[str]) -> bool:
    if susp:
        return IMP in flags
    return set(flags) <= WEAK and len(flags) <= 1


def generate(seed: int = SEED, n_susp: int = N_SUSPICIOUS, n_legit: int = N_LEGIT) -> list[dict]:
    rng = random.Random(seed)
    out: list[dict] = []
    kept: list[frozenset[str]] = []
    seen: set[str] = set()
    n_pos = n_neg = 0
    while n_pos < n_susp or n_neg < n_legit:
        susp = n_neg >= n_legit or (n_pos < n_susp and rng.random() < n_susp / (n_susp + n_legit))
        table = SUSP_SCENARIOS if susp else LEGIT_SCENARIOS
        fns, ws = zip(*table, strict=False)
        ad, form, channel, lang = rng.choices(fns, ws)[0](rng, susp)
        if susp and not ad.bad_channel:
            continue
        flags = ad.final_flags()
        if not valid_labels(susp, flags):
            continue
        text = RENDER[form](rng, ad, channel)
        text = surface_noise(rng, text, form, channel, lang).strip()
        if susp and not any(n.lower() in text.lower() for n in ad.org.names):
            continue  # the label needs the borrowed name in the text (a typo may have eaten it)
        key = normalise(text)
        sh = shingles(text)
        if key in seen or any(jaccard(sh, o) >= NEAR_DUP_REJECT for o in kept):
            continue
        seen.add(key)
        kept.append(sh)
        if susp:
            n_pos += 1
        else:
            n_neg += 1
        out.append({"text": text, "channel": channel, "lang": lang, "suspicious": susp, "red_flags": flags,
                    "origin": "generated"})
    for i, row in enumerate(out, 1):
        row_id = f"{PREFIX}-{i:05d}"
        out[i - 1] = {"id": row_id, **row}
    return out


def split_of(row_id: str) -> str:
    bucket = int(hashlib.sha256(f"{SPLIT_SALT}:{row_id}".encode()).hexdigest()[:8], 16) % 100
    if bucket < SPLIT_BOUNDS[0]:
        return "train"
    return "dev" if bucket < SPLIT_BOUNDS[1] else "test"


def write_jsonl(path: Path, rows: list[dict], mode: str = "w") -> None:
    with path.open(mode, encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def append_to_splits(rows: list[dict], folder: Path) -> dict[str, int]:
    for s in ("train", "dev", "test"):
        with (folder / f"{s}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip() and json.loads(line)["id"].startswith(f"{PREFIX}-"):
                    raise SystemExit(f"{folder / (s + '.jsonl')} already holds {PREFIX}- adverts; not appending twice")
    by_split: dict[str, list[dict]] = {"train": [], "dev": [], "test": []}
    for row in rows:
        by_split[split_of(row["id"])].append(row)
    for s, part in by_split.items():
        path = folder / f"{s}.jsonl"
        data = path.read_bytes()
        if data and not data.endswith(b"\n"):
            with path.open("a", encoding="utf-8") as fh:
                fh.write("\n")
        write_jsonl(path, part, mode="a")
    return {s: len(p) for s, p in by_split.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", type=Path, help="write all adverts (one JSON object a line) to this file")
    ap.add_argument("--append-to", type=Path, help="append to DIR/{train,dev,test}.jsonl by the hash of the id")
    args = ap.parse_args(argv)
    rows = generate(args.seed)
    if args.out:
        write_jsonl(args.out, rows)
    if args.append_to:
        counts = append_to_splits(rows, args.append_to)
        print("appended: " + ", ".join(f"{s} {n}" for s, n in counts.items()))
    if not args.out and not args.append_to:
        write_jsonl(Path("/dev/stdout"), rows)
    n_susp = sum(r["suspicious"] for r in rows)
    print(f"{len(rows)} adverts ({n_susp} suspicious, {len(rows) - n_susp} not)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
