"""A figure the page gives as the plenary result is the decree's figure: the decree is exact, so
a count a few votes off it, or a share beyond the page's own rounding of it, is a wrong figure
(a typo), not "consistent" within the drift allowed for a count still coming in."""

from decimal import Decimal

from builders import context
from checker.figures.compare import compare_claims
from checker.models import Claim
from official_data import record_with_rekap


def _claim(kind, value, region="35", nomor=1, race="governor", election="pilkada2024",
           claim_type="plenary", **kw):
    return Claim(kind, value, "text", "", election=election, race_kind=race,
                 region_code=region, nomor_urut=nomor, claim_type=claim_type, **kw)


def _one(claim):
    return compare_claims([claim], record_with_rekap(), context().rules.thresholds)[0]


def test_a_plenary_count_ten_votes_off_the_decree_is_a_typo():
    # KPU Jatim's plenary: Luluk-Lukman 1.797.332; a page wrote 1.797.322
    graded = _one(_claim("votes", 1797322))
    assert graded.status == "minor" and graded.tier == "rekap"
    assert graded.official_value == 1797332 and graded.difference == -10


def test_the_decree_s_own_count_is_consistent():
    assert _one(_claim("votes", 1797332)).status == "consistent"


def test_a_count_of_unstated_basis_keeps_the_usual_tolerance():
    # without "pleno"/"rekapitulasi" it may be Sirekap's at some moment
    assert _one(_claim("votes", 1797322, claim_type=None)).status == "consistent"


def test_a_rounded_count_is_not_held_to_the_vote():
    assert _one(_claim("votes", 1800000, approximate=True)).status == "consistent"


def test_a_plenary_share_beyond_its_own_rounding_is_wrong():
    # the national decree: Prabowo-Gibran 96.214.691 of 164.227.475 = 58,59 %; "58,90 persen"
    graded = _one(_claim("share", Decimal("58.90"), region="", nomor=2, race="president",
                         election="pemilu2024"))
    assert graded.status == "minor" and graded.official_value == Decimal("58.59")


def test_a_plenary_share_rounded_or_cut_to_the_page_s_decimals_is_consistent():
    for written in ("58.59", "58.58", "58.6", "59"):
        graded = _one(_claim("share", Decimal(written), region="", nomor=2, race="president",
                             election="pemilu2024"))
        assert graded.status == "consistent", written


def test_a_real_count_s_votes_are_not_compared_with_the_decree():
    # "menurut real count KPU, Ganjar-Mahfud sementara 16.937.627 suara" (Sirekap on 21 Feb):
    # a count still coming in, not a wrong plenary figure
    graded = _one(_claim("votes", 16937627, region="", nomor=3, race="president",
                         election="pemilu2024", claim_type="real_count"))
    assert graded.status == "unverifiable" and graded.reason == "another_moment"


def test_votes_stated_with_a_progress_the_record_never_had_are_not_compared_with_the_decree():
    votes = _claim("votes", 7040897, region="", nomor=3, race="president",
                   election="pemilu2024", claim_type=None)
    progress = _claim("progress", Decimal("44.56"), region="", nomor=None, race="president",
                      election="pemilu2024", claim_type=None)
    graded = compare_claims([votes, progress], record_with_rekap(),
                            context().rules.thresholds)[0]
    assert graded.status == "unverifiable" and graded.reason == "progress_differs"


def test_a_real_count_share_stated_weeks_before_the_record_s_snapshot_is_not_graded():
    # Sirekap on 21 Feb 2024 09.00 WIB (Bali, Ganjar-Mahfud 44,82 %); the record holds 7 Mar:
    # shares moved since, by less than the drift a count under way allows
    early = _claim("share", Decimal("44.82"), region="51", nomor=3, race="president",
                   election="pemilu2024", claim_type="real_count",
                   page_time="21/2/2024 pukul 09.00 WIB")
    graded = _one(early)
    assert graded.status == "unverifiable" and graded.reason == "another_moment"
    assert graded.official_value is not None  # shown beside it all the same


def test_a_real_count_share_far_off_whatever_the_moment_is_still_graded():
    early = _claim("share", Decimal("58.77"), region="", nomor=1, race="president",
                   election="pemilu2024", claim_type="real_count",
                   page_time="21/2/2024 pukul 09.00 WIB")
    assert _one(early).status == "discrepant"


def test_a_real_count_share_stated_the_day_of_the_snapshot_is_graded():
    # the DKI fake: "Real Count KPU ... 28/11/2024", the record's Sirekap of 28 Nov
    fake = _claim("share", Decimal("47.49"), region="31", nomor=3, claim_type="real_count",
                  page_time="28/11/2024")
    assert _one(fake).status == "discrepant"
