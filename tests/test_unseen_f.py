"""Wrong answers met on pages never seen while tuning (issue 10, corpus-f: the 24 pages of
tests/corpus/batches/corpus-f.txt, measured alone before any change). Each test is the
wording pattern behind one wrong answer, in our own words with real figures."""

from __future__ import annotations

from test_precision import graded, run, statuses


def test_a_name_ending_in_dan_keeps_its_last_letters():
    # "M Nasir-M Wardan" (Pilgub Riau 2024, ballot 2): the trailing-joiner cleanup cut
    # "Wardan" to "War" as if it ended in the word "dan", so the pair named nobody.
    body = ("<h1>Pleno Pilgub Riau 2024</h1><p>Hasil pleno KPU Riau: Abdul Wahid-SF Hariyanto "
            "1.224.193 suara, M Nasir-M Wardan 877.511 suara, Syamsuar-Mawardi M Saleh "
            "661.297 suara.</p>")
    ballots = {c.value: c.nomor_urut for c in run(body)}
    assert ballots == {1224193: 1, 877511: 2, 661297: 3}
    # A real joiner at the end is still dropped: "Ridwan Kamil dan" names the pair's head.
    body = ("<h1>Pilgub DKI 2024</h1><p>Pramono-Rano dan 2.183.239 suara.</p>")
    assert [c.nomor_urut for c in run(body)] == [3]


def test_a_written_pair_that_names_nobody_is_not_the_pair_before_it():
    # A regency list "Abdul Wahid-SF Hariyanto: 10.7604 M Nasir-M Wardan: 150.808": when the
    # name right before a figure named nobody, the figure went to the pair named before that
    # one, in another line. A pair written nearer that the record does not know is no one's.
    body = ("<h1>Pleno Pilgub Riau 2024</h1><p>Perolehan di Kampar:</p>"
            "<p>Abdul Wahid-SF Hariyanto: 10.7604</p><p>Nasirudin-Wardaniah: 150.808</p>")
    assert all(c.nomor_urut != 1 for c in run(body) if c.value == 150808)
    assert not any(s == "discrepant" for s in graded(body).values())


def test_a_name_in_the_heading_is_not_the_pair_of_a_figure_in_the_text():
    # Headings and bylines end without a full stop, so "sentence" ran from the headline's
    # "Anies Baswedan" into the first paragraph, and KPU's 58,83 persen for ballot 2 was read
    # as Anies's and called discrepant (once "Baswedan" stopped losing its "dan").
    body = ("<h1>Update Real Count KPU: Anies Baswedan Menang Satu Putaran</h1>"
            "<p>29 Februari 2024 · Hasil periksa fakta Agnes A</p>"
            "<p>Menurut data terbaru KPU Pilpres 2024 di https://pemilu2024.kpu.go.id/, "
            "paslon nomor urut "
            "dua tetap unggul dengan 58,83%, diikuti paslon satu dengan 24,49%.</p>")
    assert all(c.nomor_urut != 1 for c in run(body) if str(c.value) == "58.83")
    assert not any(s == "discrepant" for s in graded(body).values())


def test_a_polling_station_count_beside_a_province_is_not_the_province_s():
    # TPS 901 of Lapas Singaraja (27 Nov 2024): "Made Muliawan Arya-Putu Agus Suradnyana
    # mendapat 136 suara" in a paragraph that names no TPS, after one that does: the count
    # was put in Bali's race at the province (where the pair had 885.126).
    body = ("<h1>Hasil Pilgub Bali di Lapas Singaraja</h1><p>Penghitungan suara Pilkada 2024 "
            "di TPS 901 Lapas Singaraja, Kabupaten Buleleng, Bali, selesai Rabu sore.</p>"
            "<p>Kepala Lapas menyebut pasangan calon gubernur Bali nomor urut 1, Made Muliawan "
            "Arya-Putu Agus Suradnyana, mendapat 136 suara.</p>")
    found = [c for c in statuses(body)]
    claims = [c for c in run(body) if c.value == 136]
    assert claims and all(c.region_code in (None,) or len(c.region_code) > 4 for c in claims)
    assert statuses(body).get(136, ("unverifiable",))[0] == "unverifiable"
    assert found is not None


def test_a_ballot_number_named_after_a_name_is_the_nearer_one():
    # KIP Aceh Jaya (2 Dec 2024): "Hendri menyampaikannya ...: paslon nomor urut 2 memperoleh
    # suara terbanyak, yakni 36.939 suara". Hendri (the KIP chair) is also the first name of
    # ballot 4's candidate, and the figure went to ballot 4.
    body = ("<h1>KIP Aceh Jaya Tuntaskan Rekapitulasi Pilkada 2024</h1><p>Hendri "
            "menyampaikannya usai pleno di Aula Setdakab: pada pemilihan bupati Aceh Jaya, "
            "paslon nomor urut 2 memperoleh suara terbanyak, yakni 36.939 suara.</p>")
    assert [c.nomor_urut for c in run(body) if c.value == 36939] in ([2], [])


def test_a_heading_with_its_short_form_in_brackets_names_its_regency():
    # "Kabupaten Rejang Lebong (RL):" over a pair list (Pilgub Bengkulu, 8 Dec 2024): the
    # bracketed short form hid the heading, and the regency's counts went to the province.
    pairs = "<ul><li>Helmi-Mian: {} suara</li><li>Rohidin-Meriani: {} suara</li></ul>"
    body = ("<h1>Pleno Pilgub Bengkulu 2024</h1><p>Perolehan suara di 10 kabupaten/kota:</p>"
            "<p>Kabupaten Rejang Lebong (RL):</p>" + pairs.format("82.893", "56.266") +
            "<p>Kabupaten Bengkulu Utara (BU):</p>" + pairs.format("67.299", "64.524"))
    regions = {c.value: c.region_code for c in run(body)}
    assert regions == {82893: "1702", 56266: "1702", 67299: "1703", 64524: "1703"}


def test_a_name_bps_splits_in_two_is_found_written_as_one_word():
    # "Kabupaten Mukomuko:" (BPS: MUKO MUKO) and "Di Tanjungpinang" (KOTA TANJUNG PINANG):
    # the figures under them had no area.
    pairs = "<ul><li>Helmi-Mian: {} suara</li><li>Rohidin-Meriani: {} suara</li></ul>"
    body = ("<h1>Pleno Pilgub Bengkulu 2024</h1><p>Perolehan suara di 10 kabupaten/kota:</p>"
            "<p>Kabupaten Mukomuko:</p>" + pairs.format("58.478", "43.437"))
    assert {c.region_code for c in run(body)} == {"1706"}
    body = ("<h1>Quick count Pilgub Kepri 2024</h1><p>Menurut hitung cepat, Ansar-Nyanyang "
            "unggul. Di Tanjungpinang, Ansar-Nyanyang meraih 58,4 persen.</p>")
    assert [c.region_code for c in run(body)] == ["2172"]


def test_a_headline_verb_after_the_pair_is_no_part_of_its_name():
    # "Haris-Sani Raih 1.092.823 Suara, Romi-Sudirman 698.265 Suara" (Jambi Ekspres, 8 Dec
    # 2024): title case made "Raih" (wins) look like a name word, and the pair named nobody.
    body = ("<h1>Pleno Pilgub Jambi Rampung, Haris-Sani Raih 1.092.823 Suara, Romi-Sudirman "
            "698.265 Suara</h1><p>KPU Provinsi Jambi merampungkan rekapitulasi.</p>")
    found = {c.value: (c.nomor_urut, c.race_region) for c in run(body)}
    assert found.get(1092823) == (2, "15")


def test_a_list_item_s_area_does_not_scope_the_paragraph_after_the_list():
    # Pilgub Sulteng (12 Dec 2024): "Tojo Una-Una: 44.624 suara" ended a pair's list, and the
    # next paragraph's "Rusdy Mastura - Sulaiman Agusto ... 263.950 suara" was put in Tojo
    # Una-Una: a "Name: figure" item passed for a heading line of its own.
    body = ("<h1>Rekapitulasi KPUD Selesai, Anwar-Reny Pemenang Pilkada Sulteng</h1><p>Pasangan "
            "nomor urut 1 Ahmad HM Ali - Abdul Karim Aljufri (BERAMAL) meraih 621.693 suara "
            "(38,6 %), unggul di empat kabupaten:</p><ul><li>Donggala: 68.927 suara</li>"
            "<li>Tojo Una-Una: 44.624 suara</li></ul><p>Rusdy Mastura - Sulaiman Agusto "
            "(SANGGANIPA) mendapat 263.950 suara (16,4 %).</p>")
    regions = {c.value: c.region_code for c in run(body)}
    assert regions[263950] == "72"
    assert regions[68927] == "7203" and regions[44624] == "7209"
