"""A figure a party owns ("PDIP 17,96%", "PDI-P meraih suara terbanyak, yakni 21,9 juta
suara"): the party's share or count of the legislative vote, never a pair's, whatever race the
page is about (issue 10, corpus-m: a headline's "Prabowo 58,51% PDIP 17,96%" read 17,96 as
Prabowo's). A party that backs a pair ("yang diusung PDIP meraih 227.312 suara") owns nothing.
Patterns only; checker/figures/from_text.py asks, per figure."""

from __future__ import annotations

import re

from checker.figures.backing_house import backing_clause
from checker.figures.cues import Mark, mark_before
from checker.figures.dapil import in_numbered_dapil
from checker.figures.house_after import house_after
from checker.figures.wording import PAIR_JOIN, may_end_with, may_hold

__all__ = ["PARTY", "PARTY_WORD", "house_at", "owning_party", "party_name", "party_owns"]

# The parties of the 2024 Pemilu as pages write them, and "Partai X". Case-sensitive: "PAN"
# and "PSI" are words only in capitals.
_NAMES = (r"Gerindra|Golkar|PKB|Nas[Dd]em|PKS|Demokrat|PAN|PSI|Perindo|PPP|Hanura|Gelora|PBB|"
          r"PKN|Ummat|Garuda")
_PARTY = re.compile(r"(?<![\w-])(?:PDI[- ]?P|PDI\s+Perjuangan|" + _NAMES +
                    r"|Partai\s+[A-Z][\w-]*)(?![\w-])")
PARTY = _PARTY  # the same pattern, for the label's tallies (checker/analyse/checks/tallies.py)
# A party as the owner of its figure is written in full: "Partai Gelora Indonesia 4.320 suara",
# "Partai Keadilan Sejahtera dengan 70.736 suara" (their names, not "Indonesia" or a pair's).
_OWNER = re.compile(r"(?<![\w-])(?:PDI[- ]?P|PDI\s+Perjuangan|" + _NAMES +
                    r"|Partai(?:[^\S\n]+[A-Z][\w-]*){1,3})(?![\w-])")
# A word each party's name (as _PARTY matches it) holds, case and all: a window with none of
# them, most (names and places hold a P, G, N, D or H), has no party (one C-speed search).
_NAMED = re.compile(r"PDI|" + _NAMES + r"|Partai")
PARTY_WORD = _NAMED  # (the label's tallies ask it first too)
# A party named as the pair's backer, member or ally: the pair owns the figure. The "oleh" of a
# party's chairman ("partai yang diketuai oleh <a running mate>, yakni PKB dengan N suara")
# backs nothing: the party is the one led (PKB's 16.115.655 in the 2024 national plenary).
# No figure between: "Partai Garuda 946 suara, Partai Hanura 914 suara" is a list of parties,
# Hanura no backer's.
# A bracket closed between ends it: "oleh X (Partai NasDem), kursi kedua Partai Golkar total
# 35.722 suara" names X's party, then Golkar's own total (blind 16); "dari dapil Malut jatuh ke
# PDIP" names where the seats are from, no party's member.
_BACKER = re.compile(r"\b(?:diusung|didukung|usungan|dukungan|pengusung|pendukung|koalisi|kader|"
                     r"backed|supported|nominated|endorsed|coalition|alliance|"
                     r"dari(?![^\S\n]+(?:dapil|daerah[^\S\n]+pemilihan)\b)|"
                     r"(?<!ketuai )(?<!pimpin )oleh|bersama|partai)\b[^.;:\n\d)]{0,40}$",
                     re.IGNORECASE)
# A party's verbs of obtaining, any ending ("mendapatkannya"): wording.GAINS and a few more.
_GETS = r"meraih|memperoleh|mendapat\w*|mengantongi|meraup|mengumpulkan|mendulang"
# ... and in English, with a place in the ranking ("placed third with", "came second with"):
# English pages name a party by its chairman, a pair's candidate ("Prabowo Subianto's Gerindra
# Party placed third with 20 million votes", blind 53); the figure after its verb is the party's.
_GETS_EN = r"won|gained|secured|received|obtained|garnered|collected|placed|came|finished|ranked"
# "Party" after an English page's party name ("the Gerindra Party", "Prabowo's Gerindra Party").
_PARTY_WORD_EN = r"(?:[^\S\n]+Party)?"
# A party, then the clause naming its chairman, then the party's verb: "<party> yang diketuai
# <a candidate> itu meraih N suara" is the party's (Gerindra's 20.071.708 in the national
# plenary of 20 Mar 2024, its chairman a presidential candidate). The clause holds no other "yang", no pair word and no
# number, so a pair the party backs later in the sentence keeps its figure. The party's place
# in the ranking may stand for the verb, as it does without a chairman (_GAP): "Partai Gerindra
# yang dipimpin Prabowo Subianto berada di posisi ketiga dengan 20.071.708 suara" (Fortune
# Indonesia, corpus-bc: read as Prabowo-Gibran's).
_RANKED = r"(?:berada|menempati|menyusul)\b(?:[^\S\n]+[a-z]+){0,5}[^\S\n]+dengan"
_CHAIRED = re.compile(r"\s+yang\s+(?:di\s?ketuai|dipimpin)\s+(?:oleh\s+)?"
                      r"(?:(?!\b(?:yang|pasangan|paslon|mengusung|mendukung)\b)[^.;:\n\d]){0,80}?"
                      r"\s(?:(?:itu|tersebut|berhasil|hanya|juga)\s+)*(?:" + _GETS + r"|" +
                      _RANKED + r")\s+", re.IGNORECASE)
# A party, then its chairman or an aside about it, then the party's verb (blind 37, the DPR
# plenary of 20 Mar 2024 re-run): "PKB besutan Muhaimin Iskandar mengantongi 10,62 persen",
# "Gerindra yang dipimpin ... Prabowo Subianto menempati posisi ketiga dengan 20 juta suara",
# "PKB – yang ketuanya Muhaimin Iskandar adalah pasangan calon presiden Anies Baswedan –
# menempati posisi keempat dengan 16,1 juta suara", "Gerindra (partai yang dipimpin capres X)
# meraup ...". An aside between brackets (a word in lower case in it) or dashes holds no
# number; a chairman's clause no other "yang", pair word or number (so "PDIP pimpinan Megawati
# mengusung pasangan X yang meraih ..." keeps X's figure); the verb may be a ranking's
# ("berada di urutan keempat dengan").
_ASIDE = (r"(?:\s*\((?=[^()\n]*\b[a-z]{3})[^()\n\d]{1,80}\)|"
          r"\s+[–—-]\s(?:(?!\s[–—-]\s)[^\n\d]){1,160}\s[–—-](?=\s))")
# The party's short form in brackets ("Partai Kebangkitan Bangsa (PKB) besutan ..."): no aside
# by itself (a party's plain ranking after it, "PDI Perjuangan (PDI-P) berada di tempat kedua
# dengan", is left as before: only a leader or an aside makes the figure the party's here).
_SHORT_FORM = r"(?:\s*\([A-Z][\w-]{1,10}\))?"
_LEADER = (r"\s+(?:yang\s+)?(?:di\s?ketuai|dipimpin|besutan|pimpinan|asuhan|milik|ketua(?:nya|"
           r"\s+umum(?:nya)?))\s+(?:oleh\s+)?"
           r"(?:(?!\b(?:yang|pasangan|paslon|mengusung|mendukung)\b)[^.;:\n\d]){0,80}?(?=\s)")
# The party's own apposition between commas ("PKB, partai yang dipimpin Muhaimin Iskandar,
# meraih ...") and the pair it backs in its relative clause ("Partai NasDem yang mengusung
# Anies Baswedan meraih 9,66 persen"): the party is still its verb's subject (probed, blind 37).
# The apposition may name the party by the pair it backs: "PKS, pengusung Anies-Muhaimin,
# meraih 1.012.028 suara" is PKS's DPRD DKI count (blind 52, probed: graded as the pair's).
_APPOSED = r",\s+(?:partai|parpol|pengusung|pendukung)\b[^,;.\n\d]{1,100},"
# ... and in English, the chairman's words then perhaps his own apposition ("the PKB, chaired
# by Muhaimin Iskandar, the running mate of Anies Baswedan, won ..."; "Gerindra, the party of
# Prabowo Subianto, secured ...", blind 53). No "pair" in it: "Gerindra, the pair's party, ..."
# is no chairman's.
_APPOSED_EN = (r",\s+(?:the\s+party\s+of|whose\s+(?:chair\w*|leader)|(?:chaired|led|headed|"
               r"founded)\s+by)\b(?:(?!\bpair)[^,;.\n\d]){1,80}"
               r"(?:,\s+(?:the|a|an)\s+(?:(?!\bpair)[^,;.\n\d]){1,100})?,")
_BACKING = (r"\s+yang\s+(?:mengusung|mendukung|mencalonkan)\s+"
            r"(?:(?!\byang\b)[^.;:,\n\d]){1,80}?(?=\s)")
_VERB = (r"\s+(?:(?:itu|tersebut|tercatat|kembali|berhasil|hanya|juga)\s+)*(?:" + _GETS +
         r"|" + _GETS_EN + r"|berada|menempati|menduduki|menyusul)\b(?:[\s,]+[a-z]+){0,5}[\s,:(]+")
_LED = re.compile(r"\)?" + _PARTY_WORD_EN + _SHORT_FORM + r"(?:" + _ASIDE + r"{1,2}(?:" + _LEADER + r")?|" +
                  _LEADER + r"|" + _APPOSED + r"|" + _APPOSED_EN + r"|" + _BACKING + r")" + _VERB)
# What every _LED match holds right after the party (its short form in brackets aside): a
# bracket, a dash or a leader's word. A party with none of them after it is not tried (the
# test runs for every figure near a party: substring tests, C-speed).
_LED_HINTS = ("(", "–", "—", " - ", "ketua", "pimpin", "besutan", "asuhan", "milik", ", partai",
              ", parpol", ", pengusung", ", pendukung", "yang mengusung", "yang mendukung",
              "yang mencalonkan", "chaired", "led by", "headed by", "founded by", "the party of",
              "whose")
# A party listed after "yaitu"/"yakni" is the one named, no backer of a pair: "dua partai
# pro-Anies lainnya, yaitu Partai NasDem dengan 14,6 juta suara" (blind 37).
_LISTED = re.compile(r"\b(?:yaitu|yakni)[^\S\n]*:?[^\S\n]*$", re.IGNORECASE)

# Between the party and its figure: nothing ("PDIP 17,96%", "PDIP: 17,96%"), or the party
# getting it, in lower-case words ("PDI-P meraih suara terbanyak, yakni 21,9 juta"): no name,
# no other number, no "dengan data masuk" (a party's own count's progress is no vote).
# "PDIP berada di urutan pertama dengan 15,85%", "Golkar menyusul di posisi kedua dengan",
# "Gerindra dengan 13,57%": its place in the ranking, then its share (detikINET, corpus-r).
# "PSI tercatat memperoleh 2.001.493 suara": one adverb before the verb (Republika).
# "PKB total suara 36.708", "Partai Golkar total 35.722 suara", "jumlah suara sebanyak": the
# party's sum named before it (blind 16, a KPU province's plenary of its DPRD seats).
# "Partai Gerindra yang meraih 20.071.708 suara": the verb in a relative clause (DW, corpus-am).
# "Partai Demokrasi Indonesia Perjuangan (PDIP) keluar sebagai pemenang dengan 25.387.279
# suara", "Partai Kebangkitan Bangsa (PKB) dengan 10,62 persen": the short form in brackets
# (its ")" before the gap) and the winner's words (Fortune Indonesia, corpus-bc: no claim).
# "Anies-Muhaimin yang diusung PKS meraih 41,07 persen, sedangkan PKS sendiri meraih 16,68
# persen": the party "itself", set against the pair it backs (blind 52, probed: PKS's DPRD DKI
# share was graded as Anies-Muhaimin's).
_GAP = re.compile(r"\)?" + _PARTY_WORD_EN +
                  r"(?:\s*[:(]?\s*|\s+(?:yang\s+)?(?:sendiri\s+)?(?:(?:tercatat|kembali|berhasil|hanya|"
                  r"juga)\s+)?(?:" + _GETS + r"|" + _GETS_EN + r"|berada|menempati|menyusul|ditetapkan|"
                  r"keluar|dengan)\b"
                  r"(?:[\s,]+[a-z]+){0,5}[\s,:(]+|"
                  r"\s+(?:total|jumlah)(?:\s+suara)?(?:\s+(?:sebanyak|sejumlah))?[\s:]+)")

# Between a party's full name and its short form: "Partai Kebangkitan Bangsa (PKB)".
_BRACKETED = re.compile(r"[^\S\n]*\([^\S\n]*")


# The votes of the parties that nominated a pair, read out at its nomination (blind hunt 19,
# a Kendari page): "Pasangan X diusung gabungan parpol dengan total akumulasi 32.922 suara sah",
# "diusung PDIP dan PKB dengan dukungan 150.233 suara sah": the legislative vote behind the
# nomination, no result of the race. A verb of obtaining between makes it the pair's own
# ("yang diusung PAN meraih 227.312 suara"; "didukung 12.096.454 pemilih": voters.py).
_NOMINATED = re.compile(r"\b(?:diusung|diusulkan|dicalonkan|usungan)\b(?:(?!\b(?:" + _GETS +
                        r"|unggul|menang)\b)[^.;:\n\d]){0,80}?\b(?:dengan|memiliki|sebanyak|"
                        r"berjumlah)"
                        r"[^\S\n]+(?:total[^\S\n]+(?:akumulasi|dukungan)?|akumulasi|dukungan)(?:[^\S\n]+(?:suara|"
                        r"sebanyak|sejumlah|sah))*[^\S\n]*$", re.IGNORECASE)
# A count, then the same count in other terms: "2.001.493 suara atau 2,68 persen", "23.208.654
# suara alias 15,29 persen" (DW, corpus-am: the share was read as a Pilpres pair's).
# "Partai Gerindra yang mendapatkan 177.420 atau 13,09 persen", "memperoleh suara sebanyak
# 5,115,318 atau setara dengan 16.35 persen" (blind 37): the word "suara" left out, the
# restatement said in words. (Only after a count a party owns: _restated.)
_RESTATES = re.compile(r"\d[\d.,]*[^\S\n]*(?:suara[^\S\n]*)?(?:atau|alias|\()"
                       r"(?:[^\S\n]+(?:setara(?:[^\S\n]+dengan)?|sekitar|sebesar))?[^\S\n]*$",
                       re.IGNORECASE)
# What every _NOMINATED match holds and ends in (then only space), and what every _RESTATES
# match ends in: C-speed looks that spare searches tried at each of the 160 or 40 positions
# before nearly every figure (wording.may_hold, may_end_with).
_NOMINATED_WORDS = ("usung", "diusulkan", "dicalonkan")
_NOMINATED_ENDS = ("total", "akumulasi", "dukungan", "suara", "sebanyak", "sejumlah", "sah")
_RESTATES_ENDS = ("atau", "alias", "(", "setara", "dengan", "sekitar", "sebesar")

# The words of a pair's figure: no legislator's.
_PAIR = re.compile(r"\b(?:pasangan|paslon|capres|cawapres)\b", re.IGNORECASE)
# ... or of a pair's race, after a legislature named as a body: "usulan kepada Presiden melalui
# DPRD Jawa Timur. Berdasarkan pleno, perolehan suara Pilkada Jatim 2024 untuk paslon nomor urut
# 1 ... 1.797.332 suara" is the governor pair's count (blind 20, an ANTARA copy).
_PAIR_RACE = re.compile(r"\b(?:pasangan|paslon|capres|cawapres|pilkada|pilgub|pilbup|"
                        r"pilwalkot|pilwali|pilpres)\b", re.IGNORECASE)

# Words of the parties behind a pair ("koalisi Prabowo-Gibran", "partai pengusung X-Y"):
# a count of theirs after a legislature is the legislature's, the pair named or not.
_BACKERS = re.compile(r"\b(?:partai|parpol|koalisi|gabungan|pengusung(?:nya)?|pendukung(?:nya)?|"
                      r"parties|coalition|backing)\b", re.IGNORECASE)

# What stands right before a party's own words: "Partai Kebangkitan Bangsa", "PDI Perjuangan".
_PARTY_BEFORE = re.compile(r"\b(?:partai|pdi)[^\S\n]+$", re.IGNORECASE)


# A party's short form that is no stop word ("PD" is also a pair's initials: "PD-HB 7.729
# suara"), standing in a list of parties or after the word that makes them a pair's backers:
# "yang diusung Partai Golkar, PKB, PD, dan PAN", "diusung PD dan PKPI" (blind run 17).
_SHORT = re.compile(r"(?:PD|PKPI|PBR|PDS|PPRN|PKPB|PNA|" + _NAMES + r")(?![\w-])")
_LISTED_BEFORE = re.compile(r"(?:\b(?:diusung|didukung|usungan|dukungan|koalisi|partai)|(?<![\w-])"
                            r"(?:PDI[- ]?P|PD|PKPI|" + _NAMES + r")[^\S\n]*(?:,|dan|&|/))"
                            r"[^\S\n]*$", re.IGNORECASE)


def party_name(text: str, start: int) -> bool:
    """Is the run of capitalised words at `start` a party's name? Then it names no pair:
    "Hartanto-Joko Purnomo, yang diusung Partai Keadilan Sejahtera (PKS), ..., dan Partai
    Kebangkitan Bangsa (PKB), memperoleh 96.964 suara" is Hartanto-Joko's (Wonogiri 2020);
    nor does a party's short form in a list of backers ("diusung PD dan PKPI")."""
    return _PARTY_BEFORE.search(text, max(0, start - 8), start) is not None or \
        _SHORT.match(text, start) is not None and \
        _LISTED_BEFORE.search(text, max(0, start - 30), start) is not None


def party_owns(text: str, position: int, floor: int) -> bool:
    """Is the name nearest before the figure at `position` (not before `floor`) a party?"""
    return owning_party(text, position, floor) is not None


def owning_party(text: str, position: int, floor: int) -> str | None:
    """The party that owns the figure at `position` (named after `floor`), as written: the
    name a party's votes or share go under (the legislative race's "candidate")."""
    if _NAMED.search(text, max(floor, position - 220), position) is None:
        # Every party this finds holds a word of _NAMED (plain words: no look-around, so a
        # match in one of the three windows below, _led's the widest, is one in this one):
        # one search where each window was cut out and searched (142 figures of a news page).
        return None
    chaired = _chaired(text, position, floor)
    if chaired is not None:
        return chaired
    led = _led(text, position, floor)
    if led is not None:
        return led
    start = max(floor, position - 80)  # "Partai Golkar ditetapkan sebagai peraih suara ..."
    window = text[start:position]
    if _NAMED.search(window) is None:
        return None  # (asked for every figure: every match of _PARTY holds one of these)
    last = first = None
    for last in _OWNER.finditer(window):
        # "Partai Kebangkitan Bangsa (PKB)": the name in full, then its short form in brackets,
        # is one party, which starts at the full name (whose "Partai" is no backer's word).
        first = first if first is not None and _BRACKETED.fullmatch(
            window, first.end(), last.start()) else last
    if last is None or not _GAP.fullmatch(window, last.end()) or \
            _backs(text, start + first.start()):
        return None
    return " ".join(first.group().split())


def _backs(text: str, at: int) -> bool:
    """Is the party named at `at` written as a pair's backer, member or ally (_BACKER), not
    as one of a list the text enumerates (_LISTED)?"""
    return _BACKER.search(text, max(0, at - 60), at) is not None and \
        _LISTED.search(text, max(0, at - 12), at) is None


def _hinted(text: str) -> bool:
    """Does `text` hold one of _LED_HINTS (a leader's word in lower case, as pages write it)?"""
    return any(hint in text for hint in _LED_HINTS)


def _led(text: str, position: int, floor: int) -> str | None:
    """The party named with its chairman or an aside before the figure at `position`, when the
    figure is the party's verb's (_LED), and the party is no pair's backer."""
    start = max(floor, position - 220)
    window = text[start:position]
    if not _hinted(window) or _NAMED.search(window) is None:
        return None  # (most windows: no bracket, dash or leader's word at all, or no party)
    return next((" ".join(party.group().split()) for party in _OWNER.finditer(window)
                 if _hinted(window[party.end():party.end() + 24]) and
                 _LED.fullmatch(window, party.end()) and
                 not _backs(text, start + party.start())), None)


def _chaired(text: str, position: int, floor: int) -> str | None:
    """The party named with its chairman before the figure at `position`, when the figure is
    that party's verb's."""
    start = max(floor, position - 140)
    window = text[start:position]
    if _NAMED.search(window) is None:
        return None
    return next((" ".join(party.group().split()) for party in _OWNER.finditer(window)
                 if _CHAIRED.fullmatch(window, party.end())), None)


def house_at(layout, page_legislative: bool, kind: Mark | None, position: int, intro: int,
             sentence: int) -> tuple[bool, bool]:
    """(legislative, senate) for the figure at `position`: the house named nearest before it
    in its paragraph's intro ("Untuk DPD, ...") unless a race is named after it, the page's
    when nothing is named, or a party owning the figure."""
    house = mark_before(layout.houses, layout.house_starts, position, intro)
    if house is None:
        # "Di tempat kedua ada pasangan Ganjar-Mahfud ...", "bagi pasangan ini" after a
        # DPRD list: the legislature has no pairs (corpus-p, Kulon Progo).
        legislative = page_legislative and kind is None and \
            not _PAIR.search(layout.text, max(intro, position - 400), position)
    else:
        start = max(house.end, sentence)
        legislative = (kind is None or kind.start < house.start) and \
            not _PAIR_RACE.search(layout.text, start, position) and \
            not _pair_written(layout, start, position)
        # "Khofifah-Emil yang didukung ... kursi DPRD meraih 58,81 persen": the backers' house
        backed = backing_clause(layout.text, sentence, house, position) if legislative else None
        legislative = legislative and not (backed is not None and
                                           _pair_written(layout, sentence, backed))
    senate = legislative and house is not None and house.value == "dpd"
    if not legislative and (named := house_after(layout.text, position)) is not None:
        legislative, senate = True, named == "dpd"  # "... suara sebagai calon DPD RI"
    return legislative or party_owns(layout.text, position, sentence) or \
        _restated(layout.text, position, sentence) or \
        in_numbered_dapil(layout.text, position, sentence) or \
        _nominated(layout.text, max(sentence, position - 160), position), senate


def _pair_written(layout, start: int, position: int) -> bool:
    """Is one of the record's pairs written as a pair ("Ganjar-Mahfud", "X dan Y") in
    [start, position)? Then the count is the pair's, whatever legislature the paragraph named
    before: "Adapun 8 TPS sisanya hanya mengulang pemilihan legislatif DPRD Kota Surabaya. ...
    Ganjar-Mahfud berada di urutan kedua dengan 33 suara." (Prudensi, corpus-ay). A caleg is
    one person, never a pair; the parties or coalition backing a pair are not the pair."""
    if _BACKERS.search(layout.text, start, position):
        return False  # "koalisi Prabowo-Gibran meraih 46,84 persen": the parties' count
    found = layout.pairs_named(start, position, layout.out.scope)
    return any(PAIR_JOIN.search(written) for _, _, written in found.values())


def _nominated(text: str, start: int, position: int) -> bool:
    """A count of the parties nominating a pair ends text[start:position] (_NOMINATED)."""
    return may_end_with(text, start, position, _NOMINATED_ENDS) and \
        may_hold(text, start, position, _NOMINATED_WORDS) and \
        _NOMINATED.search(text, start, position) is not None


def _restated(text: str, position: int, floor: int) -> bool:
    """Is the figure at `position` a party's count restated ("PSI tercatat memperoleh
    2.001.493 suara atau 2,68 persen": the share is PSI's too)?"""
    start = max(floor, position - 40)
    before = _RESTATES.search(text, start, position) if may_end_with(
        text, start, position, _RESTATES_ENDS) else None
    return before is not None and party_owns(text, before.start(), floor)
