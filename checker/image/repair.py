"""OCR post-correction of figures, from the word boxes. Pure.

Tesseract's slips on results images are few and regular: the "%" after a share's two
decimals read as a digit or letters ("44,149", "11,754", "44,14Yo") or lost ("24,49"), a
digit read as a look-alike sign ("#1,14%"), the comma of a share lost ("47 64%") or the
share split at it ("36," "48%"), the zero of a ballot number read as the letter O ("O1").

Each repair needs the context to say the word is a figure. The word's own shape is enough
where nothing else could be meant (a "%" ends it; "O1" is a ballot number). Where it is not,
the image itself is the context: it writes shares the Indonesian way with two decimals
("55,86%"), and the word sits in the same column as one of them. A comma before exactly two
digits is a decimal comma there (thousands take a dot: "1.718.160"), so such a word in that
column is a share whose "%" was misread.
"""

from __future__ import annotations

import re
from dataclasses import replace

from checker.image.ocr import Word

__all__ = ["repair_words"]

# Shapes that are a share on their own: "%" read as 0/6/O/Y/degree after two decimals.
_PERCENT_SLIP = re.compile(r"^(\d{1,2},\d{2})[06OoY\u00b0]$|^(\d{1,2}\.\d{2})[OoY\u00b0]$")
_BALLOT_SLIP = re.compile(r"^[Oo]([1-9])$")
# Characters Tesseract reads for a digit, inside a word that ends in "%" (a figure).
_LOOKALIKE = str.maketrans({"O": "0", "o": "0", "D": "0", "I": "1", "l": "1", "|": "1",
                            "!": "1", "Z": "2", "S": "5", "s": "5", "B": "8", "#": "4",
                            "A": "4", "G": "6", "b": "6", "T": "7", "g": "9", "q": "9"})
_LOOKALIKE_SHARE = re.compile(r"^([0-9OoDIl|!ZSsB#AGbTgq]{1,3})([,.])([0-9OoDIl|!ZSsB#AGbTgq]{2})%$")
# In the image's own share column: two decimals after a comma, then a misread "%" or none.
_CLEAN_SHARE = re.compile(r"^\d{1,3},\d{2}%$")
_SHARE_MISREAD = re.compile(r"^(\d{1,2},\d{2})(?:\d|[^\s\d%]{1,2})?$")
# Anywhere in such an image: "78,114" is not a thousands comma (thousands take a dot there)
# nor a third decimal (its shares have two), so a misread "%" ("Data masuk 78,11%").
_THIRD_DECIMAL = re.compile(r"^\d{1,2},\d{3}$")
# A share cut in two: "36," + "48%" (split at the comma), "47" + "64%" (the comma lost).
_HEAD = re.compile(r"^\d{1,3}[,.]?$")
_TAIL = re.compile(r"^\d{2}%$")


def _alone(word: Word) -> Word:
    """Repairs the word's own shape justifies."""
    text = word.text
    slip = _PERCENT_SLIP.match(text)
    if slip:
        text = (slip.group(1) or slip.group(2)) + "%"
    look = _LOOKALIKE_SHARE.match(text)
    if look and sum(ch.isdigit() for ch in look.group(1) + look.group(3)) >= 2:
        text = look.group(1).translate(_LOOKALIKE) + look.group(2) + \
            look.group(3).translate(_LOOKALIKE) + "%"
    text = _BALLOT_SLIP.sub(r"0\1", text)
    return word if text == word.text else replace(word, text=text)


def _same_column(word: Word, other: Word) -> bool:
    return word.left < other.right and other.left < word.right


def _in_share_column(words: list[Word]) -> list[Word]:
    """A share whose "%" was misread or lost, beside clean shares in the same column."""
    clean = [w for w in words if _CLEAN_SHARE.match(w.text)]
    if not clean:
        return words
    out = []
    for word in words:
        found = _SHARE_MISREAD.match(word.text)
        if found and (_THIRD_DECIMAL.match(word.text)
                      or any(_same_column(word, c) for c in clean)):
            word = replace(word, text=found.group(1) + "%")
        out.append(word)
    return out


def _join_split(words: list[Word]) -> list[Word]:
    """"36," + "48%", or "47" + "64%" in an image whose shares have two decimals: one share.
    The two must touch on the same line: a gap under one letter height (two after a comma),
    or boxes that overlap (Tesseract may give the head a box over both)."""
    comma = any(_CLEAN_SHARE.match(w.text) for w in words)
    out: list[Word] = []
    for word in sorted(words, key=lambda w: w.left):
        if _TAIL.match(word.text):
            i = next((i for i, p in enumerate(out) if _HEAD.match(p.text)
                      and (comma or p.text[-1] in ",.")
                      and abs(p.middle - word.middle) < p.height / 2
                      and p.left < word.left
                      and word.left - p.right < p.height * (2 if p.text[-1] in ",." else 1)),
                     None)
            if i is not None:
                p = out[i]
                head = p.text if p.text[-1] in ",." else p.text + ","
                out[i] = replace(p, text=head + word.text,
                                 width=max(p.right, word.right) - p.left)
                continue
        out.append(word)
    return out


def repair_words(words: list[Word]) -> list[Word]:
    """The words with their figures repaired (same boxes; joined words take both boxes)."""
    return _in_share_column(_join_split([_alone(w) for w in words]))
