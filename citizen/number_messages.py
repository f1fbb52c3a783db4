"""Every word of "Cek nomor / rekening" (issue 23), in Bahasa Indonesia and English, written
like :mod:`citizen.messages`: short sentences, everyday words.

An answer never accuses on the model's guess: a value seen only in adverts nobody confirmed
gets the same words as one never seen ("belum ada laporan yang terverifikasi"). The bank and
anti-scam advice follows docs/domain.md section 7 ("Money already paid or requested"); the
numbers themselves are in the channels file (``money`` in citizen/report_channels.json).
"""

from __future__ import annotations

from citizen.messages import Lang

KIND_LABEL: dict[Lang, dict[str, str]] = {
    "id": {"phone": "Nomor HP/WhatsApp", "email": "Alamat e-mail", "bank_account": "Rekening"},
    "en": {"phone": "Phone/WhatsApp number", "email": "E-mail address", "bank_account": "Account"},
}

# The answer's headline, by whether investigators confirmed reports ({n}: how many cases).
REPORTED: dict[Lang, str] = {
    "id": "Dilaporkan: {n} kasus terverifikasi",
    "en": "Reported: {n} verified case(s)",
}
NOT_REPORTED: dict[Lang, str] = {
    "id": "Belum ada laporan yang terverifikasi",
    "en": "No verified reports yet",
}
SUMMARY_REPORTED: dict[Lang, str] = {
    "id": "Petugas {task_force} sudah memeriksa iklan lowongan yang memakai {what} ini dan "
    "meneruskannya ke polisi atau BP3MI/KP2MI. Jangan bayar dan jangan kirim dokumen.",
    "en": "Officers of the {task_force} examined job adverts that use this {what} and passed "
    "them on to the police or BP3MI/KP2MI. Do not pay and do not send any papers.",
}
SUMMARY_NOT_REPORTED: dict[Lang, str] = {
    "id": "Belum ada laporan yang terverifikasi untuk {what} ini. Itu bukan jaminan aman: "
    "penipu sering berganti nomor dan rekening.",
    "en": "There are no verified reports about this {what} yet. That does not make it safe: "
    "scammers often change numbers and accounts.",
}
WHAT: dict[Lang, dict[str, str]] = {
    "id": {"phone": "nomor", "email": "alamat e-mail", "bank_account": "rekening"},
    "en": {"phone": "number", "email": "e-mail address", "bank_account": "account"},
}

# What to do, in order: the step that cannot be undone first.
STEPS_REPORTED: dict[Lang, list[str]] = {
    "id": [
        "Jangan transfer uang, dan jangan kirim KTP, paspor, foto diri atau data rekening Anda.",
        "Jangan berangkat dan jangan temui perekrutnya sendirian. Ceritakan ke keluarga.",
        "Laporkan tawaran yang Anda terima: telepon 112 (darurat), UPTD PPA, atau saluran "
        "nasional di bawah.",
    ],
    "en": [
        "Do not transfer money, and do not send your ID card, passport, a selfie or your bank "
        "details.",
        "Do not travel and do not meet the recruiter alone. Tell your family.",
        "Report the offer you received: call 112 (emergency), the UPTD PPA line, or a national "
        "channel below.",
    ],
}
STEPS_NOT_REPORTED: dict[Lang, list[str]] = {
    "id": [
        "Jangan bayar apa pun dan jangan kirim dokumen asli sebelum Anda yakin. Perekrut resmi "
        "tidak memungut biaya seperti itu.",
        "Cek izin perusahaannya (P3MI) di SISKOP2MI, atau tanya KP2MI di 0800-1000 (gratis).",
        "Jika tawarannya mencurigakan, periksa seluruh iklannya di Cek Lowongan, atau laporkan "
        "lewat saluran di bawah.",
    ],
    "en": [
        "Do not pay anything or send original papers until you are sure. Licensed recruiters do "
        "not charge such fees.",
        "Check that the company (P3MI) is licensed in SISKOP2MI, or ask KP2MI on 0800-1000 (free).",
        "If the offer looks suspicious, check the whole advert with Check a Job Offer, or "
        "report it through a channel below.",
    ],
}
# Bank accounts: the money steps of docs/domain.md section 7 (bank first, then IASC, police).
MONEY_STEPS: dict[Lang, list[str]] = {
    "id": [
        "Sudah transfer? Segera telepon bank Anda lewat nomor resminya (di balik kartu ATM atau "
        "di aplikasi bank) dan minta transaksinya diblokir.",
        "Laporkan juga ke Indonesia Anti-Scam Centre (IASC) OJK supaya rekening penerima bisa "
        "dibekukan, dan ke polisi (110).",
    ],
    "en": [
        "Already transferred? Call your bank at once on its official number (on the back of "
        "your ATM card or in the bank's app) and ask them to block the transaction.",
        "Also report it to the OJK's Indonesia Anti-Scam Centre (IASC) so the receiving account "
        "can be frozen, and to the police (110).",
    ],
}
NOTE: dict[Lang, str] = {
    "id": "Jawaban ini hanya memuat laporan yang sudah diperiksa petugas, tanpa isi iklannya. "
    "Nomor yang tidak ada di sini belum tentu aman.",
    "en": "This answer holds only reports that officers have checked, without the adverts' "
    "text. A number that is not listed here is not necessarily safe.",
}
# The line at the top of an advert check when one of its contacts has confirmed reports.
IN_ADVERT: dict[Lang, str] = {
    "id": "{what} {value} di iklan ini sudah dilaporkan: {n} kasus terverifikasi.",
    "en": "{what} {value} in this advert has been reported: {n} verified case(s).",
}

ERRORS: dict[Lang, dict[str, str]] = {
    "id": {
        "number_empty": "Kotaknya masih kosong. Tulis nomor WhatsApp/HP, nomor rekening "
        "(dengan nama banknya) atau alamat e-mail yang ingin Anda cek.",
        "number_partial": "Nomornya belum lengkap. Tulis seluruh nomor, tanpa tanda * atau x, "
        "contoh: 0812-3456-7890. Kami hanya mencari nomor yang lengkap.",
        "number_partial_bank": "Nomor rekeningnya belum lengkap. Tulis nama bank dan seluruh "
        "nomor rekening ({min} sampai {max} angka), contoh: BCA 1234567890.",
        "number_partial_email": "Alamat e-mailnya belum lengkap. Tulis seluruh alamat, contoh: "
        "nama@gmail.com.",
        "number_invalid": "Ini bukan nomor HP, rekening atau e-mail yang bisa kami baca. Contoh: "
        "0812-3456-7890, +62 812 3456 7890, BCA 1234567890, atau nama@gmail.com.",
        "number_many": "Tulis satu nomor saja. Untuk memeriksa seluruh iklan lowongan, pakai "
        "Cek Lowongan di halaman depan.",
        "objection_contact": "Tulis nomor HP atau e-mail Anda supaya petugas bisa menghubungi "
        "Anda (paling banyak {max} huruf).",
        "objection_reason": "Tulis alasan Anda: mengapa nomor ini keliru dicantumkan (paling "
        "banyak {max} huruf).",
        "objection_not_listed": "Tidak ada laporan terverifikasi untuk nomor ini, jadi tidak "
        "ada yang perlu disanggah.",
        "bad_characters": "Isian berisi karakter yang tidak bisa kami baca (karakter NUL atau "
        "kode Unicode yang rusak). Ketik ulang nomornya, lalu kirim lagi.",
    },
    "en": {
        "number_empty": "The box is empty. Write the WhatsApp/phone number, the bank account "
        "(with its bank) or the e-mail address you want to check.",
        "number_partial": "The number is not complete. Write the whole number, without * or x, "
        "for example 0812-3456-7890. We only look up complete numbers.",
        "number_partial_bank": "The account number is not complete. Write the bank and the whole "
        "account number ({min} to {max} digits), for example BCA 1234567890.",
        "number_partial_email": "The e-mail address is not complete. Write the whole address, "
        "for example name@gmail.com.",
        "number_invalid": "This is not a phone number, account or e-mail address we can read. "
        "For example: 0812-3456-7890, +62 812 3456 7890, BCA 1234567890 or name@gmail.com.",
        "number_many": "Write one number only. To check a whole job advert, use Check a Job "
        "Offer on the front page.",
        "objection_contact": "Write your phone number or e-mail so that officers can contact "
        "you (at most {max} characters).",
        "objection_reason": "Write your reason: why this number is listed wrongly (at most {max} "
        "characters).",
        "objection_not_listed": "There are no verified reports about this number, so there is "
        "nothing to object to.",
        "bad_characters": "The box holds characters we cannot read (a NUL character or broken "
        "Unicode). Type the number again and send it again.",
    },
}

# Page text (templates read these as ``n.key``).
UI: dict[Lang, dict[str, str]] = {
    "id": {
        "title": "Cek Nomor / Rekening",
        "tagline": "Dihubungi nomor WhatsApp tak dikenal, atau diminta transfer ke rekening? "
        "Cek dulu apakah sudah pernah dilaporkan.",
        "input_label": "Nomor WhatsApp/HP, rekening, atau e-mail",
        "input_hint": "Contoh: 0812-3456-7890 · BCA 1234567890 · nama@gmail.com",
        "submit": "Cek",
        "checking": "Sedang mengecek…",
        "privacy": "Kami tidak menyimpan nomor yang Anda cek.",
        "link_to_check": "Punya teks iklannya? Periksa seluruh iklan",
        "first_seen": "Pertama terlihat",
        "last_seen": "Terakhir terlihat",
        "destinations": "Negara tujuan di iklannya",
        "flags": "Tanda bahaya di iklannya",
        "steps": "Yang perlu Anda lakukan",
        "money": "Untuk uang yang sudah atau akan ditransfer",
        "objection_title": "Nomor Anda keliru dicantumkan?",
        "objection_intro": "Jika ini nomor atau rekening Anda dan Anda tidak terlibat, kirim "
        "keberatan. Petugas akan memeriksa buktinya dan menghubungi Anda.",
        "objection_contact": "Nomor HP atau e-mail Anda",
        "objection_reason": "Alasan Anda",
        "objection_submit": "Kirim keberatan",
        "objection_sent_title": "Keberatan Anda sudah kami terima",
        "objection_sent": "Petugas {task_force} akan memeriksa bukti dan menghubungi Anda. Nomor "
        "keberatan Anda: {id}.",
        "again": "Cek nomor lain",
        "error_title": "Belum bisa dicek",
    },
    "en": {
        "title": "Check a Number / Account",
        "tagline": "Contacted by an unknown WhatsApp number, or asked to pay into an account? "
        "Check first whether it has been reported.",
        "input_label": "WhatsApp/phone number, bank account, or e-mail",
        "input_hint": "For example: 0812-3456-7890 · BCA 1234567890 · name@gmail.com",
        "submit": "Check",
        "checking": "Checking…",
        "privacy": "We do not keep the number you check.",
        "link_to_check": "Have the advert's text? Check the whole advert",
        "first_seen": "First seen",
        "last_seen": "Last seen",
        "destinations": "Destination countries in its adverts",
        "flags": "Warning signs in its adverts",
        "steps": "What to do",
        "money": "For money sent or asked for",
        "objection_title": "Is your number listed wrongly?",
        "objection_intro": "If this is your number or account and you are not involved, send an "
        "objection. Officers will review the evidence and contact you.",
        "objection_contact": "Your phone number or e-mail",
        "objection_reason": "Your reason",
        "objection_submit": "Send objection",
        "objection_sent_title": "We have received your objection",
        "objection_sent": "Officers of the {task_force} will review the evidence and contact you. "
        "Your objection number: {id}.",
        "again": "Check another number",
        "error_title": "Could not check yet",
    },
}
