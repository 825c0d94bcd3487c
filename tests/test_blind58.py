"""Blind hunt 58 (analyses, columns and explainers that compute from the results;
tests/corpus/findings/hunt.md, "Blind hunt 58").

A. A count written round that restates the page's own exact count of a tally still under way.
A province's Pilpres plenary reported mid-way ("rekapitulasi ... sudah mencapai 25 daerah", two
regencies still to come) gives each pair's exact count, every one short of its final count:
early_count.py holds them (a count under way). The page also gives the leader's count round,
in its deck or its first sentence ("dengan raihan 15,1 juta suara"); that figure, being
`approximate`, was left out of the hold and graded against the decree's 16.805.854: a false
`discrepant` on an accurate figure. A round count of a pair whose exact count there, on the same
day, is held as a count under way, and which that exact count gives when cut or rounded, is the
same count: held with it. A round count the exact one does not give keeps its grade.

Short pages in our own words with real figures of the record: Jawa Barat's Pilpres plenary at
the province (Kompas, 14 March 2024: 25 of 27 regencies and cities in, Prabowo-Gibran
15.123.329, Anies-Muhaimin 7.879.266, Ganjar-Mahfud 2.457.433; the decree gives 16.805.854,
9.099.674 and 2.820.995)."""

from __future__ import annotations

import pytest

from builders import check_article, every_claim

FLAGS = ("minor", "discrepant")

JABAR_TITLE = "Rekapitulasi Jabar: Prabowo-Gibran Unggul di 24 Daerah"
JABAR_LEAD = ("BANDUNG - Pasangan Prabowo-Gibran unggul di 24 daerah dalam rekapitulasi "
              "Pilpres tingkat Provinsi Jawa Barat, Kamis (14/3/2024), dengan raihan {round} "
              "suara.")
JABAR_BODY = ("Sejauh ini rekapitulasi di Jawa Barat sudah mencakup 25 kabupaten dan kota. "
              "Prabowo-Gibran meraih 15.123.329 suara, Anies-Muhaimin 7.879.266 suara, dan "
              "Ganjar-Mahfud 2.457.433 suara.")


def _report(ctx, *paragraphs: str):
    return check_article(JABAR_TITLE, "".join(f"<p>{p}</p>" for p in paragraphs),
                         url="https://berita.example/a", ctx=ctx)


def _at(report, value: str) -> list:
    return [c for claim, c in every_claim(report) if c is not None and str(claim.value) == value]


@pytest.mark.parametrize("written", ["15,1 juta", "15,12 juta"])
def test_a_round_count_restating_an_exact_count_under_way_is_held(shipped_context, written):
    report = _report(shipped_context, JABAR_LEAD.format(round=written), JABAR_BODY)
    value = str(int(float(written.split()[0].replace(",", ".")) * 1_000_000))
    found = _at(report, value)
    assert found and all(c.status == "unverifiable" and c.reason == "another_moment"
                         for c in found), found
    exact = _at(report, "15123329")
    assert exact and all(c.reason == "another_moment" for c in exact), exact


# Control: a round count the page's exact count does not give (16,1 juta beside 15.123.329) is
# no restatement of it: graded as on main.
def test_a_round_count_the_exact_count_does_not_give_keeps_its_grade(shipped_context):
    report = _report(shipped_context, JABAR_LEAD.format(round="16,1 juta"), JABAR_BODY)
    found = _at(report, "16100000")
    assert found and all(c.status in FLAGS for c in found), found


# Control: the same round count with no exact count of the pair beside it is left to the other
# rules (graded as on main).
def test_a_round_count_alone_keeps_its_grade(shipped_context):
    report = _report(shipped_context, JABAR_LEAD.format(round="15,1 juta"))
    found = _at(report, "15100000")
    assert found and all(c.status in FLAGS for c in found), found
