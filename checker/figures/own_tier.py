"""The kab/kota whose own plenary a page reports (issue 10, region): a race named by its
province on that page ("Untuk Pilgub Jawa Barat, ...") is counted in the kab/kota, not the
whole province, when the page's lead says the plenary or its result was the kab/kota KPU's.
Read by claims._page_scope on the first 800 characters of the page's prose. Patterns, and the
page's own kab/kota for a KPU named bare (own_kpu)."""

from __future__ import annotations

import re

__all__ = ["OWN_TIER", "own_kpu"]

# What a kab/kota KPU does with its own plenary: holds it, finishes it, announces or sets it.
_HOLDS = (r"(?:(?:telah|sudah|resmi|baru)\s+)?(?:menggelar|melaksanakan|mengadakan|"
          r"melakukan|menyelesaikan|merampungkan|menuntaskan|mengumumkan|"
          r"menetapkan)\s+(?:hasil\s+)?(?:rapat\s+)?(?:pleno|rekapitulasi)\b")

# "rapat pleno rekapitulasi ... tingkat Kota Banjar", "... Pilkada 2024 tingkat kota": the
# plenary of the kab/kota the page is about (not "tingkat kabupaten/kota", every one's).
# "rekapitulasi ... tingkat Kota Banjar", or the regency's own KPU holding the plenary ("KPU
# Kabupaten Kudus menggelar rapat pleno terbuka untuk merekapitulasi hasil Pemilihan Gubernur
# ... Jawa Tengah"): the regency's count of the race (corpus-h). The tier may be named by its
# KPU ("rekapitulasi ... Pilkada 2024 tingkat KPU kota", Solo). A KPU Kota holds no plenary but
# its city's, whether it "menggelar" one or "telah menyelesaikan"/"sudah merampungkan" it, and
# whether it is written "Komisi Pemilihan Umum (KPU) Kota Depok" (corpus-av, Realita), or
# announces or sets its result ("KPU Kabupaten Ciamis resmi mengumumkan hasil rekapitulasi",
# "hasil rekapitulasi ... diumumkan KPU Kabupaten Ciamis": corpus-az, the Jabar count there).
OWN_TIER = re.compile(r"\btingkat\s+(?:KPU\s+)?(?:kota|kabupaten|kab\.)(?!\s*/)\b|"
                      r"\bKPU\)?\s+(?:kota|kabupaten|kab\.)\s+\w+(?:\s+\w+)?\s+" + _HOLDS + "|"
                      r"\brekapitulasi\b[^.\n]{0,60}?\b(?:diumumkan|ditetapkan)\s+(?:oleh\s+)?"
                      r"(?:Komisi\s+Pemilihan\s+Umum\s+\()?KPU\)?\s+(?:kota|kabupaten|kab\.)\s",
                      re.IGNORECASE)

# The KPU named by its kab/kota alone, perhaps with the short name in brackets: "KPU Serdang
# Bedagai (Sergai) telah merampungkan rekapitulasi suara" (corpus-bb, harianSIB). Without the
# word "Kabupaten" the name may be a province's ("KPU Sumatera Utara menggelar rapat pleno"),
# so it counts only when it is the page's own kab/kota.
_BARE = re.compile(r"\bKPUD?\)?\s+(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})\s+"
                   r"(?:\([^()\n]{1,25}\)\s+)?(?i:" + _HOLDS + ")")


def own_kpu(text: str, code: str, matcher) -> bool:
    """Whether `text` has the KPU of kab/kota `code`, named bare, holding or setting its own
    plenary."""
    for match in _BARE.finditer(text):
        hit = matcher.region(match.group("name"))
        if hit is not None and hit.code == code:
            return True
    return False
