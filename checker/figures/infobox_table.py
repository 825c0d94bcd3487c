"""An election infobox as a wiki mirror renders it: one row per field, one column per pair, the
field's label in the first cell (Wikipedia's {{Infobox election}} shown as HTML; its source
fields are from_fields.py's):

    Pemilihan umum Gubernur Jawa Timur 2024
    Calon         | Khofifah Indar Parawansa | Tri Rismaharini     | Luluk Nur Hamidah
    Pendamping    | Emil Elestianto Dardak   | Zahrul Azhar Asumta | Lukmanul Khakim
    Suara rakyat  | 12.192.165               | 6.743.095           | 1.797.332
    Persentase    | 58,81%                   | 32,52%              | 8,67%

No header row names two roles, so from_tables read such a table row by row and found nothing.
Each column is a pair: its head and running mate written as one name ("Khofifah Indar
Parawansa - Emil Elestianto Dardak"), its votes and share that pair's. The race is the one the
table's title row, caption or heading, or the page's title, names (from_tables' scope): a
column whose names match no pair of that race keeps them as written, and is never graded.
Pure."""

from __future__ import annotations

import re

from dataclasses import replace

from checker.figures.magnitude import above_provinces
from checker.figures.matching import RegionHit, fold
from checker.figures.numbers import find_numbers

__all__ = ["read_infobox"]

# The running mate's row: "Pendamping", "Calon wakil", "Wakil", "Running mate", "Cawagub".
_MATE = re.compile(r"^(?:pendamping|(?:calon\s+)?wakil(?:\s+\w+){0,2}|running\s+mate|cawagub|"
                   r"cawabup|cawalkot|cawapres)$", re.IGNORECASE)
_FIGURE = re.compile(r"\d{1,3}(?:[.,]\d{3})+|%")
# A label longer than this is a sentence, no field's name.
_MAX_LABEL = 30


def _label(table, cell: str) -> str | None:
    """The field a row's first cell names: candidate, mate, votes or share."""
    text = " ".join(cell.split())
    if not text or len(text) > _MAX_LABEL or find_numbers(text) or fold(text) in table.totals:
        return None  # ("Suara sah": a total row's label)
    if _MATE.match(text):
        return "mate"
    role = table._role(text)
    return role if role in ("candidate", "votes", "share") else None


def _title(grid) -> str:
    """The title row's text: one cell repeated across the row (a colspan), no count or share
    (its year is no figure)."""
    first = {cell.strip() for cell in grid[0] if cell.strip()} if grid else set()
    return next(iter(first)) if len(first) == 1 and not _FIGURE.search(next(iter(first))) \
        else ""


def _national(table, fields: dict[str, int]):
    """The country's Pilpres, for an infobox whose race no place names (the English "2024
    Indonesian general election": "Candidate | Prabowo Subianto | ...", "Popular vote |
    96,214,691 | ...", blind hunt 53, justapedia): only when every column's pair is one of the
    2024 Pilpres pairs, each a different one, and a vote count of the row is larger than any
    province's valid votes; a province's infobox (every count within its province) or an
    earlier election's (Joko Widodo's column) stays unread. Else None."""
    out, grid = table.out, table.grid
    if "votes" not in fields or out.record is None:
        return None
    heads, mates = grid[fields["candidate"]], grid[fields["mate"]] if "mate" in fields else ()
    pairs = []
    for column, head in enumerate(heads[1:], 1):
        head = " ".join(head.split())
        if not head or fold(head) in table.totals:
            continue
        mate = " ".join(mates[column].split()) if column < len(mates) else ""
        pairs.append(out.candidate("", "president", None, f"{head} - {mate}" if mate else head,
                                   election="pemilu2024"))
    counts = [n.value for cell in grid[fields["votes"]][1:]
              for n in find_numbers(cell, table.style, default_unit="votes", limit=2)
              if isinstance(n.value, int)]
    if len(pairs) < 2 or None in pairs or len({p.id for p in pairs}) != len(pairs) or \
            not any(above_provinces(value, out.record) for value in counts):
        return None
    return replace(table.scope, region=RegionHit("", "", 0), kind="president",
                   election="pemilu2024")


def read_infobox(table) -> bool:
    """Read `table` (from_tables' _Table) as an infobox when its first column labels a
    candidate row and a votes or share row with figures in two columns or more; True when it
    was one."""
    fields: dict[str, int] = {}
    for index, row in enumerate(table.grid[:40]):
        field = _label(table, row[0]) if row else None
        if field == "candidate" and "candidate" in fields:
            field = "mate"  # "Calon | ..." then "Pasangan | ...": the head, then the mate
        if field is not None and field not in fields:
            fields[field] = index
    figures = [fields[f] for f in ("votes", "share") if f in fields]
    names = table.grid[fields["candidate"]][1:] if "candidate" in fields else ()
    if not figures or sum(1 for c in names if c.strip() and not find_numbers(c)) < 2 or \
            sum(1 for cell in table.grid[figures[0]][1:] if find_numbers(cell)) < 2:
        return False  # (two pairs named, two of them with figures)
    title = _title(table.grid)
    if title:  # the infobox's own title names its race, over the heading before it
        context = f"{table.excerpt}\n{title}" if table.excerpt else title
        table.excerpt, table.scope = title, table._scope(context)
    scope = table.scope if table.scope.region is not None else _national(table, fields)
    if scope is None:
        return False  # the race unnamed (title row, caption, heading, page title): unread
    area = scope.region.code

    def cell(field: str, column: int) -> str:
        row = table.grid[fields[field]] if field in fields else ()
        return " ".join(row[column].split()) if column < len(row) else ""

    width = max(len(row) for row in table.grid)
    for column in range(1, width):
        head, mate = cell("candidate", column), cell("mate", column)
        if not head or fold(head) in table.totals or table.out.full:
            continue
        written = f"{head} - {mate}" if mate and mate != head else head
        cand = table.out.candidate(area, scope.kind, None, written,
                                   election=table.scope.election)
        excerpt = " | ".join(x for x in (written, cell("votes", column), cell("share", column))
                             if x)
        excerpt = f"{table.excerpt[:60]}: {excerpt}" if table.excerpt else excerpt
        table._values(cell("votes", column), "votes", scope, cand, None, written, excerpt)
        table._values(cell("share", column), "percent", scope, cand, None, written, excerpt)
    return True
