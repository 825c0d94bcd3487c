"""Blind hunt 51 (governor races of the outer provinces: plenaries, decrees, Sirekap readings,
campaign claims, the Papua re-vote; tests/corpus/findings/hunt.md, "Blind hunt 51"): its
three flags were true, and one held figure was put in the wrong place. A total said after a
list of areas, each with its own figure ("Kabupaten Supiori 50,19%, dengan total presentasi
52,52%", jpnn on the Papua re-vote) was read as the last area's; probed on the Pilpres with
the record's figures, the country's share was graded discrepant as Jawa Timur's. Short pages
in our own words with the real figures of the record."""

from __future__ import annotations

import pytest

from builders import FLAGS, found

PILPRES = "Prabowo-Gibran Menang Pilpres 2024"
LIST = ("Berdasarkan rekapitulasi nasional KPU, Prabowo-Gibran unggul di Jawa Tengah 53,08{u}, "
        "Jawa Timur 65,19{u}, {link} {share}{u}.")
LINKS = ["dengan total persentase", "dengan total presentasi", "dan total perolehan",
         "sehingga total"]


def _share(figures: list, value: float) -> list:
    return [f for f in figures if f[0] == "share" and f[1] == value]


@pytest.mark.parametrize("link", LINKS)
@pytest.mark.parametrize("unit", ["%", " persen"])
def test_a_total_after_the_areas_list_is_the_whole_not_the_last_area(shipped_context, link,
                                                                      unit):
    figures = found(shipped_context, PILPRES, LIST.format(u=unit, link=link, share="58,59"))
    assert not [f for f in figures if f[3] in FLAGS], figures
    # the provinces' own shares stay theirs; the total is the country's (region "")
    assert [(f[2], f[3]) for f in _share(figures, 53.08)] == [("33", "consistent")], figures
    assert [(f[2], f[3]) for f in _share(figures, 65.19)] == [("35", "consistent")], figures
    assert [(f[2], f[3]) for f in _share(figures, 58.59)] == [("", "consistent")], figures


def test_a_wrong_total_is_still_flagged_as_the_countrys(shipped_context):
    # control: 56,59 for the country's 58,59 is the country's figure, and wrong
    figures = found(shipped_context, PILPRES,
                    LIST.format(u="%", link="dengan total persentase", share="56,59"))
    assert [(f[2], f[3]) for f in _share(figures, 56.59)] == [("", "discrepant")], figures


def test_a_total_with_no_figure_of_the_area_before_it_stays_the_areas(shipped_context):
    # "unggul di Jawa Timur dengan total persentase 65,19%": the province's own total
    figures = found(shipped_context, PILPRES, "Berdasarkan rekapitulasi nasional KPU, "
                    "Prabowo-Gibran unggul di Jawa Timur dengan total persentase 65,19%.")
    assert [(f[2], f[3]) for f in _share(figures, 65.19)] == [("35", "consistent")], figures


def test_a_governor_races_total_after_its_regencies_is_no_regencys(shipped_context):
    # Kalbar 2024 (KPU Kalbar's plenary, insidepontianak): Norsan-Krisantus's shares in
    # Sintang (156.529 of 247.510) and Sanggau (144.323 of 238.020), then the province's
    # (1.364.563 of 2.584.546): the total is never Sanggau's
    figures = found(shipped_context, "Hasil Pilgub Kalbar 2024",
                    "Berdasarkan rekapitulasi KPU Kalbar, Norsan-Krisantus unggul di Kabupaten "
                    "Sintang 63,24%, Kabupaten Sanggau 60,63%, dengan total persentase 52,80%.")
    assert [f[2] for f in _share(figures, 60.63)] == ["6103"], figures
    assert all(f[2] != "6103" for f in _share(figures, 52.8)), figures
    assert not [f for f in figures if f[3] in FLAGS], figures


def test_a_year_before_the_total_is_no_figure_of_the_area():
    # suarapemred (Kubu Raya's regent race): "... Kubu Raya Jiwo-Sukriyanto (Jikir) menjadi
    # peraih suara terbanyak Pilkada 2024 dengan total 161.901 suara": the year is no figure
    # of Kubu Raya's before the total, which stays where the page's words put it
    from checker.figures.won_part import total_after
    text = ("Pasangan Bupati Kubu Raya Jikir menjadi peraih suara terbanyak Pilkada 2024 dengan "
            "total 161.901 suara.")
    assert not total_after(text, text.index("Kubu Raya") + 9, text.index("161.901"))
    listed = "Jawa Timur 65,19%, dengan total persentase 58,59%"
    assert total_after(listed, len("Jawa Timur"), listed.index("58,59"))
