"""A pair's total after its figures kecamatan by kecamatan: the race's whole area, not the last
kecamatan named. "Dari rekapitulasi tingkat kecamatan itu, total perolehan Marfendi-Fauzan
3.673 suara ..." (ANTARA Sumbar), "..., Kecamatan Singgaran Pati 3.552 suara dan total 34.414
suara" (Rakyat Bengkulu), "mengantongi 130.343 suara secara keseluruhan" (detikBali). Pure.

Precision first: only after kecamatan (a sum over TPS or desa is a partial tally, as a re-vote
at three TPS is: Netfid, PSU Siak), never with a count of areas in the sentence ("di tiga
kecamatan itu, total ..."), never with a lower place between the total word and the figure
("total perolehan di Kecamatan X"), nor on a page about one TPS."""

from __future__ import annotations

import re
from bisect import bisect_right

from checker.figures.all_kecamatan import every_kecamatan
from checker.figures.wording import may_say
from checker.figures.won_part import total_next

__all__ = ["SOME_AREAS", "race_total", "total_here"]

_TOTAL = re.compile(r"\b(?:total(?:nya)?|keseluruhan|akumulasi|dijumlahkan)\b", re.IGNORECASE)
_FIGURE = re.compile(r"[\d.,]+")
_AFTER = re.compile(r"[^\S\n]*(?:suara[^\S\n]+)?(?:secara[^\S\n]+)?keseluruhan\b", re.IGNORECASE)
# "di tiga kecamatan itu", "ketiga TPS", "44 kecamatan", "sejumlah desa": some of the areas.
# (after_lists asks too.)
SOME_AREAS = re.compile(r"\b(?:\d{1,3}|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|"
                        r"ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)|beberapa|"
                        r"sejumlah|sebagian)[^\S\n]+(?:kecamatan|distrik|kapanewon|kemantren|desa|"
                        r"kelurahan|tps|nagari|gampong)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")


def race_total(layout, position: int, where: tuple[int, int, int, int]) -> bool:
    """Is the figure at `position` a pair's total over the kecamatan the page listed before
    it? `layout`: from_text's reader (text, levels and their starts, out.scope); `where`:
    its _where(position)."""
    text, sentence, sentence_end = layout.text, where[0], where[1]
    if layout.out.scope.lower:
        return False
    word, start = None, max(sentence, position - 200)
    if may_say(text[start:position], "total", "keseluruhan", "akumulasi", "dijumlahkan"):
        for word in _TOTAL.finditer(text, start, position):
            pass  # (the last total word before the figure in its sentence)
    figure = _FIGURE.match(text, position)
    after = figure is not None and _AFTER.match(text, figure.end())
    if word is None and not after:
        return False
    index = bisect_right(layout.level_starts, position) - 1
    while index >= 0 and layout.levels[index].value != "lower":
        index -= 1
    if index < 0:
        return False
    lower = layout.levels[index]
    if not text[lower.start:lower.end].lower().startswith("kec"):
        return False  # after a TPS or a desa: a partial tally
    start = word.start() if word is not None else position
    if lower.start >= start or lower.start >= sentence and not _DIGIT.search(
            text, lower.end, start):
        return False  # the kecamatan named before the total word is the figure's own
    # (unless the count is all of them: "di lima kecamatan" of a kab/kota that has five)
    some = SOME_AREAS.search(text, sentence, min(sentence_end, len(text)))
    return some is None or every_kecamatan(layout, some.group(0), position)


def total_here(layout, number, previous) -> bool:
    """Is the figure `number` a total, not the next item of the area list before it? A pair's
    total over the kecamatan listed (race_total), or a total said right after an area's own
    figure ("Kabupaten Supiori 50,19%, dengan total presentasi 52,52%": won_part.total_next),
    whichever the area's level. `previous`: from_text's (sentence, end, who) of the figure
    before."""
    return race_total(layout, number.start, layout._where(number.start)) or \
        previous is not None and total_next(layout.text, previous[1], number.start)
