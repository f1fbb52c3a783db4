"""The citizens' check itself, with no web framework in it: the API routes and the
``waspada check`` command both call :class:`Checker`.

Input is pasted text or a URL (fetched with :mod:`citizen.safe_fetch`, read with the crawler's
``extract_page``); the classifier's answer becomes a risk band in plain words, one short
sentence per red flag with the advert's own words that triggered it, what the person can check
themselves, and where to report in their region.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from citizen import text_input
from citizen.batcher import Batcher
from citizen.channels import ReportChannels, load_channels
from citizen.errors import CheckError
from citizen.job_like import looks_like_job_offer
from citizen.messages import (
    ABROAD_ONLY_CHECKS,
    ALWAYS_CHECKS,
    ALWAYS_CHECKS_LOCAL,
    BAND_LABEL,
    BAND_SUMMARY,
    CHECK_LINKS,
    CHECK_URGENCY,
    CHECKS,
    FLAG_CHECKS,
    FLAG_EXPLANATION,
    FLAG_LABEL_EN,
    NOTE,
    PASTE_INSTEAD,
    Band,
    Lang,
)
from citizen.numbers import NumberAnswer, NumberChecker, in_advert
from citizen.safe_fetch import MAX_URL_CHARS, FetchedPage, FetchError, SafeFetcher, parse_allow_list
from pictures import Limits, PictureReader
from store.services import flags as flag_rules
from vocabulary.bands import risk_band
from waspada.settings import Settings

InputKind = Literal["text", "url", "image"]  # image: a picture or PDF, read by OCR
# Links of a pasted message that are opened (http/https only; a bare "wa.me/..." is a contact).
MAX_MESSAGE_LINKS = 2
_MESSAGE_LINK = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
MAX_PAGE_ADVERTS = 20  # a channel page can hold many posts; the riskiest one is shown
MAX_EVIDENCE = 5

# Flags that mean work abroad even when no country was named ("visa turis", "ke Timur Tengah").
ABROAD_CODES = frozenset({"visa_misuse", "restricted_destination"})
G2G_COUNTRIES = frozenset({"KR", "JP"})

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
# "www.contoh.com/loker" or "loker-ku.id/123": a bare domain someone copied without a scheme.
_BARE_DOMAIN = re.compile(r"^(www\.)?[\w-]+(\.[\w-]+)*\.[a-zA-Z]{2,}(:\d+)?([/?#]\S*)?$")


@dataclass(frozen=True)
class CheckInput:
    kind: InputKind
    value: str  # the text, or the URL (with a scheme), cleaned by citizen.text_input
    cleaned: bool = False  # cleaning changed the text (the answer then shows what was checked)


def _cleaned(value: str, field: str) -> str:
    """:func:`citizen.text_input.clean` with the citizens' error (before any batch: a NUL or a lone
    surrogate is refused here, so it never reaches the classifier)."""
    try:
        return text_input.clean(value, field)
    except text_input.BadText as exc:
        raise CheckError("bad_characters", detail=exc.detail, field=field) from None


def refuse_bad(value: str, field: str) -> str:
    """A tip's message or contact: stored as written, but never with NUL or a lone surrogate."""
    try:
        return text_input.refuse_bad(value, field)
    except text_input.BadText as exc:
        raise CheckError("bad_characters", detail=exc.detail, field=field) from None


def _as_url(value: str) -> str:
    """Validate a URL as typed; add ``https://`` to a bare domain. CheckError if it is none."""
    url = value.strip()
    if len(url) > MAX_URL_CHARS or any(c.isspace() for c in url):
        raise CheckError("not_url", detail="not a single URL")
    if not _SCHEME.match(url):
        if _BARE_DOMAIN.match(url):
            return "https://" + url
        raise CheckError("not_url", detail="no http:// or https:// scheme")
    if not url.lower().startswith(("http://", "https://")) or len(url) <= len("https://"):
        raise CheckError("not_url", detail="only http and https links can be checked")
    return url


def parse_input(text: object = None, url: object = None, *, max_chars: int) -> CheckInput:
    """The JSON API's ``{"text": ...}`` or ``{"url": ...}``; CheckError says what to fix.

    Both are cleaned first (:mod:`citizen.text_input`): NUL and lone surrogates are refused,
    invisible characters removed and the text brought to NFKC, so text that holds only
    invisible characters is empty."""
    if (text is not None and not isinstance(text, str)) or (
        url is not None and not isinstance(url, str)
    ):
        raise CheckError("bad_request", 400, detail='"text" and "url" must be strings')
    original = text
    if isinstance(text, str):
        text = _cleaned(text, "text")
    if isinstance(url, str):
        url = _cleaned(url, "url")
    has_text = isinstance(text, str) and text.strip() != ""
    has_url = isinstance(url, str) and url.strip() != ""
    if has_text and has_url:
        raise CheckError("both", 400, detail='give "text" or "url", not both')
    if has_url:
        assert isinstance(url, str)
        return CheckInput("url", _as_url(url))
    if not has_text:
        raise CheckError("empty", detail='"text" or "url" is missing or empty')
    assert isinstance(text, str) and isinstance(original, str)
    if len(text) > max_chars:
        raise CheckError("too_long", detail=f"more than {max_chars} characters", max=max_chars)
    return CheckInput("text", text.strip(), cleaned=text != original)


def sniff_input(value: object, *, max_chars: int) -> CheckInput:
    """One box for both (the page's form, the command line): a lone link is a URL."""
    if not isinstance(value, str):
        raise CheckError("empty", detail="nothing was given")
    given, value = value, _cleaned(value, "text")
    if not value.strip():
        raise CheckError("empty", detail="nothing was given")
    stripped = value.strip()
    single = not any(c.isspace() for c in stripped)
    linkish = stripped.lower().startswith(("http://", "https://")) or _BARE_DOMAIN.match(stripped)
    if single and linkish:
        return parse_input(url=stripped, max_chars=max_chars)
    inp = parse_input(text=value, max_chars=max_chars)
    return replace(inp, cleaned=value != given)


def reasons_of(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The red flags a citizen is shown: those with words of the advert as evidence. The
    classifier's ``model_only_flags`` (and, from an older classifier, flags without evidence)
    are never shown to citizens nor counted for the band."""
    return flag_rules.reasons(result.get("red_flags"))


def band_for(result: dict[str, Any]) -> Band:
    """The band of a classifier result, by the one rule the investigators' queue, pages and
    alerts use too (:func:`vocabulary.bands.risk_band`): the verdict picks "high"; below it, a
    serious flag or two flags give "medium", because a citizen should look twice before
    paying. Only flags with evidence count (:func:`reasons_of`)."""
    return risk_band(bool(result["suspicious"]), (str(f["code"]) for f in reasons_of(result)))


def is_not_an_advert(result: dict[str, Any], text: str) -> bool:
    """Nothing in ``text`` says "job offer" (:mod:`citizen.job_like`: no job word, and no
    salary, kind of job, company or destination among the classifier's entities) and the
    classifier found no red flag nor gave its verdict: "halo" gets no "Tampak wajar"."""
    if result["suspicious"] or reasons_of(result):
        return False
    return not looks_like_job_offer(text, result.get("entities"))


@dataclass
class Reading:
    """What was classified: the adverts found (one for pasted text) and, for a URL, the page."""

    kind: InputKind
    adverts: list[Any]  # classifier.pipeline.AdvertInput
    items: list[Any] = field(default_factory=list)  # crawler.items.AdvertItem, for URLs
    page: FetchedPage | None = None
    url: str | None = None
    cleaned: bool = False  # pasted text that cleaning changed (CheckInput.cleaned)
    links_read: list[str] = field(default_factory=list)  # links of a pasted message, read
    picture: Any = None  # pictures.PictureText, for an image (citizen.picture_check)


@dataclass
class CheckResult:
    reading: Reading
    index: int  # which advert of the reading is reported (the riskiest)
    result: dict[str, Any]  # classifier Result.to_dict()
    band: Band
    channels: ReportChannels
    # Contacts of the advert with reports confirmed by investigators ("Cek nomor"): said first.
    reported: list[NumberAnswer] = field(default_factory=list)

    @property
    def advert(self) -> Any:
        return self.reading.adverts[self.index]

    def to_dict(self, lang: Lang) -> dict[str, Any]:
        """The answer. For ``band == "not_an_advert"`` the shape is the same, with no red
        flags and no checks, and ``advice.paste_instead`` says what to paste (it is null
        otherwise)."""
        not_advert = self.band == "not_an_advert"
        flags = [] if not_advert else [self._flag(f, lang) for f in reasons_of(self.result)]
        countries = {d.get("country") for d in self.result["entities"].get("destinations", [])}
        source: dict[str, Any] = {"kind": self.reading.kind}
        if self.reading.cleaned:
            # Invisible characters were removed or letters normalised: the evidence offsets
            # are in the text that was checked, so the answer carries it.
            source["text"] = self.advert.text
        if self.reading.links_read:
            # Which links of the message were opened, and (when the answer is about the message
            # with a page) the text that was judged: the evidence offsets point into it.
            source["links_read"] = self.reading.links_read
            if self.index > 0:
                source["link"] = self.reading.links_read[self.index - 1]
                source["text"] = self.advert.text
        if self.reading.kind == "url":
            source |= {
                "url": self.reading.url,
                "final_url": self.reading.page.url if self.reading.page else self.reading.url,
                "title": self.advert.title or "",
                "text": self.advert.text,
                "adverts_found": len(self.reading.adverts),
            }
        if self.reading.kind == "image" and self.reading.picture is not None:
            # The words read, so the person sees what the machine saw (and can correct it by
            # pasting); the evidence offsets point into this text.
            source |= {"text": self.advert.text, **self.reading.picture.summary()}
        return {
            "reported_contacts": in_advert(self.reported, lang),
            "band": self.band,
            "band_label": BAND_LABEL[lang][self.band],
            "score": round(float(self.result["score"]), 3),
            "suspicious": bool(self.result["suspicious"]),
            "red_flags": flags,
            "advice": {
                "summary": BAND_SUMMARY[lang][self.band],
                "paste_instead": PASTE_INSTEAD[lang] if not_advert else None,
                "checks": []
                if not_advert
                else self._checks(lang, [f["code"] for f in flags], countries),
                "report": self.channels.to_dict(lang),
            },
            "note": NOTE[lang],
            "input": source,
            "lang": lang,
            "model": self.result.get("model", ""),
        }

    @staticmethod
    def _flag(flag: dict[str, Any], lang: Lang) -> dict[str, Any]:
        seen: set[str] = set()
        evidence: list[dict[str, Any]] = []
        for span in flag.get("evidence", []):
            key = span["text"].strip().lower()
            if key and key not in seen and len(evidence) < MAX_EVIDENCE:
                seen.add(key)
                evidence.append({"start": span["start"], "end": span["end"], "text": span["text"]})
        code = flag["code"]
        return {
            "code": code,
            "label": flag["label"],  # Indonesian, as in docs/red_flags.md
            "title": FLAG_LABEL_EN.get(code, flag["label"]) if lang == "en" else flag["label"],
            "explanation": FLAG_EXPLANATION[lang].get(code, flag.get("reason", "")),
            "evidence": evidence,
            "score": round(float(flag["score"]), 3),
        }

    def _checks(self, lang: Lang, codes: list[str], countries: set[Any]) -> list[dict[str, Any]]:
        abroad = bool(countries - {"ID", None, ""}) or bool(ABROAD_CODES.intersection(codes))
        keys: list[str] = []
        if countries & G2G_COUNTRIES:
            keys.append("g2g")
        flagged = {key for code in codes for key in FLAG_CHECKS.get(code, ())}
        if not abroad:  # a job at home: its own advice, not the placement checklist
            flagged = (flagged - ABROAD_ONLY_CHECKS) | ({"local_company"} if flagged else set())
        keys.extend(key for key in CHECK_URGENCY if key in flagged)
        keys.extend(ALWAYS_CHECKS if abroad else ALWAYS_CHECKS_LOCAL)
        out = []
        for key in dict.fromkeys(keys):
            links = [link for k in CHECK_LINKS.get(key, ()) if (link := self.channels.link(k))]
            out.append({"key": key, "text": CHECKS[lang][key], "links": links})
        return out


class Checker:
    """Everything a check needs, built once per app (or per command run)."""

    def __init__(
        self,
        settings: Settings,
        get_classifier: Callable[[], Any],
        *,
        fetcher: SafeFetcher | None = None,
        channels: ReportChannels | None = None,
    ) -> None:
        self.settings = settings
        self.max_chars = settings.check_max_chars
        self.fetcher = fetcher or SafeFetcher(
            allow_list=parse_allow_list(settings.fetch_allow_list),
            user_agent=settings.user_agent,
        )
        self.channels = channels or load_channels(settings.report_channels_file, settings.region)
        self.batcher = Batcher(get_classifier, cache_size=settings.check_cache_size)
        # Set where a database is at hand (the app, the CLI): the advert's phone numbers,
        # e-mails and accounts are looked up among confirmed reports.
        self.numbers: NumberChecker | None = None
        self.pictures = PictureReader(
            Limits(
                max_bytes=settings.picture_max_bytes,
                max_pixels=settings.picture_max_pixels,
                pdf_pages=settings.picture_pdf_pages,
                timeout_s=settings.ocr_timeout_s,
                languages=settings.ocr_languages,
                concurrency=settings.ocr_concurrency,
            )
        )

    def read(self, inp: CheckInput) -> Reading:
        # Imported here, after the cheap refusals: the classifier package loads torch.
        if inp.kind == "text":
            from classifier.pipeline import AdvertInput

            message = AdvertInput(text=inp.value)
            linked = self._read_links(inp.value)
            return Reading(
                "text",
                [message, *(advert for _, advert in linked)],
                cleaned=inp.cleaned,
                links_read=[url for url, _ in linked],
            )
        try:
            page = self.fetcher.fetch(inp.value)
        except FetchError as exc:
            raise CheckError.from_fetch(exc) from None
        from classifier.pipeline import AdvertInput
        from crawler.extract import extract_page

        items = [it for it in extract_page(page.text, page.url) if it.text().strip()]
        if not items:
            raise CheckError("no_advert", detail="no job advert found on the page")
        items = items[:MAX_PAGE_ADVERTS]
        adverts = [
            AdvertInput(
                text=it.text()[: self.max_chars], title=it.title or None, url=it.url or page.url
            )
            for it in items
        ]
        return Reading("url", adverts, items=items, page=page, url=inp.value)

    def _read_links(self, message: str) -> list[tuple[str, Any]]:
        """The pages a pasted message links to, each read with the message in front of it.

        "...Lihat di sini ya: http://..." is judged by what the page says too: the message and
        the page together are one advert (a fee on the page and a WhatsApp number in the
        message are one offer). At most ``MAX_MESSAGE_LINKS`` links, within the fetcher's time
        budget for one link check; a link that cannot be read is skipped, never an error, since
        the message itself is still checked."""
        from classifier.pipeline import AdvertInput
        from crawler.extract import extract_page

        out: list[tuple[str, Any]] = []
        deadline = time.monotonic() + self.fetcher.timeout_s
        for url in list(dict.fromkeys(_MESSAGE_LINK.findall(message)))[:MAX_MESSAGE_LINKS]:
            if time.monotonic() >= deadline:
                break
            url = url.rstrip(".,;:!?)]}\"'")
            try:
                page = self.fetcher.fetch(url)
            except FetchError:
                continue
            items = [it for it in extract_page(page.text, page.url) if it.text().strip()]
            if not items:
                continue
            page_text = "\n".join(filter(None, [items[0].title, items[0].text()]))
            combined = f"{message}\n\n{page_text}"[: self.max_chars]
            out.append((url, AdvertInput(text=combined, url=page.url)))
        return out

    def check(self, inp: CheckInput) -> CheckResult:
        """Read, classify and band one input (render with ``.to_dict(lang)``)."""
        return self.classify(self.read(inp))

    def classify(self, reading: Reading) -> CheckResult:
        results = self.batcher.classify(reading.adverts)
        index = max(range(len(results)), key=lambda i: float(results[i]["score"]))
        result = results[index]
        advert = reading.adverts[index]
        text = f"{advert.title or ''}\n{advert.text}"
        band: Band = "not_an_advert" if is_not_an_advert(result, text) else band_for(result)
        reported = self.numbers.reported_in(result["entities"]) if self.numbers else []
        return CheckResult(reading, index, result, band, self.channels, reported)
