"""Errors caught (caught-s36): a share no base the page itself states allows (stated_base.py).
Short pages in our own words holding the real figures of the dev page named; negative controls
keep the accurate share, the share of every ballot and shares of one unstated base unflagged.

Pilwalkot Solo (3372): the plenary's counts 121.471 and 185.970 add up to the 307.441 valid
votes the page states, with 19.671 invalid votes; the page writes pair 1's share "36,998
persen" (Banjarsari's count written as a share: news-suarasurakarta-pilwalkot-solo-kecamatan).
121.471 is 39,51 % of the valid votes and 37,13 % of every ballot: no base gives 36,998. The
record holds Sirekap only there, so it leaves a plenary share off its reading ungraded.
"""

from __future__ import annotations

from decimal import Decimal

from builders import check_article, every_claim

from checker.figures.stated_base import stated_invalid

D = Decimal
FLAGS = ("minor", "discrepant")

SOLO_TITLE = "KPU Solo Tuntaskan Rekapitulasi Pilwalkot 2024"
SOLO = ("<p>SOLO - KPU Kota Surakarta menuntaskan pleno terbuka rekapitulasi hasil penghitungan "
        "suara Pilwalkot Solo 2024 pada Rabu (4/12/2024). Paslon 01 Teguh Prakosa-Bambang "
        "Nugroho meraih {n1} suara atau {s1} persen. Paslon 02 Respati Ardi-Astrid Widayani "
        "meraih {n2} suara atau {s2} persen.</p>"
        "<p>{totals}</p>")
TOTALS = "Jumlah suara sah tercatat 307.441 suara, sedangkan suara tidak sah 19.671 suara."


def solo(ctx, s1="39,51", s2="60,49", n1="121.471", n2="185.970", totals=TOTALS,
         title=SOLO_TITLE) -> dict:
    report = check_article(title, SOLO.format(n1=n1, n2=n2, s1=s1, s2=s2, totals=totals),
                           ctx=ctx)
    return {(claim.kind, claim.value): comp for claim, comp in every_claim(report)
            if comp is not None}


def _flagged(found: dict) -> set:
    return {v for (_, v), c in found.items() if c.status in FLAGS}


def test_a_share_below_every_stated_base_is_wrong(shipped_context):
    # As the page has it: pair 2's "61,422" is off too (the record's Sirekap flags it), so no
    # share of the count follows the counts and own_shares.py singles none out.
    found = solo(shipped_context, s1="36,998", s2="61,422")
    comp = found[("share", D("36.998"))]
    assert comp.status == "discrepant" and comp.reason == "own_base"
    assert comp.tier == "page" and comp.official_value == D("39.51")
    assert _flagged(found) == {D("36.998"), D("61.422")}


def test_another_wrong_share_of_the_same_shape(shipped_context):
    # 35,2 for pair 1 (a tenth written) beside pair 2's share of every ballot (56,85): below
    # 37,13 by more than its unit.
    found = solo(shipped_context, s1="35,2", s2="56,85")
    assert found[("share", D("35.2"))].reason == "own_base"
    assert _flagged(found) == {D("35.2")}


def test_the_other_pair_too(shipped_context):
    # 185.970 is 56,85 % of every ballot: 54,12 follows from no base the page gives.
    found = solo(shipped_context, s1="37,13", s2="54,12")
    assert found[("share", D("54.12"))].reason == "own_base"
    assert _flagged(found) == {D("54.12")}


def test_the_accurate_shares_are_not_flagged(shipped_context):
    found = solo(shipped_context)
    assert not _flagged(found)
    assert all(c.reason != "own_base" for c in found.values())


def test_shares_of_every_ballot_are_not_flagged(shipped_context):
    # 121.471 and 185.970 of 327.112 ballots: 37,13 and 56,85.
    found = solo(shipped_context, s1="37,13", s2="56,85")
    assert not _flagged(found)
    assert all(c.reason != "own_base" for c in found.values())


def test_a_share_between_the_two_bases_is_not_blamed(shipped_context):
    # 38,2 is 121.471 of about 318 thousand: a base between the valid votes and every ballot.
    found = solo(shipped_context, s1="38,2", s2="56,85")
    assert found[("share", D("38.2"))].reason != "own_base"
    assert D("38.2") not in _flagged(found)


def test_without_the_invalid_votes_a_low_share_is_not_blamed(shipped_context):
    # No invalid votes stated: the widest base is unknown, so a low share may be of it.
    found = solo(shipped_context, s1="36,998", s2="61,422",
                 totals="Jumlah suara sah tercatat 307.441 suara.")
    assert found[("share", D("36.998"))].reason != "own_base"
    assert D("36.998") not in _flagged(found)


def test_without_a_stated_valid_total_nothing_is_blamed(shipped_context):
    found = solo(shipped_context, s1="36,998", s2="61,422", totals="Suara tidak sah 19.671 suara.")
    assert found[("share", D("36.998"))].reason != "own_base"


def test_a_total_the_counts_miss_pins_no_base(shipped_context):
    # A count one keystroke off (124.471): the counts no longer add up to the stated total.
    found = solo(shipped_context, s1="36,998", s2="61,422", n1="124.471")
    assert all(c.reason != "own_base" for c in found.values())


def test_shares_of_one_unstated_base_are_not_blamed(shipped_context):
    # 37,00 and 56,64 are both of about 328.318 ballots: a reading in which neither is wrong,
    # though it is wider than the valid and invalid votes the page states.
    found = solo(shipped_context, s1="37,00", s2="56,64")
    assert all(c.reason != "own_base" for c in found.values())


def test_a_share_of_the_voters_is_not_blamed(shipped_context):
    body = SOLO.replace("{s1} persen.", "{s1} persen dari DPT.")
    report = check_article(SOLO_TITLE, body.format(n1="121.471", n2="185.970", s1="27,42",
                                                   s2="56,85", totals=TOTALS), ctx=shipped_context)
    assert all(c.reason != "own_base" for _, c in every_claim(report) if c is not None)


def test_stated_invalid_reads_both_orders_and_not_all_ballots():
    assert stated_invalid("suara tidak sah tercatat 19.671 suara") == (19671,)
    assert stated_invalid("sebanyak 2.680 suara dinyatakan tidak sah") == (2680,)
    assert stated_invalid("suara sah dan tidak sah berjumlah 327.112") == ()
    assert stated_invalid("Suara tidak sah sebanyak 51.007, lalu 72.726 suara tidak sah") == \
        (51007, 72726)
