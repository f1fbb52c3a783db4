"""Which language a person writes in: Bahasa Indonesia unless their words are clearly English.

On the web the person picks a language; in a chat they just write, so the bot answers in the
language of what they typed. Short common words decide (a trained language model would be
overkill for two languages): English when English ones outnumber Indonesian ones. A forwarded
advert was not written by the person, so it does not change the chat's language
(:func:`choose`), and neither does a message with no telling word ("1", a link).
"""

from __future__ import annotations

import re

from citizen.messages import Lang

_WORD = re.compile(r"[a-z']+")
_URL = re.compile(r"(https?://|www\.)\S+", re.IGNORECASE)  # a link's words are no language


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ENGLISH = _words(
    "the a an and or is are was were be been it its this that these those you your yours i me "
    "my we our they their he she his her what which who how why when where there here do does "
    "did not no yes please thanks thank hello hi job jobs offer salary work working with for "
    "from to of in on at by about can could would should will if but so than then check report "
    "help send company agency apply experience required month per hour contact only just"
)
INDONESIAN = _words(
    "yang dan di ke dari untuk dengan ini itu saya aku anda kamu kami kita mereka dia apa siapa "
    "bagaimana kenapa mengapa kapan dimana mana ada tidak bukan ya iya sudah belum akan mau bisa "
    "boleh harus juga atau tapi karena jika kalau lagi saja hanya sangat lebih kerja bekerja "
    "gaji lowongan loker perusahaan pt syarat usia bulan per jam hubungi daftar segera gratis "
    "biaya tolong cek lapor halo hai kak min gan bang mbak mas bu pak terima kasih makasih "
    "dong nih deh sih ga gak nggak enggak tanpa pengalaman dibutuhkan butuh dicari"
)


def detect(text: str) -> Lang | None:
    """``"en"`` or ``"id"`` when the words tell, else None."""
    words = _WORD.findall(_URL.sub(" ", text).lower())
    english = sum(w in ENGLISH for w in words)
    indonesian = sum(w in INDONESIAN for w in words)
    if english == indonesian:
        return None
    return "en" if english > indonesian else "id"


def choose(text: str, *, forwarded: bool, current: Lang, is_new: bool) -> Lang:
    """The chat's language after this message: what the person wrote decides; a forwarded
    advert decides only for a chat's first message (there is nothing better to go on)."""
    if forwarded and not is_new:
        return current
    return detect(text) or current
