"""Whose figure it is when English words give it to the rivals (blind hunt 45, English pages on
the 2024 results; tests/test_blind45.py). rivals.py reads the Indonesian words ("unggul dari
A yang memperoleh N"); these are their English counterparts, which it had none of:

- the rivals as the subject of the verb right before the figure: "where they secured a
  million votes compared to their rivals who only garnered around 200,000 votes" (Central
  Kalimantan on observerid), "while the other two pairs only garnered ...", "their closest
  rival polled 256,811 votes". The leader's own count is often in words ("a million") or not
  given, so the nearest name before the figure was the leader's and the rivals' count was
  graded against the leader's;
- the rivals after the figure: "the 7.87 million votes won by his only rival, former military
  commander Andika Perkasa" (the Jakarta Post on Jawa Tengah's governor race).

A rival the page names as a pair right before the verb ("its rival Anies-Muhaimin, who garnered
256,811 votes") is left to the nearest name, which is that pair; a pair named after "won by" is
wording.OWNER_AFTER's. Otherwise the figure is the rivals' as the page words them, resolving to
no pair: held, never the leader's. Pure."""

from __future__ import annotations

import re

from checker.figures.wording import may_hold

__all__ = ["english_rivals"]

# The rivals as the page words them: "their rivals", "his only rival", "its nearest challenger",
# "the other two contenders", "the other two pairs".
_NOUN = (r"(?:(?:their|his|her|its|the)[^\S\n]+(?:(?:two|three|other|only|closest|nearest|main|"
         r"remaining|chief|sole)[^\S\n]+){0,3}(?:rivals?|contenders?|opponents?|competitors?|"
         r"challengers?)|the[^\S\n]+other[^\S\n]+(?:two[^\S\n]+|three[^\S\n]+)?(?:candidate[^\S\n]+)?"
         r"(?:pairs|candidates|tickets))")
# Their verb of gaining, then the hedges a figure may carry ("only got around", "received just").
_GOT = (r"(?:only[^\S\n]+|together[^\S\n]+|combined[^\S\n]+|each[^\S\n]+)?(?:got|garnered|"
        r"received|won|secured|obtained|polled|bagged|collected|earned|gained|took|managed)"
        r"(?:[^\S\n]+(?:only|just|about|around|nearly|roughly|some|approximately))*[^\S\n]+$")
# The rivals' clause right before the figure: "..., who only garnered around", or the rivals
# opening a clause of their own ("while their rivals only got", "; its nearest challenger
# received just", ", their closest rival polled"). Not "X, who beat their rivals, won N": the
# rivals are followed by a comma there, never straight by the verb or by "who".
_BEFORE = re.compile(r"(?:\b(" + _NOUN + r")[^\S\n]*,?[^\S\n]+who[^\S\n]+|(?:[,;][^\S\n]*|\b(?:while|"
                     r"whereas|but|and)[^\S\n]+)(" + _NOUN + r")[^\S\n]+)" + _GOT, re.IGNORECASE)
# The rivals after the figure: "N votes won by his only rival", "N percent secured by their
# opponents".
_AFTER = re.compile(r"[^\S\n]*(?:(?:of[^\S\n]+the[^\S\n]+)?(?:valid[^\S\n]+)?votes?[^\S\n]+)?"
                    r"(?:won|secured|garnered|obtained|polled|collected|bagged)[^\S\n]+by[^\S\n]+"
                    r"(" + _NOUN + r")\b", re.IGNORECASE)
# The rivals named after all, in apposition: "won by his only rival, former military commander
# Andika Perkasa" (the Jakarta Post, corpus-bf): wording's _WON_BY reads past it to the name.
_NAMED = re.compile(r"[^\S\n]*,(?:[^\S\n]+(?-i:[a-z][\w-]*)){0,4}[^\S\n]+(?-i:[A-Z])")
# A word every _NOUN match holds (lower case): a C-speed look before either search.
_WORDS = ("rival", "contender", "opponent", "competitor", "challenger", "other")
_REACH = 120  # characters before the figure the rivals' clause may start


def english_rivals(text: str, number, floor: int):
    """(None, None, the rivals as written) when English words give the figure at `number` to
    rivals the page does not name as a pair; else None (the usual readers decide)."""
    end = min(len(text), number.end + 80)
    if may_hold(text, number.end, end, _WORDS) and (after := _AFTER.match(text, number.end)):
        if _NAMED.match(text, after.end()):
            return None
        return None, None, " ".join(after.group(1).split())
    start = max(floor, number.start - _REACH)
    if not may_hold(text, start, number.start, _WORDS):
        return None
    before = _BEFORE.search(text, start, number.start)
    if before is None:
        return None
    return None, None, " ".join((before.group(1) or before.group(2)).split())
