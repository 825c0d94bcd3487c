"""Counts written with an English thousands comma on an Indonesian page ("dengan suara sah
40,474", "perolehan suara 26,008"): outlets that paste figures from a spreadsheet or an
English-style source write the comma where Indonesian puts a point. numbers.find_numbers
reads a lone "40,474" with no unit the Indonesian way, as the decimal 40,474, which is no
figure at all; where the words before it make it a count, it is the count 40.474.

Only on a page that writes no count with thousands points (there "50,067" beside "2.183.239"
is a share written to three decimals; a decimal comma, "51,10 persen", says nothing of how
the page writes thousands), only a token of one to three digits, a comma and exactly three
digits ("50,070 %" carries its percent sign: a share), with no unit after it, right after the
words of a count ("suara sah", "perolehan suara", "meraih", wording.VOTE_CONTEXT) and never
before "persen", "%" or a word of another unit ("2,500 ton", "40,474 pemilih").

"9, 296" with a stray space after the comma is read as the count 9.296 only where nothing
else is likely: right after the words of a count, with no other number on either side of it
in a list ("9, 296, 300"), on a page that writes other counts with the comma (its habit),
and followed by "suara" ("meraih 36, 768 suara"; there the words of a count may be missing,
"Hendrikus Mahuze – H. Riduwan dengan 36, 768 suara", but no ballot or TPS number may end
before the comma) or beside such a count in its sentence:
"Vico-Bima dengan perolehan suara 9, 296 dan paket Lentera dengan suara sah 26,008".
Elsewhere it stays two numbers, as it was. Pure."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from decimal import Decimal

from checker.figures.numbers import IDENTIFIER_BEFORE, Number
from checker.figures.wording import VOTE_CONTEXT

__all__ = ["comma_counts"]

_COMMA_THOUSANDS = re.compile(r"[1-9]\d{0,2},\d{3}")
_POINT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_WRITTEN_COMMA = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+")
# A share may still follow a figure after a space: "40,474 (53,1 persen)" is fine, "40,474
# persen" has its unit already; these words right after make it no count of votes.
_NOT_COUNT_AFTER = re.compile(r"[^\S\n]*(?:%|persen\b|per[^\S\n]?sen\b|kali\b)", re.IGNORECASE)
# "mendapat bantuan 2,500 ton": a word of another unit after it; only these may follow a count
_WORD_AFTER = re.compile(r"[^\S\n]+(?!(?:dan|atau|serta|sedangkan|sementara|sedang|dengan|untuk|di|"
                         r"pada|yang|dari|suara|hingga|sampai|berbanding|vs)\b)[a-z]", re.IGNORECASE)
_SHARE_WORDS = re.compile(r"\b(?:persentase|prosentase|persen|rasio)\b", re.IGNORECASE)
_WINDOW = 60  # how far before the figure the count's words may be
_SIBLING_REACH = 200  # how far the same-sentence comma count may be from a spaced one
_LIST_BEFORE = re.compile(r"\d[^\S\n]*,[^\S\n]*$")
_LIST_AFTER = re.compile(r"[^\S\n]*,[^\S\n]*\d")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _count_words_before(text: str, start: int) -> bool:
    before = text[max(0, start - _WINDOW):start]
    cut = text.rfind("\n", max(0, start - _WINDOW), start)
    if cut >= 0:
        before = text[cut + 1:start]
    # "persentase perolehan suara 52,123", "diubah ke persentase, X mendapat 50,067 atau 50,7
    # persen": a share written to three decimals without its sign
    return VOTE_CONTEXT.search(before) is not None and not _SHARE_WORDS.search(before)


def _countable(text: str, number: Number) -> bool:
    return not _NOT_COUNT_AFTER.match(text, number.end) and \
        not _WORD_AFTER.match(text, number.end) and _count_words_before(text, number.start)


def _as_count(number: Number) -> Number:
    return replace(number, value=int(number.text.replace(",", "").replace(" ", "")))


def comma_counts(text: str, numbers: list[Number]) -> list[Number]:
    """`numbers` with the counts written with an English thousands comma read as counts (the
    module's docstring says where)."""
    if "," not in text or any(isinstance(n.value, int) and _POINT_THOUSANDS.fullmatch(
            n.text.split()[0]) for n in numbers):
        return numbers
    out = [_as_count(n) if n.unit is None and isinstance(n.value, Decimal) and
           _COMMA_THOUSANDS.fullmatch(n.text) and _countable(text, n) else n for n in numbers]
    # where the counts written with a thousands comma start (those read just now, and those an
    # English-style page's reading or a "suara" after them made counts already)
    commas = [n.start for n in out if isinstance(n.value, int) and
              _WRITTEN_COMMA.fullmatch(n.text.split()[0])]
    if not commas:
        return out
    return _spaced(text, out, commas)


def _spaced(text: str, numbers: list[Number], commas: list[int]) -> list[Number]:
    """"9, 296" read whole where the module's docstring says it may be."""
    out: list[Number] = []
    index = 0
    while index < len(numbers):
        head = numbers[index]
        tail = numbers[index + 1] if index + 1 < len(numbers) else None
        if tail is not None and _joins(text, head, tail, commas):
            joined = Number(int(f"{head.value}{tail.text[:3]}"), tail.unit, head.start,
                            tail.end, text[head.start:tail.end], tail.approximate)
            out.append(joined)
            index += 2
            continue
        out.append(head)
        index += 1
    return out


def _joins(text: str, head: Number, tail: Number, commas: list[int]) -> bool:
    if not (head.unit is None and isinstance(head.value, int) and 1 <= head.value <= 999 and
            head.text.isdigit() and head.text[0] != "0" and tail.unit in (None, "votes") and
            isinstance(tail.value, int) and tail.text[:3].isdigit() and
            len(tail.text.split()[0]) == 3 and text[head.end:tail.start] == ", "):
        return False
    if _LIST_BEFORE.search(text, max(0, head.start - 4), head.start) or \
            _LIST_AFTER.match(text, tail.end) or _NOT_COUNT_AFTER.match(text, tail.end) or \
            tail.unit is None and _WORD_AFTER.match(text, tail.end):
        return False
    if tail.unit == "votes":
        # "meraih 36, 768 suara", "Hendrikus Mahuze – H. Riduwan dengan 36, 768 suara": the
        # unit names a count, the page's habit the comma; only a ballot or TPS number before
        # the comma ends there ("nomor urut 3, 768 suara")
        return not IDENTIFIER_BEFORE.search(text, max(0, head.start - 16), head.start)
    if not _count_words_before(text, head.start):
        return False
    # (the nearest on each side: a sentence's end before the nearest is before any farther)
    after = bisect_left(commas, head.start)
    return any(_same_sentence(text, head.start, commas[at]) for at in (after - 1, after)
               if 0 <= at < len(commas))


def _same_sentence(text: str, start: int, other: int) -> bool:
    low, high = min(start, other), max(start, other)
    return high - low <= _SIBLING_REACH and not _SENTENCE_END.search(text, low, high)
