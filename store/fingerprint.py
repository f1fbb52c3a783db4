"""Content hashes and near-duplicate fingerprints of advert text.

``content_hash`` decides "changed or not" (exact, after whitespace/case folding).
Near-duplicates (reposts on another URL, small edits) are found with MinHash over word
3-shingles and locality-sensitive hashing: the 64-value signature is cut into 16 buckets of 4
values (the "bands" of the LSH literature; here "bucket", so that "band" only ever means a risk
band, :mod:`vocabulary.bands`); two adverts sharing any bucket are candidates (an indexed lookup
in the ``advert_bands`` table, whose name predates the word), and a candidate is a
near-duplicate when the signatures agree on at least ``NEAR_DUP_JACCARD`` of their values (the
estimated Jaccard similarity). 16 buckets x 4 values puts the LSH threshold near
(1/16)^(1/4) = 0.5, comfortably below 0.7, so true near-duplicates are rarely missed.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash

NUM_PERM = 64
BUCKETS = 16
VALUES_PER_BUCKET = NUM_PERM // BUCKETS
NEAR_DUP_JACCARD = 0.7
_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    return " ".join(text.lower().split())


def content_hash(title: str, body: str) -> str:
    return hashlib.sha256(f"{fold(title)}\n{fold(body)}".encode()).hexdigest()


def shingles(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) < 3:
        return {" ".join(words)}
    return {" ".join(words[i : i + 3]) for i in range(len(words) - 2)}


# The random permutations depend only on NUM_PERM and the seed: drawn once, not per advert
# (drawing them was 3 % of a crawl's time). Same seed, so the same signatures as before.
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=1)


def signature(text: str) -> bytes:
    """The MinHash signature as bytes (64 x uint32), stored on the advert."""
    mh = MinHash(
        num_perm=NUM_PERM, seed=1, permutations=_TEMPLATE.permutations, scheme=_TEMPLATE.scheme
    )
    mh.update_batch([s.encode() for s in shingles(text)])
    return np.asarray(mh.hashvalues, dtype="<u4").tobytes()


def bucket_hashes(sig: bytes) -> list[int]:
    """One signed 63-bit integer per bucket (fits a BIGINT on every backend)."""
    out = []
    width = VALUES_PER_BUCKET * 4  # bytes: uint32 values
    for b in range(BUCKETS):
        chunk = sig[b * width : (b + 1) * width]
        out.append(int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "big") >> 1)
    return out


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures."""
    va = np.frombuffer(a, dtype="<u4")
    vb = np.frombuffer(b, dtype="<u4")
    return float(np.mean(va == vb))
