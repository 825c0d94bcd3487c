"""Campaign package names a page gives its pairs (issue 10, corpus-s): in eastern Indonesia a
pair runs as a "paket" and pages name it so, once beside the members ("Y. A. T. Lukman
Riberu-Zakarias Paun (Paket LaZkar Ribu Ratu)", "Antonius Doni Dihen-Ignasius Boli Uran, yang
dikenal sebagai Paket ADDIBU"), then by the package alone ("Paket ADDIBU menang dengan 37.203
suara"). Only the page's own definition ties the name to its pair; page_roster.defined_names
takes these beside its "(ERA)" and "atau LAZ-Adha" forms. Patterns only."""

from __future__ import annotations

import re

__all__ = ["package_definitions"]

# The name: "Paket" then one to four capitalised words ("LaZkar Ribu Ratu", "Bereun24").
_PACKAGE = r"[Pp]aket[ \t]+[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,3}"
_IN_BRACKETS = re.compile(r"[ \t]*\((" + _PACKAGE + r")\)")
# "..., yang dikenal sebagai Paket ADDIBU", "dikenal dengan sebutan ..."; without "Paket" a
# short name in capitals ("dikenal sebagai AMIN") or the members' short names joined by a dash;
# "paket" may be in lower case ("Heryberus GL. Nabit dan Faby Abu, yang dikenal sebagai paket
# Hery-Faby, di urutan teratas dengan 71.027 suara": corpus-bd, iNewsFlores, Manggarai).
_DASHED = r"[A-Z][\w'\u2019]*[-\u2013][A-Z][\w'\u2019]*"
_KNOWN_AS = re.compile(r",?[ \t]+(?:yang[ \t]+)?dikenal[ \t]+(?:sebagai|dengan)(?:[ \t]+(?:sebutan|"
                       r"nama|julukan))?[ \t]+(" + _PACKAGE + r"|" + _DASHED + r"|[A-Z][A-Z0-9-]{2,14})"
                       r"(?![\w-])")
_FULL_BEFORE = re.compile(r"[A-Z][\w.'\u2019]*(?:[ \t]+[\w.'\u2019]+){0,5}?(?:[ \t]*"
                          r"[-\u2013\u2014][ \t]*|[ \t]+dan[ \t]+)[A-Z][\w.'\u2019]*"
                          r"(?:[ \t]+[\w.'\u2019]+){0,5}?\Z")
_RUN_BACK = re.compile(r"[\w.'\u2019 \t\-\u2013\u2014]*")
_MAX = 40


def _full_before(text: str, at: int) -> str | None:
    start = max(0, at - 120)
    run = _RUN_BACK.match(text[start:at][::-1]).end()
    found = _FULL_BEFORE.search(text, at - run, at)
    return found.group() if found is not None else None


def _opening(text: str, at: int, known_as: bool) -> int:
    """Where the definition after the full name opens: before "yang", the spaces and a comma."""
    if known_as and text.startswith("yang ", max(0, at - 5)):
        at -= 5
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at - 1 if known_as and at > 0 and text[at - 1] == "," else at


def package_definitions(text: str):
    """(short name, full name) for each pair the page names in full with its package name;
    a package name is given with and without its word "Paket" (both are written)."""
    seen = 0
    for needle, pattern in (("(Paket ", _IN_BRACKETS), ("dikenal ", _KNOWN_AS)):
        at = text.find(needle)
        while at >= 0 and seen < _MAX:
            seen += 1
            opening = _opening(text, at, needle == "dikenal ")
            match = pattern.match(text, opening)
            full = _full_before(text, opening) if match is not None else None
            if full is not None:
                short = match.group(1)
                yield short, full
                if short.startswith(("Paket", "paket")):
                    yield short.split(None, 1)[1], full
            at = text.find(needle, at + len(needle))
