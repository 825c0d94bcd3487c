"""A survey's answer to a question other than the vote: how many were satisfied ("pemilih
Anies-Muhaimin yang puas 74,3 persen", "27 persen merasa kurang puas"), agreed ("58,6 persen
responden menyatakan setuju"), were confident ("62,1 persen yakin ..."), knew or liked a person
("mengenal", "menyukai"). A poll a year after the Pilpres splits each pair's voters by their
satisfaction with the government (blind hunt 36, Poltracking on zonakalbar): read as the
pairs' shares, such percentages were held there only by chance, and the same sentences about a
governor's voters in a province were graded against the province's count and flagged. Never a
pair's share of the votes. A group of voters' split (voter_groups.group_share) is the other
answer a survey gives that is no share of the votes, and an exit poll's reasons for choosing
a pair (vote_reasons.reason_share) the third; survey_answer asks all three. Pure."""

from __future__ import annotations

import re

from checker.figures.vote_reasons import VOTE_WORDS, reason_share
from checker.figures.voter_groups import group_share

__all__ = ["survey_answer"]

# The answer: an opinion held, by its adjective or verb ("puas", "setuju", "yakin", ...).
_OPINION = (r"(?:puas|setuju|yakin|mengenal|menyukai|percaya|optimis(?:tis)?|pesimis(?:tis)?)"
            r"\b")
# Who answers and how, between the figure and the answer, or before the answer: "merasa
# kurang", "menyatakan tidak", "yang sangat".
_HOW = (r"(?:(?:yang|merasa|menyatakan|mengaku|menjawab|sangat|cukup|kurang|tidak|tak|nggak|"
        r"gak|belum)[^\S\n]+){0,3}")
# After the figure: "27 persen merasa kurang puas", "sekitar 86,5 persen, puas", "35,5 persen
# pemilih Luluk-Lukman menyatakan puas" (the group, the pair it chose, then the answer).
_AFTER = re.compile(r"[^\S\n]*(?:%|persen)?[^\S\n]*,?[^\S\n]*(?:(?:responden|pemilih|warga|"
                    r"publik|masyarakat|orang)(?:[^\S\n]+(?-i:[A-Z])[\w'.]*(?:-[\w'.]+)*){0,4}"
                    r"[^\S\n]+)?" + _HOW + _OPINION, re.IGNORECASE)
# Before it, in its sentence: "yang puas", "merasa tidak puas", "menyatakan setuju" (an
# adverb or verb of answering first: "Tim yakin ..." is a camp's, not a poll's answer).
_BEFORE = re.compile(r"\b(?:yang|merasa|menyatakan|mengaku|menjawab)[^\S\n]+" + _HOW + _OPINION,
                     re.IGNORECASE)
# Between that answer and the figure, a word of the vote makes the figure a share again
# ("yang yakin Khofifah-Emil meraih 58,81 persen suara" reports the count it is sure of).
_VOTE = re.compile(r"\b(?:" + VOTE_WORDS + r"|dipilih|memilih|mencoblos)\b", re.IGNORECASE)
_REACH = 80  # characters before the figure an answer may stand in


def survey_answer(text: str, sentence: int, start: int, end: int) -> bool:
    """Is the percentage at text[start:end] (its sentence opening at `sentence`) a survey's
    answer, no share of the votes: a named group's split (voter_groups), or an opinion said
    right after it or before it in its sentence with no word of the vote between?"""
    if group_share(text, sentence, start, end) or _AFTER.match(text, end) or \
            reason_share(text, sentence, start, end):  # "memilih karena program (36,4%)"
        return True
    last = None
    for last in _BEFORE.finditer(text, max(sentence, start - _REACH), start):
        pass
    return last is not None and not _VOTE.search(text, last.end(), start)
