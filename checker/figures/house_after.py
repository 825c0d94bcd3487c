"""A legislature named right after a figure as the race it was won in: "Lia Istifhama, keponakan
Khofifah Indar Parawansa, meraih 1.726.688 suara sebagai calon DPD RI", "... 13,36 persen
suara dalam pemilihan anggota DPD", "... 404.034 suara di Pileg 2024". A page about a Pilkada
that names a senator's or a caleg's count this way: the count is that house's, not the pair's
of the relative named before it (blind hunt 37, probed: graded discrepant as Khofifah-Emil's).
Patterns only; parties.house_at asks, per figure."""

from __future__ import annotations

import re

__all__ = ["house_after"]

# The figure, its unit, then "sebagai (calon) (anggota)", "dalam pemilihan (umum) (anggota)",
# "di/pada/untuk (pemilihan) (anggota)", then the house. Nothing else between: "58 persen
# kursi DPRD" (seats) or "..., sementara di Pileg" (another clause) name no race of the figure.
_AFTER = re.compile(r"\d[\d.,]*(?:[^\S\n]+(?:juta|ribu))?[^\S\n]*(?:%|persen\b)?[^\S\n]*"
                    r"(?:suara(?:[^\S\n]+sah)?[^\S\n]+)?"
                    r"(?:sebagai[^\S\n]+(?:calon[^\S\n]+)?(?:anggota[^\S\n]+)?|"
                    r"dalam[^\S\n]+(?:pemilihan|pemilu|pileg)[^\S\n]+(?:umum[^\S\n]+)?"
                    r"(?:anggota[^\S\n]+)?|"
                    r"(?:di|pada|untuk)[^\S\n]+(?:pemilihan[^\S\n]+(?:anggota[^\S\n]+)?)?)"
                    r"(DPD|DPRD|DPR|[Ss]enator|[Cc]aleg|[Pp]ileg)\b")


def house_after(text: str, position: int) -> str | None:
    """"dpd" (the senate) or "legislative" when the figure at `position` is followed by the
    house it was won in (_AFTER); else None."""
    found = _AFTER.match(text, position, position + 120)
    if found is None:
        return None
    return "dpd" if found.group(1).lower() in ("dpd", "senator") else "legislative"
