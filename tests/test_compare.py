"""Claims against the real record: the DKI fake, a campaign's internal count, tiers, reasons."""

import dataclasses
from decimal import Decimal

import pytest

from builders import context
from checker.figures import compare
from checker.figures.compare import figures_status
from checker.models import Claim, Comparison
from official_data import record, record_with_rekap


def compare_claims(claims, record, limits=None):
    """The thresholds every check uses: rules/figure-rules.yaml's, through the RuleSet."""
    return compare.compare_claims(claims, record, limits or context().rules.thresholds)


def governor_record(with_rekap: bool = True):
    return record_with_rekap() if with_rekap else record()


def share(region, nomor, value, **kw):
    return Claim("share", Decimal(value), "text", "", election="pilkada2024",
                 race_kind="governor", region_code=region, nomor_urut=nomor, **kw)


def test_the_dki_fake_against_the_plenary_result_with_sirekap_beside():
    claims = [share("31", 1, "42.02"), share("31", 2, "10.49"), share("31", 3, "47.49")]
    result = compare_claims(claims, governor_record())
    assert [c.status for c in result] == ["discrepant", "consistent", "discrepant"]
    assert [c.official_value for c in result] == [Decimal("39.40"), Decimal("10.53"),
                                                  Decimal("50.07")]
    assert [c.difference for c in result] == [Decimal("2.62"), Decimal("-0.04"), Decimal("-2.58")]
    assert {c.tier for c in result} == {"rekap"}
    assert result[0].sirekap_value == Decimal("39.40")
    assert result[0].sirekap_as_of.isoformat() == "2024-11-28T10:00:05+07:00"
    assert result[0].sirekap_progress.quantize(Decimal("0.01")) == Decimal("99.93")
    assert figures_status(result) == "mixed"


def test_without_a_plenary_result_sirekap_is_the_tier():
    result = compare_claims([share("31", 3, "50.07")], governor_record(with_rekap=False))
    assert result[0].status == "consistent" and result[0].tier == "sirekap"
    assert result[0].as_of.isoformat() == "2024-11-28T10:00:05+07:00"


def test_campaign_internal_count_for_khofifah_emil():
    claim = share("35", 2, "60.41", claim_type="internal_count")
    without = compare_claims([claim], governor_record(with_rekap=False))[0]
    assert without.official_value == Decimal("58.70") and without.status == "discrepant"
    plenary = compare_claims([claim], governor_record())[0]
    assert plenary.tier == "rekap" and plenary.official_value == Decimal("58.81")


@pytest.mark.parametrize("value,status", [("58.70", "consistent"), ("59.20", "consistent"),
                                          ("59.21", "minor"), ("59.70", "minor"),
                                          ("59.71", "discrepant")])
def test_share_thresholds(value, status):
    record = governor_record(with_rekap=False)
    assert compare_claims([share("35", 2, value)], record)[0].status == status


def test_thresholds_come_from_the_caller():
    record = governor_record(with_rekap=False)
    strict = {**context().rules.thresholds, "share_consistent": "0.1", "share_minor": "0.2"}
    assert compare_claims([share("35", 2, "58.95")], record, strict)[0].status == "discrepant"


def votes(region, nomor, value):
    return Claim("votes", value, "text", "", election="pilkada2024", race_kind="governor",
                 region_code=region, nomor_urut=nomor)


def progress(region, value, done=None, total=None):
    return Claim("progress", Decimal(value), "text", "", election="pilkada2024",
                 race_kind="governor", region_code=region, progress_done=done,
                 progress_total=total)


def test_votes_need_the_same_progress_or_a_plenary_result():
    sirekap_only = governor_record(with_rekap=False)
    alone = compare_claims([votes("35", 2, 12018000)], sirekap_only)[0]
    assert alone.status == "unverifiable" and alone.reason == "progress_differs"
    with_progress = compare_claims([votes("35", 2, 12018858),
                                    progress("35", "99.12", 60219, 60751)], sirekap_only)
    assert with_progress[0].status == "consistent" and with_progress[0].difference == 0
    assert with_progress[1].status == "consistent"
    plenary = compare_claims([votes("31", 3, 2182000)], governor_record())[0]
    assert plenary.tier == "rekap" and plenary.official_value == 2183239
    assert plenary.difference == -1239 and plenary.status == "consistent"
    assert plenary.sirekap_value == 2181939


def test_earlier_sirekap_copy_matches_an_earlier_progress():
    record = governor_record(with_rekap=False)
    result = compare_claims([votes("31", 1, 1707956), progress("31", "99.72", 14794, 14835)],
                            record)
    assert result[0].status == "consistent"
    assert result[0].as_of.isoformat() == "2024-11-28T01:00:00+07:00"


def test_progress_claims():
    record = governor_record(with_rekap=False)
    # Above the newest reading the record holds: Sirekap may have shown it later (issue 10,
    # time). The reading is shown beside it; beyond 100 there is no such moment.
    over = compare_claims([progress("31", "100")], record)[0]
    assert over.status == "unverifiable" and over.reason == "progress_changes"
    assert over.official_value == Decimal("99.93")
    assert compare_claims([progress("31", "100.5")], record)[0].status == "discrepant"
    # Stated for the reading's day or before it: the count only grows, so it is wrong.
    stated = dataclasses.replace(progress("31", "100"), page_time="28/11/2024 09:47 WIB")
    over = compare_claims([stated], record)[0]
    assert over.status == "discrepant" and over.official_value == Decimal("99.93")
    earlier = compare_claims([progress("31", "95")], record)[0]
    assert earlier.status == "unverifiable" and earlier.reason == "progress_changes"


@pytest.mark.parametrize("claim,reason", [
    (Claim("share", Decimal("50"), "text", ""), "race_unknown"),
    (share("99", 1, "50"), "race_unknown"),
    (share("31", 7, "50"), "candidate_unknown"),
])
def test_reasons_for_unverifiable(claim, reason):
    result = compare_claims([claim], governor_record())[0]
    assert result.status == "unverifiable" and result.reason == reason


def test_no_record_at_all():
    assert compare_claims([share("31", 1, "40")], None)[0].reason == "no_record"


@pytest.mark.parametrize("statuses,overall", [
    ([], "none"), (["unverifiable"], "unverifiable"), (["consistent", "unverifiable"], "consistent"),
    (["consistent", "minor"], "minor"), (["discrepant"], "discrepant"),
    (["consistent", "discrepant"], "mixed"), (["minor", "discrepant"], "mixed"),
])
def test_figures_status(statuses, overall):
    assert figures_status([Comparison(i, s) for i, s in enumerate(statuses)]) == overall


def test_votes_at_a_stated_progress_use_that_sirekap_figure_even_with_a_plenary_result():
    """A page quoting Sirekap at 99.12% was right at its time; the plenary count (with every
    TPS in) is larger. The exact-progress Sirekap figure is the fair comparison."""
    result = compare_claims([votes("35", 2, 12018858), progress("35", "99.12", 60219, 60751)],
                            governor_record())
    assert result[0].tier == "sirekap" and result[0].status == "consistent"
    near = compare_claims([votes("35", 2, 12018000)], governor_record())[0]
    assert near.tier == "rekap" and near.status == "discrepant"


def test_a_count_equal_to_a_sirekap_snapshot_is_that_snapshot():
    """An article quoting Sirekap's exact 12,018,858 without its progress quoted that
    snapshot: it is consistent with it, not 1.4% short of the plenary total."""
    exact = compare_claims([votes("35", 2, 12018858)], governor_record())[0]
    assert exact.tier == "sirekap" and exact.status == "consistent" and exact.difference == 0


def test_a_quick_counts_progress_is_its_sample():
    """"Data masuk 100%" of a quick count is the pollster's sample of TPS, not Sirekap's count:
    never compared with it (golden independent_pollster_quick_count fired FIG004 on it), and
    never the progress that lets vote counts be compared."""
    sample = dataclasses.replace(progress("31", "99.93", 14825, 14835), claim_type="quick_count")
    result = compare_claims([sample, votes("31", 3, 2181000)], governor_record())
    assert (result[0].status, result[0].reason) == ("unverifiable", "quick_count_sample")
    assert result[1].tier == "rekap"  # not the Sirekap figure at 14,825 of 14,835


def test_presidential_votes_at_the_stated_progress():
    """A presidential page's progress names no region (None) while its pairs' figures carry
    the country (""): the same race and area all the same (golden
    independent_fig_kumparan_pilpres_prabowo_gibran)."""
    pilpres = {"election": "pemilu2024", "race_kind": "president"}
    stated = Claim("progress", Decimal("78.11"), "text", "", region_code=None,
                   progress_done=643124, progress_total=823378, **pilpres)
    prabowo = Claim("votes", 75357899, "text", "", region_code="", race_region="",
                    nomor_urut=2, candidate_id="100026", **pilpres)
    result = compare_claims([stated, prabowo], record())
    assert [(c.status, c.tier) for c in result] == [("consistent", "sirekap")] * 2


def test_a_quick_count_share_is_shown_beside_the_official_one_never_graded():
    """Issue 10 (basis): a quick count of 57.49 accurately reported is not 'discrepant'."""
    claim = Claim("share", Decimal("57.49"), "text", "", election="pilkada2024",
                  race_kind="governor", region_code="36", nomor_urut=2,
                  claim_type="quick_count")
    result = compare_claims([claim], governor_record(with_rekap=False))[0]
    assert (result.status, result.reason) == ("unverifiable", "quick_count_estimate")
    assert result.official_value == Decimal("55.86")


def test_a_real_count_share_is_sirekaps_not_the_plenary_decree():
    """Issue 10 (basis): Ganjar-Mahfud 16,98 persen of a Pilpres real count (tests/corpus
    blog-bergelora-real-count-ganjar-kalah) is Sirekap's (16.68 at 78%), not 'slightly off' the
    plenary decree's 16.47."""
    claim = Claim("share", Decimal("16.98"), "text", "", election="pemilu2024",
                  race_kind="president", region_code="", nomor_urut=3, claim_type="real_count")
    result = compare_claims([claim], record_with_rekap())[0]
    assert (result.status, result.tier) == ("consistent", "sirekap")
    plenary = dataclasses.replace(claim, claim_type="plenary")
    assert compare_claims([plenary], record_with_rekap())[0].tier == "rekap"
