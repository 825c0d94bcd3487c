"""The kab/kota whose own plenary a page reports (issue 10, region): a race named by its
province on that page ("Untuk Pilgub Jawa Barat, ...") is counted in the kab/kota, not the
whole province, when the page's lead says the plenary or its result was the kab/kota KPU's.
Read by claims._page_scope on the first 800 characters of the page's prose. Patterns, and the
page's own kab/kota for a KPU named bare (own_kpu)."""

from __future__ import annotations

import re

__all__ = ["OWN_TIER", "own_kpu"]

# What a kab/kota KPU does with its own plenary: holds it, finishes it, announces or sets it.
# Adverbs may stand before the verb ("secara resmi telah menetapkan", "juga mengumumkan"),
# and the result it announces or sets may be named by the vote ("menetapkan hasil Pemilihan
# Bupati ...", "mengumumkan hasil perolehan suara Pemilihan Gubernur ...": audit-s42, KPU
# Kabupaten Garut's and KPU Kota Padang's plenaries of 5-6 Dec 2024). The work may be named
# as a process ("telah merampungkan proses rekapitulasi": audit2a, KPU Kota Palembang).
_HOLDS = (r"(?:(?:secara\s+resmi|telah|sudah|resmi|baru|juga)\s+){0,3}"
          r"(?:(?:menggelar|melaksanakan|mengadakan|"
          r"melakukan|menyelesaikan|merampungkan|menuntaskan|mengumumkan|"
          r"menetapkan)\s+(?:hasil\s+|proses\s+)?(?:rapat\s+)?(?:pleno|rekapitulasi)\b|"
          r"(?:mengumumkan|menetapkan)\s+hasil\s+(?:perolehan\s+suara|penghitungan|"
          r"pemilihan|pilkada|pilgub|pilbup|pilwalkot|pilwako)\b)")

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


# The plenary said in the passive, its KPU after it: "Berdasarkan hasil rekapitulasi yang
# dilakukan KPU Padang, ..." (audit-s42, langgam.id on KPU Kota Padang's plenary of 5-6 Dec
# 2024), "rapat pleno ... yang digelar oleh KPU Kabupaten Solok". The name, with or without
# "Kota"/"Kabupaten", counts only when it is the page's own kab/kota (a province's KPU is
# written the same way: "rekapitulasi yang dilakukan KPU Sumatera Barat").
_BY = re.compile(r"\b(?:rekapitulasi|pleno)\b[^.\n]{0,60}?\b(?:yang\s+)?(?:dilakukan|digelar|"
                 r"diselenggarakan|dilaksanakan)\s+(?:oleh\s+)?(?:Komisi\s+Pemilihan\s+Umum\s+\()?"
                 r"KPUD?\)?\s+(?P<name>(?:(?i:kota|kabupaten|kab\.)\s+)?[A-Z][\w'-]*"
                 r"(?:\s+[A-Z][\w'-]*){0,2})")


def own_kpu(text: str, code: str, matcher) -> bool:
    """Whether `text` has the KPU of kab/kota `code`, named bare, holding or setting its own
    plenary, or named after the plenary it held."""
    for match in (*_BARE.finditer(text), *_BY.finditer(text)):
        hit = matcher.region(match.group("name"))
        if hit is not None and hit.code == code:
            return True
    return False
