"""The parts a sample or a body is made of ("300 responden ... dengan proporsi relatif terhadap
total sampel 62%, 20%, 13%, dan 5%"; "komposisi responden 48% dan 52%"): a survey's strata or
a population's make-up, never a pair's share of the votes. The first percentage was dropped by
its not-share word ("sampel"), the ones after it in the list were not, and a name of the
strata ("Sains dan Teknologi") was read as their candidate (blind hunt 32, Suara Mahasiswa UI:
held as a survey's; a pair's name among the strata would have been graded and flagged). Every
percentage of a bare list right after "proporsi/komposisi/sebaran/distribusi" and words that
name no pair nor votes is such a part. Pure."""

from __future__ import annotations

import re

__all__ = ["sample_part"]

# The head word, then up to 80 characters naming the whole (no figure, stop, pair or vote word:
# "komposisi perolehan suara Prabowo-Gibran 58,58 persen" is a pair's share), then the bare
# percentages of the list before this one.
_PARTS_BEFORE = re.compile(
    r"\b(?:proporsi|komposisi|(?:per)?sebaran|distribusi)\b"
    r"(?:(?!\b(?:suara|perolehan|raihan|paslon|pasangan|calon|nomor|kandidat)\b)"
    r"(?!(?-i:[A-Z])\w*-(?-i:[A-Z]))[^.;!?\n\d%]){0,80}"
    r"(?:\d{1,3}(?:[.,]\d{1,2})?[^\S\n]*(?:%|persen)(?:[^\S\n]|,|\bdan\b|\bserta\b)*)*$",
    re.IGNORECASE)


def sample_part(text: str, sentence: int, start: int) -> bool:
    """Is the percentage at `start` one of the parts listed after "proporsi/komposisi ..." in
    its sentence (opening at `sentence`)?"""
    low = text[max(sentence, start - 200):start].lower()
    if not any(w in low for w in ("proporsi", "komposisi", "sebaran", "distribusi")):
        return False  # (a C-speed look first: most percentages have none of these before)
    return _PARTS_BEFORE.search(text, max(sentence, start - 200), start) is not None
