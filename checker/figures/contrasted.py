"""A debunk that sets the post's figure against the real one: "BPN merilis quick count
Prabowo-Sandi 55 persen, sedangkan di foto itu tertulis 62,1 persen"; "di TPS 36 memang
hasilnya 61 suara ... muncul gambar lain yang menyebut pasangan nomor dua mendapat 261 suara"
(tests/corpus: factcheck-tribunjatim-hoaks-quick-count-bpn-62-1,
factcheck-republika-dki2017-tps36-bukit-duri). Of an earlier election the record does not hold,
no comparison can tell the two apart, and hoax_figures marks neither: both sentences name the
post, and such quotes are numbered by the past roster only after it (past_pairs.number_quotes).
The page tells them apart by where the post is named: before the figure in its sentence
(rules/vocabulary.yaml `hoax_attributions`, no `hoax_corrections` word there) the figure is the
post's; with no attribution before it, the page's own. A post's figure is the refuted hoax's
(reason `hoax_refuted`) where the page gives the same pair's same kind of figure in the same
race and area as its own, one value only, and the post's differs from it. A post's figure equal
to the page's own is the real one the post also showed (the first photo of TPS 36 said 61), and
where the page's own figures disagree, it does not say which one the post altered. Only
comparisons without an official figure change. Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from checker.analyse.phrases import normalise
from checker.figures.hoax_figures import SENTENCE_END, Spaced, phrase_pattern
from checker.figures.numbers import parse_number
from checker.models import Claim, Comparison

__all__ = ["refute", "refute_contrasted"]

_AFTER = 40          # the excerpt of a figure read from prose runs this far past it (from_text)
_LEAD = 130          # and starts at its sentence, or this far before the figure at most
_BACK = 400          # how far back in the page's text a sentence's start is looked for
_TOKEN = re.compile(r"\d[\d.,]*\d|\d")


def _before(claim: Claim, page: str, spaced: Spaced | None) -> str | None:
    """The figure's sentence up to the figure, normalised: from the page's text where the
    excerpt is found there (a headline, which ends in no full stop, ends at its line; a long
    sentence starts before the excerpt); None where the sentence's start is not seen."""
    found = spaced.find(claim.excerpt.split()) if spaced is not None else None
    if found:
        opened = max(0, found[0] - _BACK)
        text, unseen = page[opened:found[1]], opened > 0
    else:
        text, unseen = claim.excerpt, None
    tail = len(text) - _AFTER  # where the figure and its unit end, unless the text ends first
    numbers = [m for m in _TOKEN.finditer(text) if parse_number(m.group()) == claim.value]
    if not numbers:
        return None
    at = min(numbers, key=lambda m: abs(tail - m.end())).start()
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, at)), default=None)
    line = text.rfind("\n", 0, at)
    if line >= 0:
        start = max(start or 0, line + 1)
    if start is None and (unseen or unseen is None and at > _LEAD):
        return None  # the text shown may begin inside the sentence
    return normalise(text[start or 0:at])


def refute_contrasted(claims: tuple, comparisons: tuple[Comparison, ...], debunk: bool,
                      attributions: tuple[str, ...], corrections: tuple[str, ...] = (),
                      text: str = "") -> tuple[tuple, tuple[Comparison, ...]]:
    """(claims, comparisons) with each post's figure the page contradicts given `hoax_refuted`,
    and the race it left unsaid ("di TPS yang sama") the page's own figure's; `text`, the
    page's prose, shows where a line ends."""
    hoax = phrase_pattern(tuple(attributions))
    if not debunk or hoax is None:
        return claims, comparisons
    fixes = phrase_pattern(tuple(corrections))
    spaced = None  # built for the first quote that may be contrasted, on a debunk only
    own: dict[tuple, list[tuple]] = {}
    theirs: list[tuple[int, tuple, tuple]] = []
    for i, c in enumerate(comparisons):
        claim = claims[c.claim] if 0 <= c.claim < len(claims) else None
        pair = claim and (claim.candidate_id or claim.nomor_urut)
        if claim is None or pair is None or not claim.quoted or claim.origin != "text" or \
                claim.kind not in ("share", "votes") or c.status != "unverifiable" or \
                c.official_value is not None or c.reason == "teaser":
            continue
        spaced = spaced or (Spaced(text) if text else None)
        before = _before(claim, text, spaced)
        if before is None:
            continue
        key = (claim.election, claim.kind, pair)
        where = (claim.race_kind, claim.race_region, claim.region_code)
        if hoax.search(before) and not (fixes and fixes.search(before)):
            theirs.append((i, key, where))
        else:
            own.setdefault(key, []).append((where, claim.value))
    return refute(claims, comparisons, theirs, own)


def refute(claims: tuple, comparisons: tuple[Comparison, ...], theirs: list[tuple],
           own: dict[tuple, list[tuple]]) -> tuple[tuple, tuple[Comparison, ...]]:
    """(claims, comparisons) with each of `theirs` ((comparison index, key, (race kind, race
    region, area))) the page contradicts given `hoax_refuted`: `own[key]` holds the page's own
    figures ((race kind, race region, area), value) for the same key, one value only at that
    place, and it differs. The race a refuted figure left unsaid is the own figures'. Used on
    a debunk (above) and on a news page's own correction (own_corrections)."""
    out, numbered = list(comparisons), list(claims)
    for i, key, where in theirs:
        found = [(at, value) for at, value in own.get(key, ()) if _same_place(at, where)]
        claim = claims[out[i].claim]
        if len({value for _, value in found}) != 1 or claim.value == found[0][1]:
            continue
        out[i] = replace(out[i], reason="hoax_refuted")
        races = {at[:2] for at, _ in found}
        kind, region = races.pop()
        if claim.race_kind is None and not races and kind is not None and region is not None:
            numbered[out[i].claim] = replace(claim, race_kind=kind, race_region=region)
    return tuple(numbered), tuple(out)


def _same_place(a: tuple, b: tuple) -> bool:
    """Race kind, race region and area each the same, or left unknown on one side ("meraih 261
    suara di TPS yang sama": the TPS's race is the sentence before's)."""
    return all(x is None or y is None or x == y for x, y in zip(a, b))
