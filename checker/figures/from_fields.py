"""An election infobox written as its source (corpus-an, blog-wikiindonesia-pilbup-semarang-
revisi): the fields of Wikipedia's {{Infobox election}} as a revision comparison, a mirror or
a page quoting the wikitext shows them, one field a line (or a table cell):

    | nominee1 = '''[[Ngesti Nugraha]]'''
    | running_mate1 = '''Nur Arifah'''
    | popular_vote1 = '''445.567'''
    | percentage1 = '''80,26%'''

A field's name says what its value is (popular_voteN the votes of the N-th pair, percentageN
its share) and its number N ties it to the names in nomineeN (or candidateN) and
running_mateN. N is the infobox's order, not the ballot number: the pair is found by its names
alone, and only a pair of the record's races is given a figure. Precision first: nothing is
read from an infobox that dates its election in another year than the record's, nor a field
the page gives two different values (a comparison's old and new line)."""

from __future__ import annotations

import re

from checker.figures.numbers import detect_style, find_numbers

__all__ = ["collect"]

# "| popular_vote1 = '''445.567'''", "|candidate2=Nurul Huda": one field a line, or several
# on one line where a page runs the source together (a <pre> block's text); a value ends where
# the next field or the template does.
_NEXT = r"(?=\|[^\S\n]*[a-z_]+\d*[^\S\n]*=|\}\}|\n|$)"
_FIELD = re.compile(r"(?<![^\s])\|[^\S\n]*(nominee|candidate|running_mate|popular_vote|percentage)"
                    r"(\d{1,2})[^\S\n]*=[^\S\n]*(.*?)" + _NEXT, re.IGNORECASE)
# "| election_date = 27 November 2024", "| election_name = Pemilihan umum Bupati X 2024"
_DATED = re.compile(r"(?<![^\s])\|[^\S\n]*election_(?:date|name)[^\S\n]*=[^\S\n]*(.*?)" + _NEXT,
                    re.IGNORECASE)
_YEAR_IN = re.compile(r"\b((?:19|20)\d\d)\b")
# Bold and italic quotes, a link's target before its text, brackets, references, tags.
_MARKUP = re.compile(r"<ref\b.*|'{2,}|\[\[(?:[^|\]]*\|)?|\]\]|<[^>]*>|\{\{[^}]*\}\}",
                     re.IGNORECASE)
_YEAR = 2024  # the record's elections (Pemilu and Pilkada 2024)
_NAMES = ("nominee", "candidate")
_VALUES = {"popular_vote": "votes", "percentage": "percent"}
_MAX_LINES = 4000


def _lines(page) -> list[str]:
    lines = page.prose.splitlines()[:_MAX_LINES]
    for table in page.tables:
        for row in table:
            lines.extend(cell for cell in row if "=" in cell)
            if len(lines) > _MAX_LINES:
                return lines[:_MAX_LINES]
    return lines


def _clean(value: str) -> str:
    return " ".join(_MARKUP.sub(" ", value).split())


def collect(out, page) -> None:
    lines = [line for line in _lines(page) if "=" in line and "|" in line]
    text = "\n".join(lines)[:out.figures.param("max_text_chars")]
    years = {int(y) for m in _DATED.finditer(text) for y in _YEAR_IN.findall(m.group(1))}
    if not lines or years and years != {_YEAR}:
        return  # no field, or the infobox of another year's election
    fields: dict[int, dict[str, set[str]]] = {}
    excerpts: dict[int, list[str]] = {}
    for match in _FIELD.finditer(text):
        key, index, value = match.group(1).lower(), int(match.group(2)), _clean(match.group(3))
        if value:
            fields.setdefault(index, {}).setdefault(key, set()).add(value)
            excerpts.setdefault(index, []).append(" ".join(match.group(0).split()))
    scope = out.scope
    area = scope.region.code if scope.region is not None else None
    style = detect_style(text[:20000])
    for index, found in sorted(fields.items()):
        heads = [found.get(k) for k in _NAMES if found.get(k)]
        names = [*(heads[0] if heads else ()), *found.get("running_mate", ())]
        if not heads or len(heads[0]) != 1 or len(found.get("running_mate", ())) > 1:
            continue  # no pair named, or named two ways
        name = " - ".join(names)
        cand = out.candidate(area, scope.kind, None, name)
        if cand is None:
            continue
        excerpt = " ".join(excerpts[index])[:out.excerpt_chars]
        for key, unit in _VALUES.items():
            values = found.get(key, set())
            numbers = find_numbers(next(iter(values)), style, default_unit=unit, limit=2) \
                if len(values) == 1 else []
            if len(numbers) != 1:
                continue  # none, or the field given two values
            number = numbers[0]
            if unit == "votes" and isinstance(number.value, int):
                out.add("votes", number.value, "text", excerpt, scope, candidate=cand,
                        nomor=cand.nomor_urut, name=name)
            elif unit == "percent" and number.unit == "percent":
                out.add("share", number.value, "text", excerpt, scope, candidate=cand,
                        nomor=cand.nomor_urut, name=name)
