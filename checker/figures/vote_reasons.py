"""An exit poll's reasons for choosing a pair (blind hunt 46, tests/test_blind46.py): "Pemilih
Prabowo-Gibran memilih karena program yang meyakinkan (36,4%), rekomendasi anggota keluarga
(17,4%) ..." (SMRC on election day), "18,6 persen pemilih Anies-Muhaimin memilih karena ingin
perubahan, dan 16,9 persen karena perhatian kepada rakyat" (Indikator). Each percentage is a part
of the pair's voters, not the pair's share of the votes. Read as shares and typed as the exit
poll, they were held on news pages by chance (no area), and on a debunk, where a quoted quick
count or exit poll more than 3 points off is graded, "caught" against the decree.

A reason is "memilih / mencoblos ... karena / sebab" (or "alasan memilih"): before the figure in
its sentence with no word of the vote between the reason and the figure ("... karena didukung
banyak partai, dan meraih 58,59 persen" is the pair's share), or right after the figure
("18,6 persen pemilih X memilih karena ..."). survey_answers.survey_answer asks it. Pure."""

from __future__ import annotations

import re

from checker.figures.wording import GAINS

__all__ = ["VOTE_WORDS", "reason_share"]

# The reason, before the figure: "memilih karena", "mencoblos Anies-Muhaimin sebab",
# "alasan memilih", "alasan utama pemilih".
_REASON = re.compile(r"\b(?:(?:memilih|mencoblos)\b[^\n.;:!?]{0,50}?\b(?:karena|sebab|lantaran)|"
                     r"alasan(?:[^\S\n]+utama)?(?:[^\S\n]+(?:memilih|pemilih|mencoblos))?)\b",
                     re.IGNORECASE)
# The words of the vote itself (survey_answers' too): between an answer and a figure, they make
# the figure the pair's share again.
VOTE_WORDS = r"suara|" + GAINS + r"|perolehan|raihan|unggul|menang|memenangkan"
_VOTE = re.compile(r"\b(?:" + VOTE_WORDS + r"|rekapitulasi|hitung)\b", re.IGNORECASE)
# After the figure: "persen pemilih Anies-Muhaimin memilih karena", "persen memilih
# Anies-Muhaimin karena", "% memilih karena".
_AFTER = re.compile(r"[^\S\n]*(?:%|persen)[^\S\n]+(?:(?:pemilih|responden)[^\S\n]+)?(?:[^\s,.;:]+"
                    r"[^\S\n]+){0,4}?(?:memilih|mencoblos)[^\S\n]+(?:[^\s,.;:]+[^\S\n]+){0,4}?"
                    r"(?:karena|sebab|lantaran)\b", re.IGNORECASE)
_REACH = 300  # characters before the figure a reason may stand in (one sentence at most)


def reason_share(text: str, sentence: int, start: int, end: int) -> bool:
    """Is the percentage at text[start:end] (its sentence opening at `sentence`) a part of a
    pair's voters who chose it for a reason?"""
    if _AFTER.match(text, end) is not None:
        return True
    near = max(sentence, start - _REACH)
    window = text[near:start].lower()
    if "karena" not in window and "sebab" not in window and "lantaran" not in window and \
            "alasan" not in window:
        return False  # (a C-speed look first: most figures have none of these before them)
    last = None
    for last in _REASON.finditer(text, near, start):
        pass
    return last is not None and _VOTE.search(text, last.end(), start) is None
