"""The figures a debunk quotes as the hoax's, where the record has nothing to set them against
(issue 10, quoted claims). A fact-check of a 2019 post that passed the 2014 result off as KPU's
count, or of a flyer of "results" in Malaysia posted before any overseas count, quotes figures
of an election or an area the record does not hold: no comparison can say they are wrong, but
the page does, and a report that only says "another election" leaves the reader to find that
out. Such a figure keeps its `unverifiable` status (the record did not grade it) with the
reason `hoax_refuted`: quoted from the hoax this page debunks.

A quoted figure is the hoax's when the page is a debunk (its title or first heading says so,
Page.debunk), its sentence, up to the figure, gives it as the post's (rules/vocabulary.yaml
`hoax_attributions`: "dalam unggahan itu", "grafik dalam foto itu") and no correction word
comes before it there (`hoax_corrections`: "Faktanya, unggahan itu memakai hasil 2014 ..." is
the page's own figure). The other shares of the same count follow the first: consecutive
quoted shares of one race and area, one per pair, adding up to 100 ("83,3 ... Posisi kedua
... 9,3 ... Berikutnya ... 7,2"). A figure naming no pair is nobody's count and is left as it
is. Only comparisons without an official figure change: what the record grades stays graded.
Pure."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from checker.analyse.phrases import normalise
from checker.models import Claim, Comparison

__all__ = ["SENTENCE_END", "Spaced", "hoax_s", "mark_refuted", "phrase_pattern"]

# The excerpt of a figure read from prose runs to 40 characters past it (figures/from_text).
_AFTER = 40
SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"\u201c(])")
# "rata-rata 70-80%": a range's second number is no figure of its own (figures/ranges holds it
# as `range` where it reads the sentence; a figure held earlier, abroad, never got there).
_RANGE = re.compile(r"\d\s*%?\s*(?:-|\u2013|\u2014|hingga|sampai)\s*(\d{1,3}(?:[.,]\d+)?)\s*"
                    r"(?:%|persen)", re.IGNORECASE)


@lru_cache(maxsize=16)
def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern | None:
    if not phrases:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(normalise(p)) for p in phrases)
                      + r")(?!\w)")


def _sentence(claim: Claim) -> str:
    """The figure's sentence, as far as its excerpt holds it: a headline, which ends in no
    full stop, runs on into the text after it ("Anies 41 Persen, Voxpol Pastikan Hoaks")."""
    text = claim.excerpt
    at = len(text) - _AFTER if claim.origin == "text" and len(text) > _AFTER else len(text)
    start = 0
    for end in SENTENCE_END.finditer(text):
        if end.start() >= at:
            return normalise(text[start:end.start()])
        start = end.end()
    return normalise(text[start:])


def _in_range(claim: Claim) -> bool:
    return any(Decimal(m.group(1).replace(",", ".")) == Decimal(claim.value)
               for m in _RANGE.finditer(claim.excerpt))


def _attributed(claim: Claim, hoax: re.Pattern, corrections: re.Pattern | None) -> bool:
    if _in_range(claim):
        return False
    sentence = _sentence(claim)
    found = hoax.search(sentence)
    return found is not None and not (corrections and corrections.search(sentence))


class Spaced:
    """A page's text with each run of white space written as one space, and the way back to
    the text's offsets: an excerpt (whose spaces stand for any run of white space, line breaks
    included) is found with one str.find, not a pattern compiled per excerpt."""

    def __init__(self, text: str):
        # A page's prose is written so already (checker/analyse/walk.py: words joined by one
        # space or one line break): then the joined text is as long as the text, every offset
        # is its own and nothing needs mapping back. Said with one split and join at C speed;
        # the word-by-word walk below cost 70 ms on a 320 KB page, built twice a page (the
        # result rule and mark_refuted). (str.split() and re's \S split on the same spaces.)
        joined = " ".join(text.split())
        self.identity = len(joined) == len(text)
        if self.identity:
            self.joined = joined
            return
        words = list(_NON_SPACE.finditer(text))
        self.starts = [m.start() for m in words]
        self.at, joined = [], 0
        for m in words:
            self.at.append(joined)
            joined += m.end() - m.start() + 1
        self.joined = " ".join(m.group() for m in words)

    def _back(self, at: int) -> int:
        if self.identity:
            return at  # (every white space run one character, none at either end)
        i = bisect_right(self.at, at) - 1
        return self.starts[i] + at - self.at[i]

    def find(self, words: list[str]) -> tuple[int, int] | None:
        """Where in the text `words` first stand one after another, white space between."""
        needle = " ".join(words)
        at = self.joined.find(needle) if needle else -1
        return None if at < 0 else (self._back(at), self._back(at + len(needle) - 1) + 1)


_NON_SPACE = re.compile(r"\S+")


def _intro_of(claim: Claim, text: str, spaced: Spaced) -> str:
    """The line that introduces the list a figure of `text` is an item of ("Berikut info
    hoaks yang beredar itu." over one country a line: Bisnis.com, 2019): lines back from the
    figure's own while they end in no full stop or colon, the first that does; "" when the
    figure's line is no list item or its excerpt is not found."""
    found = spaced.find(claim.excerpt.split()) if claim.origin == "text" else None
    if found is None:
        return ""
    at = max(found[0], found[1] - _AFTER - 1)
    end = text.rfind("\n", 0, at)
    own = text.find("\n", at)
    own = text[end + 1:own if own >= 0 else len(text)].rstrip()
    if len(own) > 200 or own.endswith((".", ":", "!", "?")):
        return ""  # a paragraph of prose, no list's item: its own sentence decides
    for _ in range(60):
        if end <= 0:
            return ""
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].rstrip()
        if line.endswith((".", ":", "!", "?")):
            return normalise(line)
        end = start - 1
    return ""


def _pair(claim: Claim):
    return claim.candidate_id or claim.nomor_urut


def _counts(claims: list[Claim], low: Decimal = Decimal(99)) -> list[list[int]]:
    """Runs of consecutive quoted shares of one race and area, one per pair, adding up to 100
    within a point (each share rounded), or from `low` up."""
    runs: list[list[int]] = []
    current: list[int] = []
    key = None
    for i, claim in enumerate(claims):
        here = (claim.election, claim.race_kind, claim.region_code)
        if claim.kind != "share" or not claim.quoted or _pair(claim) is None:
            runs.append(current)
            current, key = [], None
            continue
        if here != key or any(_pair(claims[j]) == _pair(claim) for j in current):
            runs.append(current)
            current, key = [], here
        current.append(i)
    runs.append(current)
    return [run for run in runs if len(run) >= 2 and
            low <= sum(Decimal(claims[i].value) for i in run) <= 101]


def hoax_s(claims: list[Claim], attributions: tuple[str, ...],
           corrections: tuple[str, ...] = (), text: str = "") -> set[int]:
    """The indexes of the quoted figures the page gives as the hoax's (see the module); with
    the page's `text`, a list's items whose introducing line gives them as the post's too."""
    hoax = phrase_pattern(tuple(attributions))
    if hoax is None:
        return set()
    fixes = phrase_pattern(tuple(corrections))
    theirs, intros, spaced = set(), {}, None
    for i, c in enumerate(claims):
        if c.quoted and c.kind in ("share", "votes") and _pair(c) is not None:
            if _attributed(c, hoax, fixes):
                theirs.add(i)
            elif text and not _in_range(c) and (c.excerpt in intros or len(intros) < 200):
                # each excerpt looked for once, and a bounded number of them (hostile pages)
                intro = intros.get(c.excerpt)
                if intro is None:
                    spaced = spaced or Spaced(text)
                    intro = intros[c.excerpt] = _intro_of(c, text, spaced)
                if intro and hoax.search(intro) and not (fixes and fixes.search(intro)):
                    theirs.add(i)
    for run in _counts(claims):
        if theirs.intersection(run):
            theirs.update(run)
    return theirs


def mark_refuted(claims, comparisons: tuple[Comparison, ...], debunk: bool,
                 attributions: tuple[str, ...],
                 corrections: tuple[str, ...] = (), text: str = "") -> tuple[Comparison, ...]:
    """`comparisons` with the hoax's ungraded figures given the reason `hoax_refuted`. A
    related article's headline under the debunk (reason `teaser`: "Berita Terkait ...") is
    that article's figure, whatever the words before it say of the post."""
    if not debunk:
        return comparisons
    theirs = hoax_s(list(claims), attributions, corrections, text)
    estimates = _caught_counts(list(claims), comparisons)
    return tuple(replace(c, reason="hoax_refuted")
                 if c.status == "unverifiable" and c.reason != "teaser" and (
                     c.claim in theirs and c.official_value is None or
                     c.claim in estimates and c.reason == "quick_count_estimate")
                 else c for c in comparisons)


# A poll's shares may leave out the voters who did not say (an exit poll's "tidak menjawab"):
# one count's shares add up to 97 or more.
_POLL_LOW = Decimal(97)


def _caught_counts(claims: list[Claim], comparisons: tuple[Comparison, ...]) -> set[int]:
    """The quoted poll shares held as estimates beside the official figure whose count, one
    share per pair, has a share graded discrepant: further off than any sample misses, so the
    debunk's count is no poll at all, and its shares closer to KPU's are the same fabrication
    (a fake exit poll's 52,9 and 42,2 beside its 3,8 against 10.53, corpus-w). Never graded."""
    caught = {c.claim for c in comparisons if c.status == "discrepant"
              and 0 <= c.claim < len(claims) and claims[c.claim].quoted}
    found: set[int] = set()
    if caught:
        for run in _counts(claims, _POLL_LOW):
            if caught.intersection(run):
                found.update(run)
    return found
