"""Result shapes no claim reader takes, seen for the label (issue 10 §2, PAG001): a list or
table of parties' or legislators' vote tallies ("PKS: 21.088", "Muharlion (PKS): 7.306"), an
election infobox's cells ("popular_vote1 = 698.265", "percentage1 = 38,99%") and the areas a
pair won, counted ("unggul di 6 kecamatan"). The record holds no DPRD race, an infobox names
its pairs in key cells and a count of areas is no figure, so none gives a compared figure; the
page still shows results. Only the label asks: these are no claims, and no grade moves."""

from __future__ import annotations

import re
from itertools import islice

from checker.analyse.phrases import normalise
from checker.figures.parties import PARTY, PARTY_WORD

__all__ = ["areas_won", "shown_tallies"]

_SHARE = r"\d{1,2}(?:,\d{1,2})?\s?%"
# A vote count is written with thousands dots (a seat count, "PKS: 3 kursi", or a ballot
# number, "PKS: 8", has none), or a share.
_COUNT = r"(?:\d{1,3}(?:\.\d{3})+|" + _SHARE + r")"
# One line (a list item, a paragraph, a table row's cells joined): an optional ballot number,
# a party or a name with its party in brackets, a separator, the count, then at most "suara"
# and a share in brackets. Anything after it ("1.234.567 anggota", "21.088 pemilih") is a
# count of something else, and the line is no tally.
_TALLY = re.compile(
    r"(?:\d{1,2}[.)]?\s+)?(?:[A-Z][\w.'-]*(?:\s+[\w.'-]+){0,5}\s*\(\s*(?:" + PARTY.pattern
    + r")\s*\)|" + PARTY.pattern + r")\s*[:;=\u2013-]?\s*" + _COUNT
    + r"(?:\s+suara)?(?:\s*\(\s*" + _SHARE + r"\s*\))?\.?")
# An election infobox's cells as a wiki's source or diff shows them: a vote or share key with
# its number. "registered = 2.695.348" and "turnout = ..." are no pair's result.
_BOX = re.compile(r"(?<![\w])(?:popular_vote|votes|percentage|perolehan_suara|persentase)\d*"
                  r"\s*=\s*(?:\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?\s?%)", re.IGNORECASE)
# What every line _TALLY takes holds besides a party's word (parties.PARTY_WORD): its
# _COUNT's "%" or thousands dot. Both looked for first, at C speed (a literal opens each).
_THOUSANDS = re.compile(r"\.\d{3}")
_MOST_LINES = 4000  # lines and rows read: a tally list is short, a hostile page is not
_AT_LEAST = 2  # one "PKS: 21.088" can be a quote; two lines make a list
_LONGEST = 160  # characters: a tally line is a name, a party and a count, never a paragraph


def shown_tallies(page) -> list[str]:
    """The tally lines or infobox cells on a page about an election, if it has at least
    two; a debunk's figures are the hoax's (PAG001 reads its own statements elsewhere)."""
    if not page.election_words or page.debunk:
        return []
    # (every cell holds "=", every tally line a count's ".234" or a share's "%" and a party's
    # word: a page or line without is passed at C speed; _BOX alone, tried at each character
    # of a 20 KB news page's text, took 0.5 ms, and _TALLY over its 190 short lines 0.25)
    box = [m.group(0) for m in islice(_BOX.finditer(page.text), _MOST_LINES)] \
        if "=" in page.text else []
    if len(box) >= _AT_LEAST:
        return box
    lines = islice(_lines(page), _MOST_LINES)
    found = [line for line in lines if len(line) <= _LONGEST
             and ("%" in line or "." in line and _THOUSANDS.search(line))
             and PARTY_WORD.search(line) and _TALLY.fullmatch(line)]
    return found if len(found) >= _AT_LEAST else []


def _lines(page):
    for line in page.prose.splitlines():
        yield line.strip()
    for table in page.tables:
        for row in table:
            yield " ".join(cell.strip() for cell in row if cell.strip())


# The areas a pair won, counted: "unggul di 6 kecamatan", "meraih suara terbanyak di lima
# kecamatan", "menang di enam dari sebelas kecamatan" say who won where (from the C forms or
# a plenary) without a percentage (corpus news-pilarsultra-kendari-kecamatan-unggul). Only a
# count of electoral areas: "menang di lima laga" is sport. A hope, a target or a forecast
# before the verb ("yakin menang di", "menargetkan menang di", "diprediksi unggul di") and a
# negation state no result.
_NUMBER = (r"(?:\d{1,3}|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas"
           r"|(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)\s+(?:belas|puluh(?:\s+\w+)?))")
_AREAS_WON = re.compile(
    r"(?<!\w)(?:(\w+)\s+)?(?:menang|unggul|suara\s+terbanyak|menguasai)\s+di\s+"
    + _NUMBER + r"(?:\s+dari\s+" + _NUMBER + r")?\s+"
    r"(?:kecamatan|kabupaten(?:/kota)?|kota|provinsi|desa|kelurahan|distrik|dapil)(?!\w)")
_NOT_YET = frozenset("yakin optimistis optimis menargetkan target ingin berharap harus bisa "
                     "akan bertekad berpeluang diprediksi diperkirakan diproyeksikan mampu "
                     "mengincar incar".split())


def areas_won(text: str, negations: tuple[str, ...]) -> list[str]:
    """Each "<verb> di <count> <areas>" the page states, unless a hope or a negation leads."""
    blocked = _NOT_YET | {normalise(n) for n in negations}
    return [m.group(0) for m in _AREAS_WON.finditer(normalise(text))
            if (m.group(1) or "") not in blocked]
