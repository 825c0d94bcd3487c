"""The words of the context-stress snippets (benchmarks/stressed.py): a pair's short name,
a place, a count and a share as Indonesian news writes them, a result's basis and moment."""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["basis", "pct", "place", "race_label", "short", "value_text", "votes"]

# Titles and common first names a page drops when it shortens a pair ("H. MIRWAN MS, S.E.").
# Balinese birth-order and caste names are dropped the same way ("I Gede Dana" -> "Dana").
_SKIP = {"muhammad", "mohammad", "moh", "muh", "hj", "dr", "ir", "drs", "tgk", "kh",
         "prof", "haji", "hajjah", "raden", "andi", "abdul", "gede", "made", "nyoman", "ketut",
         "wayan", "putu", "kadek", "komang", "ngurah", "gusti", "anak", "agung", "ida", "bagus",
         "tjokorda", "cokorda", "luh", "ni"}
_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember")


def short(name: str) -> str:
    """'H. MIRWAN MS, S.E., M.Sos. - H. BAITAL MUKADIS, S.E.' -> 'Mirwan-Baital'."""
    parts = []
    for side in re.split(r"\s+-\s+", name):
        words = [w for w in re.split(r"[\s.]+", side.split(",")[0].split("(")[0])
                 if len(w) > 1 and w.lower() not in _SKIP]
        parts.append(words[0].capitalize() if words else "")
    return "-".join(p for p in parts if p)


def place(record, code: str) -> str:
    region = record.region(code)
    if region is None:
        return ""
    name = region.name.title()
    if region.level == 2 and not name.startswith("Kota "):
        name = "Kabupaten " + name
    return name.replace("Dki", "DKI").replace("Di ", "DI ")


def votes(n) -> str:
    return f"{int(n):,}".replace(",", ".")


def pct(value: Decimal) -> str:
    return f"{value:.2f}".replace(".", ",")


def race_label(race, area, record) -> str:
    if race.kind == "president":
        return f"Pilpres 2024 di {place(record, area)}"
    what = "Pilgub" if race.kind == "governor" else "Pilkada"
    return f"{what} {place(record, race.region)}"


def basis(result) -> str:
    if result.tier == "rekap":
        return "hasil rekapitulasi KPU"
    t = result.as_of
    done = result.progress
    where = f", dengan data masuk {pct(done)} persen" if done is not None else ""
    return (f"hitung Sirekap KPU per {t.day} {_MONTHS[t.month - 1]} {t.year} pukul "
            f"{t.hour:02d}.{t.minute:02d} WIB{where}")


def value_text(f: dict) -> str:
    value = Decimal(f["value"])
    if f["kind"] == "votes":
        return f"{votes(value)} suara"
    return f"{str(value).replace('.', ',')} persen"
