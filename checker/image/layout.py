"""Lines, cells, headings and table rows rebuilt from OCR word boxes. Pure.

Tesseract's own lines follow its blocks, and a results table is often split into one block
per column, so lines are rebuilt from the boxes: words whose vertical extents overlap are one
line; a wide horizontal gap starts a new cell. Then the structure a page would have in markup:
- a line in letters clearly taller than the body text, with no figure, is a heading (a
  graphic's "REAL COUNT KPU / PILGUB DKI JAKARTA 2024" names its race, as a page's <h1> does);
- consecutive figure rows of two cells or more are a table, whose columns come from all its
  rows at once: a gap no row crosses, or where ballot numbers, names and figures stand apart
  (one line's gaps cannot tell a phone's tight cells apart); its header takes them too;
- a figure line takes the lines of a wrapped name cell just above or below it (a phone's
  narrow table wraps "AIRIN RACHMI -" / "ADE SUMARDI" over two lines);
- a bare value line ("42,02%" right of a bar) takes the label line just above it;
- the table's header is the line of two cells or more just before its first row.
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
_WIDE = 1.2             # letters are at most about as wide as tall ("W", "M")
_COLUMN_GAP = 0.6       # a gap clear in every row of a table, wider than a word space
_SPACE_MARGIN = 1.1     # ... by more than the jitter of word boxes


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
    if word.conf < 60 and word.width > _WIDE * word.height * len(word.text):
        return False  # "naa" over a bar: far wider than letters of its height are
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


def _table_blocks(lines: list[Line]) -> list[list[Line]]:
    """Runs of figure rows of two cells or more; the lines between them (a wrapped name
    cell) do not end a run, a heading or a one-cell figure line does."""
    blocks, run = [], []
    for line in lines:
        if line.kind == "row" and len(line.cells) >= 2:
            run.append(line)
        elif line.kind in ("row", "heading"):
            blocks, run = blocks + [run], []
    return [b for b in blocks + [run] if len(b) >= 2]


def _column_spans(block: list[Line]) -> list[tuple[int, int]]:
    """The table's columns: the x extents its rows' words cover together, split where a gap
    stays clear in every row and is wider than the rows' own word spaces (a narrow phone
    table puts "02" a third of a letter further from its name than a space)."""
    height = median(_letter_height(w) for line in block for w in line.words)
    # Word spaces: between two words of letters (a name), never beside a figure, which may
    # be the next column.
    spaces = [b.left - a.right for line in block for c in line.cells
              for a, b in zip(c.words, c.words[1:])
              if b.left > a.right and _ALPHA.search(a.text) and _ALPHA.search(b.text)]
    # Two rows could leave a word space clear by chance where their words line up; three
    # rarely do, so the margin over a space is smaller then.
    margin = _SPACE_MARGIN if len(block) >= 3 else 1.5
    limit = max(_COLUMN_GAP * height, margin * median(spaces) if spaces else 0.0)
    spans: list[list[Word]] = []
    for word in sorted((w for line in block for w in line.words), key=lambda w: w.left):
        if spans and word.left - max(w.right for w in spans[-1]) < limit:
            spans[-1].append(word)
        else:
            spans.append([word])
    return [piece for span in spans for piece in _by_kind(span)]


_BALLOT_WORD = re.compile(r"^0?[1-9]$|^1[0-9]$")


def _kind(word: Word) -> str:
    return "ballot" if _BALLOT_WORD.match(word.text) else \
        "figure" if is_figure(word.text) else "text"


def _by_kind(words: list[Word]) -> list[tuple[int, int]]:
    """One span cut where its ballot numbers, names and figures stand apart: every word of
    one kind ends before every word of the next begins, in every row (the vote counts of
    a tight phone table start a space after the longest name, but never inside one)."""
    extent: dict[str, list[int]] = {}
    for word in words:
        box = extent.setdefault(_kind(word), [word.left, word.right])
        box[0], box[1] = min(box[0], word.left), max(box[1], word.right)
    pieces: list[list[int]] = []
    for left, right in sorted(extent.values()):
        if pieces and left <= pieces[-1][1]:
            pieces[-1][1] = max(pieces[-1][1], right)
        else:
            pieces.append([left, right])
    return [(a, b) for a, b in pieces]


def _recell(line: Line, spans: list[tuple[int, int]]) -> None:
    """The line's words regrouped under the table's columns (most overlap, else nearest)."""
    groups: dict[int, list[Word]] = {}
    for word in line.words:
        overlap = [min(word.right, b) - max(word.left, a) for a, b in spans]
        best = max(range(len(spans)), key=lambda i: overlap[i])
        if overlap[best] <= 0:
            best = min(range(len(spans)),
                       key=lambda i: abs((spans[i][0] + spans[i][1]) / 2 - word.middle_x))
        groups.setdefault(best, []).append(word)
    line.cells = [Cell(ws, box=_box(ws)) for _, ws in sorted(groups.items())]


def _split_columns(lines: list[Line]) -> None:
    """Cells rebuilt from the columns of the whole table, not from one line's gaps: a cell
    gap narrower than 1.5 letters in a phone's tight table is still a column if no row
    crosses it. The header line just above the table is regrouped the same way."""
    for block in _table_blocks(lines):
        spans = _column_spans(block)
        if len(spans) < 2:
            continue
        for line in block:
            _recell(line, spans)
        _table_header(lines, lines.index(block[0]), spans)


def _table_header(lines: list[Line], first: int, spans: list[tuple[int, int]]) -> None:
    """The header of the table whose first row is `lines[first]`: the nearest text line of
    two cells or more among the three above it, regrouped under the columns. A line between
    the two that is nearer the header than the row ("Calon" under "Pasangan") is the
    header's wrapped cell; one nearer the row is the row's (a wrapped name)."""
    above = [i for i in range(first - 1, max(-1, first - 4), -1) if lines[i].kind != "merged"]
    for n, i in enumerate(above):
        header = lines[i]
        if header.kind != "text" or header.has_figure:
            return
        if len(header.cells) >= 2:
            _recell(header, spans)
            for j in reversed(above[:n]):
                if _gap(header, lines[j]) < _gap(lines[j], lines[first]):
                    _absorb(header, lines[j])
            return


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
    _split_columns(lines)
    _merge_wrapped(lines)
    _attach_labels(lines)
    for i, line in enumerate(lines):  # a column header just before a row of 2+ cells
        nxt = next((l for l in lines[i + 1:] if l.kind != "merged"), None)
        if line.kind == "text" and len(line.cells) >= 2 and nxt is not None \
                and nxt.kind == "row" and len(nxt.cells) >= 2:
            line.kind = "header"
    return Layout(tuple(lines), body)
