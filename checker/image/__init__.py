"""Screenshots and forwarded images (issue 14): safe decoding, OCR with word boxes, the page
structure rebuilt from the boxes, addresses read from the image, and the known-hoax register.
An image is checked by the same core as a page (checker.image.check).

Names load on first use (PEP 562): a page check imports `checker.image.fingerprint` (the
register compares stored hashes) and must not pay for the OCR and layout modules (~20 ms)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.lazy import lazy_names

__all__ = ["DecodedImage", "ImageLimits", "check_image", "check_words", "decode_image",
           "sniff_image"]

_HOME = {"DecodedImage": "decode", "ImageLimits": "decode", "check_image": "check",
         "check_words": "check", "decode_image": "decode", "sniff_image": "decode"}


__getattr__ = lazy_names(__name__, _HOME)


if TYPE_CHECKING:
    from checker.image.check import check_image, check_words
    from checker.image.decode import DecodedImage, ImageLimits, decode_image, sniff_image
