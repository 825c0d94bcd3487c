"""The moment a page states for its figures, as written in Claim.page_time: "Rabu (21/2/2024)
pukul 09.00 WIB", "27 November 2024 pukul 13.05 WIB", "2024-02-21". A real count is Sirekap at
one moment; its figures move as forms come in, so they are graded only against a reading of the
same moment (issue 10, time). Pure."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from functools import lru_cache

from checker.figures.months import MONTH, MONTH_NUMBER

__all__ = ["COMPLETE", "DRIFT", "FAR", "WIB", "after_complete", "bounds_progress", "dated_after",
           "not_after", "same_day", "stated_day", "stated_moment", "without_periods"]

WIB = timezone(timedelta(hours=7))
# Per cent of TPS in: a Sirekap reading this far in stands for the whole count (the last forms
# move a share by hundredths). One bound for every rule that asks "was the count complete?".
COMPLETE = Decimal(95)
# How far a share can plausibly drift between two moments of a count well under way: beyond
# it a figure is wrong whatever the progress ("Anies-Muhaimin 56,4%" against 24.49).
DRIFT = Decimal(3)
# Beyond this many points a province's or the country's share does not move between two moments
# of a count under way (Aceh moved 6.9 points from 15 Feb to 7 Mar 2024): a share this far from
# every moment of the count is not one of them, and its moment is no reason to hold it.
FAR = Decimal(10)
_ZONES = {"wib": 7, "wita": 8, "wit": 9}
# "21/2/2024", "21/2/24", "21-02-2024", "21.02.2024", "2024-02-21"
_NUMERIC = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b|\b(\d{1,2})[.-](\d{1,2})[.-](\d{4})\b"
                      r"|\b(\d{4})-(\d{2})-(\d{2})\b")
_NAMED = re.compile(r"\b(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})\b", re.IGNORECASE)
_CLOCK = re.compile(r"(?:pukul|jam|pkl\.?)?\s*(\d{1,2})[.:](\d{2})\s*(wib|wita|wit)?", re.I)


@lru_cache(maxsize=64)
def _day(text: str) -> tuple[date | None, int | None]:
    """The day the text names and, for a numeric date, where it ends (its clock follows it;
    a named date's clock may stand before or after it). Kept for the last texts asked: a
    page's claims carry a few moments' texts, each asked by every rule that dates a claim
    (a 20 KB news page: 302 calls, 6 texts)."""
    try:
        named = _NAMED.search(text)
        if named and named.group(2).lower() in MONTH_NUMBER:
            return date(int(named.group(3)), MONTH_NUMBER[named.group(2).lower()],
                        int(named.group(1))), None
        found = _NUMERIC.search(text)
        if found is None:
            return None, None
        if found.group(7):
            return date(int(found.group(7)), int(found.group(8)), int(found.group(9))), found.end()
        day, month, year = (found.group(1), found.group(2), found.group(3)) if found.group(1) \
            else (found.group(4), found.group(5), found.group(6))
        year = int(year)
        return date(year + 2000 if year < 100 else year, int(month), int(day)), found.end()
    except ValueError:  # "31/2/2024": no such day
        return None, None


def dated_after(text: str, election: str) -> bool:
    """Is the day in `text` in a later year than `election` ("pemilu2019") was held?"""
    day = _day(text)[0]
    return day is not None and election[-4:].isdigit() and day.year > int(election[-4:])


def stated_day(text: str | None) -> date | None:
    """The day in a time as the page wrote it, or None."""
    return _day(text)[0] if text else None


def stated_moment(text: str | None) -> datetime | None:
    """'28/11/2024 10.15 WIB', '27 November 2024 pukul 13.05 WIB' -> an aware datetime."""
    if not text:
        return None
    day, end = _day(text)
    if day is None:
        return None
    clock = _CLOCK.search(text, end or 0)
    if clock is None:
        return None
    zone = timezone(timedelta(hours=_ZONES.get((clock.group(3) or "wib").lower(), 7)))
    try:
        return datetime.combine(day, time(int(clock.group(1)), int(clock.group(2))), zone)
    except ValueError:
        return None


def same_day(day: date, moment: datetime) -> bool:
    """Is `moment` (a reading's time) on `day` in WIB, the zone Sirekap stamps?"""
    local = moment.astimezone(WIB) if moment.tzinfo is not None else moment
    return local.date() == day


def not_after(text: str | None, moment: datetime) -> bool:
    """Is the time the page wrote (`text`) no later than `moment` (a reading's)? Its day before
    the reading's day, or that day at a clock no later. A day alone, the reading's own, may be
    any hour of it: "100 persen" on 28 Nov is not past Sirekap's 99.93 of 28 Nov 10:00 (blind
    hunt 22); "100%" at 09:47 that day is."""
    day = stated_day(text)
    if day is None:
        return False
    local = moment.astimezone(WIB) if moment.tzinfo is not None else moment
    if day != local.date():
        return day < local.date()
    clock = stated_moment(text)
    return clock is not None and clock <= moment


# How long after a page's moment a Sirekap reading still bounds its progress from above. The
# count grows by the hour, but over days forms are voided too: Sirekap's votes abroad stood at
# 56,33 % of TPS on 26 Feb 2024 (1.732 of 3.075) and at 53,84 on 7 Mar, Kuala Lumpur's forms
# withdrawn for its re-vote (blind hunt 26). A reading of the page's day or the next is bound.
_BOUND_DAYS = 1


def bounds_progress(text: str | None, moment: datetime) -> bool:
    """Does a reading taken at `moment` bound a progress the page states at `text` from above:
    the page's time no later than the reading (not_after), its day at most _BOUND_DAYS before
    the reading's?"""
    day = stated_day(text)
    local = moment.astimezone(WIB) if moment.tzinfo is not None else moment
    return day is not None and not_after(text, moment) and \
        (local.date() - day).days <= _BOUND_DAYS


def after_complete(text: str | None, readings, complete) -> bool:
    """The page states a day on or after a Sirekap reading of a count at least `complete` per
    cent of TPS in (DKI's 99.93 % on 28 Nov 2024): the count has stood since, give or take the
    last forms, so a share stated then is not one "of another moment" still coming in (a viral
    "47,49 persen" on 2 Dec against 50.07). `readings` are Results."""
    day = stated_day(text)
    return day is not None and any(
        r.tier == "sirekap" and r.progress is not None and r.progress >= complete and
        r.as_of.astimezone(WIB).date() <= day for r in readings)


# A period is no moment: "rekapitulasi berjenjang dari Rabu (27/11/24) hingga Senin
# (16/12/2024)" gives the days of a schedule, not the moment a count was read. Taken as the
# page's time, the first day made a provisional real count of Kota Mojokerto (52,9 %) be graded
# against Sirekap's reading of 27 Nov 23.45 (hunt.md cause H): neither day of a period is kept
# as a time mark, so the count's moment stays unstated and what compare and interim do with an
# unstated moment decides. A single "hingga Rabu (27/11/2024) pukul 23.00 WIB" (data as of then)
# is no period and stays. Pure; asked where the time marks are read (claims, from_text,
# from_tables).
_DAYS = r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)"
# What joins the two days of a period: ") hingga Senin (", " s.d. ", " - ", " sampai dengan ".
_JOIN = re.compile(r"\)?[^\S\n]*(?:hingga|sampai(?:[^\S\n]+dengan)?|s\.?[/.]?d\.?|-|\u2013|\u2014)"
                   r"[^\S\n]*(?:" + _DAYS + r"[^\S\n]*,?[^\S\n]*)?\(?[^\S\n]*", re.IGNORECASE)
_GAP = 40  # characters between the two days, at most
# A mark that holds a day, not a clock alone: "Rabu, 14 Februari 2024 sampai pukul 22.30 WIT"
# is one moment (the data as of then), not a period.
_HAS_DAY = re.compile(r"\d/\d|\d{4}-\d|\d\s+" + MONTH, re.IGNORECASE)


def without_periods(text: str, marks: list) -> list:
    """The time marks (cues.times over `text`) less both days of every period."""
    dropped: set[int] = set()
    for i in range(len(marks) - 1):
        first, second = marks[i], marks[i + 1]
        if 0 <= second.start - first.end <= _GAP and _HAS_DAY.search(first.value) and \
                _HAS_DAY.search(second.value) and \
                _JOIN.fullmatch(text, first.end, second.start):
            dropped.update((i, i + 1))
    return [m for i, m in enumerate(marks) if i not in dropped] if dropped else marks
