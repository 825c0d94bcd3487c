"""A figure whose paragraph says its count includes a place ("termasuk di Papua") is a larger
whole's, not that place's (found by the context-stress benchmark on the dev page
pilpres-bisnis-sirekap-provinsi-papua once a Pilpres 2019 line was added: the national Sirekap
progress, 52,51 % on 15 Feb 2024, was read as Papua's and graded `discrepant` against Papua's
32,81 % of 7 March). Our own words, the page's real figures."""

from __future__ import annotations

from builders import check_article


def progress_claims(body: str, record) -> list[tuple]:
    title = "Real Count Pilpres 2024: Prabowo-Gibran Unggul di Papua"
    report = check_article(title, body, record=record)
    status = {c.claim: c.status for c in report.comparisons}
    return [(c.region_code, status.get(i)) for i, c in enumerate(report.claims)
            if c.kind == "progress"]


LEAD = ("<p>Hitungan sementara KPU masih menempatkan Prabowo-Gibran di posisi teratas di "
        "Papua.</p>")
AFTER = "<p>Pada Pilpres 2019, Prabowo-Sandiaga memperoleh 585.999 suara di Bengkulu.</p>"


def test_a_count_that_includes_the_place_is_not_that_places(shipped_record):
    body = (LEAD + "<p>Berdasarkan real count KPU hari Kamis (15/2/2024) pukul 13.00 WIB, data "
            "yang masuk sudah melewati 52,51%. Data tersebut dihimpun dari TPS di seluruh "
            "Indonesia, termasuk di Papua.</p>" + AFTER)
    found = progress_claims(body, shipped_record)
    assert found and all(region != "91" for region, _ in found)
    assert all(status not in ("discrepant", "minor") for _, status in found)


def test_without_the_word_the_place_still_holds(shipped_record):
    # The same progress with the page's place and nothing saying it is part of a whole keeps
    # Papua (the rule must not drop a place the figure is stated for).
    body = (LEAD + "<p>Berdasarkan real count KPU hari Kamis (15/2/2024) pukul 13.00 WIB, data "
            "yang masuk di Papua sudah melewati 52,51%.</p>")
    assert [region for region, _ in progress_claims(body, shipped_record)] == ["91"]


def test_a_part_of_the_place_included_keeps_the_place(shipped_record):
    # "termasuk di Kabupaten Jayapura" after Papua's own progress: the count of Papua includes
    # a regency of it; Papua's it stays (only the place itself, or a whole it is part of,
    # named as included makes the figure a larger whole's).
    body = (LEAD + "<p>Berdasarkan real count KPU hari Kamis (15/2/2024) pukul 13.00 WIB, data "
            "yang masuk di Papua sudah melewati 52,51%, termasuk di Kabupaten Jayapura.</p>")
    assert [region for region, _ in progress_claims(body, shipped_record)] == ["91"]
