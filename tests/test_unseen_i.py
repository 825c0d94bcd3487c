"""Wrong answers met on pages never seen while tuning (issue 10, corpus-i: the dev pages of
tests/corpus/batches/corpus-i.txt, measured alone before any change; FINDINGS-i.md). Each test
is the wording pattern behind one wrong answer, in our own words with the real figures of those
pages."""

from __future__ import annotations

from test_precision import graded, run

# A Pilpres 2019 page (no date in its address) that recalls 2014 and never writes 2024.
_PILPRES_2019 = (
    "<h1>Beda Perolehan Suara Jokowi dan Prabowo di Dua Pemilu</h1>"
    "<p>Rekapitulasi Pemilu 2019 oleh KPU sudah selesai, Jokowi-Ma'ruf menang atas "
    "Prabowo-Sandiaga.</p>"
    "<p>Pada Pilpres 2014, Jokowi menang di lebih banyak provinsi.</p>"
    "<p>Dalam pemilu kali ini Prabowo-Sandiaga merebut empat provinsi yang pada Pilpres 2014 "
    "dimenangi Jokowi. Di Bengkulu, Prabowo-Sandiaga menang tipis dengan 585.999 suara, "
    "sementara Jokowi-Ma'ruf memperoleh 583.488 suara.</p>"
    "<p>Di Sulawesi Tenggara, paslon 02 meraih 842.117 suara dan paslon 01 555.664 suara.</p>")


def test_an_earlier_pilpres_page_lends_no_2024_ballot_numbers():
    # Obsessionnews on the Pilpres 2019 plenary: "Di Sulawesi Tenggara, paslon 02 meraih
    # 842.117 suara" took 2024's pair 02 and was graded discrepant against Sultra's 2024
    # plenary. A page that never writes 2024, whose lead names Pemilu 2019 (and recalls
    # 2014), is about 2019: the latest earlier election it names is its figures' default.
    claims = run(_PILPRES_2019)
    assert not graded(_PILPRES_2019)
    sultra = [c for c in claims if c.value in (842117, 555664)]
    assert sultra and all(c.election == "pemilu2019" and c.candidate_id is None
                          for c in sultra)


def test_a_year_in_a_relative_clause_scopes_only_its_own_sentence():
    # "Dalam pemilu kali ini Prabowo-Sandiaga merebut empat provinsi yang pada Pilpres 2014
    # dimenangi Jokowi. Di Bengkulu, ... 585.999 suara": the 2014 of the relative clause
    # ("yang pada Pilpres 2014 ...") says when Jokowi won those provinces, not when the next
    # sentence's votes were cast.
    claims = run(_PILPRES_2019)
    bengkulu = [c for c in claims if c.value in (585999, 583488)]
    assert bengkulu and all(c.election == "pemilu2019" for c in bengkulu)
    # A year at the head of its own sentence still scopes what follows in the paragraph.
    body = ("<h1>Beda Perolehan Suara di Dua Pemilu</h1><p>Rekapitulasi Pemilu 2019 selesai."
            "</p><p>Pada Pilpres 2014, Jokowi-JK unggul. Di Bengkulu, Jokowi-JK meraih "
            "433.173 suara.</p>")
    assert {c.election for c in run(body) if c.value == 433173} == {"pemilu2014"}


def test_a_count_no_province_reaches_is_not_the_province_named_nearby():
    # Tribunnews (20 Mar 2024): "pasangan nomor urut 1 Anies Baswedan-Muhaimin Iskandar meraih
    # 40.494.840 suara dan unggul di dua provinsi, Aceh dan Sumatera Barat" was read in Aceh;
    # "Jokowi-Ma'ruf Amin memenangi Pilpres 2019 dengan 85.607.362 suara" in Sumatera Barat
    # (carried from the paragraph before). Tens of millions of Pilpres votes are no
    # province's: the provinces are where the pair won, not where the count was made.
    body = ("<h1>Fakta Raihan Suara Prabowo Jelang Pengumuman</h1><p>Hingga Selasa "
            "(19/3/2024), KPU belum merampungkan rekapitulasi nasional Pilpres 2024.</p>"
            "<p>Di tempat kedua, pasangan nomor urut 1 Anies Baswedan-Muhaimin Iskandar meraih "
            "40.494.840 suara dan unggul di dua provinsi, Aceh dan Sumatera Barat.</p>"
            "<p>Jokowi-Ma'ruf Amin memenangi Pilpres 2019 dengan 85.607.362 suara.</p>")
    claims = {c.value: c for c in run(body)}
    assert claims[40494840].region_code in ("", None)
    assert claims[85607362].region_code in ("", None)
    assert claims[85607362].election == "pemilu2019"
    assert not graded(body)
