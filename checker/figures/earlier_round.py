"""A figure its own sentence dates to an earlier round of the same race without writing the
year (issue 10, election; corpus-am, a Pilkada 2024 page recalling the 2020 result of the same
pair):

    "Lima tahun lalu, Eri Cahyadi-Armuji meraih 56,94 persen."
    "Pada pilkada sebelumnya, pasangan ini meraih 597.540 suara."
    "Di periode sebelumnya, ... memperoleh ..."
    "Di Sumatera Barat, Prabowo pernah meraih 85,95 persen."

The year is what dates a figure elsewhere (cues.elections); with none, the page's election
(2024) was taken and the 2020 share graded discrepant against the same pair's 2024 result. Such
a sentence opens with the earlier time ("Lima tahun lalu, ...", "Pada pilkada sebelumnya
..."): its figures are that round's, held `other_election`, never compared. Not a figure after
a turn to now in its sentence ("..., kini 81,38 persen"), nor one the earlier time is only
compared with ("naik dibanding lima tahun lalu menjadi 81,38 persen": the phrase does not
open the sentence).

So is a figure whose sentence gives its candidate a running mate who is not the record's
("Prabowo yang berpasangan dengan Sandiaga Uno meraih 85,95 persen di Sumatera Barat", TribunWow
on Pilpres 2019, corpus-am): another pairing, another election. Pure: the page's paragraphs
(GateText), the claims, the record's pair names."""

from __future__ import annotations

import re
from dataclasses import replace

from checker.figures.gate_text import GateText, split_sentences
from checker.figures.partial_tally import written
from checker.figures.wording import may_say
from checker.models import Claim

__all__ = ["ELECTION", "hold_earlier_rounds"]

ELECTION = (r"(?:pilkada|pilgub|pilbup|pilwalkot|pilwali|pilwako|pilwakot|pilpres|pemilu|pileg|"
            r"pemilihan(?:\s+\w+){0,2}?)")
# The sentence opens with the earlier time: "Lima tahun lalu,", "Pada pilkada sebelumnya",
# "Di periode sebelumnya", "Dalam Pilwalkot Surabaya sebelumnya".
# "Pada pilpres lalu" too: no year, "lalu" after the election's name is its last round
# (never the page's own when the name carries a year: "Pilkada 2024 lalu" is not matched).
# In English (blind hunt 45): "In the previous election", "the last presidential election",
# "Five years ago", "Back in 2019", "in 2019" (a year before the record's), "last time". Not "the
# last vote count" nor "the last polls": an earlier reading or a survey, no earlier election.
_EARLIER_EN = (r"(?:the\s+)?(?:previous|last|past|prior|earlier)\s+(?:(?:presidential|"
               r"gubernatorial|regional|general|local|mayoral|regency)\s+)?(?:elections?|races?|"
               r"contests?)|(?:five|four|\d)\s+years?\s+(?:ago|earlier|before)|last\s+time|"
               r"(?:back\s+)?in\s+20(?:0\d|1\d|2[0-3])(?![\d/.,-]\d)")
_EARLIER = (r"(?:" + ELECTION + r"(?:\s+[A-Z][\w-]*){0,3}\s+(?:sebelumnya|terdahulu|lalu|silam|"
            r"periode\s+(?:lalu|sebelumnya))|periode\s+(?:lalu|sebelumnya)|"
            r"(?:lima|empat|\d)\s+tahun\s+(?:lalu|silam|sebelumnya)|" + _EARLIER_EN + r")\b")
_OPENS_EARLIER = re.compile(r"^\W*(?:(?:pada|di|dalam|saat|ketika|in|at|during)\s+)?" + _EARLIER,
                            re.IGNORECASE)
# The same time inside the figure's clause, before it ("X, yang pada pilkada sebelumnya
# meraih N") or after it ("X meraih N di Sumbar pada pilpres lalu", blind hunts): the figure is
# that round's, unless a word of comparison leads to the phrase ("naik dibanding pilkada
# sebelumnya", "lebih tinggi dari periode lalu": the figure is now's, measured against it).
_IN_CLAUSE = re.compile(r"(?<![\w-])(?:(dibanding(?:kan)?|daripada|ketimbang|dari|melampaui|"
                        r"melebihi|than|compared\s+(?:to|with)|from|over|since)\s+(?:(?:pada|"
                        r"di|dalam|saat|in|at)\s+)?)?" + _EARLIER, re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\n]")
_ANY_FIGURE = re.compile(r"\d[\d.,]*\d|\d")
# A turn to the present between the earlier time and the figure: that figure is now's.
_NOW = re.compile(r"\b(?:kini|sekarang|saat\s+ini|tahun\s+ini|sementara|namun|tetapi|"
                  r"now|this\s+(?:year|time)|while|but|however|20(?:2[4-9]))\b", re.IGNORECASE)
# "Prabowo pernah meraih 85,95 persen": "pernah" (once, some time before) with its verb of
# gaining, the figure after it in the same clause: an earlier round's (Pilpres 2019 in Sumbar).
# Up to 80 characters on: the share after its count ("pernah menang di Pilwalkot Medan dengan
# 393.327 suara atau 53,45 persen", blind hunt 34: a winner's profile; graded against his 2024
# share in Kota Medan at 40); "memenangi/memenangkan" too ("pernah memenangi Pilkada Medan").
# "Dulu" (formerly) likewise: "Anies yang dulu meraih 57,96 persen kini hanya memperoleh 41,07
# persen" (blind hunt 55, probed: the 2017 runoff's share graded against his 2024 one in DKI).
_ONCE = re.compile(r"\b(?:pernah|dulu|dahulu|dulunya)\s+(?:\w+\s+){0,2}?(?:meraih|memperoleh|mendapat\w*|mengantongi|"
                   r"meraup|menang|memenang(?:i|kan)|unggul)\b"
                   r"(?:[^.;:\n]|(?<=\d)[.:](?=\d)){0,80}$",  # (a count's own dots: "393.327")
                   re.IGNORECASE)
_WORDS = ("sebelumnya", "terdahulu", "lalu", "silam", "dengan", "didampingi", " itu",
          "pernah", "dulu", "dahulu", "previous", "last", "past", "prior", "earlier", "ago", "in 20")  # (a C-speed look)
# The running mate the sentence gives the candidate: "berpasangan dengan Sandiaga Uno".
_MATE = re.compile(r"\b(?:berpasangan|berduet|bergandengan)\s+dengan\s+|\bdidampingi\s+(?:oleh\s+)?",
                   re.IGNORECASE)
_NAME = re.compile(r"(?:[A-Z][\w'-]+[^\S\n]*){1,3}")


def hold_earlier_rounds(claims: list[Claim], page, record=None) -> list[Claim]:
    """`claims`, each pair's count or share its sentence dates to an earlier round held."""
    if not any(c.hold is None and c.kind in ("votes", "share") and c.origin == "text"
               for c in claims) or not may_say(page.prose, *_WORDS):
        return claims
    text = GateText(page)
    out = []
    for claim in claims:
        if claim.hold is None and claim.kind in ("votes", "share") and claim.origin == "text" \
                and claim.race_kind is not None and (_earlier(claim, text) or
                                                     _other_mate(claim, text, record)):
            claim = replace(claim, hold="other_election", election=None, candidate_id=None,
                            nomor_urut=None)  # (that round drew its own numbers)
        out.append(claim)
    return out


def _earlier(claim: Claim, text: GateText) -> bool:
    figure = written(claim)
    for index, sentence, paragraph in text.places(claim.excerpt):
        opening = _OPENS_EARLIER.match(sentence)
        at = figure.search(sentence)
        if opening and at and at.start() > opening.end() and \
                not _NOW.search(sentence, opening.end(), at.start()):
            return True
        once = at and _ONCE.search(sentence, 0, at.start())
        if once and not _NOW.search(sentence, once.start(), at.start()):
            return True
        if at and _in_clause(sentence, at):
            return True
        if at and _then_earlier(text, index, sentence, paragraph, at):
            return True
    return False


# "Saat itu, Anies ... menggenggam 57,95% suara": the sentence opens with a word pointing back
# at the time the text named just before it.
_OPENS_THEN = re.compile(r"^\W*(?:(?:adapun|dan)\s+)?(?:(?:pada|di)\s+)?(?:saat|kala|ketika|waktu|"
                         r"masa)\s+itu\b", re.IGNORECASE)
_NAMED_YEAR = re.compile(ELECTION + r"(?:\s+[A-Z][\w-]*){0,3}\s+((?:19|20)\d\d)\b(?![-\u2013/.,]\d)",
                         re.IGNORECASE)
_RECORD_YEAR = re.compile(r"(?<![\d/.-])20(?:2[4-9])\b(?![-\u2013/.,]\d)")


def _then_earlier(text: GateText, index: int, sentence: str, paragraph: str, at) -> bool:
    """Does the sentence open with "Saat itu" / "Kala itu" (no turn to now before the figure)
    right after a sentence whose last election named is an earlier one with its year? "...
    dibandingkan dengan perolehan suara saat Pilkada DKI Jakarta 2017 sebesar 3.240.332 suara.
    | Saat itu, Anies ... pada putaran 2 Pilkada DKI Jakarta dengan menggenggam 57,95% suara"
    (Bisnis, blind hunt 55) is 2017's runoff, not Anies's 2024 share in Jakarta. The sentence
    before may end the paragraph before."""
    opening = _OPENS_THEN.match(sentence)
    if opening is None or at.start() < opening.end() or \
            _NOW.search(sentence, opening.end(), at.start()):
        return False
    before = paragraph[:max(paragraph.find(sentence), 0)].strip()
    if not before and index > 0:
        before = text.lines[index - 1]
    spans = split_sentences(before)
    last = before[spans[-1][0]:] if spans else ""
    named = list(_NAMED_YEAR.finditer(last))
    return bool(named) and int(named[-1].group(1)) < 2024 and \
        not _RECORD_YEAR.search(last, named[-1].end())


def _in_clause(sentence: str, at: re.Match) -> bool:
    """Does the figure's clause date it to an earlier round: the phrase before it with no
    other figure and no turn to now between, or after it before any other figure, neither
    led to by a word of comparison?"""
    begin = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, at.start())), default=0)
    for phrase in _IN_CLAUSE.finditer(sentence, begin, at.start()):
        between = sentence[phrase.end():at.start()]
        if not phrase.group(1) and not _ANY_FIGURE.search(between) and \
                not _NOW.search(between):
            return True
    stop = _CLAUSE_BREAK.search(sentence, at.end() + 1)  # (the figure's own "58,81" holds one)
    after = _IN_CLAUSE.search(sentence, at.end(), stop.start() if stop else len(sentence))
    return after is not None and not after.group(1) and \
        not _ANY_FIGURE.search(sentence, at.end(), after.start())


def _other_mate(claim: Claim, text: GateText, record) -> bool:
    """Does the figure's sentence give its pair a running mate no pair of its race has? One
    another pair of the race has names that pair, not an earlier pairing: "pasangan nomor urut
    01 Edy Suripno, yang berpasangan dengan Akhmad Satori, mendapatkan 32.645 suara, sedangkan
    pasangan nomor urut 03 Faruq-Ashim memperoleh 42.446 suara" (blind hunt 65, Kota Tegal:
    the third pair's count was held as another election's)."""
    if record is None or not claim.candidate_id or not claim.election:
        return False
    race = record.race_for(claim.election, claim.race_kind,
                           "" if claim.race_kind == "president" else claim.race_region)
    pairs = record.candidates_of(race) if race is not None else ()
    if not any(c.id == claim.candidate_id for c in pairs):
        return False
    own = " | ".join(c.name.upper() for c in pairs)
    figure = written(claim)
    for _, sentence, _ in text.places(claim.excerpt):
        at = figure.search(sentence)
        for mate in _MATE.finditer(sentence, 0, at.start() if at else 0):
            name = _NAME.match(sentence, mate.end())
            words = [w for w in re.findall(r"[\w'-]{3,}", name.group()) if w[0].isupper()] \
                if name else []
            if words and not any(w.upper() in own for w in words):
                return True
    return False
