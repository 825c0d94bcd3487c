"""A page that reports a poll and names no count of votes (blind hunt 42, tests/test_blind42.py).
Indikator's survey of satisfaction with Java's governors, May 2025, as four outlets told it:
"Gubernur Jawa Timur Khofifah Indar Parawansa di posisi ketiga dengan 75,3 persen", "...,
Gubernur DKI Jakarta Pramono Anung 60 persen"; three pollsters' electability a week before the
Pilgub Jabar: "Pasangan ini mendapat 65 persen suara", "Pilihan Syaikhu-Ilham 9 persen". The
sentences name no survey of their own; the headline says what the page measures ("Survei
Indikator: Kepuasan Publik ...", "... Unggul di Berbagai Survei"). With no count named anywhere,
the percentages were read as vote shares of unstated basis and graded against the decree: 13
false flags, and Voxpol's 61,8 and 18,6 graded consistent with Jabar's 62,22 and 18,76 by chance.

A page whose title or first heading names a poll or what polls measure (survei, jajak pendapat,
elektabilitas, kepuasan, approval rating) and whose text names no count of votes (no count
word of any type but a survey's: no quick count, real count, Sirekap, plenary, recapitulation,
campaign or volunteers' tally) nor KPU: its figures of no stated basis are the poll's, typed
`survey` (held, never graded). "Lembaga survei" in a quick count's headline changes nothing: its
text names the quick count. But a sentence that gives a pair's votes in an election it names
with its year ("Pada Pilpres 2024, pasangan itu meraih 58,59 persen suara", beside Indikator's
80,9 % of satisfied respondents; blind hunt 46) reports that election's count, not the poll's,
unless the sentence asks the poll's question ("Jika Pilpres 2029 digelar hari ini", "simulasi").
Pure."""

from __future__ import annotations

import re

from checker.figures.at_words import Keys

__all__ = ["POLL", "POLL_KEYS", "election_result", "poll_page"]

# What a poll is called, or what it measures ("Survei Indikator: ...", "Tingkat Kepuasan
# Warga ...", "Approval Rating Gubernur ...", "Elektabilitas ..."): in a headline here, before
# a figure in poll_before.
POLL = re.compile(r"\b(?:survei\w*|survey\w*|jajak\s+pendapat|elektabilitas|keterpilihan|"
                  r"kepuasan|approval\s+rating)\b", re.IGNORECASE)
# The words a POLL match opens with (at_words: the case-blind alternation is tried only where
# one starts, not at each of a page's characters: 0.7 ms of a 20 KB news page's prose).
POLL_KEYS = Keys(("jajak", "elektabilitas", "keterpilihan", "kepuasan", "approval"),
                 ("survei", "survey"))
# The election authority named anywhere: its count may be the page's subject too.
_AUTHORITY = re.compile(r"\b(?:KPU\w*|KIP)\b")


def poll_page(layout) -> bool:
    """Does the page of `layout` (from_text's) report a poll and no count of votes?"""
    known = layout.__dict__.get("_poll_page")
    if known is None:
        page = layout.out.page
        head = "\n".join([page.title or "", page.og_title or "", *page.headings[:1]])
        known = bool(POLL.search(head)) and \
            all(m.value == "survey" for m in layout.types) and \
            _AUTHORITY.search(layout.text) is None
        layout.__dict__["_poll_page"] = known
    return known


# An election by its name, then its year within a few words: "Pada Pilpres 2024", "di Pilkada
# Jateng 2024 lalu".
_ELECTION = re.compile(r"\b(?:pilpres|pilkada|pilgub|pilbup|pilwalkot|pemilu|pemilihan[^\S\n]+"
                       r"(?:presiden|gubernur|bupati|wali[^\S\n]*kota))\b[^\n.;!?]{0,30}?\b"
                       r"(?:19|20)\d\d\b", re.IGNORECASE)
# The poll's own question or measure in the sentence.
_ASKED = re.compile(r"\b(?:jika|seandainya|andai(?:kan)?|apabila|simulasi|elektabilitas|"
                    r"keterpilihan|kepuasan|responden|hari[^\S\n]+ini)\b|" + POLL.pattern,
                    re.IGNORECASE)
# The votes' share right at the figure: "58,59 persen suara", "58,59% suara".
_VOTES_SHARE = re.compile(r"\d[\d.,]*[^\S\n]*(?:%|persen)[^\S\n]+suara\b", re.IGNORECASE)


def election_result(text: str, sentence: int, position: int, end: int) -> bool:
    """Does the figure at `position` give a pair's share of the votes in an election its
    sentence ([`sentence`, `end`)) names with its year before it, and no poll's question?"""
    return _VOTES_SHARE.match(text, position) is not None and \
        _ELECTION.search(text, sentence, position) is not None and \
        _ASKED.search(text, sentence, end) is None
