"""Perceptual fingerprints that survive what a chat does to an image. Pure.

A forwarded hoax is re-compressed (JPEG 60-80), resized (long side 1600), cropped by a few
pixels, or screenshotted again inside a chat app (status bar, a dark viewer frame). The
fingerprint of an image is the perceptual hash (DCT, 64 bits; imagehash.phash) of the whole
picture and of its content parts: the picture is cut along wide bands of uniform rows or
columns (a viewer's black frame, the blank page below a results table), and every part that
is large enough is hashed too. Two images match when any pair of their hashes is within
`MAX_DISTANCE` bits; the distance and threshold were chosen on the test images against 1,000
other results graphics and screenshots (benchmarks/bench_images.py).
"""

from __future__ import annotations

import imagehash
import numpy as np
from PIL import Image, ImageOps

__all__ = ["MAX_DISTANCE", "distance", "fingerprint"]

MAX_DISTANCE = 40
_BITS = 16           # 16x16 = 256 bits: 64 cannot tell two screenshots of one template apart
_GRID = 256          # parts are found on a 256-px-wide grey copy
_FLAT = 6.0          # a row whose grey levels vary less than this is uniform
# Sizes relative to the width, which a screenshot of a screenshot keeps (a phone's width):
_BAND = 0.04         # a uniform band at least 4% of the width separates parts
_MIN_PART = 0.25     # a part lower than 25% of the width (a caption, a status bar) is not hashed


def _runs(flags: np.ndarray, min_len: int) -> list[tuple[int, int]]:
    """Stretches of not-uniform lines, split only by uniform bands at least `min_len` long."""
    parts, start, gap = [], None, 0
    for i, flat in enumerate(flags):
        if not flat:
            if start is None:
                start = i
            gap = 0
        elif start is not None:
            gap += 1
            if gap >= min_len:
                parts.append((start, i - gap + 1))
                start, gap = None, 0
    if start is not None:
        parts.append((start, len(flags) - gap))
    return parts


def _trim(small: np.ndarray, box: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """`box` (grid units) without its uniform margins: the blank page under a results table,
    whatever blank space a copy kept or lost."""
    left, top, right, bottom = box
    band = small[top:bottom, left:right]
    rows = np.nonzero(band.std(axis=1) >= _FLAT)[0]
    cols = np.nonzero(band.std(axis=0) >= _FLAT)[0]
    if not len(rows) or not len(cols):
        return box
    return (left + int(cols[0]), top + int(rows[0]), left + int(cols[-1]) + 1,
            top + int(rows[-1]) + 1)


def _parts(image: Image.Image) -> list[Image.Image]:
    """The picture cut along bands of the frame's own colour (a chat viewer's black around
    a forwarded picture), and each piece, and the whole, without uniform margins."""
    grey = ImageOps.grayscale(image)
    scale = _GRID / grey.width
    small = np.asarray(grey.resize((_GRID, max(8, round(grey.height * scale)))), dtype=float)
    flat = small.std(axis=1) < _FLAT
    frame = float(np.median([small[0, 0], small[0, -1], small[-1, 0], small[-1, -1]]))
    framed = flat & (np.abs(small.mean(axis=1) - frame) < 12)
    height = small.shape[0]
    boxes = [(0, 0, _GRID, height)]
    for top, bottom in _runs(framed, max(2, round(_BAND * _GRID))):
        if bottom - top >= _MIN_PART * _GRID:
            boxes.append((0, top, _GRID, bottom))
    boxes += [_trim(small, box) for box in list(boxes)]
    out, seen = [], {(0, 0, _GRID, height)}
    for box in boxes:
        if box in seen or box[2] - box[0] < 16 or box[3] - box[1] < 16:
            continue
        seen.add(box)
        out.append(image.crop(tuple(round(v / scale) for v in box)))
    return out


def fingerprint(image: Image.Image) -> tuple[str, ...]:
    """Hex perceptual hashes: the whole picture first, then its content parts."""
    hashes = [str(imagehash.phash(image, hash_size=_BITS))]
    for part in _parts(image):
        value = str(imagehash.phash(part, hash_size=_BITS))
        if value not in hashes:
            hashes.append(value)
    return tuple(hashes)


def distance(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """The smallest Hamming distance between any hash of `a` and any hash of `b`."""
    return min(imagehash.hex_to_hash(x) - imagehash.hex_to_hash(y) for x in a for y in b)
