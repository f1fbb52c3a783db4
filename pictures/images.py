"""Opening an uploaded picture without trusting it, preparing it for OCR, and the copy that may
be stored (its metadata gone).

Pillow reads only the header when a file is opened, so the dimensions are checked before a
single pixel is decoded: a 30,000 x 30,000 PNG of a few kilobytes (a decompression bomb) is
refused without allocating its 2.7 GB. Pillow's own bomb guard is set explicitly too, in case
a format reports its size late, and truncated files are an error rather than a half-grey
picture (Pillow's LOAD_TRUNCATED_IMAGES stays off).
"""

from __future__ import annotations

import contextlib
import io

from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

from pictures.errors import PictureError
from pictures.sniff import Kind

# The hard ceiling for any picture in this process: Pillow raises DecompressionBombError past
# twice this. The per-app limit (Limits.max_pixels, at most this) is checked right after.
Image.MAX_IMAGE_PIXELS = 100_000_000
ImageFile.LOAD_TRUNCATED_IMAGES = False

MIN_SIDE = 16  # smaller than this holds no readable word
MAX_SIDE = 25_000  # a long scrolling screenshot is ~20,000 px; Tesseract stops at 32,767
# OCR works on at most this many pixels: a 12-megapixel phone photo keeps its size, larger
# ones are scaled down (text on a flyer stays far above Tesseract's ~20 px letter height).
OCR_PIXELS = 12_000_000
# Small screenshots are enlarged: Tesseract reads letters best at 20-40 px high, and a chat
# screenshot's 13 px letters are read far better at twice the size.
UPSCALE_BELOW_WIDTH = 1000


def check_dimensions(width: int, height: int, max_pixels: int) -> None:
    if width * height > max_pixels:
        raise PictureError(
            "too_many_pixels",
            f"{width}x{height} is more than {max_pixels} pixels",
            max_megapixels=max_pixels // 1_000_000,
        )
    if min(width, height) < MIN_SIDE or max(width, height) > MAX_SIDE:
        raise PictureError(
            "bad_dimensions",
            f"{width}x{height}: each side must be {MIN_SIDE} to {MAX_SIDE} pixels",
            min=MIN_SIDE,
            max=MAX_SIDE,
        )


def open_picture(data: bytes, kind: Kind, max_pixels: int) -> Image.Image:
    """The picture's first frame, decoded, upright (EXIF orientation applied), in RGB with any
    transparency laid on white. PictureError for anything that cannot be decoded safely."""
    try:
        # Pillow checks its own ceiling when it reads the header (DecompressionBombError);
        # ours, lower, right after, still before any pixel is decoded. (Between the two,
        # Pillow only warns, and the warning filter is process-wide, so it is not relied on.)
        img: Image.Image = Image.open(io.BytesIO(data), formats=[kind.upper()])
        check_dimensions(img.width, img.height, max_pixels)
        img.seek(0)  # GIF and WebP: the first frame only, whatever the frame count
        img.load()
    except PictureError:
        raise
    except Image.DecompressionBombError as exc:
        raise PictureError(
            "too_many_pixels", str(exc), max_megapixels=max_pixels // 1_000_000
        ) from None
    except UnidentifiedImageError:
        raise PictureError("damaged", f"not a readable {kind} file") from None
    except (OSError, SyntaxError, ValueError, EOFError, IndexError) as exc:
        # "image file is truncated", "broken data stream", a bad chunk, a frame past the end
        raise PictureError("damaged", f"{kind}: {exc}"[:200]) from None
    # A broken EXIF block: keep the picture as it is stored.
    with contextlib.suppress(OSError, ValueError, SyntaxError):
        img = ImageOps.exif_transpose(img) or img
    return _flatten(img)


def _flatten(img: Image.Image) -> Image.Image:
    """RGB, with transparent parts white (text drawn on a transparent PNG would otherwise
    disappear into a black background)."""
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    return img.convert("RGB")


def for_ocr_scale(width: int, height: int) -> float:
    """The factor :func:`for_ocr` resizes a picture of this size by."""
    pixels = width * height
    if pixels > OCR_PIXELS:
        return float((OCR_PIXELS / pixels) ** 0.5)
    if width < UPSCALE_BELOW_WIDTH and pixels * 4 <= OCR_PIXELS:
        return 2.0
    return 1.0


def for_ocr(img: Image.Image) -> Image.Image:
    """Greyscale, at a size Tesseract reads well (:func:`for_ocr_scale`)."""
    gray = img.convert("L")
    scale = for_ocr_scale(gray.width, gray.height)
    if scale == 1.0:
        return gray
    size = (max(1, round(gray.width * scale)), max(1, round(gray.height * scale)))
    return gray.resize(size, Image.Resampling.LANCZOS)


def evidence_copy(img: Image.Image, kind: Kind) -> tuple[bytes, str]:
    """The copy that may be stored: encoded again from the decoded pixels, so no metadata of
    the original (EXIF with GPS position and camera, XMP, comments, text chunks) survives. A
    photo stays JPEG (PNG would be several times larger); everything else becomes PNG, which
    loses nothing. The picture is stored upright, as the person saw it."""
    out = io.BytesIO()
    img = img.copy()
    # Pillow writes some of the original's metadata again from ``info`` (a JPEG comment, for
    # one) unless told otherwise: the copy starts with none.
    img.info = {}
    if kind == "jpeg":
        img.save(out, "JPEG", quality=92, optimize=True)
        return out.getvalue(), "image/jpeg"
    img.save(out, "PNG", optimize=False, compress_level=6)
    return out.getvalue(), "image/png"
