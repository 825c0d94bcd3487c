"""A pair's count above every valid vote the page states for its place (issue 10). Pure.

"Di TPS itu seluruh pengguna suara sah hanya 219 orang, tetapi Prabowo-Gibran tercatat mendapat
477 suara, sementara Anies-Muhaimin 25 suara dan Ganjar-Mahfud 57 suara": no count of one pair
can exceed all the valid votes of its place, at any moment, so where the page gives the valid
total and every pair's count there, one count above the total, the others within it, that count
is wrong (a Sirekap misreading the page reports, a slip). It is graded against the total less
the other pairs' counts (tier "page", reason `over_valid`), where the record could not grade it
(a polling station's count, which the record does not hold).

The total and the counts are one place's when the counts are in the total's sentence, or in the
sentence right after it that names no other place ("... data TPS 35 dengan jumlah pengguna
suara sah 199. Akan tetapi pada kolom perolehan suara, ... 136188 suara, ..."): every pair of
the race's roster there with one count, each the same race and area as read. Counts of a larger
area beside a smaller one's total break every count alike (only one may be above). Runs after
own_corrections (a figure the page corrects keeps that word).

    over_valid(claims, comparisons, text, record, limits) -> comparisons
"""

from __future__ import annotations

import re
from itertools import islice

from checker.analyse.opening_words import opening_at
from checker.figures.compare import claim_race
from checker.figures.count_slips import slip_status
from checker.figures.own_corrections import PLACE, figures_at, sentence_end, sentence_start
from checker.figures.numbers import parse_number
from checker.models import Comparison

__all__ = ["over_valid"]

# "suara sah 199", "pengguna suara sah hanya 219 orang", "jumlah suara sah sebanyak 1.204":
# the number right after the words ("suara sah, sedangkan kotak kosong 224.340" is a count);
# not "suara tidak sah", "suara sah dan tidak sah", a share ("suara sah 98 persen") nor a
# count of polling stations.
_TOTAL = re.compile(r"(?<!tidak\s)(?<!tidak)\bsuara\s+sah\b(?!\s*(?:dan|&|\+|serta)\s*tidak)"
                    r"\s*:?\s*(?:(?:hanya|cuma|sebanyak|sebesar|sejumlah|berjumlah|tercatat|"
                    r"mencapai|adalah|yakni|yaitu|ada|total)\s+){0,2}"
                    r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?![.,]?\d)"
                    r"(?!\s*(?:%|persen|TPS)\b)", re.IGNORECASE)
_MOST = 30      # totals looked at on one page
# Every _TOTAL match opens at "suara" (its look-behinds and \b take no characters): tried only
# where the word stands (opening_at, str.find), not at each position of the prose.
_TOTAL_OPENS = ("suara",)
# "memperoleh suara sah sebanyak 46.466": a pair's count, not its place's total.
_GAINED = re.compile(r"(?:peroleh|raih|dapat|kumpulkan|kantongi|unggul)\w*\s+(?:\w+\s+)?$",
                     re.IGNORECASE)
# A paragraph that opens against the one before: its figures are that one's place's.
_AGAINST = re.compile(r"(?:akan\s+)?(?:tetapi|tapi|namun|padahal)\b", re.IGNORECASE)


def over_valid(claims: tuple, comparisons: tuple[Comparison, ...], text: str, record,
               limits: dict) -> tuple[Comparison, ...]:
    if record is None or not text or "sah" not in text.lower():
        return comparisons
    totals = [(m.start(), parse_number(m.group(1)))
              for m in islice(opening_at(_TOTAL, text, _TOTAL_OPENS), _MOST)
              if _GAINED.search(text, max(0, m.start() - 30), m.start()) is None]
    if not totals:
        return comparisons
    # (the votes alone found in the text: the shares were found too, then left, 0.5 ms a page)
    at = {i: v for i, v in figures_at(claims, comparisons, text, kinds=("votes",)).items()
          if comparisons[i].reason != "hoax_refuted"}
    out = list(comparisons)
    for start, total in totals:
        if not total:
            continue
        span = _span(text, start)
        members = [i for i, (s, _, _) in at.items() if span[0] <= s < span[1]]
        graded = _graded(claims, comparisons, at, members, int(total), record, limits)
        for i, comparison in graded.items():
            out[i] = comparison
    return tuple(out)


def _span(text: str, at: int) -> tuple[int, int]:
    """The total's sentence, and the next one when it names no place: in the same paragraph,
    or opening the next with a word that sets it against the total ("Akan tetapi ...")."""
    start = sentence_start(text, at)
    end = sentence_end(text, start)
    following = end
    while following < len(text) and text[following] in " \t":
        following += 1
    if text.startswith("\n", following):
        following += 1
        if _AGAINST.match(text, following) is None:
            return start, end
    after = sentence_end(text, following)
    if after > following and PLACE.search(text, following, after) is None:
        end = after
    return start, end


def _graded(claims, comparisons, at: dict, members: list[int], total: int, record,
            limits: dict) -> dict[int, Comparison]:
    if len(members) < 2:
        return {}
    places = {(at[i][1][0], at[i][1][3], at[i][1][4], at[i][2]) for i in members}
    if len(places) != 1:
        return {}  # two elections, bases, counters or areas: not one place's list
    first = claims[comparisons[members[0]].claim]
    race = claim_race(first, record)
    if race is None:
        return {}
    roster = {c.nomor_urut for c in record.candidates_of(race)}
    by_pair: dict = {}
    for i in members:
        claim = claims[comparisons[i].claim]
        by_pair.setdefault(claim.nomor_urut, set()).add(int(claim.value))
    if set(by_pair) != roster or any(len(v) != 1 for v in by_pair.values()):
        return {}
    counts = {n: v.pop() for n, v in by_pair.items()}
    over = [n for n, v in counts.items() if v > total]
    rest = sum(v for n, v in counts.items() if n not in over)
    if len(over) != 1 or rest >= total:
        return {}  # the others fill the total: it is not this place's valid votes
    value, implied = counts[over[0]], total - rest
    difference = value - implied
    status = slip_status(difference, implied, limits)
    return {i: Comparison(comparisons[i].claim, status, implied, difference, "page",
                          reason="over_valid", official_page=comparisons[i].official_page)
            for i in members if claims[comparisons[i].claim].nomor_urut == over[0]}
