"""The single pair of a race against the empty box, written as its role: after a figure, "kotak
kosong mendapatkan 57,25 persen, dan 42,75 persen suara ditorehkan calon tunggal" (blind hunt
27, Pilbup Bangka: no name written, the figure fell to the name before it, the empty box's, and
was flagged); or before it as the sentence's subject, "Paslon tunggal Pilkada Brebes menang
dengan perolehan suara 503.719 atau 59,60 persen" (blind hunt 54, no claim read), and in
English, "the single candidate received 42.02 percent" (corpus-bh, Tempo English). "calon
tunggal", "pasangan calon tunggal", "paslon tunggal", "the single/sole candidate (pair)" is the
one pair, not the empty box, of the one race of the figure's area that has an empty box;
elsewhere (no such race, or more than one) nobody's. Pure; asked by owners.owner_after and
from_text."""

from __future__ import annotations

import re

from checker.figures.empty_box import names_box

__all__ = ["single_after", "single_before"]

_ROLE = (r"(?:(?:pasangan\s+)?calon|paslon|pasangan)\s+tunggal\b|"
         r"(?:the\s+)?(?:single|sole|lone)\s+(?:candidate(?:\s+pair)?|pair|contestant)s?\b")
_SINGLE = re.compile(_ROLE, re.IGNORECASE)
_ROLE_IN = re.compile(r"\b(?:" + _ROLE + ")", re.IGNORECASE)
# The role as what another beat or what was chosen over ("kotak kosong mengalahkan calon
# tunggal", "lebih memilih kolom kosong ketimbang paslon tunggal"): not the figure's owner.
_AS_OBJECT = re.compile(r"\b(?:melawan|mengalahkan|mengungguli|atas|dari|ketimbang|daripada|"
                        r"dibanding(?:kan)?|lawan|memilih|against|over|beat|defeated|than)"
                        r"\s+(?:(?:sang|si|the)\s+)?$", re.IGNORECASE)
# "dua paslon tunggal unggul telak" (blind 48, a round-up of 2020): several races' single pairs.
_SEVERAL = re.compile(r"\b(?:dua|tiga|empat|lima|kedua|ketiga|para|beberapa|sejumlah|\d+|two|three|"
                      r"several|both)\s+$", re.IGNORECASE)
# Another name, a number or a clause break between the role and the figure leaves it to them.
_BETWEEN = re.compile(r"[;:!?\n]|\d|\b(?:sedangkan|sementara|whereas|while)\b", re.IGNORECASE)


def _the_single(layout, scope, written: str):
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


def single_after(layout, start: int, scope):
    """(candidate, nomor, written) of the race's single pair written as its role at `start`;
    (None, None, written) when the role is written but no one race of the area says who;
    None when no such role is written there."""
    role = _SINGLE.match(layout.text, start)
    return None if role is None else _the_single(layout, scope, role.group())


def single_before(layout, span: int, position: int, scope):
    """The single pair (as single_after) when its role is the last owner the figure's own words
    (from `span` to `position`) write, as subject, with no empty box, number or clause break
    after it; else None. Asked only when no name before or after the figure owns it."""
    last = None
    for last in _ROLE_IN.finditer(layout.text, span, position):
        pass
    if last is None or names_box(layout.text[span:position]) or \
            _BETWEEN.search(layout.text, last.end(), position) or \
            _AS_OBJECT.search(layout.text, max(span, last.start() - 30), last.start()) or \
            _SEVERAL.search(layout.text, max(span, last.start() - 12), last.start()):
        return None
    return _the_single(layout, scope, last.group())
