"""A share in a sentence with no subject of its own (issue 10, recall): news round-ups name a
pair in one sentence and give its share in the next, with nothing but the count's source
before the figure, or a verb of gaining that opens the sentence:

    "KIM Plus mendukung Khofifah-Emil Dardak. Menurut hasil quick count, 58,14 persen."
    "KIM Plus mengusung Ridwan Kamil-Suswono. Meraih 39,18 persen."

Such a sentence points back as "pasangan itu" does (referents.referred asks this): the one
pair named in the nearest sentence before that names any. A source that names no count
("Menurut catatan redaksi, ...") says nothing of whose figure it is. Pure."""

from __future__ import annotations

import re
from bisect import bisect_left

from checker.figures.wording import GAINS

__all__ = ["opens_bare"]

# "Menurut hasil quick count," "Berdasarkan hitung cepat LSI Denny JA," "Versi Sirekap,": the
# source's phrase up to its comma (a claim type must stand in it), then only the figure.
_SOURCE = re.compile(r"[\"'\u201c(]*(?:menurut|berdasarkan|versi|dalam|dari)\b[^.,;:!?\n]{1,60},"
                     r"\s*$", re.IGNORECASE)
# "Meraih 39,18 persen.", "Memperoleh suara 55 persen", "Unggul dengan 52,1 persen": the verb
# opens the sentence, its subject left out.
# "Dengan perolehan suara sebanyak 96.214.691 suara ..." (KPU's chairman quoted on the decree,
# turnbackhoax, blind hunt 57): the quote opens at what was obtained, its owner said before.
_VERB = re.compile(r"[\"'\u201c(]*(?:" + GAINS + r"|mengumpulkan|unggul|menang|dengan(?=\s+"
                   r"(?:perolehan|raihan)\b))(?:\s+(?:dengan|perolehan|raihan|"
                   r"sebanyak|sebesar|suara|"
                   r"angka))*\s*$", re.IGNORECASE)
# Not a camp's own tally ("Menurut tim pemenangan, 58 persen"): the camp speaks for its own
# pair, who need not be the pair the sentence before named.
_COUNTS = frozenset({"quick_count", "real_count", "plenary"})


def opens_bare(layout, sentence: int, at: int) -> bool:
    """Does the sentence starting at `sentence` hold nothing before the figure at `at` but a
    count's source, or a verb of gaining with no subject?"""
    if at - sentence > 90:
        return False
    if _VERB.match(layout.text, sentence, at):
        return True
    if not _SOURCE.match(layout.text, sentence, at):
        return False
    first = bisect_left(layout.type_starts, sentence)
    return first < len(layout.types) and layout.types[first].start < at and \
        layout.types[first].value in _COUNTS
