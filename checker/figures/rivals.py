"""Whose figure it is when the names right before it are the rivals a pair leads (issue 10,
attribution; corpus-p): "pasangan itu jauh di depan dua pesaingnya, Anies-Imin dan
Ganjar-Mahfud, dengan 63,23% suara". The rivals are an apposition of "di depan"; the share
after "dengan" is the subject's, as is the figure of the one who lost ("X kalah dari Y karena
hanya mendapat N": Ganjar-Mahfud's 34,29 % in Jawa Tengah, third hunt): the pair named before
the rival words in the sentence, else the pair "pasangan itu" points back to. A
rival given its own figure ("..., yang meraih 24,1%") keeps it. The prose reader (from_text.py)
asks this before the nearest name. Pure."""

from __future__ import annotations

import re
from types import SimpleNamespace

from checker.figures.numbers import find_numbers
from checker.figures.opponents import other_pair
from checker.figures.referents import referred
from checker.figures.rivals_en import english_rivals
from checker.figures.wording import may_hold

__all__ = ["rival_owner"]

# A leader's words, then (optionally) the word for the rivals: what follows are the rivals.
# A headline's bare verbs too: "Halim-Joko Ungguli Suharsono-Totok, Raih 305.563 Suara".
_RIVALS = re.compile(r"\b(?:(?:jauh\s+)?(?:di\s+depan|meninggalkan|mengungguli|mengalahkan|"
                     r"menaklukkan|ungguli|kalahkan|taklukkan|tumbangkan|"
                     # a place in the ranking: "X berada di atas Y dengan suara 34,1%" is X's,
                     # so is "X berada di bawah Y dengan N"; "X menyalip Y dengan N" (blind
                     # hunt 28: given to Y, the one passed). Only with "berada": a bare "di
                     # atas" is as often a bar or a place ("di atas kertas")
                     r"berada\s+(?:jauh\s+)?di\s+(?:atas|bawah)|menyalip|salip|"
                     r"unggul\s+(?:jauh\s+|tipis\s+|telak\s+)?(?:atas|dari)|"
                     # "X menang (telak) atas Y dengan perolehan 70,77 persen" is X's
                     r"menang\s+(?:telak\s+|tipis\s+|mutlak\s+)?(?:atas|dari)|"
                     # the loser's side: "X kalah dari Y karena hanya mendapat N" is X's
                     r"kalah\s+(?:telak\s+|tipis\s+)?dari|tertinggal\s+(?:jauh\s+)?dari|"
                     # the opponent faced: "DoaMu ... meraih kemenangan melawan kotak kosong pada
                     # Pilkada 2024 dengan perolehan suara sebanyak 93 persen" is DoaMu's, never
                     # the empty box's (Pilgub Papua Barat; blind hunt 3)
                     r"melawan|menghadapi)"
                     r"(?:\s+(?:dua|kedua|ketiga|para|semua|seluruh))?"
                     r"(?:\s+(?:pesaing|rival|lawan|kompetitor|penantang)(?:nya)?)?)\b",
                     re.IGNORECASE)
# Every _RIVALS match holds one of these (lower case; "alahkan": mengalahkan, kalahkan;
# "aklukkan": menaklukkan, taklukkan; "nyalip": menyalip): a C-speed look spares its search
# and _WITH's, each tried at every one of up to 300 positions before a figure.
_RIVAL_WORDS = ("depan", "meninggalkan", "unggul", "alahkan", "aklukkan", "tumbangkan",
                "menang", "kalah", "tertinggal", "melawan", "menghadapi", "berada", "salip",
                "nyalip")
# A pair's verbs of gaining votes ("meraih 24,1%", "mendulang 55.000 suara", "menorehkan 52,87
# persen"): how outlets write a count or share as someone's.
_GAINS = (r"(?:meraup|meraih|memperoleh|mendapat(?:kan)?|mengantongi|mengumpulkan|mendulang|"
          r"menorehkan|mencatatkan|membukukan|mengoleksi)")
# What opens a clause of the rival's own ("..., yang meraih 24,1%", "sementara ...").
_OWN_CLAUSE = re.compile(r"\b(?:yang|sementara|sedangkan|" + _GAINS + r")\b|[;:]", re.IGNORECASE)
# The nouns of what a pair won, after "dengan": "dengan torehan suara 55,31 %", "dengan raupan
# 67,11 persen", "dengan jumlah suara ...", "dengan kemenangan ..." (blind run 15, Karangasem: the
# leader's share, which the nearest name gave to the last rival). "dengan total suara sah N" is
# no match ("sah" may not follow): the valid votes, nobody's count; "dengan perolehan suara sah
# sebanyak N" is the subject's own (blind hunt 21, mediajaya24: given to the rival before it).
_WON = (r"(?:raihan|perolehan|capaian|torehan|raupan|dukungan|jumlah|total|persentase|angka|hasil|"
        r"kemenangan|suara)")
# The figure's own words after the rivals' names: ", dengan 63,23%", "dengan raihan 58%", a
# headline's ", Raih 305.563 Suara"; "dengan meraup suara sebesar 55,65%" (by winning: the
# leader's verb, not a clause of the rival's own); the loser's "karena hanya mendapat 34,29%".
# The area the lead is in, between the rivals and the figure: "mengungguli A dan B di Provinsi
# Sumatra Utara dengan 2.951.272 suara" (corpus-ai, ANTARA Sumut: read as B's, or nobody's).
_WITH = re.compile(r"[\s,)]*(?:(?:pada|dalam|di)\s+(?:pilkada|pilgub|pilbup|pilwalkot|pilwali|"
                   r"pilpres|pemilu)(?:\s+[\w-]+){0,3}?\s+20\d\d[\s,]*)?"  # "pada Pilkada 2024"
                   r"(?:(?:di|se)[\s-]+(?:(?:provinsi|kabupaten|kab\.|kota)\s+)?(?-i:[A-Z])[\w'-]*"
                   r"(?:\s+(?-i:[A-Z])[\w'-]*){0,3}[\s,]*)?"
                   r"\b(?:dengan|raih|karena\s+(?:hanya\s+)?(?:mendapat(?:kan)?|meraih|"
                   r"memperoleh)(?:\s+suara)?)\s+(?:(?:perolehan|raihan)\s+suara\s+sah\s+|"
                   + _WON + r"\s+(?:suara\s+)?(?:resmi\s+)?)?"
                   r"(?:" + _GAINS + r"\s+(?:suara\s+)?(?:sebesar\s+|sebanyak\s+)?)?"
                   r"(?:(?:sekitar|kira-kira|hampir|lebih\s+dari|mencapai|sebesar|sebanyak)\s+)?$",
                   re.IGNORECASE)


# The rival's own figure after the rivals' words: "unggul dari pasangan calon lainnya yang
# memperoleh 44,61%" (blind hunt 5, kompasiana: the rival's share, not the subject's).
_THEIR_OWN = re.compile(r"[^\S\n]*,?[^\S\n]*\byang[^\S\n]+(?:hanya[^\S\n]+)?" + _GAINS +
                        r"(?:[^\S\n]+suara)?(?:[^\S\n]+(?:sebesar|sebanyak|sekitar))?[^\S\n]*$",
                        re.IGNORECASE)
# After the figure, the next rival with a figure of its own: "meninggalkan jauh pesaingnya, A
# dengan 45.668 suara (15,27%), serta B yang memperoleh 32.847 suara" lists each rival with
# its own count, so "dengan 45.668" is A's (blind hunt 5, mediakaltim: given to the leader).
_NEXT_RIVAL = re.compile(r"[^.;!?\n]{0,40}?\b(?:serta|dan)\b[^.;!?\n\d]{1,100}?"
                         r"\byang[^\S\n]+(?:hanya[^\S\n]+)?" + _GAINS + r"(?:[^\S\n]+suara)?"
                         r"(?:[^\S\n]+(?:sebesar|sebanyak|sekitar))?[^\S\n]+\d", re.IGNORECASE)
# ... or with "dengan" before the next rival's own figure: "Mereka mengungguli pasangan A dengan
# 132.258 suara dan B dengan 74.147 suara" gives each rival its count (blind hunt 33, Kota Malang:
# A's 132.258 given to the leader). The next rival is a name (a capital after "dan"/"serta" and
# at most "pasangan"/"paslon"), not a clause ("dan unggul di 17 kecamatan dengan ..."); the
# next in rank too: "..., disusul (oleh) B dengan M" (fix-held).
_NEXT_WITH = re.compile(r"[^.;!?\n\d]{0,30}?\b(?:serta|dan|disusul|diikuti)[^\S\n]+"
                        r"(?:oleh[^\S\n]+)?(?:(?:pasangan|paslon)[^\S\n]+)?(?-i:[A-Z])"
                        r"[^.;!?\n\d]{0,60}?\bdengan[^\S\n]+(?:(?:perolehan|raihan)[^\S\n]+)?"
                        r"(?:suara[^\S\n]+)?(?:sebanyak[^\S\n]+|sebesar[^\S\n]+)?\d",
                        re.IGNORECASE)
# A place named between the leader's figure and this one: this may be the leader's in that place.
_PLACE = re.compile(r"\b(?:(?:di|se)[^\S\n-]*-?[^\S\n]*(?:(?:provinsi|kabupaten|kab\.|kota|"
                    r"kecamatan|desa|kelurahan)[^\S\n]*)?(?-i:[A-Z])|nasional|keseluruhan|tingkat)",
                    re.IGNORECASE)
# The rival's noun in the rival words ("meninggalkan rival mereka"): how the page names it.
_RIVAL_NOUN = re.compile(r"\b(?:pesaing|rival|lawan|kompetitor|penantang)(?:nya)?\b.*",
                         re.IGNORECASE | re.DOTALL)
# (between the rival words and that clause: the rival, no sentence end, figure or clause)
_NOT_RIVAL = re.compile(r"[.;:!?\n\d]|\b(?:dengan|sementara|sedangkan)\b", re.IGNORECASE)


def rival_owner(layout, number, span: int, scope, previous):
    """(candidate, nomor, written) of the leader when the figure follows the rivals it leads
    ("X di depan pesaingnya, A dan B, dengan N%"), of the rival when it is the rival's own
    ("X unggul dari A yang memperoleh N%"), else None (the nearest name decides)."""
    text = layout.text
    english = english_rivals(text, number, span)  # "... their rivals who only garnered N"
    if english is not None:
        return english
    gap_start = max(span, number.start - 300)
    if not may_hold(text, gap_start, number.start, _RIVAL_WORDS):
        return None  # both readings need a match of _RIVALS before the figure
    theirs = _rival_s_own(layout, number, gap_start, scope)
    if theirs is not None:
        return theirs
    # (every match of _WITH holds one of these words: a C-speed look before the regex, which
    # may match anywhere and is tried at each of up to 300 positions, for every figure)
    with_ = _WITH.search(text, gap_start, number.start) if may_hold(
        text, gap_start, number.start, ("dengan", "raih", "karena")) else None
    if not with_:
        return None
    leads = list(_RIVALS.finditer(text, gap_start, number.start))
    if not leads:
        return None
    lead = leads[-1]
    runs = layout.runs(lead.end(), number.start)
    if not runs or _WITH.fullmatch(text, runs[-1][1], number.start) is None:
        return None  # the figure is not the "dengan ..." right after the rivals' names
    if _OWN_CLAUSE.search(text, lead.end(), runs[-1][1]) or \
            _NEXT_RIVAL.match(text, number.end, number.end + 200) or \
            _NEXT_WITH.match(text, number.end, number.end + 120):
        return None  # (the rivals' names are followed by a clause of their own)
    who = layout.name_of(span, lead.start(), scope)
    if who[0] is None and who[1] is None:
        found = referred(layout, previous, span, SimpleNamespace(start=lead.start(),
                                                                  end=lead.end()), scope)
        if found is not None and found[0] is not None:
            who = found
        elif _leader_figured(layout, number, lead.start()):
            return None  # "X meraih 145.990 suara, unggul atas Y dengan 145.252": Y's
        elif not who[2]:
            # The leader is not named ("Pasangan petahana ini meninggalkan kotak kosong dengan
            # 85 persen"): still not the rival's, whom the nearest name would give it to
            # (blind hunt 54: the pair's share graded as the box's). Nobody's, as written.
            return None, None, _subject(layout, span, lead.start())
        # (else a pair written as the record does not name it, "Mas Ipin-Mas Syah menang atas
        # kotak kosong dengan 80 persen": its own, to resolve or hold; never the rival's)
    return None if _has_own(layout, number, previous, who) else who


def _leader_figured(layout, number, lead: int) -> bool:
    """Has the sentence given a figure of this unit, another value, before the rival words?
    Then the one after the rival is the rival's own ("KOSTER-GIRI meraih 145.990 suara atau
    50,13%, unggul tipis atas Mulia-Pas dengan 145.252 suara atau 49,87%", a dev page)."""
    start = layout._start_of(layout.sentences, lead)
    return any(n.unit is not None and n.unit == number.unit and n.value != number.value
               for n in find_numbers(layout.text[start:lead]))


def _subject(layout, span: int, lead: int) -> str:
    """The words before the rival words in the figure's sentence, as the page writes the one
    who leads ("Pasangan petahana Surabaya ini"), or "?" when the sentence opens with them."""
    sentence = max(span, layout._start_of(layout.sentences, lead))
    words = " ".join(layout.text[sentence:lead].split()).strip(" ,")
    return words[-60:] or "?"


def _has_own(layout, number, previous, who) -> bool:
    """Has the leader been given its own figure of this kind just before, another value?
    "Wahyu-Ali meraih 49,55 persen. Mereka mengungguli A dengan 32,35 persen": the leader's
    share is said, so the one after the rival is the rival's (fix-held, blind hunt 33's Kota
    Malang: A's 132.258 given to the leader, as 32,35 would be and flagged against 49,55). A
    share after the leader's count ("meraih 203.257 suara. Mereka mengungguli A dengan 49,55
    persen") or the same value said again stays the leader's."""
    if previous is None or (previous[2][0], previous[2][1]) != (who[0], who[1]):
        return False
    sentence = layout._start_of(layout.sentences, number.start)
    if previous[1] < layout._start_of(layout.sentences, max(0, sentence - 1)):
        return False  # (the figure before is further back than the sentence before)
    if _PLACE.search(layout.text, previous[1], number.start):
        return False  # "... Langkat N. X juga mengungguli A di Provinsi Sumatra Utara dengan M"
    before = [n for n in find_numbers(layout.text[max(0, previous[1] - 40):previous[1]])
              if n.end == min(40, previous[1])]
    return bool(before) and (before[0].unit == "percent") == (number.unit == "percent") and \
        before[0].value != number.value


def _rival_s_own(layout, number, gap_start: int, scope):
    """The rival's (candidate, nomor, written) when the figure closes "unggul dari/atas,
    mengalahkan ... <rival> yang memperoleh N"; a rival the words do not name ("pasangan calon
    lainnya", "lawannya") is written as the page words it and resolves to no pair."""
    text = layout.text
    if not may_hold(text, gap_start, number.start, ("yang",)):
        return None
    verb = _THEIR_OWN.search(text, max(gap_start, number.start - 60), number.start)
    leads = list(_RIVALS.finditer(text, gap_start, verb.start())) if verb else ()
    if not leads or _NOT_RIVAL.search(text, leads[-1].end(), verb.start()):
        return None
    who = layout.name_of(leads[-1].end(), verb.start(), scope)
    if who[0] is not None or who[1] is not None:
        return who
    # as the page words the rival: "rival mereka", "pasangan calon lainnya"
    noun = _RIVAL_NOUN.search(leads[-1].group(0))
    written = (noun.group(0) if noun else "") + text[leads[-1].end():verb.start()]
    if noun and written[len(noun.group(0)):].strip(", ").lower() in ("", "mereka"):
        # "X-Y meraih 222.699 suara, meninggalkan lawannya yang hanya mendapat 57.577 suara":
        # in a race of two pairs the one left behind is the other (corpus-bb, harianSIB)
        sentence = layout._start_of(layout.sentences, number.start)
        runs = layout.runs(max(sentence, number.start - 300), leads[-1].start())
        leaders = {w[0] for a, b in runs if (w := layout.name_of(a, b, scope))[0] is not None}
        if len(leaders) == 1 and (other := other_pair(layout, leaders.pop())) is not None:
            return other
    return None, None, " ".join(written.split()).strip(", ") or leads[-1].group(0)
