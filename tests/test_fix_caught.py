"""Errors the page's own figures pin down (issue 10, errors caught), from dev pages, with
variants and the neighbouring shapes that must keep their grade (tests in our own words with
the real figures)."""

from decimal import Decimal

from builders import check_article, every_claim
from checker.figures.share_readings import certain_wrong

D = Decimal


def flags(report) -> dict:
    return {(c.kind, c.value): r for c, r in every_claim(report)
            if r is not None and r.status in ("minor", "discrepant")}


# Kota Bontang's mayor plenary, four pairs (Kaltim round-up): 41.081, 25.393, 22.099, 5.985.
BONTANG = ("<p>Hasil rekapitulasi Pilwalkot Bontang 2024 oleh KPU Kota Bontang:</p>"
           "<p>Neni Moerniaeni–Agus Haris 41.081 suara atau {a} persen</p>"
           "<p>Basri Rase–Chusnul Dhihin 25.393 suara atau {b} persen</p>"
           "<p>Najirah–Muhammad Aswar 22.099 suara atau {c} persen</p>"
           "<p>Sutomo Jabir–Nasrullah dengan 5.985 suara atau {d} persen</p>")


def bontang(a="43,4", b="26,61", c="23,33", d="6,33", counts=None):
    body = BONTANG.format(a=a, b=b, c=c, d=d)
    for old, new in (counts or {}).items():
        body = body.replace(old, new)
    return check_article("Hasil Pleno Pilkada Kota Bontang", body)


def test_a_share_no_reading_of_the_page_bears_out_is_graded_against_its_votes():
    # 43,4, 23,33 and 6,33 are one base's (about 94.690 ballots); 26,61 is no base's, and no
    # one mistyped count makes all four follow.
    got = flags(bontang())
    assert set(got) == {("share", D("26.61"))}
    graded = got[("share", D("26.61"))]
    assert graded.tier == "page" and graded.reason == "own_votes"
    assert graded.official_value == D("26.85")


def test_shares_of_one_other_base_are_not_wrong():
    # every share over 94.700 ballots (valid and invalid): nothing to blame
    assert not flags(bontang(a="43,4", b="26,81", c="23,34", d="6,32"))


def test_shares_that_follow_from_the_votes_raise_nothing():
    assert not flags(bontang(a="43,45", b="26,85", c="23,37", d="6,33"))


def test_a_mistyped_count_does_not_make_the_right_shares_wrong():
    # 22.399 for 22.099: the shares follow from the true total, not from the page's sum
    got = flags(bontang(a="43,4", b="26,85", c="23,37", d="6,33",
                        counts={"22.099 suara": "22.399 suara"}))
    assert ("share", D("26.85")) not in got and ("share", D("23.37")) not in got \
        and ("share", D("6.33")) not in got


def test_readings_arithmetic_variants():
    # four pairs (37.282, 29.572, 27.248, 10.000; 104.102 valid): 35,8, 28,4 and 9,5 are one
    # base's (about 104.300 ballots), 26,71 (26,17 swapped) is no base's
    votes = {1: 37282, 2: 29572, 3: 27248, 4: 10000}
    assert certain_wrong(votes, {1: D("35.8"), 2: D("28.4"), 3: D("26.71"), 4: D("9.5")}) == {3}
    # three pairs, two shares off, each pair of shares of another base: any one may be right
    votes = {1: 37282, 2: 29572, 3: 27248}
    assert certain_wrong(votes, {1: D("39.62"), 2: D("31.37"), 3: D("28.69")}) == set()
    # all three of one larger base (94.300): none
    assert certain_wrong(votes, {1: D("39.54"), 2: D("31.36"), 3: D("28.89")}) == set()
    # Malut's plenary with its own two slips (50,69 and 12,88) and 76.605 mistyped 76.105:
    # the right 11,01 is not blamed for the count
    assert certain_wrong({1: 168174, 2: 76105, 3: 91879, 4: 359416},
                         {1: D("24.18"), 2: D("11.01"), 3: D("12.88"), 4: D("50.69")}) == set()
    # two pairs: either share may be the wrong one
    assert certain_wrong({1: 11390191, 2: 7870084}, {1: D("55.00"), 2: D("40.00")}) == set()


# Kota Malang's mayor plenary: the lead's 203.257 for Wahyu-Ali, a summary's slip 293.257
# (Sirekap: 196.694 at 99 % of the TPS).
MALANG = ("<p>KPU Kota Malang menggelar rapat pleno terbuka rekapitulasi tingkat Kota Malang. "
          "Paslon nomor urut 1, Wahyu-Ali, unggul di semua kecamatan dengan {a} suara.</p>"
          "<p>Ketua KPU Kota Malang menyebut pleno berjalan lancar.</p>"
          "<p>Dijumlahkan dari lima kecamatan, Wahyu-Ali (WALI) berada di urutan pertama "
          "dengan total {b} suara.</p>")


def malang(a, b):
    return check_article("Wahyu-Ali Unggul di Pleno Pilkada Kota Malang",
                         MALANG.format(a=a, b=b))


def test_of_two_counts_a_slip_apart_the_one_no_complete_reading_allows_is_wrong():
    got = flags(malang("203.257", "293.257"))
    assert set(got) == {("votes", D("293257"))}
    graded = got[("votes", D("293257"))]
    assert graded.tier == "page" and graded.reason == "own_repeat" and \
        graded.official_value == 203257 and graded.status == "discrepant"


def test_the_slip_is_caught_whichever_comes_first():
    assert set(flags(malang("293.257", "203.257"))) == {("votes", D("293257"))}


def test_two_counts_near_the_reading_or_not_a_slip_apart_keep_their_grade():
    # both within reach of Sirekap (another moment, a correction): neither singled out
    assert not flags(malang("203.257", "203.557"))
    # far, but no slip of the near one: another figure, not a typo of it
    assert not flags(malang("203.257", "251.000"))
    # both far: nothing says which is meant
    assert not flags(malang("293.257", "283.257"))


def test_a_far_count_the_page_gives_once_stays_unverifiable():
    report = check_article("Wahyu-Ali Unggul di Pleno Pilkada Kota Malang",
                           "<p>KPU Kota Malang menggelar rapat pleno. Wahyu-Ali meraih "
                           "293.257 suara.</p>")
    assert not flags(report)


def test_a_four_pair_regency_variant():
    # Bontang (Sirekap at 96.75 %): 41.081 in the list, a summary's 71.081
    body = BONTANG.format(a="43,45", b="26,85", c="23,37", d="6,33") + \
        "<p>Dengan demikian Neni Moerniaeni–Agus Haris menang dengan 71.081 suara.</p>"
    got = flags(check_article("Hasil Pleno Pilkada Kota Bontang", body))
    assert set(got) == {("votes", D("71081"))}


# Badung's count of the Bali governor race (two pairs), placed in Badung by the headline only:
# 204.186 and 111.062 valid votes give 64,77 and 35,23 persen.
def badung(a, b, title="Final, 204.186 Suara Bawa Koster-Giri Menang di Badung"):
    body = ("<p>Dalam rapat pleno di sebuah hotel, Koster-Giri ditetapkan meraih 204.186 suara "
            f"sah. Perolehan pasangan mantan Gubernur Bali 2018-2023 dan Bupati Badung itu "
            f"setara {a} persen suara sah di Gumi Keris.</p><p>Pasangan nomor urut 1, "
            f"Mulia-PAS, memperoleh 111.062 suara sah, atau {b} persen dari seluruh suara "
            "sah.</p>")
    return check_article(title, body)


def test_a_share_off_the_page_s_votes_is_graded_where_the_headline_places_the_count():
    got = flags(badung("65,76", "35,23"))
    assert set(got) == {("share", D("65.76"))}
    assert got[("share", D("65.76"))].reason == "own_votes" and \
        got[("share", D("65.76"))].official_value == D("64.77")
    # another outlet's headline wording
    got = flags(badung("65,76", "35,23", title="Koster-Giri Raih 204.186 Suara di Badung"))
    assert set(got) == {("share", D("65.76"))}


def test_shares_that_follow_or_of_one_other_base_stay_ungraded_there():
    assert not flags(badung("64,77", "35,23"))
    # both of all 322.602 ballots cast: another base, not wrong
    assert not flags(badung("63,29", "34,43"))


def test_a_share_a_hair_off_beside_a_mistyped_count_is_not_blamed():
    # Bukittinggi's mayor plenary with 3.673 mistyped 3.663: its right 6,03 is 0,015 off the
    # page's sum, and the 51,680 of three decimals is itself off; not pinned on the share
    body = ("<p>Dari rekapitulasi kecamatan, Pilwalkot Bukittinggi 2024: Marfendi-Fauzan "
            "3.663 suara atau 6,03 persen, Nofil-Reja 1.890 suara atau 3,10 persen, "
            "Erman-Heldo 23.863 suara atau 39,18 dan Ramlan-Ibnu 31.480 suara atau 51,680 "
            "persen.</p>")
    got = flags(check_article("Hasil Pleno Pilwalkot Bukittinggi", body))
    assert ("share", D("6.03")) not in got
