"""Accuracy on the real-page corpus may only go up: a ratchet (benchmarks/accuracy.py scores).

The floors are what the corpus measured when they were last set, minus nothing. The lead raises
them as the extractor improves, towards the targets of issue 10 §4: attribution precision
>= 98 %, recall (figures whose race the record holds) >= 90 %, no false discrepant/minor on an
accurate figure, no false impostor. When pages are added the measure may drop for honest
reasons (harder pages): then lower a floor in the same commit that adds the pages, and say so.
Run `python benchmarks/bench_accuracy.py` for the full picture and the lists behind a failure.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import accuracy  # noqa: E402

# Measured on 2026-12-05 over all 106 pages (corpus-a, -b, -c merged) with the national
# Pilpres plenary in the shipped record: precision 472/741, recall 510/802, labels 81/106,
# errors caught 13/37, 75 false discrepant/minor (60 before the plenary was shipped: provincial
# Pilpres figures with no resolved region are still compared with the national result), 1
# false impostor. Raised after the attribution work of issue 10 part 1 (pair first, structure,
# elections and levels held unverifiable, quotes, basis): precision 600/755, recall 630/802,
# labels 81/106, errors caught 17/37, 20 false discrepant/minor, 1 false impostor.
# Reset on 2026-12-05 when the corpus grew from 106 to 145 pages (39 new real and one synthetic
# page, chosen to be unlike the first 106: regency/kecamatan/TPS plenaries, earlier elections,
# partial tallies, quick counts, fact-checks, pages without results). Measured on the 39 new
# pages alone before adding them: precision 135/299, recall 110/171, 17 false flags.
# Then, merged: branch precision (time, election, region and basis need evidence on the page),
# branch catch (plenary held to the decree, the page's own totals and shares, more figure
# forms) and branch unseen (scope gate: national needs evidence, partial tallies, an article
# about a smaller region, ranges, shares of all ballots). All 145 pages: precision 757/1077,
# graded-only precision 297/299, recall 757/973, labels 127/145, errors caught 23/45,
# 2 false discrepant/minor (both on holdout pages, which stay out of the loop), 0 false impostor.
# Raised by branch acc-labels (known sources from public registries: Dewan Pers's 2017 list,
# the Tribun, Jawa Pos, Disway, Suara and MNC networks, AMSI's regional chapters; a pleno or
# schedule headline without figures is no result; a fact-check that states KPU's figures
# shows results): labels 127/145 -> 133/145 (dev 100/111 -> 104/111, holdout 27/34 -> 29/34),
# every other measure unchanged.
FLOORS = {
    "precision": 0.7028,        # 757/1077
    "precision_graded": 0.9933,  # 297/299: the claims a report grades, attributed exactly
    "recall_in_record": 0.7780,  # 757/973
    "label_accuracy": 0.9172,    # 133/145 (identity, issue 10 §2)
    "catch_rate": 0.5111,        # 23/45
}
CEILINGS = {            # counts that may only fall (targets: 0 and 0)
    "false_flags": 2,
    "false_impostor": 0,
}


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    context = accuracy.load_context(tmp_path_factory.mktemp("corpus") / "record.sqlite3")
    results = accuracy.check_pages(accuracy.load_pages(), context)
    assert results, "no corpus pages"
    return accuracy.score(results, context.official)["all"]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_ratio_does_not_fall_below_its_floor(scores, name):
    assert scores[name] is not None and scores[name] >= FLOORS[name], (
        f"{name} is {scores[name]}, floor {FLOORS[name]}")


@pytest.mark.parametrize("name", sorted(CEILINGS))
def test_count_does_not_rise_above_its_ceiling(scores, name):
    assert len(scores[name]) <= CEILINGS[name], "\n".join(scores[name])


def test_value_rounding_tolerance():
    assert accuracy.same_value("50.07", "50.1")
    assert not accuracy.same_value("50.07", "50.08")
    assert accuracy.same_value(2183239, "2183239")
    assert not accuracy.same_value(2183239, "2183238")


def test_split_is_fixed_by_the_slug_alone():
    split = accuracy.load_split()
    parts = [accuracy.part_of(f"page-{i}", split) for i in range(1000)]
    assert 150 < parts.count("holdout") < 250            # about a fifth
    assert parts == [accuracy.part_of(f"page-{i}", split) for i in range(1000)]


def test_a_claim_counts_only_when_every_attribution_field_agrees():
    from decimal import Decimal

    from checker.models import Claim

    figure = {"kind": "share", "value": "50.07", "election": "pilkada2024", "race": "governor",
              "region_code": "31", "race_region": "31", "nomor_urut": 3}
    claim = Claim(kind="share", value=Decimal("50.07"), origin="text", excerpt="",
                  election="pilkada2024", race_kind="governor", region_code="31",
                  nomor_urut=3, race_region="31")
    assert accuracy.matches(claim, figure)
    for wrong in ({"nomor_urut": 1}, {"region_code": "3171"}, {"election": "pemilu2024"},
                  {"value": Decimal("39.40")}, {"kind": "votes"}):
        assert not accuracy.matches(replace(claim, **wrong), figure), wrong
