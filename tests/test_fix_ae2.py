"""Corpus-ae's causes left after fix-ae (each test a wording met on its dev pages, in our own
words with the real figures, then other outlets' wordings and the neighbouring shape that must
keep its reading):

1. a paragraph opening "Di sini" / "Di daerah ini" / "Di kabupaten tersebut" whose referent
   cannot be carried (another race's sentence stands between it and the regency named before)
   gives a figure of no one area: held `region_unclear`, never the province's by default; on a
   page holding two races, "Di sini" right after the paragraph naming a regency is still that
   regency, when no race word stands between;
2. a passage per kecamatan giving its own progress ("Kecamatan Bangkunat dengan progress 16
   dari 79 TPS (20,25 persen), yaitu pasangan nomor urut 1 memperoleh 56 suara") holds the
   counts after it.
"""

from __future__ import annotations

from builders import check_article, every_claim
from test_precision import run, statuses

_FLAGS = {"minor", "discrepant"}


def _by_value(body: str) -> dict:
    return {str(c.value): c for c in run(body)}


# -- 1. a back-reference whose place cannot be carried -------------------------------------------

_KALSEL = ("<h1>Muhidin-Hasnur Menang di Seluruh Kabupaten/Kota</h1><p>KPU Kalsel menetapkan "
           "hasil rekapitulasi Pilgub Kalsel 2024. Muhidin-Hasnuryadi meraih 1.629.456 suara."
           "</p><p>Begitu pula di Kabupaten Banjar, tempat Raudatul Jannah dan Akhmad Rozanie "
           "semestinya mencoblos.</p>{between}<p>{opener} paslon nomor urut 2 memperoleh 52.698 "
           "suara, jauh di bawah pasangan Muhidin-Hasnuryadi yang mendapat 208.011 suara.</p>")
# Another race's sentence between (a teaser or a related story set into the text).
_OTHER_RACE = ("<p>Sementara itu pada Pilkada Kabupaten Tanah Laut, pasangan nomor urut 1, "
               "Rahmat-Zazuli, memperoleh 110.714 suara atau 57,03 persen.</p>")


def test_di_sini_past_another_races_sentence_is_no_area_not_the_province():
    for opener in ("Di sini", "Di daerah ini", "Di kabupaten tersebut",
                   "Sementara di daerah tersebut,"):
        body = _KALSEL.format(between=_OTHER_RACE, opener=opener)
        found = statuses(body)
        assert found[208011] == ("unverifiable", "region_unclear"), opener
        assert found[52698][0] == "unverifiable", opener  # (Tanah Laut's, or no area)
        assert found[1629456] == ("consistent", None), opener


def test_di_sini_two_paragraphs_after_a_regency_is_held_not_graded_as_the_province():
    body = _KALSEL.format(between="<p>Saksi kedua paslon hadir dalam rapat pleno.</p>",
                          opener="Di sini")
    found = statuses(body)
    assert found[208011] == ("unverifiable", "region_unclear")
    assert found[52698] == ("unverifiable", "region_unclear")


def test_the_paragraphs_later_sentences_go_on_with_its_opening():
    # "Di sini ..." opens the paragraph; the next sentence's count is of the same place.
    body = _KALSEL.format(between=_OTHER_RACE, opener="Di sini").replace(
        "jauh di bawah pasangan Muhidin-Hasnuryadi yang mendapat 208.011 suara.",
        "tidak sampai seperempat suara. Muhidin-Hasnuryadi mendapat 208.011 suara.")
    assert statuses(body)[208011] == ("unverifiable", "region_unclear")


def test_another_province_and_the_presidential_race():
    # Pilpres 2024: a province named, a DPD sentence between, then "Di provinsi itu": the
    # province's count is not the nation's (Sirekap's Prabowo-Gibran in the nation 96.214.691).
    body = ("<h1>Hasil Pilpres 2024</h1><p>Prabowo-Gibran meraih 96.214.691 suara secara "
            "nasional.</p><p>Kami juga melihat hasil di Jawa Tengah.</p><p>Untuk DPD RI, "
            "Abdul Kholik memimpin perolehan suara.</p><p>Di provinsi itu Prabowo-Gibran "
            "memperoleh 12.096.454 suara.</p>")
    found = statuses(body)
    assert found[12096454] == ("unverifiable", "region_unclear")


def test_di_sini_right_after_the_regency_or_after_the_province_keeps_its_reading():
    body = _KALSEL.format(between="", opener="Di sini")
    claims = _by_value(body)
    assert claims["208011"].region_code == "6303" and claims["52698"].region_code == "6303"
    assert not {s for s, _ in statuses(body).values()} & _FLAGS
    # "Di sini" with the province the last place named: the province's, graded.
    body = ("<h1>Hasil Pilgub Kalsel 2024</h1><p>KPU Provinsi Kalimantan Selatan menggelar pleno."
            "</p><p>Saksi kedua paslon hadir dalam rapat.</p><p>Di sini Muhidin-Hasnuryadi "
            "meraih 1.629.456 suara.</p>")
    assert statuses(body)[1629456] == ("consistent", None)


def test_a_link_or_a_back_word_inside_the_sentence_changes_nothing():
    # "diunduh di sini" is a link's words: the province's count after it stays graded.
    body = ("<h1>Hasil Pilgub Kalsel 2024</h1><p>Di Kabupaten Tapin, Muhidin memperoleh 95.150 "
            "suara.</p><p>Salinan hasil dapat diunduh di sini. Muhidin-Hasnuryadi meraih "
            "1.629.456 suara se-Kalimantan Selatan.</p>")
    assert statuses(body)[1629456] == ("consistent", None)


def test_di_sini_on_a_page_holding_another_race_is_still_the_regency_before():
    # A regent race's story set after the paragraph: the page names two races, the figure's
    # sentence none; "Di sini" still points to Kabupaten Banjar, never the province.
    body = _KALSEL.format(between="", opener="Di sini") + _OTHER_RACE
    claims = _by_value(body)
    assert claims["208011"].region_code == "6303" and claims["52698"].region_code == "6303"
    assert not {s for s, _ in statuses(body).values()} & _FLAGS


# -- 2. a Pilpres passage per kecamatan, each given its own progress --------------------------------
# (the shipped record: it holds the kecamatan of Pesisir Barat and Kota Batu)

_TITLE = "Hasil Sementara Pilpres 2024 di Kabupaten Pesisir Barat"
_LEAD = ("<p>Menurut laman KPU, hasil sementara Pilpres 2024 di Kabupaten Pesisir Barat (Pesbar) "
         "tercatat dengan progress 214 dari 490 TPS (43,67 persen).</p><p>{first}</p><p>{second}"
         "</p>")


def _read(ctx, body: str, title: str = _TITLE) -> tuple[dict, set]:
    found = every_claim(check_article(title, body, ctx=ctx))
    return ({str(claim.value): claim for claim, _ in found},
            {c.status for _, c in found if c is not None})


def test_each_kecamatan_given_its_progress_holds_the_pairs_counts_after_it(shipped_context):
    claims, found = _read(shipped_context, _LEAD.format(
        first="Perolehan itu tersebar di Kecamatan Bangkunat dengan progress 16 dari 79 TPS "
              "(20,25 persen), yaitu pasangan nomor urut 1 memperoleh 56 suara (8,68 persen), "
              "pasangan nomor urut 2 memperoleh 376 suara (58,29 persen).",
        second="Berikutnya, Kecamatan Karya Penggawa dengan progres 21 dari 46 TPS (45,65 "
               "persen): pasangan nomor urut 1 memperoleh 506 suara (31,78 persen), pasangan "
               "nomor urut 2 memperoleh 910 suara (57,16 persen)."))
    for value in ("56", "8.68", "376", "58.29"):
        assert claims[value].region_code == "181311", value
    for value in ("506", "31.78", "910", "57.16"):
        assert claims[value].region_code == "181305", value
    assert not found & _FLAGS


def test_another_outlets_wording_a_kecamatan_with_its_data_masuk(shipped_context):
    claims, _ = _read(shipped_context, _LEAD.format(
        first="Lalu Kecamatan Krui Selatan dengan data masuk 2 dari 32 TPS, pasangan nomor urut "
              "1 memperoleh 70 suara dan pasangan nomor urut 2 memperoleh 107 suara.",
        second="Disebutkan pula, Kecamatan Lemong dengan progress 21 dari 42 TPS (50,00 persen): "
               "pasangan nomor urut 2 memperoleh 655 suara (57,96 persen)."))
    assert claims["70"].region_code == "181308" and claims["107"].region_code == "181308"
    assert claims["655"].region_code == "181303" and claims["57.96"].region_code == "181303"


def test_a_kecamatan_of_another_regency_given_its_progress(shipped_context):
    claims, _ = _read(shipped_context, "<p>Hasil Pilpres 2024 di Kota Batu terus bertambah.</p>"
                      "<p>Kecamatan Bumiaji dengan progres 60 persen TPS mencatat pasangan nomor "
                      "urut 2 memperoleh 20.000 suara.</p>", title="Hasil Pilpres di Kota Batu")
    assert claims["20000"].region_code == "357902"


def test_a_place_named_after_the_kecamatans_progress_keeps_the_figure_from_it(shipped_context):
    # The regency's count after the kecamatan's progress, in the same sentence: not the
    # kecamatan's (another place stands between).
    claims, _ = _read(shipped_context, _LEAD.format(
        first="Kecamatan Bangkunat dengan progress 16 dari 79 TPS sudah masuk, sedangkan di "
              "Kabupaten Pesisir Barat pasangan nomor urut 2 memperoleh 6.696 suara.",
        second="Saksi hadir."))
    assert claims["6696"].region_code != "181311"
    # A village's count after the kecamatan's progress is the village's, no kecamatan's.
    claims, _ = _read(shipped_context, _LEAD.format(
        first="Kecamatan Bangkunat dengan progress 16 dari 79 TPS, di Desa Way Haru pasangan "
              "nomor urut 1 memperoleh 56 suara.", second="Saksi hadir."))
    assert claims["56"].region_code != "181311"
    # A kecamatan name the record does not hold in the regency gives no kecamatan.
    claims, _ = _read(shipped_context, _LEAD.format(
        first="Kecamatan Sukamaju dengan progress 16 dari 79 TPS, pasangan nomor urut 1 "
              "memperoleh 56 suara.", second="Saksi hadir."))
    assert len(claims["56"].region_code or "") < 6


# -- 3. the trailing pair's count in the paragraph after the leader's ----------------------------

_TRAILING = ("<h1>Muhidin-Hasnur Menang di Seluruh Kabupaten/Kota</h1><p>KPU Kalsel menetapkan "
             "hasil rekapitulasi Pilgub Kalsel 2024.</p><p>Keunggulan berlanjut di Kabupaten "
             "Kotabaru: Muhidin mengantongi 105.502 suara. Kemenangan telak Muhidin juga "
             "tercatat di Banjarmasin dengan 253.469 suara.</p><p>{sentence} Di Banjarbaru, "
             "paslon 1 meraih 91.649 suara.</p>")


def test_the_trailing_pairs_count_goes_on_with_the_place_of_the_leaders():
    for sentence in ("Raudatul Jannah tertinggal jauh dengan hanya 28.335 suara.",
                     "Raudatul Jannah-Akhmad Rozanie tertinggal dengan 28.335 suara.",
                     "Paslon nomor urut 2 tertinggal jauh, hanya meraih 28.335 suara."):
        body = _TRAILING.format(sentence=sentence)
        assert _by_value(body)["28335"].region_code == "6371", sentence
        assert not {s for s, _ in statuses(body).values()} & _FLAGS, sentence


def test_the_trailing_pair_in_a_presidential_count_of_another_province():
    # Sirekap, Kalimantan Timur: Prabowo-Gibran 1.542.346, Ganjar-Mahfud 240.143.
    body = ("<h1>Hasil Pilpres 2024</h1><p>Di Kalimantan Timur, Prabowo-Gibran menang dengan "
            "1.542.346 suara.</p><p>Ganjar-Mahfud tertinggal jauh dengan 240.143 suara.</p>")
    assert _by_value(body)["240143"].region_code == "64"


def test_a_backward_region_or_a_larger_count_is_not_carried():
    # "daerah tertinggal" is an underdeveloped region, no rank; a count larger than the
    # place's last is another tally.
    body = _TRAILING.format(sentence="Program daerah tertinggal dengan anggaran 28.335 juta.")
    claims = _by_value(body)
    assert "28335" not in claims or claims["28335"].region_code != "6371"
    body = _TRAILING.format(sentence="Raudatul Jannah tertinggal dengan 348.118 suara.")
    assert _by_value(body)["348118"].region_code != "6371"
