"""A KPU office named as the source of a reading is the area the reading is about (issue 10,
region). KPU RI's national plenary adopts each province's result as that province's KPU reads
it out:

    "Menurut paparan KPU Provinsi Kalimantan Barat, Prabowo-Gibran memimpin dengan 1.964.183
    suara, ..."

The counts are Kalimantan Barat's, however national the meeting ("rapat pleno ... tingkat
nasional di Gedung KPU RI"). Elsewhere an office is a body, not a place (places.institution):
"kata Ketua KPU Provinsi Kalimantan Barat" says who spoke, nothing of the figure's area. Pure.
"""

from __future__ import annotations

import re

from checker.figures.matching import RegionHit

__all__ = ["read_by"]

# "menurut paparan KPU Provinsi", "berdasarkan hasil rekapitulasi KIP", "sesuai data KPU Kota":
# the office whose reading, data or recap the sentence gives (one to three such nouns).
_READ_BY = re.compile(r"\b(?:menurut|berdasarkan|sesuai)\s+(?:(?:paparan|pemaparan|data|catatan|"
                      r"hasil|laporan|rekapitulasi|rekap|penghitungan|perhitungan)\s+){0,3}"
                      r"(?:KPU|KPUD|KIP)(?:\s+(?:Provinsi|Prov\.|Kabupaten|Kab\.|Kota))?\s+$",
                      re.IGNORECASE)


def read_by(text: str, region: RegionHit) -> bool:
    """Is the region at `region.start` named as the office whose reading the sentence gives?"""
    if region.level not in (1, 2):
        return False
    return _READ_BY.search(text, max(0, region.start - 90), region.start) is not None
