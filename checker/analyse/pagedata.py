"""What figures are read from, taken from a document extract() has parsed: table grids and the
JSON a page carries inline (its prose is read in checker/analyse/walk.py's one walk of the
body, with what is shared from here). Pure; every size is bounded (hostile pages).

The bounds are rules/figures.yaml's params (RuleSet.figures.params), passed in as `limits`:
one place for every cap, which a newsroom may tune without touching code.

JSON is parsed, never evaluated: `window.__X__ = {...}` is read by json's decoder starting at
the brace, and anything that is not strict JSON is skipped. Numbers with a fraction become
Decimal (never float); NaN/Infinity are refused.
"""

from __future__ import annotations

import json
import re
import unicodedata
from decimal import Decimal
from itertools import islice
from typing import Any

from checker.analyse.leadin import lead_in
from checker.analyse.opening_words import opening_at
from checker.bounds import MAX_JSON_DEPTH, clean_strings, json_depth

__all__ = ["INLINE", "NEWLINES", "json_blobs", "parse_json", "tables", "teaser_lines", "unglue",
           "visible_text"]

_JSON_TYPES = ("application/json", "application/ld+json", "text/json")
# `window.__DATA__ = {`, `self["__X__"] = [`, `var data = {`, `= JSON.parse("...")`
_ASSIGN = re.compile(r"(?:(?:window|self|globalThis)\s*(?:\.\s*([A-Za-z_$][\w$]*)|\[\s*[\"']"
                     r"([^\"']{1,80})[\"']\s*\])|(?:var|let|const)\s+([A-Za-z_$][\w$]*))"
                     r"\s*=\s*(JSON\.parse\(\s*)?(?=[\[{\"])")
INLINE = frozenset("a abbr b bdi bdo cite code data dfn em font i kbd mark q s samp small span "
                    "strong sub sup time tt u var label".split())
NEWLINES = re.compile("[\n\r\f\v\u2028\u2029\x85]")


def _reject(name: str) -> None:
    raise ValueError(f"{name} is not a number")


_DECODER = json.JSONDecoder(parse_float=Decimal, parse_constant=_reject)


def parse_json(text: str | bytes, limit: int) -> Any:
    """Strict JSON, bounded; None when it is not JSON, too big or too deep."""
    if isinstance(text, bytes):
        if len(text) > limit:
            return None
        text = text.decode("utf-8-sig", "replace")
    if len(text) > limit:
        return None
    if _deep(text):
        return None
    try:
        value = _DECODER.decode(text.strip())
    except (ValueError, RecursionError):
        return None
    return clean_strings(value) if "\\u" in text else value  # only an escape makes a surrogate


def _decode_at(text: str, index: int) -> Any:
    try:
        value, end = _DECODER.raw_decode(text, index)
    except (ValueError, RecursionError):
        return None
    # Too deep a value would make every later walk of it a stack hazard: not JSON to us.
    written = text[index:end]
    if _deep(written):
        return None
    return clean_strings(value) if "\\u" in written else value


def _deep(text: str) -> bool:
    """Nested deeper than MAX_JSON_DEPTH. A text cannot nest deeper than it has openers:
    counted in C first, it spares most scripts the full measure (as bounds.load_json does)."""
    return text.count("[") + text.count("{") > MAX_JSON_DEPTH and \
        json_depth(text) > MAX_JSON_DEPTH


def _tidy(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def visible_text(element, limit: int | None = None) -> str:
    """Text as a browser lays it out: block edges are spaces, inline edges are not, comments
    vanish but their tails stay, scripts and styles inside show nothing. Iterative (hostile
    nesting), and stops once `limit` characters are collected (nested headings would repeat
    the same text at every level). Shared by checker.analyse.page and the table reader here."""
    parts, size = [], 0
    stack = [(element, False)]
    while stack and (limit is None or size <= limit):
        node, closing = stack.pop()
        is_element = isinstance(node.tag, str)
        tag = node.tag.lower() if is_element else ""
        space = " " if is_element and tag not in INLINE else ""
        if closing:
            piece = space + ((node.tail or "") if node is not element else "")
        else:
            if is_element and tag in ("script", "style", "template") and node is not element:
                stack.append((node, True))
                continue
            piece = space + ((node.text or "") if is_element else "")
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(node))
        if piece:
            parts.append(piece)
            size += len(piece)
    return "".join(parts)


def _text(element, limit: int) -> str:
    """Visible text of one element, case kept."""
    return _tidy(visible_text(element, limit))[:limit]


def _own_rows(table):
    for child in table:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag == "tr":
            yield child
        elif tag in ("thead", "tbody", "tfoot"):
            for row in child:
                if isinstance(row.tag, str) and row.tag.lower() == "tr":
                    yield row


def _span(value: str | None, most: int) -> int:
    try:
        return max(1, min(int((value or "1").strip()), most))
    except ValueError:
        return 1


def _grid(table, max_rows: int, max_cells: int, max_chars: int) -> tuple[tuple[str, ...], ...]:
    """Rows of cell texts with rowspan/colspan expanded, so columns line up."""
    rows: list[tuple[str, ...]] = []
    pending: dict[int, tuple[int, str]] = {}  # column -> (rows still covered, text)
    for count, tr in enumerate(_own_rows(table)):
        if len(rows) >= max_rows or count >= 4 * max_rows:
            break
        cells = list(islice((c for c in tr if isinstance(c.tag, str)
                             and c.tag.lower() in ("td", "th")), max_cells))
        row: list[str] = []
        col, index = 0, 0
        while (index < len(cells) or col in pending) and len(row) < max_cells:
            if col in pending:
                left, text = pending.pop(col)
                if left > 1:
                    pending[col] = (left - 1, text)
            else:
                cell = cells[index]
                index += 1
                text = _text(cell, max_chars)
                down = _span(cell.get("rowspan"), max_rows)
                for _ in range(_span(cell.get("colspan"), max_cells) - 1):
                    if down > 1:
                        pending[col] = (down - 1, text)
                    row.append(text)
                    col += 1
                if down > 1:
                    pending[col] = (down - 1, text)
            row.append(text)
            col += 1
        if any(row):
            rows.append(tuple(row[:max_cells]))
    return tuple(rows)


def tables(body, limits, lead_ins: tuple[str, ...] = ()) -> tuple[
        tuple[tuple[tuple[str, ...], ...], ...], tuple[str, ...]]:
    """Every table's grid (nested tables are tables of their own) and its context: the
    <caption>, else the nearest heading before it and the paragraph introducing the table
    (leadin.py; `lead_ins`: the words that say a paragraph does)."""
    chars = limits["max_cell_chars"]
    bounds = (limits["max_table_rows"], limits["max_table_cells"], chars)
    grids, contexts = [], []
    heading = None  # the last heading met: its text is read only if a table wants it (a
    #                 hostile page's 2,000 headings and no table cost 15 ms read one by one)
    for element in body.iter("h1", "h2", "h3", "h4", "h5", "h6", "table"):
        if element.tag != "table":
            heading = element
            continue
        grid = _grid(element, *bounds)
        if not grid:
            continue
        caption = element.find("caption")
        context = _text(caption, chars) if caption is not None else \
            _text(heading, chars) if heading is not None else ""
        # the paragraph introducing it (leadin.py): "Hasil di Kabupaten Badung:", "Berikut hasil
        # quick count ... per provinsi": its last line (from_tables prefers that line's one
        # place to the heading's)
        said = lead_in(element, lambda e: _text(e, chars), lead_ins) if caption is None else ""
        if said:
            context = f"{context}\n{said}" if context else said
        contexts.append(context)
        grids.append(grid)
        if len(grids) >= limits["max_tables"]:
            break
    return tuple(grids), tuple(contexts)


# A link to another article inside a paragraph's flow: "Baca juga" (or "Simak pula", "Lihat
# juga") with a colon, or capitalised as a label, then the link's text between two inline
# edges ("... suara. <strong>Baca Juga: <a>Prabowo-Gibran Raih 150.619 Suara di Kota
# Jambi</a></strong> Pasangan nomor urut 1 ...").
_INLINE_TEASER = re.compile(r"(?<!\w)((?i:baca|simak|lihat)[^\S\n]+(?i:juga|pula))\b"
                            r"([^\S\n\x00]*:)?(?:[^\S\n]*\x00)+[^\S\n]*([^\x00\n]{1,200})\x00")


def teaser_lines(text: str) -> str:
    """`text` (inline edges still marked) with each inline "Baca juga" link moved out of its
    paragraph to a line of its own after it, as the same teaser in its own <p> is: its headline
    ends in no full stop, so the sentence after it would read as the headline's (its place, its
    pair), and the paragraph's sentences after it stay the paragraph's ("Koster-Giri ... di
    Kabupaten Bangli, 75,04%. [Baca Juga: ...] Berikutnya Kabupaten Gianyar ... 71,24%").
    "baca juga aturan <b>PKPU</b>" in a sentence (no colon, not a label) stays as it is."""
    if "\x00" not in text:
        return text
    out, moved, at = [], [], 0
    # (tried only where "baca", "simak" or "lihat" starts: the pattern opens with a look-behind
    # and was tried at every position of the page, 0.8 ms on a 20 KB news page)
    for match in opening_at(_INLINE_TEASER, text, ("baca", "simak", "lihat")):
        if not match.group(2) and not match.group(1)[0].isupper():
            continue
        end = text.find("\n", at, match.start())
        if end >= 0 and moved:  # the paragraph of the teasers moved so far ended
            out.append(text[at:end])
            out += [f"\n{line}" for line in moved]
            moved, at = [], end
        out.append(text[at:match.start()])
        moved.append(f"{match.group(1)}{match.group(2) or ''} {match.group(3).strip()}")
        at = match.end()
    if not moved and not out:
        return text
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    return "".join(out) + text[at:end] + "".join(f"\n{line}" for line in moved) + text[end:]


def unglue(text: str) -> str:
    """Drop the inline-edge markers, keeping a space where a letter meets a digit (or a "%"
    meets a word) across one: "Dharma-Kun|10.49%|Pramono" -> "Dharma-Kun 10.49% Pramono"."""
    pieces = text.split("\x00")
    out, last = [pieces[0]], pieces[0][-1:]
    for piece in pieces[1:]:
        if piece:
            first = piece[0]
            if last and ((last.isalpha() and first.isdigit()) or
                         (last.isdigit() and first.isalpha()) or (last == "%" and first.isalnum())):
                out.append(" ")
            out.append(piece)
            last = piece[-1]
    return "".join(out)


def _script_blobs(label: str, text: str, most: int, limit: int) -> list[tuple[str, Any]]:
    found = []
    for match in _ASSIGN.finditer(text):
        name = match.group(1) or match.group(2) or match.group(3)
        value = _decode_at(text, match.end())
        if match.group(4) and isinstance(value, str):  # JSON.parse("...")
            value = parse_json(value, limit)
        if isinstance(value, (dict, list)) and value:
            found.append((f"{label}:{name}", value))
        if len(found) >= most:
            break
    return found


def json_blobs(doc, limits) -> tuple[tuple[str, Any], ...]:
    """JSON the page carries in its scripts: typed JSON scripts (Next.js __NEXT_DATA__,
    schema.org) and JSON assigned to globals in ordinary scripts."""
    most, size = limits["max_json_scripts"], limits["max_json_bytes"]
    found: list[tuple[str, Any]] = []
    budget = size * 2
    for script in doc.iter("script"):
        if len(found) >= most or budget <= 0:
            break
        text = script.text or ""
        if not text.strip() or len(text) > size:
            continue
        budget -= len(text)
        kind = (script.get("type") or "").split(";")[0].strip().lower()
        label = "script#" + script.get("id") if script.get("id") else "script"
        if kind in _JSON_TYPES or script.get("id") == "__NEXT_DATA__":
            value = parse_json(text, size)
            if isinstance(value, (dict, list)):
                found.append((label, value))
        elif kind in ("", "text/javascript", "application/javascript", "module"):
            found.extend(_script_blobs(label, text, most, size))
    return tuple(found[:most])
