"""A count the sentence says is one kecamatan's, in the kab/kota the page has settled (issue 10,
regency level):

    "Di Kecamatan Banjar, Paslon 04 meraih 20.748 suara untuk Gubernur dan 9.694 suara untuk
     Wali Kota."                               (KPU Kota Banjar's plenary, both races)
    "63,43% di Kecamatan Batu, 65,35% di Kecamatan Bumiaji"   (the Pilpres in Kota Batu)
    "berasal dari Kapanewon Sentolo dengan 10.432 suara"      (Kulon Progo; DIY's kecamatan)

bracket_items.named_kecamatan reads a kecamatan named right after or before a regent's, mayor's
or governor's count within the race's own area; this adds the sentence that opens at the
kecamatan ("Di Kecamatan X, ...", or its bare name and comma after "di": "Di Seyegan, ..."; a
list item "24. Kecamatan Anyar, paslon 01 : ..."), DIY's and Papua's words for a kecamatan, and
the races whose area is wider than one kab/kota (governor, president), for which the kab/kota
is the one named last before the figure, else the one the page is about (its title's); and a
list whose kecamatan follows each figure (after_item). The count goes to the kecamatan's
6-digit code only where the record holds exactly one kecamatan of that name in that kab/kota
(and a vote count fits in it); otherwise it stays held below the record's level, as before: no
area is guessed. Pure."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from checker.figures.clauses import clause_opening
from checker.figures.collect import ELECTION_OF
from checker.figures.pairs_before import opening_before
from checker.figures.regions import RegionHit, kecamatans_named
from checker.figures.wording import capitalised

__all__ = ["BARE_OPENING", "KECAMATAN_NAMED", "after_item", "opens_at_kecamatan",
           "progress_kecamatan", "said_kecamatan"]

_KEC = r"(?:Kecamatan|Kec\.|Kapanewon|Kemantren|Distrik)[^\S\n]+(" + capitalised(3) + ")"
# "63,43% di Kecamatan Batu", "12.612 suara di Kecamatan Busungbiu"
_AFTER = re.compile(r"[^\S\n]*(?:%|persen\b)?[^\S\n]*(?:suara[^\S\n]+)?di[^\S\n]+" + _KEC)
# "33 suara di TPS Khusus RSUD Tengku Rafian, 211 suara di TPS 03 Kampung Buantan": a list
# whose TPS or village follows each count (a re-vote's TPS, MetroRiau): held, no kecamatan.
_BELOW_AFTER = re.compile(r"[^\S\n]*(?:suara[^\S\n]+)?di[^\S\n]+(?:TPS|Desa|Kelurahan|Kampung)"
                          r"(?:[^\S\n]+(?:\d{1,3}|[A-Z][\w'-]*)){0,6}")
# "Kapanewon Sentolo dengan 10.432 suara"; "di Kecamatan Pekalongan Timur dengan 22.775 suara
# bagi Aaf-Balgies dan 14.388 suara bagi ...": the second count the kecamatan heads too.
# "datang dari Kapanewon Pengasih, yakni 18.198 suara": the count the comma's word restates;
# "menang di Kecamatan Tejakula sebanyak 24.980 suara, Kecamatan Sawan, 22.518 suara": a list's
# items, each kecamatan with its count after a word or a bare comma. "memimpin di Kecamatan
# Petak Malai dengan peroleh 708 suara" (corpus-al): the words of the count after "dengan".
_BRACKETED = r"(?:[^\S\n]*\([^\S\n]*\d[\d.,]*[^\S\n]*(?:%|persen)[^\S\n]*\))?"  # "N suara (79,15%) untuk X"
_BEFORE = re.compile(_KEC + r"(?:[^\S\n]+dengan|[^\S\n]*,?[^\S\n]*(?<![\w-])(?:yakni|yaitu|"
                     r"sebanyak|sebesar)|[^\S\n]*,)"
                     r"[^\S\n]+(?:(?:perolehan|peroleh|raihan)(?:[^\S\n]+suara)?"
                     r"(?:[^\S\n]+sebanyak)?[^\S\n]+)?(?:\d[\d.]*[^\S\n]+suara" + _BRACKETED +
                     r"[^\S\n]+(?:bagi|untuk)[^\S\n]+[^\d.;:!?\n]{1,60}?[^\S\n]+(?:dan|serta|"
                     r"melawan|berbanding)[^\S\n]+)?(?:\d[\d.]*[^\S\n]+suara[^\S\n]*\()?$")
# "kemenangan terbesar ... ada di Kecamatan Pujut 39.368 suara" ("Kecamatan Pujut: 39.368"): the
# name right before the count, unless a TPS or desa comes before it in its sentence (a TPS's).
_JUXTAPOSED = re.compile(_KEC + r"(?:[^\S\n]*:)?[^\S\n]+$")
_STATION = re.compile(r"\b(?i:tps|desa|kelurahan|kampung|dusun)\b")
# "Kecamatan Bangkunat dengan progress 16 dari 79 TPS (20,25 persen), yaitu pasangan nomor urut
# 1 memperoleh 56 suara": a kecamatan given its own count's progress ("dengan data masuk ...")
# heads the tally after it in the sentence (one passage per kecamatan of a Sirekap count).
_PROGRESS_OF = re.compile(_KEC + r"[^\S\n]+(?:dengan[^\S\n]+)?(?i:progres+|data[^\S\n]+masuk)\b")
_BELOW_WORD = re.compile(r"\b(?i:desa|kelurahan|kampung)\b")  # (its "dari 79 TPS" is its own)
# "Di Kecamatan Banjar, Paslon 04 meraih ...": the sentence's own place; after a lead-in
# ("Sementara itu, di Kecamatan Pekalongan Selatan Aaf-Balgies meraup ...", "Sementara di",
# "Pada", "Dari", "Di wilayah Kecamatan X"), with or without the comma (without it, the name's
# words run into the pair's: said_kecamatan tries shorter).
# "Rinciannya, di Kecamatan Ampenan ...", "Berikutnya di ...", and a lead-in clause and its
# comma ("Menurut data rekapitulasi KPU untuk Pilwalkot Solo, di Kecamatan Laweyan Paslon 01
# ...", corpus-av): no figure in it (no "." or "," inside).
_LEAD_IN = r"(?:(?:Sementara(?:[^\S\n]+itu)?|Adapun|Sedangkan|Sedang|Lalu|Kemudian|Selanjutnya|" \
    r"Berikutnya|Rinciannya|Terakhir|Namun),?[^\S\n]+(?:di|untuk|pada|dari)|Di|Untuk|Pada|Dari|" \
    r"[^\n,.;:!?\"\u201c\u201d]{3,80},[^\S\n]+di)(?:[^\S\n]+wilayah)?"
# The bare name's lead-in says a place ("di"): "Pada Senin, ..." is a day, whatever its name.
_AT_LEAD = r"(?:(?:Sementara(?:[^\S\n]+itu)?|Adapun|Sedangkan|Sedang|Lalu|Kemudian|" \
    r"Selanjutnya|Namun),?[^\S\n]+di|Di)(?:[^\S\n]+wilayah)?"
# (the name may be of four words and carry its short form: "Di Kecamatan Aur Birugo Tigo
# Baleh (ABTB), ...", Bukittinggi)
_OPENING = re.compile(r"[^\S\n]*" + _LEAD_IN + r"[^\S\n]+" + _KEC.replace(
    capitalised(3), capitalised(4)) + r"(?:[^\S\n]*\([A-Z]{2,6}\))?([^\S\n]*,)?")
# "Kecamatan Blimbing: Wahyu-Ali mengumpulkan 42.932 suara, Paslon 2 16.328 suara": a list
# item (or sentence) headed by its kecamatan and a colon or a comma, numbered or not ("24.
# Kecamatan Anyar, paslon 01 : 6.166 suara, paslon 02 : 20.120 suara"); every figure after it
# is the kecamatan's, whatever the pairs' order.
_HEADED = re.compile(r"[^\S\n]*(?:\d{1,3}[.)][^\S\n]*)?" + _KEC + r"[^\S\n]*[:,]")
# "Kecamatan Maulafa Paslon no 1. 4.636, Paslon no 2. 9.424, ..." (Zonaline, corpus-at): the
# same heading with nothing between the name and the list, the name's words running into the
# first item's (said_kecamatan tries shorter, as after a lead-in without its comma).
_HEADED_RUN = re.compile(r"[^\S\n]*(?:\d{1,3}[.)][^\S\n]*)?" + _KEC + r"(?=[^\S\n]+\S)")
# "Di Kecamatan Pakem, Turi dan Cangkringan, Paslon 02 meraih ...": more places after the
# opening's comma; the figure is theirs together, not the first one's.
_MORE_PLACES = re.compile(r"[^\S\n]*[A-Z][\w']*(?:[^\S\n]+[A-Z][\w']*){0,2}[^\S\n]*"
                          r"(?:,|(?:dan|serta)\b)")
# "Di Seyegan, Kustini-Sukamto hanya meraih ...", "Lalu di Moyudan, Paslon 01 ...": the same
# opening with the kecamatan's bare name (pages drop "Kecamatan" once the list is under way).
# The comma is required (the name's end); a name that is a region's ("Di Sleman, ...") is the
# region's reading, not this one.
# (restated_kecamatan reads the one such name that is its kab/kota's too.)
BARE_OPENING = re.compile(r"[^\S\n]*" + _AT_LEAD + r"[^\S\n]+([A-Z][\w'-]*(?:[^\S\n]+"
                          r"[A-Z][\w'-]*){0,2})([^\S\n]*,)")
KECAMATAN_NAMED = re.compile(_KEC)
# "perolehan terbanyak di Distrik Tembagapura diraih X 4.421 suara, disusul Y ..." (Salam Papua,
# corpus-at): the sentence's topic is the pairs' result in one kecamatan, a verb of ranking
# right after its name; "Adapun untuk pemilihan Bupati di Tembagapura, urutan teratas ..."
# names it bare after the race it is of (its own clause, a comma after the name).
_TOPIC_AT = re.compile(r"\b(?i:perolehan|raihan|hasil|suara|urutan|posisi|peringkat)\b"
                       r"[^.;:!?\n\d]{0,40}?\bdi[^\S\n]+" + _KEC + r"[^\S\n]*,?[^\S\n]+"
                       r"(?i:diraih|ditempati|dimenangkan|dikuasai|adalah|yakni|yaitu)\b")
_TOPIC_BARE = re.compile(r"[^\S\n]*(?:(?:Adapun|Sedangkan|Sementara(?:[^\S\n]+itu)?),?[^\S\n]+)?"
                         r"(?i:untuk|pada|dalam)[^\S\n]+(?i:pemilihan|pilkada|pilbup|pilgub|"
                         r"pilwalkot|pilwali)\b[^,.;:!?\n\d]{0,60}?[^\S\n]di[^\S\n]+([A-Z][\w'-]*"
                         r"(?:[^\S\n]+[A-Z][\w'-]*){0,2})[^\S\n]*,")
# "Di kecamatan itu, ...", "Di kecamatan tersebut ...": the one the sentence before named.
_THAT_ONE = re.compile(r"[^\S\n]*(?:Di|Pada|Untuk)[^\S\n]+kecamatan[^\S\n]+(?:itu|tersebut|ini)\b")
_LIST_END = re.compile(r"[^\S\n]*(?:,|dan|serta)$")
# Between one item's kecamatan and the next item's figure: a separator only.
_SEPARATOR = re.compile(r"[^\S\n]*[,;]?[^\S\n]*(?:(?:dan|serta)[^\S\n]+)?")
_REACH = 60
# Every match of _KEC (and of _BEFORE, _JUXTAPOSED, _PROGRESS_OF and _TOPIC_AT, which hold it)
# holds one of these, case as written: a C-speed look in the window spares a search tried at
# each of its positions (a 20 KB news page's figures, most of whose sentences name no kecamatan).
_KEC_WORDS = ("Kec", "Kapanewon", "Kemantren", "Distrik")
_AT = re.compile(r"\b(?:di|ke|dari)\s+$", re.IGNORECASE)  # "di Badung": a place of the figure
_TOLD = 50  # percent of the kecamatan's TPS a reading must hold to bound its counts


def beyond_kecamatan(record, race, code: str, value) -> bool:
    """A count larger than all the kecamatan's valid votes in the race: no count of it. Not
    told by a reading of under half its TPS (Tembagapura's 1.119 valid votes at 8 % of TPS,
    a plenary count 6.368: corpus-at), whose total says nothing of the whole."""
    best = record.best(race, code)
    return best is not None and bool(best.total) and isinstance(value, int) and \
        value > best.total and (best.progress is None or best.progress >= _TOLD)


def said_kecamatan(reader, number, sentence: int, who, scope):
    """The scope at the kecamatan the figure's sentence says it is of, else `scope`. The pair
    may be unresolved yet ("Paslon 04 ... untuk Gubernur"): the race words decide the race."""
    record = reader.out.record
    back = opening_before(reader, number.start)  # "kedua paslon itu masing-masing ..."
    if not (scope.lower or back is not None or _foreign_opening(reader, sentence, who)) or \
            record is None or who is None or \
            who[0] is None and who[1] is None:
        return scope
    race = who[0].race if who[0] is not None else _race_of(reader, scope)
    area = _kabkota(reader, race, scope, number) if race is not None else None
    written = _written(reader, reader.text, number, sentence, area=area) if back is None else \
        _written(reader, reader.text, number, back, area, area)
    if written is None or area is None:
        return scope
    found = _named(record, area, *written)
    if len(found) != 1:
        return scope
    if beyond_kecamatan(record, race, found[0].code, number.value):
        return scope
    region = RegionHit(found[0].code, found[0].name, 3, number.start, number.end)
    return replace(scope, region=region, near=True, unclear=False, lower=False, place=False)


def opens_at_kecamatan(text: str, sentence: int, figure: int) -> bool:
    """Does the sentence open at a kecamatan and its comma, naming no other one before the
    figure ending at `figure` ("Di Kecamatan Kubutambahan, Mulia-PAS meraih 10.915 suara")?"""
    opening = _OPENING.match(text, sentence)
    return opening is not None and opening.group(2) is not None and \
        KECAMATAN_NAMED.search(text, opening.end(), figure) is None


def after_item(reader, number, previous, scope):
    """(who, scope held below the record) for the next item of a pair's list whose kecamatan
    (or TPS, desa) follows each figure ("63,43% di Kecamatan Batu, 65,35% di Kecamatan
    Bumiaji, dan 61,69% di Kecamatan Junrejo"): the pair of the item before, in the same
    sentence, with only a separator between that item's place and this figure. Else None."""
    if previous is None or previous[2][0] is None or \
            previous[0] != reader._start_of(reader.sentences, number.start):
        return None
    text = reader.text
    before = _AFTER.match(text, previous[1]) or _BELOW_AFTER.match(text, previous[1])
    if before is None or not (_AFTER.match(text, number.end) or
                              _BELOW_AFTER.match(text, number.end)) or \
            _SEPARATOR.fullmatch(text, before.end(), number.start) is None:
        return None
    return previous[2], replace(scope, lower=True, near=False)


def _region_here(hit, area: str | None) -> bool:
    """Keep the bare name's region reading? Not if all its areas are outside area's province."""
    codes = [c for c in (hit.code, *hit.options) if c] if hit is not None else []
    return hit is not None and not (area and codes and all(c[:2] != area[:2] for c in codes))


def _foreign_opening(reader, sentence: int, who) -> bool:
    """A bare opening name whose region readings all lie outside the race's province: "Di
    Kediri, Sanjaya-Dirga meraih 29.830 suara" (Tabanan, corpus-bg) is Tabanan's kecamatan, not
    Jawa Timur's Kediri, a reading that fell back on the regency and graded it there."""
    opening = BARE_OPENING.match(reader.text, sentence)
    if opening is None or who is None or who[0] is None or who[0].race.kind == "president":
        return False
    return not _region_here(hit := reader.out.matcher.region(opening.group(1)),
                            who[0].race.region or None) and hit is not None


def _race_of(reader, scope):
    """The race of the scope's kind in the kab/kota named last (else the page's), when the
    record holds it."""
    kind = scope.kind
    own = scope.region if scope.region is not None and scope.region.level == 2 else \
        reader.out.scope.region
    if kind is None or own is None or own.level != 2 or not own.code:
        return None
    area = {"president": "", "governor": own.code[:2], "regent_mayor": own.code}.get(kind)
    return None if area is None else reader.out.record.race_for(ELECTION_OF[kind], kind, area)


def _named(record, area: str, written: str, runs_on: bool) -> list:
    """The record's kecamatan of that name; for a name that may run into the next words
    (no comma after it), the longest run of its first words that names exactly one."""
    found = kecamatans_named(record, area, written)
    words = written.split()
    for size in range(len(words) - 1, 0, -1) if runs_on and len(found) != 1 else ():
        found = kecamatans_named(record, area, " ".join(words[:size]))
        if len(found) == 1:
            break
    return found


def _written(reader, text: str, number, sentence: int, own: str | None = None,
             area: str | None = None) -> tuple[str, bool] | None:
    """(the kecamatan's name as the sentence gives it for this figure, whether its last words
    may be the next name's), else None. `sentence` may be the sentence before the figure's,
    when that one names the pairs the figure's sentence gives its figures to; then `own`, the
    kab/kota the kecamatan is in, named between in an office ("Ketua DPC PDIP Badung",
    "Bupati Badung", not "di Badung"), is no other place of the figure."""
    after = _AFTER.match(text, number.end)
    if after is not None:
        return after.group(1), False
    # (wider: the second count of "dengan N suara bagi A dan M ..." has the first before it)
    lowest = max(sentence, number.start - _REACH - 80)
    before = (_BEFORE.search(text, lowest, number.start) if _kec_in(text, lowest, number.start)
              else None) or _juxtaposed(reader, text, sentence, number, area)
    if before is not None and not any(before.end(1) <= r.start < number.start
                                      for r in reader.regions):
        return before.group(1), False
    progress = _progress_of(reader, text, sentence, number)
    if progress is not None:
        return progress, False
    line = reader.paragraphs[bisect_right(reader.paragraphs, number.start) - 1]
    if (that := _THAT_ONE.match(text, sentence)) is not None:
        return _named_before(reader, text, line, sentence, that.end(), number)
    opening = clause_opening(text, sentence, number.start) or _OPENING.match(text, sentence)
    if opening is not None and opening.group(1) is None:
        return None  # "...; di Kelurahan X ...": a clause below the kecamatan (clauses)
    runs_on = opening is not None and opening.group(2) is None
    if opening is None and line >= sentence:  # (the heading is in the figure's sentence)
        opening = _HEADED.match(text, line)
        if opening is None and (opening := _loose(_HEADED_RUN.match(text, line), text,
                                                  number.start)) is not None:
            runs_on = True
    if opening is None:
        opening = _loose(_TOPIC_AT.search(text, sentence, number.start), text, number.start) \
            if _kec_in(text, sentence, number.start) else None
    if opening is None:
        opening = BARE_OPENING.match(text, sentence) or \
            _loose(_TOPIC_BARE.match(text, sentence), text, number.start)
        if opening is not None and (_region_here(reader.out.matcher.region(opening.group(1)),
                                                 area) or _named_twice(reader, opening.group(1))):
            opening = None
    if opening is None or KECAMATAN_NAMED.search(text, opening.end(), number.start) is not None or \
            _more_kecamatan(reader, text, opening.end(), area):
        return None
    # No other place between the opening and the figure ("..., sedangkan di Kota X ...").
    if any(opening.end() <= r.start < number.start and not (
            own is not None and r.code == own and not _AT.search(text, r.start - 4, r.start))
           for r in reader.regions):
        return None
    return opening.group(1), runs_on


def _loose(opening, text: str, figure: int):
    """A heading or topic with no separator of its own (_HEADED_RUN, _TOPIC_AT, _TOPIC_BARE),
    unless a TPS or desa is named between it and the figure ("Kecamatan Bangkunat dengan
    progress 16 dari 79 TPS, di Desa Way Haru ... 56 suara": the village's)."""
    if opening is None or _STATION.search(text, opening.end(), figure) is not None:
        return None
    return opening


def _juxtaposed(reader, text: str, sentence: int, number, area: str | None):
    """The kecamatan written right before the count, when the record holds exactly one of
    that name in `area` ("di Kecamatan Balikpapan Barat Rahmad-Bagus 28.778": the pair's name
    runs on, the clause's reading decides) and no TPS or desa is named before it."""
    lowest = max(sentence, number.start - _REACH)
    found = _JUXTAPOSED.search(text, lowest, number.start) \
        if _kec_in(text, lowest, number.start) else None
    if found is None or area is None or reader.out.record is None or \
            _STATION.search(text, sentence, found.start()) is not None or \
            len(kecamatans_named(reader.out.record, area, found.group(1))) != 1:
        return None
    return found


def _kec_in(text: str, start: int, end: int) -> bool:
    """Could a pattern that holds _KEC match inside text[start:end]?"""
    for word in _KEC_WORDS:
        if text.find(word, start, end) >= 0:
            return True
    return False


def _progress_of(reader, text: str, sentence: int, number) -> str | None:
    """The kecamatan the sentence gives its own count's progress before the figure, with no
    other kecamatan, place or desa between ("Kecamatan Bangkunat dengan progress 16 dari 79
    TPS (20,25 persen), yaitu ..."), else None."""
    progress = None
    for progress in _PROGRESS_OF.finditer(text, sentence, number.start) \
            if _kec_in(text, sentence, number.start) else ():
        pass  # (the last one before the figure)
    if progress is None or KECAMATAN_NAMED.search(text, progress.end(), number.start) is not None \
            or _BELOW_WORD.search(text, progress.end(), number.start) is not None \
            or any(progress.end() <= r.start < number.start for r in reader.regions):
        return None
    return progress.group(1)


def progress_kecamatan(reader, number, sentence: int, scope):
    """The scope at the kecamatan whose count the progress is ("Kecamatan Bangkunat dengan
    progress 16 dari 79 TPS (20,25 persen)": the 20,25 is Bangkunat's, as the pairs' counts
    after it are), in the kab/kota named last before it (inside the scope's area); else
    `scope`. The record holds one kecamatan of that name there, or nothing is placed."""
    record = reader.out.record
    if not scope.lower or record is None or scope.kind not in ("president", "governor"):
        return scope
    written = _progress_of(reader, reader.text, sentence, number)
    wide = (scope.region.code or "") if scope.region is not None else ""  # the race's area
    area = next((r.code for r in reversed(reader.regions[:bisect_right(
        reader.region_starts, number.start)]) if r.level == 2 and r.code), None) if written else None
    found = _named(record, area, written, False) if area and area.startswith(wide) else []
    if len(found) != 1:
        return scope
    region = RegionHit(found[0].code, found[0].name, 3, number.start, number.end)
    return replace(scope, region=region, near=True, unclear=False, lower=False, place=False)


def _named_before(reader, text: str, line: int, sentence: int, end: int, number):
    """(the kecamatan the sentence before named last, False) for a sentence opening "Di
    kecamatan itu, ..." ("Satu-satunya kekalahan Koster-Giri ada di Kecamatan Busungbiu. Di
    kecamatan itu mereka hanya mengumpulkan 10.815 suara"), in the same paragraph, with no
    other place between; else None."""
    if sentence <= line:
        return None
    before = reader._start_of(reader.sentences, sentence - 1)
    named = None
    for named in KECAMATAN_NAMED.finditer(text, max(before, line), sentence):
        pass  # (the last one)
    if named is None or KECAMATAN_NAMED.search(text, end, number.start) is not None or \
            any(named.end() <= r.start < number.start for r in reader.regions):
        return None
    return named.group(1), False


def _more_kecamatan(reader, text: str, end: int, area: str | None) -> bool:
    """More places after the opening's comma ("Di Kecamatan Pakem, Turi dan Cangkringan, ..."),
    unless the words are no kecamatan of the kab/kota the record holds: a pair named member by
    member ("Di Kecamatan Kubutambahan, Gede Gadjah dan Agus Suradnyana meraih 10.915 suara")."""
    more = _MORE_PLACES.match(text, end)
    if more is None or area is None or reader.out.record is None:
        return more is not None
    name = _LIST_END.sub("", more.group(0).strip())
    return bool(_named(reader.out.record, area, name, True)) or \
        reader.out.matcher.region(name) is not None


def more_places(text: str, end: int) -> bool:
    """Do more places follow a place name ending at `end` ("Di Pakem, Turi, dan Cangkringan,
    ..."): the figure after them is theirs together, not the first one's."""
    return _MORE_PLACES.match(text, end + (text[end:end + 1] == ",")) is not None


def _named_twice(reader, name: str) -> bool:
    """Is a bare name a kecamatan of two kab/kota the page names ("Labuhan Ratu" of Lampung
    Timur and of Kota Bandar Lampung)? The kab/kota named last need not be the one meant."""
    record = reader.out.record
    kabs = {r.code for r in reader.regions if r.level == 2 and r.code}
    return record is not None and len(kabs) > 1 and \
        sum(1 for kab in sorted(kabs) if kecamatans_named(record, kab, name)) > 1


def _kabkota(reader, race, scope, number) -> str | None:
    """The kab/kota the kecamatan is looked for in: the regent's or mayor's own, else (a
    governor's or the president's race) the one named last before the figure, else the one
    the page is about, else the one kab/kota of the race's area the page has named before the
    figure ("Pilgub NTB" named after "Kabupaten Lombok Tengah": the province is no kab/kota
    to look in, the one the page named is); either inside the race's area."""
    if len(race.region) == 4:
        return race.region
    for hit in (scope.region, reader.out.scope.region):
        if hit is not None and hit.level == 2 and hit.code and hit.code.startswith(race.region):
            return hit.code
    named = {r.code for r in reader.regions[:bisect_right(reader.region_starts, number.start)]
             if r.level == 2 and r.code and r.code.startswith(race.region)}
    return named.pop() if len(named) == 1 else None
