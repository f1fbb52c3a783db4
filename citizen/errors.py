"""The one error type of the citizens' check: a code, an HTTP status and the parameters of a
message that tells the person what to fix (rendered in their language by the API layer)."""

from __future__ import annotations

from citizen.messages import Lang, error_text
from citizen.safe_fetch import FetchError

# Fetch failures as the person should hear them.
FETCH_CODES = {
    "invalid_url": "not_url",
    "blocked": "url_not_allowed",
    "unreachable": "unreachable",
    "http_error": "unreachable",
    "timeout": "timeout",
    "too_large": "too_large",
    "not_html": "not_html",
    "too_many_redirects": "unreachable",
}


class CheckError(Exception):
    def __init__(self, code: str, status: int = 422, *, detail: str = "", **params: object) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.status = status
        self.detail = detail  # technical reason, for the JSON API and logs (never personal data)
        self.params = params
        self.headers: dict[str, str] = {}  # e.g. Retry-After on a rate-limit refusal

    def message(self, lang: Lang) -> str:
        return error_text(lang, self.code, **self.params)

    @classmethod
    def from_fetch(cls, exc: FetchError) -> CheckError:
        # Only the kind goes out: the full reason can name the address a host resolved to,
        # which would let anyone map names inside our network.
        return cls(FETCH_CODES[exc.kind], 422, detail=exc.kind)
