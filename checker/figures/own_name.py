"""The outlet's own name, read as no place (issue 10, region): a newspaper named after its
town or regency ("Radar Lambar", "Lampung Post", "Rakyat Jateng") says who wrote, never where
a figure was counted. Its names: the one the site declares, the title's suffix ("... Unggul di
Pesisir Barat - Radar Lambar"), and its address, where a region's name and the words beside it
run together into one of the host's labels (radarlambar.bacakoran.co: "Radar Lambar" in the
banner or a byline, even on a page whose title has no suffix). Pure."""

from __future__ import annotations

import re

from checker.figures.places import in_outlet, outlet_names

__all__ = ["own_name", "page_outlets"]

_BEFORE = re.compile(r"([A-Za-z0-9]+)[^\S\n]*$")
_AFTER = re.compile(r"[^\S\n]*([A-Za-z0-9]+)")
_SHORTEST = 6  # letters of a host label read as a name: not "id", "www", "news"
_NOT_ALNUM = re.compile(r"[\W_]+")  # (\w less "_" is exactly str.isalnum, one C pass)


def _squash(words: str) -> str:
    return _NOT_ALNUM.sub("", words.lower())


def page_outlets(page) -> tuple[tuple[str, ...], frozenset[str]]:
    """(the outlet's written names, its host's labels) for own_name."""
    final = getattr(page, "final", None)
    labels = (*final.subdomain.split("."), final.domain) if final is not None else ()
    return outlet_names(page.title, page.site_names), \
        frozenset(label for label in labels if len(label) >= _SHORTEST)


def own_name(text: str, hit, outlets: tuple[tuple[str, ...], frozenset[str]]) -> bool:
    """Is the region `hit` names in `text` part of the outlet's own name?"""
    names, labels = outlets
    if names and in_outlet(text, hit, names):
        return True
    if not labels:
        return False
    written = _squash(text[hit.start:hit.end])
    if written and not any(written in label for label in labels):
        return False  # every form below holds the name: a label without it is none of them
    before = _BEFORE.search(text, max(0, hit.start - 30), hit.start)
    after = _AFTER.match(text, hit.end)
    head = _squash(before.group(1)) if before else ""
    tail = _squash(after.group(1)) if after else ""
    return any(form in labels for form in (head + written, written + tail,
                                           head + written + tail) if form != written)
