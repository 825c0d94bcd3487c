"""Screenshots and forwarded images (issue 14): safe decoding, OCR with word boxes, the page
structure rebuilt from the boxes, addresses read from the image, and the known-hoax register.
An image is checked by the same core as a page (checker.image.check)."""

from __future__ import annotations

from checker.image.check import check_image, check_words
from checker.image.decode import DecodedImage, ImageLimits, decode_image, sniff_image

__all__ = ["DecodedImage", "ImageLimits", "check_image", "check_words", "decode_image",
           "sniff_image"]
