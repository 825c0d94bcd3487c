"""A pair's count against the margin the same page states (issue 10, errors caught): "meraih
249.840 suara ... 251.816 suara. Dengan selisih 38.024 suara, Samani dan Bellinda menang":
one of the three is wrong. Which one is decided only when the record singles it out: the
other pair's count is the record's to the vote, and that count and the stated margin give the
record's count for this pair to the vote as well, while the page's own count is not it. Then
the page's count is graded against what its margin implies (tier "page", reason
"own_margin"), `minor` at the least. Two counts equal to a reading to the vote (one stated,
one implied) leave no room for chance; a wrong margin (both counts the record's) flags no
count. A margin read where a pair's own count stood ("unggul dengan 94.061 suara") implies no
count the record holds, and so flags nothing. Pure.

    page_margins(prose) -> tuple[int, ...]   the margins the prose states
    margin_blamed(claims, prose, record, limits) -> {claim index: Comparison}
"""

from __future__ import annotations

import re

from checker.analyse.opening_words import opening_at
from checker.figures.own_total import full_rosters
from checker.figures.count_slips import slip_status
from checker.models import Claim, Comparison

__all__ = ["margin_blamed", "page_margins"]

# "selisih 38.024 suara", "unggul 319 suara atas ...", "terpaut 1.204 suara", "jarak antara
# keduanya 67.957 suara": the first count in a short reach after the word, in its sentence.
_MARGIN = re.compile(r"\b(?:selisih|unggul|terpaut|jarak|keunggulan|mengungguli|kalah)\b"
                     r"[^.!?\d]{0,50}?(\d{1,3}(?:[.,]\d{3})+|\d{1,3})(?![.,]?\d)\s+suara\b",
                     re.IGNORECASE)
_MARGIN_WORDS = ("selisih", "unggul", "terpaut", "jarak", "keunggulan", "mengungguli", "kalah")
_MAX = 50


def page_margins(prose: str) -> tuple[int, ...]:
    found: list[int] = []
    for match in opening_at(_MARGIN, prose, _MARGIN_WORDS):  # (not tried at every position)
        value = int(re.sub(r"[.,]", "", match.group(1)))
        if value not in found:
            found.append(value)
            if len(found) >= _MAX:
                break
    return tuple(found)


def margin_blamed(claims, prose: str, record, limits) -> dict[int, Comparison]:
    """`prose`: the page's (bounded by the caller); read only when some race there has every
    pair's count, so most pages never pay for the pass."""
    if record is None:
        return {}
    claims: list[Claim] = list(claims)
    out: dict[int, Comparison] = {}
    margins = None
    for key, race, by_pair, values in full_rosters(claims, record):
        margins = page_margins(prose) if margins is None else margins
        if not margins:
            break
        area = key[3]
        area = area if area and area != race.region and area.startswith(race.region) else \
            race.region
        for reading in record.results_for(race, area):
            for pair, count in values.items():
                implied = _implied(pair, values, margins, reading)
                index = by_pair[pair][0]
                if implied is not None and index not in out:
                    out[index] = _graded(index, count, implied, limits)
    return out


def _implied(pair: str, values: dict[str, int], margins: tuple[int, ...], reading) -> int | None:
    """The record's count for `pair` when another pair's count (the record's to the vote) and a
    stated margin give it, and the page's own count for it breaks that margin."""
    own = reading.votes.get(pair)
    if own is None or values[pair] == own:
        return None
    for other, count in values.items():
        if other == pair or reading.votes.get(other) != count:
            continue
        for margin in margins:
            if own in (count + margin, count - margin) and \
                    abs(values[pair] - count) != margin:
                return own
    return None


def _graded(index: int, count: int, implied: int, limits) -> Comparison:
    difference = count - implied
    return Comparison(index, slip_status(difference, implied, limits), implied, difference, "page", reason="own_margin")
