"""Photo captions in the prose. A caption says where and when its picture was taken, not where
or when the article's figures were counted: its place and its date set no figure's area or
moment (blind20: "Khofifah-Emil berfoto bersama pendukung di Jember, Minggu (10/11/2024)"
twice above KPU Jatim's plenary held the province's counts `page_region_below`; a debate
photo's "(16/10/2024)" under "(Tangkapan layar Youtube)" became a Tangsel count's moment).

A line is a caption when it names its picture's source: a credit label ("Foto: ...",
"(Foto: ANTARA/...)"), or a credit in brackets at its end ("(ANTARA/Name)", "(@Outlet /
Name)", "(Tangkapan layar ...)", "(Istimewa)"); or when it describes a picture (a date in
brackets at its end, or a word of posing or of the moment: "berfoto", "saat", "usai") and
stands beside a credit-only line, or is written twice in a row (an image's alt text and its
caption). A line holding a figure (a count of thousands, a percentage) is never one: the
article's own paragraphs keep every place and date. Pure."""

from __future__ import annotations

import re

from checker.figures.wording import may_say

__all__ = ["caption_lines", "caption_spans", "outside_captions"]

_CREDIT_LABEL = re.compile(r"\b(?:Foto|Photo|Dok|Ilustrasi)\s*\.?\s*:", re.IGNORECASE)
# A credit in brackets ending the line: a source then a slash then a name ("ANTARA FOTO/Budi",
# "Kompas.com/Ani", "@TangerangNews / Yanto"), or a word that names no person's words.
_CREDIT_END = re.compile(r"\((?:[^\W\d_@][^()\n/]{0,40}/[^\S\n]*[^\W\d_][^()\n]{0,40}|@[^()\n]{1,60}|"
                         r"(?i:tangkapan\s+layar|istimewa|ist|dok\.?|foto|ilustrasi)\b[^()\n]{0,60})"
                         r"\)[^\S\n]*\.?[^\S\n]*$")
# A line that is nothing but a credit: "(Tangkapan layar Youtube)", "Foto: Dok. KPU Jatim".
_CREDIT_ONLY = re.compile(r"[^\S\n]*(?:\([^()\n]{1,60}\)|(?i:foto|photo|dok\.?|ilustrasi)[^\S\n]*:"
                          r"[^\n]{1,60})[^\S\n]*")
_DATE_END = re.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)[^\S\n]*\.?[^\S\n]*$")
_PICTURED = re.compile(r"\b(?:berfoto|foto\s+bersama|berpose|tampak|terlihat|saat|ketika|usai|"
                       r"seusai)\b", re.IGNORECASE)
_FIGURE = re.compile(r"\d{1,3}(?:[.,]\d{3})+|\d[\d,.]*[^\S\n]*(?:%|persen\b)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")  # (one character class: the engine skips to it in C)
_MAX_CAPTION = 400  # characters: a longer line is a paragraph of the story
# Every _PICTURED match holds one of these ("berfoto", "seusai": theirs too), lower case.
_PICTURED_WORDS = ("foto", "berpose", "tampak", "terlihat", "saat", "ketika", "usai")


# Each pattern is tried only where the character every match holds is (a colon, a bracket)
# or a word of it may be (may_say): a C-speed look, where the patterns were tried at every
# position of every line of the page (2 % of a 20 KB news page's check).
def _credited(line: str) -> bool:
    head, tail = line[:160], line[-120:]
    return ":" in head and _CREDIT_LABEL.search(head) is not None or \
        ")" in tail and _CREDIT_END.search(tail) is not None


def _pictured(line: str) -> bool:
    end = line[-40:]
    return ")" in end and _DATE_END.search(end) is not None or \
        may_say(line, *_PICTURED_WORDS) and _PICTURED.search(line) is not None


def _holds_figure(line: str) -> bool:
    """_FIGURE.search(line), from the line's first digit (each of its matches opens with one;
    the case-blind alternation was tried at every position before it)."""
    digit = _DIGIT.search(line)
    return digit is not None and _FIGURE.search(line, digit.start()) is not None


def caption_lines(lines: list[str], known: tuple[str, ...] = ()) -> set[int]:
    """The indexes of the lines (one block each) that are photo captions; `known`: the page's
    <figcaption> texts (Page.captions), each a caption whatever its words."""
    found: set[int] = set()
    known_set = frozenset(known)
    for index, line in enumerate(lines):
        if not line.strip() or len(line) > _MAX_CAPTION or _holds_figure(line):
            continue
        if _credited(line) or known_set and " ".join(line.split()) in known_set:
            found.add(index)
            continue
        if not _pictured(line):
            continue
        around = [lines[i] for i in (index - 1, index + 1) if 0 <= i < len(lines)]
        if any(_CREDIT_ONLY.fullmatch(other) for other in around) or \
                any(other.strip() == line.strip() for other in around):
            found.add(index)
    return found


def caption_spans(text: str, known: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """(start, end) in `text` of each line that is a photo caption, in order."""
    if not known and "(" not in text and ":" not in text:  # (no credit, no bracketed date)
        return []
    lines = text.split("\n")
    starts, position = [], 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    return [(starts[i], starts[i] + len(lines[i])) for i in sorted(caption_lines(lines, known))]


def outside_captions(marks: list, spans: list[tuple[int, int]]) -> list:
    """The marks (anything with .start) that stand in no caption."""
    if not spans:
        return marks
    return [m for m in marks if not any(a <= m.start < b for a, b in spans)]
