"""A figure whose own clause names the country ("won 24.95% nationwide", "meraih 24,95 persen
suara secara nasional") is the country's, whatever place the sentence named before it.

Blind hunt 31 left "Anies Baswedan, who led Jakarta from 2017 to 2022, won 24.95% nationwide"
flagged as DKI Jakarta's (24,95 against Jakarta's 41,07): "who led" may also say a pair leads a
count, so it is no former office (residence.held_office), but the words right after the
figure say where it was counted. Only the figure, its unit and what it is of ("of the vote",
"suara") may stand between it and the country's name; a comma opens another clause ("41,07
persen, sementara secara nasional ...": Jakarta's 41,07 stays Jakarta's).

Pages in our own words with the shipped record's figures: the Pilpres 2024 decree
(Anies-Muhaimin 24,95 %, Ganjar-Mahfud 16,47 %, Prabowo-Gibran 58,59 %) and its DKI Jakarta
count (Anies-Muhaimin 41,07 %, Prabowo-Gibran 41,67 %)."""

from __future__ import annotations

import pytest

from builders import FLAGS, found

TITLE_EN = "Prabowo declared winner of Indonesia's presidential election"
TITLE_ID = "KPU tetapkan hasil Pilpres 2024"


def share(claims: list, value: float) -> list:
    return [f for f in claims if f[0] == "share" and f[1] == value]


@pytest.mark.parametrize("title, text, value", [
    (TITLE_EN, "Anies Baswedan, who led Jakarta from 2017 to 2022, won 24.95% nationwide.", 24.95),
    (TITLE_EN, "Anies Baswedan, who led Jakarta for five years, took 24.95 percent of the vote "
               "nationwide.", 24.95),
    (TITLE_EN, "Ganjar Pranowo, long the face of Central Java, won 16.47% of the votes "
               "nationwide.", 16.47),
    (TITLE_ID, "Anies Baswedan, yang memimpin Jakarta pada 2017-2022, meraih 24,95 persen suara "
               "secara nasional.", 24.95),
    (TITLE_ID, "Di Jakarta, kampung halaman politiknya, Anies-Muhaimin meraih 24,95 persen "
               "secara nasional.", 24.95),
])
def test_the_country_named_right_after_the_figure_is_its_area(shipped_context, title, text,
                                                              value):
    claims = found(shipped_context, title, text)
    assert [(f[2], f[3]) for f in share(claims, value)] == [("", "consistent")], claims


@pytest.mark.parametrize("title, text, value", [
    (TITLE_EN, "Anies Baswedan, who led Jakarta from 2017 to 2022, won 28.95% nationwide.", 28.95),
    (TITLE_ID, "Anies Baswedan, yang memimpin Jakarta pada 2017-2022, meraih 29,95 persen suara "
               "secara nasional.", 29.95),
])
def test_a_wrong_national_share_is_still_flagged(shipped_context, title, text, value):
    claims = found(shipped_context, title, text)
    assert [(f[2], f[3]) for f in share(claims, value)] == [("", "discrepant")], claims


def test_a_place_s_figure_before_another_clause_stays_the_place_s(shipped_context):
    # control: the country is named in the next clause, after a comma: 41,07 is Jakarta's
    claims = found(shipped_context, TITLE_ID,
                   "Di DKI Jakarta, Anies-Muhaimin meraih 41,07 persen, sementara secara nasional "
                   "pasangan itu hanya mendapat 24,95 persen.")
    assert [(f[2], f[3]) for f in share(claims, 41.07)] == [("31", "consistent")], claims
    assert not [f for f in claims if f[3] in FLAGS], claims


def test_a_wrong_place_figure_is_still_flagged_there(shipped_context):
    claims = found(shipped_context, TITLE_ID,
                   "Di DKI Jakarta, Anies-Muhaimin meraih 45,07 persen, sementara secara nasional "
                   "pasangan itu hanya mendapat 24,95 persen.")
    assert [(f[2], f[3]) for f in share(claims, 45.07)] == [("31", "discrepant")], claims
