"""Near-duplicate signatures are stored on every advert, so they must never drift: a new
signature that differs from the stored ones would stop reposts from being linked."""

import numpy as np
from datasketch import MinHash

from store.fingerprint import BUCKETS, NUM_PERM, bucket_hashes, shingles, signature, similarity

TEXT = "Dicari pekerja pabrik ke Taiwan gaji 30 juta tanpa biaya"


def test_signature_is_the_minhash_of_the_word_shingles_with_seed_1() -> None:
    fresh = MinHash(num_perm=NUM_PERM, seed=1)  # what earlier versions computed per advert
    fresh.update_batch([s.encode() for s in shingles(TEXT)])
    assert signature(TEXT) == np.asarray(fresh.hashvalues, dtype="<u4").tobytes()
    # Pinned bytes: a library upgrade that changed the hashing would fail here first.
    assert signature(TEXT).hex().startswith("088559427a7e2542a7cacf320e207c09")


def test_signatures_are_independent_between_adverts() -> None:
    # The permutations are shared between calls; the values must not be.
    first = signature(TEXT)
    other = signature("Lowongan kasir toko roti di Jambi, lamaran ke kantor")
    assert signature(TEXT) == first
    assert similarity(first, other) < 0.2
    assert similarity(first, signature(TEXT + " segera")) > 0.7


def test_bucket_hashes_are_pinned() -> None:
    # Stored in advert_bands for every advert: a change here would stop new adverts from
    # finding the stored ones as near-duplicate candidates.
    hashes = bucket_hashes(signature(TEXT))
    assert len(hashes) == BUCKETS == 16
    assert hashes[:2] == [8758097178149113580, 8450271267143892441]
    assert all(0 <= h < 2**63 for h in hashes)
