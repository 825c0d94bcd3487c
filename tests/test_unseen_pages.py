"""Wrong answers met on pages never seen while tuning (issue 10, corpus-e: the 31 pages of
tests/corpus/batches/corpus-e.txt, measured alone before any change). Each test is the
wording pattern behind one wrong answer, in our own words with real figures."""

from __future__ import annotations

from test_precision import graded, run, statuses

LIST = ("<ul><li>Anies-Muhaimin: {}</li><li>Prabowo-Gibran: {}</li>"
        "<li>Ganjar-Mahfud: {}</li></ul>")


def test_a_numbered_heading_names_the_province_of_the_list_below_it():
    # "1. Bengkulu", "2. Sumatera Barat": KPU's plenary per province (14 Mar 2024) under
    # numbered headings; the figures were read as national and called discrepant.
    body = ("<h1>Rekapitulasi KPU hari ini</h1><p>Berikut perolehan suara ketiga paslon:</p>"
            "<h3>1. Bengkulu</h3>" + LIST.format("229.681", "893.499", "145.570") +
            "<h3>2. Sumatera Barat</h3>" + LIST.format("1.744.042", "1.217.314", "124.044"))
    regions = {c.value: c.region_code for c in run(body)}
    assert regions[229681] == regions[145570] == "17"
    assert regions[1744042] == regions[124044] == "13"
    assert not any(status == "discrepant" for status in graded(body).values())


def test_a_bulleted_line_names_its_region_too():
    body = ("<h1>Rekapitulasi KPU</h1><p>Hasil per provinsi:</p>"
            "<p>- Bengkulu<br>Anies-Muhaimin: 229.681<br>Prabowo-Gibran: 893.499</p>")
    assert {c.region_code for c in run(body)} == {"17"}


def test_a_city_before_the_masthead_is_a_dateline_not_the_figures_place():
    # "Jakarta, EDITOR.ID": a national real count (20 Feb 2024, 72,94 persen of TPS) was
    # read as DKI Jakarta's progress and called discrepant.
    body = ("<h1>Real Count KPU Terkini 72,94 Persen</h1>"
            "<p>Jakarta, EDITOR.ID, Selasa 20 Februari 2024</p>"
            "<p>Penghitungan suara Pilpres 2024 oleh KPU sampai pukul 20.00 WIB, Selasa "
            "(20/2/2024): data TPS yang masuk mencapai 72,94 persen.</p>")
    assert [c.region_code for c in run(body)] == [""]
    assert graded(body) == {}
    # A place named in the text still counts: "di Jakarta" is where the figure is.
    shown = run("<h1>Real count Pilpres</h1><p>Solo, Sonora.ID - Di DKI Jakarta, "
                "Anies-Muhaimin meraih 41,07 persen menurut Sirekap.</p>")
    assert [c.region_code for c in shown] == ["31"]
