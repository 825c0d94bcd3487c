"""Strict attribution (issue 10): a figure's parts the page states are read, where the shape is
how Indonesian pages write results in general. Short pages in our own words with the record's
real figures.

A kecamatan's bare name opening the sentence ("Di Seyegan, Kustini-Sukamto meraih ..."), once
a page lists the kecamatan of its kab/kota, is that kecamatan, as "Di Kapanewon Seyegan, ..."
is (the dev page on Sleman's 17 kapanewon gave six such counts that were held below the
regency with no area)."""

from __future__ import annotations

import pytest

from builders import check_article, every_claim
from checker import Context

FLAGS = ("minor", "discrepant")
GRADED = ("consistent", "minor", "discrepant")


def found(ctx: Context, title: str, body: str) -> dict:
    """{str(value): (claim, status or None)} of the page's claims."""
    report = check_article(title, f"<p>{body}</p>", ctx=ctx)
    return {str(c.value): (c, comp.status if comp else None) for c, comp in every_claim(report)}


SLEMAN = ("Pleno KPU Sleman menetapkan hasil rekapitulasi Pilkada Sleman 2024 per kapanewon. "
          "Di Kapanewon Prambanan, Paslon 01 meraih 17.311 suara, sedangkan Paslon 02 16.626 "
          "suara. {lead} Seyegan{comma} Kustini-Sukamto hanya meraih 14.156 suara, sementara "
          "Harda-Danang sebanyak 17.932 suara.")


@pytest.mark.parametrize("lead", ["Di", "Lalu di", "Sementara itu, di", "Adapun di"])
def test_a_bare_kecamatan_opening_the_sentence_is_that_kecamatan(shipped_context, lead):
    got = found(shipped_context, "Hasil Rekapitulasi Pilkada Sleman di 17 Kapanewon",
                SLEMAN.format(lead=lead, comma=","))
    for value, number in (("14156", 1), ("17932", 2)):
        claim, status = got[value]
        assert (claim.region_code, claim.nomor_urut, status) == ("340405", number, "consistent")


def test_another_city_and_race_bare_kecamatan(shipped_context):
    # Pilwalkot Malang: Klojen is a kecamatan of Kota Malang; the city's share stays the city's
    got = found(shipped_context, "Wahyu-Ali Menangi Pilwalkot Malang",
                "KPU Kota Malang menetapkan hasil Pilwalkot Malang 2024. Wahyu Hidayat-Ali "
                "Muthohirin meraih 49,55 persen suara. Di Klojen, Wahyu Hidayat-Ali Muthohirin "
                "mengantongi 50,37 persen suara.")
    assert (got["49.55"][0].region_code, got["49.55"][1]) == ("3573", "consistent")
    assert (got["50.37"][0].region_code, got["50.37"][1]) == ("357302", "consistent")


def test_a_bare_kecamatan_without_its_comma_stays_held(shipped_context):
    # control: without the comma the name's end is unknown ("Seyegan Kustini"): no area guessed
    got = found(shipped_context, "Hasil Rekapitulasi Pilkada Sleman di 17 Kapanewon",
                SLEMAN.format(lead="Di", comma=""))
    for value in ("14156", "17932"):
        claim, status = got[value]
        assert claim.region_code != "340405" and status not in GRADED


def test_a_name_that_is_the_regions_own_is_no_kecamatan(shipped_context):
    # control: "Di Sleman," is the regency's name (Kapanewon Sleman shares it): never the
    # kapanewon's reading, and the regency's total stays graded as the regency's
    got = found(shipped_context, "Harda-Danang Menang Pilkada Sleman",
                "KPU Sleman menetapkan hasil Pilkada Sleman 2024. Di Sleman, Harda-Danang "
                "meraih 322.429 suara.")
    claim, status = got["322429"]
    assert claim.region_code == "3404"
    assert status not in FLAGS


def test_a_bare_word_that_names_no_kecamatan_leaves_the_figure_alone(shipped_context):
    # control: a capitalised word that is no kecamatan of the regency ("Di Yogyakarta,")
    got = found(shipped_context, "Hasil Rekapitulasi Pilkada Sleman di 17 Kapanewon",
                SLEMAN.format(lead="Di", comma=",").replace("Seyegan", "Jogja"))
    for value in ("14156", "17932"):
        assert got[value][0].region_code != "340405"
        assert got[value][1] not in FLAGS


# ---- the other ways pages open a kecamatan's figures (the same Sleman figures)
PAKEM = "{open} Paslon 01 meraih 7.553 suara dan Paslon 02 mendapat 16.011 suara."
INTRO = "KPU Kabupaten Sleman menetapkan hasil rekapitulasi Pilkada Sleman 2024 per kapanewon. "


@pytest.mark.parametrize("opening", [
    "Sementara di Kecamatan Pakem,", "Pada Kecamatan Pakem,", "Dari Kapanewon Pakem,",
    "Di wilayah Kapanewon Pakem,", "Sementara di Pakem,", "Sedang di wilayah Pakem,"])
def test_more_lead_ins_of_a_kecamatan_opening(shipped_context, opening):
    got = found(shipped_context, "Hasil Rekapitulasi Pilkada Sleman per Kapanewon",
                INTRO + PAKEM.format(open=opening))
    for value, number in (("7553", 1), ("16011", 2)):
        claim, status = got[value]
        assert (claim.region_code, claim.nomor_urut, status) == ("340416", number, "consistent")


@pytest.mark.parametrize("item", ["1. Kecamatan Pakem, paslon 01 : 7.553 suara, paslon 02 : "
                                  "16.011 suara", "Kapanewon Pakem, paslon 01 7.553 suara, "
                                  "paslon 02 16.011 suara", "2) Kecamatan Pakem: paslon 01 "
                                  "7.553 suara, paslon 02 16.011 suara"])
def test_a_list_item_headed_by_its_kecamatan(shipped_context, item):
    report = check_article("Hasil Rekapitulasi Pilkada Sleman per Kapanewon",
                           f"<p>{INTRO}Berikut rinciannya:</p><ul><li>{item}</li><li>Kecamatan "
                           "Turi, paslon 01 : 7.867 suara, paslon 02 : 15.837 suara</li></ul>",
                           ctx=shipped_context)
    got = {str(c.value): (c.region_code, comp.status if comp else None)
           for c, comp in every_claim(report)}
    assert got["7553"] == got["16011"] == ("340416", "consistent")
    assert got["7867"] == got["15837"] == ("340415", "consistent")


@pytest.mark.parametrize("opening", ["Di Kecamatan Pakem, Turi dan Cangkringan,",
                                     "Di Pakem, Turi, dan Cangkringan,"])
def test_several_kecamatan_opening_the_sentence_are_no_one_of_them(shipped_context, opening):
    # control: the figures are the places' together (a sum), never the first one's
    got = found(shipped_context, "Hasil Rekapitulasi Pilkada Sleman per Kapanewon",
                INTRO + PAKEM.format(open=opening))
    for value in ("7553", "16011"):
        claim, status = got[value]
        assert claim.region_code != "340416" and status not in GRADED


def test_a_day_opening_the_sentence_is_no_place(shipped_context):
    # control: "Pada Senin," is when, not where (a bare name is read after "di" only)
    got = found(shipped_context, "Hasil Rekapitulasi Pilkada Sleman per Kapanewon",
                INTRO + PAKEM.format(open="Pada Kamis,"))
    assert all(len(c.region_code or "") != 6 for c, _ in got.values())
    assert not any(status in FLAGS for _, status in got.values())


# ---- a kecamatan's name on its own line, then one line per pair named by its ballot number
LINES = ("<p>{intro}</p><p>Pakem</p><p>Paslon 01: 7.553 suara</p><p>Nomor urut 2 Harda-Danang: "
         "16.011 suara</p><p>Turi</p><p>Paslon 01: 7.867 suara</p><p>Paslon 02: 15.837 suara</p>")


def test_pair_lines_named_by_ballot_number_under_a_kecamatan_line(shipped_context):
    # before, 'Paslon 01' made no pair line: the counts were read as the regency's
    report = check_article("Hasil Rekapitulasi Pilkada Sleman per Kapanewon",
                           LINES.format(intro=INTRO + "Berikut hasil per kapanewon:"), ctx=shipped_context)
    got = {str(c.value): (c.region_code, c.nomor_urut, comp.status if comp else None)
           for c, comp in every_claim(report)}
    assert got["7553"] == ("340416", 1, "consistent")
    assert got["16011"] == ("340416", 2, "consistent")
    assert got["7867"] == ("340415", 1, "consistent")
    assert got["15837"] == ("340415", 2, "consistent")


def test_pair_lines_under_a_desa_list_are_no_kecamatans(shipped_context):
    # control: the list says its items are desa; no kecamatan is read for them
    report = check_article("Hasil Pilkada Sleman per Desa",
                           LINES.format(intro=INTRO + "Berikut hasil per desa:"), ctx=shipped_context)
    for claim, comp in every_claim(report):
        assert len(claim.region_code or "") != 6
        assert comp is None or comp.status not in FLAGS


# ---- a section headed by a kecamatan's name, its figures in the paragraph under it
SECTION = "<p>{intro}</p><h3>{head}</h3><p>{para}</p>"
PARA = "Paslon 01 meraih 7.553 suara dan Paslon 02 mendapat 16.011 suara."


@pytest.mark.parametrize("head", ["Kapanewon Pakem", "Kecamatan Pakem", "Pakem"])
def test_a_paragraph_under_a_kecamatan_heading_is_that_kecamatans(shipped_context, head):
    report = check_article("Hasil Rekapitulasi Pilkada Sleman per Kapanewon",
                           SECTION.format(intro=INTRO, head=head, para=PARA), ctx=shipped_context)
    got = {str(c.value): (c.region_code, comp.status if comp else None)
           for c, comp in every_claim(report)}
    assert got["7553"] == got["16011"] == ("340416", "consistent")


@pytest.mark.parametrize("para", [
    "Secara keseluruhan, Harda-Danang meraih 57,12 persen suara.",  # the whole regency's
    "Di Kabupaten Sleman, Harda-Danang meraih 57,12 persen suara.",  # another place named
    "Di Kapanewon Turi, Harda-Danang meraih 57,12 persen suara."])  # another kecamatan
def test_a_paragraph_under_a_kecamatan_heading_that_speaks_of_more(shipped_context, para):
    # controls: never the heading's kecamatan
    report = check_article("Hasil Rekapitulasi Pilkada Sleman per Kapanewon",
                           SECTION.format(intro=INTRO, head="Kapanewon Pakem", para=para),
                           ctx=shipped_context)
    for claim, comp in every_claim(report):
        assert claim.region_code != "340416"
        assert comp is None or comp.status not in FLAGS
