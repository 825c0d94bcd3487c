"""Figures met on the dev pages of corpus-ar (tests/corpus/findings/corpus-ar.md): Pemilu 2024
legislative figures on pages that also give Pilpres or Pilkada 2024 figures, taken as general
shapes. Each case is a short page in our own words holding the real figures of the dev page
named beside it (or the record's own), with variants and negative controls."""

from __future__ import annotations

from builders import check_article

FLAGS = ("minor", "discrepant")


def claims(title: str, body: str, record, url: str | None = None) -> dict:
    """{value as written: (kind, nomor, region, election, race, status, reason)}."""
    report = check_article(title, body, record=record, **({"url": url} if url else {}))
    found = {c.claim: c for c in report.comparisons}
    return {format(c.value, "f") if not isinstance(c.value, int) else str(c.value):
            (c.kind, c.nomor_urut, c.region_code, c.election, c.race_kind,
             found[i].status if i in found else None, found[i].reason if i in found else None)
            for i, c in enumerate(report.claims)}


# ---- 1. A reading's date typed with the wrong year where the text writes 2024
# (blog-pikiranmerdeka-koalisi-prabowo-pileg-realcount: "real count ... Senin 19/2/2014 pukul
# 22.00 Wib" in the lead, "(pileg) 2024" in the sentence before and "(19/2/2024)" below). With
# no election named with its year in the title, the first date of the text was taken for the
# byline of a 2014 page, and every party count was held as Pemilu 2014's. A date in the text
# of a page that also writes 2024 dates no older page.
KOALISI = ("<p>Pemilihan presiden dan legislatif (pileg) 2024 menjadi sorotan sepekan terakhir. "
           "Kami merangkum real count KPU terbaru, Senin 19/2/2014 pukul 22.00 Wib.</p>"
           "<p>Partai koalisi yang berpeluang meraih kursi parlemen:</p>"
           "<ul><li>Golkar: 9.475.157 suara (14,93%)</li>"
           "<li>Gerindra: 8.456.535 suara (13,33%)</li></ul>")


def test_a_party_list_dated_2014_by_a_typo_stays_2024(shipped_record):
    found = claims("Hasil Resmi KPU Terbaru, Ini Perolehan Pendukung Prabowo", KOALISI,
                   shipped_record)
    for value in ("9475157", "14.93", "8456535", "13.33"):
        assert found[value][3] == "pemilu2024", (value, found)
        assert found[value][5] not in FLAGS, (value, found)


def test_party_counts_in_prose_dated_by_a_typo_year_stay_2024(shipped_record):
    # Another wording: Sirekap's DPR counts of 2 Mar 2024 in running text, the date's year
    # mistyped in the dateline, "Pileg 2024" in the sentence after.
    body = ("<p>JAKARTA - Data Sirekap KPU per Sabtu (2/3/2014) pukul 09.00 WIB sudah masuk "
            "65,73 persen. Hasil Pileg 2024 sementara itu menempatkan PDI Perjuangan di atas.</p>"
            "<p>PDIP meraup 12.581.615 suara, disusul Partai Golkar dengan 11.556.017 suara.</p>")
    found = claims("Hasil Real Count KPU: Suara PSI Naik dalam Semalam", body, shipped_record)
    assert found["65.73"][3] != "pemilu2014", found  # (the progress may be left unknown)
    for value in ("12581615", "11556017"):
        assert found[value][3] == "pemilu2024", (value, found)
        assert found[value][5] not in FLAGS, (value, found)


def test_an_old_page_dated_by_its_text_keeps_its_own_election(shipped_record):
    # Negative control: no 2024 anywhere, the dateline's date dates the page (Pilgub Jabar 2018).
    body = ("<p>BANDUNG - KPU Jawa Barat menetapkan hasil rekapitulasi, Minggu (8/7/2018).</p>"
            "<p>Pasangan Ridwan Kamil-Uu Ruzhanul Ulum meraih 7.226.254 suara.</p>")
    found = claims("Sah! KPU Nyatakan Ridwan Kamil-Uu Ruzhanul Menang Pilkada Jabar", body,
                   shipped_record)
    assert found["7226254"][3] == "pilkada2018", found


def test_an_address_year_still_dates_a_page_that_names_2024(shipped_record):
    # Negative control: the year in the address is no typo; "Pemilu 2024 mendatang" is ahead.
    body = ("<p>JAKARTA - KPU menetapkan hasil Pilpres, Selasa (21/5/2019). Pasangan Jokowi-"
            "Ma'ruf meraih 85.607.362 suara. Partai-partai kini bersiap menuju Pemilu 2024 "
            "mendatang.</p>")
    found = claims("KPU Tetapkan Jokowi-Ma'ruf Pemenang", body, shipped_record,
                   url="https://berita.example/2019/05/21/kpu-tetapkan")
    assert found["85607362"][3] == "pemilu2019", found


# ---- 2. A party's count the page places nowhere is the country's DPR count
# (blog-pikiranmerdeka-koalisi-prabowo-pileg-realcount: "Golkar: 9.475.157 suara (14,93%)" under
# "Hasil Resmi KPU Terbaru"; the same on news-dw-pilpres-pileg-resmi-menang and
# pilpres-surabayapagi-rekap-nasional-58-51-pdip). No region before it, none in the title, no
# dapil: the national count of the DPR race, held (the record has no legislative race) but
# placed where it was counted. A dapil's, a senator's or a titled legislature's count keeps its own.
def _national_held(found: dict, values) -> None:
    for value in values:
        kind, nomor, region, election, race, status, _ = found[value]
        assert region == "" and race is None and nomor is None, (value, found)
        assert election == "pemilu2024" and status not in FLAGS, (value, found)


def test_a_national_party_count_beside_the_pilpres_result_is_the_countrys(shipped_record):
    body = ("<p>KPU menetapkan pasangan Prabowo Subianto-Gibran Rakabuming Raka sebagai pemenang "
            "Pilpres 2024 dengan 96.214.691 suara secara nasional.</p>"
            "<p>Dalam pemilihan anggota Dewan Perwakilan Rakyat, PDI Perjuangan meraup 25.387.278 "
            "suara atau sekitar 16,7 persen. Di tempat kedua Partai Golkar dengan 23.208.654 "
            "suara.</p>")
    found = claims("Pasangan Prabowo-Gibran Resmi Menang Pilpres 2024", body, shipped_record)
    _national_held(found, ("25387278", "16.7", "23208654"))
    assert found["96214691"][2] == "" and found["96214691"][5] == "consistent", found


def test_a_party_list_under_a_headline_naming_no_place_is_the_countrys(shipped_record):
    body = ("<p>Berikut perolehan suara partai politik peserta Pemilu 2024:</p>"
            "<ul><li>PKB: 16.115.655 suara</li><li>Partai Gerindra: 20.071.708 suara</li>"
            "<li>PDIP: 25.387.278 suara</li></ul>")
    found = claims("Hasil Pemilu 2024: PDIP Raih Suara Terbanyak, Disusul Golkar", body,
                   shipped_record)
    _national_held(found, ("16115655", "20071708", "25387278"))


def test_a_dapil_count_stays_placed_in_no_area(shipped_record):
    # Negative control: a dapil is several regencies, no area of the record and no country.
    body = ("<p>Berikut perolehan suara PDIP di dapil yang dimenangkannya:</p>"
            "<ul><li>Jateng V: 774.282 suara</li><li>Jateng IX: 691.690 suara</li></ul>")
    found = claims("PDIP Unggul di 8 Dapil, Namun Kalah dalam Pilpres", body, shipped_record)
    for value in ("774282", "691690"):
        if value in found:
            assert found[value][2] != "" and found[value][5] not in FLAGS, (value, found)


def test_a_titled_legislature_keeps_its_area_and_a_senators_count_no_country(shipped_record):
    # Negative controls: the DPRD DKI's count keeps DKI; a senator's count with no area stays
    # unknown (the DPD's seats are a province's).
    body = ("<p>Berdasarkan rekapitulasi KPU DKI Jakarta, PKS memperoleh 1.012.087 suara.</p>")
    found = claims("PKS Juara Pileg DPRD DKI Jakarta 2024", body, shipped_record)
    assert found["1012087"][2] == "31" and found["1012087"][5] not in FLAGS, found
    body = ("<p>Untuk DPD, calon senator petahana memimpin raihan suara sementara dengan "
            "capaian 1.951.959 suara atau 15,1 persen.</p>")
    found = claims("Dua Tokoh Perempuan Berpotensi Lolos ke Senayan", body, shipped_record)
    for value in ("1951959", "15.1"):
        if value in found:
            assert found[value][2] != "" and found[value][5] not in FLAGS, (value, found)


def test_a_calegs_own_count_is_no_national_count(shipped_record):
    # Negative control (news-riauonline-caleg-dpr-terbanyak): a DPR candidate's votes are his
    # dapil's, even on a page about the country's top vote-getters.
    body = ("<p>KPU masih merekapitulasi hasil Pileg 2024 di tingkat nasional.</p>"
            "<p>Di urutan kedua ada Wakil Ketua Baleg DPR Achmad Baidowi alias Awiek; politikus "
            "PPP ini meraup 359 ribu suara.</p>")
    found = claims("Daftar 10 Caleg DPR dengan Suara Terbanyak", body, shipped_record)
    if "359000" in found:
        assert found["359000"][2] != "" and found["359000"][5] not in FLAGS, found


# ---- 3. The country named as a count's coverage in the sentence after it
# (news-tentangkita-psi-dprd-dki-realcount: on a page about the DPRD DKI count, "... PSI untuk
# Pileg DPR 2024 sudah mengantongi 153.844 suara atau setara 3,64 persen. Suara yang masuk ke KPU
# baru berasal dari 20.087 TPS dari 823236 TPS di seluruh Indonesia." was read as DKI's). The
# sentence after the figure, in its paragraph, gives the TPS the count covers: the country's.
DKI_TITLE = "Real Count KPU Pileg 2024: PSI Urutan Kedua di DPRD DKI"
DKI_LEAD = ("<p>JAKARTA - PSI memulai dengan baik dalam real count Pileg DPRD DKI Jakarta 2024. "
            "PSI meraih 5.147 suara atau setara 11,88 persen.</p>")


def test_a_count_whose_next_sentence_covers_the_country_is_the_countrys(shipped_record):
    body = DKI_LEAD + ("<p>Data KPU sampai pukul 12.00 menunjukkan PSI untuk Pileg DPR 2024 sudah "
                       "mengantongi 153.844 suara atau setara 3,64 persen. Suara yang masuk baru "
                       "berasal dari 20.087 TPS dari 823236 TPS di seluruh Indonesia.</p>")
    found = claims(DKI_TITLE, body, shipped_record)
    _national_held(found, ("153844", "3.64"))
    assert found["5147"][2] == "31", found  # (the DKI count before keeps DKI)


def test_the_same_with_secara_nasional_on_a_jateng_page(shipped_record):
    body = ("<p>SEMARANG - PDIP memimpin perolehan kursi DPRD Jawa Tengah.</p>"
            "<p>Untuk DPR, PDIP meraih 12.612.170 suara atau 16,39 persen. Angka itu dihimpun dari "
            "542.549 TPS secara nasional.</p>")
    found = claims("PDIP Pimpin Perolehan Kursi DPRD Jawa Tengah", body, shipped_record)
    _national_held(found, ("12612170", "16.39"))


def test_a_coverage_of_the_province_or_a_place_named_before_keeps_the_province(shipped_record):
    # Negative controls: the sentence after covers DKI's TPS; DKI named before the figure.
    body = DKI_LEAD + ("<p>PDI Perjuangan meraih 7.549 suara. Suara itu berasal dari 165 "
                       "dari 30.766 TPS di DKI Jakarta.</p>")
    found = claims(DKI_TITLE, body, shipped_record)
    assert found["7549"][2] == "31", found
    body = DKI_LEAD + ("<p>Di DKI Jakarta, PKS meraih 4.255 suara. Data KPU saat itu baru dari "
                       "20.087 TPS dari 823.236 TPS di seluruh Indonesia.</p>")
    found = claims(DKI_TITLE, body, shipped_record)
    assert found["4255"][2] == "31", found


def test_a_pilpres_count_with_the_countrys_coverage_is_not_flagged(shipped_record):
    # Control: Sirekap's national reading of 7 Mar 2024 on a page about Jawa Barat.
    body = ("<p>BANDUNG - Hasil hitung suara KPU, Kamis (7/3/2024) pukul 15.00 WIB.</p>"
            "<p>Prabowo-Gibran meraih 75.357.899 suara. Data itu dihimpun dari 643.029 TPS dari "
            "823.236 TPS di seluruh Indonesia.</p>")
    found = claims("Prabowo-Gibran Unggul di Jawa Barat", body, shipped_record)
    assert found["75357899"][2] == "" and found["75357899"][5] not in FLAGS, found
