"""A date of birth is no moment of the page or of its figures (blind hunt 34: profiles of the
2024 winners). "Bobby Nasution lahir di Medan pada 5 Juli 1991." is a short dated line, read as
the page's byline: the Pilgub of 2024 became an election after the page (its 3.645.611 held
`not_yet_held`); as the first or latest date of a page with no other it dated the page 1991
(claims._published_year, written_years), and "Pilgub Sumut" with no year became the election of
that year. "Dedi Mulyadi lahir di Subang, Jawa Barat, pada 11 April 1971" before a headline's
figure gave it that day as the moment of its count. A birth word shortly before the date in its
sentence says whose day it is. Pure."""

from __future__ import annotations

import re

__all__ = ["birth_line", "born_at", "not_born"]

# "lahir", "kelahiran", "dilahirkan", "born", then up to 60 characters of its sentence (a place:
# "di Subang, Jawa Barat, pada ") before the date.
_BORN = re.compile(r"(?i:\b(?:lahir|kelahiran|dilahirkan|born)\b)[^.!?\n]{0,60}$")
_BORN_WORD = re.compile(r"(?i:\b(?:lahir|kelahiran|dilahirkan|born)\b)")


def birth_line(line: str) -> bool:
    """Does a short line state someone's birth (never a byline)?"""
    return _BORN_WORD.search(line) is not None


def born_at(text: str, start: int) -> bool:
    """Is the date written at `start` of `text` someone's birth?"""
    return _BORN.search(text, max(0, start - 80), start) is not None


def not_born(text: str, marks: list) -> list:
    """`marks` (dates found in `text`) but a date of birth."""
    return [m for m in marks if not born_at(text, m.start)]
