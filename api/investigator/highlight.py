"""The advert text with each red flag's evidence marked: ``<mark data-code="...">``.

Everything is escaped; marks come only from offsets. Overlapping spans are merged into one
mark that carries every code, so nested or crossing tags never happen.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from markupsafe import Markup, escape

from api.investigator.present import flag_label, flag_order


def locate(body: str, span: dict[str, Any]) -> tuple[int, int] | None:
    """The span's place in ``body``: its offsets when they still point at its text, else the
    first occurrence of its text (a span found in the title, or text that has since changed)."""
    start, end, text = span.get("start"), span.get("end"), str(span.get("text") or "")
    in_range = isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(body)
    if in_range and (not text or body[start:end] == text):
        return start, end  # type: ignore[return-value]
    if text:
        at = body.find(text)
        if at >= 0:
            return at, at + len(text)
    return None


def merge(spans: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, list[str]]]:
    """Sorted, non-overlapping (start, end, codes); overlapping spans become one."""
    merged: list[tuple[int, int, list[str]]] = []
    for start, end, code in sorted(spans):
        if merged and start < merged[-1][1]:
            s, e, codes = merged[-1]
            merged[-1] = (s, max(e, end), codes if code in codes else [*codes, code])
        else:
            merged.append((start, end, [code]))
    return [(s, e, sorted(codes, key=flag_order)) for s, e, codes in merged]


def highlight(body: str, spans: Iterable[tuple[int, int, str]]) -> Markup:
    out: list[str] = []
    pos = 0
    for start, end, codes in merge(spans):
        out.append(str(escape(body[pos:start])))
        labels = "; ".join(flag_label(c) for c in codes)
        out.append(
            f'<mark data-code="{escape(" ".join(codes))}" title="{escape(labels)}">'
            f"{escape(body[start:end])}</mark>"
        )
        pos = end
    out.append(str(escape(body[pos:])))
    return Markup("".join(out))
