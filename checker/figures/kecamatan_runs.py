"""A pair's list of kecamatan whose level word and unit only the first items carry (issue 10,
recall; corpus-ai, ANTARA Sumut on the Pilpres in Langkat):

    "kemenangan terbesar Iqbal-Dinda ada di Kecamatan Pujut 39.368 suara, lalu Kecamatan Praya
     dengan 34.765 suara, Praya Barat 25.411 suara. "Praya Tengah 21.964, Jonggat 23.863, ...""
    "Iqbal-Dinda mendapat suara 24.806 di Gunungsari, Batulayar 14.980, Labuapi 15.926, ..."
    "Perolehan X per kecamatan: Kecamatan Pujut: 39.368 suara; Praya: 34.765 suara; ..."
    "Suara terbanyak Prabowo-Gibran datang dari kecamatan Stabat 28.974 suara, Selesai 24.595,
     Secanggang 24.041, Kuala 19.162, Hinai 18.712, dan Padang Tualang 18.623 suara."
    "Berikutnya Kecamatan Wampu 16.943, Binjai 16.282, Bahorok 15.453, ..."

A figure is the next item of such a list when the figure before was the same pair's count
placed at a kecamatan, or written right after "Kecamatan <name>" (the list's first item, which
the page may hold for want of its kab/kota), and only a separator stands between that item and
this figure's name (a comma, a semicolon, "dan", "lalu", "disusul (oleh)", even a full stop, a
line break and a quote opening the next sentence or paragraph), the name, with or without
"Kecamatan", right before the figure. A count with no unit ("Batulayar 14.980") is such an
item's votes when the item before was votes. The item takes the pair of the item before, at
the record's one kecamatan of that name in the list's kab/kota (the item before's, else the
regent's or mayor's own, the one named last, the page's), if the count fits in it. A name the
record holds no kecamatan of there (another kab/kota, a desa, a party, "DPT", a word that is no
place) is no item, nor, in a list the page placed no item of, a name that is a kab/kota too
("Binjai": a city as well): nothing is guessed. Pure."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from checker.figures.kecamatan_said import beyond_kecamatan
from checker.figures.regions import RegionHit, kecamatans_named
from checker.figures.wording import capitalised

__all__ = ["kecamatan_run", "list_kabkota", "run_place", "unless_item"]

_GAP = r"[^\S\n]*"
_NAME = capitalised(4)
_KEC = r"(?:(?:[Kk]ecamatan|Kec\.)" + _GAP + r")?"
# The end of the item before (its kecamatan after it: "24.806 di Gunungsari"), the separator,
# the next item's name, the word before its figure.
_ITEM = re.compile(
    _GAP + r"(?i:suara\b)?" + _GAP + r"(?:(?i:di|dari)[^\S\n]+" + _KEC + _NAME + _GAP + r")?"
    r"(?:\([^()\n]{0,30}\)" + _GAP + r")?[,;.]?\s*[\"“”]?" + _GAP +
    r"(?i:(?:dan|serta|lalu|kemudian|disusul|berikutnya|selanjutnya)\b,?" + _GAP +
    r"(?:oleh[^\S\n]+)?)?(?i:(?:di|dari)[^\S\n]+)?" + _KEC + "(" + _NAME + ")" + _GAP +
    r"(?::|,|[^\S\n](?i:dengan|sebanyak|sebesar|yakni|yaitu)\b)?" + _GAP)
# "48.841 suara di Klungkung, 37.298 suara di Bangli": a list whose places follow the figures
_PLACE_AFTER = re.compile(_GAP + r"(?i:suara\b)?" + _GAP + r"(?i:di|dari)[^\S\n]+[A-Z]")
# The list's first item: its kecamatan named with the level word right before its count.
_FIRST_ITEM = re.compile(r"(?:[Kk]ecamatan|Kec\.)[^\S\n]+" + _NAME + _GAP +
                         r"(?::|,|[^\S\n](?:sebanyak|sebesar|dengan))?" + _GAP +
                         r"\d[\d.]*(?:" + _GAP + r"suara)?$")
_REACH = 60


def kecamatan_run(reader, number, previous, scope=None):
    """(who, scope at the kecamatan) for the next item of a pair's kecamatan list, else None.
    With no scope, the number is one figure_kind read as no figure: only a count is an item."""
    if scope is None and number.unit == "percent":
        return None
    place = run_place(reader, number, previous)
    if place is None:
        return None
    scope = reader.scope(number.start) if scope is None else scope
    return previous[2], replace(scope, region=place, near=True, unclear=False, lower=False,
                                place=False)


def run_place(reader, number, previous) -> RegionHit | None:
    """The kecamatan of a figure that is the next item of a pair's kecamatan list after
    `previous` (from_text's (sentence, end, who) of the figure before), else None."""
    claims = reader.out.claims
    record = reader.out.record
    if previous is None or previous[2][0] is None or not claims or record is None:
        return None
    last = claims[-1]
    if last.origin != "text" or last.candidate_id != previous[2][0].id or \
            number.unit is None and last.kind != "votes":
        return None  # the item before is no pair's figure
    placed = bool(last.region_code) and len(last.region_code) == 6
    if not placed and (last.kind != "votes" or number.unit == "percent" or _FIRST_ITEM.search(
            reader.text, max(0, previous[1] - _REACH), previous[1]) is None):
        return None  # nor a count after "Kecamatan <name>": no item of a kecamatan list
    if not reader.same_or_next_paragraph(previous[1], number.start):
        return None  # (the paragraph before may end at an item: the next one opens this one)
    item = _ITEM.fullmatch(reader.text, previous[1], number.start)
    if item is None or _PLACE_AFTER.match(reader.text, number.end):
        return None
    race = previous[2][0].race
    area = last.region_code[:4] if placed else list_kabkota(reader, number.start, race)
    if area is None:
        return None
    words = item.group(1).split()
    for k in range(len(words)):  # "Berikutnya Praya Barat": the name the record holds
        found = kecamatans_named(record, area, " ".join(words[k:]))
        if len(found) == 1:
            break
    else:
        return None
    if not placed:  # "Binjai": a city's name too, no item to guess in a list none placed
        named = reader.out.matcher.region(" ".join(words[k:]))
        if named is not None and named.level is not None and named.level <= 2:
            return None
    if found[0].code == last.region_code or \
            beyond_kecamatan(record, race, found[0].code, number.value):
        return None
    return RegionHit(found[0].code, found[0].name, 3, item.start(1), item.end(1))


def list_kabkota(reader, position: int, race) -> str | None:
    """The kab/kota of a list whose first item the page placed nowhere: the regent's or
    mayor's own, else the one named last before it (inside the race's area), else the page's."""
    if len(race.region) == 4:
        return race.region
    named = [r for r in reader.regions[:bisect_right(reader.region_starts, position)]
             if r.level == 2 and r.code]
    own = reader.out.scope.region
    for hit in (named[-1] if named else None, own):
        if hit is not None and hit.level == 2 and hit.code and hit.code.startswith(race.region):
            return hit.code
    return None


def unless_item(reader, number, previous, who):
    """`who` (the name written before the figure), or nobody when that name is a bare item of
    a pair's kecamatan list the record also reads as a candidate of another race than the
    item before's (blind hunt 44: "di Kecamatan Selebar 6.640 suara dan Ratu Agung 6.019
    suara" on a Kota Bengkulu page took "Ratu Agung" for Dr. R. AGUNG SETYAWAN of Kulon
    Progo; "Tanjung Sari" in Lampung Selatan, "Kota Besi" in Kotawaringin Timur read alike).
    The name is the list's next kecamatan, as run_place finds it; its pair is the list's."""
    cand, before = who[0], previous[2][0] if previous is not None else None
    if cand is None or before is None or cand.race == before.race or \
            run_place(reader, number, previous) is None:
        return who
    return None, None, None
