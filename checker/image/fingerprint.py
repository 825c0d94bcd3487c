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

import re
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy, Pillow and imagehash are imported where an image is hashed: a page
    import numpy as np  # check only compares stored hex hashes, and these three cost ~0.2 s
    from PIL import Image  # of CPU at start-up (benchmarks/bench_coldstart.py)

__all__ = ["MAX_DISTANCE", "NEAR_DISTANCE", "TEXT_FIGURES", "TEXT_WORDS", "distance",
           "fingerprint", "other_item", "same_text"]

# Two screenshots of one results template (same site, another race) are as close in their
# hashes as a cropped chat copy of one of them, and so are two graphics drawn from one template
# with other figures (the circulating "REAL COUNT KPU" card with RIDO at 42,02% and the same
# card with the record's shares: 20 bits): pixels alone cannot tell them apart. So the words
# and figures OCR'd from both decide whenever both were read: a hash within MAX_DISTANCE is a
# match unless the texts show other figures or another title (`other_item`), or when there
# is no text to weigh; one within NEAR_DISTANCE is a match only when the texts agree
# (`same_text`: Jaccard of the words at least TEXT_WORDS, of the figures TEXT_FIGURES).
# Measured on the test images and 1,000 others (benchmarks/bench_images.py).
MAX_DISTANCE = 20
NEAR_DISTANCE = 52
TEXT_WORDS = 0.75
TEXT_FIGURES = 0.9
# `other_item`: a registered image's own figures (shares, vote counts) or words the other
# image does not show. A copy loses one now and then to an OCR slip, and a chat's crop cuts
# the first letter off lines at the edge ("lasil hitung": a word within one letter of the
# entry's is still there); a template sibling loses the figures it changed, or its title's
# words. More than LOST_FIGURES (LOST_WORDS) lost, or than one in LOST_SHARE of a long table's
# many, is another item. Measured on the 32 copies of the test images and the 1,000 others.
LOST_FIGURES = 1
LOST_WORDS = 1
LOST_SHARE = 8
_SIMILAR = 0.75      # difflib ratio: "2eal"/"real", "dasil"/"hasil", "gubemur"/"gubernur"
_BITS = 16           # 16x16 = 256 bits: 64 cannot tell two screenshots of one template apart
_GRID = 256          # parts are found on a 256-px-wide grey copy
_FLAT = 6.0          # a row whose grey levels vary less than this is uniform
# Sizes relative to the width, which a screenshot of a screenshot keeps (a phone's width):
_BAND = 0.04         # a uniform band at least 4% of the width separates parts
_MIN_PART = 0.25     # a part lower than 25% of the width (a caption, a status bar) is not hashed


def _busy(values: np.ndarray, axis: int) -> np.ndarray:
    """Lines (rows: axis 1, columns: axis 0) where more than 1% of the pixels stand out from
    the line's median: text or drawing. A picture's resampled edge (one grey pixel at the end
    of a white row) does not make a line busy; a standard deviation would."""
    import numpy as np

    median = np.median(values, axis=axis, keepdims=True)
    return (np.abs(values - median) > _FLAT * 4).mean(axis=axis) > 0.01


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
    whatever blank space a copy kept or lost, and a viewer's bands beside a tall picture
    (columns first, then rows inside them, then columns again)."""
    import numpy as np

    for _ in range(3):
        left, top, right, bottom = box
        band = small[top:bottom, left:right]
        if band.size == 0:
            return box
        rows = np.nonzero(_busy(band, 1))[0]
        cols = np.nonzero(_busy(band, 0))[0]
        if not len(rows) or not len(cols):
            return box
        if _ % 2 == 0:
            box = (left + int(cols[0]), top, left + int(cols[-1]) + 1, bottom)
        else:
            box = (left, top + int(rows[0]), right, top + int(rows[-1]) + 1)
    return box


def _parts(image: Image.Image) -> list[Image.Image]:
    """The picture cut along bands of the frame's own colour (a chat viewer's black around
    a forwarded picture), and each piece, and the whole, without uniform margins."""
    import numpy as np
    from PIL import ImageOps

    grey = ImageOps.grayscale(image)
    scale = _GRID / grey.width
    small = np.asarray(grey.resize((_GRID, max(8, round(grey.height * scale)))), dtype=float)
    flat = ~_busy(small, 1)
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
    import imagehash

    hashes = [str(imagehash.phash(image, hash_size=_BITS))]
    for part in _parts(image):
        value = str(imagehash.phash(part, hash_size=_BITS))
        if value not in hashes:
            hashes.append(value)
    return tuple(hashes)


def distance(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """The smallest Hamming distance between any hash of `a` and any hash of `b`."""
    return min(_bits_apart(x, y) for x in a for y in b)


def _bits_apart(x: str, y: str) -> int:
    # imagehash.hex_to_hash(x) - hex_to_hash(y) without numpy: the bits set in x XOR y.
    if len(x) != len(y):
        raise TypeError("ImageHashes must be of the same shape.")  # imagehash's own refusal
    return (int(x, 16) ^ int(y, 16)).bit_count()


def _tokens(text: str) -> set[str]:
    return {t for t in "".join(c.lower() if c.isalnum() else " " for c in text).split()
            if len(t) >= 2}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def same_text(a: str, b: str) -> bool:
    """The OCR'd words and figures of two images agree: the figures almost all (a copy shows
    the same numbers; another race does not), and most of the words (the same race drawn by
    another site or under another title does not). Jaccard of their tokens, so OCR slips in
    a few tokens are tolerated."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    words = _jaccard({t for t in ta if t.isalpha()}, {t for t in tb if t.isalpha()})
    figures = _jaccard({t for t in ta if not t.isalpha()}, {t for t in tb if not t.isalpha()})
    return words >= TEXT_WORDS and figures >= TEXT_FIGURES


# A share or a vote count as a results image shows it: "42,02", "2.183.239" (the separator
# read either way, so a copy's OCR slip between ',' and '.' is no other figure).
_FIGURE = re.compile(r"\d+(?:[.,]\d+)+")


def _figures(text: str) -> set[str]:
    return {m.group().replace(".", ",") for m in _FIGURE.finditer(text)}


# An address the image shows ("pilkada2024.kpu.go.id/pilgub/35", OCR'd "news. detik.com").
_ADDRESS = re.compile(r"\b[a-z0-9-]+(?:\. ?[a-z0-9-]+)*\.(?:com|id|dev|app|org|net|info|io|"
                      r"co|site|xyz|my|biz|tv|news)\b", re.I)


def _address_words(text: str) -> set[str]:
    """The words of the addresses `text` shows: not one may be lost (the bench's screenshot
    of KPU's Jatim page and a news site's page of the same race show the same figures)."""
    return {t for m in _ADDRESS.finditer(text) for t in _tokens(m.group()) if t.isalpha()}


def _lost_words(entry: set[str], text: set[str]) -> set[str]:
    """Words of `entry` with no word of `text` within an OCR slip of them."""
    lost = entry - text
    return {w for w in lost
            if not any(SequenceMatcher(None, w, t).ratio() >= _SIMILAR for t in text)}


def _too_many(lost: set[str], of: set[str], allowed: int) -> bool:
    return len(lost) > max(allowed, len(of) // LOST_SHARE)


def other_item(entry: str, text: str) -> bool:
    """`text`, the words OCR'd from a looked-up image, shows another item than `entry`, a
    registered image's: too many of the entry's figures (its shares and vote counts), or of
    its words (the title's: "REAL COUNT KPU" against "QUICK COUNT"), are not in it.
    One way only: a screenshot of the picture in a chat adds words and figures of its own
    (the clock, the group's name), and does not make it another item. Nothing read on either
    side says nothing."""
    if not entry.strip() or not text.strip():
        return False
    figures = _figures(entry)
    if _too_many(figures - _figures(text), figures, LOST_FIGURES):
        return True
    words = {t for t in _tokens(entry) if t.isalpha()}
    text_words = {t for t in _tokens(text) if t.isalpha()}
    if _lost_words(_address_words(entry), text_words):
        return True  # the same race on another site: the address is who the image is
    return _too_many(_lost_words(words, text_words), words, LOST_WORDS)
