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
"tingkat provinsi di Badung"; this is the bare "rapat pleno ... di Kendari". `body_seat` (through
recap_seat) says the same of a body and its meeting in one sentence, wherever it stands: "KPU
Sulawesi Tenggara dalam rapat pleno di Kendari menetapkan ..." in the figures' own paragraph."""

from __future__ import annotations

import re

__all__ = ["body_seat", "without_seats"]

# A meeting word, then words of the same clause (no comma, no sentence end) that say no result,
# then "di", a building's capitalised name if any, and the seat's prefix: "rapat pleno di
# Kendari", "pleno terbuka yang digelar di Kota Kendari", "sidang pleno rekapitulasi suara Pilgub
# 2024 di Kendari", "pleno di Hotel Claro Kendari".
_RESULT = (r"(?![^\S\n](?:unggul|menang|meraih|memperoleh|mendapat|meraup|mengantongi|kalah|"
           r"terbanyak|mendulang|mengumpulkan|memenangi|memenangkan)\b)")
_MEETING = (r"\b(?:pleno|rapat|sidang)\b(?:" + _RESULT + r"[^.;:!?\n,]){0,90}?[^\S\n]di[^\S\n]+"
            r"(?-i:[A-Z][\w'-]*[^\S\n]+){0,4}(?:(?:Kabupaten|Kab\.|Kota)[^\S\n]+)?$")
_SEAT = re.compile(_MEETING, re.IGNORECASE)
_MEETINGS = ("pleno", "rapat", "sidang")
# The same in one sentence, the body named before its meeting: "KPU Sulawesi Tenggara dalam
# rapat pleno di Kendari menetapkan ...", "Komisi Pemilihan Umum (KPU) Provinsi Sultra, dalam
# sidang pleno yang digelar di Kota Kendari, ...". The body's name: capitalised words, not a
# kab/kota's prefix ("KPU Kota Kendari ... pleno di Kendari" is the city's own plenary).
_BODY_SEAT = re.compile(r"(?-i:\b(?:KPU|KPUD|KIP|Bawaslu)\)?(?:[^\S\n]+Provinsi)?(?P<name>"
                        r"(?:[^\S\n]+(?!(?:Kota|Kabupaten|Kab)\b)[A-Z][\w'-]*){1,3}))(?:" +
                        _RESULT + r"[^.;:!?\n]){0,80}?" + _MEETING, re.IGNORECASE)


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


def body_seat(text: str, region) -> bool:
    """Is the kab/kota at `region` where a body named before it in the sentence held its
    plenary, the body not the kab/kota's own ("KPU Kendari ... pleno di Kota Kendari")?"""
    if region.level != 2:
        return False
    near = text[max(0, region.start - 200):region.start]
    # asked for every region of a page: most have no body and no meeting before them
    if not ("KPU" in near or "KIP" in near or "Bawaslu" in near) or not (
            "leno" in near or "rapat" in near or "Rapat" in near or "idang" in near):
        return False
    match = _BODY_SEAT.search(text, max(0, region.start - 200), region.start)
    if match is None:
        return False
    own = re.findall(r"[\w'-]+", text[region.start:region.end])  # a hit may end in "."
    own = own[1:] if own and own[0].lower() in ("kota", "kabupaten", "kab.") else own
    return match.group("name").lower().split()[:len(own)] != [w.lower() for w in own]
