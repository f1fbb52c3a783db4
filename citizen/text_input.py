"""Free text from outside, checked and cleaned in one place, before anything else sees it.

Every route that takes free text from a person passes it through here first: the citizens'
check and tips (``citizen.check``), investigators' notes, case decisions and assignments
(``api.routes.cases``), alert rules (``api.routes.alerts``), and the path and query string of
every route, which holds the search boxes, filters and regions (``api.deps.refuse_bad_query``,
an app-wide dependency). Why:

* **NUL (U+0000)** is refused. PostgreSQL text cannot hold it (the driver raises, which was a
  500), SQLite stores it, so the two databases would disagree; no advert, note or search
  contains one honestly.
* **Lone surrogates (U+D800..U+DFFF)** are refused. They are not text: they cannot be written
  as UTF-8, so the tokenizer, the databases and the hashes all fail on them. JSON can carry
  one (``"\\ud800"``); one such check used to fail every other check in the same classifier
  batch. Refused rather than dropped: we say what to fix instead of silently checking text
  the person did not send.
* For what gets *checked* (:func:`clean`), invisible characters are removed and the text is
  brought to Unicode NFKC. Zero-width characters (U+200B..U+200D, U+2060, U+FEFF) and the soft
  hyphen (U+00AD) between letters hide words from the red-flag rules ("tr\\u200bansfer"), and a
  box holding only them looked like text and was judged "Tampak wajar"; fullwidth letters
  (U+FF01..U+FF5E) and other compatibility forms pulled the score down, and now read as the
  plain letters a reader sees. Text that is empty after cleaning is refused as empty. These
  are cleaned, not refused: people cannot see them, so a message asking to remove them would
  not help, and removing them changes nothing a reader sees.

Investigators' notes and a tip's message and contact are stored as written (only refused, not
normalised): they are people's own words, kept as evidence.
"""

from __future__ import annotations

import re
import unicodedata

from store.errors import InvalidInput

# Invisible characters that change nothing a reader sees (removed before a check).
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
_SURROGATE = re.compile("[\ud800-\udfff]")


class BadText(InvalidInput):
    """Text that cannot be stored or checked; the message (Indonesian) says what to fix.

    An :class:`InvalidInput`, so investigators' routes answer 422 with the message as they do
    for any refused input; the citizens' routes turn it into their own error
    (``bad_characters``)."""

    def __init__(self, what: str, reason: str) -> None:
        self.what = what  # the field, in words ("Catatan", "text")
        self.reason = reason  # "nul" or "surrogate"
        kind = (
            "karakter NUL (kode 0)"
            if reason == "nul"
            else "karakter Unicode yang rusak (surrogate tanpa pasangan)"
        )
        super().__init__(
            f"{what} berisi {kind}. Hapus karakter itu, atau salin ulang teksnya dari "
            "sumber aslinya, lalu kirim lagi."
        )

    @property
    def detail(self) -> str:
        """In English, for an API's technical detail and logs (never the text itself)."""
        if self.reason == "nul":
            return f"{self.what!r} contains a NUL character (U+0000)"
        return f"{self.what!r} contains a lone surrogate (invalid Unicode)"


def problem(value: str) -> str | None:
    """``"nul"``, ``"surrogate"`` or None: why ``value`` cannot be stored or checked."""
    if "\x00" in value:
        return "nul"
    if _SURROGATE.search(value):
        return "surrogate"
    return None


def refuse_bad(value: str, what: str) -> str:
    """``value`` unchanged, or :class:`BadText` if it holds NUL or a lone surrogate."""
    reason = problem(value)
    if reason is not None:
        raise BadText(what, reason)
    return value


def normalise(value: str) -> str:
    """Invisible characters removed, then Unicode NFKC (so removed characters cannot keep a
    letter and its accent apart)."""
    return unicodedata.normalize("NFKC", _INVISIBLE.sub("", value))


def clean(value: str, what: str) -> str:
    """Text to be checked: refused if it holds NUL or a lone surrogate, else normalised."""
    return normalise(refuse_bad(value, what))
