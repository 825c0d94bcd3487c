"""A share that does not follow from the page's own votes, when every pair's votes are on the
page and the other shares do follow from them, is singled out: graded against the share the
page's own votes give (tier "page"), even where the record cannot grade it. Two or more
shares off together are a finding only (they may all be of another base, all ballots)."""

from dataclasses import replace
from decimal import Decimal

from builders import context, snapshot
from checker.analyse.pipeline import check_snapshot


def report(body: str, decree: bool = False):
    """The page checked against the record without the decrees (official_data.record():
    Sirekap only), as a race whose decree is not loaded is graded: Jateng's decree ships since
    rekap3, and these are the page's own figures where the record cannot grade them. With
    `decree`, against the shipped record."""
    from official_data import record

    html = f"<html><head><title>Pleno Pilgub Jateng</title></head><body><article>{body}</article></body></html>"
    ctx = context() if decree else replace(context(), official=record())
    return check_snapshot(snapshot("https://berita.example/pleno", html.encode()), ctx)


def flagged(rep):
    return {(rep.claims[c.claim].kind, rep.claims[c.claim].value): c for c in rep.comparisons
            if c.status in ("minor", "discrepant")}


PLENARY = ("<h1>Rekapitulasi Pilgub Jawa Tengah 2024 rampung</h1><p>Dalam rapat pleno "
           "rekapitulasi, Ahmad Luthfi-Taj Yasin meraih 11.390.191 suara ({a} persen), "
           "sedangkan Andika Perkasa-Hendrar Prihadi meraih 7.870.084 suara ({b} persen).</p>")


def test_an_invented_share_beside_the_page_s_own_votes_is_graded_against_them():
    rep = report(PLENARY.format(a="61,14", b="40,86"))
    got = flagged(rep)
    assert set(got) == {("share", Decimal("61.14"))}
    graded = got[("share", Decimal("61.14"))]
    assert graded.tier == "page" and graded.reason == "own_votes"
    assert graded.official_value == Decimal("59.14") and graded.difference == Decimal("2.00")


def test_shares_that_follow_from_the_votes_raise_nothing():
    assert not flagged(report(PLENARY.format(a="59,14", b="40,86")))


def test_two_shares_off_together_are_not_pinned_on_either():
    # both of another base (all ballots, 20.788.777): 54,79 and 37,86
    assert not flagged(report(PLENARY.format(a="54,79", b="37,86")))


def test_the_report_says_the_share_does_not_follow_from_the_page_s_own_votes():
    from checker.report.figures import race_tables
    from checker.report.templates import ui

    rep = report(PLENARY.format(a="61,14", b="40,86"))
    for lang, words in (("id", "jumlah suara di halaman yang sama"),
                        ("en", "the page's own vote counts")):
        tables = race_tables(rep.claims, rep.comparisons, ui(lang), lang)
        assert any(words in t["headline"] for t in tables), [t["headline"] for t in tables]


def test_with_the_decree_the_invented_share_is_still_caught():
    # rekap3: Jateng's decree (59,14 for Luthfi-Yasin) in the shipped record
    got = flagged(report(PLENARY.format(a="61,14", b="40,86"), decree=True))
    assert set(got) == {("share", Decimal("61.14"))}
    assert got[("share", Decimal("61.14"))].official_value == Decimal("59.14")
