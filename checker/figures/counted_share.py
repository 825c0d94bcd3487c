"""A pair's share of the votes counted so far, said as such (blind hunt 28,
tests/test_blind28.py): "pasangan Airin Rachmi Diany - Ade Sumardi meraih suara sebesar 45
persen dari total suara masuk sebanyak 97,89 persen" (tvonenews.com, a quick count of Banten).
"dari total suara masuk" after a percentage names how much of the count is in when nobody
obtains the figure ("..., dari 85% suara yang sudah masuk"); after a verb of obtaining it says
what the pair's share is of: the share, no progress (it was read as progress, and the pair's
share lost). Only the votes counted: "meraih 85 persen dari total TPS" stays what it was.
So are "dari data masuk" and a lead said with its size (blind hunt 46, tests/test_blind46.py):
"Prabowo-Gibran telah unggul sebesar 57,68 persen dari data masuk sebanyak 79,25 persen"
(antaranews on Charta Politika's quick count) is the pair's 57,68 of the data in, whose own
size follows; "unggul" alone before a percentage may be a margin, so only "unggul
sebesar/dengan".
In English (blind hunt 45) "with 70 percent of the votes counted" says how much is in only
after the words that open such a clause, a comma or the sentence before them ("..., with",
"..., based on", "With ... ,", "after"); "Luthfi-Taj Yasin won 59.14 percent of the votes
counted" is the pair's share. Pure."""

from __future__ import annotations

import re

from checker.figures.wording import GAINS

__all__ = ["share_of_counted"]

# "of the votes counted", "of the ballots tallied" (wording.PROGRESS_AFTER's English words)
_OF_COUNTED_EN = re.compile(r"[^\S\n]*of[^\S\n]+(?:the[^\S\n]+)?(?:sample[^\S\n]+)?(?:votes?|"
                            r"ballots?)[^\S\n]", re.IGNORECASE)
# The clause a progress opens: "..., with", "..., based on", "With", "after", at most a hedge
# before the figure.
_PROGRESS_LEAD = re.compile(r"(?:(?:^|[,;(.:])[^\S\n]*(?:with|based[^\S\n]+on|once|when|as)|"
                            r"\b(?:after|until))[^\S\n]+(?:(?:about|around|nearly|some|over|"
                            r"almost|just|more[^\S\n]+than)[^\S\n]+)?$", re.IGNORECASE)

_OF_COUNTED = re.compile(r"[^\S\n]*dari[^\S\n]+(?:(?:total|seluruh|semua|jumlah)[^\S\n]+)?(?:suara|data)"
                         r"[^\S\n]+(?:yang[^\S\n]+)?(?:(?:sudah|telah)[^\S\n]+)?masuk\b",
                         re.IGNORECASE)
# The verb, then its object's words: "meraih suara sebesar", "memperoleh hasil suara sebanyak".
_GOT = re.compile(r"\b(?:(?:" + GAINS + r")(?:[^\S\n]+(?:hasil[^\S\n]+)?suara)?(?:[^\S\n]+(?:"
                  r"sebesar|sebanyak|sekitar|mencapai|hingga))?|unggul[^\S\n]+(?:sebesar|dengan))"
                  r"[^\S\n]*$", re.IGNORECASE)


def share_of_counted(text: str, start: int, end: int) -> bool:
    """Is the percentage at [`start`, `end`) a pair's share "of all the votes in", obtained by
    a verb right before it?"""
    if _OF_COUNTED_EN.match(text, end):
        return _PROGRESS_LEAD.search(text, max(0, start - 40), start) is None
    return _OF_COUNTED.match(text, end) is not None and \
        _GOT.search(text, max(0, start - 40), start) is not None
