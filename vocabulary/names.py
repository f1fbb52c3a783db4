"""Indonesian names of the other things investigators read about: how two adverts are linked,
and where a case stands."""

from __future__ import annotations

# How a shared entity is named ("Nomor WhatsApp +62... sama dengan ...").
LINK_KIND_LABELS: dict[str, str] = {
    "phone": "Nomor telepon",
    "whatsapp": "Nomor WhatsApp",
    "telegram": "Akun Telegram",
    "email": "Alamat e-mail",
    "bank_account": "Rekening bank",
    "near_duplicate": "Teks hampir sama",
    "same_picture": "Gambar sama",
}

CASE_STATUS_LABELS: dict[str, str] = {
    "new": "baru",
    "in_review": "sedang ditinjau",
    "escalated": "dieskalasi",
    "dismissed": "ditolak",
    "closed": "ditutup",
}
