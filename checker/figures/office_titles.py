"""An office title naming a person is not a race: "Dominasi Prabowo-Gibran terlihat pula di TPS
tempat Gubernur Kalteng Sugianto Sabran mencoblos. Pasangan nomor urut 2 menang telak dengan
145 suara" (Prokal, corpus-ad) is a Pilpres count at the governor's polling station, not the
governor race. So are "Bupati Sleman Kustini Sri Purnomo", "Wali Kota Surabaya Eri Cahyadi",
"Gubernur Khofifah": the title, its area if written, then a person's name. A race word with
its area alone ("pemilihan Gubernur Kalteng", "Bupati Bogor") or after a word of candidacy
("calon Gubernur Kalteng Agustiar Sabran") still names the race. cues.race_kinds leaves out
the president's title already ("Presiden Prabowo")."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

__all__ = ["CANDIDACY", "HOLDER_NAME", "without_office_holders"]

# The titles themselves: never a race's own word ("Pilkada Kabupaten Pulang Pisau", "Pilgub").
_TITLES = frozenset({"gubernur", "bupati", "wali kota", "walikota"})
# A word of candidacy or of the race in the few words before the title ("calon Gubernur dan
# Wakil Gubernur Kalteng Agustiar Sabran", "pemilihan Bupati Sleman"): the race it is.
CANDIDACY = re.compile(r"\b(?:calon|cagub|cabup|cawalkot|bakal|pemilihan|pilkada|pasangan|"
                       r"paslon|kandidat)\b", re.IGNORECASE)
# A person's name: capitalised words (one at least), not in capitals only (a heading's).
HOLDER_NAME = re.compile(r"[^\S\n]+(?:H\.[^\S\n]*)?[A-Z][a-z'\u2019]+"
                         r"(?:[^\S\n]+[A-Z][a-z'\u2019]+)*")
_GAP = re.compile(r"[^\S\n]+")


def without_office_holders(text: str, kinds: list, regions: list) -> list:
    """The race marks of `kinds` less the governor's, regent's or mayor's titles that name a
    person; `regions`: the page's region hits, in order (the title's area is one of them)."""
    starts = [r.start for r in regions]
    return [m for m in kinds if not _holder(text, m, regions, starts)]


def _holder(text: str, mark, regions: list, starts: list[int]) -> bool:
    if " ".join(text[mark.start:mark.end].lower().split()) not in _TITLES or \
            not text[mark.start:mark.start + 1].isupper() or \
            CANDIDACY.search(text, max(0, mark.start - 30), mark.start):
        return False
    end = mark.end
    gap = _GAP.match(text, end)
    index = bisect_right(starts, gap.end()) - 1 if gap else -1
    if index >= 0 and regions[index].end > end:  # "Gubernur Kalteng", "Wali Kota Palangka
        end = regions[index].end  # Raya" (a hit from "Kota"): its area, then perhaps a name
    name = HOLDER_NAME.match(text, end)
    if name is None:
        return False
    index = bisect_left(starts, name.end())  # a region overlapping the words: a place, no name
    return not (index > 0 and regions[index - 1].end > end)
