"""The words of an alert: evidence in context, signatures, e-mails and webhook bodies."""

from __future__ import annotations

from alerts import messages as m
from store.services.snippets import evidence_snippets


def test_evidence_snippets_show_the_span_in_context() -> None:
    body = "Awal. " + "x " * 40 + "Biaya proses Rp 3.500.000 transfer ke rek BRI. " + "y " * 40
    [snippet] = evidence_snippets(body, [{"start": 0, "end": 5, "text": "Biaya proses"}])
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "x «Biaya proses» Rp 3.500.000 transfer" in snippet
    # A span that is not in the stored body (from the title, say) is shown alone.
    assert evidence_snippets(body, [{"text": "LOKER KAMBOJA"}]) == ["«LOKER KAMBOJA»"]


def test_signature_is_hmac_sha256_of_the_raw_body() -> None:
    # Known answer (RFC 4231 test case 2), so receivers in any language can check theirs.
    assert m.sign("Jefe", b"what do ya want for nothing?") == (
        "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    )
