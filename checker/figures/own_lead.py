"""A pair's lead told as its own share, not a margin (figure_kind asks where the words that may
make a figure a margin begin). The margin topic "keunggulan" makes every later figure of its
sentence a margin (rules/figures.yaml margin_topics), except where the lead is a pair's share
written as such. Patterns only."""

from __future__ import annotations

import re

from checker.figures.wording import GAINS, may_hold

__all__ = ["after_own_lead"]

# What the readings below share: the margin topic they open with; the words of a rival or a
# gap after it ("keunggulan atas Anies", "keunggulan dengan selisih"), which keep the margin
# reading (none may stand between it and the figure); the share each reads ahead to, the pair's.
_LEAD = r"\bkeunggulan\s+"
_GAP_WORDS = r"atas|dari|ketimbang|dibanding|selisih|terpaut|jarak|sebesar"
_NO_GAP = r"(?![^\d.!?\n]*?\b(?:" + _GAP_WORDS + r")\b)"
_SHARE = r"\d{1,2}(?:[.,]\d{1,2})?\s*(?:%|persen)"

# "memperlihatkan keunggulan Prabowo - Gibran dengan 59,35% dari 98,08% data": the lead of a
# pair stated as its share (the second pollster's sentence of detikINET, corpus-r). The margin
# topic "keunggulan" still makes a figure a margin when a rival or a gap comes between ("atas
# Anies dengan", "dengan selisih") or when no pair stands between it and the figure; a place
# between ("keunggulan tertinggi X ada di wilayah Maluku Papua dengan") is left as it was.
_OWN_LEAD = re.compile(_LEAD + r"(?![^\d.!?\n]*?\b(?:" + _GAP_WORDS + r"|di)\b[^\d.!?\n]*?"
                       r"\bdengan\s)[A-Z][^\d.!?\n]{1,80}?\s+dengan\s+(?=" + _SHARE + ")", re.IGNORECASE)


# "keunggulan tertinggi Prabowo-Gibran ada di wilayah Maluku Papua dengan 66,82 persen suara":
# the pair's lead in a place, stated as its share of the votes there (ANTARA on Charta's quick
# count by island group, corpus dev); a rival or a gap between keeps the margin reading.
_OWN_LEAD_AT = re.compile(_LEAD + _NO_GAP + r"[^\d.!?\n]{1,80}?\sdi\s"
                          r"[^\d.!?\n]{1,60}?\s+dengan\s+(?=" + _SHARE + r"\s+suara\b)",
                          re.IGNORECASE)
# "Keunggulan terbesar ada di Balikpapan Timur, tempat Rahmad-Bagus meraih 68,69 persen suara"
# (corpus-ao, Niaga.Asia): the lead is the place; the share is what the pair named after
# "tempat"/"di mana" obtained there, a verb of obtaining right before it.
_OWN_LEAD_WHERE = re.compile(_LEAD + _NO_GAP + r"[^\d.!?\n]{0,60}?\bdi\s"
                             r"[^\d.!?\n]{1,60}?,\s*(?:tempat|di\s+mana|dimana)\s+[^\d.!?\n]{1,60}?"
                             r"\s(?:" + GAINS + r")\s+(?=" + _SHARE + ")", re.IGNORECASE)

# "Keunggulan berlanjut di Kecamatan Marga, 28.700 suara (79,15%) untuk Sanjaya-Dirga melawan
# 7.570 suara ..." (corpus-bg, Tabanan): the lead goes on in a place, told by each pair's own
# count after the comma; a verb of going on or showing says the lead is the story, not a gap.
_OWN_LEAD_GOES_ON = re.compile(_LEAD + r"(?:(?:juga|pun|kembali|terus)\s+)?(?:berlanjut|"
                               r"berlangsung|terjadi|tampak|terlihat|berulang)\s+di\s"
                               r"(?![^\d.!?\n]*?\b(?:" + _GAP_WORDS + r")\b)[^\d.!?\n,]{1,60},\s*"
                               r"(?=\d[\d.]*\s+suara\b)", re.IGNORECASE)


def after_own_lead(text: str, start: int, position: int) -> int:
    """Where the words that may make the figure at `position` a margin begin: after a
    "keunggulan <pair> dengan" that leads to a share at or before it, else `start`."""
    # (their look-aheads read the figure; every match of each holds "keunggulan": looked for
    # in C first)
    lead = (_OWN_LEAD.search(text, start, position + 12) or
            _OWN_LEAD_AT.search(text, start, position + 24) or
            _OWN_LEAD_WHERE.search(text, start, position + 12) or
            _OWN_LEAD_GOES_ON.search(text, start, position + 24)) if may_hold(
        text, start, position + 24, ("keunggulan",)) else None
    return lead.end() if lead and lead.end() <= position else start
