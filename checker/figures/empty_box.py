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

__all__ = ["named_not_box", "names_box"]

# The box's own names ("kotak kosong", "kolom kosong", "Koko"): the number may be its
_BOX = re.compile(r"\bkosong\b|\bkoko\b", re.IGNORECASE)


def named_not_box(name: str | None, candidate) -> bool:
    """Whether `candidate`, found by ballot number only, is the empty box while the page wrote
    `name`, some pair's name, beside the figure."""
    return bool(candidate.is_empty_box and name and name.strip() and not _BOX.search(name))


def names_box(name: str) -> bool:
    """Whether `name` is the empty box's own ("kotak kosong", "kolom kosong", "koko")."""
    return bool(_BOX.search(name))
