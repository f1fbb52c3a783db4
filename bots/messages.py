"""Every word the chat bots say that the web check does not, in Bahasa Indonesia and English.

The answer itself (band, reasons, checks, where to report) uses the web check's words
(:mod:`citizen.messages`); these are the conversation around it. Short lines: a chat is read
on a small phone. Commands are plain words a person can type (LAPOR, YA, BATAL), with the
English ones understood too.
"""

from __future__ import annotations

from citizen.messages import Lang

HELP: dict[Lang, str] = {
    "id": "Saya pemeriksa lowongan kerja dari {task_force}.\n"
    "Kirim ke sini tawaran kerja yang Anda terima:\n"
    "• teruskan (forward) pesannya, atau tempel teksnya\n"
    "• atau kirim link iklannya\n"
    "Saya jawab apakah ada tanda penipuan atau perdagangan orang, apa yang perlu dicek, "
    "dan ke mana melapor. Setelah jawaban, balas LAPOR untuk mengirim iklan itu ke petugas.",
    "en": "I check job offers for the {task_force}.\n"
    "Send me a job offer you received:\n"
    "• forward the message, or paste its text\n"
    "• or send the link to the advert\n"
    "I answer whether it shows signs of fraud or human trafficking, what to check and where "
    "to report. After my answer, reply REPORT to send that advert to the officers.",
}

FIRST_NOTE: dict[Lang, str] = {
    "id": "Catatan: jawaban saya dibuat komputer sebagai alat bantu, bukan putusan resmi. Iklan "
    "yang tampak wajar pun bisa menipu, dan iklan yang ditandai belum tentu penipuan.",
    "en": "Note: my answers are made by a computer as an aid, not an official ruling. An advert "
    "that looks normal can still be a scam, and a flagged one is not always a scam.",
}

NOT_AN_ADVERT: dict[Lang, str] = {
    "id": "Pesan ini sepertinya bukan iklan lowongan kerja.",
    "en": "This message does not look like a job advert.",
}

CUT: dict[Lang, str] = {
    "id": "Pesan Anda panjang: saya hanya memeriksa {max} huruf pertama.",
    "en": "Your message is long: I checked only its first {max} characters.",
}

NO_PICTURES: dict[Lang, str] = {
    "id": "Gambar dan PDF belum bisa saya baca. Salin teks iklannya dan kirim ke sini, atau "
    "kirim link-nya.",
    "en": "I cannot read pictures or PDFs yet. Copy the advert's text and send it here, or send "
    "its link.",
}

MEDIA_GONE: dict[Lang, str] = {
    "id": "Gambar itu tidak bisa saya unduh lagi. Kirim ulang gambarnya, atau salin teks "
    "iklannya dan kirim ke sini.",
    "en": "I could not download that picture again. Send it once more, or copy the advert's "
    "text and send it here.",
}

REPORT_HINT: dict[Lang, str] = {
    "id": "Balas LAPOR untuk mengirim iklan ini ke petugas {task_force}.",
    "en": "Reply REPORT to send this advert to the officers of the {task_force}.",
}

MORE: dict[Lang, str] = {
    "id": "Selengkapnya: {url}",
    "en": "More: {url}",
}

MORE_FLAGS: dict[Lang, str] = {
    "id": "… dan {n} tanda lain.",
    "en": "… and {n} more signs.",
}

PAGE: dict[Lang, str] = {
    "id": "Halaman: {title}",
    "en": "Page: {title}",
}

NOTHING_TO_REPORT: dict[Lang, str] = {
    "id": "Belum ada iklan untuk dilaporkan. Kirim dulu iklannya (teruskan pesannya, tempel "
    "teksnya, atau kirim link-nya), lalu balas LAPOR.",
    "en": "There is no advert to report yet. First send the advert (forward the message, paste "
    "its text or send its link), then reply REPORT.",
}

CONFIRM: dict[Lang, str] = {
    "id": "Kirim iklan tadi ke petugas {task_force}?\n"
    "Balas:\n"
    "1 = kirim, tanpa kontak saya\n"
    "2 = kirim, dan petugas boleh menghubungi saya di {contact_kind} ini\n"
    "BATAL = tidak jadi",
    "en": "Send the advert above to the officers of the {task_force}?\n"
    "Reply:\n"
    "1 = send it, without my contact\n"
    "2 = send it, and officers may contact me on this {contact_kind}\n"
    "CANCEL = do not send",
}

CONTACT_KIND: dict[str, dict[Lang, str]] = {
    "whatsapp": {"id": "nomor WhatsApp", "en": "WhatsApp number"},
    "telegram": {"id": "akun Telegram", "en": "Telegram account"},
}

CONFIRM_AGAIN: dict[Lang, str] = {
    "id": "Balas 1, 2 atau BATAL.",
    "en": "Reply 1, 2 or CANCEL.",
}

CANCELLED: dict[Lang, str] = {
    "id": "Baik, tidak jadi dilaporkan. Kirim iklan lain kapan saja.",
    "en": "All right, nothing was sent. Send another advert any time.",
}

TIP_NUMBER: dict[Lang, str] = {
    "id": "Nomor laporan Anda: {tip_id}.",
    "en": "Your report number: {tip_id}.",
}

CONTACT_KEPT: dict[Lang, str] = {
    "id": "Kontak Anda kami simpan supaya petugas bisa menghubungi Anda.",
    "en": "We kept your contact so officers can reach you.",
}

CONTACT_NOT_KEPT: dict[Lang, str] = {
    "id": "Kontak Anda tidak kami simpan.",
    "en": "We did not keep your contact.",
}

URGENT: dict[Lang, str] = {
    "id": "Jika ada yang dalam bahaya sekarang, segera telepon:",
    "en": "If someone is in danger now, call:",
}

WORDS_READ: dict[Lang, str] = {
    "id": "Tulisan yang saya baca dari gambar itu: “{words}”",
    "en": "The words I read in that picture: “{words}”",
}

LIMITED: dict[Lang, str] = {
    "id": "Terlalu banyak pesan dalam waktu singkat. Tunggu sebentar, lalu kirim lagi.",
    "en": "Too many messages in a short time. Wait a little, then send again.",
}

# The tip's message for investigators (Indonesian: the queue is in Indonesian). It names the
# message it answers, which also keeps a message processed twice from sending its tip twice.
TIP_MESSAGE = "Dikirim lewat bot {platform} (pesan {ref})."
PLATFORM_NAMES = {"telegram": "Telegram", "whatsapp": "WhatsApp"}

# Commands, as typed (upper-cased, without punctuation around them).
CMD_REPORT = frozenset({"LAPOR", "LAPORKAN", "REPORT", "/LAPOR", "/REPORT"})
CMD_HELP = frozenset(
    {"/START", "/HELP", "START", "HELP", "BANTUAN", "MENU", "INFO", "TOLONG", "?", "HALO", "HAI",
     "HALLO", "HELLO", "HI", "P", "PING", "TES", "TEST"}
)  # fmt: skip
CMD_SEND = frozenset({"1", "YA", "YES", "Y", "KIRIM", "SEND", "OK", "OKE"})
CMD_SEND_WITH_CONTACT = frozenset({"2"})
CMD_CANCEL = frozenset({"BATAL", "CANCEL", "TIDAK", "NO", "GAK", "ENGGAK", "STOP", "3"})
# Which language a command belongs to (the chat's language follows it).
ENGLISH_COMMANDS = frozenset(
    {"REPORT", "/REPORT", "HELP", "/HELP", "HELLO", "HI", "YES", "SEND", "CANCEL", "NO"}
)
INDONESIAN_COMMANDS = frozenset(
    {"LAPOR", "LAPORKAN", "/LAPOR", "BANTUAN", "TOLONG", "HALO", "HAI", "HALLO", "YA", "KIRIM",
     "BATAL", "TIDAK", "GAK", "ENGGAK"}
)  # fmt: skip
