"""Areas and kinds of figures met on the dev pages of corpus-x and corpus-v (issue 10,
precision first). Each case is a short page in our own words holding the real figures of the
dev page named beside it."""

from __future__ import annotations

from builders import check_article


def check(title: str, body: str, record):
    return check_article(title, body, record=record)


def claims(title: str, body: str, record) -> dict:
    """{value as written: (kind, nomor, region, hold, status)} of the page's claims."""
    report = check(title, body, record)
    status = {c.claim: c.status for c in report.comparisons}
    return {format(c.value, "f") if not isinstance(c.value, int) else str(c.value):
            (c.kind, c.nomor_urut, c.region_code, c.hold, status.get(i))
            for i, c in enumerate(report.claims)}


# ---- 1. A reading attributed to a province's KPU is that province's count, though KPU RI's
# national plenary in Jakarta adopted it (news-antaranews-kalbar-pilpres-dpt).
KALBAR = ("<p>Jakarta - KPU menyatakan sah keunggulan Prabowo-Gibran di Provinsi Kalimantan "
          "Barat dalam rapat pleno rekapitulasi hasil penghitungan perolehan suara tingkat "
          "nasional di Gedung KPU RI, Jakarta, Minggu.</p><p>Menurut paparan KPU Provinsi "
          "Kalimantan Barat, Prabowo-Gibran memimpin dengan 1.964.183 suara, Anies-Muhaimin di "
          "bawahnya dengan 718.641 suara, dan Ganjar-Mahfud 534.450 suara.</p>")


def test_counts_read_out_by_a_provincial_kpu_are_the_province_s(shipped_record):
    found = claims("KPU RI Sahkan Prabowo-Gibran Unggul di Kalimantan Barat", KALBAR, shipped_record)
    for value, nomor in (("1964183", 2), ("718641", 1), ("534450", 3)):
        assert found[value][1:] == (nomor, "61", None, "consistent"), value


def test_a_provincial_kpu_only_speaking_gives_no_area(shipped_record):
    # The office as the speaker ("kata Ketua KPU Provinsi ..."), not the reading's source:
    # the count stays as it was (never the province's on that word alone).
    body = ("<p>Prabowo-Gibran meraih 96.214.691 suara secara nasional, kata Ketua KPU "
            "Provinsi Kalimantan Barat.</p>")
    found = claims("Hasil Pilpres 2024", body, shipped_record)
    assert found["96214691"][2] == ""


# ---- 2. A province won earlier, named in passing, is not the area of the next sentences;
# "Serambi Mekkah" is Aceh (news-tribunnews-aceh-amin-persen-suara).
ACEH = ("<p>Jakarta - Anies-Muhaimin menang telak dalam rekapitulasi nasional Pilpres 2024 "
        "untuk Provinsi Aceh.</p><p>Kemenangan di Aceh menjadi yang kedua bagi Anies-Muhaimin "
        "setelah mereka menguasai Sumatera Barat.</p><p>Menurut data rekapitulasi, "
        "Anies-Muhaimin didukung 2.369.534 suara.</p>")


def test_a_province_won_before_named_in_passing_is_not_the_next_count_s_area(shipped_record):
    found = claims("Anies-Muhaimin Unggul Tiga Kali Lipat di Aceh", ACEH, shipped_record)
    assert found["2369534"][1:] == (1, "11", None, "consistent")


def test_a_province_s_epithet_names_it(shipped_record):
    body = ("<p>Menurut data rekapitulasi, Anies-Muhaimin didukung 2.369.534 suara di Serambi "
            "Mekkah.</p>")
    found = claims("Hasil Rekapitulasi Pilpres 2024", body, shipped_record)
    assert found["2369534"][2] == "11"


# ---- 3. Shares the page computed over all ballots cast, cut (not rounded) to two decimals:
# 787.024 / 3.285.272 is 23,956 %, written "23,95 persen". Held, never graded minor against
# the share of valid votes (24,43).
ACEH_SHARES = ACEH + (
    "<p>Pasangan itu menguasai 72,12 persen dari total suara di Serambi Mekkah.</p>"
    "<p>Seluruh 23 kabupaten dan kota di Provinsi Aceh dimenangkan Anies-Muhaimin.</p>"
    "<p>Prabowo-Gibran berada di tempat kedua, jauh tertinggal.</p>"
    "<p>Pasangan nomor urut 02 itu mengumpulkan 787.024 suara atau 23,95 persen.</p>"
    "<p>Ganjar-Mahfud di urutan ketiga: hanya 64.677 suara atau 1,96%.</p>"
    "<p>Pemilih yang memberikan suara di Aceh seluruhnya 3.285.272 orang.</p>")


def test_shares_of_all_ballots_cut_short_are_held_not_graded(shipped_record):
    found = claims("Anies-Muhaimin Unggul Tiga Kali Lipat di Aceh", ACEH_SHARES, shipped_record)
    assert found["787024"][4] == found["64677"][4] == "consistent"
    for share in ("23.95", "1.96", "72.12"):
        assert found[share][3] == "other_basis", share
        assert found[share][4] == "unverifiable", share


def test_a_share_of_valid_votes_cut_short_is_still_graded(shipped_record):
    # 787.024 of the 3.221.235 valid votes is 24,432 %: the same page writing "24,43" is
    # graded (the ballots cast do not explain it).
    body = ACEH_SHARES.replace("23,95 persen", "24,43 persen")
    found = claims("Anies-Muhaimin Unggul Tiga Kali Lipat di Aceh", body, shipped_record)
    assert found["24.43"][3] is None and found["24.43"][4] == "consistent"


# ---- 4. A percentage of a number of regencies and cities is no vote share
# (news-republika-pleno-kabkota-persen).
def test_a_percentage_of_a_count_of_regencies_is_no_share(shipped_record):
    body = ("<p>Untuk pileg DPR RI, 12 kabupaten/kota atau 2,33 persen sudah menuntaskan pleno, "
            "43 kabupaten/kota masih berproses, dan 459 kabupaten/kota atau 89,30 persen belum "
            "menggelarnya.</p><p>Untuk pileg DPD, dari 514 kabupaten/kota, sebanyak 13 "
            "kabupaten/kota (2,53 persen) sudah selesai, 44 kabupaten/kota atau 8,56 persen "
            "masih berproses.</p><p>Untuk pileg DPRD provinsi, baru 12 dari 514 kabupaten/kota, "
            "atau 2,33 persen, yang sudah menuntaskan pleno.</p>")
    found = claims("KPU: 13 Kabupaten/Kota Selesai Pleno Rekapitulasi", body, shipped_record)
    assert not [v for v, (kind, *_) in found.items() if kind == "share"]


def test_a_pair_s_share_after_the_regencies_it_won_is_still_a_share(shipped_record):
    body = ("<p>Secara nasional, Prabowo-Gibran menang di 36 provinsi dan meraih 58,58 persen "
            "suara.</p>")
    found = claims("Hasil Rekapitulasi Pilpres 2024", body, shipped_record)
    assert found["58.58"][:2] == ("share", 2)


# ---- 5. A regency's list under the provincial plenary, introduced by "di Kabupaten X
# sebagai berikut:", is the regency's (news-antarpapua-papua-tengah-mimika-jww).
MIMIKA = ("<p>Nabire - KPU Papua Tengah menggelar rapat pleno rekapitulasi hasil Pemilihan "
          "Gubernur dan Wakil Gubernur Papua Tengah 2024 di Nabire.</p><p>Perolehan suara "
          "pasangan calon Gubernur dan Wakil Gubernur Papua Tengah {where} sebagai "
          "berikut:</p><p>Jhon Wempi Wetipo – Agustinus Anggaibak (JWW-AYO): 64.911 suara</p>"
          "<p>Willem Wandik – Aloysius Giyai: 64.517 suara</p><p>Meki Nawipa – Deinas Geley: "
          "48.584 suara</p><p>Natalis Tabuni – Titus Natkime: 32.529 suara</p>")


def test_a_list_introduced_with_its_regency_is_the_regency_s(shipped_record):
    found = claims("KPU Papua Tengah Tetapkan Hasil Pilgub 2024",
                   MIMIKA.format(where="di Kabupaten Mimika"), shipped_record)
    for value in ("64911", "64517", "48584", "32529"):
        assert found[value][2:4] == ("9404", None), value
        # (the shipped record holds Sirekap's partial count of Mimika, not its final one)
        assert found[value][4] not in ("discrepant", "minor"), value


def test_a_list_introduced_with_two_regencies_is_neither_s(shipped_record):
    found = claims("KPU Papua Tengah Tetapkan Hasil Pilgub 2024",
                   MIMIKA.format(where="di Kabupaten Nabire dan Kabupaten Mimika"), shipped_record)
    assert all(found[v][2] not in ("9404", "9401") for v in ("64911", "32529"))


def test_a_regency_named_before_the_introducing_sentence_is_not_the_list_s(shipped_record):
    # pilkada-orinews-aceh-kip-mualem-rekap-2802221: the plenary began with Aceh Tenggara;
    # the sentence that introduces the list gives the province's final count.
    body = ("<p>Banda Aceh - KIP Aceh menetapkan hasil Pemilihan Gubernur Aceh 2024.</p><p>"
            "Pengesahan dimulai dari Aceh Tenggara dan berlanjut ke seluruh 23 kabupaten/kota. "
            "Sesudah semua daerah disahkan, KIP Aceh mengumumkan angka akhir tingkat provinsi "
            "sebagai berikut:</p><p>Bustami Hamzah-Fadhil Rahmi: 1.309.375 suara</p>"
            "<p>Muzakir Manaf-Fadhlullah: 1.492.846 suara</p>")
    found = claims("KIP Aceh Tetapkan Hasil Pilgub 2024", body, shipped_record)
    assert found["1309375"][2] == found["1492846"][2] == "11"


# ---- 6. A process nearly done is no figure (news-harianrakyatbengkulu-kaur-suara-tidak-sah).
def test_stages_nearly_a_hundred_percent_done_is_no_share(shipped_record):
    body = ("<p>Bengkulu - Tahapan Pemilihan Kepala Daerah (Pilkada) Kaur sudah nyaris 100 "
            "persen tuntas.</p><p>Paslon nomor urut 02, Gusril-Hamid, menang dengan 41.441 "
            "suara.</p>")
    found = claims("Hasil Pleno Pilkada Kaur Dibawa ke Provinsi", body, shipped_record)
    assert "100" not in found
    assert found["41441"][1] == 2
