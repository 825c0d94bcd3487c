"""Planted errors (issue 10: every planted error caught): benchmarks/planted.py writes one
realistic error at a time (a changed digit, two swapped digits, a share a few points off, a
count off by a round number) into a copy of a corpus page, in memory, and checks the copy.
A few dev pages of different shapes hold a floor on the catch rate; the full measure is
`python benchmarks/bench_accuracy.py --planted`."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import accuracy  # noqa: E402
import planted  # noqa: E402

# Dev pages: a client-rendered card layout, a DKI real count at a stated progress, a
# regency's plenary in prose, a Pilpres real count, a regional per-regency list.
PAGES = ["pilkada-synthetic-cards-heading-after-pairs", "pilkada-tribunkalteng-dki-real-count-99-93",
         "pilkada-harianjogja-kota-jogja-rekap-cawalkot", "pilpres-kontan-sirekap-78persen",
         "news-prokalteng-pilgub-kalteng-per-kabupaten"]
# caught / compared on these pages (seed 10, 3 figures a page): 21/45 when the planted mode
# was added, 39/45 after branch acc-errs3 (a figure off the reading the page's other pairs
# copy; a plenary share far beyond a nearly complete count; counts proving the national tally),
# 36/45 after fix-blind2 (a deliberate trade, precision first): where the record holds no
# plenary for the area, a plenary count within a few votes of Sirekap's is what the plenary's
# own drift from Sirekap gives too (KPU DKI's 386.880 for RIDO in Jakarta Barat against
# Sirekap's 386.881, the other pairs equal: a false `minor` on two real pages), so it is
# `unverifiable` (plenary_not_loaded) with Sirekap's figure and the difference shown; three
# plants here of that size (21.201 -> 21.208 and -> 21.210, 63.876 -> 63.875) went with it.
FLOOR = 0.8


@pytest.fixture(scope="module")
def plants(tmp_path_factory):
    context = accuracy.load_context(tmp_path_factory.mktemp("planted") / "record.sqlite3")
    pages = accuracy.select_pages(accuracy.load_pages(), PAGES)
    assert len(pages) == len(PAGES)
    return planted.plant_pages(accuracy.check_pages(pages, context), context, per_page=3)


def test_planted_errors_are_caught_above_the_floor(plants):
    s = planted.summary(plants)
    missed = [f"{p.slug}: {p.type} {p.written} -> {p.planted}: {p.status}"
              for p in plants if p.outcome == "missed"]
    assert s["compared"] >= 20
    assert s["rate"] >= FLOOR, "\n".join(missed)


def test_plants_are_deterministic_and_really_change_the_figure(plants):
    assert all(p.planted != p.written for p in plants)
    assert {p.type for p in plants} == set(planted.TYPES)


@pytest.mark.parametrize("written, kind", [("2.183.239", "votes"), ("50,07", "share"),
                                           ("58.59", "share"), ("523.000", "votes")])
def test_each_error_type_plants_a_number_of_the_same_form(written, kind):
    for kind_of_error in planted.TYPES:
        a = planted._mutate(written, kind, kind_of_error, random.Random(1))
        b = planted._mutate(written, kind, kind_of_error, random.Random(1))
        assert a == b
        if a is None:
            assert (kind_of_error, kind) in {("points", "votes"), ("round", "share")}
            continue
        assert a != written and len(a.replace(".", "").replace(",", "")) >= 2
        assert planted._value_of(a, kind) is not None
        assert ("," in a) == ("," in written) or kind == "votes"
