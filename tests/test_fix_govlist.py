"""Kab/kota and kecamatan counts of a governor's or the president's race that no claim named
(issue 10, recall on unseen pages). Each case is a short page in our own words holding the real
figures of the dev page named beside it."""

from __future__ import annotations

from builders import check_article


def claims(title: str, body: str, record) -> dict:
    """{value: (nomor, region)} of the page's claims."""
    rep = check_article(title, body, record=record)
    return {int(c.value): (c.nomor_urut, c.region_code) for c in rep.claims}


# ---- 1. "Suara tertingginya datang dari <area>, yakni N suara": the superlative's "-nya"
# points back to the pair of the sentence before (pilpres-antarajogja-kulonprogo-dprd-kapanewon).
KULON_PROGO = ("<p>Di Kulon Progo Pilpres 2024 dimenangi Prabowo Subianto-Gibran Rakabuming "
               "dengan 50,97 persen, setara 152.358 suara.</p><p>Pasangan nomor urut 2 itu "
               "menang di setiap kapanewon di Kulon Progo. Suara tertingginya datang dari "
               "Kapanewon Pengasih, yakni 18.198 suara.</p>")


def test_the_highest_count_of_the_pair_before_in_a_named_kecamatan(shipped_record):
    found = claims("Hasil Pilpres di Kulon Progo", KULON_PROGO, shipped_record)
    assert found[152358] == (2, "3401")
    assert found[18198] == (2, "340107")


# The same form for a governor's race in a kab/kota (news-balipost-pilgub-bali-kabkota-tidak-sah).
BALI = ("<p>Koster-Giri meraih 1.413.604 suara di Pilgub Bali 2024. Suara terbanyaknya berasal "
        "dari Kabupaten Buleleng, yaitu 206.028 suara.</p>")


def test_the_highest_count_of_the_pair_before_in_a_named_kabkota(shipped_record):
    found = claims("Rekapitulasi Pilgub Bali", BALI, shipped_record)
    assert found[1413604] == (2, "51")
    assert found[206028] == (2, "5108")


# ---- 2. A kecamatan list in brackets whose first item has none ("Gerokgak 19.487, Seririt
# (18.832), ..."): the first count is the list's too (pilkada-detikbali-buleleng-sutjidra-...).
BULELENG = ("<p>Pilgub Bali di Kabupaten Buleleng dimenangi Koster-Giri. Mulia-PAS hanya menang "
            "di Kecamatan Busungbiu dengan 12.612 suara, melampaui Koster-Giri yang di kecamatan "
            "tersebut mendapat 10.815 suara. Di kecamatan lainnya, perolehan Mulia-PAS adalah "
            "Gerokgak {first}, Seririt (18.832), Banjar (19.180), dan Tejakula (8064).</p>")


def test_the_first_unbracketed_item_of_a_bracketed_kecamatan_list(shipped_record):
    found = claims("Pilgub Bali di Buleleng", BULELENG.format(first="19.487"), shipped_record)
    assert found[18832] == (1, "510802")
    assert found[19487] == (1, "510801")


def test_an_unbracketed_count_before_no_bracketed_list_stays_unread(shipped_record):
    # Without the next item in brackets, the count has no unit and no list says what it is.
    body = BULELENG.format(first="19.487").replace("Seririt (18.832), Banjar (19.180), dan "
                                                   "Tejakula (8064)", "Seririt 18.832")
    assert 19487 not in claims("Pilgub Bali di Buleleng", body, shipped_record)


# ---- 3. A kab/kota's label and a colon, then each pair's name and count with no unit
# (the counts of news-balipost-pilgub-bali-kabkota-tidak-sah, written as such a list).
BALI_TOTAL = ("<p>KPU Bali menetapkan hasil Pilgub Bali 2024. Koster-Giri meraih 1.413.604 suara, "
              "sementara Mulia-PAS meraih 886.251 suara.</p>")


def test_an_area_label_then_pairs_and_bare_counts_in_prose(shipped_record):
    body = BALI_TOTAL + ("<p>Kabupaten Badung: Koster-Giri 204.186, Mulia-PAS 111.062.</p>"
                         "<p>Kabupaten Tabanan: Koster-Giri 204.031, Mulia-PAS 100.350.</p>")
    found = claims("Hasil Pilgub Bali per Kabupaten", body, shipped_record)
    assert found[204186] == (2, "5103")
    assert found[111062] == (1, "5103")
    assert found[204031] == (2, "5102")
    assert found[100350] == (1, "5102")


def test_an_area_label_then_pairs_and_bare_counts_in_a_list(shipped_record):
    body = BALI_TOTAL + ("<ul><li>Badung: Koster-Giri 204.186, Mulia-PAS 111.062</li>"
                         "<li>Tabanan: Koster-Giri 204.031, Mulia-PAS 100.350</li></ul>")
    found = claims("Hasil Pilgub Bali per Kabupaten", body, shipped_record)
    assert found[204186] == (2, "5103")
    assert found[100350] == (1, "5102")


def test_a_bare_count_that_does_not_end_its_item_stays_unread(shipped_record):
    body = BALI_TOTAL + "<p>Kabupaten Badung: Koster-Giri 204.186 pemilih hadir di TPS.</p>"
    assert 204186 not in claims("Hasil Pilgub Bali per Kabupaten", body, shipped_record)


# ---- 4. "X menang di Badung dengan A berbanding B suara": B is the rival's, never X's (a form
# probed with the Badung counts of news-balipost-pilgub-bali-kabkota-tidak-sah).
def test_the_count_after_berbanding_is_not_the_leaders(shipped_record):
    body = BALI_TOTAL + "<p>Koster-Giri menang di Badung dengan 204.186 berbanding 111.062 suara.</p>"
    found = claims("Hasil Pilgub Bali per Kabupaten", body, shipped_record)
    assert found.get(111062, (None, None))[0] != 2


def test_the_count_after_berbanding_keeps_the_pair_written_after_it(shipped_record):
    body = BALI_TOTAL + ("<p>Di Badung, Koster-Giri unggul 204.186 suara berbanding 111.062 suara "
                         "untuk Mulia-PAS.</p>")
    found = claims("Hasil Pilgub Bali per Kabupaten", body, shipped_record)
    assert found[111062] == (1, "5103")


# ---- 5. A pair's votes per kab/kota after a colon, each count with no unit (the Bali counts).
def test_a_pairs_bare_counts_per_kabkota_after_a_colon(shipped_record):
    body = BALI_TOTAL + ("<p>Perolehan suara Koster-Giri per kabupaten/kota: Badung 204.186, "
                         "Tabanan 204.031, dan Jembrana 97.402.</p>")
    found = claims("Hasil Pilgub Bali per Kabupaten", body, shipped_record)
    assert found[204186] == (2, "5103")
    assert found[204031] == (2, "5102")
    assert found[97402] == (2, "5101")


# ---- 6. A kab/kota's KPU recaps the governor race: its counts are that kab/kota's part (held,
# as no sentence places them), unless too large for it (Denpasar's counts, balipost dev page).
def report(title: str, body: str, record):
    return check_article(title, body, record=record)


DENPASAR = ("<p>KPU Kota Denpasar menggelar rapat pleno rekapitulasi Pilgub Bali 2024. Mulia-PAS "
            "mendapat {a} suara, Koster-Giri {b} suara.</p>")


def test_a_kabkota_kpus_governor_counts_are_its_own_part(shipped_record):
    rep = report("Rekapitulasi Pilgub Bali di Kota Denpasar",
                 DENPASAR.format(a="145.440", b="145.759"), shipped_record)
    found = {int(c.value): c for c in rep.claims}
    assert (found[145440].nomor_urut, found[145440].region_code) == (1, "5171")
    assert (found[145759].nomor_urut, found[145759].region_code) == (2, "5171")
    assert {c.status for c in rep.comparisons} == {"unverifiable"}  # still held


def test_counts_too_large_for_the_kabkota_stay_the_provinces(shipped_record):
    rep = report("Rekapitulasi Pilgub Bali di Kota Denpasar",
                 DENPASAR.format(a="886.251", b="1.413.604"), shipped_record)
    found = {int(c.value): c for c in rep.claims}
    assert found[886251].region_code == "51"
    assert found[1413604].region_code == "51"


# ---- 7. Under a kab/kota's name, one line per ballot number with a bare count ("Paslon 01:
# 111.062"): that pair's votes there (the Badung counts of the balipost dev page).
def test_ballot_number_labels_with_bare_counts_under_a_kabkota(shipped_record):
    body = BALI_TOTAL + ("<p><strong>Kabupaten Badung</strong><br>Paslon 01: 111.062<br>"
                         "Paslon 02: 204.186</p>")
    found = claims("Hasil Pilgub Bali per Kabupaten", body, shipped_record)
    assert found[111062] == (1, "5103")
    assert found[204186] == (2, "5103")


def test_a_polling_stations_label_is_no_ballot_number(shipped_record):
    body = BALI_TOTAL + "<p><strong>Kabupaten Badung</strong><br>TPS 01: 1.062</p>"
    assert 1062 not in claims("Hasil Pilgub Bali per Kabupaten", body, shipped_record)


# ---- 8. A table after a lead-in that names its kab/kota ("Hasil di Kabupaten Badung:"), under
# a heading that names the province: the kab/kota's counts (the Badung counts again).
TABLE = ("<table><tr><th>Paslon</th><th>Suara</th></tr><tr><td>Mulia-PAS</td><td>111.062</td></tr>"
         "<tr><td>Koster-Giri</td><td>204.186</td></tr></table>")


def test_a_tables_lead_in_names_its_kabkota(shipped_record):
    body = BALI_TOTAL + "<h2>Hasil Pilgub Bali</h2><p>Hasil di Kabupaten Badung:</p>" + TABLE
    found = claims("Hasil Pilgub Bali per Kabupaten", body, shipped_record)
    assert found[111062] == (1, "5103")
    assert found[204186] == (2, "5103")


def test_a_lead_in_that_does_not_end_in_a_colon_is_no_tables(shipped_record):
    body = BALI_TOTAL + "<h2>Kabupaten Badung</h2><p>Koster-Giri menang di Tabanan.</p>" + TABLE
    found = claims("Hasil Pilgub Bali per Kabupaten", body, shipped_record)
    assert found[111062] == (1, "5103")


# ---- 9. A kab/kota KPU's plenary of the Pilpres: its counts are the kab/kota's part (held), not
# the country's (pilpres-antarajogja-kulonprogo-dprd-kapanewon's Kulon Progo counts).
def test_a_kabkota_kpus_pilpres_counts_are_its_own_part(shipped_record):
    body = ("<p>KPU Kabupaten Kulon Progo menggelar rapat pleno rekapitulasi Pilpres 2024. "
            "Prabowo-Gibran meraih 152.358 suara, Ganjar-Mahfud 90.037 suara, dan "
            "Anies-Muhaimin 56.516 suara.</p>")
    found = claims("Prabowo-Gibran Menang di Kulon Progo", body, shipped_record)
    assert found[152358] == (2, "3401")
    assert found[56516] == (1, "3401")
