"""On a Pilpres page about one area, which figures are the area's and which the nation's
(checker/figures/nation_or_area.py)? Pages written for the tests in our own words, one outlet
shape each, with the real figures of the shipped record: the national decree (Prabowo-Gibran
96.214.691, 58,59 %; Anies-Muhaimin 24,95 %; Ganjar-Mahfud 16,47 %), its 7 March Sirekap
reading (58,82 / 24,49 / 16,68 %, 78,11 % of TPS), Sulawesi Utara's plenary (1.229.069,
75,31 / 7,30 / 17,39 %) and Jawa Tengah's (12.096.454, 53,08 %; Ganjar-Mahfud 34,35 %)."""

from __future__ import annotations

from builders import check_article, every_claim

FLAGS = ("minor", "discrepant")


def _claims(title: str, *paragraphs: str) -> list:
    report = check_article(title, "".join(f"<p>{p}</p>" for p in paragraphs))
    return [(c, r) for c, r in every_claim(report) if c.race_kind == "president"]


def _of(found: list, value: str):
    hits = [(c, r) for c, r in found if str(c.value) == value]
    assert len(hits) == 1, (value, found)
    return hits[0]


def _flags(found: list) -> list:
    return [(c, r) for c, r in found if r is not None and r.status in FLAGS]


_SULUT_LEAD = "Prabowo-Gibran unggul di Sulawesi Utara menurut rekapitulasi KPU, Rabu (20/3/2024)."
_SULUT = "Prabowo-Gibran meraih 75,31 persen, Ganjar-Mahfud 17,39 persen, dan Anies-Muhaimin 7,30 persen."


def test_the_nation_s_result_first_with_no_marker_is_not_the_province_s():
    # The lead gives the country's winner, then "Sementara di Jawa Tengah": 58,59 is the
    # nation's share, never graded against Jawa Tengah's 53,08.
    found = _claims("Hasil Pilpres 2024 di Jawa Tengah",
                    "KPU menetapkan Prabowo-Gibran sebagai pemenang Pilpres 2024 dengan 58,59 "
                    "persen suara, Rabu (20/3/2024).",
                    "Sementara di Jawa Tengah, Prabowo-Gibran meraih 53,08 persen dan "
                    "Ganjar-Mahfud 34,35 persen.")
    assert not _flags(found), found
    national, _ = _of(found, "58.59")
    assert national.region_code == "" and national.hold == "region_unclear"
    assert _of(found, "53.08")[1].status == "consistent"
    assert _of(found, "34.35")[1].status == "consistent"


def test_the_nation_s_result_after_the_province_s_with_no_marker_is_held():
    found = _claims("Hasil Pilpres 2024 di Jawa Tengah",
                    "Berdasarkan rekapitulasi KPU, Rabu (20/3/2024), Prabowo-Gibran meraih "
                    "12.096.454 suara atau 53,08 persen di Jawa Tengah.",
                    "Prabowo-Gibran ditetapkan sebagai pemenang dengan 96.214.691 suara atau "
                    "58,59 persen.")
    assert not _flags(found), found
    assert _of(found, "58.59")[0].region_code == ""
    assert _of(found, "12096454")[1].status == "consistent"


def test_a_fact_check_s_national_sirekap_figure_is_not_the_region_named_before():
    # The hoax is about Jawa Barat; the debunk gives the country's Sirekap of 7 March.
    found = _claims("Cek Fakta: Video Kecurangan Sirekap di Jawa Barat",
                    "Sebuah video menyebut Sirekap mengubah suara di Jawa Barat. Faktanya, "
                    "video itu tidak benar.",
                    "Hingga Kamis (7/3/2024) pukul 15.00 WIB, Sirekap mencatat Prabowo-Gibran "
                    "meraih 58,82 persen dan Anies-Muhaimin 24,49 persen.")
    assert not _flags(found), found
    assert _of(found, "24.49")[0].region_code == ""


def test_a_paragraph_from_38_provinces_is_the_nation_s():
    # Sirekap of Friday 16 February (no reading the record holds): the country's, by its
    # paragraph, not Sulawesi Utara's that the title names.
    for marker in ("Dari 38 provinsi,", "Perolehan suara nasional menunjukkan",
                   "Hasil nasional menunjukkan"):
        found = _claims("Real Count Pilpres di Sulawesi Utara: Prabowo-Gibran Unggul",
                        "Prabowo-Gibran unggul di Sulawesi Utara menurut real count KPU hingga "
                        "Jumat (16/2/2024) pukul 10.00 WIB dengan 74,10 persen.",
                        f"{marker} Prabowo-Gibran meraih 56,88 persen.")
        assert not _flags(found), (marker, found)
        assert _of(found, "56.88")[0].region_code == "", (marker, found)


def test_a_pair_s_second_share_with_no_area_of_its_own_is_held():
    # "Secara keseluruhan" says no area: a second share of the same pair is not Sulut's too.
    found = _claims("Real Count Pilpres di Sulawesi Utara: Prabowo-Gibran Unggul",
                    "Prabowo-Gibran unggul di Sulawesi Utara menurut real count KPU hingga "
                    "Jumat (16/2/2024) pukul 10.00 WIB dengan 74,10 persen.",
                    "Secara keseluruhan, Prabowo-Gibran meraih 56,88 persen.")
    assert not _flags(found), found
    assert _of(found, "56.88")[0].hold == "region_unclear"


def test_a_province_s_shares_read_as_the_nation_s_are_the_province_s():
    # A headline figure with no place makes the page look national; the lead names Sulawesi
    # Utara and the shares are its plenary's: never graded against the country's.
    for third in ("7,30", "7,03"):
        found = _claims("Hasil Pilpres 2024: Prabowo-Gibran 75,31 Persen", _SULUT_LEAD,
                        _SULUT.replace("7,30", third))
        assert not _flags(found), found
        share, _ = _of(found, "75.31")
        assert share.region_code == "71" and share.hold == "region_unclear"


def test_national_counts_on_a_regency_s_page_are_not_the_regency_s():
    # A count above every vote Jawa Tengah cast is not Purworejo's.
    found = _claims("Pilpres 2024 di Kabupaten Purworejo Berjalan Lancar",
                    "Pemungutan suara Pilpres 2024 di Kabupaten Purworejo berjalan lancar, "
                    "Rabu (14/2/2024).",
                    "Berdasarkan real count KPU Kamis (7/3/2024) pukul 15.00 WIB, Prabowo-Gibran "
                    "meraih 75.357.899 suara atau 58,82 persen.",
                    "Ganjar-Mahfud 21.374.165 suara atau 16,68 persen.")
    assert not _flags(found), found
    assert all(c.region_code == "" for c, _ in found if c.kind == "votes"), found
    assert _of(found, "58.82")[0].region_code == ""


def test_a_regency_s_page_keeps_the_province_and_the_nation_it_names():
    found = _claims("Prabowo-Gibran Menang di Purworejo",
                    "Prabowo-Gibran menang di Kabupaten Purworejo menurut rekapitulasi KPU, "
                    "Rabu (20/3/2024).",
                    "Di Jawa Tengah, Prabowo-Gibran meraih 12.096.454 suara atau 53,08 persen.",
                    "Secara nasional, Prabowo-Gibran meraih 96.214.691 suara atau 58,59 persen.")
    assert [(c.region_code, r.status) for c, r in found] == [
        ("33", "consistent"), ("33", "consistent"), ("", "consistent"), ("", "consistent")]


def test_a_province_then_secara_nasional_keeps_both_grades():
    # Negative control: the usual shape, each paragraph decided.
    found = _claims("Prabowo-Gibran Unggul di Sulawesi Utara", _SULUT_LEAD,
                    "Pasangan nomor urut 2 itu meraih 1.229.069 suara atau 75,31 persen.",
                    "Secara nasional, Prabowo-Gibran meraih 96.214.691 suara atau 58,59 persen. "
                    "Anies-Muhaimin 24,95 persen dan Ganjar-Mahfud 16,47 persen.")
    assert all(r.status == "consistent" for _, r in found), found
    assert {c.region_code for c, _ in found if c.value in (1229069,)} == {"71"}
    assert {c.region_code for c, _ in found if str(c.value) in ("58.59", "24.95")} == {""}


def test_a_plain_national_article_keeps_its_grades():
    found = _claims("Hasil Pilpres 2024: Prabowo-Gibran 58,59 Persen",
                    "KPU menetapkan hasil Pilpres 2024 secara nasional, Rabu (20/3/2024). "
                    "Prabowo-Gibran meraih 96.214.691 suara atau 58,59 persen.",
                    "Anies-Muhaimin 40.971.906 suara atau 24,95 persen, Ganjar-Mahfud "
                    "27.040.878 suara atau 16,47 persen.")
    assert found and all(c.region_code == "" and r.status == "consistent" for c, r in found)


def test_a_provincial_article_naming_its_area_keeps_a_wrong_share_s_flag():
    # Negative control: the area in each sentence; Ganjar-Mahfud's 36,35 for 34,35 is caught.
    found = _claims("Hasil Pilpres 2024 di Jawa Tengah",
                    "Di Jawa Tengah, Prabowo-Gibran meraih 12.096.454 suara atau 53,08 persen "
                    "menurut rekapitulasi KPU, Rabu (20/3/2024).",
                    "Di Jawa Tengah, Ganjar-Mahfud meraih 7.827.335 suara atau 36,35 persen.")
    assert _of(found, "36.35")[1].status == "discrepant"
    assert _of(found, "53.08")[1].status == "consistent"


def test_a_national_count_held_under_a_regency_s_title_is_the_nation_s():
    # The title names a regency; the body, the country's Sirekap of Friday 16 February
    # (9.154.995 is more than Purworejo could cast): held still, but not as Purworejo's.
    found = _claims("Camat di Kabupaten Purworejo Lega Pemilu Berjalan Aman",
                    "Pemungutan suara Pilpres 2024 berjalan lancar. Pasangan Prabowo-Gibran "
                    "unggul sementara di situs KPU.",
                    "Hingga Jumat (16/2/2024) pukul 06.00 WIB, Ganjar-Mahfud berada di posisi "
                    "ketiga dengan 9.154.995 suara atau 17,86 persen.")
    assert not _flags(found), found
    votes, _ = _of(found, "9154995")
    assert votes.region_code == "" and votes.hold is not None, votes


def test_sirekap_s_national_progress_on_a_province_s_page_is_the_nation_s():
    # 78,11 % of TPS was the country's on 7 March; Sulawesi Utara's stood at 95,4 %.
    lead = ("Prabowo-Gibran unggul di Sulawesi Utara menurut real count KPU hingga Kamis "
            "(7/3/2024) pukul 15.00 WIB dengan 1.146.794 suara atau 75,27 persen.")
    found = _claims("Real Count Pilpres di Sulawesi Utara", lead,
                    "Data yang masuk sudah 78,11 persen.")
    assert not _flags(found), found
    assert _of(found, "78.11")[0].region_code == ""
    # Negative control: the province's own progress, said of it, keeps its grade.
    found = _claims("Real Count Pilpres di Sulawesi Utara", lead,
                    "Data yang masuk di Sulut sudah 95,4 persen.")
    progress, graded = _of(found, "95.4")
    assert progress.region_code == "71" and graded.status == "consistent"


def test_aceh_s_page_gives_the_winner_s_national_result_with_no_marker():
    # Another province, another order of pairs: Aceh's 73,56 for Anies-Muhaimin, then the
    # country's 24,95 for the same pair in a sentence that says no area.
    found = _claims("Anies-Muhaimin Menang Telak di Aceh",
                    "Anies-Muhaimin menang telak di Aceh dengan 2.369.534 suara atau 73,56 persen "
                    "menurut rekapitulasi KPU, Rabu (20/3/2024).",
                    "Namun Prabowo-Gibran tetap memenangi pilpres dengan 96.214.691 suara atau "
                    "58,59 persen, sedangkan Anies-Muhaimin 24,95 persen.")
    assert not _flags(found), found
    assert {c.region_code for c, _ in found if str(c.value) in ("58.59", "24.95")} == {""}
    assert _of(found, "73.56")[1].status == "consistent"


def test_aceh_s_wrong_share_in_a_sentence_after_its_lead_is_still_caught():
    # Negative control: 75,36 for 73,56, no national figure near it: Aceh's, discrepant.
    found = _claims("Anies-Muhaimin Menang Telak di Aceh",
                    "Anies-Muhaimin menang telak di Aceh menurut rekapitulasi KPU, Rabu (20/3/2024).",
                    "Pasangan nomor urut 1 itu meraih 2.369.534 suara atau 75,36 persen.")
    assert _of(found, "75.36")[1].status == "discrepant"


def test_a_province_s_count_on_a_regency_s_page_is_the_province_s():
    # 12.096.454 is Jawa Tengah's plenary count, far more than Purworejo could cast.
    found = _claims("Prabowo-Gibran Menang di Purworejo",
                    "Prabowo-Gibran menang di Kabupaten Purworejo menurut rekapitulasi KPU, "
                    "Rabu (20/3/2024).",
                    "Di tingkat provinsi, Prabowo-Gibran meraih 12.096.454 suara atau 53,08 persen.")
    assert not _flags(found), found
    assert _of(found, "12096454")[0].region_code == "33"


def test_a_typo_in_the_body_against_the_headline_s_count_is_still_caught():
    # Negative control for the pair's two figures: 12.906.454 in the body for the headline's
    # (and the plenary's) 12.096.454 is nearer Jawa Tengah's count than the country's: a typo.
    found = _claims("Prabowo-Gibran Raih 12.096.454 Suara di Jawa Tengah",
                    "KPU Jawa Tengah menetapkan hasil rekapitulasi Pilpres 2024, Rabu (6/3/2024).",
                    "Prabowo-Gibran meraih 12.906.454 suara dalam rapat pleno itu.")
    assert any(c.value == 12906454 for c, _ in _flags(found)), found
