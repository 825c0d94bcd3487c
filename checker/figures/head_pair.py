"""A headline that names a Pilpres pair beside a legislative word ("Ganjar Kalah di Jateng, PDIP
Tetap Menang Pileg") is about both races of the one Pemilu, so the page is not wholly legislative:
each paragraph's own house word decides (parties.house_at), and a pair's count under it is the
pair's (blind hunt 52: the Pilpres counts of Jawa Tengah held `other_race` under such a head).
claims._page_scope asks. Pure."""

from __future__ import annotations

import re

__all__ = ["names_pair"]

# A capitalised word, or two joined by a hyphen ("Ganjar-Mahfud"): a name as a head writes it.
_NAME = re.compile(r"[A-Z][\w']+(?:-[A-Z][\w']+)?")
_MAX_WORDS = 24  # a head is short; a long one is cut, never scanned whole


def names_pair(matcher, head: str) -> bool:
    """Does `head` write a name the record holds one Pilpres pair for ("Ganjar", "Anies",
    "Ganjar-Mahfud")? Only the Pilpres was voted with the Pileg: a word of a Pilkada pair's
    names is often a common one ("Dua", "Awal", "Pieter": a DPD candidate's page)."""
    return any(matcher.candidate(m.group(), kind="president") is not None
               for _, m in zip(range(_MAX_WORDS), _NAME.finditer(head)))
