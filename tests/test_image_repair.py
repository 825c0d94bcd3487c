"""OCR post-correction of figures (checker/image/repair.py). Pure: made-up word boxes."""

from __future__ import annotations

from checker.image.layout import build_layout
from checker.image.ocr import Word
from checker.image.repair import repair_words


def w(text, left, top=100, height=40, width=None):
    return Word(text, 90.0, left, top, width or 24 * len(text), height)


def texts(words):
    """The repaired words' text, in a fixed order (repairs may reorder the words)."""
    return sorted(x.text for x in repair_words(words))


def test_a_share_alone_repairs_by_its_own_shape():
    assert texts([w("62,29Y", 800)]) == ["62,29%"]
    assert texts([w("O1", 50)]) == ["01"]
    # a digit read as a look-alike sign, inside a word that ends in "%"
    assert texts([w("#1,14%", 800)]) == ["41,14%"]
    assert texts([w("5O,O7%", 800)]) == ["50,07%"]
    # not a figure: letters with a "%" are left alone, and so is a word with one digit
    assert texts([w("AB,CD%", 800), w("S,Oo%", 800, top=300)]) == ["AB,CD%", "S,Oo%"]


def test_a_misread_percent_is_repaired_only_in_a_column_of_shares():
    column = [w("55,86%", 800, top=300)]
    assert texts([w("44,149", 800), *column]) == ["44,14%", "55,86%"]
    assert texts([w("44,14Yo", 800), *column]) == ["44,14%", "55,86%"]
    assert texts([w("24,49", 810), *column]) == ["24,49%", "55,86%"]
    # elsewhere in the image, or with no clean share to say how shares are written: as read
    assert texts([w("44,14", 100), *column]) == ["44,14", "55,86%"]
    assert texts([w("44,149", 800), w("55.86%", 800, top=300)]) == ["44,149", "55.86%"]
    # a vote count with thousands dots is never a share
    assert texts([w("1.718.160", 780), *column]) == ["1.718.160", "55,86%"]


def test_a_share_split_at_its_comma_or_with_the_comma_lost_is_one_share():
    assert texts([w("36,", 850), w("48%", 850 + 72 + 20)]) == ["36,48%"]
    clean = w("11,75%", 850, top=400)
    # Tesseract gave "47" a box over both words
    assert texts([w("47", 853, width=157), w("64%", 939, width=71), clean]) == ["11,75%", "47,64%"]
    assert texts([w("47", 853, width=48), w("64%", 915, width=71), clean]) == ["11,75%", "47,64%"]
    # without shares written with two decimals, "47 64%" is two words; far apart, too
    assert texts([w("47", 853, width=48), w("64%", 915, width=71)]) == ["47", "64%"]
    assert texts([w("03", 70, width=48), w("64%", 915, width=71), clean]) == ["03", "11,75%", "64%"]
    # on different lines
    assert texts([w("47", 853, width=48), w("64%", 915, top=300, width=71), clean]) == \
        ["11,75%", "47", "64%"]


def test_repairs_reach_the_rows():
    lay = build_layout([w("01", 70, 245, 25), w("FARHAN", 120, 245, 25),
                        w("47", 853, 292, 39, 157), w("64%", 939, 292, 39, 71),
                        w("02", 70, 479, 25), w("ERWIN", 120, 479, 25), w("11,754", 853, 525, 39)
                        , w("36,48%", 853, 700, 39)])
    rows = [l.text for l in lay.lines if l.kind == "row"]
    assert rows == ["01 FARHAN 47,64%", "02 ERWIN 11,75%", "36,48%"]


def test_a_third_decimal_is_a_misread_percent_anywhere_in_an_image_of_two_decimal_shares():
    shares = [w("24,49%", 800, top=300), w("58,82%", 800, top=400)]
    # "Data masuk 78,11%" at the left, far from the share column
    assert texts([w("78,114", 200), *shares]) == ["24,49%", "58,82%", "78,11%"]
    # with no share written "dd,dd%" in the image, a comma may be a thousands separator
    assert texts([w("78,114", 200), w("24.49%", 800, top=300)]) == ["24.49%", "78,114"]
