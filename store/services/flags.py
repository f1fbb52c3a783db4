"""Which red flags are reasons: the one rule every page, API, alert, report and export follows.

A red flag is a *reason* only when the classifier quotes words of the advert for it (at least
one evidence span with text). A flag the neural network suspects with nothing in the advert to
quote is a *model suspicion* ("Dugaan model"): investigators may see it, apart from the reasons
and labelled as such; it is never shown to citizens, never counted in reports, never matched
by alert rules and never opens a case.

Since the classifier separated them, ``Result.to_dict()`` has ``red_flags`` (with evidence)
and ``model_only_flags`` (``{code, label, score}``). Classifications stored before then have
only ``red_flags``, some of them without evidence; :func:`reasons` and :func:`model_only` read
both shapes the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from vocabulary.red_flags import RED_FLAG_LABELS

MODEL_ONLY_LABEL = "Dugaan model (tanpa kutipan bukti)"
MODEL_ONLY_NOTE = (
    "Model bahasa menduga tanda ini, tetapi tidak ada kata di iklan yang mendukungnya. "
    "Ini bukan alasan; periksa sendiri sebelum memakainya."
)


def has_evidence(flag: Mapping[str, Any]) -> bool:
    """At least one evidence span with words in it."""
    spans = flag.get("evidence") or []
    return any(isinstance(s, Mapping) and str(s.get("text") or "").strip() for s in spans)


def reasons(red_flags: Iterable[Mapping[str, Any]] | None) -> list[dict[str, Any]]:
    """The flags that may be shown or counted as reasons, in the classifier's order."""
    return [dict(f) for f in red_flags or () if has_evidence(f)]


def model_only(
    red_flags: Iterable[Mapping[str, Any]] | None,
    model_only_flags: Iterable[Mapping[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """The model's suspicions as ``{code, label, score}``: ``model_only_flags`` plus any flag of
    ``red_flags`` without evidence (older classifications), one per code, highest score first.
    A code that is also a reason is left out (the reason says it already)."""
    flags = list(red_flags or ())
    as_reason = {str(f.get("code", "")) for f in flags if has_evidence(f)}
    found: dict[str, dict[str, Any]] = {}
    for f in [*(model_only_flags or ()), *(f for f in flags if not has_evidence(f))]:
        code = str(f.get("code") or "")
        if not code or code in as_reason:
            continue
        score = round(float(f.get("score") or 0.0), 4)
        if code not in found or score > found[code]["score"]:
            found[code] = {
                "code": code,
                "label": RED_FLAG_LABELS.get(code, str(f.get("label") or code)),
                "score": score,
            }
    return sorted(found.values(), key=lambda f: (-f["score"], f["code"]))
