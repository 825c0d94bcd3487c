"""The moment a page states for its figures ("28/11/2024 10.15 WIB", "27 November 2024 pukul
13.05 WIB", "Rabu (21/2/2024)"), as written in Claim.page_time. Pure."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone

__all__ = ["stated_day", "stated_moment"]

_ZONES = {"wib": 7, "wita": 8, "wit": 9}
_CLOCK = re.compile(r"(?:pukul|jam|pkl\.?)?\s*(\d{1,2})[.:](\d{2})\s*(wib|wita|wit)?", re.I)
_DATE = re.compile(r"(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})|(\d{4})-(\d{2})-(\d{2})")
_MONTHS = {"januari": 1, "februari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
           "agustus": 8, "september": 9, "oktober": 10, "november": 11, "desember": 12}
_NAMED_DATE = re.compile(r"(\d{1,2})\s+(" + "|".join(_MONTHS) + r")\s+(\d{4})", re.I)


def _day(text: str) -> tuple[date | None, re.Match | None, bool]:
    found = _DATE.search(text)
    named = _NAMED_DATE.search(text)
    try:
        if named:
            return date(int(named.group(3)), _MONTHS[named.group(2).lower()],
                        int(named.group(1))), found, True
        if found:
            parts = [int(p) for p in found.groups() if p]
            day = date(parts[0], parts[1], parts[2]) if found.group(4) else \
                date(parts[2], parts[1], parts[0])
            return day, found, False
    except ValueError:  # "31/2/2024": no such day
        pass
    return None, found, bool(named)


def stated_day(text: str) -> date | None:
    """The calendar day the text names, if any."""
    return _day(text)[0]


def stated_moment(text: str) -> datetime | None:
    """'28/11/2024 10.15 WIB', '27 November 2024 pukul 13.05 WIB' -> an aware datetime."""
    day, found, named = _day(text)
    clock = _CLOCK.search(text[found.end():] if found and not named else text)
    if day is None or clock is None:
        return None
    zone = timezone(timedelta(hours=_ZONES.get((clock.group(3) or "wib").lower(), 7)))
    try:
        return datetime.combine(day, time(int(clock.group(1)), int(clock.group(2))), zone)
    except ValueError:
        return None
