"""A share written as a round mark the result nears: "meraih hampir 60 persen suara", "nyaris 60
persen", "mendekati 60 persen" (an op-ed's way to say 58,59). The writer says the result is
just under the mark: marked approximate, and compare.py grades it consistent when the record is
below the mark, a whole number, by at most `NEAR` points (blind hunt 24: "hampir 60 persen" was
discrepant against 58,59). A result above the mark, or far below it, is graded as written.
Pure."""

from __future__ import annotations

import re
from decimal import Decimal

from checker.figures.wording import may_end_with

__all__ = ["NEAR", "hedged"]

NEAR = Decimal(2)  # points a "nearly N %" may stand above the result
_NEARLY = re.compile(r"\b(?:hampir|nyaris|mendekati)(?:\s+(?:mencapai|menyentuh|menembus|"
                     r"menyentuh\s+angka|angka))?\s+$", re.IGNORECASE)
# The words a _NEARLY match ends in, then space: a window that does not end so (wording.
# may_end_with, at C speed) is not searched (the pattern was tried at each of its 40 positions).
_NEARLY_ENDS = ("hampir", "nyaris", "mendekati", "mencapai", "menyentuh", "menembus", "angka")


def hedged(text: str, start: int) -> bool:
    """Is the number at `start` written after "hampir", "nyaris" or "mendekati"?"""
    return may_end_with(text, max(0, start - 40), start, _NEARLY_ENDS) and \
        _NEARLY.search(text, max(0, start - 40), start) is not None
