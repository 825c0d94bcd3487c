"""OCR with Tesseract (Indonesian + English), keeping every word's box.

The only module that runs Tesseract. One pass per image: the time target is at most twice a
bare Tesseract run, so preprocessing is cheap and only where it helps: grey levels (colour
adds nothing to Tesseract's binarisation), and dark themes inverted (Tesseract's own
inversion test misses white-on-black phone screenshots often enough to lose rows).
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageOps, ImageStat

from checker.errors import CheckError

__all__ = ["LANGUAGES", "Word", "ocr_words", "prepare", "read_words"]

LANGUAGES = "ind+eng"
_TIMEOUT = 120  # seconds; a 1080x2400 screenshot takes 1-3 s
# Tesseract reads letters about 20 px tall best; a desktop page screenshotted again inside a
# chat shrinks its letters to ~11 px and loses the address bar and whole rows. Measured on
# the test images: a second pass at 2x over just that part reads them.
_SMALL = 16      # median letter height (px) under which the small-text part is read again
_UPSCALE = 2
# Sparse text (page segmentation mode 11), not Tesseract's default full-page layout (3): the
# layout is rebuilt from the word boxes anyway (checker.image.layout), and the full-page
# analysis drops what stands alone in a table: the ballot numbers of a narrow phone table,
# a right-aligned share beside a three-line name, a value under its bar. Measured on the 42
# generated images: recall 81 -> 90%, addresses read 93 -> 100%, no slower.
_CONFIG = "--psm 11"


@dataclass(frozen=True)
class Word:
    """One word Tesseract read, in the image's own pixel coordinates."""

    text: str
    conf: float          # 0-100
    left: int
    top: int
    width: int
    height: int
    block: int = 0       # Tesseract's own block number (a hint; layout rebuilds its own)

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height

    @property
    def middle(self) -> float:
        return self.top + self.height / 2

    @property
    def middle_x(self) -> float:
        return self.left + self.width / 2


def prepare(image: Image.Image) -> Image.Image:
    """Grey levels; a dark picture (a dark-theme screenshot) turned light on dark to dark on
    light."""
    grey = ImageOps.grayscale(image)
    if ImageStat.Stat(grey.reduce(4) if min(grey.size) >= 8 else grey).median[0] < 100:
        grey = ImageOps.invert(grey)
    return grey


def ocr_words(image: Image.Image, languages: str = LANGUAGES) -> list[Word]:
    """Every word with its box and confidence, in Tesseract's reading order."""
    import pytesseract

    try:
        data = pytesseract.image_to_data(prepare(image), lang=languages, config=_CONFIG,
                                         output_type=pytesseract.Output.DICT,
                                         timeout=_TIMEOUT)
    except pytesseract.TesseractNotFoundError:
        raise CheckError("ocr_unavailable", reason="tesseract not found") from None
    except (pytesseract.TesseractError, RuntimeError) as exc:
        # A missing language pack and a timeout both come here, with Tesseract's own words.
        raise CheckError("ocr_unavailable", reason=str(exc).strip().splitlines()[-1][:100]
                         if str(exc).strip() else "tesseract failed") from None
    words = []
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        conf = float(data["conf"][i])
        if not text or conf < 0:
            continue
        words.append(Word(text, conf, int(data["left"][i]), int(data["top"][i]),
                          int(data["width"][i]), int(data["height"][i]), int(data["block_num"][i])))
    return words


def read_words(image: Image.Image, languages: str = LANGUAGES) -> list[Word]:
    """`ocr_words`, plus a second pass at 2x over the part in small letters, if any (its
    words replace the first pass's there, in the image's own coordinates)."""
    words = ocr_words(image, languages)
    small = [w for w in words if w.height < _SMALL and any(c.isalnum() for c in w.text)]
    if len(small) < 8 or len(small) < len(words) / 3:
        return words
    pad = 3 * _SMALL
    box = (max(0, min(w.left for w in small) - pad), max(0, min(w.top for w in small) - pad),
           min(image.width, max(w.right for w in small) + pad),
           min(image.height, max(w.bottom for w in small) + pad))
    part = image.crop(box)
    part = part.resize((part.width * _UPSCALE, part.height * _UPSCALE), Image.LANCZOS)
    again = [Word(w.text, w.conf, box[0] + w.left // _UPSCALE, box[1] + w.top // _UPSCALE,
                  max(1, w.width // _UPSCALE), max(1, w.height // _UPSCALE), w.block + 10_000)
             for w in ocr_words(part, languages)]
    outside = [w for w in words if not (box[0] <= w.left and w.right <= box[2]
                                        and box[1] <= w.top and w.bottom <= box[3])]
    return outside + again
