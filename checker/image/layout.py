"""Lines, cells, headings and table rows rebuilt from OCR word boxes. Pure.

Tesseract's own lines follow its blocks, and a results table is often split into one block
per column, so lines are rebuilt from the boxes: words whose vertical extents overlap are one
line; a wide horizontal gap starts a new cell. Then the structure a page would have in markup:
- a line in letters clearly taller than the body text, with no figure, is a heading (a
  graphic's "REAL COUNT KPU / PILGUB DKI JAKARTA 2024" names its race, as a page's <h1> does);
- a figure line takes the lines of a wrapped name cell just above or below it (a phone's
  narrow table wraps "AIRIN RACHMI -" / "ADE SUMARDI" over two lines);
- a bare value line ("42,02%" right of a bar) takes the label line just above it;
- consecutive figure rows of two cells or more are a table, with the header row before them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median

from checker.image.ocr import Word
from checker.image.repair import repair_words

__all__ = ["Box", "Layout", "Line", "build_layout", "is_figure"]

_FIGURE = re.compile(r"\d{1,3}\s?[.,]\s?\d{1,2}\s?%|\d{1,3}(?:\.\d{3})+(?!\d)|\b\d{1,3}\s?%")
_DESCENDER = re.compile(r"[gjpqy]")
_ALPHA = re.compile(r"[A-Za-z]{2,}")
_HEADING_RATIO = 1.3   # cap heights: a 46-px title line over 34-px body text
_CELL_GAP = 1.5         # a gap wider than 1.5 letter heights ends a cell
_WRAP_GAP = 0.8         # a wrapped cell's next line starts within 0.8 letter heights
_LABEL_GAP = 1.6        # a bar's value sits within 1.6 letter heights under its label


@dataclass(frozen=True)
class Box:
    left: int
    top: int
    right: int
    bottom: int

    def union(self, other: "Box") -> "Box":
        return Box(min(self.left, other.left), min(self.top, other.top),
                   max(self.right, other.right), max(self.bottom, other.bottom))

    def overlaps_x(self, other: "Box") -> bool:
        return self.left < other.right and other.left < self.right


@dataclass
class Cell:
    words: list[Word]
    box: Box | None = None

    @property
    def text(self) -> str:
        return " ".join(w.text for w in _reading_order(self.words))


def _letter_height(word: Word) -> float:
    return word.height / (1.22 if _DESCENDER.search(word.text) else 1.0)


def _reading_order(words: list[Word]) -> list[Word]:
    """Words of one cell, line by line: a wrapped name reads top line first whichever
    line Tesseract's boxes grouped each word with."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.middle):
        if rows and word.middle < max(w.bottom for w in rows[-1]):
            rows[-1].append(word)
        else:
            rows.append([word])
    return [w for row in rows for w in sorted(row, key=lambda w: w.left)]


@dataclass
class Line:
    words: list[Word]
    cells: list[Cell] = field(default_factory=list)
    kind: str = "text"          # text | heading | row | header | address | merged
    box: Box = Box(0, 0, 0, 0)

    @property
    def text(self) -> str:
        return " ".join(c.text for c in self.cells)

    @property
    def height(self) -> float:
        """Letter height without descenders ("Pasangan" is not taller than "Calon")."""
        return median(_letter_height(w) for w in self.words)

    @property
    def has_figure(self) -> bool:
        return any(is_figure(c.text) for c in self.cells)


@dataclass(frozen=True)
class Layout:
    lines: tuple[Line, ...]     # every line, top to bottom, with its kind
    body_height: float          # the median letter height


def is_figure(text: str) -> bool:
    return bool(_FIGURE.search(text))


def _box(words: list[Word]) -> Box:
    return Box(min(w.left for w in words), min(w.top for w in words),
               max(w.right for w in words), max(w.bottom for w in words))


def _keep(word: Word) -> bool:
    """OCR noise from bars, icons and borders: no letter or digit, or a low-confidence scrap."""
    if word.text in ("-", "\u2013", "\u2014"):
        return True  # the dash between a pair's two names
    if not any(ch.isalnum() for ch in word.text):
        return False
    if len(word.text) <= 2 and not any(ch.isdigit() for ch in word.text):
        return word.conf >= 75  # "a", "ae", "Se": a bar's edge or an icon read as letters
    return word.conf >= 30 or len(word.text) >= 3


def _lines(words: list[Word]) -> list[Line]:
    lines: list[list[Word]] = []
    spans: list[list[float]] = []
    for word in sorted(words, key=lambda w: (w.middle, w.left)):
        for i, (top, bottom) in enumerate(spans):
            overlap = min(bottom, word.bottom) - max(top, word.top)
            if overlap >= 0.5 * min(word.height, bottom - top):
                lines[i].append(word)
                spans[i] = [min(top, word.top), max(bottom, word.bottom)]
                break
        else:
            lines.append([word])
            spans.append([word.top, word.bottom])
    out = []
    for ws in lines:
        ws.sort(key=lambda w: w.left)
        out.append(Line(ws, _cells(ws), box=_box(ws)))
    return sorted(out, key=lambda l: l.box.top)


def _cells(words: list[Word]) -> list[Cell]:
    height = median(w.height for w in words)
    cells = [[words[0]]]
    for prev, word in zip(words, words[1:]):
        if word.left - prev.right > _CELL_GAP * height:
            cells.append([word])
        else:
            cells[-1].append(word)
    return [Cell(ws, box=_box(ws)) for ws in cells]


def _gap(upper: Line, lower: Line) -> float:
    return lower.box.top - upper.box.bottom


def _absorb(row: Line, line: Line) -> None:
    """Put a wrapped line's text into the row cell it sits over, or as a cell of its own."""
    target = next((c for c in row.cells if c.box is not None and c.box.overlaps_x(line.box)
                   and not is_figure(c.text)), None)
    if target is None:
        cell = Cell([w for c in line.cells for w in c.words], box=line.box)
        row.cells = sorted([*row.cells, cell], key=lambda c: c.box.left if c.box else 0)
    else:
        target.words = [*target.words, *(w for c in line.cells for w in c.words)]
        target.box = target.box.union(line.box)
    row.box = row.box.union(line.box)
    line.kind = "merged"


def _wraps(row: Line, line: Line) -> bool:
    """`line` is part of the row: close above or below it, clear of its figure cells."""
    if line.kind != "text" or line.has_figure:
        return False
    gap = max(line.box.top - row.box.bottom, row.box.top - line.box.bottom)
    figures = [c.box for c in row.cells if c.box is not None and is_figure(c.text)]
    return gap < _WRAP_GAP * row.height and not any(b.overlaps_x(line.box) for b in figures)


def _merge_wrapped(lines: list[Line]) -> None:
    """Fold the wrapped lines of a name cell into the figure row they belong to (up to two
    lines each side; the nearest row wins because rows are visited by their own order)."""
    for i, row in enumerate(lines):
        if row.kind != "row":
            continue
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and abs(j - i) <= 2 and _wraps(row, lines[j]):
                _absorb(row, lines[j])
                j += step


def _attach_labels(lines: list[Line]) -> None:
    """A value line with no words of its own takes the label line just above it."""
    for i, line in enumerate(lines):
        if line.kind != "row" or any(_ALPHA.search(c.text) for c in line.cells) or i == 0:
            continue
        above = lines[i - 1]
        if above.kind == "text" and not above.has_figure and \
                _gap(above, line) < _LABEL_GAP * line.height:
            line.cells = [Cell([w for c in above.cells for w in c.words], box=above.box), *line.cells]
            line.box = line.box.union(above.box)
            above.kind = "merged"


def build_layout(words: list[Word], skip: set[int] = frozenset()) -> Layout:
    """`skip`: indexes (into the returned lines) never used as text, e.g. the address bar."""
    kept = repair_words([w for w in words if _keep(w)])
    if not kept:
        return Layout((), 0.0)
    lines = _lines(kept)
    # Body letters: the lines without figures (a graphic's values are set large).
    # Words, not lines: a chat's few large captions must not set the body size of a
    # screenshot inside it.
    plain = [l for l in lines if not l.has_figure] or lines
    body = median(_letter_height(w) for l in plain for w in l.words)
    for line in lines:
        if line.has_figure:
            line.kind = "row"
        elif line.height >= _HEADING_RATIO * body and _ALPHA.search(line.text):
            line.kind = "heading"
    _merge_wrapped(lines)
    _attach_labels(lines)
    for i, line in enumerate(lines):  # a column header just before a row of 2+ cells
        nxt = next((l for l in lines[i + 1:] if l.kind != "merged"), None)
        if line.kind == "text" and len(line.cells) >= 2 and nxt is not None \
                and nxt.kind == "row" and len(nxt.cells) >= 2:
            line.kind = "header"
    return Layout(tuple(lines), body)
