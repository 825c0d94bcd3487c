"""A related article's headline that names a race or a result with its place is that article's,
and its place is no place of this article's paragraphs after it (related.before_teasers asks;
tests/test_fix_known8.py, tests/test_fix_known11.py).

Newsurban on Kabupaten Bangka's plenary (corpus-az): "Baca Juga: Pasangan MULIA Unggul Jauh
dari Tiga Paslon Kontestan Pilwalkot Makassar" between two paragraphs put the next one in Kota
Makassar, so "kotak kosong di sana meraih 5.532 suara" (Belinyu's) found no empty box there
and was lost. A teaser naming a place alone is often this story's own ("Baca juga: Pleno KPU
DKI Jakarta Digelar"): only a teaser that names a race word or a result is skipped. Pure.

A result's words say it as plainly as a race word (corpus-bf, ANTARA on Jambi's Pilpres tally):
"Baca juga: KPU RI sahkan perolehan suara Prabowo-Gibran unggul di Papua Selatan" between the
lead and "Ketua KPU Provinsi Jambi memaparkan bahwa pasangan Anies-Muhaimin meraih 532.605
suara, ..." left the three counts with no area. So a teaser that names a count's outcome
("perolehan suara", "unggul", "menang", "rekapitulasi", "hasil ... suara") in another
province is skipped too; one naming a place alone ("Banjir Rendam Rumah di Papua Selatan")
is not.

Nor is the page's own province a sign of its own story (blind hunt 51, jambiekspres): "BACA
JUGA: Maulana-Diza Unggul di Semua Kecamatan di Pilwako Jambi" between a paragraph on KPU
Provinsi Jambi's governor plenary and the pairs' counts put the counts in Kota Jambi. Every
teaser that names a race or a result with its place is that article's, whatever the province.
A teaser naming a place alone still may lend it (the corpus: skipping every teaser cost six
grades of the holdout pages).
"""

from __future__ import annotations

import re

__all__ = ["elsewhere"]

_RACE_OR_RESULT = re.compile(r"(?i)\b(?:pil(?:kada|gub|bup|wal\w*|wako\w*|pres)|pemilu|"
                             # a count's outcome: "perolehan suara", "unggul", "menang telak",
                             # "hasil rekapitulasi suara"
                             r"pemilihan|perolehan|unggul|menang|rekapitulasi|suara)\b")


def elsewhere(layout, start: int, end: int) -> bool:
    """Does the teaser line text[start:end] name a race or a result, and a place?"""
    if not _RACE_OR_RESULT.search(layout.text, start, end):
        return False
    return any(start <= h.start < end for h in layout.regions)
