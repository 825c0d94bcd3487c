"""A pair written with a member's family name that KPU's ballot name leaves out.

Regional pages write a candidate as he is known: "Amri Djamaluddin-Husmaluddin" for KPU's
"H. AMRI, S.STP., M.Si - H. HUSMALUDDIN" (Kolaka, Sulawesi Tenggara; corpus-bd). Every written
word must be a word of the official name (matching.Matcher), so the extra word lost the pair and
the page's lead figures (77.866 suara, 59,05 persen) had no race. The matcher's _left_out takes
one such word within a race the page already names, beside three that match; a lead that names
no race yet is searched in every race, where two kept words are too few for that rule.

Here one word is dropped from a member written with two or more, and the rest must name one
pair outright: every kept word the very word of the official name (no near spelling: "Jasri
Usman" is not Ternate's NASRI ABUBAKAR), each member's kept words in a different member of the
pair (the written pair is the pair, not one man's two names), and the dropped word in no
member of the pair, nearly or exactly, nor in any other candidate's name of that race (then it
is someone else's word: another pair). Two readings naming different pairs name nobody. Pure.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz


def left_out_family(matcher, written: str, tokens: tuple[str, ...], sizes: tuple[int, ...],
                    races, kind, members_of):
    """The one candidate that `tokens` (`written`'s words, `sizes` words per member) names
    once one member's word the official name lacks is left out, or None. `members_of(cand)`:
    the words of each member of the candidate's official name (matching.official_members)."""
    if len(sizes) != 2 or sum(sizes) != len(tokens) or len(tokens) < 3 or len(tokens) > 6:
        return None
    found = set()
    start = 0
    # a lead that names no race is searched in every race: one kept word at least must be a
    # word of one candidate's name alone in the record, or two common short names could land
    # on some other region's pair
    wide = races is None or len(set(races)) > 1
    for m, size in enumerate(sizes):
        for k in range(start, start + size) if size >= 2 else ():
            kept = tokens[:k] + tokens[k + 1:]
            kept_sizes = tuple(n - 1 if j == m else n for j, n in enumerate(sizes))
            if not _capitalised(written, tokens[k]):
                continue  # "Prabowo-Gibran is most dominant" (blind set 31): no family name
            if wide and not any(len(matcher._inverted.get(w, ())) == 1 for w in kept):
                continue  # searched beyond one race: "Agus-Budi Santoso" may be anyone's
            cand = matcher._candidate(kept, races, kind, kept_sizes)
            if cand is not None and _names_it(matcher, members_of(cand), cand, kept, kept_sizes,
                                              tokens[k]):
                found.add(cand)
        start += size
    return found.pop() if len(found) == 1 else None


def _names_it(matcher, forms, cand, kept, kept_sizes, dropped: str) -> bool:
    members = [set(form) for form in forms]
    if len(members) < 2:
        return False
    # each written member's kept words all in one member of the pair, the two members different
    homes = []
    start = 0
    for size in kept_sizes:
        words = kept[start:start + size]
        start += size
        home = [j for j, own in enumerate(members) if all(w in own for w in words)]
        if not home:
            return False
        homes.append(set(home))
    if not any(a != b for a in homes[0] for b in homes[1]):
        return False
    own = set().union(*members)
    if any(fuzz.ratio(dropped, t) >= matcher.threshold for t in own):
        return False  # a word of the pair's own, spelt otherwise: no family name left out
    return not any(dropped in words for other, words in matcher.race_words((cand.race,))
                   if other is not cand)



def _capitalised(written: str, token: str) -> bool:
    """Is `token` written with a capital in `written`, as a name is?"""
    return any(m.group()[:1].isupper() for m in re.finditer(
        r"(?<!\w)" + re.escape(token) + r"(?!\w)", written, re.IGNORECASE))
