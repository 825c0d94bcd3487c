"""A campaign's own count that a page reports, not claims (blind hunts 2-4, the most frequent
family of false flags). Pure.

A news page that writes "the Aji-Gagarin team claims the win: by its count of all 1.004 TPS,
Ronny-Wahyu got 89.802 votes" (detik.com/jatim, Pilbup Pacitan; Sirekap complete: 91.108)
reports the team's claim accurately. The figure is the team's, quoted by the page, as a hoax's
figure is the post's on a fact-check (checker/figures/hoax_figures.py): a fact-checker who
repeated "this page's figures differ from the record" would publish a falsehood about an
accurate article. So on a page that reports, a figure of a campaign team's, party branch's,
volunteers' or candidate's own count (claim type `internal_count`: "tim pemenangan", "data
internal", "mengklaim menang", ...) that the record grades `minor` or `discrepant` is held
`campaign_quoted`: unverifiable as the page's claim (the record cannot tell whether the page
misquoted the team, only that the team's count is not KPU's), with the official figure and the
difference still shown, the team's count against KPU's. Like a volunteers' tally
(civic_counts), a figure that agrees with the record keeps `consistent`; a fact-check's quote
of a hoax keeps its grade; other figures on the same page (KPU's count, a pollster's) are
untouched. A camp's figure graded against the page's other figures of the same count (tier
`page`: "mengklaim unggul dengan 77,17 persen atau 1.754.310 suara" beside the rival's
520.187, 77,13 % of them) is held too: the sum that does not follow is the camp's, quoted
(issue 10, quoted claims; tests/test_fix_unknown.py).

Who speaks, the page or the camp (the page's voice, then its words):
- a known source (rules/sources.yaml: a newsroom, fact-checker, monitor or pollster) reports;
- a page whose own voice (the declared site name, the banner, navigation and footer:
  checker/analyse/chrome.py) names a camp's medium (rules/figures.yaml `campaign_voice`:
  "media relawan", "tim pemenangan", a party's DPP/DPC/DPW) is the camp: its own figures keep
  their grade (golden unofficial_fig_jatim_internal_count_khofifah, a volunteers' site writing
  about its team in the third person, as a press release does);
- any other page reports when its title, headings or prose give a claim to someone of a camp
  with a reporting word (`reporting_words` near `claimant_words`: "kata Ketua Tim
  Pemenangan", "Tim ... mengeklaim", "menurut tim", "juru bicara pasangan ... menyampaikan"),
  the way Indonesian news attributes what it did not count;
- a page of none of these (an unknown site stating a camp's count in its own words, nobody
  quoted) keeps the grade. The rule only ever holds a flag.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable

from checker.analyse.phrases import normalise
from checker.figures.cues import alternation
from checker.models import Claim, Comparison

__all__ = ["camp_medium", "hold_reported_counts", "reports_counts"]

HELD = "campaign_quoted"
# Words between a claimant and its reporting word ("Paslon Bupati dan Wakil Bupati Pacitan,
# Indrata Nur Bayuaji-Gagarin mengeklaim"), and between a reporting word and its claimant
# ("kata Ketua Tim Pemenangan", "ujar juru bicara").
_BEFORE_VERB = 10
_AFTER_VERB = 4


@lru_cache(maxsize=8)
def _attribution(verbs: tuple[str, ...], claimants: tuple[str, ...]) -> re.Pattern | None:
    if not verbs or not claimants:
        return None
    verb, who = alternation(verbs), alternation(claimants)
    return re.compile(
        rf"(?<!\w)(?:{who})(?!\w)(?:\W+\w+){{0,{_BEFORE_VERB}}}?\W+(?:{verb})(?!\w)"
        rf"|(?<!\w)(?:{verb})\W+(?:\w+\W+){{0,{_AFTER_VERB}}}?(?:{who})(?!\w)")


@lru_cache(maxsize=8)
def _voice(words: tuple[str, ...]) -> re.Pattern | None:
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)") if words else None


def reports_counts(page, known: bool, figures) -> bool:
    """Does `page` report a camp's count rather than speak as the camp (see the module)?
    `known`: its host is a source rules/sources.yaml lists."""
    if known:
        return True  # a newsroom's menu or tag bar may say "relawan": it is still no camp
    if camp_medium(page, figures):
        return False
    found = _attribution(figures.reporting_words, figures.claimant_words)
    if found is None:
        return False
    text = "\n".join([page.title, *page.headings, page.prose[:figures.param("max_text_chars")]])
    return found.search(normalise(text)) is not None


def camp_medium(page, figures) -> bool:
    """Does `page`'s own voice (site name, banner, navigation, footer) name it a camp's
    medium?"""
    voice = _voice(figures.campaign_voice)
    return voice is not None and any(voice.search(normalise(place))
                                     for place in (*page.site_names, page.voice))


def _held(claim: Claim, comparison: Comparison) -> bool:
    # (tier "page" too: the camp's share off the camp's own counts is the camp's sum, quoted)
    return comparison.status in ("minor", "discrepant") and \
        claim.claim_type == "internal_count" and not claim.quoted


def hold_reported_counts(claims, comparisons: tuple[Comparison, ...],
                         reports: Callable[[], bool]) -> tuple[Comparison, ...]:
    """`comparisons` with each flagged figure of a camp's own count held `campaign_quoted`
    when `reports()` (asked only then) says the page reports it."""
    claims = list(claims)
    held = {i for i, c in enumerate(comparisons)
            if 0 <= c.claim < len(claims) and _held(claims[c.claim], c)}
    if not held or not reports():
        return comparisons
    return tuple(replace(c, status="unverifiable", reason=HELD) if i in held else c
                 for i, c in enumerate(comparisons))
