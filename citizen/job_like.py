"""Does the checked text look like a job offer at all?

"halo" or "asdfghjkl" has no red flag, so the classifier's answer alone would read "Tampak
wajar": a green tick for something that is not an advert. Before a band is given, this module
asks a plain question, explainable without a model: does the text carry any sign of a job
offer? A sign is either

* a job word (:data:`JOB_WORDS`: lowongan, loker, dicari, gaji, kerja, hiring, salary, ...), or
* something the classifier itself found in the text that only job offers carry: a salary, a
  kind of job, a company, or a destination (its ``entities``; a phone number alone is not one).

The test is meant to be generous: a real offer wrongly taken for "not an advert" would lose its
warning, while a chat message taken for an offer only gets the answer it got before. The
caller gives the "not an advert" answer only when there is no sign here *and* the classifier
found no red flag (:func:`citizen.check.is_not_an_advert`).
"""

from __future__ import annotations

import re
from typing import Any

# Lower-case words, matched whole and in any case; a trailing "*" matches the word's start
# ("gaji*" finds "gajinya", "vacanc*" finds "vacancies"). Short words that begin other words
# ("art", "agen", "job") are whole words only. Indonesian, Malay and English, the languages
# the adverts come in.
JOB_WORDS: tuple[str, ...] = (
    # Indonesian: the offer itself
    "lowongan*",
    "loker*",
    "dicari",
    "mencari",
    "cari kerja",
    "dibutuhkan*",
    "membutuhkan",
    "butuh",
    "rekrut*",
    "perekrut*",
    "merekrut*",
    "penerimaan",
    "kerja*",
    "bekerja*",
    "pekerja*",
    "pekerjaan*",
    "kerjaan*",
    "karyawan*",
    "karyawati",
    "pegawai*",
    "staf",
    "staff",
    "buruh",
    "tenaga",
    "posisi*",
    "jabatan",
    "magang",
    "melamar",
    "lamaran*",
    "pelamar*",
    "wawancara",
    "interview",
    "syarat",
    "persyaratan*",
    "kualifikasi*",
    "pengalaman*",
    "kontrak*",
    "penempatan*",
    "berangkat*",
    "keberangkatan*",
    "luar negeri",
    "paspor",
    "visa",
    "sponsor",
    "agen",
    "agensi",
    "penyalur",
    "yayasan",
    "pjtki",
    "p3mi",
    "tki",
    "tkw",
    "pmi",
    "abk",
    "art",
    "asisten rumah tangga",
    "pembantu",
    "pabrik",
    "sopir",
    "supir",
    "operator",
    "admin",
    "kurir",
    "perawat",
    "caregiver",
    "gaji*",
    "bergaji*",
    "upah",
    "honor",
    "penghasilan*",
    "pendapatan",
    "komisi",
    "bonus",
    "lembur",
    "shift",
    "part time",
    "paruh waktu",
    "freelance",
    "cv",
    "full time",
    "pendaftaran*",
    "daftar",
    "peluang",
    "kesempatan",
    # Malay
    "jawatan*",
    "kekosongan*",
    "majikan*",
    # English
    "job",
    "jobs",
    "vacanc*",
    "hiring*",
    "hire",
    "recruit*",
    "career*",
    "employ*",
    "work",
    "worker",
    "position",
    "salar*",
    "wage",
    "income",
    "apply",
    "applicant*",
    "application",
    "opening",
    "overseas*",
    "abroad",
    "agency",
)


def _pattern(word: str) -> str:
    if word.endswith("*"):
        return re.escape(word[:-1]) + r"\w*"
    return re.escape(word).replace(r"\ ", r"\s+")


_JOB_WORD = re.compile(
    r"(?<!\w)(?:"
    + "|".join(_pattern(w) for w in sorted(JOB_WORDS, key=len, reverse=True))
    + r")(?!\w)",
    re.IGNORECASE,
)
# A company's legal form, as written (capitals: "pt" and "cv" are too common in chat).
_COMPANY_FORM = re.compile(r"(?<!\w)(?:PT|CV|Sdn\.? ?Bhd|Ltd|LLC|Inc)(?!\w)")
# What the classifier finds only in job offers (phones are in every kind of message).
JOB_ENTITIES = ("salaries", "job_types", "companies", "destinations")


def job_signs(text: str, entities: dict[str, Any] | None = None) -> list[str]:
    """What in ``text`` (and the classifier's ``entities`` for it) says "job offer": the words
    found, then the kinds of entity, each once. Empty: nothing does."""
    signs: list[str] = []
    for match in _JOB_WORD.finditer(text):
        word = " ".join(match.group(0).lower().split())
        if word not in signs:
            signs.append(word)
    for match in _COMPANY_FORM.finditer(text):
        if match.group(0).lower() not in signs:
            signs.append(match.group(0).lower())
    for kind in JOB_ENTITIES:
        if (entities or {}).get(kind):
            signs.append(kind)
    return signs


def looks_like_job_offer(text: str, entities: dict[str, Any] | None = None) -> bool:
    return bool(job_signs(text, entities))
