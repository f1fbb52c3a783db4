"""A perceptual hash: the same flyer gives the same 64 bits, or nearly, after it is resized,
recompressed, screenshotted or lightly cropped; different flyers differ in about half.

It is pHash as the imagehash library computes it (greyscale, 32 x 32, 2-D DCT, the 8 x 8
lowest frequencies against their median), written here with scipy's DCT (a dependency
already) rather than adding imagehash and its PyWavelets for these lines.
"""

from __future__ import annotations

import numpy as np
from PIL import Image
from scipy.fft import dct

BITS = 64


def phash(img: Image.Image) -> str:
    """The hash as 16 hex digits."""
    small = img.convert("L").resize((32, 32), Image.Resampling.LANCZOS)
    pixels = np.asarray(small, dtype=np.float64)
    freq = dct(dct(pixels, axis=0, norm="ortho"), axis=1, norm="ortho")[:8, :8]
    bits = (freq > np.median(freq)).flatten()
    return f"{int(''.join('1' if b else '0' for b in bits), 2):016x}"


def distance(a: str, b: str) -> int:
    """How many of the 64 bits differ."""
    return (int(a, 16) ^ int(b, 16)).bit_count()
