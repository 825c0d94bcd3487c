"""A list of areas, each with a percentage, that a progress word opens or closes is each area's
progress, never a pair's share (tests/test_fix_known8.py; figure_kind asks).

"Data yang masuk di Kota Semarang 98,2 persen, Kabupaten Kudus 97,5 persen, dan Kabupaten
Jepara 96,1 persen." read the first items as progress (the progress word is near them) and the
last, 60 characters on, as the share of the pair named before: graded discrepant against that
pair's share in Jepara. "Progres data masuk Kota Surabaya 97,8 persen, Kabupaten Sidoarjo 96,4
persen, Kabupaten Gresik 99,1 persen" did the same, and "Kota Semarang 98,2 persen, Kabupaten
Kudus 97,5 persen data masuk" left the first items unread. Each item is an area written with
its prefix (Kota, Kabupaten, Kab., Provinsi: a name the record's matcher knows, never a pair's),
then its percentage; items are joined by commas, "dan" or "serta". When a progress word stands
before the first item (with no pair and no verb of gaining between) or right after the last,
every item is that area's progress. A list of areas after a pair's verb ("unggul di Kota
Semarang 59,1 persen, Kabupaten Kudus 61,2 persen") is its shares, as before.
"""

from __future__ import annotations

import re

from checker.figures.wording import GAINS

__all__ = ["listed_progress"]

_GAP = r"[^\S\n]"
_NAME = (r"(?:Kota|Kabupaten|Kab\.|Provinsi)" + _GAP + r"+[A-Z][\w'-]*(?:" + _GAP +
         r"+[A-Z][\w'-]*){0,3}")
_ITEM = r"\d{1,3}(?:,\d{1,2})?" + _GAP + r"*(?:persen|%)"
_SEP = (r"(?:" + _GAP + r"*[,;]" + _GAP + r"*(?:(?:dan|serta)" + _GAP + r"+)?|" + _GAP +
        r"+(?:dan|serta)" + _GAP + r"+)")
# the area's name right before its percentage ("Kabupaten Kudus 97,5", "Kota Semarang: 98,2")
_NAME_BEFORE = re.compile(r"(" + _NAME + r")" + _GAP + r"*:?" + _GAP + r"*$")
# the item before that name, and its separator ("98,2 persen, ")
_ITEM_BEFORE = re.compile(r"(\d{1,3}(?:,\d{1,2})?)" + _GAP + r"*(?:persen|%)" + _SEP + "$",
                          re.IGNORECASE)
# the next item after a percentage ("persen, dan Kabupaten Jepara 96,1 persen")
_UNIT = re.compile(_GAP + r"*(?:persen|%)", re.IGNORECASE)
_NEXT = re.compile(_SEP + _NAME + _GAP + r"*:?" + _GAP + r"*" + _ITEM, re.IGNORECASE)
_GETS = re.compile(r"\b(?:" + GAINS + r"|mengumpulkan|unggul|menang)\b", re.IGNORECASE)
_REACH = 60  # characters before the first item a progress word may stand


def _area(reader, start: int, end: int) -> bool:
    """Is text[start:end] an area the record knows (the matcher finds it whole)?"""
    name = reader.text[start:end]
    return any(hit.code and hit.start == 0 and hit.end >= len(name.rstrip(".")) - 1
               for hit in reader.out.matcher.region_mentions(name, limit=2))


def listed_progress(reader, number) -> bool:
    """Is the percentage `number` an item of a list of areas' progress (see above)?"""
    text, cues = reader.text, reader.out.cues
    name = _NAME_BEFORE.search(text, max(0, number.start - 60), number.start)
    if name is None or not _area(reader, name.start(1), name.end(1)):
        return False
    items, first = 1, name.start(1)
    while (item := _ITEM_BEFORE.search(text, max(0, first - 40), first)) is not None and \
            (name := _NAME_BEFORE.search(text, max(0, item.start() - 60),
                                         item.start())) is not None and \
            _area(reader, name.start(1), name.end(1)):
        items, first = items + 1, name.start(1)
    unit = _UNIT.match(text, number.end)
    last = unit.end() if unit else number.end
    while (item := _NEXT.match(text, last)) is not None:
        items, last = items + 1, item.end()
    if items < 2:
        return False
    window = text[max(0, first - _REACH):first]
    said = cues.last_progress_word(window)
    if said >= 0 and "\n" not in window[said:] and not _GETS.search(window, said) and \
            not reader.runs(first - len(window) + said, first, first=True):
        return True
    after = text[last:last + 25].split(".")[0].split("\n")[0]
    return cues.last_progress_word(after) >= 0
