"""Small screenshots for the digest: the top of the page as the crawl's browser saw it, shrunk
to a thumbnail and embedded as a data: URI (the digest is one file that loads nothing; its CSP
allows images from data: only). Only pages the crawl rendered have a screenshot.
"""

from __future__ import annotations

import base64
import io

__all__ = ["THUMB_WIDTH", "thumbnail"]

THUMB_WIDTH = 240
_ASPECT = 3 / 4  # height / width: the first screen of a desktop page, not its whole length
_MAX_PIXELS = 40_000_000  # our own screenshots are at most 1920 x 8000; anything more is not ours


def thumbnail(png: bytes | None) -> str | None:
    """A JPEG thumbnail of a screenshot's top as a data: URI; None when there is none or the
    bytes do not decode (a digest never fails for a picture)."""
    if not png:
        return None
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(png)) as image:
            width, height = image.size
            if width < 1 or height < 1 or width * height > _MAX_PIXELS:
                return None
            top = image.crop((0, 0, width, min(height, int(width * _ASPECT)))).convert("RGB")
            top.thumbnail((THUMB_WIDTH, int(THUMB_WIDTH * _ASPECT)))
            out = io.BytesIO()
            top.save(out, "JPEG", quality=70, optimize=True)
    except (OSError, ValueError, UnidentifiedImageError, Image.DecompressionBombError):
        return None
    return "data:image/jpeg;base64," + base64.b64encode(out.getvalue()).decode("ascii")
