"""Figures met on the dev pages of corpus-aq (tests/corpus/findings/corpus-aq.md), taken as
general shapes. Each case is a short page in our own words holding the real figures of the
dev page named beside it (or the record's own), with variants and negative controls."""

from __future__ import annotations

from builders import check_article

FLAGS = ("minor", "discrepant")


def claims(title: str, body: str, record) -> dict:
    """{value as written: (kind, nomor, region, election, race, status, reason)}."""
    report = check_article(title, body, record=record)
    found = {c.claim: c for c in report.comparisons}
    return {format(c.value, "f") if not isinstance(c.value, int) else str(c.value):
            (c.kind, c.nomor_urut, c.region_code, c.election, c.race_kind,
             found[i].status if i in found else None, found[i].reason if i in found else None)
            for i, c in enumerate(report.claims)}


# ---- 1. Party votes by numbered dapil (news-sumeks-muaraenim-gerindra-sirekap-dapil: Sirekap's
# DPRD Muara Enim votes). "..., dan di Dapil V mendapat 13.298 suara" has no party right before
# it and was read as a count of Muara Enim's Pilkada regent race. A numbered dapil belongs to a
# legislature: the count is a legislative one, never a Pilkada pair's.
MUARA_ENIM = ("<p>MUARA ENIM - Data sementara SiRekap memperlihatkan Partai Gerindra menguasai "
              "perolehan suara di Kabupaten Muara Enim.</p>"
              "<p>Di Dapil III Gerindra mengumpulkan 15.166 suara, dan di Dapil V mendapat "
              "13.298 suara. Di Dapil I, II dan IV, partai itu berturut-turut meraih 8.476, "
              "7.184 dan 6.756 suara.</p>")
GERINDRA = "Gerindra Menang, Prabowo-Gibran Juga Kuasai Perolehan Sementara di Muara Enim"


def _legislative(found: dict, values) -> None:
    for value in values:
        kind, nomor, _, election, race, status, _ = found[value]
        assert election == "pemilu2024" and race is None and nomor is None, (value, found)
        assert status not in FLAGS, (value, found)


def test_counts_in_a_numbered_dapil_are_no_pilkada_pairs(shipped_record):
    found = claims(GERINDRA, MUARA_ENIM, shipped_record)
    _legislative(found, ("15166", "13298", "8476", "6756"))


def test_the_same_in_another_regency_with_arabic_numbers(shipped_record):
    # Lahat (1604) also holds a Pilkada 2024 regent race in the record.
    body = ("<p>LAHAT - Hasil sementara Sirekap menunjukkan PDI Perjuangan unggul di Kabupaten "
            "Lahat.</p><p>Di dapil 2 PDI Perjuangan meraih 9.311 suara, sedangkan di dapil 4 "
            "memperoleh 7.052 suara.</p>")
    found = claims("PDIP Unggul Sementara di Lahat", body, shipped_record)
    _legislative(found, ("9311", "7052"))


def test_a_named_provincial_dapil_keeps_its_party_count_legislative(shipped_record):
    body = ("<p>PALEMBANG - Perolehan sementara Sirekap untuk DPRD Sumatera Selatan.</p>"
            "<p>Di daerah pemilihan (dapil) Sumsel VI Partai Demokrat meraih 21.406 suara, dan "
            "di Dapil Sumsel VII mendapat 18.229 suara.</p>")
    found = claims("Demokrat Kuasai Dua Dapil DPRD Sumsel", body, shipped_record)
    _legislative(found, ("21406", "18229"))


def test_a_pair_named_after_the_dapil_keeps_its_race(shipped_record):
    # Negative control: a regent pair's count in Muara Enim after a dapil is named in the
    # sentence is still the pair's (Edison-Sumarni, nomor 2: Sirekap's 113.868).
    body = ("<p>MUARA ENIM - Hasil Pilkada Muara Enim 2024 menurut Sirekap.</p>"
            "<p>Di seluruh dapil I sampai V, pasangan nomor urut 2 Edison-Sumarni meraih "
            "113.868 suara.</p>")
    found = claims("Edison-Sumarni Unggul di Pilkada Muara Enim", body, shipped_record)
    kind, nomor, region, election, race, status, _ = found["113868"]
    assert (election, race, nomor, region) == ("pilkada2024", "regent_mayor", 2, "1603"), found
    assert status == "consistent", found


def test_votes_abroad_in_dapil_luar_negeri_stay_presidential(shipped_record):
    # Negative control: "128 dapil luar negeri" is no numbered dapil; the Pilpres counts abroad
    # (the record's rekap for region 99: 427.871) are still graded, and a wrong one caught.
    body = ("<p>JAKARTA - KPU merampungkan rekapitulasi suara dari luar negeri.</p>"
            "<p>Di 128 dapil luar negeri, pasangan Prabowo-Gibran meraih 427.871 suara.</p>")
    found = claims("Prabowo-Gibran Unggul di Luar Negeri", body, shipped_record)
    kind, nomor, region, election, race, status, _ = found["427871"]
    assert (race, nomor, region) == ("president", 2, "99") and status == "consistent", found
    wrong = claims("Prabowo-Gibran Unggul di Luar Negeri", body.replace("427.871", "472.871"),
                   shipped_record)
    assert wrong["472871"][5] in FLAGS, wrong


# ---- 2. A sentence opening on the whole ("Secara keseluruhan, ...", "Secara nasional, ...")
# after sentences about one place (news-fokusriau-pilpres-aceh-sumbar-dki-realcount: Sirekap of
# 20 Feb 2024, DKI then the country). Its figures are the race's whole, not the place before:
# the share "24,25 persen" was given DKI's code beside its count's country.
FOKUS = ("<p>JAKARTA - Berikut hasil sementara Pilpres 2024 menurut Sirekap KPU hingga Selasa "
         "(20/2/2024) pukul 16.00 WIB.</p>"
         "<p>Di DKI Jakarta, Prabowo-Gibran meraih 1.467.402 suara atau 41,61 persen, sedangkan "
         "Ganjar-Mahfud mendapat 623.335 suara atau 17,68 persen. Secara keseluruhan, "
         "Anies-Muhaimin mengantongi 23.933.303 suara atau 24,25 persen.</p>")
FOKUS_TITLE = "Real Count KPU: Anies-Muhaimin Unggul di Sumbar dan Aceh, DKI Kalah Tipis"


def test_a_sentence_opening_on_the_whole_is_the_country_on_a_pilpres_page(shipped_record):
    found = claims(FOKUS_TITLE, FOKUS, shipped_record)
    assert found["41.61"][2] == "31" and found["17.68"][2] == "31", found
    for value in ("23933303", "24.25"):
        assert found[value][2] == "" and found[value][1] == 1, (value, found)
        assert found[value][5] not in FLAGS, (value, found)


def test_secara_nasional_opening_the_sentence_after_a_province(shipped_record):
    # Variant: Sumatera Barat's plenary counts, then the country's share in the decree
    # (58,59 for Prabowo-Gibran): the country's, graded, never Sumbar's.
    body = ("<p>PADANG - KPU mengesahkan hasil rekapitulasi Pilpres 2024 di Sumatera Barat.</p>"
            "<p>Di Sumatera Barat, Anies-Muhaimin meraih 1.744.042 suara dan Prabowo-Gibran "
            "1.217.314 suara. Secara nasional, Prabowo-Gibran meraih 58,59 persen.</p>")
    found = claims("Anies-Muhaimin Menang di Sumbar", body, shipped_record)
    assert found["1744042"][2] == "13" and found["1217314"][2] == "13", found
    assert found["58.59"][2] == "" and found["58.59"][5] not in FLAGS, found


BENGKULU = ("<p>BENGKULU - Hitung suara Sirekap Pilgub Bengkulu 2024 sudah rampung.</p>"
            "<p>Di Kabupaten Bengkulu Selatan, pasangan Rohidin-Meriani meraih 54.196 suara atau "
            "55,11 persen, di atas Helmi-Mian dengan 44.142 suara. Secara keseluruhan, "
            "Helmi-Mian meraih 55,09 persen.</p>")


def test_the_whole_of_a_governor_race_is_never_graded_as_the_regency(shipped_record):
    # Helmi-Mian's 55,09 % of Bengkulu (Sirekap) right after Bengkulu Selatan's counts was
    # graded discrepant against Bengkulu Selatan's 44,89: a false flag. It is the province's.
    found = claims("Hasil Pilgub Bengkulu 2024 Versi Sirekap", BENGKULU, shipped_record)
    assert found["54196"][2] == "1701" and found["55.11"][5] == "consistent", found
    assert found["55.09"][2] == "17" and found["55.09"][5] not in FLAGS, found


def test_keseluruhan_inside_a_sentence_is_no_scope(shipped_record):
    # Negative control: "Dari keseluruhan suara sah" does not open on the whole; the regency's
    # share stays the regency's and graded, and a wrong one is still caught.
    body = ("<p>BENGKULU - Hitung suara Sirekap Pilgub Bengkulu 2024 sudah rampung.</p>"
            "<p>Di Kabupaten Bengkulu Selatan, pasangan Rohidin-Meriani meraih 54.196 suara. "
            "Dari keseluruhan suara sah, Rohidin-Meriani meraih 55,11 persen.</p>")
    found = claims("Hasil Pilgub Bengkulu 2024 Versi Sirekap", body, shipped_record)
    assert found["55.11"][2] == "1701" and found["55.11"][5] == "consistent", found
    wrong = claims("Hasil Pilgub Bengkulu 2024 Versi Sirekap", body.replace("55,11", "58,11"),
                   shipped_record)
    assert wrong["58.11"][2] == "1701" and wrong["58.11"][5] in FLAGS, wrong



def test_the_whole_after_the_parts_of_a_place_is_that_place(shipped_record):
    # Negative control: after a province's own parts ("unggul di 22 dari 24 kabupaten/kota"),
    # "Secara keseluruhan" is the province's whole (Sulawesi Selatan's plenary: 57,02 for
    # Prabowo-Gibran), graded, and a wrong one caught there.
    body = ("<p>MAKASSAR - KPU mengesahkan rekapitulasi Pilpres 2024 di Sulawesi Selatan.</p>"
            "<p>Di Sulawesi Selatan, Prabowo-Gibran unggul di 22 dari 24 kabupaten/kota. Secara "
            "keseluruhan, Prabowo-Gibran meraih 57,02 persen.</p>")
    found = claims("Prabowo-Gibran Menang di Sulsel", body, shipped_record)
    assert found["57.02"][2] == "73" and found["57.02"][5] == "consistent", found
    wrong = claims("Prabowo-Gibran Menang di Sulsel", body.replace("57,02", "59,02"),
                   shipped_record)
    assert wrong["59.02"][2] == "73" and wrong["59.02"][5] in FLAGS, wrong

# ---- 3. A pair's count under a thousand on a line of its own after its ballot number
# (blog-flipflu-pilpres-enam-ppln-rekap: the PPLN plenary of 28 Feb 2024, "- Paslon 1: 98"
# under "Athena, Yunani"). Counts past a thousand ("Paslon 2: 1.137") were read, smaller ones
# not: the ballot number's own item is a count, the PPLN heading its area.
def _ppln_list(heading: str, counts) -> str:
    return (f"<p><strong>{heading}</strong></p><ul>" +
            "".join(f"<li>Paslon {n}: {v}</li>" for n, v in enumerate(counts, 1)) +
            "<li>Jumlah suara sah: 990</li></ul>")


PPLN_LEAD = ("<p>JAKARTA - KPU mengesahkan rekapitulasi Pilpres 2024 dari Panitia Pemilihan "
             "Luar Negeri (PPLN) dalam rapat pleno Rabu (28/2/2024). Berikut hasilnya:</p>")


def test_ballot_number_items_under_a_ppln_heading_are_its_counts(shipped_record):
    body = PPLN_LEAD + _ppln_list("Athena, Yunani", ("98", "659", "233"))
    found = claims("Hasil Rekapitulasi Luar Negeri, Prabowo-Gibran Unggul", body, shipped_record)
    for value, nomor in (("98", 1), ("659", 2), ("233", 3)):
        assert found[value][:3] == ("votes", nomor, "9909"), (value, found)
        assert found[value][5] not in FLAGS, (value, found)


def test_the_same_with_other_ppln_and_nomor_urut_labels(shipped_record):
    # Variant: Amman and Rabat, from other reports of the same plenary (530 / 376 / 45 and
    # 188 / 78 / 52), one list written "Nomor urut N:".
    body = (PPLN_LEAD + _ppln_list("Amman, Yordania", ("530", "376", "45")) +
            "<p><strong>Rabat, Maroko</strong></p><ul><li>Nomor urut 1: 188</li>"
            "<li>Nomor urut 2: 78</li><li>Nomor urut 3: 52</li></ul>")
    found = claims("Hasil Rekapitulasi Luar Negeri", body, shipped_record)
    assert [found[v][1] for v in ("530", "376", "45")] == [1, 2, 3], found
    assert [found[v][1] for v in ("188", "78", "52")] == [1, 2, 3], found
    assert found["188"][2] == "9997", found


def test_a_ballot_number_label_alone_is_no_count(shipped_record):
    # Negative controls: "Paslon: 2" (the number is the ballot's) and a ballot item whose line
    # goes on ("Paslon 1: 14 TPS dimenangkan") give no count of votes.
    body = (PPLN_LEAD + "<p><strong>Athena, Yunani</strong></p><ul><li>Paslon: 2</li>"
            "<li>Paslon 1: 14 TPS dimenangkan</li></ul>")
    found = claims("Hasil Rekapitulasi Luar Negeri", body, shipped_record)
    assert "2" not in found and "14" not in found, found


# ---- 4. A pair's count after "hanya" at its sentence's end, "suara" said before it in the
# sentence (news-arahkata-pilpres-jateng-tujuh-provinsi: Anies-Muhaimin's 2.866.373 in Jawa
# Tengah, the record's rekap).
JATENG = ("<p>SEMARANG - KPU RI mengesahkan rekapitulasi Pilpres 2024 untuk Jawa Tengah.</p>"
          "<p>Di Jawa Tengah, Ganjar-Mahfud meraih 7.827.335 suara, sedangkan Prabowo-Gibran "
          "mendapat 12.096.454 suara.</p>")
JATENG_TITLE = "Ganjar-Mahfud Keok di Kandang Banteng"


def test_a_count_after_hanya_ending_its_sentence_is_the_pairs(shipped_record):
    body = JATENG + ("<p>Pasangan nomor urut 1, Anies Baswedan-Muhaimin Iskandar, menjadi "
                     "pasangan dengan suara paling sedikit di Jawa Tengah, hanya 2.866.373.</p>")
    found = claims(JATENG_TITLE, body, shipped_record)
    assert found["2866373"][:3] == ("votes", 1, "33") and found["2866373"][5] == "consistent", found


def test_yaitu_hanya_and_a_wrong_count_is_caught(shipped_record):
    # Variant: "yaitu hanya", a digit off the record (2.886.373 for 2.866.373): flagged.
    body = JATENG + ("<p>Anies-Muhaimin menjadi paslon paling sedikit mendapat suara di Jawa "
                     "Tengah, yaitu hanya 2.886.373.</p>")
    found = claims(JATENG_TITLE, body, shipped_record)
    assert found["2886373"][:3] == ("votes", 1, "33") and found["2886373"][5] in FLAGS, found


def test_hanya_after_a_gap_or_the_valid_total_is_no_pairs_count(shipped_record):
    # Negative controls: the margin ("kalah suara dari ..., hanya 4.269.119", "Selisih suara
    # ... hanya 4.269.119") and the valid total are no pair's votes.
    for sentence in ("Ganjar-Mahfud kalah suara dari Prabowo-Gibran, hanya 4.269.119.",
                     "Selisih suara Prabowo-Gibran dan Ganjar-Mahfud di Jawa Tengah hanya "
                     "4.269.119.", "Suara sah Pilpres di Jawa Tengah, hanya 22.790.162."):
        found = claims(JATENG_TITLE, JATENG + f"<p>{sentence}</p>", shipped_record)
        assert "4269119" not in found and "22790162" not in found, (sentence, found)
