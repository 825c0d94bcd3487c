"""Wordings that change what a figure in running text is (issue 10, precision first): the old
value of a correction, a headline's "Data 78%", places listed together, a count with no unit
after a label. Patterns and small pure tests; checker/figures/from_text.py applies them."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from checker.analyse.opening_words import ODD_CASES, lowered_alike

__all__ = ["ANAPHORA", "ANAPHORA_OPENS", "CLAUSE", "GAINS", "JOINERS", "LOOK_AFTER", "MEMBER_JOIN",
           "NAME_WORD", "NOT_VOTES", "OWNED_PLACE", "OWNER_AFTER", "PAIR_JOIN", "PROGRESS_AFTER",
           "STATIONS", "THIS_BALLOT", "TOPIC_CLAUSE", "TRAILING_JOIN", "VOTE_CONTEXT", "YEAR",
           "assured", "capitalised", "data_label", "edge_words", "listed", "longest_words",
           "may_end_with", "may_hold", "may_match", "may_say", "may_say_between", "next_item",
           "numbered_act", "search_between", "superseded", "word_pattern"]

# ODD_CASES: the non-ASCII characters re.IGNORECASE takes for an ASCII letter that str.lower()
# does not turn into that letter alone: dotless i, long s, and dotted capital I (it lowers to i
# and a combining dot). The Kelvin sign lowers to k.

def capitalised(most: int) -> str:
    """A pattern of a name as written: a capitalised word ("Ma'ruf", "Ilir", "I"), then at most
    `most` - 1 more on the same line ("Ilir Barat I", "Tebing Tinggi"). Case decides, so it is
    spliced where case counts (or in a (?-i:...) group)."""
    return r"[A-Z][\w'-]*(?:[^\S\n]+[A-Z][\w'-]*){0," + str(most - 1) + "}"


@lru_cache(maxsize=32)
def word_pattern(words: tuple[str, ...]) -> re.Pattern:
    """A case-blind pattern for any of the rules' `words` as whole words, longest first (a
    space: any run of spaces); one that never matches for none."""
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(
        (re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)) +
        r")(?!\w)", re.IGNORECASE) if words else re.compile(r"(?!)")


def may_say(text: str, *words: str) -> bool:
    """Could a case-blind pattern that always contains one of `words` (lower case) match in
    `text`? False only when it cannot: a C-speed look for the word spares a regex pass whose
    every position is tried in Python's engine (a pattern opening with a look-behind or a
    word boundary; 50 ms over a hostile page's 200 KB paragraph)."""
    if not text.isascii() and _odd(text):  # (none in an ASCII text: one C test, no call)
        return True
    lowered = text.lower()
    for word in words:  # (a loop, not any() over a generator: asked ~20 times a check)
        if word in lowered:
            return True
    return False


def longest_words(phrases) -> tuple[str, ...] | None:
    """The longest word of each phrase, lower case: every match of a case-blind alternation
    of the phrases holds one, so a window with none of them cannot match (may_say_between:
    a C-speed look spares a regex tried at every position, figure after figure). None: ask
    the regex (a phrase not ASCII, or with no word). Worked out once per rules' word list
    (tuple() of a tuple is the tuple itself: figure after figure asks with the same one)."""
    return _longest_words(tuple(phrases))


@lru_cache(maxsize=32)
def _longest_words(phrases: tuple[str, ...]) -> tuple[str, ...] | None:
    keys = []
    for phrase in phrases:
        words = _WORD_RUN.findall(phrase)
        if not words or not phrase.isascii():
            return None
        keys.append(max(reversed(words), key=len).lower())
    return tuple(keys)


def edge_words(phrases, last: bool = True) -> tuple[str, ...] | None:
    """The last (or first) word of each phrase as written, lower case ("(lebih",
    "sekurang-kurangnya"): each match of a case-blind alternation of the phrases (any space
    between words) holds it; one that ends the text (then only space) ends in the last
    (may_end_with). None: ask the regex (no phrase, or one blank or not ASCII)."""
    if not phrases or any(not p.split() or not p.isascii() for p in phrases):
        return None
    return tuple(p.split()[-1 if last else 0].lower() for p in phrases)


def may_end_with(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Could a case-blind pattern that ends in its phrases, then only space to the end of the
    text, match in text[start:end], `words` the last words of its phrases (edge_words)? Only
    if the window, its trailing space stripped (str.rstrip strips what the regex takes for
    space), ends in one: a C-speed test for the bound and margin words right before a
    figure, where the regex tries every one of 40 positions (4 us a figure)."""
    tail = text[start:end].rstrip()
    return not tail.isascii() and _odd(tail) or tail.lower().endswith(words)


def may_hold(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """may_say(text[start:end], *words), with no scan for the odd cases in an ASCII window."""
    window = text[start:end]
    if not window.isascii() and _odd(window):  # (asked ~2,000 times a page: no call when ASCII)
        return True
    lowered = window.lower()
    for word in words:
        if word in lowered:
            return True
    return False


def _odd(text: str) -> bool:
    """Does `text` hold a character of ODD_CASES? (None in ASCII: one C test, not three.)"""
    if text.isascii():
        return False
    for odd in ODD_CASES:
        if odd in text:
            return True
    return False


_WORD_RUN = re.compile(r"\w+")
_LONG = 400  # a page's text, asked about again and again (shorter: each time the plain way)
# The last long text: (text, its lower case or None, word -> where it stands in it).
_PAGE: list[tuple[str, str | None, dict[str, tuple[list[int], list[int]]]]] = []


def may_match(text: str, phrases: tuple[str, ...]) -> bool:
    """Could a pattern of any of `phrases` match in `text`? Not when no phrase's longest word
    is in it (a C-speed look that spares a regex pass)."""
    keys = longest_words(phrases)
    return keys is None or may_say(text, *keys)


def may_say_between(text: str, start: int, end: int, *words: str) -> bool:
    """may_say(text[start:end], *words), asked for window after window of one page's text
    (a figure's sentence, the 40 characters before it): the page is lowered once and each
    word's places in it found once (str.find); a window is then a bisection, with no slice
    and no lowering per window. A page with a character whose lower case is not one
    character, or that a case-blind pattern takes for an ASCII letter, is asked the plain
    way."""
    found = _places(text, words) if len(text) >= _LONG else None
    if found is None:
        return may_say(text[start:end], *words)
    starts, ends = found
    index = bisect_left(starts, start)
    while index < len(starts) and starts[index] < end:
        if ends[index] <= end:
            return True
        index += 1
    return False


def _places(text: str, words: tuple[str, ...]) -> tuple[list[int], list[int]] | None:
    """Where each of `words` starts and ends in the page's lowered text, in order, found once
    per page and set of words; None for a page that does not lower alike."""
    if not (_PAGE and _PAGE[0][0] is text):
        _PAGE[:] = [(text, lowered_alike(text), {})]
    _, lowered, spots = _PAGE[0]
    if lowered is None:
        return None
    key = "\0".join(words)
    found = spots.get(key)
    if found is None:
        places = sorted((at, at + len(word)) for word in set(words)
                        for at in found_at(lowered, word))
        found = spots[key] = ([a for a, _ in places], [b for _, b in places])
    return found


_PLAIN = 16  # asks of one page searched the plain way before its places are found
_ASKED: list[tuple[str, dict]] = []  # (the last page's text, id(pattern) -> times asked)


def search_between(pattern: re.Pattern, text: str, start: int, end: int,
                   words: tuple[str, ...]) -> re.Match | None:
    """pattern.search(text, start, end) for a case-blind pattern whose every match opens with
    one of `words` (lower case): tried only where one of them stands in the window, leftmost
    first (the same match: a match can start nowhere else, and match() with the window's end
    reads the text around it as search() does). The places are the page's, found once
    (may_say_between) when the page has asked more than _PLAIN times (finding them costs more
    than a news page's few plain searches); a short text, or one that does not lower alike,
    the plain way."""
    found = None
    if len(text) >= _LONG:
        if not (_ASKED and _ASKED[0][0] is text):
            _ASKED[:] = [(text, {})]
        asked = _ASKED[0][1]
        # (by id: a pattern's hash is computed over its compiled code at each ask, 3 us for
        # _LEAD_OVER's; the count only chooses the way, both ways give the same match)
        key = id(pattern)
        asked[key] = times = asked.get(key, 0) + 1
        found = _places(text, words) if times > _PLAIN else None
    if found is None:
        return pattern.search(text, start, end)
    starts = found[0]
    index = bisect_left(starts, max(0, start))
    while index < len(starts) and starts[index] < end:
        match = pattern.match(text, starts[index], end)
        if match is not None:
            return match
        index += 1
    return None


def found_at(text: str, word: str) -> list[int]:
    """Every position of `word` in `text` (str.find: C speed)."""
    found, at = [], text.find(word) if word else -1
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


PAIR_JOIN = re.compile(r"\w\s*[-\u2013\u2014/&+]\s*\w|\s(?:dan|and)\s", re.IGNORECASE)
# Where a written pair parts into its members: "Haris-Sani", "Jokowi-Ma'ruf", "Agus/Sylvi",
# "Ganjar Pranowo dan Taj Yasin" (matching, past_pairs).
MEMBER_JOIN = re.compile(r"\s*[-\u2013\u2014/&+]\s*|\s+(?:dan|and)\s+", re.IGNORECASE)
# Running text writes counts of a thousand or more with a separator ("2.024 suara"); four bare
# digits from 1900 to 2099 before "suara" are a year (a masthead: "\u00a9 2024 Suara Banten").
YEAR = re.compile(r"(?:19|20)\d\d")

# How running text words a figure (used by from_text.py).
# The verbs a pair obtains its figure with ("meraih 50,07 persen", "mengantongi 2.183.239
# suara"): one alternation, spliced into the patterns of several modules with their own words.
GAINS = r"meraih|memperoleh|mendapat(?:kan)?|mengantongi|meraup"
# A polling station, abbreviated or not ("85,5 persen dari seluruh TPS").
STATIONS = r"(?:tps|tempat\s+pemungutan\s+suara)"
# A quick count by its name: "quick count", "hitung cepat", "penghitungan/perhitungan cepat"
QUICK_COUNT = r"quick\s+count|(?:peng|per)?hitung(?:an)?\s+cepat"
# The verbs that attribute a quote to its speaker ('...," ujar Ketua KPU', "katanya")
SPEECH_VERBS = r"ujar|kata|ucap|tutur|jelas|ungkap|terang|papar|tegas|sebut"
CLAUSE = re.compile(r"[,;:()\[\]|\u2022\u00b7\n]|\s(?:dan|serta|sedangkan|sementara)\s")
# What a not-share word reaches across: a clause, but not a colon. "Survei elektabilitas:
# Andra Soni-Dimyati 57,49 persen" labels the figures after it as a survey's.
TOPIC_CLAUSE = re.compile(r"[,;()\[\]|\u2022\u00b7\n]|\s(?:dan|serta|sedangkan|sementara)\s")
NAME_WORD = re.compile(r"[^\W\d_][\w'\u2019]*\.?")
JOINERS = ("", "-", "\u2013", "\u2014", "/", "&", "+")
VOTE_CONTEXT = re.compile(r"(?:suara|memperoleh|meraih|mendapat(?:kan)?|mengantongi|perolehan|"
                           r"raih|votes?|dipilih)\W+(?:\w+\W+){0,3}$", re.IGNORECASE)
# (a line that opens at the next kecamatan's name, "5.624\nKecamatan Meukek", is its heading)
NOT_VOTES = re.compile(r"\s*(?!(?<=\n)(?-i:Kecamatan|Desa|Kelurahan)[^\S\n]+(?-i:[A-Z]))(?:tps|"
                       r"pemilih|dpt|orang|penduduk|rupiah|kursi|desa|kelurahan|kecamatan|saksi)"
                       r"\b", re.IGNORECASE)
# In English, what was counted and the verb: "(of the) votes counted", "ballots tallied",
# "sample votes counted", "polling stations reporting" (blind hunt 45); a pair's share "of the
# votes counted" is counted_share's.
_COUNTED_EN = (r"(?:ballots?|votes?|samples?|sample[^\S\n]+(?:votes?|ballots?)|polling[^\S\n]+"
               r"stations?|forms?)[^\S\n]+(?:(?:were|was|had[^\S\n]+been|have[^\S\n]+been)"
               r"[^\S\n]+)?(?:counted|tallied|processed|reported|reporting|in)")
# "99 persen TPS", "dari 83,75% sampel suara yang masuk", "99,75 persen data suara masuk",
# "saat 98% suara sudah masuk", "mencakup 97,83% data dari seluruh TPS": the share of TPS or
# sample counted; "sudah 100 persen data quick count yang masuk" (corpus-ba, Liputan6)
PROGRESS_AFTER = re.compile(r"[^\S\n]*(?:data\s+(?=dari\s))?(?:dari\s+(?:total\s+|seluruh\s+|"
                            r"semua\s+)?|total\s+|of\s+(?:the\s+)?)?(?:tps|data\s+(?:suara\s+|"
                            r"(?:quick|real)\s+count\s+|hitung\s+(?:cepat|nyata)\s+)?"
                            r"(?:yang\s+)?masuk|suara\s+(?:(?:sudah|telah)\s+)?masuk|progres|"
                            r"sampel|polling\s+stations?|" + _COUNTED_EN + r")\b", re.IGNORECASE)
# The words after a figure that give it to the name written next ("... suara untuk X", "diraih
# X", "memilih pasangan X"); LOOK_AFTER adds those that may only point at it ("oleh", "dari");
# English "for" as "untuk" (blind hunt 45: "against 40.86 percent for Andika-Hendi").
_GIVEN_TO = r"untuk|bagi|milik|(?:diraih|diperoleh|ditorehkan|diraup|dikantongi|didapat(?:kan)?)(?:\s+oleh)?|for"
# English passives, "the 7.87 million votes won by his only rival, former military commander
# Andika Perkasa ..." (the Jakarta Post, corpus-bf; blind 45), past an apposition to the name.
_WON_BY = (r"(?:won|secured|garnered|received|obtained|collected|polled|gained|bagged)\s+by"
           r"(?:\s+(?:his|her|their)(?:\s+(?:only|main|closest|nearest|sole))?\s+"
           r"(?:rival|opponent|challenger|contender)s?\s*,(?:\s+(?-i:[a-z][\w-]*)){0,4})?")
_VOTE_NOUN = r"(?:suara\s+(?:sah\s+)?|(?:of\s+the\s+)?(?:valid\s+)?votes?\s+)?"  # "N % of the votes won by"
_CHOSE = r"memilih(?:\s+(?:pasangan|paslon))?"
LOOK_AFTER = re.compile(rf"\s*{_VOTE_NOUN}(?:{_WON_BY}|{_GIVEN_TO}|oleh|"
                        rf"dari(?:\s+(?:pasangan(?:\s+calon)?|paslon))?|{_CHOSE})\s+", re.IGNORECASE)
# "Kalah Telak di TPS Edy Rahmayadi": the polling station (or home) where a person voted; the
# name after it is a place, not the pair whose figure follows.
OWNED_PLACE = re.compile(r"\b(?:tps|kediaman|rumah)[^\S\n]+$", re.IGNORECASE)
# "... berbanding 192.884 suara untuk Prabowo-Gibran": the pair written right after the figure
# owns it, whoever the sentence named before (LOOK_AFTER's words that give, not take, a count).
# "936.609 suara memilih pasangan Agus-Sylvi": the voters chose the pair written after.
# "42,75 persen suara ditorehkan calon tunggal": the other passive verbs of obtaining (blind 27).
# "dan 30 persen dari paslon Faruq-Ashim" (blind hunt 29): "dari" a pair, never "dari total
# suara" nor "dari 377 TPS".
_FROM_PAIR = r"dari(?=\s+(?:pasangan|paslon)\b)"
OWNER_AFTER = re.compile(rf"\s*{_VOTE_NOUN}(?:{_WON_BY}|{_GIVEN_TO}|{_CHOSE}|{_FROM_PAIR})\s+",
                         re.IGNORECASE)
# "Bupati petahana ini unggul dengan 261.418 suara", "Penantang itu meraih 5.133 suara": an
# office holder only as the incumbent ("Wali Kota Solo itu meraih ..." names a place, and the
# figure may be the country's). "Pasangan usungan Koalisi Indonesia Maju (KIM) itu": the pair
# named by the parties that put it up (their names capitalised, or a short name in brackets,
# "Partai Golongan Karya (Golkar)", BeritaManado, corpus-ak;
# listed with commas: "Pasangan yang didukung PDI Perjuangan, PKB, NasDem dan partai
# nonparlemen PBB ini", Mimbar Nusantara, corpus-af).
ANAPHORA = re.compile(r"\b(?:mereka|keduanya|the\s+(?:pair|duo)|(?:pasangan|paslon)(?: [^\W\d_]+)? (?:ini|itu|"
                       r"tersebut)|(?:pasangan|paslon)\s+(?:usungan|dukungan|yang\s+diusung|"
                       r"yang\s+didukung)(?:\s+(?-i:[A-Z][\w-]*)|\s+\((?-i:[A-Z][A-Za-z]{1,11})\)|"
                       r",|"
                       r"\s+(?:dan|serta|partai|koalisi|gabungan|nonparlemen)){1,16}\s+"
                       r"(?:ini|itu|tersebut)|"
                       r"penantang (?:ini|itu|tersebut)|(?:bupati|wali ?kota|"
                       r"gubernur|calon) petahana (?:ini|itu|tersebut)|"
                       # "sebelumnya memiliki 130.943 suara; ditambah suara PSU 4, hasil
                       # akhirnya 130.947 suara": the pair's total after a re-vote (corpus-ab)
                       r"(?:hasil|perolehan|total)(?:\s+suara)?\s+akhirnya|"
                       # "53,25% suara. Angka itu setara dengan 446.113 suara", "Jumlahnya
                       # setara 391.660 suara": the figure before, restated (corpus-j)
                       r"(?:angka|jumlah)(?:nya|\s+(?:itu|ini|tersebut))\s+setara|"
                       # "Suara tertingginya datang dari Kapanewon Pengasih": "-nya" on a
                       # superlative of votes is the pair just spoken of (corpus: ANTARA Jogja)
                       r"(?:suara|perolehan(?:\s+suara)?|raihan(?:\s+suara)?)\s+(?:tertinggi|"
                       r"terbanyak|terbesar)nya|"
                       r"ia|dia|beliau|they|he|she)\b", re.IGNORECASE)  # ("They won 50.07 ...")
# The words every match of ANAPHORA opens with (search_between: a figure's 300 characters
# before it, on a hostile page of 1,500 figures, were tried position by position).
ANAPHORA_OPENS = ("mereka", "keduanya", "pasangan", "paslon", "penantang", "bupati", "wali",
                  "gubernur", "calon", "hasil", "perolehan", "total", "angka", "jumlah", "suara",
                  "raihan", "ia", "dia", "beliau", "the", "they", "he", "she")  # English too

# "berubah dari 329.551 suara menjadi 308.293 suara", "naik dari X menjadi Y", "semula X": the replaced value.
_FROM = re.compile(r"(?:\b(?:dari|semula)\s+(?:angka\s+|sebanyak\s+)?)$", re.IGNORECASE)
_FROM_ENDS = ("dari", "semula", "angka", "sebanyak")  # what a _FROM match ends in, then space
_TO = re.compile(r"[^.;\n]{0,40}?\b(?:menjadi|jadi|kini)\b", re.IGNORECASE)
# "Data 78%", "data: 78,10%": the share of data in, not any pair's share.
_DATA = re.compile(r"\bdata\s*:?\s*$", re.IGNORECASE)
# Between two places of a list: "Aceh dan Sumatera Barat", "Bali, NTT".
_LIST_JOIN = re.compile(r"\s*(?:,|dan|serta|&)\s*(?:dan\s+)?", re.IGNORECASE)


def superseded(text: str, start: int, end: int) -> bool:
    """Is the figure at text[start:end] the old value of a stated change?"""
    return may_end_with(text, max(0, start - 20), start, _FROM_ENDS) and \
        bool(_FROM.search(text, max(0, start - 20), start)) and bool(_TO.match(text, end))


# "UU No. 10 Tahun 2016", "PKPU Nomor 8 Tahun 2024": a numbered act's year, no election's.
_ACT_YEAR = re.compile(r"\b(?:nomor|no\.?)[^\S\n]*\d+[a-z]?[^\S\n]+tahun[^\S\n]+(?:19|20)\d\d$",
                       re.IGNORECASE)


def numbered_act(text: str, year_end: int) -> bool:
    """Is the year ending at `year_end` the year of a numbered law, regulation or decree?"""
    return _ACT_YEAR.search(text, max(0, year_end - 40), year_end) is not None


# "Tim Hukum: Kami Siap 100 Persen", "yakin 100 persen menang": readiness or certainty, no
# pair's share (blind hunt 22: a legal team's headline read as its pair's share; on a Pilgub page
# it was graded discrepant). Only right before the number: "siap dilantik usai meraih 64,52
# persen" is a share.
_ASSURED = re.compile(r"\b(?:siap|yakin|percaya|optimis(?:tis)?|mantap)[^\S\n]*$", re.IGNORECASE)


def assured(text: str, start: int) -> bool:
    """Does a word of readiness or certainty stand right before the number at `start`?"""
    return _ASSURED.search(text, max(0, start - 16), start) is not None


def data_label(text: str, start: int) -> bool:
    return bool(_DATA.search(text, max(0, start - 8), start))


# The last item of a list of three places or more, some of which no region name of ours
# ("Sulawesi, Kalimantan, Nusa Tenggara, hingga Papua"): capitalised items parted by commas,
# then a joiner word. Two ("Pilgub Sulawesi dan Maluku") may be a heading's own area.
_ITEM = r"[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2}"
_LIST_TAIL = re.compile(_ITEM + r",[ \t]+" + _ITEM + r",?[ \t]+(?:dan|serta|hingga|sampai|&)[ \t]+$")


def ends_list(text: str, start: int) -> bool:
    """Is the place at `start` the last of a list ("..., Nusa Tenggara, hingga Papua")?"""
    return _LIST_TAIL.search(text, max(0, start - 80), start) is not None


# "Kemenangan di Aceh menjadi yang kedua bagi Anies-Muhaimin setelah mereka menguasai Sumatera
# Barat": a place won before (or besides), named in passing to compare with the one reported.
_WON_BEFORE = re.compile(r"\b(?:setelah|sesudah|selain|menyusul|seperti)\b[^.!?\n]{0,40}?\b"
                         r"(?:menguasai|memenangi|memenangkan|menang|unggul|berjaya|menyapu\s+"
                         r"bersih)(?:\s+(?:juga\s+|pula\s+)?di)?\s+(?:(?:Provinsi|Prov\.)\s+)?$",
                         re.IGNORECASE)


def won_before(text: str, start: int) -> bool:
    """Is the place at `start` one won before, named in passing ("setelah mereka menguasai
    Sumatera Barat")? Then it is no area of the figures in the sentences after it."""
    return _WON_BEFORE.search(text, max(0, start - 80), start) is not None


def listed(text: str, before_end: int, start: int) -> bool:
    """Is a place that starts at `start` the next item of a list whose previous place ends at
    `before_end` ("Aceh dan Sumatera Barat")?"""
    return 0 <= start - before_end <= 12 and \
        _LIST_JOIN.fullmatch(text, before_end, start) is not None


# "nomor urut 02 ini": the pair just named with that number, not another.
THIS_BALLOT = re.compile(r"\bnomor\s+urut\s+0*\d{1,2}\s+(?:ini|itu|tersebut)\b", re.IGNORECASE)
# A join left at the end of a run of name words ("Ridwan Kamil dan", "Pramono -").
TRAILING_JOIN = re.compile(r"(?:(?:^|\s+)(?:dan|and)|\s*[-\u2013\u2014/&+])+\s*$", re.IGNORECASE)


# What opens a sentence's next item ("60,51 persen, sedangkan di Kota Depok ... 40,2 persen";
# "97,8 persen, ... wilayah; hanya DKI yang tidak"): a place after it is that item's.
_NEXT_ITEM = re.compile(r";|\b(?:sedangkan|sementara|adapun|namun|tetapi|disusul|diikuti)\b",
                        re.IGNORECASE)
_FIGURE = re.compile(r"[\d.,]*")


def next_item(text: str, figure: int, place: int) -> bool:
    """Does a next item open between the figure at `figure` and a place named at `place`?"""
    return _NEXT_ITEM.search(text, _FIGURE.match(text, figure).end(), place) is not None
