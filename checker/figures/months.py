"""The month names a page writes in a date, one definition for every reader of dates (a
dateline's, a count's moment, a vote's year, a year or date that is no count, a ballot number
that is a day): Indonesian and English, in full or cut short ("Februari", "Feb", "Agt",
"Ags", "August", "Oct."). Each reader adds what follows in its own pattern (the rest of the
word, a full stop, the year). Pure."""

from __future__ import annotations

__all__ = ["MONTH", "MONTH_NUMBER", "MONTH_WORD"]

# The first letters every name of a month opens with, in either language ("Ags", "Agt":
# Indonesian abbreviations of Agustus).
MONTH_NUMBER = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "mei": 5, "may": 5, "jun": 6, "jul": 7,
                "agu": 8, "ags": 8, "agt": 8, "aug": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11,
                "des": 12, "dec": 12}
MONTH = "(?:" + "|".join(MONTH_NUMBER) + ")"
# A month's name, its first letters and the rest of the word (a pattern adds its own flags).
MONTH_WORD = MONTH + "[a-z]*"
