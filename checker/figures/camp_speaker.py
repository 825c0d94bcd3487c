"""A figure in a campaign speaker's words is the campaign's count, however the speaker calls it
(count_basis asks, for a figure whose count is unnamed or a bare real count). Pure.

The sentence gives it to its speaker before the figure: "Menurut Ketua Relawan Kotak Kosong
Pangkalpinang ..., berdasarkan data real count yang masuk kotak kosong meraih 61 persen suara
sah" (blind hunt 7, sumatralink.id: the volunteers' recap of 80 % of the TPS on election night,
graded against Sirekap's complete 57.98), or "Ketua Tim Pemenangan X mengatakan, ...". The
speaker is a campaign's when its words name a candidate, a team, the volunteers, a coalition or
a party branch, and neither they nor the words up to the figure name an election body: "menurut
Ketua KPU", "berdasarkan data Sirekap KPU" keep the count KPU's, and so does an observer's "real
count" ("menurut pengamat politik ...")."""

from __future__ import annotations

import re

from checker.figures.wording import search_between

__all__ = ["CAMPAIGN", "SAYS", "camp_speaker"]

# A speaker its words make a campaign's: a candidate, his team, the volunteers, a coalition or
# a party branch; not KPU's volunteers ("relawan demokrasi"), nor the senate ("DPD").
CAMPAIGN = re.compile(r"\b(?:calon|cagub|cawagub|cabup|cawabup|cawalkot|capres|cawapres|paslon|"
                      r"kandidat|tim\s+(?:pemenangan|kampanye|sukses|hukum)|timses|juru\s+bicara|"
                      r"jubir|saksi|relawan(?!\s+demokrasi)|koalisi|dpc|dpw|dpp)\b",
                      re.IGNORECASE)
# What every CAMPAIGN match opens with: tried only where one stands (wording.search_between;
# the plain search tried all 300 characters before each of a hostile page's 1,500 figures).
_CAMPAIGN_OPENS = ("calon", "cagub", "cawagub", "cabup", "cawabup", "cawalkot", "capres",
                   "cawapres", "paslon", "kandidat", "tim", "juru", "jubir", "saksi", "relawan",
                   "koalisi", "dpc", "dpw", "dpp")
# An election body: the count it names, or its official speaking, is its own.
_BODY = re.compile(r"\b(?:kpu\w*|kip|bawaslu|sirekap|komisi\s+pemilihan)\b", re.IGNORECASE)
# "Menurut <speaker>, ...": the speaker up to the clause's comma.
_MENURUT = re.compile(r"\bmenurut[^\S\n]+([^,;:.!?\n\"\u201c\u201d]{1,120}),", re.IGNORECASE)
# "<speaker> mengatakan, ...", "<speaker> menyebut bahwa ...": the sentence's subject speaking.
SAYS = re.compile(r"[^\S\n](?:mengatakan|menyebut(?:kan)?|menjelaskan|menyampaikan|"
                   r"mengungkapkan|menegaskan|memaparkan|menuturkan|menerangkan|membeberkan|"
                   r"mengklaim|mengeklaim|menyatakan|mengumumkan)\b[^\S\n]*,?[^\S\n]*"
                   r"(?:bahwa\b)?", re.IGNORECASE)
_REACH = 300  # characters from the sentence's start to the figure


def camp_speaker(text: str, position: int, sentence: int) -> str | None:
    """The campaign speaker the sentence (starting at `sentence`) gives the figure at
    `position` to, as written; None when it gives it to no campaign's speaker."""
    start = max(sentence, position - _REACH)
    if not search_between(CAMPAIGN, text, start, position, _CAMPAIGN_OPENS) or \
            _BODY.search(text, start, position):
        # (most sentences name no campaign: one pass spares the others)
        return None if _BODY.search(text, start, position) else \
            _lawyer_goes_on(text, position, sentence)
    for match in _MENURUT.finditer(text, start, position):
        if CAMPAIGN.search(match.group(1)):
            return " ".join(match.group(1).split())[:80]
    says = SAYS.search(text, start, position)
    if says is not None and CAMPAIGN.search(text, start, says.start()):
        return " ".join(text[start:says.start()].split())[:80]
    return _lawyer_goes_on(text, position, sentence)


# A pair's lawyer the page introduces by role, then by name alone: "Ketua Tim Hukum Edy-Hasan,
# Yance Aswin, ..." or "Yance Aswin selaku kuasa hukum ...". His later sentences ("Yance juga
# menyoroti kemenangan Bobby-Surya di Kabupaten Humbang Hasundutan ... Namun, mereka menang
# dengan suara bulat 100 persen di sana", ntvnews.id, blind hunt 50) are the applicant's
# allegation, not the page's count: the figure is his side's claim, held like the camp's.
_LAWYER = r"(?:tim|kuasa)[^\S\n]+hukum"
_NAME = r"((?-i:[A-Z])[\w'-]+)"
_ROLE_THEN_NAME = re.compile(_LAWYER + r"\b[^.;:\n\"\u201c\u201d]{0,60}?,[^\S\n]+" + _NAME,
                             re.IGNORECASE)
_NAME_THEN_ROLE = re.compile(_NAME + r"(?:[^\S\n]+(?-i:[A-Z])[\w'-]+){0,2},?[^\S\n]+"
                             r"(?:selaku|sebagai)[^\S\n]+(?:ketua[^\S\n]+)?" + _LAWYER + r"\b",
                             re.IGNORECASE)
# What the lawyer does in the sentence he opens: speaks, alleges, points at, questions.
_ALLEGES = (r"(?:juga[^\S\n]+|pun[^\S\n]+|lalu[^\S\n]+)?(?:menyoroti|mempersoalkan|"
            r"mempertanyakan|menuding|mencontohkan|mendalilkan|menilai|mengatakan|menyebut(?:kan)?|"
            r"mengungkapkan|menegaskan|menuturkan|membeberkan|mengklaim|mengeklaim|menyatakan)\b")
# A sentence that carries on the one before: "Namun, ...", "Bahkan ...", "Padahal ...".
_GOES_ON = re.compile(r"[^\S\n]*(?:namun|bahkan|padahal|justru|tetapi|apalagi)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"\u201d]?[^\S\n]+(?=\S)")
_LEADS = re.compile(r"[^\S\n]*[\"\u201c]?" + _NAME + r"[^\S\n]+" + _ALLEGES, re.IGNORECASE)


def _lawyer_goes_on(text: str, position: int, sentence: int) -> str | None:
    """The lawyer's name when the figure's sentence (or the one before it, which the figure's
    carries on) opens with him alleging; None otherwise, or where an election body is named
    between."""
    opens = [sentence]
    if _GOES_ON.match(text, sentence):
        line = text.rfind("\n", 0, sentence) + 1
        opens.append(max((m.end() for m in _SENTENCE_END.finditer(text, line, sentence)
                          if m.end() < sentence), default=line))
    names = None  # (looked for only once a sentence opens with a name alleging: most do not)
    for start in opens:
        lead = _LEADS.match(text, start, position)
        if lead is None or _BODY.search(text, start, position):
            continue
        if names is None:
            names = {m.group(1) for m in _ROLE_THEN_NAME.finditer(text, 0, sentence)} | \
                {m.group(1) for m in _NAME_THEN_ROLE.finditer(text, 0, sentence)}
        if lead.group(1) in names:
            return lead.group(1)
    return None
