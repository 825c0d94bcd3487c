"""A related article's headline that names a race in another province than the page's is that
article's, and its place is no place of this article's paragraphs after it (related.
before_teasers asks; tests/test_fix_known8.py).

Newsurban on Kabupaten Bangka's plenary (corpus-az): "Baca Juga: Pasangan MULIA Unggul Jauh
dari Tiga Paslon Kontestan Pilwalkot Makassar" between two paragraphs put the next one in Kota
Makassar, so "kotak kosong di sana meraih 5.532 suara" (Belinyu's) found no empty box there
and was lost. A teaser naming a place alone is often this story's own ("Baca juga: Pleno KPU
DKI Jakarta Digelar"), and one naming a place in the page's province may be too (a kecamatan's
TPS story under "Baca Juga: Hasil Pilkada Kota Bandung"): only a teaser that names a race word
and whose every place lies outside the province of the page's own area is skipped. A page with
no area of its own skips nothing. Pure.

A result's words say it as plainly as a race word (corpus-bf, ANTARA on Jambi's Pilpres tally):
"Baca juga: KPU RI sahkan perolehan suara Prabowo-Gibran unggul di Papua Selatan" between the
lead and "Ketua KPU Provinsi Jambi memaparkan bahwa pasangan Anies-Muhaimin meraih 532.605
suara, ..." left the three counts with no area. So a teaser that names a count's outcome
("perolehan suara", "unggul", "menang", "rekapitulasi", "hasil ... suara") in another
province is skipped too; one naming a place alone ("Banjir Rendam Rumah di Papua Selatan")
is not.
"""

from __future__ import annotations

import re

__all__ = ["elsewhere"]

_RACE_OR_RESULT = re.compile(r"(?i)\b(?:pil(?:kada|gub|bup|wal\w*|wako\w*|pres)|pemilu|"
                             # a count's outcome: "perolehan suara", "unggul", "menang telak",
                             # "hasil rekapitulasi suara"
                             r"pemilihan|perolehan|unggul|menang|rekapitulasi|suara)\b")


def elsewhere(layout, start: int, end: int) -> bool:
    """Does the teaser line text[start:end] name a race or a result, and only places outside
    the province of the page's own area?"""
    if not _RACE_OR_RESULT.search(layout.text, start, end):
        return False
    own = layout.out.scope.region
    if own is None or not own.code:
        return False
    hits = [h for h in layout.regions if start <= h.start < end]
    return bool(hits) and all(h.code and h.code[:2] != own.code[:2] for h in hits)
