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

from checker.figures.at_words import Keys, find_at_words
from checker.figures.birth_dates import born_at
from checker.figures.months import MONTH_WORD

__all__ = ["DATE", "date_year", "first_date_year", "latest_date_year", "says_2024",
           "without_announced"]

# "12 Desember 2024", "9/12/2020", "Selasa, 03-07-2018 | 08:40 WIB" (day-month-year with
# dashes or dots): the year is the group that matched.
DATE = re.compile(r"\b\d{1,2}\s+" + MONTH_WORD + r"\.?\s+((?:19|20)\d\d)\b|"
                  r"\b\d{1,2}/\d{1,2}/((?:19|20)\d\d)\b|"
                  r"\b[0-3]?\d([-.])[01]?\d\3((?:19|20)\d\d)\b",
                  re.IGNORECASE)

_LATER = re.compile(r"\b202[4-9]\b")
# A range of years opening before 2024: a term, whose end is no year the page is about.
_TERM = re.compile(r"\b(?:19\d\d|20[01]\d|202[0-3])\s*(?:-|\u2013|\u2014|s\.?d\.?|sampai|hingga)"
                   r"\s*(?:19|20)\d\d\b", re.IGNORECASE)


# A sentence announcing an election still to come: "Pilkada 2024 akan dilaksanakan pada 27
# November 2024", "Indonesia akan kembali menggelar pesta demokrasi ... di tahun 2024". Its year
# is the future's, not the page's (blind hunt 26: merdeka.com's FAQ box under a Pilgub Papua
# 2018 count made the page "say 2024", so its "paslon nomor satu Lukas Enembe-Klemen Tinal" was
# read as 2024's pair 1). A misspelt verb ("dilasanakan") is still one.
_HOLDS = r"(?:menggelar|melaksanakan|menyelenggarakan|(?:di)?(?:laksana|lasana|gelar|selenggara|helat)\w*)"
# The announcing words themselves; the sentence around them (no ".?!" or line break) goes.
# Searched for the words, then widened to their sentence: a pattern that opens with the
# sentence's run of letters would try it at every character of a long page (bench_prose).
_FUTURE = re.compile(r"\b(?:pilkada|pemilu|pilpres|pemilihan|pesta\s+demokrasi)\b"
                     r"[^.?!\n]{0,80}?\b202[4-9]\s+akan\s+(?:kembali\s+)?" + _HOLDS +
                     r"|\bakan\s+(?:kembali\s+)?" + _HOLDS + r"\b[^.?!\n]{0,120}?\b202[4-9]\b",
                     re.IGNORECASE)
# The words a _FUTURE match opens with (at_words: the case-blind pattern is tried only where one
# starts, not at each character of a page that says "akan" anywhere: 0.2 ms of a news page).
FUTURE_KEYS = Keys(("pilkada", "pemilu", "pilpres", "pemilihan", "pesta", "akan"))
_SENTENCE_END = re.compile(r"[.?!\n]")


def without_announced(text: str) -> str:
    """`text` less its sentences announcing an election to come (their dates are not the
    page's: "Pilkada 2024 akan dilaksanakan pada 27 November 2024" is no byline)."""
    if "akan" not in text:
        return text
    spans: list[list[int]] = []
    for match in find_at_words(_FUTURE, text, FUTURE_KEYS):
        end = _SENTENCE_END.search(text, match.end())
        end = end.start() if end is not None else len(text)
        if spans and match.start() < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)  # a later announcement in the same run
            continue
        done = spans[-1][1] if spans else 0
        start = max(max(text.rfind(c, done, match.start()) for c in ".?!\n") + 1, done)
        spans.append([start, end])
    if not spans:
        return text
    kept, done = [], 0
    for start, end in spans:
        kept += [text[done:start], " "]
        done = end
    return "".join(kept) + text[done:]


# A question about the next election on a line of its own ("Kapan Pilkada serentak berikutnya
# di Indonesia?", a site's FAQ box under an old count), and the answer on the line after it:
# the answer's year is the next election's, not the page's (the 2015 Inhu count, corpus).
_NEXT_ASKED = re.compile(r"^[^\n?]{0,80}\b(?:berikutnya|selanjutnya|mendatang|next)\b[^\n?]{0,60}\?"
                         r"[^\S\n]*\n[^\n]*", re.IGNORECASE | re.MULTILINE)


def without_next(text: str) -> str:
    """`text` less the questions about the next election and their answers (_NEXT_ASKED)."""
    return _NEXT_ASKED.sub(" ", text) if "?" in text else text


def says_2024(*texts: str) -> bool:
    """Does any of `texts` write the year 2024 or a later one, other than as the end of a
    range of years that opens before 2024, in a sentence announcing an election to come, or
    in the answer to a question about the next one?"""
    return any(_LATER.search(without_announced(without_next(_TERM.sub(" ", text))))
               for text in texts if _LATER.search(text))


def date_year(match: re.Match) -> int:
    return int(match.group(1) or match.group(2) or match.group(4))


def latest_date_year(text: str) -> int | None:
    """The latest year of the full dates `text` writes (None: no date), but a date of birth."""
    return max((date_year(m) for m in DATE.finditer(text) if not born_at(text, m.start())),
               default=None)


def first_date_year(text: str) -> int | None:
    """The year of the first full date `text` writes but a date of birth (a byline's)."""
    return next((date_year(m) for m in DATE.finditer(text) if not born_at(text, m.start())),
                None)
