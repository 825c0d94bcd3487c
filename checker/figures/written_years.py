"""The years a page writes: whether it names 2024 or a later one, and the year of the dates it
writes, for a page no address or byline dates (claims._page_scope). Pure.

Blind hunt 21, sultengnews.com: a Transdata real count of the Pilwalkot Palu 2020 ("Harianto
Rasyid dan dr Reny Lamadjido memperoleh suara 39,3 persen ... data yang telah masuk 60,1
persen"), dated only in its text, "Rabu (9/12/2020)", and naming no election with its year. Its
one later year was the winners' term, "periode 2021 – 2026", which counted as writing 2024 or
later: the page was read as the 2024 race, which Hadianto Rasyid ran in again (with Imelda
Liliana Muhidin, the 2020 rival the page gives 23,6 persen), and both shares were graded
"discrepant" against the 2024 count.

- A term of office ("periode 2021 - 2026", "masa jabatan 2019-2024") is a range of years that
  opens before 2024: its closing year says nothing of when the page was written.
- A page that writes no later year is dated by the latest full date it writes ("9/12/2020",
  "17 Desember 2020", "03-07-2018"); only its year before 2024 is used (claims), when nothing
  else (an election named with its year, a decree's number, a pair of an earlier roster) dates
  it: its figures are then that earlier election's, held, never graded.
"""

from __future__ import annotations

import re

__all__ = ["DATE", "date_year", "latest_date_year", "says_2024"]

# "12 Desember 2024", "9/12/2020", "Selasa, 03-07-2018 | 08:40 WIB" (day-month-year with
# dashes or dots): the year is the group that matched.
DATE = re.compile(r"\b\d{1,2}\s+(?:jan|feb|mar|apr|mei|may|jun|jul|agu|aug|sep|okt|oct|nov|"
                  r"des|dec)[a-z]*\.?\s+((?:19|20)\d\d)\b|\b\d{1,2}/\d{1,2}/((?:19|20)\d\d)\b|"
                  r"\b[0-3]?\d([-.])[01]?\d\3((?:19|20)\d\d)\b",
                  re.IGNORECASE)

_LATER = re.compile(r"\b202[4-9]\b")
# A range of years opening before 2024: a term, whose end is no year the page is about.
_TERM = re.compile(r"\b(?:19\d\d|20[01]\d|202[0-3])\s*(?:-|\u2013|\u2014|s\.?d\.?|sampai|hingga)"
                   r"\s*(?:19|20)\d\d\b", re.IGNORECASE)


def says_2024(*texts: str) -> bool:
    """Does any of `texts` write the year 2024 or a later one, other than as the end of a
    range of years that opens before 2024?"""
    return any(_LATER.search(_TERM.sub(" ", text)) for text in texts)


def date_year(match: re.Match) -> int:
    return int(match.group(1) or match.group(2) or match.group(4))


def latest_date_year(text: str) -> int | None:
    """The latest year of the full dates `text` writes (None: no date)."""
    return max((date_year(m) for m in DATE.finditer(text)), default=None)
