"""Known independent sources (rules/sources.yaml) checked as they load.

A listed domain makes every page under it `independent`, which outranks what the page says
about itself (rules/verdicts.yaml). So a typo that lists a whole public suffix ("co.id"), a
hosting platform where anyone can open a site ("pages.dev", "blogspot.com"), or a host with a
scheme or path in it would hand that label to strangers: loading stops with the entry's name.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Mapping

from checker.analyse.hosts import host_tails, is_under, registrable_label
from checker.ruleset.model import KnownSource
from checker.ruleset.schema import RulesError

__all__ = ["known_sources"]

# Lower-case ASCII labels (punycode allowed) joined by dots, at least two labels.
_HOST = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}")


def _domain(raw: str, where: str, platforms: frozenset[str]) -> str:
    domain = raw.strip().lower()
    if not _HOST.fullmatch(domain):
        raise RulesError(f"{where}: {raw!r} is not a host name (no scheme, path or port)")
    if not registrable_label(domain):
        raise RulesError(f"{where}: {raw!r} is a public suffix; list the outlet's own domain")
    if not platforms.isdisjoint(host_tails(domain)):  # under a platform: one set look-up
        raise RulesError(f"{where}: {raw!r} is on a hosting platform anyone can publish on")
    return domain


def known_sources(entries: Iterable[Mapping[str, Any]],
                  platforms: Iterable[Mapping[str, Any]]) -> tuple[KnownSource, ...]:
    suffixes = frozenset(p["suffix"].lower() for p in platforms)
    seen: dict[str, str] = {}
    out = []
    for i, entry in enumerate(entries):
        where = f"sources.yaml: sources[{i}] ({entry['name']})"
        domains = tuple(_domain(d, where, suffixes) for d in entry["domains"])
        for domain in domains:
            if domain in seen:
                raise RulesError(f"{where}: {domain} is already listed under {seen[domain]}")
            seen[domain] = entry["name"]
        excluded = tuple(_domain(d, where, suffixes) for d in entry["excluded"])
        stray = [x for x in excluded if not any(is_under(x, d) for d in domains)]
        if stray:
            raise RulesError(f"{where}: excluded host {stray[0]} is not under its domains")
        out.append(KnownSource(entry["name"], entry["kind"], domains, entry["reference"],
                               excluded))
    return tuple(out)
