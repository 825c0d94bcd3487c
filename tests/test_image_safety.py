"""Decoding forwarded images safely (checker.image.decode): every hostile or broken file is
one CheckError with words in both languages, never a crash or a huge allocation."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from checker.errors import CheckError
from checker.image.decode import ImageLimits, decode_image, sniff_image
from checker.report.messages import error_line


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def _claim_size(png: bytes, width: int, height: int) -> bytes:
    """The same PNG with its header claiming another size (a decompression bomb's trick)."""
    ihdr = png[16:29]
    fields = struct.pack(">II", width, height) + ihdr[8:]
    chunk = b"IHDR" + fields
    return png[:8] + struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk)) + png[33:]


def _error(data: bytes, **limits) -> CheckError:
    with pytest.raises(CheckError) as caught:
        decode_image(data, "kiriman.png", ImageLimits(**limits) if limits else ImageLimits())
    exc = caught.value
    for lang in ("id", "en"):  # worded, one line, names the file
        line = error_line(exc, lang)
        assert "\n" not in line and "kiriman.png" in line and exc.code not in line
        assert " at 0x" not in line  # no Python object address from Pillow's message
    return exc


def test_a_plain_png_and_its_facts():
    data = _png(Image.new("RGB", (300, 200), (200, 10, 10)))
    got = decode_image(data, "a.png")
    assert (got.format, got.width, got.height, got.frames, got.size) == ("PNG", 300, 200, 1, len(data))
    assert len(got.sha256) == 64 and got.image.mode == "RGB"


def test_a_decompression_bomb_is_refused_from_its_header():
    bomb = _claim_size(_png(Image.new("L", (10, 10))), 60_000, 60_000)
    assert len(bomb) < 200
    assert _error(bomb).code == "image_too_many_pixels"  # Pillow's own refusal, worded
    under_pillows = _claim_size(_png(Image.new("L", (10, 10))), 9_000, 9_000)
    exc = _error(under_pillows)  # 81 MP: Pillow would decode it; our 40 MP cap does not
    assert exc.code == "image_too_many_pixels" and exc.params["width"] == 9_000
    # A real one too: 8,000 x 8,000 of one colour is a few kB of PNG.
    real = _png(Image.new("1", (8000, 8000)))
    assert len(real) < 100_000
    assert _error(real, max_pixels=10_000_000).code == "image_too_many_pixels"


def test_byte_cap_unknown_formats_and_lies_about_the_name():
    assert _error(b"\x89PNG\r\n\x1a\n" + b"0" * 2000, max_bytes=1000).code == "image_too_large"
    assert _error(b"<html><body>bukan gambar</body></html>").code == "image_unknown_format"
    assert _error(b"").code == "image_unknown_format"
    assert sniff_image(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "WEBP"


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "GIF", "WEBP"])
def test_truncated_and_garbled_files(fmt):
    buf = io.BytesIO()
    Image.new("RGB", (400, 300), (10, 120, 200)).save(buf, fmt)
    data = buf.getvalue()
    assert _error(data[: len(data) // 2]).code == "image_corrupt"
    garbled = data[:24] + bytes(b ^ 0x5A for b in data[24:])
    # a garbled frame header may claim a huge size: refused as a bomb, still one line
    assert _error(garbled).code in ("image_corrupt", "image_too_many_pixels")


def test_only_the_first_frame_of_an_animation_is_read():
    frames = [Image.new("RGB", (64, 48), c) for c in ((255, 0, 0), (0, 255, 0), (0, 0, 255))]
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    got = decode_image(buf.getvalue(), "anim.gif")
    assert got.frames == 3 and got.image.getpixel((5, 5))[0] > 200  # red: the first frame


def test_exif_orientation_is_applied():
    img = Image.new("RGB", (400, 100), (255, 255, 255))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise to display
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif.tobytes())
    got = decode_image(buf.getvalue(), "photo.jpg")
    assert (got.width, got.height) == (100, 400)


def test_transparency_reads_as_a_chats_white():
    img = Image.new("RGBA", (20, 20), (0, 0, 0, 0))
    got = decode_image(_png(img), "t.png")
    assert got.image.getpixel((3, 3)) == (255, 255, 255)
