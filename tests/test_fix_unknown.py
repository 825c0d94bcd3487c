"""Flags on figures the dev annotator could not call right or wrong, that a fact-checker would
not sign (bench_accuracy's "flags on figures of unknown accuracy"), each as the wording behind
it, in our own words with the real figures: a named pollster's final shares read as KPU's
result, a share one unit of its last digit off its own counts' share, a campaign's claimed
share that does not follow from the campaign's own claimed counts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import CAMP, check_article, every_claim

FLAGS = ("minor", "discrepant")


def claims_of(title: str, body: str) -> dict:
    """{(kind, value): (Claim, Comparison or None)} of the page's claims."""
    return {(c.kind, str(c.value)): (c, cmp) for c, cmp in every_claim(check_article(title, body))}


# ---- 1. A figure a named pollster is the source of is its quick count's, whatever words
# ("hasil resmi", "hasil akhir", "suara masuk") the sentence uses (quick_source.py). Pilgub DKI
# Jakarta 2024, election night: Charta Politika 39,25 / 10,60 / 50,15 and Indikator 39,53 /
# 10,61 / 49,87 with their samples complete; the plenary gave 39.40 / 10.53 / 50.07.
JAKARTA = ("<p>Charta Politika dan Indikator Politik Indonesia telah merampungkan hitung cepat "
           "Pilkada Jakarta 2024, Rabu (27/11/2024).</p>"
           "<p>Dengan suara masuk 100 persen, hasil resmi kedua lembaga itu hampir sama.</p>"
           "<p>Menurut hasil akhir Charta Politika pukul 19.52 WIB, pasangan nomor 1 Ridwan "
           "Kamil-Suswono memperoleh 39,25 persen. Pasangan nomor 2, Dharma Pongrekun-Kun "
           "Wardana, meraih 10,60 persen, dan pasangan nomor 3, Pramono Anung-Rano Karno, "
           "mendapat 50,15 persen. Adapun hasil akhir Indikator pukul 19.12 WIB menempatkan "
           "RK-Suswono pada 39,53 persen, Dharma-Kun 10,61 persen, dan Pramono-Rano 49,87 "
           "persen.</p><p>Angka kedua lembaga itu hasil hitung cepat, bukan hasil KPU.</p>")
JAKARTA_SHARES = ("39.25", "10.60", "50.15", "39.53", "10.61", "49.87")


def test_a_named_pollsters_final_shares_are_its_quick_count():
    found = claims_of("Hasil Quick Count Pilkada Jakarta Versi Charta Politika dan Indikator",
                      JAKARTA)
    for value in JAKARTA_SHARES:
        claim, comparison = found[("share", value)]
        assert claim.claim_type == "quick_count", (value, claim)
        assert comparison is None or comparison.status not in FLAGS, (value, comparison)


def test_the_pollsters_complete_sample_is_no_progress_of_kpu():
    claim, comparison = claims_of("Hasil Quick Count Pilkada Jakarta", JAKARTA)[("progress", "100")]
    assert comparison is None or comparison.status not in FLAGS, comparison
    assert comparison is None or comparison.reason == "quick_count_sample", comparison


# Other pollsters, races and wordings: Pilgub Jawa Tengah 2024 (the plenary: Andika-Hendi
# 40.86, Luthfi-Yasin 59.14), Poltracking's and LSI's shares as "hasil akhir"/"hasil resmi".
JATENG = [
    "<p>Berdasarkan hasil akhir Poltracking Indonesia, pasangan Andika Perkasa-Hendrar Prihadi "
    "meraih 41,32 persen. Ahmad Luthfi-Taj Yasin memperoleh 58,68 persen.</p>",
    "<p>Hasil resmi Lembaga Survei Indonesia (LSI) dengan data masuk 100 persen: Andika "
    "Perkasa-Hendrar Prihadi 41,32 persen, Ahmad Luthfi-Taj Yasin 58,68 persen.</p>",
    "<p>Versi hasil akhir LSI, Ahmad Luthfi-Taj Yasin unggul dengan 58,68 persen. Andika "
    "Perkasa-Hendrar Prihadi mendapat 41,32 persen.</p>",
]


@pytest.mark.parametrize("body", JATENG)
def test_another_pollster_and_race_are_quick_counts_too(body):
    found = claims_of("Pilgub Jateng 2024", body)
    for value in ("41.32", "58.68"):
        claim, comparison = found[("share", value)]
        assert claim.claim_type == "quick_count", (value, claim)
        assert comparison is None or comparison.status not in FLAGS, (value, comparison)


def test_a_pilpres_pollsters_final_share_is_its_quick_count():
    found = claims_of("Quick Count Pilpres 2024",
                      "<p>Menurut hasil akhir SMRC, Prabowo Subianto-Gibran Rakabuming Raka "
                      "meraih 57,99 persen. Anies Baswedan-Muhaimin Iskandar 25,07 persen.</p>")
    for value in ("57.99", "25.07"):
        assert found[("share", value)][0].claim_type == "quick_count", found[("share", value)]


# Negative control: KPU's plenary on a page that also gives a pollster's quick count keeps its
# grade, before the pollster or after it (the plenary: 50.07).
@pytest.mark.parametrize("order", ["quick_first", "plenary_first"])
def test_a_plenary_figure_beside_a_quick_count_keeps_its_grade(order):
    quick = "<p>Menurut hasil akhir Indikator, Pramono Anung-Rano Karno meraih 49,87 persen.</p>"
    plenary = ("<p>Dalam rapat pleno rekapitulasi, KPU DKI Jakarta menetapkan Pramono Anung-Rano "
               "Karno meraih 49,07 persen.</p>")
    body = quick + plenary if order == "quick_first" else plenary + quick
    claim, comparison = claims_of("Pilgub Jakarta 2024", body)[("share", "49.07")]
    assert claim.claim_type == "plenary", claim
    assert comparison is not None and comparison.status in FLAGS, comparison


# ---- 2. A share one unit of its last digit off the share its page's counts give, once
# rounded or cut short at that digit, is the page's rounding (own_shares.py). Pilgub DKI 2024,
# Kepulauan Seribu: 7.456 of 14.687 is 50,766 %, written 50,78 (rounded, 50,77).
SERIBU = ("<p>Hasil rekapitulasi Pilgub Jakarta di Kabupaten Kepulauan Seribu: Ridwan "
          "Kamil-Suswono 6.578 suara (44,78 persen), Dharma Pongrekun-Kun Wardana 653 suara "
          "(4,45 persen), Pramono Anung-Rano Karno 7.456 suara ({last} persen).</p>")


def test_a_share_one_unit_off_its_counts_rounded_share_is_not_flagged():
    claim, comparison = claims_of("Rekapitulasi Pilkada Jakarta",
                                  SERIBU.format(last="50,78"))[("share", "50.78")]
    assert comparison is None or comparison.status not in FLAGS, comparison


def test_a_share_further_off_its_counts_is_still_flagged():
    claim, comparison = claims_of("Rekapitulasi Pilkada Jakarta",
                                  SERIBU.format(last="50,87"))[("share", "50.87")]
    assert comparison is not None and comparison.status in FLAGS, comparison
    # against the page's own counts, or (since fix-plenary) the complete Sirekap reading they
    # equal: 50,77 either way
    assert comparison.reason == "own_votes" or comparison.official_value == Decimal("50.77"), \
        comparison


# ---- 3. A campaign's quoted claim whose share does not follow from its own claimed votes is
# the campaign's, not the page's error (reported_counts.py). Pilgub Sumbar 2024, election
# night: the Mahyeldi-Vasko team's 77,17 % with 1.754.310 votes to 520.187 (77,13 % of them).
SUMBAR = ("<p>Tim pemenangan Mahyeldi-Vasko mengklaim menang di hampir semua kecamatan, kata "
          "Ketua Tim Pemenangan kepada wartawan. Dalam hitungan itu, pasangan ini mengklaim unggul "
          "dengan 77,17 persen atau 1.754.310 suara, sedangkan Epyardi Asda-Ekos Albar 22,88 "
          "persen atau 520.187 suara.</p>")


def test_a_campaigns_claimed_share_off_its_own_counts_is_held_as_quoted():
    claim, comparison = claims_of("Mahyeldi-Vasko Klaim Menang Pilgub Sumbar",
                                  SUMBAR)[("share", "77.17")]
    assert claim.claim_type == "internal_count", claim
    assert comparison is not None and comparison.status not in FLAGS, comparison
    assert comparison.reason == "campaign_quoted", comparison
    assert comparison.difference is not None  # the gap is still shown


def test_the_camps_own_site_keeps_its_grade():
    rep = check_article("Mahyeldi-Vasko Klaim Menang Pilgub Sumbar", SUMBAR, footer=CAMP)
    found = {(c.kind, str(c.value)): cmp for c, cmp in every_claim(rep)}
    assert found[("share", "77.17")] is not None and found[("share", "77.17")].status in FLAGS


def test_the_same_figures_given_as_kpus_keep_their_grade():
    body = ("<p>KPU Sumatera Barat menetapkan hasil rekapitulasi: Mahyeldi-Vasko meraih 77,17 "
            "persen atau 1.754.310 suara, sedangkan Epyardi Asda-Ekos Albar 22,88 persen atau "
            "520.187 suara.</p>")
    claim, comparison = claims_of("Rekapitulasi Pilgub Sumbar", body)[("share", "77.17")]
    assert comparison is not None and comparison.status in FLAGS, comparison
    assert comparison.reason != "campaign_quoted", comparison


# A whole per cent keeps one unit around its counts' share (22,9 % may be written 22 or 23,
# "24 persen" is more than rounding); hundredths one unit off the rounded share are rounding,
# two units off it are not.
def test_a_whole_per_cent_two_units_off_its_counts_rounded_share_is_not_rounding():
    from decimal import Decimal

    from checker.figures.numbers import written_from

    assert not written_from("24", Decimal("22.9"))
    assert written_from("23", Decimal("22.9")) and written_from("22", Decimal("22.9"))
    assert written_from("50.78", Decimal("50.766")) and written_from("23.95", Decimal("23.956"))
    assert not written_from("50.79", Decimal("50.766"))
    # two units off the rounded share (10.033 of 20.777 is 48,289 %) is not rounding
    assert not written_from("48.27", Decimal("10033") * 100 / Decimal("20777"))
