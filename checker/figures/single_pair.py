"""The single pair of a race against the empty box, written as its role after a figure: "kotak
kosong mendapatkan 57,25 persen, dan 42,75 persen suara ditorehkan calon tunggal" (blind hunt
27, Pilbup Bangka). No name is written, so the figure fell to the name before it (the empty
box's) and was flagged. "calon tunggal", "pasangan calon tunggal", "paslon tunggal" after a
word that gives the figure its owner is the one pair, not the empty box, of the one race of the
figure's area that has an empty box; elsewhere (no such race, or more than one) nobody's. Pure;
asked by owners.owner_after."""

from __future__ import annotations

import re

__all__ = ["single_after"]

_SINGLE = re.compile(r"(?:(?:pasangan\s+)?calon|paslon|pasangan)\s+tunggal\b", re.IGNORECASE)


def single_after(layout, start: int, scope):
    """(candidate, nomor, written) of the race's single pair written as its role at `start`;
    (None, None, written) when the role is written but no one race of the area says who;
    None when no such role is written there."""
    role = _SINGLE.match(layout.text, start)
    if role is None:
        return None
    written = role.group()
    out = layout.out
    region = scope.region
    if out.record is None or region is None or not region.code:
        return None, None, written
    singles = []
    for race in out.matcher.races_for(region.code, scope.kind):
        pairs = out.record.candidates_of(race)
        if any(c.is_empty_box for c in pairs):
            singles += [c for c in pairs if not c.is_empty_box]
    if len(singles) != 1:
        return None, None, written
    return singles[0], singles[0].nomor_urut, None  # (the role is no name to match)
