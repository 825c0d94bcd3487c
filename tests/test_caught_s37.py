"""Errors caught (caught-s37): a share far below anything its own count could give
(checker/figures/far_share.py). Short pages in our own words holding the real figures of the
dev page named; negative controls keep the accurate share, a share of every ballot, a share
with a base named after it and a share beside a roster the page does not give whole unflagged.

Pilpres 2024, the re-vote (PSU) of 24 February 2024 at two TPS of Kota Surabaya
(news-prudensi-pilpres-surabaya-psu-tps): at TPS 12 Banjarsugihan Prabowo-Gibran 149,
Ganjar-Mahfud 33, Anies-Muhaimin 13 (195 valid votes, 199 ballots); the page writes "149
suara atau 5 persen", a digit dropped (149 of 195 is 76,4 %, of 199 is 74,9 %). At TPS 27
Simolawang: 114, 49 and 9. The record holds no TPS, so it leaves every figure there held.
No base a share can have (valid votes, every ballot, the roll) is ten times the valid votes.
"""

from __future__ import annotations

from decimal import Decimal

from builders import check_article, every_claim

D = Decimal
FLAGS = ("minor", "discrepant")

TITLE = "Dua TPS di Surabaya Gelar Pemungutan Suara Ulang Pilpres"
TPS12 = ("Di TPS 12 Kelurahan Banjarsugihan, Kecamatan Tandes, pasangan nomor urut 2 "
         "Prabowo-Gibran menang dengan {n2} suara {s2}{after}. Ganjar-Mahfud menyusul "
         "dengan {n3} suara.{anies}")
ANIES = " Adapun pasangan Anies-Muhaimin mendapat {n1} suara."
TPS27 = ("Di TPS 27 Kelurahan Simolawang, Kecamatan Simokerto, Prabowo-Gibran kembali unggul "
         "dengan {m2} suara atau {t2} persen. Anies-Muhaimin mendapat {m1} suara, sedangkan "
         "Ganjar-Mahfud hanya {m3} suara.")


def page(ctx, s2="atau 5 persen", after="", n1="13", n2="149", n3="33", anies=True,
         second=False, t2="66,3") -> dict:
    body = "<p>" + TPS12.format(n2=n2, s2=s2, n3=n3, after=after,
                                anies=ANIES.format(n1=n1) if anies else "") + "</p>"
    if second:
        body += "<p>" + TPS27.format(m2="114", t2=t2, m1="49", m3="9") + "</p>"
    report = check_article(TITLE, body, ctx=ctx)
    return {(claim.kind, claim.value): comp for claim, comp in every_claim(report)
            if comp is not None}


def _flagged(found: dict) -> set:
    return {v for (_, v), c in found.items() if c.status in FLAGS}


def test_a_share_a_tenth_of_its_count_is_wrong(shipped_context):
    found = page(shipped_context)
    comp = found[("share", D("5"))]
    assert comp.status == "discrepant" and comp.reason == "own_far" and comp.tier == "page"
    assert comp.official_value == D("76.41")
    assert _flagged(found) == {D("5")}  # the counts themselves are not blamed


def test_the_second_polling_station_and_a_decimal_share(shipped_context):
    # The other TPS's count, 114 of 172 (66,28 %), written "6,5"; the runs of the list
    # straddling the two TPS (33 + 13 + 114) put it lower still.
    found = page(shipped_context, s2="atau 76 persen", second=True, t2="6,5")
    comp = found[("share", D("6.5"))]
    assert comp.reason == "own_far" and comp.official_value == D("66.28")
    assert found[("share", D("76"))].status not in FLAGS


def test_the_share_in_brackets(shipped_context):
    found = page(shipped_context, s2="(6,4%)")
    assert found[("share", D("6.4"))].reason == "own_far"


def test_the_accurate_share_and_the_share_of_every_ballot_stay_unflagged(shipped_context):
    for share in ("atau 76 persen", "atau 76,4 persen", "atau 75 persen", "(74,9%)"):
        assert not _flagged(page(shipped_context, s2=share)), share


def test_a_share_above_a_tenth_is_no_proof(shipped_context):
    # 9 % of 195 valid votes would mean a base 1.655 votes wide: unlikely, but a tenth of
    # 76,41 is 7,64, and 9 is above it: the rule says no more than it can prove.
    assert not _flagged(page(shipped_context, s2="atau 9 persen"))


def test_a_base_named_after_the_share_is_not_weighed(shipped_context):
    # A share of the kecamatan's or the pair's own total is another base, however large.
    after = " dari total suara pasangan itu di Kecamatan Tandes"
    assert not _flagged(page(shipped_context, after=after))


def test_a_gain_after_the_share_is_no_share_of_the_count(shipped_context):
    after = " lebih banyak dibanding pemungutan suara pertama"
    assert not _flagged(page(shipped_context, after=after))


def test_no_whole_roster_no_base(shipped_context):
    # Only two of the three pairs' counts: the third may hold any number of votes.
    assert not _flagged(page(shipped_context, anies=False))
