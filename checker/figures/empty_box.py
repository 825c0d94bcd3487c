"""A ballot number that would name the empty box while the page writes a pair's name beside it
(blind hunt 23, tests/test_blind23.py). KIP Aceh Utara's plenary read both races; its page
gave "Paslon 02 Mualem-Dek Fadh raih 305.136 suara atau 83,06 persen", the governor race's pair
02 by its nicknames (Muzakir Manaf-Fadhlullah), beside the rival pair's real names. The
nicknames matched nobody, the page's area (Aceh Utara) put the figure in the regent race, and
the claim's ballot number 02 found that race's 02: the empty box of a single-candidate race
(3,26 %). A pair's name written with the number is never the empty box's: the figure's pair is
unknown (held), not the box. Pure."""

from __future__ import annotations

import re

__all__ = ["EMPTY_BOX_EN", "named_not_box", "names_box"]

# The English press's names for the box (Tempo English, Jakarta Globe, ANTARA English: "the
# empty ballot boxes garnered 57.98 percent", "blank box", "empty column"), as name words
# (matching adds them to the box's own "kotak kosong", "kolom kosong", "koko"). Unknown, "the
# empty box 57.98 percent" after the single pair's share went to the pair, and was graded
# against the pair's 42.02 (corpus-bh).
EMPTY_BOX_EN = [(adjective, *ballot, box) for adjective in ("empty", "blank")
                for ballot in ((), ("ballot",)) for box in ("box", "boxes", "column")]
# The box's own names ("kotak kosong", "kolom kosong", "Koko", "empty box"): the number may be
# its
_BOX = re.compile(r"\bkosong\b|\bkoko\b|\b(?:empty|blank)\s+(?:ballot\s+)?(?:box|column)",
                  re.IGNORECASE)


def named_not_box(name: str | None, candidate) -> bool:
    """Whether `candidate`, found by ballot number only, is the empty box while the page wrote
    `name`, some pair's name, beside the figure."""
    return bool(candidate.is_empty_box and name and name.strip() and not _BOX.search(name))


def names_box(name: str) -> bool:
    """Whether `name` is the empty box's own ("kotak kosong", "kolom kosong", "koko")."""
    return bool(_BOX.search(name))
