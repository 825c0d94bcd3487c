"""A dateline's place glued to the pair right after its dash (found at stop 33's review).

"JAKARTA - Pramono-Rano meraih 2.183.239 suara": the reporter's city, its dash, then the pair.
The spaced dash also joins a pair's members ("RIDWAN KAMIL - H. SUSWONO"), so the name runs read
"JAKARTA - Pramono-Rano" as one written name, which names nobody: the figures were held
`candidate_unknown` and the report's candidate field held a page fragment (issue 10, clean
output). A dateline's place is where the reporter filed from, never a member of a name: a
region the prose reader knows (places.dateline), or a line's opening capitals before a spaced
dash and a title-case name ("SURABAYA - Khofifah-Emil", a city the reader knows only with
"Kota"). A pair written with a spaced dash at a line's start, with no place before
it, is still read as that pair.
"""

from __future__ import annotations

import pytest

from builders import check_article, every_claim

PRAMONO = ("<p>{lead}Pramono-Rano meraih 2.183.239 suara atau 50,07 persen di Pilgub Jakarta "
           "2024, Kamis (5/12/2024).</p>")
KHOFIFAH = "<p>{lead}Khofifah-Emil meraih 12.192.165 suara di Pilgub Jawa Timur 2024.</p>"


def _claims(title: str, body: str, ctx) -> list:
    return [(claim.kind, claim.candidate_name, comp.status if comp else None)
            for claim, comp in every_claim(check_article(title, body, ctx=ctx))]


@pytest.mark.parametrize("lead", ["JAKARTA - ", "Jakarta - ", "JAKARTA \u2013 ", "SURABAYA - ",
                                  "BANDA ACEH - ", "MEDAN \u2013 "])
def test_a_dateline_place_is_no_member_of_the_pair_after_its_dash(lead, shipped_context):
    claims = _claims("Hasil Pilgub Jakarta 2024", PRAMONO.format(lead=lead), shipped_context)
    assert claims == [("votes", "Pramono-Rano", "consistent"),
                      ("share", "Pramono-Rano", "consistent")]


def test_another_race_filed_from_the_capital(shipped_context):
    # (A national outlet files the Jatim result from Jakarta; a regional one from Surabaya, a
    # city the prose reader knows only as "Kota Surabaya": a line's capitals before a spaced
    # dash and a title-case name.)
    for lead in ("JAKARTA - ", "SURABAYA - "):
        claims = _claims("Hasil Pilgub Jatim 2024", KHOFIFAH.format(lead=lead), shipped_context)
        assert claims == [("votes", "Khofifah-Emil", "consistent")]


@pytest.mark.parametrize("lead", ["", "JAKARTA, KOMPAS.com - ", "Jakarta (ANTARA) - "])
def test_the_forms_already_read_stay_read(lead, shipped_context):
    claims = _claims("Hasil Pilgub Jakarta 2024", PRAMONO.format(lead=lead), shipped_context)
    assert claims == [("votes", "Pramono-Rano", "consistent"),
                      ("share", "Pramono-Rano", "consistent")]


def test_a_pair_written_with_a_spaced_dash_at_a_line_start_is_still_a_pair(shipped_context):
    body = ("<p>Perolehan suara Pilgub Jawa Timur 2024 menurut rekapitulasi KPU:</p>"
            "<p>KHOFIFAH INDAR PARAWANSA - EMIL ELESTIANTO DARDAK 12.192.165 suara</p>")
    claims = _claims("Rekapitulasi Pilgub Jatim 2024", body, shipped_context)
    assert ("votes", "KHOFIFAH INDAR PARAWANSA - EMIL ELESTIANTO DARDAK", "consistent") in claims


def test_a_wrong_count_after_a_dateline_is_now_caught(shipped_context):
    body = PRAMONO.format(lead="JAKARTA - ").replace("2.183.239", "2.813.239")
    claims = _claims("Hasil Pilgub Jakarta 2024", body, shipped_context)
    assert ("votes", "Pramono-Rano", "discrepant") in claims


def test_a_pair_in_capitals_after_a_line_start_stays_one_name(shipped_context):
    body = ("<p>Hasil rekapitulasi Pilgub Jawa Timur 2024:</p>"
            "<p>KHOFIFAH - EMIL 12.192.165 suara</p>")
    claims = _claims("Rekapitulasi Pilgub Jatim 2024", body, shipped_context)
    assert claims == [("votes", "KHOFIFAH - EMIL", "consistent")]
