"""Figures given "respectively" (issue 10, recall): a list of pairs, then their figures in the
same order after "masing-masing" or "berturut-turut":

    "... atas Anies Baswedan-Muhaimin Iskandar dan Ganjar Pranowo-Mahfud MD, yang masing-masing
    memperoleh 67.592 suara dan 178.534 suara."

The list is the run of pair names that ends right before the word (joined by commas, "dan",
"serta"); every one of them must be a pair of the record, and the figures of the figure's unit
after the word in its sentence must be as many as the pairs: then the k-th figure is the k-th
pair's; one small count right after "masing-masing" is each pair's ("Jeje-Ronal dan
Acep-Gitalis masing-masing memperoleh 12 suara", at one TPS; any count where the sentence
says they tied, "hasilnya imbang antara A dan B, yang masing-masing memperoleh 4.270 suara").
An area's total ("6 suara tidak sah") is no pair's. Anything else (one large figure for
several pairs with no tie said, a count that does not fit) is left to the reader as before: no
figure is guessed. Words pointing back instead of names ("kedua paslon itu masing-masing
...") take the pairs of the sentence before (pairs_before).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from checker.figures.at_words import Keys, find_at_words
from checker.figures.numbers import find_numbers
from checker.figures.pairs_before import pairs_before, points_back
from checker.figures.totals import is_total

__all__ = ["WORD_KEYS", "each_other", "respective"]

_WORD = re.compile(r"\b(?:masing-masing|berturut-turut)\b", re.IGNORECASE)
WORD_KEYS = Keys(("masing", "berturut"))  # the words a _WORD match opens with (at_words)
# Between the list's last name and the word: "", ", yang", "memperoleh suara" (no figure).
_BEFORE_WORD = re.compile(r"[\s,]*(?:yang\s+)?(?:(?:memperoleh|meraih|mendapat(?:kan)?|"
                          r"mengantongi)\s+)?(?:suara\s+)?", re.IGNORECASE)
# Between two names: ", ", "dan", "serta", and the pair's noun the page repeats before each name
# ("pasangan A dan pasangan B mendapatkan masing-masing ...", "paslon nomor urut 1 A dan paslon
# nomor urut 3 B ...", blind hunt 49): without it the list stopped at the last name, and each
# figure went to the pair named nearest before it.
_NOUN = (r"(?:(?:pasangan\s+)?(?:calon|capres[-\s]cawapres)|pasangan|paslon)"
         r"(?:\s+(?:nomor|no\.?)(?:\s+urut)?\s+0?\d{1,2})?\s+")
_BETWEEN = re.compile(r"\s*,?\s*(?:(?:dan|serta)\s+)?(?:" + _NOUN + r")?", re.IGNORECASE)
_JOINED = re.compile(r"\s*(?:,\s*(?:dan|serta)?|dan|serta)\s*", re.IGNORECASE)
# (a run can end in its joiner, "Anies Baswedan-Muhaimin Iskandar dan", when the next name
# follows its noun: "... dan pasangan Ganjar ...")
_PARTS = re.compile(r"\s*,\s*|\s+(?:dan|serta)(?:\s+|$)", re.IGNORECASE)
_MAX_PAIRS = 8
_CLOSE = re.compile(r"[.!?](?:\s|$)")  # where the figure's sentence ends
# "masing-masing memperoleh 12 suara": the one figure right after the word (each, not in turn),
# a count small enough for a tie (a TPS's, a village's): two pairs with one count of a city or
# a province is likelier a sentence that lost a figure ("... yang masing-masing memperoleh
# 67.592 suara"), and no pair gets it.
_TIE = 1000
# ... unless its sentence says the pairs tied ("Di Kecamatan Katingan Tengah hasilnya imbang
# antara A dan B, yang masing-masing memperoleh 4.270 suara", corpus-al): then any count is each
# pair's.
_TIED = re.compile(r"\b(?:imbang|berimbang|seri|sama[ -]kuat|sama[ -]banyak)\b", re.IGNORECASE)
_EACH = re.compile(r"masing-masing\s+(?:(?:memperoleh|meraih|mendapat(?:kan)?|mengantongi|"
                   r"meraup|mengumpulkan)\s+)?(?:(?:sebanyak|sebesar)\s+)?", re.IGNORECASE)


def respective(reader, number, style: str | None, scope):
    """(candidate, None, name) of the pair `number` is the figure of, in a respectively list,
    else None."""
    text = reader.text
    sentence = reader._start_of(reader.sentences, number.start)
    # The page's "masing-masing" words, found once: searching each figure's sentence anew was
    # quadratic on a page of one long sentence (hostile_nested_headings: 1.8 s of 2.9 s).
    found = reader.__dict__.get("_respectively_words")
    if found is None:
        words = list(find_at_words(_WORD, text, WORD_KEYS))
        found = reader._respectively_words = (words, [m.start() for m in words])
    words, starts = found
    index = bisect_left(starts, number.start) - 1
    if index < 0 or starts[index] < sentence or words[index].end() > number.start:
        return None
    word = words[index]
    # (within the paragraph: a line with no full stop, "Baca Juga: ... di TPS Jokowi", runs
    # on into the list's sentence)
    paragraph = reader._start_of(reader.paragraphs, word.start())
    runs = reader.runs(max(sentence, paragraph, word.start() - 400), word.start())
    names: list[tuple[int, int]] = []
    end = word.start()
    for a, b in reversed(runs):
        gap = text[b:end]
        if not (_BEFORE_WORD.fullmatch(gap) if not names else _BETWEEN.fullmatch(gap)):
            break
        names.insert(0, (a, b))
        end = a
    written = [p for a, b in names for p in _PARTS.split(text[a:b]) if p.strip()]
    if not written and points_back(text, word.start(), sentence):
        # "kedua paslon itu masing-masing meraup 10.919 dan 11.680": the sentence before's
        same, index = _figures_after(text, word, number, style)
        pointed = pairs_before(reader, word.start(), same, scope) if index is not None else None
        return pointed[index] if pointed else None
    if not 2 <= len(written) <= _MAX_PAIRS:
        return None
    area = scope.region.code if scope.region is not None else None
    pairs = [reader.out.candidate(area, scope.kind, None, name.strip()) for name in written]
    if any(p is None for p in pairs) or len({p.id for p in pairs}) != len(pairs):
        return None
    # The list's figures end where the sentence names another pair ("A dan B masing-masing
    # memperoleh 4.492.652 suara, sedangkan Prabowo-Gibran 16.716.603 suara"): that pair's figure
    # is its own, not the list's next one.
    limit = _next_pair(reader, word.end(), area, scope.kind)
    same, index = _figures_after(text, word, number, style, limit)
    if index is None:
        return None
    if len(same) == 1 and number.unit != "percent" and _EACH.fullmatch(
            text, word.start(), number.start) and (
            number.value < _TIE or _TIED.search(text, sentence, word.start())):
        # "A dan B masing-masing memperoleh 12 suara": each pair's, the first's here and
        # the others' from each_other()
        reader._each = (number.start, [(p, None, w.strip()) for p, w in zip(pairs, written)])
        return reader._each[1][0]
    if len(same) != len(pairs):
        return None
    return pairs[index], None, written[index].strip()


def _next_pair(reader, start: int, area, kind) -> int | None:
    """Where the first pair of the record named after `start` (within the reach of a list's
    figures) begins, else None."""
    text = reader.text
    for a, b in reader.runs(start, min(len(text), start + 600)):
        first = _PARTS.split(text[a:b])[0].strip()
        if first and reader.out.candidate(area, kind, None, first) is not None:
            return a
    return None


def _figures_after(text: str, word, number, style: str | None,
                   limit: int | None = None) -> tuple[list, int | None]:
    """The figures of `number`'s unit after the word in its sentence (and before `limit`), and
    which is it."""
    stop = _CLOSE.search(text, number.end)
    end = stop.start() if stop else len(text)
    tail = text[word.end():end if limit is None else min(end, limit)][:600]
    found = find_numbers(tail, style, limit=20)
    # "10.919 dan 11.680 suara": a bare count joined to the next takes its unit, down a list
    # ("40.971.906, 96.214.691, dan 27.040.878 suara": the first two take the last one's)
    units: list = [None] * len(found)
    for i in reversed(range(len(found))):
        n = found[i]
        joined = i + 1 < len(found) and _JOINED.fullmatch(tail, n.end, found[i + 1].start)
        units[i] = n.unit if n.unit is not None or not joined else units[i + 1]
    unit = next((u for n, u in zip(found, units) if word.end() + n.start == number.start),
                number.unit)
    same = [n for n, u in zip(found, units) if u == unit and
            not is_total(tail, n.start, n.end, 0)]  # ", dan 6 suara tidak sah": no pair's
    index = next((i for i, n in enumerate(same) if word.end() + n.start == number.start), None)
    return same, index


def each_other(reader, number) -> list:
    """The other pairs a figure is each one's ("masing-masing 12 suara"), after respective
    gave it to the first; else none."""
    each = reader.__dict__.get("_each")
    return each[1][1:] if each is not None and each[0] == number.start else []
