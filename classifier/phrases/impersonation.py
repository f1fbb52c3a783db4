"""Phrases of the ``impersonation`` rule: the channels a well-known employer or public body
does not recruit through, and warnings about impersonation.
"""

from __future__ import annotations

# Channels a well-known employer or public body does not recruit through (docs/red_flags.md,
# impersonation; docs/domain.md "Impersonated recruitment"). Phone numbers, URLs and e-mail
# addresses are judged from the extracted entities; these are the words that point elsewhere.
# "Klik link di bio", "isi data melalui link berikut", a Google Form: where fake notices send
# people. A real government or BUMN notice names its own site instead.
LINK_BAIT = (
    r"link\s+(?:\S+\s+){0,5}(?:bio|profil|deskripsi|komen\w*|bawah|dibawah|berikut)",
    r"(?:klik|buka|isi\s+data\s+(?:melalui|di|lewat)|daftar\s+(?:melalui|lewat|via|di))\s+"
    r"(?:\S+\s+){0,2}(?:link|tautan)",
    r"(?:link|tautan)\s+(?:\S+\s+){0,2}(?:klik|daftar)",
    r"google\s*form",
    r"g\s?form",
    r"forms\.gle",
    r"login\s+(?:dengan|pakai|menggunakan)\s+akun\s+telegram",
)
IMPERSONATION_CHANNEL = (
    *LINK_BAIT,
    r"wa\.me",
    # "Info lebih lanjut dan link pendaftaran :" closing the text: the link is on the poster
    # or in the bio, never an address that can be checked.
    r"(?:link|tautan)\s+(?:pendaftaran|daftar|lamaran)\s*:?\s*\Z",
    r"(?:langsung|via|lewat|melalui|hubungi|chat|minat)\s+(?:\S+\s+){0,2}(?:whatsapp|wa|telegram)"
    r"(?![a-z])",
    r"(?:inbox|japri|dm)(?![a-z])",
    r"(?:biaya|uang)\s+(?:administrasi|pendaftaran|seragam|pelatihan|training|tes|test)",
)
# Words of a warning about impersonation, not of an advert making it ("WASPADA lowongan palsu
# mengatasnamakan BUMN", "[CEK FAKTA]", "itu bukan dari Pelindo").
IMPERSONATION_WARNING = (
    r"(?:lowongan|loker|rekrutmen|info)\s+palsu",
    r"mengatasnamakan",
    r"cek\s+fakta",
    r"hoa(?:ks|x)",
    r"(?:itu|ini)\s+(?:palsu|bukan\s+dari)",
    r"bukan\s+dari\s+(?:pihak\s+)?(?:resmi|perusahaan|instansi|kami|pt|bumn|bank)",
)
