"""The words of a page's text as the region scan reads them (checker/figures/regions.py): each
word folded (lower case, accents and punctuation dropped) at C speed, once per page text, and
the line tests the scan asks (is a name a line of its own, is its line a title-case headline).
Pure; regions.py re-exports fold and scan_words."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import accumulate

from checker.figures.kept import kept

__all__ = ["country_end", "fold", "folded_words", "joined_lines", "prose_mentions", "scan_words"]

_WORD = re.compile(r"[\w'\u2019]+\.?")
_DROP = re.compile(r"['\u2019.`]")          # "MAS'UD" -> "masud", "S.IP." -> "sip"
_NON_WORD = re.compile(r"[^\w]+")
_WORD_CHARS = 40  # fold() remembers strings up to this long
_WORD_SPLIT = re.compile("(" + _WORD.pattern + ")")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


class _Words:
    """A page's words as (word, start, end), made only for the few words looked at."""

    __slots__ = ("raw", "offsets")

    def __init__(self, raw: list[str], offsets: list[int]) -> None:
        self.raw, self.offsets = raw, offsets

    def __len__(self) -> int:
        return len(self.raw)

    def __getitem__(self, index: int) -> tuple[str, int, int]:
        return self.raw[index], self.offsets[2 * index], self.offsets[2 * index + 1]


def _scan(text: str) -> tuple[_Words, list[str]]:
    """The words of `text` (the matches of _WORD, as finditer gives them) and each one folded
    (fold()), with no Python call per word: one split gives the words and the gaps between
    them, their running lengths the offsets. A word of _WORD in ASCII is [A-Za-z0-9_'] and a
    final '.', so folding it is lower case without ' and . (as fold() does); the others go
    through fold() itself."""
    parts = _WORD_SPLIT.split(text)  # gap, word, gap, word, ..., gap
    raw = parts[1::2]
    offsets = list(accumulate(map(len, parts)))  # offsets[2k]: word k's start; [2k+1]: end
    joined = "\0".join(raw)
    folded = joined.lower().replace("'", "").replace(".", "").split("\0") if raw else []
    if not joined.isascii():
        # The words holding a character beyond ASCII, found from those characters (a run
        # of them lies inside one word: "\0" is ASCII), counting the separators passed:
        # a page with one curly apostrophe or accent was looked at word by word in Python.
        index, last, done = 0, 0, -1
        for run in _NON_ASCII.finditer(joined):
            index += joined.count("\0", last, run.start())
            last = run.start()
            if index != done:
                folded[index], done = fold(raw[index]), index
    return _Words(raw, offsets), folded


# The last few texts scanned, newest last. A page's texts are asked in turn (its head, the
# first 3,000 characters of its prose, the head again, the prose: claims._page_scope, then
# from_text): with one entry each evicted the other and the head was split twice (issue 12).
# Short texts (a heading, a sentence) are kept apart: a news page's 25 headings, scanned one
# by one between the prose's region scan and its cue finders, made the prose split twice.
_SCANNED: list[tuple[str, tuple[_Words, list[str]]]] = []
_SHORT_SCANNED: list[tuple[str, tuple[_Words, list[str]]]] = []
_KEEP = 4
_SHORT = 2000  # characters: a text shorter than this is kept among the short ones


def scan_words(text: str) -> tuple[_Words, list[str]]:
    """_scan(text), once per page text: the region scan and the cue finders
    (checker/figures/at_words.py) read the same words. Compared by identity, then by value:
    a page longer than its readers' limit reaches them as `prose[:limit]`, a new string at
    each slice (a 300 KB hostile page's 150,000 characters were split twice, 7 % of it)."""
    kept = _SHORT_SCANNED if len(text) < _SHORT else _SCANNED
    for seen, found in reversed(kept[:]):  # (a copy: another thread may replace it)
        if seen is text or seen == text:  # (== compares lengths first, then memcmp)
            return found
    found = _scan(text)
    kept[:] = kept[-(_KEEP - 1):] + [(text, found)]
    return found


# The last texts whose regions were found: (text, matcher, limit asked, hits).
_MENTIONED: list[tuple[str, object, int, list]] = []


def prose_mentions(matcher, text: str, limit: int = 200) -> list:
    """matcher.region_mentions(text, limit), once per page text (compared as in scan_words):
    the page scope's headings test asks it of the prose (section_heads) and from_text's index
    asks again, 2-4 ms of a 20 KB news page (issue 12). The scan goes left to right and
    stops at `limit` hits, so the hits up to a limit are the first of those up to a larger
    one, and all of them when fewer were found than asked."""
    for seen, by, asked, hits in reversed(_MENTIONED[:]):  # (a copy: see scan_words)
        if (seen is text or seen == text) and by is matcher and \
                (asked >= limit or len(hits) < asked):
            return hits[:limit]
    hits = matcher.region_mentions(text, limit=limit)
    _MENTIONED[:] = _MENTIONED[-1:] + [(text, matcher, limit, hits)]
    return hits[:limit]


_LONG_PART = _SHORT  # a part this long is scanned through the cache: it is asked again alone


def joined_lines(parts: list[str]) -> str:
    """"\n".join(parts), its words (scan_words) put together from those of each part: no
    word runs across a line break (_WORD holds none), so the scan of the whole is the parts'
    scans one after another, each offset moved by where its part starts. scope_gate's lead is
    a hostile page's 200 KB paragraph under the title, and that paragraph is scanned on its
    own again as the figure's sentence: one split of it, not two."""
    text = "\n".join(parts)
    if len(text) < _LONG_PART:
        return text
    raw: list[str] = []
    offsets: list[int] = []
    folded: list[str] = []
    shift = 0
    for part in parts:
        words, part_folded = scan_words(part) if len(part) >= _LONG_PART else _scan(part)
        raw += words.raw
        # (the last offset of a part's scan is its length: the whole has one, at its end)
        offsets += [o + shift for o in words.offsets[:-1]] if shift else words.offsets[:-1]
        folded += part_folded
        shift += len(part) + 1
    offsets.append(len(text))
    _SCANNED[:] = _SCANNED[-(_KEEP - 1):] + [(text, (_Words(raw, offsets), folded))]
    return text


# A list or heading marker before a line's name: "1. Bengkulu", "2) Riau", "- Aceh", "• Bali".
_LINE_MARK = re.compile(r"(?:\d{1,2}[.)]|[-\u2013\u2022*])\s*")
_SHORT_AFTER = re.compile(r" ?\([A-Za-z.]{1,10}\)")  # a heading's short form in brackets


def _title_case(text: str, position: int) -> bool:
    """Is the line around `position` a headline in title case ("Prabowo Kokoh di Puncak 58,72
    Persen")? There a capital says nothing: "di Puncak" is "at the top", not Kabupaten Puncak."""
    # Bounded look-ups: a hostile page may be one endless line.
    newline = text.rfind("\n", max(0, position - 300), position)
    if newline < 0 and position > 300:
        return False
    end = text.find("\n", position, position + 300)
    if end < 0 and position + 300 < len(text):
        return False
    line = text[newline + 1:end if end >= 0 else len(text)]
    if len(line) > 300 or line.rstrip().endswith((".", "!", "?")):
        return False  # a sentence of running text ("Di Kutai Barat, Isran-Hadi 45.370 suara.")
    words = [w for w in _WORD.findall(line) if len(w) > 3 and w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


# A PPLN city's line goes on with its country, however written: "4. Abu Dhabi, UEA" (Uni
# Emirat Arab), "BAGHDAD (IRAK)". The line is the city's all the same.
_COUNTRY_REST = re.compile(r"[^\S\n]*(?:,[^\S\n]*[A-Z][\w.'-]*(?:[^\S\n]+[A-Z][\w.'-]*){0,3}|"
                           r"\([^)\n]{1,40}\))(?=[^\S\n]*:?[^\S\n]*(?:\n|$))")


def country_end(text: str, end: int) -> int:
    """Where a city's line ends when only its country follows it, else `end`."""
    match = _COUNTRY_REST.match(text, end)
    return match.end() if match else end


@lru_cache(maxsize=16384)  # called per word of a page: words repeat, hostile pages repeat a lot
def _whole_line(text: str, start: int, end: int, label: bool = False) -> bool:
    """Is text[start:end] a line of its own (a list or heading number or bullet before it, a
    trailing ':' after it allowed)?"""
    window = text[max(0, start - 8):start]  # a marker is short; never scan an endless line
    newline = window.rfind("\n")
    if newline < 0 and start > 8:
        return False
    lead = window[newline + 1:]
    short = _SHORT_AFTER.match(text, end, end + 24)  # "Kabupaten Rejang Lebong (RL):"
    at = short.end() if short else end
    # "Tojo Una-Una: 44.624 suara" opens its line as a label (`label`: it names a region
    # there) but is no line of its own: not a heading that scopes the lines after it.
    after = text[at:at + 3].lstrip(":").lstrip(" ")[:1]
    return (lead == "" or _LINE_MARK.fullmatch(lead) is not None) and \
        (after in ("", "\n") or label and text[at:at + 1] == ":")


def fold(text: str) -> str:
    """Lower case, compatibility forms folded, accents and punctuation dropped."""
    # Called for every word of a page (region and name scans) and words repeat: short ones
    # are remembered; long ones (a table cell, a name) are not worth keeping alive.
    return _fold_word(text) if len(text) <= _WORD_CHARS else _fold(text)


@lru_cache(maxsize=32768)
def _fold_word(text: str) -> str:
    return _fold(text)


# fold() of ASCII text in one C call: upper case lowered, ' . ` dropped, every other
# character that is no word character (\w: letters, digits, _) a space. A cold check folds
# the ~3,200 pieces of the record's pair names: this takes a third of the two patterns' time.
_ASCII_FOLD = str.maketrans(
    {**{c: " " for c in map(chr, range(128)) if not (c.isalnum() or c == "_")},
     **{c: None for c in "'.`"}, **{c: c.lower() for c in map(chr, range(65, 91))}})


def _fold(text: str) -> str:
    if text.isascii():
        return " ".join(text.translate(_ASCII_FOLD).split())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_NON_WORD.sub(" ", _DROP.sub("", text.lower())).split())


_FOLDED: dict = {}


def folded_words(figures) -> tuple[frozenset[str], frozenset[str]]:
    """The rules' name stop words and titles, folded: once per rules object, not per page (a
    few hundred fold() calls, a tenth of a small page's reading)."""
    return kept(_FOLDED, id(figures), figures, lambda: (
        frozenset(fold(w) for w in figures.name_stopwords),
        frozenset(fold(w) for w in figures.titles)))
