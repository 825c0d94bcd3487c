"""The moment a page states for its figures, as a day: "Rabu (21/2/2024) pukul 09.00 WIB",
"27 November 2024", "2024-02-21". A real count is Sirekap at one moment; its figures move
as forms come in, so they are graded only against a reading of the same moment (issue 10,
time). Pure."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

__all__ = ["WIB", "same_day", "stated_day"]

WIB = timezone(timedelta(hours=7))
_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "mei": 5, "may": 5, "jun": 6, "jul": 7,
           "agu": 8, "aug": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "des": 12, "dec": 12}
_NUMERIC = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b|\b(\d{4})-(\d{2})-(\d{2})\b")
_NAMED = re.compile(r"\b(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})\b", re.IGNORECASE)


def stated_day(text: str | None) -> date | None:
    """The day in a time as the page wrote it, or None."""
    if not text:
        return None
    try:
        named = _NAMED.search(text)
        if named and named.group(2).lower() in _MONTHS:
            return date(int(named.group(3)), _MONTHS[named.group(2).lower()],
                        int(named.group(1)))
        found = _NUMERIC.search(text)
        if found is None:
            return None
        if found.group(4):
            return date(int(found.group(4)), int(found.group(5)), int(found.group(6)))
        year = int(found.group(3))
        return date(year + 2000 if year < 100 else year, int(found.group(2)),
                    int(found.group(1)))
    except ValueError:  # "31/2/2024": no such day
        return None


def same_day(day: date, moment: datetime) -> bool:
    """Is `moment` (a reading's time) on `day` in WIB, the zone Sirekap stamps?"""
    local = moment.astimezone(WIB) if moment.tzinfo is not None else moment
    return local.date() == day

