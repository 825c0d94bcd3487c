"""A figure whose own words name KPU as its source: "58,77 persen (versi KPU) dan 53,55 persen
(versi KawalPemilu)", "52,1 persen menurut data KPU", "versi KPU 58,77 persen". It is KPU's
count, whatever count the rest of its sentence names (blind hunt 27: the KawalPemilu words
after the second figure typed the first one a citizen count). The words said decide the basis:
Sirekap or a real count is `real_count`, a recapitulation or plenary `plenary`; KPU alone says
no basis (the Scope's claim type None: the plenary, or Sirekap at the page's moment). A figure
named as a citizen's or campaign's count keeps that (count_basis reads those words). Pure.

    kpu_named(text, position) -> Mark | None   (count_basis asks it for each text figure)
"""

from __future__ import annotations

import re

from checker.figures.cues import Mark
from checker.figures.wording import may_say_between

__all__ = ["kpu_named"]

# The words that may stand between "versi/menurut/data" and "KPU": a count or its place.
_WHAT = (r"(?:(?:hasil|data|real[^\S\n]+count|hitung[^\S\n]+nyata|sirekap|situs|laman|"
         r"penghitungan|perhitungan|rekapitulasi|rekap|pleno|resmi)[^\S\n]+){0,3}")
_KPU = r"(?:kpu|kpud|kip)(?![\w-])"
# Right after the figure (its unit and "suara" between): "(versi KPU)", "menurut data KPU",
# "berdasarkan Sirekap KPU", "(Sirekap KPU)", "(KPU)".
# A bracket closes right after KPU's name ("(data KPU 48 persen)" sets another figure beside).
_AFTER = re.compile(r"[\d.,]+[^\S\n]*(?:%|persen)?[^\S\n]*(?:suara[^\S\n]+)?(?:\([^\S\n]*(?:(?:"
                    r"versi|menurut|data|hasil|sumber|berdasarkan|sesuai)[^\S\n]+)?" + _WHAT +
                    _KPU + r"[^\S\n]*\)|(?:versi|menurut|berdasarkan|berdasar|sesuai|data)"
                    r"[^\S\n]+" + _WHAT + _KPU + r"(?![^\S\n]*[\d(]))", re.IGNORECASE)
# Right before it, in its clause: "versi KPU 58,77 persen", "menurut data KPU, sebesar 52,1".
_BEFORE = re.compile(r"\b(?:versi|menurut|berdasarkan|berdasar|sesuai|data)[^\S\n]+" + _WHAT +
                     _KPU + r"[^\S\n]*[,:]?[^\S\n]*(?:(?:sebesar|mencapai|yakni|yaitu|adalah|"
                     r"hanya|sekitar|hingga|di[^\S\n]+angka)[^\S\n]+)?$", re.IGNORECASE)
_REAL = re.compile(r"real[^\S\n]+count|hitung[^\S\n]+nyata|sirekap", re.IGNORECASE)
_PLENARY = re.compile(r"rekapitulasi|rekap|pleno", re.IGNORECASE)


def kpu_named(text: str, position: int) -> Mark | None:
    """The count mark of the figure at `position` when its own words name KPU (value None:
    KPU's count, its basis unsaid), else None."""
    found = _AFTER.match(text, position)
    if found is None and may_say_between(text, max(0, position - 60), position, "kpu", "kip"):
        # (every _BEFORE match holds KPU's name: most figures have none in the 60 characters
        # before them, where the case-blind pattern was tried at each position)
        found = _BEFORE.search(text, max(0, position - 60), position)
    if found is None:
        return None
    words = found.group(0)
    kind = "real_count" if _REAL.search(words) else "plenary" if _PLENARY.search(words) else None
    return Mark(position, position, kind)  # type: ignore[arg-type]  (None: KPU's, basis unsaid)
