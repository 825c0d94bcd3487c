"""The kab/kota of a KPU named bare: "KPU Cilacap: Satu kecamatan belum ..." (a headline of a
kab/kota KPU's news), "Komisi Pemilihan Umum (KPU) Lahat menggelar rapat pleno ..." (the
opening paragraph of its plenary's report). A bare kabupaten name elsewhere needs its prefix;
after "KPU" it names the body's area. Pure; asked by claims (the headline) and
regency_plenary (the opening paragraph)."""

from __future__ import annotations

import re

__all__ = ["bare_offices", "office_places"]

# Its name stays on the KPU's line: a headline ending in "KPU" over a dateline ("... hasil
# rekapitulasi KPU" / "Kendari (ANTARA) - ...") names no "KPU Kendari" (blind set 21).
_OFFICE = re.compile(r"\bKPUD?\)?[^\S\n]+((?:Kabupaten[^\S\n]+|Kab\.[^\S\n]*|Kota[^\S\n]+)?"
                     r"[A-Z][\w'-]*(?:[^\S\n]+[A-Z][\w'-]*){0,2})")


def office_places(matcher, text: str) -> list:
    """The kab/kota of each KPU the text's first 300 characters name, the longest run of its
    capitalised words that names one."""
    found = []
    for match in _OFFICE.finditer(text[:300]):
        words = match.group(1).split()
        for n in range(len(words), 0, -1):
            hit = matcher.region(" ".join(words[:n]))
            if hit is not None and hit.code and hit.level == 2:
                found.append(hit)
                break
    return found


def bare_offices(matcher, lead: str) -> set[str]:
    """The kab/kota codes of the KPUs a lead names bare ("KPU Ciamis telah menuntaskan
    rekapitulasi ..."): no region mention (a bare kabupaten needs its prefix), yet the office
    whose plenary the page reports, as "KPU Kabupaten Ciamis" would be (corpus-bb)."""
    return {hit.code for hit in office_places(matcher, lead)}
