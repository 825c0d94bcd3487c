"""Safe decoding of an image someone forwarded: bytes in, one RGB picture out, or a CheckError.

Images are hostile input like pages: a 40-kB PNG can declare 50,000 x 50,000 pixels (a
decompression bomb), a GIF can hold thousands of frames, a file can be cut short or be
something else with an image's name. The byte size is capped before Pillow sees the data,
the pixel count is checked from the header before any pixel is decoded, only the first
frame of an animation is read, and the EXIF orientation a phone camera writes is applied
(a sideways screenshot reads as nothing).
"""

from __future__ import annotations

import hashlib
import io
import re
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING

from checker.errors import CheckError

if TYPE_CHECKING:  # Pillow is imported where an image is decoded: a page check only sniffs
    from PIL import Image  # a file's first bytes, and Pillow is ~10 ms of its cold start

__all__ = ["DecodedImage", "FORMATS", "ImageLimits", "decode_image", "sniff_image"]

# What a chat forwards: PNG and JPEG screenshots, WebP from newer apps, GIF (first frame).
FORMATS = ("PNG", "JPEG", "WEBP", "GIF")
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG"), (b"\xff\xd8\xff", "JPEG"), (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
)


@dataclass(frozen=True)
class ImageLimits:
    max_bytes: int = 20_000_000      # a phone screenshot is 0.2-3 MB
    max_pixels: int = 40_000_000     # 40 MP: a 1080x2400 screenshot is 2.6 MP


@dataclass(frozen=True)
class DecodedImage:
    """The picture to read (RGB, orientation applied) and what the report says about the file."""

    image: Image.Image = None  # type: ignore[assignment]
    sha256: str = ""
    format: str = ""           # PNG | JPEG | WEBP | GIF
    width: int = 0             # after the EXIF orientation was applied
    height: int = 0
    frames: int = 1            # an animation's frame count; only the first is read
    size: int = 0              # bytes


def sniff_image(data: bytes) -> str | None:
    """The image format the first bytes say, whatever the file's name: PNG, JPEG, GIF, WEBP."""
    head = data[:16]
    for magic, fmt in _MAGIC:
        if head.startswith(magic):
            return fmt
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    return None


def decode_image(data: bytes, name: str, limits: ImageLimits = ImageLimits()) -> DecodedImage:
    """Decode `data` (from file or upload `name`, used in errors only) or raise CheckError."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    if len(data) > limits.max_bytes:
        raise CheckError("image_too_large", path=name, limit=limits.max_bytes)
    fmt = sniff_image(data)
    if fmt is None:
        raise CheckError("image_unknown_format", path=name)
    try:
        with warnings.catch_warnings():
            # Pillow warns past half its own bomb limit and raises past it; ours is checked
            # below from the header, so its global is never relied on (other code may set it).
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data), formats=[fmt])
            width, height = img.size
            if width <= 0 or height <= 0:
                raise CheckError("image_corrupt", path=name, reason="0 pixels")
            if width * height > limits.max_pixels:
                raise CheckError("image_too_many_pixels", path=name, width=width,
                                 height=height, limit=limits.max_pixels)
            frames = getattr(img, "n_frames", 1)
            img.seek(0)
            img.load()
            # The EXIF orientation of a phone photo; the cap holds whatever it says.
            img = ImageOps.exif_transpose(img)
            picture = _rgb(img)
    except CheckError:
        raise
    except Image.DecompressionBombError as exc:
        # Past twice Pillow's own limit it refuses in open(), before our check runs.
        size = re.search(r"\((\d+) pixels\)", str(exc))
        raise CheckError("image_too_many_pixels", path=name, width="?", height="?",
                         limit=limits.max_pixels, pixels=size.group(1) if size else "?") from None
    except ( UnidentifiedImageError, OSError, SyntaxError,
            ValueError, EOFError, IndexError, TypeError, MemoryError) as exc:
        # Pillow's errors for truncated, malformed or lying files are this zoo of types.
        raise CheckError("image_corrupt", path=name, reason=_reason(exc)) from None
    return DecodedImage(picture, hashlib.sha256(data).hexdigest(), fmt, picture.width,
                        picture.height, frames, len(data))


def _rgb(img: Image.Image) -> Image.Image:
    """RGB on white: a transparent PNG's see-through parts show as the chat's white."""
    from PIL import Image

    if img.mode in ("RGBA", "LA") or (img.mode == "P" and "transparency" in img.info):
        img = img.convert("RGBA")
        canvas = Image.new("RGB", img.size, (255, 255, 255))
        canvas.paste(img, mask=img.getchannel("A"))
        return canvas
    return img.convert("RGB")


def _reason(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    # Pillow names the buffer it read ("cannot identify image file <_io.BytesIO object at
    # 0x7f...>"): a Python address says nothing to the user.
    return re.sub(r"\s*<[^<>]* at 0x[0-9a-f]+>", "", text)[:80]
