"""The page's own figures against each other (issue 10, basis): the pairs' votes of one race must
add up to the valid votes ("suara sah") the same page states. When they do not, the page says
so in a finding of its own; a pair's figure is graded only when the page's total and the
record together single it out (the other readings of the gap do not fit the record)."""

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


def _flagged(rep):
    return {rep.claims[c.claim].value: c for c in rep.comparisons
            if c.status in ("minor", "discrepant")}


# Jawa Tengah's plenary: Luthfi-Yasin 11.390.191 of 19.260.275 valid votes, so Andika-Hendi
# 7.870.084 (the record's Sirekap at 99,75 % shows the same shares, 40,86 / 59,14).
WRONG_PAIR = ("<h1>KPU Jateng tuntaskan rekapitulasi Pilgub Jawa Tengah 2024</h1>"
              "<p>Dalam rapat pleno rekapitulasi, Andika Perkasa-Hendrar Prihadi tercatat meraih "
              "7.830.084 suara, sedangkan Ahmad Luthfi-Taj Yasin meraih 11.390.191 suara.</p>"
              "<p>Jumlah suara sah kedua pasangan tercatat 19.260.275 suara.</p>")


def test_votes_that_do_not_add_up_to_the_page_s_total_are_a_finding():
    rep = report(WRONG_PAIR)
    found = [f for f in rep.findings if f.code == "FIG009"]
    assert len(found) == 1
    assert found[0].evidence["sum"] == 19220275 and found[0].evidence["total"] == 19260275


def test_the_pair_whose_count_breaks_the_sum_is_graded_against_the_page_s_own_total():
    flagged = _flagged(report(WRONG_PAIR))
    assert set(flagged) == {7830084}
    graded = flagged[7830084]
    assert graded.tier == "page" and graded.reason == "own_total"
    assert graded.official_value == 7870084 and graded.difference == -40000


def test_figures_that_add_up_raise_nothing():
    rep = report(WRONG_PAIR.replace("7.830.084", "7.870.084"))
    assert not [f for f in rep.findings if f.code == "FIG009"]
    assert not _flagged(rep)


def test_a_wrong_total_is_reported_but_no_pair_is_blamed():
    # the pairs' counts give the record's shares; the total is the odd one out
    rep = report(WRONG_PAIR.replace("7.830.084", "7.870.084").replace("19.260.275", "19.220.275"))
    assert [f.code for f in rep.findings].count("FIG009") == 1
    assert not _flagged(rep)


def test_a_race_with_a_pair_missing_is_not_summed():
    rep = report("<h1>Rekapitulasi Pilgub Jawa Tengah 2024</h1><p>Dalam rapat pleno, Ahmad "
                 "Luthfi-Taj Yasin meraih 11.390.191 suara. Jumlah suara sah 19.260.275.</p>")
    assert not [f for f in rep.findings if f.code == "FIG009"]


def test_invalid_votes_and_all_ballots_are_not_the_valid_total():
    body = WRONG_PAIR.replace("Jumlah suara sah kedua pasangan tercatat 19.260.275 suara.",
                              "Suara tidak sah 19.260.275. Suara sah dan tidak sah 19.261.000.")
    assert not [f for f in report(body).findings if f.code == "FIG009"]


def test_the_report_says_the_page_contradicts_itself_not_that_it_differs_from_kpu():
    from checker.report.figures import race_tables
    from checker.report.templates import ui as ui_words

    rep = report(WRONG_PAIR)
    for lang, own, official in (("id", "halaman yang sama", "data resmi ("),
                                ("en", "the page's own", "official record (")):
        tables = race_tables(rep.claims, rep.comparisons, ui_words(lang), lang)
        headline = next(t["headline"] for t in tables if t["status"] != "unverifiable")
        assert own in headline and official not in headline, headline


def test_a_figure_graded_against_the_page_s_own_total_is_not_called_off_the_official_record():
    from checker.report.formats import report_dict

    rep = report(WRONG_PAIR)
    assert not {"FIG020", "FIG021"} & {f.code for f in rep.findings}
    shown = report_dict(rep, context().rules, "en")
    assert "do not agree with the page's own" in shown["summary"]["figures"]
    bars = [b for t in shown["figures"]["races"] for b in t["bars"]] if isinstance(
        shown.get("figures"), dict) else []
    assert all(b["official"] is None for b in bars if b["claimed"] == 7830084)


def test_the_distance_between_the_pairs_is_a_margin_not_a_third_count():
    body = WRONG_PAIR + ("<p>Jarak perolehan suara Luthfi-Yasin dengan Andika-Hendi lebih dari "
                         "3,5 juta suara, tepatnya 3.560.107 suara.</p>")
    rep = report(body)
    assert 3560107 not in {c.value for c in rep.claims}
    assert set(_flagged(rep)) == {7830084}


def test_a_pair_s_valid_votes_are_not_the_race_s_valid_total():
    from checker.figures.own_total import stated_totals

    assert stated_totals("Suara sah untuk Luthfi-Yasin berjumlah 11.390.191.") == ()
    assert stated_totals("Suara sah kedua pasangan berjumlah 19.260.275.") == (19260275,)
    assert stated_totals("Tercatat 19.260.275 suara sah dan 1.528.502 suara tidak sah.") == \
        (19260275,)


def test_stated_totals_tries_the_patterns_only_at_suara_sah_with_finditers_answers():
    """own_total tries _AFTER and _BEFORE only where "suara sah" stands (a 20 KB page: 4 ms
    -> under 1): the same matches as plain finditer, counts of any length, "surat suara",
    upper case, the long s that matches "s" case-blind, text that lower-cases longer."""
    import random

    from checker.figures import own_total

    rng = random.Random(7)
    words = ["suara", "sah", "Suara", "SAH", "surat", "tidak", "dan", "1.234", "12.345.678",
             "5", "123", ",", ".", " ", "\n", "untuk", "\u017fuara", "\u0130", "suarasah",
             "7.830.084", "sah.", "serta", "&", "999.999.999.999", "9" * 250]
    for _ in range(4000):
        text = "".join(rng.choice(words) + rng.choice(["", " ", "  "])
                       for _ in range(rng.randint(0, 25)))
        after, before = own_total._both(text)
        assert [m.span() for m in after] == [m.span() for m in own_total._AFTER.finditer(text)]
        assert [m.span() for m in before] == [m.span() for m in own_total._BEFORE.finditer(text)]


def test_with_the_decree_the_count_that_breaks_the_sum_is_still_caught():
    # rekap3: Jateng's decree (Andika-Hendi 7.870.084) in the shipped record
    got = _flagged(report(WRONG_PAIR, decree=True))
    assert set(got) == {7830084} and got[7830084].official_value == 7870084
