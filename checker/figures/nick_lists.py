"""Area lists written under the pairs' campaign nicknames (issue 10, recall):

    "Zainal-Ingkong 194.021 suara, Yansen-Suratno 97.224, Sulaiman-Adri 40.228 ..."
    "1. Kab. Bulungan" / "Sulton : 8.363" / "Ziap : 47.260" / "Yess : 16.856"
    "2. Kabupaten Tana Tidung" / "Sulton : 1.441" / ...

A nickname the page never ties to a name is not guessed from its letters. The page ties it by
its own arithmetic: every area heading of the race's kab/kota is followed by one line per pair
of the race's roster, each "Label : count"; a label's counts added over the areas come within
one percent of the race-wide count the page gives exactly one pair, and that one assignment of
labels to pairs fits and no other does. Then each line is that pair's count in that area, of
the same count (plenary, real count) as the page's totals. A list that misses an area, a label
that fits two pairs, or a race the page does not settle: nothing is read. A page giving
another race's counts too (a governor race elsewhere told in passing) is read for the one race
whose sums settle the list; two such races: neither. Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import permutations

from checker.models import Claim

__all__ = ["read_nick_lists"]

_LINE = re.compile(r"^[ \t]*([A-Z][A-Za-z'\u2019-]{1,24}(?:[ \t]+[A-Z][A-Za-z'\u2019-]{1,24})?)"
                   r"[ \t]*:[ \t]*(\d{1,3}(?:\.\d{3})+|\d{1,6})[ \t]*(?:suara)?[ \t]*$",
                   re.MULTILINE)
_MAX_LINES, _MAX_PAIRS = 400, 6
_NEAR = 100  # a label's sum within 1/_NEAR of one pair's race-wide count


def _blocks(text: str) -> list[tuple[str, list[tuple[str, int, str]]]]:
    """(the line before, [(label, count, line)]) for each run of consecutive label lines."""
    blocks: list[tuple[str, list]] = []
    last_end = None
    for n, match in enumerate(_LINE.finditer(text)):
        if n >= _MAX_LINES:
            break
        item = (match.group(1).strip(), int(match.group(2).replace(".", "")),
                match.group(0).strip())
        if last_end is not None and text[last_end:match.start()].strip() == "":
            blocks[-1][1].append(item)
        else:
            head_end = text.rfind("\n", 0, match.start())
            head_start = text.rfind("\n", 0, max(head_end, 0)) + 1
            blocks.append((text[head_start:max(head_end, 0)].strip(), [item]))
        last_end = match.end()
    return blocks


def _races(claims: list[Claim]) -> list[dict[str, Claim]]:
    """The race-wide vote count of each pair, for each race whose read pair counts give each
    of its pairs one value there (a page's own race, and another told in passing)."""
    totals: dict[tuple, dict[str, set]] = {}
    first: dict[tuple, dict[str, Claim]] = {}
    for c in claims:
        if c.kind == "votes" and c.candidate_id and c.race_kind and c.hold is None and \
                not c.quoted and c.region_code is not None and c.region_code == c.race_region:
            race = (c.election, c.race_kind, c.race_region)
            totals.setdefault(race, {}).setdefault(c.candidate_id, set()).add(int(c.value))
            first.setdefault(race, {}).setdefault(c.candidate_id, c)
    return [first[race] for race in first if all(len(v) == 1 for v in totals[race].values())]


def read_nick_lists(claims: list[Claim], text: str, matcher, room: int) -> list[Claim]:
    """The area counts of nickname lists in `text`, as new claims (at most `room`)."""
    if room <= 0 or ":" not in text:
        return []
    blocks = _blocks(text)
    if len(blocks) < 2:
        return []
    # The list is the race's whose pairs its sums settle; two races settling it: neither's.
    read = [got for totals in _races(claims) if 2 <= len(totals) <= _MAX_PAIRS
            and (got := _read(totals, blocks, matcher, room))]
    return read[0] if len(read) == 1 else []


def _read(totals: dict[str, Claim], blocks: list, matcher, room: int) -> list[Claim]:
    """The area counts of the nickname list `blocks` when the race of `totals` settles it."""
    race_region = next(iter(totals.values())).race_region
    labels = {label for _, items in blocks for label, _, _ in items}
    if len(labels) != len(totals) or any(
            sorted(label for label, _, _ in items) != sorted(labels) for _, items in blocks):
        return []  # every area lists each pair once, under the same labels
    areas = []
    for head, _ in blocks:
        hits = [h for h in matcher.region_mentions(head) if h.code and h.level == 2]
        if len({h.code for h in hits}) != 1 or not race_region or \
                not hits[0].code.startswith(race_region):
            return []
        areas.append(hits[0])
    if len({a.code for a in areas}) != len(areas):
        return []
    sums = {label: sum(n for _, items in blocks for lab, n, _ in items if lab == label)
            for label in labels}
    pairs, names = list(totals), sorted(labels)
    fits = [dict(zip(names, order)) for order in permutations(pairs)
            if all(abs(sums[lab] - int(totals[cid].value)) * _NEAR <= int(totals[cid].value)
                   for lab, cid in zip(names, order))]
    if len(fits) != 1:
        return []  # none fits, or two assignments do: the page does not settle it
    out = []
    for area, (_, items) in zip(areas, blocks):
        for label, count, line in items:
            if len(out) >= room:
                return out
            out.append(replace(totals[fits[0][label]], value=count, excerpt=line[:200],
                               region_code=area.code, region_name=area.name, origin="text"))
    return out
