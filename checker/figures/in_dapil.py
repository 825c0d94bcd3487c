"""A Pilkada pair's count in one electoral district of a legislature (blind hunt 29, a
Bojonegoro campaign's live count by dapil):

    "... pencapaian tertinggi diraih di Dapil V. Di dapil ini, paslon Wahono-Nurul berhasil
     meraup 131.492 suara, yang setara dengan 93,32% dari total suara sah di wilayah tersebut."

A dapil (daerah pemilihan) of a DPRD is a group of kecamatan (of kab/kota for a province's
DPRD): a pair's figure "di dapil ..." is that group's, below every area the record holds. Read
as the regency's, 93,32 was flagged against Bojonegoro's 89,36. scope_gate holds a regent's or
governor's figure whose own sentence, before it, places it "di dapil"/"di daerah pemilihan"
(lower_level), before the page's own counts are added up (a dapil's count is no count of the
race: ballot_basis took it for one). "dari dapil X" (where a speaker was elected) places no
figure. Pure.
"""

from __future__ import annotations

import re

from checker.figures.partial_tally import written
from checker.figures.wording import may_say

__all__ = ["in_dapil", "placed_in_dapil"]

_AT_DAPIL = re.compile(r"\bdi[^\S\n]+(?:dapil|daerah[^\S\n]+pemilihan)\b", re.IGNORECASE)


def in_dapil(sentence: str, figure: re.Pattern) -> bool:
    """Is the figure (`figure`, its written value) placed in a dapil before it in `sentence`?"""
    if not may_say(sentence, "dapil", "pemilihan"):
        return False
    at = _AT_DAPIL.search(sentence)
    return at is not None and figure.search(sentence, at.end()) is not None


# _AT_DAPIL without its word boundaries: every sentence's match is one of it in the page's
# joined paragraphs, so a page with none has no figure placed in a dapil. One search a page,
# not a sentence lower-cased per claim (40 ms of the hostile pages' analysis); an ASCII page's
# lower-cased text is searched case-blind by a literal-led pattern (C skips to each "di":
# 0.6 ms on a 300 KB page against 4.4 ms with the flag).
_SAYS_DAPIL = r"di[^\S\n]+(?:dapil|daerah[^\S\n]+pemilihan)"
_SAYS_ANY, _SAYS_LOWER = re.compile(_SAYS_DAPIL, re.IGNORECASE), re.compile(_SAYS_DAPIL)


def _says(joined: str) -> bool:
    """Does the page's text (GateText.joined) hold _SAYS_DAPIL?"""
    found = _SAYS_LOWER.search(joined.lower()) if joined.isascii() else _SAYS_ANY.search(joined)
    return found is not None


def placed_in_dapil(claim, text) -> bool:
    """Is the claim a regent's or governor's figure that its own sentence places in a dapil?
    `text`: scope_gate's GateText."""
    return claim.hold is None and claim.origin != "json" and claim.region_code is not None and \
        claim.race_kind in ("regent_mayor", "governor") and len(claim.region_code) <= 4 and \
        text.once(_says, text.joined) and \
        any(in_dapil(sentence, written(claim)) for _, sentence, _ in text.places(claim.excerpt))
