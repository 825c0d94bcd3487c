"""A count the page gives beside other pairs' counts that equal one official reading to the
vote is of that reading: held to it exactly (issue 10, planted errors). The votes limit
(0.5 % = "consistent") is there for a count of another moment or basis than the yardstick;
once the page's other counts show it copied that very reading, "458.386" for 458.886 is a
typo, not a count at another moment."""

from decimal import Decimal

from builders import context, snapshot
from checker.analyse.pipeline import check_snapshot

DKI = ("<h1>UPDATE Real Count KPU Pilgub Jakarta 2024</h1><p>TRIBUNKALTENG.COM, PALANGKA RAYA"
       " - Berikut pembaruan real count Pilgub Jakarta 2024 dari KPU.</p><p>Pantauan di "
       "pilkada2024.kpu.go.id sampai Jumat (29/11/2024) siang menunjukkan data yang masuk "
       "99,93 persen atau 14.825 TPS dari 14.835 TPS.</p><p>Pramono-Rano memimpin dengan "
       "{a} suara, setara 50,07 persen.</p><p>Ridwan Kamil-Suswono (RIDO) menyusul dengan "
       "{b} suara atau 39,40 persen.</p><p>Di urutan terakhir, Dharma Pongrekun-Kun Wardana "
       "meraih {c} suara atau 10,53 persen.</p>")


def statuses(body: str) -> dict:
    html = (f"<html><head><title>Real Count Pilgub Jakarta</title></head><body><article>{body}"
            "</article></body></html>")
    rep = check_snapshot(snapshot("https://kalteng.tribunnews.com/2024/11/29/real-count",
                                  html.encode()), context())
    return {rep.claims[c.claim].value: c for c in rep.comparisons
            if rep.claims[c.claim].kind == "votes"}


def test_a_count_off_a_reading_the_other_pairs_copy_to_the_vote_is_flagged():
    got = statuses(DKI.format(a="2.181.939", b="1.717.245", c="458.386"))
    assert got[458386].status == "minor" and got[458386].official_value == 458886
    assert got[2181939].status == "consistent" and got[1717245].status == "consistent"


def test_the_same_page_copied_right_stays_consistent():
    got = statuses(DKI.format(a="2.181.939", b="1.717.245", c="458.886"))
    assert {c.status for c in got.values()} == {"consistent"}


def test_no_other_count_equal_to_the_reading_keeps_the_limit():
    # every count a little off the reading (another moment, rounded by the writer): nothing
    # shows the page copied that reading, so the limit stands
    got = statuses(DKI.format(a="2.181.900", b="1.717.200", c="458.800"))
    assert {c.status for c in got.values()} == {"consistent"}


SHARES = ("<h1>UPDATE Real Count KPU Pilgub Jakarta 2024</h1><p>TRIBUNKALTENG.COM, PALANGKA "
          "RAYA - Berikut pembaruan real count Pilgub Jakarta 2024 dari KPU.</p><p>Pantauan di "
          "pilkada2024.kpu.go.id sampai Jumat (29/11/2024) siang menunjukkan data yang masuk "
          "99,93 persen atau 14.825 TPS dari 14.835 TPS.</p><p>Pramono-Rano memimpin dengan "
          "{a} persen.</p><p>Ridwan Kamil-Suswono (RIDO) menyusul dengan {b} persen.</p><p>Di "
          "urutan terakhir, Dharma Pongrekun-Kun Wardana meraih {c} persen.</p>")


def shares(body: str) -> dict:
    html = (f"<html><head><title>Real Count Pilgub Jakarta</title></head><body><article>{body}"
            "</article></body></html>")
    rep = check_snapshot(snapshot("https://kalteng.tribunnews.com/2024/11/29/real-count",
                                  html.encode()), context())
    return {rep.claims[c.claim].value: c.status for c in rep.comparisons
            if rep.claims[c.claim].kind == "share"}


def test_a_share_off_a_reading_every_other_pair_copies_is_flagged():
    assert shares(SHARES.format(a="50,07", b="39,40", c="10,58")) == {
        Decimal("50.07"): "consistent", Decimal("39.40"): "consistent",
        Decimal("10.58"): "minor"}


def test_a_share_a_unit_off_is_rounding():
    got = shares(SHARES.format(a="50,07", b="39,40", c="10,54"))
    assert set(got.values()) == {"consistent"}


def test_one_other_pair_equal_in_a_race_of_three_proves_no_reading():
    # 39,42 and 10,51: another moment, where Pramono-Rano's share happened to be the same
    got = shares(SHARES.format(a="50,07", b="39,42", c="10,51"))
    assert set(got.values()) == {"consistent"}


BALI = ("<h1>Real Count Pilgub Bali 2024</h1><p>MERDEKA.COM - Data Sirekap KPU per Kamis "
        "(28/11/2024) pukul 10.15 WIB dengan data masuk 99,84 persen menunjukkan Koster-Giri "
        "meraih {a} persen, sementara Mulia-PAS mengumpulkan {b} persen.</p>")


def test_in_a_race_of_two_the_other_pair_equal_to_the_reading_is_enough():
    html = (f"<html><head><title>Real Count Pilgub Bali</title></head><body><article>"
            f"{BALI.format(a='61,44', b='38,54')}</article></body></html>")
    rep = check_snapshot(snapshot("https://www.merdeka.com/politik/real-count-bali.html",
                                  html.encode()), context())
    got = {rep.claims[c.claim].value: c.status for c in rep.comparisons
           if rep.claims[c.claim].kind == "share"}
    assert got == {Decimal("61.44"): "minor", Decimal("38.54"): "consistent"}
