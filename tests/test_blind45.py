"""Blind hunt 45 (English-language reports of the 2024 results, and pages giving the Pilpres
province by province; tests/corpus/findings/hunt.md, "Blind hunt 45"): the English shapes that
gave a pair a figure that is not its own, each a short page in our own words with the real
figures of the record (Pilpres Kalimantan Tengah: Prabowo-Gibran 1.097.070, Anies-Muhaimin
256.811, Ganjar-Mahfud 158.788; Pilgub Jawa Tengah: decree of Dec 2024, Luthfi-Taj Yasin
59,14 %, Andika-Hendi 40,86 %)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import compared_article as read, comparisons_at as of

FLAGS = ("minor", "discrepant")


def _flagged(found, value: str) -> list:
    return [c for c in of(found, value) if c.status in FLAGS]


def _owners(found, value: str) -> list:
    return [claim.candidate_id for claim, _ in found if claim.value == Decimal(value)]


# ---- A. The rivals as the subject of the verb right before the figure, in English: "where they
# secured a million votes compared to their rivals who only garnered around 200,000 votes"
# (observerid's Central Kalimantan, left open by blind hunt 39). The leader's own count is in
# words ("a million") or not given, so the nearest name before the rivals' figure was the
# leader's, and the rivals' count was graded against the leader's 1.097.070.
KALTENG_TITLE = "KPU recapitulation: Prabowo-Gibran wins in Central Kalimantan"
KALTENG = ("<p>The General Elections Commission (KPU) certified the presidential vote of Central "
           "Kalimantan on Sunday.</p><p>{body}</p>")


@pytest.mark.parametrize("body, value", [
    ("Prabowo-Gibran took Central Kalimantan, where the pair collected more than a million votes "
     "while their two rivals together received about 415,000 votes.", "415000"),
    ("Prabowo-Gibran dominated Central Kalimantan with more than a million votes, compared with "
     "their rivals, who only got around 400,000 votes.", "400000"),
    ("Prabowo-Gibran won over a million votes in Central Kalimantan, their closest rival polled "
     "256,811 votes.", "256811"),
    ("Prabowo-Gibran dominated Central Kalimantan with more than a million votes; its nearest "
     "challenger received just 256,811 votes.", "256811"),
    ("In Central Kalimantan the pair Prabowo-Gibran won big, while the other two pairs only "
     "garnered around 200,000 votes each.", "200000"),
])
def test_the_rivals_figure_is_not_the_leader_s(shipped_context, body, value):
    found = read(shipped_context, KALTENG_TITLE, KALTENG.format(body=body))
    assert not _flagged(found, value), of(found, value)
    assert not any(_owners(found, value)), of(found, value)


@pytest.mark.parametrize("body, value, status", [
    # a rival named as a pair keeps its own count
    ("Prabowo-Gibran took 1,097,070 votes in Central Kalimantan, beating its rival "
     "Anies-Muhaimin, who garnered 256,811 votes.", "256811", "consistent"),
    # the leader who beat the rivals: its own figure, right or wrong
    ("Prabowo-Gibran, who beat their rivals, won 1,097,070 votes in Central Kalimantan.",
     "1097070", "consistent"),
    ("Prabowo-Gibran, who beat their rivals, won 1,197,070 votes in Central Kalimantan.",
     "1197070", "discrepant"),
    ("Prabowo-Gibran won 1,197,070 votes in Central Kalimantan, far ahead of their rivals.",
     "1197070", "discrepant"),
])
def test_a_pair_s_own_figure_beside_the_rival_words_is_still_graded(shipped_context, body,
                                                                      value, status):
    found = read(shipped_context, KALTENG_TITLE, KALTENG.format(body=body))
    assert [c.status for c in of(found, value)] == [status], of(found, value)


# ---- B. The owner after the figure, in English: "the 40.86 percent won by Andika-Hendi" (from
# the Jakarta Post's "higher than the 7.87 million votes won by his only rival, former military
# commander Andika Perkasa"). The nearest name before it, the winner, was given the rival's share.
JATENG_TITLE = "Luthfi wins Central Java governor race"
JATENG = ("<p>The Central Java KPU certified the gubernatorial election on Saturday. "
          "Luthfi-Taj Yasin won 59.14 percent of the valid votes, well above {rest}.</p>")


@pytest.mark.parametrize("rest", [
    "the 40.86 percent won by Andika-Hendi",
    "the 40.86 percent of the vote secured by Andika-Hendi",
    "the 40.86 percent garnered by Andika-Hendi",
])
def test_a_share_won_by_the_pair_named_after_it_is_that_pair_s(shipped_context, rest):
    found = read(shipped_context, JATENG_TITLE, JATENG.format(rest=rest))
    assert [c.status for c in of(found, "59.14")] == ["consistent"]
    assert [c.status for c in of(found, "40.86")] == ["consistent"], of(found, "40.86")


@pytest.mark.parametrize("rest, value", [
    ("the 41.86 percent won by Andika-Hendi", "41.86"),  # the rival's share, misquoted
])
def test_the_rival_s_own_share_misquoted_stays_flagged(shipped_context, rest, value):
    found = read(shipped_context, JATENG_TITLE, JATENG.format(rest=rest))
    assert _flagged(found, value), of(found, value)


def test_a_share_won_by_an_unnamed_rival_is_nobody_s(shipped_context):
    found = read(shipped_context, JATENG_TITLE, JATENG.format(
        rest="the 41.86 percent won by his only rival"))
    assert not _flagged(found, "41.86"), of(found, "41.86")


def test_a_rival_named_in_apposition_owns_the_share(shipped_context):
    # merge-s40: corpus-bf's Jakarta Post line names the rival after a comma; the name gives it
    # (40.86 is Andika-Hendi's share in the record, 41.86 a misquote of it).
    rest = "the {} percent won by his only rival, former military commander Andika Perkasa"
    found = read(shipped_context, JATENG_TITLE, JATENG.format(rest=rest.format("40.86")))
    assert [c.status for c in of(found, "40.86")] == ["consistent"], of(found, "40.86")
    found = read(shipped_context, JATENG_TITLE, JATENG.format(rest=rest.format("41.86")))
    assert _flagged(found, "41.86"), of(found, "41.86")


# ---- C. A share of the parties behind a pair, in English: "The dominance of the political
# machine of the coalition supporting Luthfi-Taj Yasin is around 75 percent" (an observer on
# exbulletin, from the Indonesian "koalisi pendukung", which the reader already passes over).
@pytest.mark.parametrize("sentence", [
    "The dominance of the political machine of the coalition supporting Luthfi-Taj Yasin is "
    "around 75 percent, an observer said.",
    "The parties backing Luthfi-Taj Yasin hold 75 percent of the seats in the provincial "
    "legislature.",
    "The coalition behind Luthfi-Taj Yasin controls 75 percent of the provincial legislature.",
])
def test_the_backers_share_is_not_the_pair_s(shipped_context, sentence):
    found = read(shipped_context, JATENG_TITLE,
                 "<p>The Central Java KPU certified the gubernatorial election on Saturday. "
                 f"Luthfi-Taj Yasin won 59.14 percent.</p><p>{sentence}</p>")
    assert [c.status for c in of(found, "59.14")] == ["consistent"]
    assert not _flagged(found, "75"), of(found, "75")


@pytest.mark.parametrize("sentence, status", [
    ("Luthfi-Taj Yasin, backed by a coalition of parties, won 59.14 percent.", "consistent"),
    ("Luthfi-Taj Yasin, backed by a coalition of parties, won 61.14 percent.", "discrepant"),
])
def test_a_backed_pair_s_own_share_is_still_graded(shipped_context, sentence, status):
    found = read(shipped_context, JATENG_TITLE,
                 f"<p>The Central Java KPU certified the gubernatorial election. {sentence}</p>")
    value = "59.14" if status == "consistent" else "61.14"
    assert [c.status for c in of(found, value)] == [status], of(found, value)


# ---- D. How much of the count is in, said in English after the figure: "with 70 percent of the
# votes counted" (from the pages' quick counts: "with 94 percent of the samples counted" on the
# Jakarta Globe, "based on 24.1 per cent of sample votes counted" on The Star, "with 88% to 98%
# of ballots counted" in Reuters' copy). Read as the pair's share, a KPU count's progress was
# graded against Jawa Tengah's 59,14 % (the share beside it, at 70 % of the count, is then a
# reading of that moment: held, no longer graded against the decree).
JATENG_COUNT = ("<p>In the Central Java gubernatorial race, the KPU's Sirekap count showed "
                "Luthfi-Taj Yasin with 59.1 percent{rest}.</p>")


@pytest.mark.parametrize("rest", [
    ", with 70 percent of the votes counted",
    ", based on 70 percent of the ballots tallied",
    ", after 70 percent of the votes were counted",
    ". With 70 per cent of polling stations counted, the lead looked safe",
])
def test_the_count_s_progress_is_not_the_pair_s_share(shipped_context, rest):
    found = read(shipped_context, "Luthfi leads Central Java governor count",
                 JATENG_COUNT.format(rest=rest))
    assert not _flagged(found, "70") and not _flagged(found, "59.1"), found
    assert [claim.kind for claim, _ in found if claim.value == 70] in ([], ["progress"]), found


@pytest.mark.parametrize("body, value, status", [
    # the pair's share of the votes counted, its verb right before it: still its share
    ("the KPU's Sirekap count gave Luthfi-Taj Yasin 59.14 percent of the votes counted.",
     "59.14", "consistent"),
    ("the KPU's count showed Luthfi-Taj Yasin won 61.14 percent of the votes counted.",
     "61.14", "discrepant"),
])
def test_a_share_of_the_votes_counted_stays_the_pair_s(shipped_context, body, value, status):
    found = read(shipped_context, "Luthfi leads Central Java governor count",
                 f"<p>In the Central Java gubernatorial race, {body}</p>")
    assert [c.status for c in of(found, value)] == [status], of(found, value)


# ---- E. An earlier election said in English without its name and year together: "Five years
# ago Prabowo got only 22.71 percent in Central Java" (Pilpres 2019: Jokowi-Ma'ruf 77,29 %,
# Prabowo-Sandiaga 22,71 % there). The Indonesian words ("Lima tahun lalu", "Pada pemilu
# sebelumnya") hold the figure `other_election`; the English ones (probed from page 21's "During
# his re-election as governor in 2018, Ganjar had obtained 58.78%") left the page's election, and
# the 2019 share was graded against Prabowo-Gibran's 53,08 % of 2024.
JATENG_PILPRES = ("<p>The KPU certified Central Java's presidential vote on Monday: "
                  "Prabowo-Gibran 12,096,454 votes, Ganjar-Mahfud 7,827,335.</p><p>{then}</p>")


@pytest.mark.parametrize("then", [
    "Five years ago Prabowo got only 22.71 percent in Central Java.",
    "In the previous election Prabowo got only 22.71 percent in Central Java.",
    "In the last presidential election, Prabowo got only 22.71 percent in Central Java.",
    "Prabowo got only 22.71 percent in Central Java five years ago, when he ran against Jokowi.",
    "Back in 2019 Prabowo got only 22.71 percent in Central Java.",
    "Prabowo got only 22.71 percent in Central Java in 2019.",
    "Prabowo, who lost Central Java twice, got only 22.71 percent there last time.",
])
def test_an_earlier_election_s_share_is_held(shipped_context, then):
    found = read(shipped_context, "Ganjar loses his home province", JATENG_PILPRES.format(then=then))
    assert of(found, "22.71") and not _flagged(found, "22.71"), of(found, "22.71")


@pytest.mark.parametrize("then, value, status", [
    ("This year Prabowo-Gibran took 53.08 percent in Central Java, up from 22.71 percent five "
     "years ago.", "53.08", "consistent"),
    ("Prabowo-Gibran took 55.08 percent in Central Java, up from 22.71 percent five years ago.",
     "55.08", "discrepant"),
    ("Prabowo-Gibran took 55.08 percent in Central Java, far more than in the previous election.",
     "55.08", "discrepant"),
    ("Five years ago Prabowo lost Central Java, but this year Prabowo-Gibran took 55.08 percent "
     "there.", "55.08", "discrepant"),
])
def test_now_s_share_beside_an_earlier_election_is_still_graded(shipped_context, then, value,
                                                                 status):
    found = read(shipped_context, "Ganjar loses his home province", JATENG_PILPRES.format(then=then))
    assert [c.status for c in of(found, value)] == [status], of(found, value)


# ---- B2. "for" a pair after its figure, as "untuk": "Luthfi-Taj Yasin won 59.14 percent,
# against 40.86 percent for Andika-Hendi" (probed from observerid's "compared to 37,495 for
# Anies-Muhaimin"): the nearest name before it, the winner, was given the rival's share.
@pytest.mark.parametrize("rest, value, status", [
    ("against 40.86 percent for Andika-Hendi", "40.86", "consistent"),
    ("against 44.86 percent for Andika-Hendi", "44.86", "discrepant"),
])
def test_a_share_for_the_pair_named_after_it_is_that_pair_s(shipped_context, rest, value, status):
    found = read(shipped_context, JATENG_TITLE,
                 "<p>The Central Java KPU certified the gubernatorial election on Saturday. "
                 f"Luthfi-Taj Yasin won 59.14 percent of the valid votes, {rest}.</p>")
    assert [c.status for c in of(found, "59.14")] == ["consistent"]
    assert [c.status for c in of(found, value)] == [status], of(found, value)
    assert _owners(found, value) != _owners(found, "59.14"), found
