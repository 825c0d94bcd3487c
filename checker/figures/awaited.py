"""A count named as the one awaited: "semoga proses ini berjalan lancar hingga hasil resmi KPU
diumumkan" (blind hunt 23, a quick-count page on Pilgub Kalbar: a party chief's wish between the
quick count's figures and its shares per regency). "Hasil resmi" there names no count the page
gives, yet as the last count word before the next paragraph's "48,09 persen" it made that
quick count's share a plenary figure: on a province whose decree the record holds, graded
`discrepant` against it. "hingga" or "sampai" (until) before the count's words and its
announcement verb after them ("diumumkan", "ditetapkan", "selesai") say it is still to come,
as "menunggu" or "akan" do (rules/figures.yaml pending_words, Cues._negated). Pure."""

from __future__ import annotations

import re

__all__ = ["awaited"]

# "hingga", "sampai", "sampai dengan" right before the count's words (one word between at most:
# "hingga nanti hasil resmi")
_UNTIL = re.compile(r"\b(?:hingga|sampai(?:\s+dengan)?)\s+(?:\w+\s+)?$", re.IGNORECASE)
# ... and its announcement after them, within its clause ("hasil resmi KPU diumumkan",
# "rekapitulasi tingkat kabupaten selesai")
_ANNOUNCED = re.compile(r"[^,.;:!?\n\d]{0,40}?\b(?:di(?:umumkan|tetapkan|rilis|putuskan|sahkan)|"
                        r"keluar|selesai|rampung|tuntas)\b", re.IGNORECASE)


def awaited(text: str, start: int, end: int) -> bool:
    """Whether the count-type phrase text[start:end] is named as the count still to come."""
    return bool(_UNTIL.search(text, max(0, start - 30), start) and
                _ANNOUNCED.match(text, end, min(len(text), end + 60)))
