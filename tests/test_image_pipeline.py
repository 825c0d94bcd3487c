"""An image takes the page's one pipeline after OCR (issue 11: one implementation per stage).
Pure: made-up word boxes stand in for Tesseract, so these run without it."""

from __future__ import annotations

from datetime import datetime, timezone

from PIL import Image

from builders import context
from checker.image.check import check_words
from checker.image.decode import DecodedImage
from checker.image.ocr import Word

WHEN = datetime(2024, 11, 29, tzinfo=timezone.utc)


def words(*rows):
    """rows: (top, height, [(left, text), ...]); each letter 18 px wide."""
    return [Word(text, 95.0, left, top, 18 * len(text), height)
            for top, height, items in rows for left, text in items]


def decoded(width=1080, height=1080):
    return DecodedImage(Image.new("RGB", (width, height), "white"), "0" * 64, "PNG",
                        width, height, 1, 1000)


HOAX_ROWS = (
    (245, 25, [(70, "01"), (120, "RIDWAN"), (250, "KAMIL"), (350, "-"), (380, "SUSWONO")]),
    (291, 40, [(860, "42,02%")]),
    (479, 25, [(70, "02"), (120, "DHARMA"), (250, "POGRENDAN"), (440, "-"), (470, "KUN")]),
    (525, 40, [(860, "10,53%")]),
    (713, 25, [(70, "03"), (120, "PRAMONO"), (280, "ANUNG"), (400, "-"), (430, "RANO")]),
    (759, 40, [(860, "47,45%")]),
)
TITLE = ((60, 48, [(200, "REAL"), (320, "COUNT"), (460, "KPU")]),
         (150, 35, [(180, "PILGUB"), (320, "DKI"), (400, "JAKARTA"), (560, "2024")]))


def test_a_debunk_image_quotes_the_hoax_figures_and_is_not_discrepant_itself():
    plain = check_words(decoded(), words(*TITLE, *HOAX_ROWS), context(), "hoax.png", WHEN)
    assert plain.figures_status == "mixed"  # 42,02% and 47,45% are wrong, 10,53% right
    debunk = check_words(decoded(), words(
        (20, 48, [(200, "CEK"), (320, "FAKTA:"), (480, "HOAKS")]), *TITLE, *HOAX_ROWS,
        (900, 25, [(70, "Faktanya"), (250, "klaim"), (360, "palsu"), (480, "ini"),
                   (560, "disinformasi")])), context(), "debunk.png", WHEN)
    # The page pipeline's `_own`: the figures stay in the report, compared and marked quoted,
    # but the image is not itself `discrepant` and no figure rule fires on them.
    assert debunk.claims and all(c.quoted for c in debunk.claims)
    assert any(c.status == "discrepant" for c in debunk.comparisons)
    assert debunk.figures_status not in ("discrepant", "mixed")
    assert not any(f.code.startswith("FIG") for f in debunk.findings)


def test_no_address_means_no_domain_rules_and_no_host():
    report = check_words(decoded(), words(*TITLE, *HOAX_ROWS), context(), "hoax.png", WHEN)
    assert report.image.address is None and report.source.host == ""
    assert report.source.final_url == "" and not report.source.is_official
    assert not any(f.code.startswith("DOM") for f in report.findings)
    assert report.source.requested_url == "hoax.png"
    assert report.source.content_type == "image/png" and report.source.origin == "image"


def test_an_address_bar_is_judged_like_a_url():
    bar = (60, 40, [(140, "data-pemilu."), (390, "pages.dev/gubernur")])
    report = check_words(decoded(1080, 2400), words(bar, *((t + 300, h, r) for t, h, r in
                                                            (*TITLE, *HOAX_ROWS))),
                         context(), "shot.png", WHEN)
    assert report.image.address_kind == "bar"
    assert report.source.registered_domain == "data-pemilu.pages.dev"
    assert report.source.hosting_platform and "DOM020" in report.codes()
