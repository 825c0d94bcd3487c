"""Blind hunt 60 (the governor races of Sumatra whose plenary decree now ships; tests/corpus/
findings/hunt.md, "Blind hunt 60"): a page headed "Rekapitulasi, <pair> Raih 52,07% Suara" whose
body says whose recapitulation it is: the campaign team's own tally of the C1 forms it gathered
("berdasarkan rekapitulasi formulir C1 yang dihimpun tim pemenangan"). The body's figure is held
as the camp's; the headline's, typed a plenary result by its bare "rekapitulasi", was graded
against the decree now in the record (Bengkulu: 44,91) and flagged discrepant. A bare
recapitulation word names nobody's count: a headline figure that restates the camp's now takes
the camp's basis (checker/figures/restated_basis.py). A headline that names KPU, a plenary or a
decree keeps its grade, and so does one whose figure the body does not give on a basis of its
own.

Short pages in our own words with the real figures of the Bengkulu governor race of 2024 (decree
of 7 Dec 2024: Helmi Hasan-Mian 616.469, 55,09 %; Rohidin Mersyah-Meriani 502.477, 44,91 %) and
the camp's claim reported on election night (52,07 % and 48,03 % by its own tally of the C1
forms, reported as the team spokesman's)."""

from __future__ import annotations

import pytest

from builders import check_article, every_claim

FLAGS = ("minor", "discrepant")
TEAM_BODY = ("<p>Bengkulu - Pasangan Rohidin Mersyah-Meriani unggul sementara dalam penghitungan "
             "suara Pilgub Bengkulu 2024.</p><p>Berdasarkan rekapitulasi formulir C1 yang "
             "dihimpun tim pemenangannya, pasangan Rohidin Mersyah-Meriani meraih 52,07 persen "
             "suara, mengungguli Helmi Hasan-Mian yang memperoleh 48,03 persen.</p><p>Juru bicara "
             "tim pemenangan, Usin Abdisyah Putra Sembiring, menyebut data itu berasal dari "
             "para saksi di TPS.</p>")


def _at(ctx, title: str, body: str, value: str) -> list:
    report = check_article(title, body, url="https://berita.example/pilgub-bengkulu", ctx=ctx)
    found = [(claim, c) for claim, c in every_claim(report) if str(claim.value) == value]
    assert found, [(str(claim.value), c) for claim, c in every_claim(report)]
    return found


@pytest.mark.parametrize("title", [
    "Rekapitulasi, Rohidin-Meriani Raih 52,07% Suara",
    "Hasil Rekap: Rohidin-Meriani Unggul 52,07 Persen",
    "Rekapitulasi Sementara, Rohidin-Meriani Kantongi 52 Persen",
])
def test_a_bare_recap_headline_over_the_camp_s_own_recap_is_the_camp_s(shipped_context, title):
    value = "52" if "52 Persen" in title else "52.07"
    for claim, compared in _at(shipped_context, title, TEAM_BODY, value):
        assert compared is None or compared.status not in FLAGS, (claim.claim_type, compared)


def test_a_headline_naming_kpu_s_recap_keeps_its_grade(shipped_context):
    # the page says KPU's plenary gave 52,07: that is what it claims, and it is wrong
    found = _at(shipped_context, "Rekapitulasi KPU Bengkulu, Rohidin-Meriani Raih 52,07% Suara",
                TEAM_BODY, "52.07")
    assert any(c is not None and c.status == "discrepant" for _, c in found), found


def test_a_bare_recap_headline_the_body_does_not_restate_keeps_its_grade(shipped_context):
    body = "<p>Pasangan Rohidin Mersyah-Meriani meraih 52,07 persen suara.</p>"
    found = _at(shipped_context, "Rekapitulasi, Rohidin-Meriani Raih 52,07% Suara", body, "52.07")
    assert any(c is not None and c.status == "discrepant" for _, c in found), found


def test_the_decree_s_share_in_a_bare_recap_headline_is_still_graded(shipped_context):
    found = _at(shipped_context, "Rekapitulasi, Rohidin-Meriani Raih 44,91% Suara", TEAM_BODY,
                "44.91")
    assert any(c is not None and c.status == "consistent" for _, c in found), found
