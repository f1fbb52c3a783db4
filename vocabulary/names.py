"""Indonesian names of the other things investigators read about: how two adverts are linked,
and where a case stands."""

from __future__ import annotations

MONTHS_ID: tuple[str, ...] = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)

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

# Where an advert was seen (the corpus channels, and "web" for any crawled page).
CHANNEL_LABELS: dict[str, str] = {
    "whatsapp": "WhatsApp",
    "telegram": "Telegram",
    "facebook": "Facebook",
    "instagram_tiktok": "Instagram/TikTok",
    "job_board": "Situs lowongan",
    "loker_blog": "Blog info loker",
    "agency_announcement": "Pengumuman agensi",
    "news_classified": "Iklan baris",
    "government_notice": "Pengumuman pemerintah",
    "citizen_tip": "Kiriman warga",
    "web": "Situs web",
}

# A case's decision, as investigators and the formal report say it.
DECISION_LABELS: dict[str, str] = {
    "escalated_police": "Dieskalasi ke kepolisian",
    "escalated_bp3mi": "Dieskalasi ke BP3MI/KP2MI",
    "dismissed_false_positive": "Bukan pelanggaran (salah tandai)",
}

# Where a crawl run stands.
CRAWL_STATUS_LABELS: dict[str, str] = {
    "queued": "dalam antrean",
    "running": "berjalan",
    "ok": "selesai",
    "partial": "sebagian",
    "failed": "gagal",
}


def label(table: dict[str, str], code: str | None) -> str:
    """A code's words, or the code itself when the table does not know it (never empty)."""
    return table.get(code or "", code or "")
