"""Where a body's plenary sat is no area of the figures it adopted (blind measurement 14): in
"KPU Sulawesi Tenggara menetapkan hasil rekapitulasi Pilgub 2024 dalam rapat pleno di Kendari"
the province's KPU adopted the province's count in its capital; Kota Kendari is the seat, as a
dateline is where the reporter wrote. The body gives the area: a kab/kota after a meeting's
"di" is no subject of the lead when the lead names the KPU (or KIP, Bawaslu) of a region
above it. A city's own body ("KPU Kota Kendari ... pleno di Kendari") keeps the city; so does a
place a pair won in ("Dalam rapat pleno, X unggul di Kendari"): the words between the meeting
and "di" never say a result.

    without_seats(lead, hits, institution) -> hits

places.venue covers a building before the city ("di Hotel X, Kendari"), speech_place.recap_seat
"tingkat provinsi di Badung"; this is the bare "rapat pleno ... di Kendari"."""

from __future__ import annotations

import re

__all__ = ["without_seats"]

# A meeting word, then words of the same clause (no comma, no sentence end) that say no result,
# then "di", a building's capitalised name if any, and the seat's prefix: "rapat pleno di
# Kendari", "pleno terbuka yang digelar di Kota Kendari", "sidang pleno rekapitulasi suara Pilgub
# 2024 di Kendari", "pleno di Hotel Claro Kendari".
_SEAT = re.compile(r"\b(?:pleno|rapat|sidang)\b(?:(?![^\S\n](?:unggul|menang|meraih|memperoleh|"
                   r"mendapat|meraup|mengantongi|kalah|terbanyak)\b)[^.;:!?\n,]){0,90}?"
                   r"[^\S\n]di[^\S\n]+(?-i:[A-Z][\w'-]*[^\S\n]+){0,4}"
                   r"(?:(?:Kabupaten|Kab\.|Kota)[^\S\n]+)?$", re.IGNORECASE)
_MEETINGS = ("pleno", "rapat", "sidang")


def without_seats(lead: str, hits: list, institution) -> list:
    """`hits` (regions the lead names: title, headings, opening paragraph) less each kab/kota
    where a meeting sat, when the lead names the body (`institution(lead, hit)`) of a region
    above it and none of the kab/kota's own ("KPU Kota Kendari": its own plenary, its count)."""
    folded = lead.lower()
    if not any(word in folded for word in _MEETINGS):
        return hits
    bodies = {hit.code for hit in hits if hit.code and institution(lead, hit)}

    def seat(hit) -> bool:
        return hit.level == 2 and bool(hit.code) and hit.code not in bodies and \
            any(hit.code.startswith(body) for body in bodies) and \
            _SEAT.search(lead, max(0, hit.start - 150), hit.start) is not None

    return [hit for hit in hits if not seat(hit)]
