"""A percentage a poll's measure follows (blind hunt 42's probes, tests/test_blind42.py):
"Pramono Anung mendapat 60 persen kepuasan publik", "... 60 persen tingkat kepuasan dari warga",
"approval rating 79,9 persen" said the other way round ("79,9 persen approval rating"). The
noun after the figure says what it measures: the governor's approval, not a share of votes (read
as one it was graded against DKI's 50,07). As "N persen pemilih yang datang" is a turnout
(turnout_subject), such a figure is no pair's share (roll_base asks; figure_kind drops it).
Pure."""

from __future__ import annotations

import re

__all__ = ["measured_after"]

# The figure, its unit, then the measure: "60 persen kepuasan", "60% tingkat kepuasan publik",
# "79,9 persen approval rating", "53,5 persen elektabilitas".
_MEASURE_AFTER = re.compile(r"\d[\d.,]*[^\S\n]*(?:%|persen)[^\S\n]+(?:(?:tingkat|angka|nilai)"
                            r"[^\S\n]+)?(?:kepuasan|approval|elektabilitas|keterpilihan)\b",
                            re.IGNORECASE)


def measured_after(text: str, start: int) -> bool:
    """Does the percentage at `start` name a poll's measure right after its unit?"""
    return _MEASURE_AFTER.match(text, start) is not None
