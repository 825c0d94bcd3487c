""""Pasangan ini" after a sentence that names two pairs or more points at no one pair (blind hunt
64/25, a Jakarta round-up by city on a news site; fix-known14). In our words:

    "- Jakarta Barat: Pramono-Rano menang di kota ini. RK-Suswono mendapat 386.880 suara dan
     Dharma-Kun 169.457 suara. - Jakarta Selatan: kota ini juga memenangkan pasangan ini
     dengan 491.017 suara atau 51,32 persen, ..."

"pasangan ini" is the list's subject, Pramono-Rano, but the figure before is Dharma-Kun's and
the reader (referents.referred) gave it his: the sentence before named Dharma-Kun alone after
its own figure. Whether a pair pointer means the subject of the round-up or the pair named
last the words do not say; where the sentence before names two pairs or more the figure is no
one's (precision first), as referents._ambiguous holds "A unggul atas B. Pasangan tersebut
...". Only a pointer that is a pair's noun ("pasangan ini", "paslon tersebut", "pasangan
usungan ... itu"): "mereka" and the figure's restatements ("Angka itu") keep the figure
before's pair, as they did. Pure."""

from __future__ import annotations

import re

__all__ = ["among_pairs"]

_PAIR_NOUN = re.compile(r"(?:pasangan|paslon)\b", re.IGNORECASE)
# "Kedua paslon itu sama kuat, masing-masing memperoleh 104 suara": both pairs, a tie
# (referents._tie), not one pair to choose
_SEVERAL = re.compile(r"\b(?:kedua|ketiga|keempat|dua|tiga|empat|para|semua|seluruh)\s+$",
                      re.IGNORECASE)
_EACH = re.compile(r"[^.!?\n]{0,80}?\bmasing-masing\b", re.IGNORECASE)


def among_pairs(layout, pointer, sentence: int, paragraph: int, scope, pairs_in) -> bool:
    """Does the pair pointer `pointer` (an ANAPHORA match in the figure's sentence, which starts
    at `sentence`) come after two pairs or more named since the sentence before it began, in
    its paragraph? (A list flattened into one line may leave "... 169.457 suara. - Jakarta
    Selatan ... pasangan ini" one sentence: the window runs to the pointer.)
    `pairs_in(layout, start, end, scope)`: the pairs named between two offsets (referents)."""
    if pointer is None or scope is None or pointer.start() <= paragraph or \
            not _PAIR_NOUN.match(pointer.group()) or _EACH.match(layout.text, pointer.end()) or \
            _SEVERAL.search(layout.text, max(0, pointer.start() - 12), pointer.start()):
        return False
    before = max(paragraph, layout._start_of(layout.sentences, sentence - 1)) \
        if sentence > paragraph else paragraph
    return len(pairs_in(layout, before, pointer.start(), scope)) > 1
