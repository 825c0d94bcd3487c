"""False flags found on real Pemilu 2024 news and fact-check pages the corpus does not hold
(hunt B, tests/corpus/findings/hunt.md), each as the wording behind it, in our own words with
the real figures: a progress whose own fraction is off by one mistyped digit of its count of
TPS, the sum of the provinces KPU had adopted so far read as the province the page is about,
and a hoax's share that is the real count's own, kept by the fake."""

from __future__ import annotations

from builders import check_article

FLAGS = ("minor", "discrepant")


def graded(title: str, body: str, url: str = "https://berita.example/a") -> dict:
    """{(kind, value): Comparison} of the page's claims."""
    rep = check_article(title, body, url)
    return {(rep.claims[c.claim].kind, str(rep.claims[c.claim].value)): c
            for c in rep.comparisons}


# ---- 1. A progress and its own fraction that one mistyped digit of the fraction sets apart.
# sumut.antaranews.com/berita/563187: Langkat's Sirekap "2.969 dari 3.123 atau 94,95 persen"
# (94,95 is the record's own reading for Langkat; 2.969 of 3.127 is 94,95). riaupagi.com
# (real count 51,68 % in DKI): "51,68 persen atau 15.900 dari 30.776 TPS" (DKI has 30.766 TPS;
# 15.900 of 30.766 is 51,68). The page contradicts itself, but the slip is as likely in the
# count of TPS as in the percentage: the percentage is not the one to blame.
def test_a_progress_one_digit_of_its_tps_count_away_from_its_fraction_is_not_blamed():
    body = ("<p>Medan - Di Kabupaten Langkat, Prabowo-Gibran unggul berdasarkan real count KPU, "
            "Kamis (29/2/2024) pukul 21.00 WIB.</p><p>Prabowo-Gibran unggul di 22 dari 23 "
            "kecamatan dari progres 2.969 dari 3.123 atau 94,95 persen tempat pemungutan "
            "suara.</p>")
    found = graded("Langkat sumbang suara terbanyak untuk Prabowo-Gibran", body)
    assert found[("progress", "94.95")].status not in FLAGS, found[("progress", "94.95")]


def test_a_progress_one_digit_of_its_region_s_tps_total_away_is_not_blamed():
    body = ("<p>Jakarta - KPU merilis penghitungan suara sementara di DKI Jakarta.</p><p>Dikutip "
            "dari situs KPU, Kamis (15/2/2024) pukul 18.09 WIB, data yang masuk ke real count KPU "
            "sebesar 51,68 persen atau 15.900 dari 30.776 TPS di DKI Jakarta.</p>")
    found = graded("Real count KPU di Jakarta", body)
    assert found[("progress", "51.68")].status not in FLAGS, found[("progress", "51.68")]


def test_a_progress_its_fraction_contradicts_by_more_than_one_digit_is_still_caught():
    # "63,37" for 604.002 of 823.236 (73,37): no single digit of the count or the total
    # changed gives 63,37, so the percentage is the slip.
    body = ("<p>Jakarta - Prabowo-Gibran unggul secara nasional dalam real count KPU, Rabu "
            "(21/2/2024).</p><p>Suara itu berasal dari 604.002 dari total 823.236 tempat "
            "pemungutan suara (TPS) atau 63,37 persen TPS.</p>")
    found = graded("Real count KPU nasional", body)
    assert found[("progress", "63.37")].status in FLAGS, found[("progress", "63.37")]


# ---- 2. The provinces KPU had adopted so far, summed, on a page about one of them.
# liputan6.com/pemilu/read/5547873 (Jawa Tengah adopted on 11 Mar 2024: 12.096.454,
# 7.827.335, 2.866.373): "Prabowo-Gibran meraih 14.023.664 suara di delapan provinsi tersebut.
# Selanjutnya, Ganjar-Mahfud mendapatkan 4.125.376 suara" is the eight provinces adopted
# before it, summed: no count of Jawa Tengah's, nor of any area the record holds.
JATENG = ("<p>Semarang - KPU RI mengesahkan hasil rekapitulasi Pilpres 2024 untuk Provinsi "
          "Jawa Tengah, Senin (11/3/2024).</p><p>Pasangan Prabowo-Gibran meraih {p} suara. "
          "Ganjar-Mahfud mendapatkan 7.827.335 suara dan Anies-Muhaimin 2.866.373 suara.</p>"
          "<p>Sejak Sabtu (9/3/2024) hingga Senin, KPU RI telah mengesahkan perolehan suara "
          "pilpres pada delapan provinsi, yakni DI Yogyakarta, Gorontalo, Kalimantan Tengah, "
          "Bali, Lampung, Bangka Belitung, Kalimantan Barat dan Sumatera Selatan.</p>"
          "<p>Pasangan Prabowo-Gibran meraih 14.023.664 suara di delapan provinsi tersebut. "
          "Selanjutnya, Ganjar-Mahfud mendapatkan 4.125.376 suara.</p>")


def test_the_sum_of_the_provinces_adopted_so_far_is_not_the_page_s_province():
    found = graded("Prabowo-Gibran menang di Jawa Tengah", JATENG.format(p="12.096.454"))
    for key in (("votes", "14023664"), ("votes", "4125376")):
        assert found[key].status not in FLAGS, (key, found[key])
    assert found[("votes", "12096454")].status == "consistent", found[("votes", "12096454")]


def test_the_province_s_own_count_mistyped_beside_that_sum_is_still_caught():
    found = graded("Prabowo-Gibran menang di Jawa Tengah", JATENG.format(p="12.069.454"))
    assert found[("votes", "12069454")].status in FLAGS, found[("votes", "12069454")]


# ---- 3. A hoax's set whose one right figure the fact-check also gives as the real count's.
# cekfakta.tempo.co/fakta/2832: the edited broadcast showed Anies 49,52, Prabowo 32,87, Ganjar
# 17,61; the real Sirekap of 18 Feb 2024 (65,59 % of TPS) was Anies 24,52, Prabowo 57,88,
# Ganjar 17,61. The fake kept Ganjar's real share: 17,61 is what the page's real count leaves
# Ganjar (100 - 24,52 - 57,88), no figure of the fake's own. hunt 3 saw the same on
# merahputih.com and gfd.turnbackhoax.id/page/3048 (Ganjar's 16,83 in both sets).
FACT_CHECK = ("<p>Sebuah konten di Instagram memuat video kolase tayangan televisi yang "
              "memperlihatkan hasil perhitungan manual Komisi Pemilihan Umum atau KPU yang "
              "menempatkan pasangan Anies-Muhaimin memperoleh 49,52 persen, disusul pasangan "
              "Prabowo-Gibran dengan perolehan suara 32,87 persen dan pasangan Ganjar-Mahfud "
              "dengan perolehan suara {g} persen. Video itu dibagikan dengan klaim kemenangan "
              "paslon nomor urut 01 dalam Pemilu 2024.</p><p>Benar ini video perayaan "
              "kemenangan Anies-Muhaimin?</p><h2>PEMERIKSAAN FAKTA</h2><p>Tim Cek Fakta melakukan "
              "penelusuran. Hasilnya, real count yang ditampilkan merupakan hasil suntingan."
              "</p><p>Pada tayangan aslinya real "
              "count KPU mencatat perolehan suara paslon 01 Anies-Muhaimin yakni 24,52 persen, "
              "paslon 02 Prabowo-Gibran 57,88 persen dan paslon 03 Ganjar-Mahfud dengan "
              "perolehan suara 17,61 persen. Real count itu diikuti catatan suara masuk 65,59 "
              "persen.</p>")


def test_a_hoax_s_share_the_fact_check_gives_as_the_real_count_s_is_not_promoted():
    found = graded("Keliru, video perayaan kemenangan Anies-Muhaimin dengan 49 persen real "
                   "count", FACT_CHECK.format(g="17,61"),
                   "https://cekfakta.example/fakta/keliru-video-perayaan")
    assert found[("share", "17.61")].status not in FLAGS, found[("share", "17.61")]
    for key in (("share", "49.52"), ("share", "32.87")):
        assert found[key].status == "discrepant", (key, found[key])


def test_a_hoax_s_share_unlike_the_real_count_s_is_still_promoted():
    # The same fake with Ganjar at 17,91: not the real count's figure, the fake's own.
    found = graded("Keliru, video perayaan kemenangan Anies-Muhaimin dengan 49 persen real "
                   "count", FACT_CHECK.format(g="17,91").replace("49,52", "49,22"),
                   "https://cekfakta.example/fakta/keliru-video-perayaan")
    assert found[("share", "17.91")].status in FLAGS, found[("share", "17.91")]
