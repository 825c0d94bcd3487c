"""A place named as the area of an earlier race a person won is his record, not the area the
page reports on (blind hunt 34, a winner's profile; tests/test_fix_known8.py). Pure; asked by
scope_gate of the page's lead only (a figure's own sentence keeps its place: an earlier race's
figure is held by its year, and a page about that race keeps its area).

"Pada Pilkada Medan 2020, Bobby Nasution-Aulia Rachman menang dengan 53,45 persen" on a profile
of Sumatera Utara's governor made Kota Medan the page's area, and the 2024 governor share after
it ("Pada Pilgub Sumut 2024, Bobby Nasution-Surya meraih 64,52 persen") was held
`page_region_below` as Medan's; "Ia pernah menang di Pilwalkot Medan" did the same. The place
right after a race's name that a year before 2024 ends ("Pilkada Medan 2020", "Pemilihan Wali
Kota Medan tahun 2020"), or after "pernah" and a verb of winning ("pernah menang di Pilwalkot
Medan", "pernah memenangi Pilkada Medan", "pernah menang dengan 53,45 persen di Pilkada
Medan"), is the earlier race's. The race of 2024 ("Pilkada Medan 2024") or one with no year and
no "pernah" stays the area it names.
"""

from __future__ import annotations

import re

from checker.figures.earlier_round import ELECTION
from checker.figures.wording import may_hold

__all__ = ["past_race"]

_REACH = 80
# the race's name right before the place ("Pilkada ", "Pemilihan Wali ", "Pilwalkot ")
_RACE_BEFORE = re.compile(r"\b" + ELECTION + r"\s+$", re.IGNORECASE)
# a year before 2024 right after the place: "Medan 2020", "Medan tahun 2018", "Medan (2020)"
_EARLIER_YEAR = re.compile(r"[^\S\n]*(?:tahun[^\S\n]+)?\(?(?:19\d\d|20[01]\d|202[0-3])\b")
# "pernah menang di Pilwalkot ", "pernah memenangi Pilkada ", "pernah menang dengan 53,45
# persen di Pilkada ": once won (or gained), then the race's name in the same sentence (a
# count's own dots do not end it)
_ONCE_WON = re.compile(r"\bpernah\s+(?:\w+\s+)?(?:menang|memenang(?:i|kan)|menjuarai|unggul|"
                       r"meraih|memperoleh|meraup)\b(?:[^.;:!?\n]|(?<=\d)[.:](?=\d)){0,60}?\b"
                       + ELECTION + r"\s+$", re.IGNORECASE)
_WORDS = ("pil", "pemil")  # (a C-speed look: every race name above holds one)


def past_race(text: str, mention) -> bool:
    """Is the region `mention` (its .start, .end) the area of an earlier race a person won,
    named with its year before 2024 or after "pernah" and a verb of winning?"""
    before = max(0, mention.start - _REACH)
    if not may_hold(text, before, mention.start, _WORDS):
        return False
    if _RACE_BEFORE.search(text, before, mention.start) is not None and \
            _EARLIER_YEAR.match(text, mention.end) is not None:
        return True
    return _ONCE_WON.search(text, before, mention.start) is not None
