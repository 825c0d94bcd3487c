"""The pair left when a sentence gives the other pair its own figure (issue 10, attribution).

"... memperlihatkan pasangan Bobby Nasution-Surya menang telak atas lawannya, Edy Rahmayadi.
Menantu Jokowi itu meraup 62,93% suara, sementara Edy Rahmayadi memperoleh 37% suara."
(corpus-ba, Katadata, Pilgub Sumut): "Menantu Jokowi itu" points back at one of the two pairs
the sentence before names, and no rule reads which from an epithet; "A unggul atas B. Pasangan
tersebut meraih ..." stays no one's (referents._ambiguous). But this sentence goes on to give
the other pair its own figure after "sementara"/"sedangkan": the subject is the pair not named
there. Only when the sentence before (same paragraph) names exactly two pairs, the figure's
sentence opens with a pointing subject (one to three capitalised words or "pasangan"/"paslon",
then "itu"/"tersebut"/"ini") that names no pair, right before the verb and the figure, and the
clause after the contrast word names exactly one pair, one of the two. Else None. Pure.
"""

from __future__ import annotations

import re
from bisect import bisect_right

__all__ = ["left_over"]

# (no count, body or party as the subject: "Partai itu meraih ...", "Hasil itu ...")
_NOT_PAIR = r"(?!(?:Partai|Lembaga|Survei|Hasil|Data|Angka|Quick|Real|Hitung|KPU|KIP|Tim|Koalisi|" \
    r"Sirekap)\b)"
_POINTING = re.compile(r"[^\S\n]*(?:" + _NOT_PAIR + r"[A-Z][\w'\u2019-]*[^\S\n]+|(?:pasangan|paslon)"
                       r"[^\S\n]+){1,3}(?:itu|tersebut|ini)[^\S\n]+(?:[a-z]+[^\S\n]+){1,2}$")
_CONTRAST = re.compile(r"\b(?:sementara(?:[^\S\n]+itu)?|sedangkan)\b", re.IGNORECASE)


def left_over(layout, sentence: int, paragraph: int, number, scope, pairs_in):
    """The (candidate, nomor, written) triple of the pair this shape leaves, or None.
    `pairs_in(layout, start, end, scope)`: the pairs named between two offsets (referents)."""
    if scope is None or sentence <= paragraph:
        return None
    if not _POINTING.match(layout.text, sentence, number.start) or \
            pairs_in(layout, sentence, number.start, scope):
        return None
    at = bisect_right(layout.sentences, sentence) - 1
    before = max(paragraph, layout.sentences[at - 1]) if at > 0 else paragraph
    named = pairs_in(layout, before, sentence, scope)
    if len(named) != 2:
        return None
    end = layout.sentences[at + 1] if at + 1 < len(layout.sentences) else len(layout.text)
    contrast = _CONTRAST.search(layout.text, number.end, end)
    if contrast is None:
        return None
    other = pairs_in(layout, contrast.end(), end, scope)
    if len(other) != 1 or next(iter(other)) not in named:
        return None
    cand, nomor, written = next(who for key, who in named.items() if key not in other)
    return cand, nomor, written.rstrip(".,;: ") if written else written
