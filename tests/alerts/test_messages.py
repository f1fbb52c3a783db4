"""The words of an alert: labels shared with the classifier, bands, evidence in context."""

from __future__ import annotations

from classifier.labels import RED_FLAG_LABELS as CLASSIFIER_LABELS
from store.services import alert_messages as m


def test_red_flag_labels_are_the_classifiers() -> None:
    # store may not import classifier, so the table is repeated; it must not drift.
    assert m.RED_FLAG_LABELS == CLASSIFIER_LABELS


def test_bands_from_the_score() -> None:
    assert [m.band(s) for s in (0.0, 0.39, 0.4, 0.69, 0.7, 1.0, None)] == [
        "low", "low", "medium", "medium", "high", "high", "low",
    ]  # fmt: skip
    assert m.BAND_LABEL == {"low": "Tampak wajar", "medium": "Hati-hati", "high": "Berbahaya"}


def test_evidence_snippets_show_the_span_in_context() -> None:
    body = "Awal. " + "x " * 40 + "Biaya proses Rp 3.500.000 transfer ke rek BRI. " + "y " * 40
    [snippet] = m.evidence_snippets(body, [{"start": 0, "end": 5, "text": "Biaya proses"}])
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "x «Biaya proses» Rp 3.500.000 transfer" in snippet
    # A span that is not in the stored body (from the title, say) is shown alone.
    assert m.evidence_snippets(body, [{"text": "LOKER KAMBOJA"}]) == ["«LOKER KAMBOJA»"]


def test_signature_is_hmac_sha256_of_the_raw_body() -> None:
    # Known answer (RFC 4231 test case 2), so receivers in any language can check theirs.
    assert m.sign("Jefe", b"what do ya want for nothing?") == (
        "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    )
