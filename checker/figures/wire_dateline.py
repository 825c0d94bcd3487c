"""The datelines of wire copies, in English as in Indonesian: "(JAKARTA) - Indonesia's ...",
"14-2-2024 (JAKARTA) Defence Minister ...", "JAKARTA, March 20 (Reuters) - ...", "Jakarta,
Feb. 14, 2024 - ...", "Reuters | Jakarta | Updated: ...". Each says where the reporter filed,
never the area of the figures the story gives (places.dateline asks; blind hunt 49: the
national Pilpres share put in DKI Jakarta by "(JAKARTA)", a false discrepant against DKI's own
result). Pure."""

from __future__ import annotations

import re

from checker.figures.months import MONTH_WORD

__all__ = ["wire_dateline"]

# Before a place in brackets: nothing on its line, or a date ("14-2-2024 (JAKARTA)").
_BRACKET_LEAD = re.compile(r"[^\S\n]*(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}[^\S\n]*)?\(")
# After it: the bracket, a dash maybe, then running prose (a capitalised word and no figure
# for thirty characters: a list item, "(Jakarta) Prabowo-Gibran 2.653.762 suara", has one).
_BRACKET_AFTER = re.compile(r"\)[^\S\n]*(?:(?:-{1,2}|\u2013|\u2014)[^\S\n]*)?[\"'\u201c]?[A-Z]"
                            r"[^\n\d]{30}")
# After a place opening its line: an English date ("March 20", "Feb. 14, 2024", "20 March
# 2024"), a news agency in brackets maybe, then a dash.
_DATE = r"(?:" + MONTH_WORD + r"\.?[^\S\n]+\d{1,2}|\d{1,2}[^\S\n]+" + MONTH_WORD + r"\.?)"
_DATED_AFTER = re.compile(r"[^\S\n]*,[^\S\n]*(?i:" + _DATE + r")(?:,?[^\S\n]*\d{4})?[^\S\n]*"
                          r"(?:\([A-Za-z/.&\s]{2,24}\)[^\S\n]*)?(?:-{1,2}|\u2013|\u2014)[^\S\n]*\S")
# "Reuters | Jakarta | Updated: ...": an agency's byline, the place between bars.
_AGENCY_BAR = re.compile(r"[^\S\n]*(?:Reuters|AFP|AP|Xinhua|ANTARA|Antara|Bernama|PTI|ANI|IANS|"
                         r"Kyodo|Yonhap)[^\S\n]*\|[^\S\n]*")
_BAR_AFTER = re.compile(r"[^\S\n]*\|")
# A dateline opens one of the text's first lines (a byline or a photo caption may come first).
_FIRST_LINES = 8


def _near_top(text: str, line: int) -> bool:
    at = -1
    for _ in range(_FIRST_LINES):  # (not text.count: a page may have thousands of lines)
        at = text.find("\n", at + 1, line)
        if at < 0:
            return True
    return False


def wire_dateline(text: str, line: int, start: int, end: int) -> bool:
    """Is text[start:end], a place on the line starting at `line`, a wire copy's dateline?"""
    if start - line > 30 or not _near_top(text, line):
        return False
    if _BRACKET_LEAD.fullmatch(text, line, start) and _BRACKET_AFTER.match(text, end):
        return True
    if not text[line:start].strip() and _DATED_AFTER.match(text, end):
        return True
    return _AGENCY_BAR.fullmatch(text, line, start) is not None and \
        _BAR_AFTER.match(text, end) is not None
