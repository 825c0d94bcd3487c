"""Figures given "respectively" to two pairs the sentence before named (issue 10, recall):

    "Di Kecamatan Petang, Ganjar-Mahfud menang tipis atas Prabowo-Gibran dengan selisih 761
    suara. Di 'kandang' ..., kedua paslon itu masing-masing meraup 10.919 dan 11.680 suara."
                                                              (NusaBali, Pilpres in Badung)

"kedua paslon itu" (or "keduanya") before "masing-masing" points back: the pairs are those the
sentence before names, in its order, and only when it names exactly as many pairs of the record
as there are figures. When that sentence says which pair won ("A menang atas B", "A kalah dari
B"), the larger figure is the winner's, whatever the order of naming (above, the margin of 761
is Ganjar-Mahfud's: 11.680 against 10.919). Two equal figures with a winner said, or anything
else, leave the figures to the reader as before. Pure.

    pairs_before(reader, word_start, figures, scope) -> [(candidate, None, name)] | None
    opening_before(reader, position) -> int | None   where the sentence before starts, when
        the figure's sentence gives its figures to that one's pairs (kecamatan_said)
"""

from __future__ import annotations

import re

__all__ = ["opening_before", "pairs_before", "points_back"]

# Right before "masing-masing": the words that point back to two pairs named before.
_BACK = re.compile(r"\b(?:kedua\s+(?:paslon|pasangan(?:\s+calon)?|kandidat|capres|calon)"
                   r"(?:\s+(?:itu|ini|tersebut))?|keduanya)\s*,?\s*(?:yang\s+)?$", re.IGNORECASE)
# Who won, between the two names: "menang (tipis) atas", "unggul dari", "mengalahkan" (the
# first named won); "kalah (tipis) dari", "tertinggal dari" (the second).
_WON = re.compile(r"\b(?:menang|unggul|mengungguli|mengalahkan|menumbangkan)\b", re.IGNORECASE)
_LOST = re.compile(r"\b(?:kalah|tertinggal|takluk)\b", re.IGNORECASE)
_JOINER = re.compile(r"\s*,\s*|\s+(?:dan|serta)\s+", re.IGNORECASE)
_WORD = re.compile(r"\bmasing-masing\b", re.IGNORECASE)
_WINDOW = 200  # how far before its figure the word may stand ("masing-masing meraup A dan B")
_REACH = 40  # how far before "masing-masing" the pointing words may start


def _parts(text: str, runs) -> list[tuple[int, int]]:
    """The runs of names, each cut at its joiners ("Ganjar-Mahfud dan Prabowo-Gibran")."""
    out = []
    for a, b in runs:
        for joiner in _JOINER.finditer(text, a, b):
            out.append((a, joiner.start()))
            a = joiner.end()
        out.append((a, b))
    return out


def points_back(text: str, word_start: int, sentence: int) -> bool:
    """Do the words right before "masing-masing" (at `word_start`) point back to pairs?"""
    return _BACK.search(text, max(sentence, word_start - _REACH), word_start) is not None


def opening_before(reader, position: int) -> int | None:
    """Where the sentence before the one at `position` starts, when this sentence's figures
    are given to the pairs that sentence names ("kedua paslon itu masing-masing ..."), in
    the same paragraph; else None."""
    sentence = reader._start_of(reader.sentences, position)
    paragraph = reader._start_of(reader.paragraphs, position)
    if sentence <= paragraph:
        return None
    word = _WORD.search(reader.text, max(sentence, position - _WINDOW), position)
    if word is None or not points_back(reader.text, word.start(), sentence):
        return None
    return reader._start_of(reader.sentences, sentence - 1)


def pairs_before(reader, word_start: int, figures: list, scope) -> list | None:
    """The pairs, in the order of `figures` (the values after "masing-masing"), that the
    sentence before names, when the words before the word point back to them; else None."""
    text = reader.text
    sentence = reader._start_of(reader.sentences, word_start)
    if not points_back(text, word_start, sentence):
        return None
    if sentence <= reader._start_of(reader.paragraphs, word_start):
        return None  # (the paragraph's first sentence: nothing before it to point to)
    before = reader._start_of(reader.sentences, sentence - 1)
    named: list[tuple[int, int, tuple]] = []
    for a, b in _parts(text, reader.runs(before, sentence)):
        who = reader.name_of(a, b, scope)
        if who[0] is not None and all(who[0].id != w[0].id for _, _, w in named):
            named.append((a, b, who))
    if len(named) != len(figures) or len(named) != 2:
        return None
    (_, first_end, first), (second_start, _, second) = named
    between = text[first_end:second_start]
    winner = 0 if _WON.search(between) else 1 if _LOST.search(between) else None
    if winner is None:
        return [first, second]
    values = [figure.value for figure in figures]
    if values[0] == values[1]:
        return None
    larger = 0 if values[0] > values[1] else 1
    return [first, second] if larger == winner else [second, first]
