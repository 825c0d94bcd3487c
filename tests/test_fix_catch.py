"""Issue 10: wrong figures caught through evidence already on the page, never a right one
flagged. Each case is a short page in our own words holding the real figures of the dev page
named beside it (tests/corpus/pages), with the error the corpus or the planted-error mode
(`bench_accuracy.py --planted`) puts in it."""

from __future__ import annotations

from decimal import Decimal

from builders import check_article, context, snapshot
from checker.analyse.pipeline import check_snapshot


def graded(url: str, title: str, body: str) -> dict:
    """{(kind, value): Comparison} of the page's claims (one per value is enough here)."""
    rep = check_article(title, body, url)
    return {(rep.claims[c.claim].kind, rep.claims[c.claim].value): c for c in rep.comparisons}


FLAGS = ("minor", "discrepant")


# ---- A pair's share off the very Sirekap reading every other pair's share copies, at a moment
# the page states and the record does not hold (pilpres-kontan-sirekap-78persen,
# factcheck-*-anies-*: "58,82 / 24,49 / 16,68" is Sirekap at 78 % of the TPS on 7 Mar 2024).
PILPRES = ("<p>KONTAN.CO.ID - JAKARTA. Menurut data Sirekap KPU secara nasional pada Selasa "
           "(5/3/2024) pukul 18.00 WIB, pasangan nomor urut 2 Prabowo Subianto-Gibran Rakabuming "
           "Raka meraih {b} persen suara.</p><p>Pasangan nomor urut 1 Anies Baswedan-Muhaimin "
           "Iskandar memperoleh {a} persen.</p><p>Pasangan nomor urut 3 Ganjar Pranowo-Mahfud MD "
           "mendapat {c} persen.</p><p>Data yang masuk sudah 78,10 persen TPS.</p>")


def pilpres(a: str, b: str, c: str) -> dict:
    return graded("https://nasional.kontan.co.id/news/sirekap-pilpres", "Sirekap Pilpres 2024 "
                  "KPU Data 78 Persen", PILPRES.format(a=a, b=b, c=c))


def test_a_share_off_the_reading_the_other_shares_copy_is_wrong_at_any_moment():
    got = pilpres("22,49", "58,82", "16,68")
    assert got["share", Decimal("22.49")].status == "discrepant"  # (the sum, 97,99, says so too)
    assert got["share", Decimal("58.82")].status not in FLAGS
    assert got["share", Decimal("16.68")].status not in FLAGS


def test_a_share_a_few_hundredths_off_that_reading_is_a_slip():
    # "58,87" for 58.82: within the limits of any count and within rounding of the sum, but the
    # other two shares are that very reading's, which leaves it at most 0.025 away
    got = pilpres("24,49", "58,87", "16,68")
    wrong = got["share", Decimal("58.87")]
    assert wrong.status == "minor" and wrong.tier == "sirekap"
    assert wrong.official_value == Decimal("58.82")


def test_the_same_reading_copied_right_is_not_flagged():
    assert not any(c.status in FLAGS for c in pilpres("24,49", "58,82", "16,68").values())


def test_a_nearby_moment_where_two_shares_coincide_is_not_flagged():
    # factcheck-tribuntimur-amin-satu-putaran-kesimpulan: on 29 Feb KPU showed 58,83 / 24,49 /
    # 16,68; two shares equal the 7 Mar reading, the third moved by a hundredth of a point.
    # Two shares each within half a hundredth leave the third within three: not an error.
    for b in ("58,83", "58,84"):
        assert not any(c.status in FLAGS for c in pilpres("24,49", b, "16,68").values())


def test_shares_of_a_quick_count_are_not_held_to_a_reading():
    body = PILPRES.format(a="22,49", b="58,82", c="16,68").replace(
        "Menurut data Sirekap KPU secara nasional", "Menurut hitung cepat (quick count) "
        "Litbang Kompas secara nasional").replace("Data yang masuk sudah 78,10 persen TPS.",
                                                   "Sampel quick count masuk 100 persen.")
    got = graded("https://nasional.kontan.co.id/news/quick-count", "Quick Count Pilpres 2024",
                 body)
    assert got["share", Decimal("22.49")].status not in FLAGS


# ---- A pair's count off the reading the other pair's count copies to the vote, where the
# page's own share of it also is that reading's (pilkada-merdeka-bali-real-count-sementara:
# Sirekap of 28 Nov 2024, 885.126 and 1.411.252, 38,54 and 61,46 persen).
BALI = ("<p>MERDEKA.COM - Real count KPU di situs pilkada2024.kpu.go.id pada Kamis (28/11/2024) "
        "menempatkan Wayan Koster-I Nyoman Giri Prasta di atas Made Muliawan Arya-Putu Agus "
        "Suradnyana.</p><p>Mulia-PAS mengumpulkan {shares}{a} suara, sedangkan Koster-Giri "
        "mengumpulkan {shares2}{b} suara.</p>")


def bali(a: str, b: str, shares: bool = True) -> dict:
    body = BALI.format(a=a, b=b, shares="38,54 persen atau " if shares else "",
                       shares2="61,46 persen atau " if shares else "")
    return graded("https://www.merdeka.com/politik/real-count-bali.html", "Real Count Pilgub "
                  "Bali 2024", body)


def test_a_count_against_its_own_share_and_the_other_pairs_count_is_wrong():
    got = bali("865.126", "1.411.252")
    wrong = got["votes", Decimal(865126)]
    assert wrong.status == "discrepant" and wrong.official_value == 885126
    assert got["votes", Decimal(1411252)].status == "consistent"


def test_one_other_count_equal_without_a_share_proves_no_reading():
    # counts of a race of two: one pair's count unchanged between two moments is possible
    got = bali("865.126", "1.411.252", shares=False)
    assert got["votes", Decimal(865126)].status not in FLAGS


# ---- A pair's plenary figure the page states twice, two ways, one of them the settled
# record's (pilkada-tribunsurabaya-eri-armuji-kotak-kosong-81-persen: 81,4 and a truncated
# 81,3 of 980.380 out of 1.204.720 valid votes; pilkada-murianews-jepara-wiwit-hajar-80-93:
# the governor count 140.814 said twice; Sirekap holds both races complete).
SURABAYA = ("<p>SURYA.co.id - KPU Surabaya sudah menyelesaikan rekapitulasi suara Pilwali "
            "Surabaya 2024. Hasilnya, Eri Cahyadi-Armuji, pasangan calon tunggal, unggul dengan "
            "{a} persen.</p><p>Rekapitulasi mencatat Eri Cahyadi-Armuji mengumpulkan 980.380 "
            "suara atau {b} persen dari total suara sah, sedangkan kotak kosong dipilih oleh "
            "224.340 suara atau sekitar 18,6 persen suara sah.</p>")


def surabaya(a: str, b: str) -> dict:
    return graded("https://surabaya.tribunnews.com/2024/12/08/eri-armuji", "Eri Cahyadi Unggul"
                  " di Pilwali Surabaya 2024", SURABAYA.format(a=a, b=b))


def test_a_plenary_share_given_twice_is_held_to_the_one_the_record_settles():
    got = surabaya("81,4", "81,3")
    assert got["share", Decimal("81.3")].status == "minor"
    assert got["share", Decimal("81.3")].reason == "own_repeat"
    assert got["share", Decimal("81.4")].status == "consistent"


def test_a_plenary_share_given_twice_alike_is_not_flagged():
    assert not any(c.status in FLAGS for c in surabaya("81,4", "81,4").values())


def test_two_plenary_shares_far_apart_are_two_figures_not_a_typo():
    # a figure of another area or basis read into this one is no slip of one digit
    got = surabaya("81,4", "76,9")
    assert got["share", Decimal("76.9")].reason != "own_repeat"


JEPARA = ("<p>Murianews, Jepara - KPU Kabupaten Jepara menuntaskan rekapitulasi tingkat "
          "kabupaten pada Rabu (4/12/2024).</p><p>Selain pilbup, KPU juga merekapitulasi "
          "pemilihan gubernur. Paslon nomor urut 1 Andika Perkasa-Hendrar Prihadi memperoleh "
          "140.814 atau 25,55 persen suara sah. Paslon nomor urut 2 Ahmad Luthfi-Taj Yasin "
          "meraih 410.421 suara.</p><p>Di pemilihan gubernur, Andika Perkasa-Hendrar Prihadi "
          "mendapatkan {a} suara.</p>")


def jepara(a: str) -> dict:
    return graded("https://www.murianews.com/2024/12/04/rekapitulasi-jepara", "Rekapitulasi "
                  "KPU Jepara, Wiwit-Hajar Menang", JEPARA.format(a=a))


def test_a_plenary_count_given_twice_is_held_to_the_one_the_record_settles():
    got = jepara("141.814")
    wrong = got["votes", Decimal(141814)]
    assert wrong.status == "minor" and wrong.reason == "own_repeat"
    assert wrong.official_value == 140814
    assert got["votes", Decimal(140814)].status == "consistent"


def test_a_real_count_at_two_moments_is_not_a_repeat():
    body = ("<p>MERDEKA.COM - Real count KPU Pilgub Bali di situs pilkada2024.kpu.go.id pada "
            "Kamis (28/11/2024) pagi: Koster-Giri 61,16 persen. Pada Kamis sore real count "
            "menunjukkan Koster-Giri 61,46 persen dan Mulia-PAS 38,54 persen.</p>")
    got = graded("https://www.merdeka.com/politik/real-count-bali-2.html", "Real Count "
                  "Pilgub Bali 2024", body)
    assert not any(c.status in FLAGS for c in got.values())


def test_a_plenary_count_beside_one_equal_count_stays_unverifiable():
    # Denpasar: the plenary may differ from Sirekap's complete count by a few votes for one
    # pair (corrections at the plenary); one pair equal proves no reading
    body = ("<p>BALIPOST.com - Menurut hasil pleno KPU Provinsi Bali, di Kota Denpasar Mulia-PAS"
            " mendapat 145.430 suara, Koster-Giri 145.759 suara.</p>")
    got = graded("https://www.balipost.com/news/2024/12/08/pleno-kpu-bali", "Pleno KPU Bali: "
                 "Koster-Giri Unggul di Pilgub Bali", body)
    assert got["votes", Decimal(145430)].status not in FLAGS


# ---- Shares that add to 102 where the two others agree with a reading of a count still under
# way (factcheck-turnbackhoax-anies-satu-putaran: KPU on 29 Feb 2024, 58,83 / 24,49 / 16,68;
# the record's Sirekap of 7 Mar, 58.82 / 24.49 / 16.68, was 78 % complete): the page
# contradicts itself, and the reading says which share it is.
FEB = ("<p>TRIBUN-TIMUR.COM - Kamis, 29 Februari 2024</p><p>Menurut data terbaru KPU di "
       "pemilu2024.kpu.go.id, secara nasional paslon nomor urut dua tetap unggul dengan {b}%, diikuti paslon "
       "satu dengan {a}%, lalu paslon nomor tiga dengan {c}% suara.</p>")


def feb(a: str, b: str, c: str) -> dict:
    return graded("https://makassar.tribunnews.com/2024/02/29/real-count-kpu-pilpres",
                  "Update Real Count KPU Pilpres 2024 per 29 Februari", FEB.format(
                      a=a, b=b, c=c))


def test_shares_over_100_are_held_to_what_the_others_leave_at_a_reading_under_way():
    got = feb("26,49", "58,83", "16,68")
    wrong = got["share", Decimal("26.49")]
    assert wrong.status == "discrepant" and wrong.reason == "own_sum"
    assert wrong.official_value == Decimal("24.49")
    assert got["share", Decimal("58.83")].status not in FLAGS
    assert got["share", Decimal("16.68")].status not in FLAGS


def test_shares_adding_to_100_at_a_nearby_moment_are_left_alone():
    assert not any(c.status in FLAGS for c in feb("24,49", "58,83", "16,68").values())


def test_the_report_words_a_plenary_figure_given_twice():
    from checker.report.formats import render

    html = (f"<html><head><title>Rekapitulasi KPU Jepara</title></head><body><article><h1>"
            f"Rekapitulasi KPU Jepara, Wiwit-Hajar Menang</h1>{JEPARA.format(a='141.814')}"
            "</article></body></html>")
    rep = check_snapshot(snapshot("https://www.murianews.com/2024/12/04/x", html.encode()),
                         context())
    for lang, words in (("id", "dua kali"), ("en", "twice")):
        assert words in render(rep, context().rules, "text", lang)


# ---- A margin the page states beside the pairs' counts (pilkada-isknews-kudus-pilgub-pilbup:
# 289.840 and 251.816, "selisih 38.024 suara"; Sirekap holds Kudus complete, equal to both):
# a count that breaks the margin, where the other count and the margin give the record's
# count to the vote, is wrong.
KUDUS = ("<p>Kudus, isknews.com - Rabu (04/12/2024). KPU Kabupaten Kudus menggelar rapat pleno "
         "terbuka rekapitulasi hasil pemilihan Bupati dan Wakil Bupati Kudus.</p><p>Pada "
         "pemilihan Bupati dan Wakil Bupati Kudus, pasangan Samani Intakoris dan Bellinda Putri "
         "Sabrina Birton meraih {a} suara.</p><p>Pasangan Hartopo dan Mawahib mendapat 251.816 "
         "suara. Dengan selisih {m} suara, Samani dan Bellinda menang.</p>")


def kudus(a: str, m: str = "38.024") -> dict:
    return graded("https://isknews.com/rekapitulasi-pilkada-kudus", "Rekapitulasi Pilkada "
                  "Kudus Selesai, Samani-Bellinda Unggul", KUDUS.format(a=a, m=m))


def test_a_count_that_breaks_the_pages_own_margin_is_wrong():
    got = kudus("249.840")
    wrong = got["votes", Decimal(249840)]
    assert wrong.status == "discrepant" and wrong.reason == "own_margin"
    assert wrong.official_value == 289840
    assert got["votes", Decimal(251816)].status == "consistent"


def test_counts_that_keep_the_margin_are_not_flagged():
    assert not any(c.status in FLAGS for c in kudus("289.840").values())


def test_a_wrong_margin_flags_no_count():
    # the margin is the slip here: both counts are the record's
    assert not any(c.status in FLAGS for c in kudus("289.840", "38.042").values())


def test_a_pair_named_by_its_ballot_number_alone_is_held_to_its_other_statement():
    # pilkada-murianews-jepara-wiwit-hajar-80-93: the regent race's shares said twice, the
    # pairs named "paslon nomor urut 1" only, so the claims carry no candidate id
    from checker.figures.own_repeat import repeat_blamed
    from checker.models import Claim

    def share(nomor, value):
        return Claim("share", Decimal(value), "text", "", election="pilkada2024",
                     race_kind="regent_mayor", region_code="3320", race_region="3320",
                     nomor_urut=nomor, claim_type="plenary")

    claims = [share(1, "19.07"), share(2, "80.93"), share(1, "10.07"), share(2, "80.93")]
    got = repeat_blamed(claims, context().official, context().rules.thresholds)
    assert set(got) == {2} and got[2].status == "discrepant" and got[2].reason == "own_repeat"
    assert got[2].official_value == Decimal("19.07")
