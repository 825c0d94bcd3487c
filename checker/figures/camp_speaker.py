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
        return None  # (most sentences name no campaign: one pass spares the others)
    for match in _MENURUT.finditer(text, start, position):
        if CAMPAIGN.search(match.group(1)):
            return " ".join(match.group(1).split())[:80]
    says = SAYS.search(text, start, position)
    if says is not None and CAMPAIGN.search(text, start, says.start()):
        return " ".join(text[start:says.start()].split())[:80]
    return None
