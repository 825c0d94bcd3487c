"""The kecamatan or desa of a meeting's venue (blind 16, a Tabalong plenary): "rapat pleno ...
tingkat Kabupaten Tabalong, di Hotel Jelita Tanjung, Pembataan, Kecamatan Murung Pudak, KPU
Tabalong menetapkan ... 64.861 suara". The address says where the meeting sat, as "di Gedung
KPU, Jakarta" does for a city (places.venue); the votes it adopted are the kab/kota's. A
"lower" level mark that ends a building's or a street's address is no level of the figures.
Pure; one call from from_text."""

from __future__ import annotations

import re

from checker.figures.wording import capitalised

__all__ = ["off_venues"]

# A building (its word first or last: "Gedung Serbaguna", "Grand Fajar Hotel") or a street,
# then at most two places with commas ("Desa Soguo, ", "Pembataan, "), then the mark.
_ADDRESS = re.compile(
    r"(?:\b(?i:gedung|kantor|hotel|aula|balai|wisma|pendopo|graha|auditorium|ballroom)"
    r"(?:[^\S\n]+[^.;:!?\n,]{1,40})?"
    r"|\b(?:Jalan|Jl\.?)[^\S\n]*[A-Z0-9](?:[^.;:!?\n,]|\.(?=[^\S\n]*\d)){0,50}),"
    r"[^\S\n]*(?:" + capitalised(3) + r",[^\S\n]*){0,2}$")
_WORDS = ("edung", "antor", "otel", "ula", "alai", "isma", "endopo", "raha", "uditorium",
          "allroom", "Jl", "Jalan")


def off_venues(text: str, levels: list) -> list:
    """`levels` (cues.levels) without the "lower" marks that end a venue's address."""
    return [m for m in levels if m.value != "lower" or not _at_venue(text, m.start)]


def _at_venue(text: str, start: int) -> bool:
    near = text[max(0, start - 90):start]
    return any(w in near for w in _WORDS) and \
        _ADDRESS.search(text, max(0, start - 90), start) is not None
