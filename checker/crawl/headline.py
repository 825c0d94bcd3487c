"""The digest's first sentence: what happened since the previous crawl, in the order an editor
acts on it ("3 situs baru meniru KPU; 1 situs mengubah angka DKI Jakarta"). Pure: digest data
and the words of reports/strings.yaml in, one sentence out. Used by the digest, the alerts and
the feed, so an editor reads the same sentence in all three.
"""

from __future__ import annotations

from typing import Mapping

from checker.report.races import place_name

__all__ = ["headline", "regions_changed"]

_MAX_REGIONS = 2


def regions_changed(figures: list[dict], words: Mapping[str, str]) -> list[str]:
    """The regions whose figures changed, as readers name them, first seen first."""
    seen: dict[str, None] = {}
    for f in figures:
        if f.get("region"):
            seen.setdefault(place_name(f["region"], None, words), None)
    return list(seen)


def _counted(key: str, n: int, words: Mapping[str, str], **extra) -> str:
    # English needs a singular ("1 new site imitates KPU"); a newsroom's own strings may
    # leave the `_1` entry out.
    template = words.get(f"{key}_1") if n == 1 else None
    return (template or words[key]).format(n=n, **extra)


def headline(digest: dict, words: Mapping[str, str]) -> str:
    """One sentence: new impostors, pages that began to imitate KPU, changed figures (with the
    regions), new sites, pages gone offline; or that nothing changed."""
    act = digest.get("act", [])
    new_fakes = sum(1 for a in act if a["why"] == "impostor" and not a["turned"])
    turned = sum(1 for a in act if a["why"] == "impostor" and a["turned"])
    figures = [a for a in act if a["why"] == "figures"]
    new = sum(1 for a in act if a["why"] == "new")
    offline = sum(1 for a in act if a["why"] == "offline")
    parts = []
    if new_fakes:
        parts.append(_counted("hl_impostors", new_fakes, words))
    if turned:
        parts.append(_counted("hl_turned", turned, words))
    if figures:
        regions = regions_changed([f for a in figures for f in a["figures"]], words)
        shown = ", ".join(regions[:_MAX_REGIONS]) + ("…" if len(regions) > _MAX_REGIONS else "")
        parts.append(_counted("hl_figures" if shown else "hl_figures_somewhere", len(figures),
                              words, regions=shown))
    if new:
        parts.append(_counted("hl_new", new, words))
    if offline:
        parts.append(_counted("hl_offline", offline, words))
    if not parts:
        key = "hl_quiet" if digest.get("previous") else "hl_first"
        return _counted(key, digest["totals"]["pages"], words)
    return "; ".join(parts)
