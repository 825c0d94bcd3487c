"""The words that rank a pair after the first in a list of results: "di posisi kedua",
"urutan terakhir", "di tempat ketiga", "disusul", "menyusul", "paling bawah", "AHM-Rivai
ketiga dengan 7.484 suara". A count so ranked goes on with the list the counts before it
opened, and so with its place (carried_area: a province or regency named before; abroad: the
votes "di 128 wilayah PPLN"). Pure."""

from __future__ import annotations

import re

__all__ = ["RANK"]

# A bare ordinal only before its count ("kedua pasangan" is both pairs, not the second).
RANK = re.compile(r"\b(?:(?:posisi|urutan|peringkat|tempat)\s+(?:kedua|ketiga|keempat|"
                  r"terakhir|akhir|buncit|berikutnya|selanjutnya|ke-?\s*[234])|"
                  r"terbanyak\s+(?:kedua|ketiga)|di\s+bawahnya|disusul|diikuti|menyusul|"
                  r"paling\s+(?:bawah|buncit)|terbawah|(?:kedua|ketiga|keempat|terakhir),?\s+"
                  r"(?:dengan|meraih|memperoleh|mendapat|mengantongi))\b", re.IGNORECASE)
