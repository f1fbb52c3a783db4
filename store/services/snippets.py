"""How the data layer quotes an advert in the text it stores: an evidence span with a little of
the advert around it, and numbers with the Indonesian decimal comma. Alert payloads are written
with these (in the advert's transaction) and the alert messages read them back."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

SNIPPET_CONTEXT = 50  # characters of the advert shown either side of an evidence span
MAX_SNIPPETS_PER_FLAG = 2


def evidence_snippets(body: str, evidence: Sequence[dict[str, Any]]) -> list[str]:
    """Each evidence span with a little of the advert around it, the span in «guillemets».

    The classifier's offsets index the text it was given (title and body joined by the
    crawler), so the span is located again by its text in the stored body; when it is not
    there (a span from the title, say) the span alone is shown.
    """
    out: list[str] = []
    for ev in evidence[:MAX_SNIPPETS_PER_FLAG]:
        text = str(ev.get("text", "")).strip()
        if not text:
            continue
        at = body.find(text)
        if at < 0:
            out.append(f"«{text}»")
            continue
        start = max(0, at - SNIPPET_CONTEXT)
        end = min(len(body), at + len(text) + SNIPPET_CONTEXT)
        before = body[start:at]
        after = body[at + len(text) : end]
        snippet = f"{'…' if start else ''}{before}«{text}»{after}{'…' if end < len(body) else ''}"
        out.append(" ".join(snippet.split()))
    return out


def decimal(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")  # Indonesian decimal comma
