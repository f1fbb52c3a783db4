"""Every word the citizens' check says, in Bahasa Indonesia and English.

Written for someone with little schooling: short sentences, everyday words, no codes or
percentages on their own. The red-flag codes and their Indonesian labels come from
``docs/red_flags.md`` (via ``vocabulary.red_flags``), and so do the English labels.
"""

from __future__ import annotations

from typing import Literal

from citizen.picture_messages import PICTURE_ERRORS, PICTURE_UI
from vocabulary.red_flags import RED_FLAG_LABELS_EN

Lang = Literal["id", "en"]
LANGS: tuple[Lang, ...] = ("id", "en")
# "not_an_advert": the text has no sign of a job offer and no red flag (citizen.job_like);
# it is not a risk band, so the answer is neither reassuring nor a warning.
Band = Literal["low", "medium", "high", "not_an_advert"]


def pick_lang(value: object) -> Lang:
    """``"en"`` (any case, or ``en-US``) gives English; anything else Bahasa Indonesia."""
    return "en" if isinstance(value, str) and value.lower().startswith("en") else "id"


BAND_LABEL: dict[Lang, dict[Band, str]] = {
    "id": {
        "low": "Tampak wajar",
        "medium": "Hati-hati",
        "high": "Berbahaya",
        "not_an_advert": "Bukan iklan lowongan",
    },
    "en": {
        "low": "Looks normal",
        "medium": "Be careful",
        "high": "Dangerous",
        "not_an_advert": "Not a job advert",
    },
}

BAND_SUMMARY: dict[Lang, dict[Band, str]] = {
    "id": {
        "low": "Kami tidak menemukan tanda bahaya yang jelas. Tetap cek izin perusahaannya "
        "sebelum menyerahkan uang atau dokumen.",
        "medium": "Ada tanda yang perlu dicek dulu. Jangan bayar apa pun dan jangan serahkan "
        "dokumen asli sebelum Anda yakin.",
        "high": "Iklan ini punya tanda-tanda penipuan atau perdagangan orang. Jangan bayar, "
        "jangan serahkan dokumen, jangan berangkat. Laporkan.",
        "not_an_advert": "Ini sepertinya bukan iklan lowongan kerja.",
    },
    "en": {
        "low": "We found no clear warning signs. Still check that the company is licensed "
        "before you hand over money or papers.",
        "medium": "Some things need checking first. Do not pay anything or hand over original "
        "papers until you are sure.",
        "high": "This advert shows signs of fraud or human trafficking. Do not pay, do not hand "
        "over papers, do not travel. Report it.",
        "not_an_advert": "This does not look like a job advert.",
    },
}

# What to paste instead, when the text is not a job advert.
PASTE_INSTEAD: dict[Lang, str] = {
    "id": "Tempel seluruh teks tawaran kerjanya (jangan hanya sebagian), atau link iklannya, "
    "atau pesan tawaran kerja yang Anda terima, diteruskan apa adanya.",
    "en": "Paste the whole text of the job offer (not just part of it), or the link to the "
    "advert, or the job message you received, exactly as it was sent.",
}

NOTE: dict[Lang, str] = {
    "id": "Hasil ini dibuat komputer sebagai alat bantu, bukan keputusan resmi. Iklan yang "
    "tampak wajar pun bisa menipu, dan iklan yang ditandai belum tentu penipuan.",
    "en": "This result is made by a computer as an aid, not an official decision. An advert "
    "that looks normal can still be a scam, and a flagged one is not always a scam.",
}

# The English labels are the vocabulary's (vocabulary/red_flags.py).
FLAG_LABEL_EN: dict[str, str] = RED_FLAG_LABELS_EN

# One short sentence per red flag: what it means for the reader.
FLAG_EXPLANATION: dict[Lang, dict[str, str]] = {
    "id": {
        "high_pay": "Gajinya jauh lebih besar dari gaji wajar untuk pekerjaan ini; gaji besar "
        "sering dipakai sebagai umpan.",
        "upfront_fee": "Anda diminta membayar atau transfer uang dulu, padahal perekrut resmi "
        "tidak boleh memungut biaya seperti ini.",
        "unclear_procedure": "Iklan ini melewati langkah resmi seperti daftar di Disnaker, "
        "kontrak kerja, dan pelatihan sebelum berangkat.",
        "unlicensed_recruiter": "Tidak jelas perusahaan berizin mana yang merekrut; bisa jadi "
        "calo atau perorangan.",
        "informal_contact": "Untuk melamar hanya ada WhatsApp, Telegram atau nomor HP pribadi; "
        "tidak ada e-mail, situs atau telepon kantor perusahaan untuk memastikan siapa "
        "perekrutnya.",
        "visa_misuse": "Anda akan berangkat dengan visa turis, kunjungan atau umrah; itu bukan "
        "visa kerja dan Anda tidak terlindungi.",
        "restricted_destination": "Negara atau jenis kerja ini dilarang atau sangat berisiko, "
        "misalnya pembantu rumah tangga ke Timur Tengah atau kerja 'online' di Kamboja.",
        "vague_job": "Pekerjaannya tidak jelas: tidak ada nama perusahaan, tugas, jam kerja "
        "atau kontrak.",
        "pressure": "Anda didesak untuk cepat-cepat, atau diminta merahasiakannya dari keluarga.",
        "document_fraud": "Ada tawaran mengubah umur atau dokumen, menerima anak di bawah umur, "
        "atau paspor akan ditahan.",
        "vulnerable_targeting": "Iklan ini mencari perempuan muda dari penampilannya, atau untuk "
        "kerja hiburan seperti LC, karaoke atau spa.",
        "impersonation": "Iklan ini memakai nama perusahaan, BUMN, bank atau instansi "
        "pemerintah, tetapi daftarnya lewat WA pribadi, link atau formulir tidak resmi, atau "
        "Anda diminta biaya atau data pribadi.",
    },
    "en": {
        "high_pay": "The pay is far above normal for this job; big pay is a common bait.",
        "upfront_fee": "You are asked to pay or transfer money first, but licensed recruiters "
        "may not charge you like this.",
        "unclear_procedure": "The advert skips official steps such as registering at the "
        "manpower office, a work contract and pre-departure training.",
        "unlicensed_recruiter": "No licensed company is named as the recruiter; it may be a "
        "broker or a private person.",
        "informal_contact": "The only way to apply is a personal WhatsApp, Telegram or mobile "
        "number; there is no company e-mail, website or office phone to confirm who is recruiting.",
        "visa_misuse": "You would travel on a tourist, visit or umrah visa; that is not a work "
        "visa and leaves you unprotected.",
        "restricted_destination": "This country or job is banned or very risky, such as "
        "domestic work in the Middle East or 'online' jobs in Cambodia.",
        "vague_job": "The job is unclear: no company name, duties, working hours or contract.",
        "pressure": "You are pushed to hurry, or asked to keep it secret from your family.",
        "document_fraud": "It offers to change your age or papers, accepts minors, or says "
        "your passport will be kept.",
        "vulnerable_targeting": "It looks for young women by their looks, or for entertainment "
        "work such as hostess, karaoke or spa jobs.",
        "impersonation": "It uses the name of a real company, state firm, bank or government "
        "office, but you apply through a personal WhatsApp, an unofficial link or form, or are "
        "asked for a fee or your personal data.",
    },
}

# Things a person can check themselves. ``{...}`` names a link from the channels file.
CHECKS: dict[Lang, dict[str, str]] = {
    "id": {
        "licence": "Cek izin perusahaan penyalurnya (P3MI, yaitu perusahaan yang boleh mengirim "
        "pekerja ke luar negeri) di SISKOP2MI (daftar resmi pemerintah), atau tanya KP2MI "
        "(kementerian pelindungan pekerja migran) di 0800-1000, gratis.",
        "job_order": "Minta bukti job order (surat permintaan kerja dari majikan) dan SIP2MI (izin "
        "merekrut dari pemerintah), lalu tanyakan kebenarannya ke Disnaker (dinas tenaga kerja) "
        "atau LTSA (kantor layanan pekerja migran) di daerah Anda.",
        "g2g": "Kerja ke Korea (program EPS) hanya lewat program pemerintah (G to G: antar "
        "pemerintah), bukan agen swasta. Magang ke Jepang lewat IM Japan daftarnya gratis di "
        "situs resminya.",
        "local_company": "Pastikan perusahaannya ada: datangi alamatnya, atau cari nama dan "
        "ulasannya. Perusahaan yang wajar tidak memungut biaya lamaran atau pelatihan.",
        "local_contract": "Minta perjanjian kerja tertulis (gaji, jam kerja, tempat kerja) sebelum "
        "mulai bekerja. Kalau ragu, tanya Disnaker (dinas tenaga kerja) kota Anda.",
        "no_pay": "Jangan transfer uang ke rekening pribadi, dan jangan serahkan paspor atau KTP "
        "asli.",
        "work_visa": "Pastikan Anda berangkat dengan visa kerja, bukan visa turis, kunjungan "
        "atau umrah.",
        "family": "Ceritakan ke keluarga sebelum memutuskan. Jangan berangkat diam-diam.",
        "official": "Cek lowongan ini di situs resmi perusahaan atau instansi yang disebut. "
        "Perusahaan dan instansi resmi tidak memungut biaya dan tidak meminta data (KTP, "
        "foto diri, rekening) lewat WA.",
    },
    "en": {
        "licence": "Check that the placement company (P3MI: a company allowed to send workers "
        "abroad) is licensed in SISKOP2MI (the government's register), or ask KP2MI (the ministry "
        "protecting migrant workers) on 0800-1000, free.",
        "job_order": "Ask for the job order (the employer's demand letter) and the SIP2MI (the "
        "government's recruitment permit), and confirm them at the local manpower office "
        "(Disnaker) or the migrant workers' service office (LTSA).",
        "g2g": "Work in Korea (the EPS programme) goes only through the government scheme (G to "
        "G: government to government), never a private agent. The IM Japan internship is free "
        "to join on its official site.",
        "local_company": "Make sure the company exists: visit its address, or look up its name "
        "and reviews. A normal employer charges no application or training fee.",
        "local_contract": "Ask for a written work agreement (pay, hours, workplace) before you "
        "start. If in doubt, ask the manpower office (Disnaker) of your town.",
        "no_pay": "Do not transfer money to a personal account, and do not hand over your "
        "original passport or ID card.",
        "work_visa": "Make sure you travel on a work visa, not a tourist, visit or umrah visa.",
        "family": "Talk to your family before you decide. Never leave in secret.",
        "official": "Check this vacancy on the official website of the company or agency it "
        "names. Real companies and agencies do not charge fees and do not ask for your data "
        "(ID card, selfie, bank account) over WhatsApp.",
    },
}
# Which checks are always shown: for work abroad, the legal placement steps; for a job at
# home, the checks that fit it (the overseas checklist means nothing for a warung in Jambi).
ALWAYS_CHECKS = ("licence", "job_order", "g2g")
ALWAYS_CHECKS_LOCAL = ("local_company", "local_contract")
# Checks that only make sense for work abroad.
ABROAD_ONLY_CHECKS = frozenset({"licence", "job_order", "g2g", "work_visa"})
# The order the flagged checks are shown in: the step that cannot be undone comes first
# (money sent or a passport handed over is lost at once; so are an ID card, a selfie or bank
# details sent to someone using a real company's name), then the ones that stop a departure.
# Model scores do not decide it: two flags a few points apart must not swap the advice.
CHECK_URGENCY = (
    "no_pay",
    "official",
    "work_visa",
    "g2g",
    "licence",
    "job_order",
    "local_company",
    "family",
)
FLAG_CHECKS: dict[str, tuple[str, ...]] = {
    "upfront_fee": ("no_pay",),
    "document_fraud": ("no_pay",),
    "unlicensed_recruiter": ("licence",),
    "informal_contact": ("licence",),
    "unclear_procedure": ("job_order",),
    "vague_job": ("job_order",),
    "visa_misuse": ("work_visa",),
    "restricted_destination": ("g2g", "work_visa"),
    "pressure": ("family",),
    "vulnerable_targeting": ("family",),
    "impersonation": ("official",),
}
# The links (keys of "links" in the channels file) shown with a check.
CHECK_LINKS: dict[str, tuple[str, ...]] = {
    "licence": ("siskop2mi",),
    "g2g": ("eps_korea", "im_japan"),
}

# Errors: what went wrong and what to do, in the reader's words.
ERRORS: dict[Lang, dict[str, str]] = {
    "id": {
        "empty": "Kotaknya masih kosong. Tempelkan teks iklan lowongan kerja, atau link "
        "halaman iklannya.",
        "too_long": "Teksnya terlalu panjang (lebih dari {max} huruf). Tempelkan bagian iklan "
        "lowongannya saja.",
        "not_url": "Ini bukan link yang bisa dibuka. Link harus diawali http:// atau https://, "
        "contoh: https://contoh.com/lowongan",
        "url_not_allowed": "Link ini tidak boleh kami buka karena mengarah ke jaringan pribadi "
        "atau internal. Salin teks iklannya, lalu tempelkan di sini.",
        "unreachable": "Halaman itu tidak bisa dibuka. Periksa lagi link-nya, atau salin teks "
        "iklannya dan tempelkan di sini.",
        "timeout": "Halaman itu terlalu lama menjawab. Coba lagi nanti, atau salin teks "
        "iklannya dan tempelkan di sini.",
        "too_large": "Halaman itu terlalu besar untuk diperiksa. Salin teks iklannya dan "
        "tempelkan di sini.",
        "not_html": "Link itu bukan halaman web biasa (misalnya gambar atau PDF). Salin teks "
        "iklannya dan tempelkan di sini.",
        "no_advert": "Di halaman itu tidak ada iklan lowongan kerja yang bisa kami baca. Salin "
        "teks iklannya dan tempelkan di sini.",
        "bad_request": "Permintaan tidak bisa dibaca. Kirim JSON seperti "
        '{{"text": "isi iklan"}} atau {{"url": "https://..."}}.',
        "both": "Isi salah satu saja: teks iklan atau link, jangan keduanya.",
        "bad_characters": "{field} berisi karakter yang tidak bisa kami baca (karakter NUL atau "
        "kode Unicode yang rusak). Hapus karakter itu, atau salin ulang dari sumber aslinya, "
        "lalu kirim lagi.",
        "body_too_large": "Kiriman terlalu besar. Tempelkan bagian iklan lowongannya saja.",
        "message_too_long": "Pesan Anda terlalu panjang (lebih dari {max} huruf). Singkatkan "
        "sedikit.",
        "contact_too_long": "Kontak terlalu panjang (lebih dari {max} huruf). Tulis nomor HP "
        "atau e-mail saja.",
        "rate_limited": "Terlalu banyak permintaan dari perangkat Anda. Tunggu sebentar, lalu "
        "coba lagi.",
        "unavailable": "Pemeriksa sedang tidak tersedia. Coba lagi beberapa menit lagi.",
        **PICTURE_ERRORS["id"],
    },
    "en": {
        "empty": "The box is empty. Paste the text of the job advert, or the link to its page.",
        "too_long": "The text is too long (more than {max} characters). Paste only the job advert.",
        "not_url": "This is not a link we can open. A link starts with http:// or https://, "
        "for example https://example.com/jobs",
        "url_not_allowed": "We may not open this link because it points into a private or "
        "internal network. Copy the advert's text and paste it here.",
        "unreachable": "That page could not be opened. Check the link, or copy the advert's "
        "text and paste it here.",
        "timeout": "That page took too long to answer. Try again later, or copy the advert's "
        "text and paste it here.",
        "too_large": "That page is too big to check. Copy the advert's text and paste it here.",
        "not_html": "That link is not an ordinary web page (an image or a PDF, say). Copy the "
        "advert's text and paste it here.",
        "no_advert": "We found no job advert on that page. Copy the advert's text and paste it "
        "here.",
        "bad_request": "We could not read the request. Send JSON such as "
        '{{"text": "the advert"}} or {{"url": "https://..."}}.',
        "both": "Give only one: the advert's text or a link, not both.",
        "bad_characters": "{field} holds characters we cannot read (a NUL character or broken "
        "Unicode). Remove them, or copy it again from where you found it, and send it again.",
        "body_too_large": "The request is too big. Paste only the job advert.",
        "message_too_long": "Your message is too long (more than {max} characters). Please "
        "shorten it.",
        "contact_too_long": "The contact is too long (more than {max} characters). Write just a "
        "phone number or an e-mail address.",
        "rate_limited": "Too many requests from your device. Wait a moment and try again.",
        "unavailable": "The checker is not available right now. Try again in a few minutes.",
        **PICTURE_ERRORS["en"],
    },
}

TIP_THANKS: dict[Lang, str] = {
    "id": "Terima kasih. Laporan Anda sudah kami terima dan akan diperiksa petugas {task_force}.",
    "en": "Thank you. We have received your report; officers of the {task_force} will look "
    "into it.",
}

# Page text (templates read these as ``t.key``).
UI: dict[Lang, dict[str, str]] = {
    "id": {
        "title": "Cek Lowongan Kerja",
        "tagline": "Dapat tawaran kerja, apalagi ke luar negeri? Cek dulu sebelum membayar "
        "atau berangkat.",
        "input_label": "Tempel teks iklan atau link-nya di sini",
        "input_hint": "Contoh: salin pesan lowongan dari WhatsApp atau Facebook, lalu tempel.",
        "submit": "Periksa",
        "checking": "Sedang memeriksa…",
        "privacy": "Kami tidak menyimpan teks atau link yang Anda periksa, kecuali Anda "
        "memilih melaporkannya.",
        "result": "Hasil pemeriksaan",
        "score": "Nilai risiko {score} dari 100",
        "flags_found": "Tanda bahaya yang kami temukan",
        "flags_note": "Hal yang perlu diperhatikan",
        "no_flags": "Tidak ada tanda bahaya yang jelas.",
        "words": "Kata di iklan",
        "checks": "Yang bisa Anda cek sendiri",
        "report": "Tempat melapor",
        "report_region": "Di {region}",
        "report_national": "Nasional",
        "read_text": "Teks yang kami baca dari halaman itu",
        "links_read": "Tautan di pesan yang kami buka dan ikut kami periksa",
        "tip_title": "Laporkan ke Gugus Tugas",
        "tip_intro": "Kirim iklan ini ke petugas {task_force} supaya diperiksa. Tidak perlu "
        "menulis nama.",
        "tip_message": "Di mana Anda melihat iklan ini? (boleh dikosongkan)",
        "tip_contact": "Nomor HP atau WA Anda (boleh dikosongkan)",
        "tip_consent": "Saya setuju nomor saya disimpan supaya petugas bisa menghubungi saya.",
        "tip_consent_hint": "Tanpa centang ini, nomor Anda tidak disimpan.",
        "tip_submit": "Kirim laporan",
        "tip_ref": "Nomor laporan Anda: {tip_id}",
        "tip_sent_title": "Terima kasih atas laporan Anda",
        "tip_urgent": "Jika ada yang dalam bahaya sekarang, segera telepon:",
        "again": "Periksa iklan lain",
        "lang_switch": "English",
        "error_title": "Belum bisa diperiksa",
        "footer": "Waspada membantu Gugus Tugas TPPO mencegah perdagangan orang.",
        "number_link": "Cek nomor WhatsApp atau rekening yang menghubungi Anda →",
        "number_details": "Lihat laporan dan apa yang harus dilakukan",
        **PICTURE_UI["id"],
    },
    "en": {
        "title": "Check a Job Offer",
        "tagline": "Got a job offer, especially abroad? Check it before you pay or travel.",
        "input_label": "Paste the advert's text or its link here",
        "input_hint": "For example: copy the job message from WhatsApp or Facebook, then paste.",
        "submit": "Check",
        "checking": "Checking…",
        "privacy": "We do not keep the text or link you check, unless you choose to report it.",
        "result": "Result",
        "score": "Risk score {score} out of 100",
        "flags_found": "Warning signs we found",
        "flags_note": "Worth keeping in mind",
        "no_flags": "No clear warning signs.",
        "words": "Words in the advert",
        "checks": "What you can check yourself",
        "report": "Where to report",
        "report_region": "In {region}",
        "report_national": "National",
        "read_text": "The text we read from that page",
        "links_read": "Links in the message that we opened and checked too",
        "tip_title": "Report to the task force",
        "tip_intro": "Send this advert to the officers of the {task_force} so they can look "
        "into it. You do not need to give your name.",
        "tip_message": "Where did you see this advert? (optional)",
        "tip_contact": "Your phone or WhatsApp number (optional)",
        "tip_consent": "I agree that my number is kept so officers can contact me.",
        "tip_consent_hint": "Without this tick, your number is not kept.",
        "tip_submit": "Send report",
        "tip_ref": "Your report number: {tip_id}",
        "tip_sent_title": "Thank you for your report",
        "tip_urgent": "If someone is in danger now, call:",
        "again": "Check another advert",
        "lang_switch": "Bahasa Indonesia",
        "error_title": "Could not check yet",
        "footer": "Waspada helps the anti-trafficking task forces prevent human trafficking.",
        "number_link": "Check a WhatsApp number or bank account that contacted you →",
        "number_details": "See the reports and what to do",
        **PICTURE_UI["en"],
    },
}


# The fields an error can name ({field} in a message), in the reader's words.
FIELD_NAMES: dict[Lang, dict[str, str]] = {
    "id": {"text": "Teks iklan", "url": "Link", "message": "Pesan", "contact": "Kontak"},
    "en": {
        "text": "The advert's text",
        "url": "The link",
        "message": "Your message",
        "contact": "The contact",
    },
}


def error_text(lang: Lang, code: str, **params: object) -> str:
    if isinstance(params.get("field"), str):
        params["field"] = FIELD_NAMES[lang].get(str(params["field"]), str(params["field"]))
    return ERRORS[lang][code].format(**params)
