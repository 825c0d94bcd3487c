"""A news page that corrects a figure in its own words: "suara pasangan nomor 02 adalah 182,
bukan 482"; "Prabowo-Gibran 447 suara, seharusnya 147"; "Di laman itu ... Prabowo-Gibran 747
suara. Padahal menurut C1 yang dipindai, ... Prabowo-Gibran 117 suara" (corpus-aj: Sirekap
misreads at polling stations the record does not hold, set right by the page beside them).
The page refutes the wrong figure as a fact-check refutes a post's: it is reported as such
(reason `hoax_refuted`, contrasted.refute: the same pair's same kind of figure, same race and
area, one right value, the wrong one differing), never graded. Two shapes:

- a figure right before or after a correction word: "X[ suara], bukan Y", "bukan Y, melainkan
  X", "Y[ suara], (padahal) seharusnya X". Y, and the same pair's Y earlier in the paragraph,
  are refuted by X; "bukan" before a word ("naik menjadi 182, bukan turun") or before a count
  of another thing ("bukan 482 TPS") is no correction.
- a sentence opening with "Padahal" or saying "sebenarnya"/"seharusnya"/"yang benar" before its
  figures: those are the page's own, and the same pair's figures in the sentences before it in
  the paragraph, on the same basis and by the same counter, differing, are refuted. A sentence
  of a change over time ("Padahal sebelumnya ...", "naik") sets two moments side by side, both
  true, and one naming a place ("Padahal di TPS 5 ...") sets another place's beside: neither
  corrects anything.

Only figures the record did not grade change. Pure."""

from __future__ import annotations

import re
from itertools import islice

from checker.figures.contrasted import refute
from checker.figures.hoax_figures import SENTENCE_END, Spaced
from checker.figures.numbers import parse_number
from checker.models import Comparison

__all__ = ["PLACE", "figures_at", "refute_corrected", "sentence_end", "sentence_start"]

_AFTER = 40          # the excerpt of a figure read from prose runs this far past it (from_text)
_BACK = 600          # how far back in its paragraph a corrected figure is looked for
_NUMBER = r"(\d{1,3}(?:[.,]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
_UNIT = r"(?:\s*(?:suara|persen|%))?"
# Not a figure of the votes or shares: "bukan 482 TPS", "bukan 2 kali".
_OTHER = r"(?!\s*(?:TPS|desa|kelurahan|kecamatan|kabupaten|kota|pemilih|orang|jiwa|kursi|" \
         r"tahun|hari|jam|kali|ribu|juta|nomor)\b)"
# (right, wrong) or (wrong, right) figure pairs, as the named groups say.
_SHAPES = re.compile(
    r"(?<![\d.,])(?P<right>" + _NUMBER[1:-1] + r")" + _UNIT + r"\s*[,;(]?\s*bukan(?:nya)?\s+"
    r"(?P<wrong>" + _NUMBER[1:-1] + r")" + _OTHER +
    r"|\bbukan(?:nya)?\s+(?P<wrong2>" + _NUMBER[1:-1] + r")" + _OTHER + _UNIT +
    r"\s*,?\s*(?:melainkan|tetapi|tapi)\s+(?:hanya\s+)?(?P<right2>" + _NUMBER[1:-1] + r")"
    r"|(?<![\d.,])(?P<wrong3>" + _NUMBER[1:-1] + r")" + _UNIT + r"\s*[,;(]?\s*(?:padahal\s+)?"
    r"(?:yang\s+)?seharusnya\s+(?:hanya\s+|adalah\s+)?(?P<right3>" + _NUMBER[1:-1] + r")" +
    _OTHER, re.IGNORECASE)
_CUE = re.compile(r"\b(?:seharusnya|padahal|sebenarnya|yang\s+benar)\b", re.IGNORECASE)
_WORDS = ("bukan", "seharusnya", "padahal", "sebenarnya", "benar")
_MOST = 50  # corrections looked at on one page (a hostile page's thousand "1, bukan 2")
# A sentence that corrects what was said before it: it opens so, or says so before its figure.
_OPENS = re.compile(r"\W*padahal\b", re.IGNORECASE)
_SAYS = re.compile(r"\b(?:sebenarnya|seharusnya|yang\s+benar)\b", re.IGNORECASE)
# Two moments side by side, both true ("Padahal sebelumnya ...", "naik menjadi").
_CHANGE = re.compile(r"\b(?:sebelumnya|semula|awalnya|kemarin|kini|sekarang|saat\s+ini|"
                     r"terbaru|naik|turun|bertambah|berkurang|berubah|menjadi)\b", re.IGNORECASE)
# Another place's figures ("Padahal di TPS 5 ..."): set beside, not correcting.
PLACE = re.compile(r"\b(?:TPS|desa|kelurahan|kecamatan|kabupaten|kota|provinsi|daerah|"
                    r"wilayah)\b|\bdi\s+[A-Z]", re.IGNORECASE)


def refute_corrected(claims: tuple, comparisons: tuple[Comparison, ...],
                     text: str) -> tuple[tuple, tuple[Comparison, ...]]:
    """(claims, comparisons) with each figure the page's own words correct given
    `hoax_refuted` (see the module); `text`, the page's prose."""
    folded = text.lower() if text else ""
    # every shape and cue holds one of these words; the regexes cost ~80 ms on a 300 KB page
    if not any(word in folded for word in _WORDS) or \
            _CUE.search(text) is None and _SHAPES.search(text) is None:
        return claims, comparisons
    at = figures_at(claims, comparisons, text)
    if not at:
        return claims, comparisons
    theirs: list[tuple] = []
    own: dict[tuple, list[tuple]] = {}
    for n, m in enumerate(islice(_SHAPES.finditer(text), _MOST)):
        right = m.group("right") or m.group("right2") or m.group("right3")
        wrong = m.group("wrong") or m.group("wrong2") or m.group("wrong3")
        right_value, wrong_value = parse_number(right), parse_number(wrong)
        if right_value is None or wrong_value is None or right_value == wrong_value:
            continue
        opened = max(_paragraph(text, m.start()), m.start() - _BACK)
        keys = {k for start, k, _ in at.values() if m.start() <= start < m.end()} or \
            {k for i, (start, k, _) in at.items() if opened <= start < m.start() and
             claims[comparisons[i].claim].value == wrong_value}  # (the Y said before it)
        if len(keys) != 1:
            continue  # no figure read as a pair's, or two pairs': not one correction
        key = keys.pop()
        for i, (start, k, where) in at.items():
            if k == key and opened <= start < m.end() and \
                    claims[comparisons[i].claim].value == wrong_value:
                theirs.append((i, ("said", n, *key), where))
                own.setdefault(("said", n, *key), []).append((where, right_value))
    for n, (start, end) in enumerate(_correcting(text, at)[:_MOST]):
        opened = max(_paragraph(text, start), start - _BACK)
        for i, (s, k, where) in at.items():
            if start <= s < end:
                value = claims[comparisons[i].claim].value
                own.setdefault(("sentence", n, *k), []).append((where, value))
        theirs.extend((i, ("sentence", n, *k), where) for i, (s, k, where) in at.items()
                      if opened <= s < start and ("sentence", n, *k) in own)
    return refute(claims, comparisons, theirs, own)


def figures_at(claims: tuple, comparisons: tuple[Comparison, ...], text: str, *,
               graded: bool = False, kinds: tuple[str, ...] = ("share", "votes")) -> dict:
    """{comparison index: (where its figure starts in `text`, (election, kind, pair, basis,
    counter), (race kind, race region, area))} of the pairs' votes and shares (`kinds`: those
    a caller weighs; each is found in the text by its excerpt) read from the prose that the
    record did not grade (`graded`: that it flagged, record_corrections)."""
    spaced, out = None, {}
    for i, c in enumerate(comparisons):
        claim = claims[c.claim] if 0 <= c.claim < len(claims) else None
        pair = claim and (claim.candidate_id or claim.nomor_urut)
        if claim is None or pair is None or claim.origin != "text" or \
                claim.kind not in kinds or c.reason == "teaser" or (
                    c.status not in ("discrepant", "minor") if graded else
                    c.status != "unverifiable" or c.official_value is not None):
            continue
        spaced = spaced or Spaced(text)
        found = spaced.find(claim.excerpt.split())
        if found is None:
            continue
        tail = found[1] - _AFTER  # where the figure and its unit end, unless the text ends first
        numbers = [m for m in re.finditer(_NUMBER, text[found[0]:found[1]])
                   if parse_number(m.group()) == claim.value]
        if numbers:
            start = found[0] + min(numbers, key=lambda m: abs(tail - found[0] - m.end())).start()
            out[i] = (start, (claim.election, claim.kind, pair, claim.claim_type,
                              claim.claimed_by),
                      (claim.race_kind, claim.race_region, claim.region_code))
    return out


def _paragraph(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _correcting(text: str, at: dict) -> list[tuple[int, int]]:
    """The (start, end) of each sentence that gives its figures as the page's correction of
    what came before (_OPENS or _SAYS up to its first figure; no change over time, no place
    named in it)."""
    found, firsts = [], {}
    for s in sorted(s for s, _, _ in at.values()):  # each sentence's first figure
        firsts.setdefault(sentence_start(text, s), s)
    for start, first in firsts.items():
        end = sentence_end(text, start)
        if (_OPENS.match(text, start, first) or _SAYS.search(text, start, first)) and \
                not _CHANGE.search(text, start, end) and not PLACE.search(text, start, end):
            found.append((start, end))
    return found


def sentence_start(text: str, at: int) -> int:
    opened = max(_paragraph(text, at), at - _BACK)  # (a hostile page's one endless paragraph)
    return max((m.end() for m in SENTENCE_END.finditer(text, opened, at)), default=opened)


def sentence_end(text: str, start: int) -> int:
    line = text.find("\n", start, start + _BACK)
    line = min(len(text), start + _BACK) if line < 0 else line
    found = SENTENCE_END.search(text, start, line)
    return found.start() + 1 if found else line
