"""Strict attribution (issue 10 §1), third round: shapes that recur across outlets, each from a
dev page's wrong or missed figure. Short pages in our own words with the record's real figures.

1. A short name the page gives a pair of another race ("Paslon gubernur Bali nomor urut 1, Made
   Muliawan Arya-Putu Agus Suradnyana (Mulia-PAS), menang di TPS tempat calon wali kota
   Denpasar mencoblos"): the 2024 Pilkada held both races on one day, so a page about one
   race's TPS or kab/kota names the other race's pairs too. The page's own definition names
   that pair, whichever race the words around the figure point to (detikBali gave Mulia-PAS's
   TPS count to Denpasar's mayor race, with no ballot number)."""

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


# -- 1. a short name the page gives another race's pair ---------------------------------------

DENPASAR = ("Paslon gubernur-wakil gubernur Bali nomor urut 1, Made Muliawan Arya-Putu Agus "
            "Suradnyana (Mulia-PAS), menang di TPS 09 Sumerta Kaja, tempat calon wali kota "
            "Denpasar {mayor} mencoblos. Di TPS tersebut Mulia-PAS mengumpulkan 261 suara.")


def test_a_governor_pairs_short_name_on_a_mayors_tps_page(shipped_context):
    got = found(shipped_context, "Mulia-PAS Menang di TPS Cawalkot Denpasar",
                DENPASAR.format(mayor="Gede Ngurah Ambara"))
    claim, status = got["261"]
    assert (claim.race_kind, claim.race_region, claim.nomor_urut) == ("governor", "51", 1)
    assert claim.region_code is None and status not in GRADED  # one TPS: never graded


def test_a_governor_pairs_short_name_on_a_regents_page(shipped_context):
    # another province, a regency's race: Jateng's governor pair by an acronym the page
    # gives it, at the TPS of a candidate for regent
    got = found(shipped_context, "Luthfi-Yasin Menang di TPS Cabup Kendal",
                "Pasangan calon gubernur Jawa Tengah nomor urut 2 Ahmad Luthfi-Taj Yasin "
                "Maimoen (LUYA) unggul di TPS 05 Weleri, tempat calon bupati Kendal mencoblos. "
                "Di TPS tersebut LUYA memperoleh 312 suara.")
    claim, status = got["312"]
    assert (claim.race_kind, claim.race_region, claim.nomor_urut) == ("governor", "33", 2)
    assert status not in GRADED


def test_the_mayor_pairs_own_short_name_stays_the_mayor_race(shipped_context):
    # control: the short name the page gives the mayor race's pair is that race's
    got = found(shipped_context, "Ambara-Adi Menang di TPS 09 Sumerta Kaja",
                "Calon wali kota Denpasar nomor urut 1 Gede Ngurah Ambara Putra-I Made Adi "
                "Mahendra (Ambara-Adi) menang di TPS 09 Sumerta Kaja. Di TPS tersebut "
                "Ambara-Adi mendapat 233 suara.")
    claim, _ = got["233"]
    assert (claim.race_kind, claim.race_region, claim.nomor_urut) == ("regent_mayor", "5171", 1)


def test_a_short_name_of_nobody_in_the_record_names_no_pair(shipped_context):
    # control: the bracketed name's pair stands in no race of the record: no pair is guessed
    got = found(shipped_context, "Hasil di TPS Cawalkot Denpasar",
                DENPASAR.format(mayor="Gede Ngurah Ambara").replace(
                    "Made Muliawan Arya-Putu Agus Suradnyana", "Made Sutama-Ketut Wirawan")
                .replace("Mulia-PAS", "Sutawira"))
    for claim, status in got.values():
        assert claim.candidate_id is None and status not in FLAGS


# -- 2. a kab/kota's name restating the kecamatan of that name named just before ----------------
# 240 kab/kota of the record have a kecamatan of their own name (Sleman, Kebumen, Banyumas ...).
# "Hal serupa terjadi di Kapanewon Sleman, tempat tinggal Bupati. Di Sleman, Paslon 01 hanya
# meraih 16.891 suara": the bare name, right after the sentence that named the kapanewon with
# its word, is that kapanewon said again (the dev page on Sleman's kapanewon gave both counts
# to the regency).

SLEMAN = ("Paslon 02 unggul di 16 kapanewon. Di Kapanewon Turi, Paslon 01 kalah telak (7.867 "
          "suara) dari Paslon 02 (15.837 suara). {before} Di Sleman, Paslon 01 hanya meraih "
          "{one} suara, sedangkan Paslon 02 meraih 25.331 suara.")


def test_the_regencys_name_restating_its_kapanewon_named_before(shipped_context):
    got = found(shipped_context, "Rekapitulasi Pilkada Sleman dari 17 Kapanewon",
                SLEMAN.format(before="Hal serupa terjadi di Kapanewon Sleman, tempat tinggal "
                              "Bupati Kustini.", one="16.891"))
    for value, number in (("16891", 1), ("25331", 2)):
        claim, status = got[value]
        assert (claim.region_code, claim.nomor_urut, status) == ("340413", number, "consistent")


def test_another_regency_and_wording(shipped_context):
    # Kebumen: "Kecamatan Kebumen" then "Sementara di Kebumen, ..."
    got = found(shipped_context, "Hasil Pleno Pilbup Kebumen per Kecamatan",
                "KPU Kebumen membacakan hasil rekapitulasi tiap kecamatan. Perolehan paling "
                "ketat tercatat di Kecamatan Kebumen, pusat kota kabupaten. Sementara di "
                "Kebumen, paslon nomor urut 1 meraih 41.698 suara dan paslon nomor urut 2 "
                "meraih 30.884 suara.")
    for value, number in (("41698", 1), ("30884", 2)):
        claim, status = got[value]
        assert (claim.region_code, claim.nomor_urut, status) == ("330512", number, "consistent")


def test_a_governor_race_in_a_regencys_kecamatan(shipped_context):
    # another race and level: Pilgub Jateng's counts in Kecamatan Banyumas, Kabupaten Banyumas
    got = found(shipped_context, "Hasil Pilgub Jateng di Kabupaten Banyumas",
                "Rekapitulasi Pilgub Jateng di Kabupaten Banyumas selesai. Andika-Hendi hanya "
                "kalah tipis di Kecamatan Banyumas. Di Banyumas, Andika-Hendi meraih 12.370 "
                "suara, sedangkan Luthfi-Yasin mendapat 14.550 suara.")
    for value, number in (("12370", 1), ("14550", 2)):
        claim, status = got[value]
        assert (claim.race_kind, claim.region_code, claim.nomor_urut, status) == \
            ("governor", "330211", number, "consistent")


def test_the_regencys_name_after_another_kapanewon_stays_the_regencys(shipped_context):
    # control: the sentence before names another kapanewon (Turi), not Sleman's: "Di Sleman,"
    # is the regency's name, and its total stays the regency's
    got = found(shipped_context, "Harda-Danang Menang Pilkada Sleman",
                "Di Kapanewon Turi, Paslon 01 kalah telak (7.867 suara) dari Paslon 02 (15.837 "
                "suara). Di Sleman, Harda-Danang meraih 322.429 suara.")
    claim, status = got["322429"]
    assert claim.region_code == "3404" and status not in FLAGS


def test_a_count_beyond_the_kapanewon_stays_the_regencys(shipped_context):
    # control: a count larger than all the kapanewon's votes is no count of it
    got = found(shipped_context, "Rekapitulasi Pilkada Sleman dari 17 Kapanewon",
                SLEMAN.format(before="Hal serupa terjadi di Kapanewon Sleman.", one="216.891"))
    claim, _ = got["216891"]
    assert claim.region_code != "340413"


def test_the_kapanewon_named_two_sentences_before_is_not_restated(shipped_context):
    # control: only the sentence right before restates; further back the name is the regency's
    got = found(shipped_context, "Rekapitulasi Pilkada Sleman dari 17 Kapanewon",
                SLEMAN.format(before="Hal serupa terjadi di Kapanewon Sleman. Bupati Kustini "
                              "tinggal di sana.", one="16.891"))
    claim, status = got["16891"]
    assert claim.region_code != "340413" and status not in FLAGS


# -- 3. a plenary "tingkat KPU kota": the kab/kota's own count of the governor race -------------
# "rapat pleno rekapitulasi hasil penghitungan suara Pilkada 2024 tingkat KPU kota": the lead
# says the plenary was the city's own (as "tingkat Kota Banjar" did), so the governor race's
# figures that follow are the city's, not region_unclear (the dev page on Solo's plenary).

SOLO = ("KPU Kota Solo menetapkan Respati-Astrid sebagai wali kota terpilih setelah rapat pleno "
        "rekapitulasi hasil penghitungan suara Pilkada 2024 {tier} di Laweyan, Kota Solo. "
        "Respati-Astrid mendapat 185.970 suara. Sementara untuk Pilkada Jateng, paslon "
        "gubernur-wakil gubernur nomor urut 1 Andika Perkasa-Hendrar Prihadi unggul dengan "
        "perolehan 161.008 atau 52,83% suara.")


@pytest.mark.parametrize("tier", ["tingkat KPU kota", "tingkat KPU Kota Surakarta"])
def test_the_citys_own_plenary_of_the_governor_race(shipped_context, tier):
    got = found(shipped_context, "Respati-Astrid Resmi Menang Pilkada Solo",
                SOLO.format(tier=tier))
    for value in ("161008", "52.83"):
        claim, status = got[value]
        assert (claim.race_kind, claim.region_code, claim.nomor_urut, status) == \
            ("governor", "3372", 1, "consistent")


def test_a_regencys_own_plenary_of_the_governor_race(shipped_context):
    # another regency and wording: "tingkat KPU Kabupaten Kudus"
    got = found(shipped_context, "Hasil Pleno Pilkada Kudus 2024",
                "KPU Kabupaten Kudus menuntaskan rekapitulasi hasil penghitungan suara tingkat "
                "KPU Kabupaten Kudus. Untuk Pilgub Jateng, Ahmad Luthfi-Taj Yasin meraih "
                "369.523 suara, sedangkan Andika Perkasa-Hendrar Prihadi 155.463 suara.")
    for value, number in (("369523", 2), ("155463", 1)):
        claim, status = got[value]
        assert (claim.region_code, claim.nomor_urut, status) == ("3319", number, "consistent")


def test_a_plenary_of_every_kabkota_says_no_one_city(shipped_context):
    # control: "tingkat KPU kabupaten/kota" is every one's plenary: the city's page's governor
    # figures stay unplaced, never graded against the city or the province
    got = found(shipped_context, "Respati-Astrid Resmi Menang Pilkada Solo",
                SOLO.format(tier="tingkat KPU kabupaten/kota"))
    claim, status = got["161008"]
    assert claim.region_code != "33" and status not in FLAGS
