"""One word of a name, found only by looking in every race (the region the page named last
matched nobody), on a page that names places of other provinces only: a person the page speaks
of, not a namesake candidate of a race it never mentions. "Aria Bima", the Pramono-Rano team's
secretary on a DKI page, then "Aria" alone, is not Mataram's LALU ARIA DHARMA (blind hunt,
tests/corpus/findings/hunt.md). A pair written with its join ("Mulia-PAS") or a name of two
words or more still names its pair anywhere; a page naming no place keeps the match. Pure."""

from __future__ import annotations

import re

__all__ = ["page_provinces", "stray_given_name"]

_ONE_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def page_provinces(text: str, matcher) -> frozenset[str]:
    """The provinces of every region the page names (each option of an ambiguous name)."""
    return frozenset(code[:2] for hit in matcher.region_mentions(text, limit=400)
                     for code in (hit.code, *hit.options) if code)


def stray_given_name(name: str, found, provinces) -> bool:
    """Whether `name`, one plain word matched to `found` across every race, is not enough to
    name it: the page names places, none of them in the province of `found`'s race.
    `provinces`: a callable giving page_provinces (asked only when the rest holds)."""
    region = found.race.region
    if not region or not _ONE_WORD.fullmatch(name.strip()):
        return False
    named = provinces()
    return bool(named) and region[:2] not in named
