"""Is a page a fact-check (a debunk)? From the whole page: ClaimReview markup, or three
different fact-check words (rules/figures.yaml `fact_check_words`) in its title, headings and
text. A debunk's figures are read as quotes of what it refutes (claims.extract_claims). Pure."""

from __future__ import annotations

import re

from checker.analyse.page import Page
from checker.ruleset.figures import FigureRules

__all__ = ["fact_check"]


def fact_check(page: Page, figures: FigureRules) -> bool:
    """A debunk, from the whole page: ClaimReview markup, or three different fact-check
    words (rules/figures.yaml `fact_check_words`) in its title, headings and text."""
    if any(_has_claim_review(value) for _, value in page.json_blobs):
        return True
    words = figures.fact_check_words
    if not words:
        return False
    pattern = _fact_check_re(words)
    text = "\n".join([page.title, *page.headings, page.prose[:figures.param("max_text_chars")]])
    if not _three_possible(words, text):
        return False
    found = set()
    for match in pattern.finditer(text):
        found.add(match.group(0).lower())
        if len(found) >= 3:
            return True
    return False


def _three_possible(words: tuple[str, ...], text: str) -> bool:
    """Whether three different fact-check words could be found: each found word is in the
    lower-cased text as written (C-speed `in`, where the pattern, which opens with a
    look-behind, is tried at every word start; most pages hold none or one of them). Not
    answered here when a word of several tokens is in it ("cek  fakta" and "cek fakta" are
    two found strings) or the text has one of the letters that match an ASCII letter
    without lower-casing to it (dotted and dotless i, long s)."""
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        return True
    low, present = text.lower(), 0
    for tokens in _word_tokens(words):
        if tokens[0] in low and (len(tokens) == 1 or all(token in low for token in tokens)):
            if len(tokens) > 1:
                return True
            present += 1
    return present >= 3


_TOKENS: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}


def _word_tokens(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Each word's lower-case tokens, worked out once per rules (not per page)."""
    found = _TOKENS.get(words)
    if found is None:
        found = _TOKENS[words] = tuple(tuple(w.lower().split()) or ("",) for w in words)
    return found


def _has_claim_review(value, depth: int = 0) -> bool:
    if depth > 6:
        return False
    if isinstance(value, dict):
        kind = value.get("@type")
        if kind == "ClaimReview" or (isinstance(kind, list) and "ClaimReview" in kind):
            return True
        return any(_has_claim_review(v, depth + 1) for v in list(value.values())[:50])
    if isinstance(value, list):
        return any(_has_claim_review(v, depth + 1) for v in value[:50])
    return False


_FACT_CHECK: dict[tuple[str, ...], re.Pattern] = {}


def _fact_check_re(words: tuple[str, ...]) -> re.Pattern:
    pattern = _FACT_CHECK.get(words)
    if pattern is None:
        alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                               for w in sorted(words, key=len, reverse=True))
        pattern = _FACT_CHECK[words] = re.compile(r"(?<!\w)(?:" + alternation + r")(?!\w)",
                                                  re.IGNORECASE)
    return pattern
