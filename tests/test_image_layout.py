"""Lines, tables and addresses rebuilt from OCR word boxes (pure; no Tesseract needed)."""

from __future__ import annotations

from checker.image.address import find_addresses, own_address
from checker.image.check import layout_html
from checker.image.layout import build_layout
from checker.image.ocr import Word


def words(*rows):
    """rows: (top, height, [(left, text), ...]); each word 18 px a letter wide."""
    out = []
    for top, height, items in rows:
        for left, text in items:
            out.append(Word(text, 95.0, left, top, 18 * len(text), height))
    return out


def test_a_graphics_title_is_its_heading_and_bars_are_rows():
    lay = build_layout(words(
        (60, 48, [(200, "REAL"), (320, "COUNT"), (460, "KPU")]),
        (150, 35, [(180, "PILGUB"), (320, "DKI"), (400, "JAKARTA"), (560, "2024")]),
        (245, 25, [(70, "01"), (120, "RIDWAN"), (250, "KAMIL"), (350, "-"), (380, "SUSWONO")]),
        (291, 40, [(860, "42,02%")]),
        (479, 25, [(70, "02"), (120, "DHARMA"), (250, "-"), (280, "KUN")]),
        (525, 40, [(860, "10,53%")]),
    ))
    kinds = [(l.kind, l.text) for l in lay.lines if l.kind != "merged"]
    assert kinds[0] == ("heading", "REAL COUNT KPU") and kinds[1][0] == "heading"
    assert ("row", "01 RIDWAN KAMIL - SUSWONO 42,02%") in kinds
    html = layout_html(lay, set())
    assert "<title>REAL COUNT KPU PILGUB DKI JAKARTA 2024</title>" in html
    # the ballot number gets its own cell and the columns are named from what they hold
    assert "<th>No</th><th>Pasangan Calon</th><th>Persentase</th>" in html
    assert "<td>01</td><td>RIDWAN KAMIL - SUSWONO</td><td>42,02%</td>" in html


def test_a_phones_wrapped_name_cell_is_one_cell_in_reading_order():
    lay = build_layout(words(
        (1081, 38, [(200, "JEJE"), (330, "WIRADINATA"), (540, "-")]),
        (1110, 39, [(80, "02"), (850, "9,34%")]),
        (1141, 38, [(200, "RONAL")]),
        (1202, 38, [(200, "SURAPRADJA")]),
        (1400, 38, [(80, "03"), (200, "AHMAD"), (850, "18,64%")]),
    ))
    rows = [l for l in lay.lines if l.kind == "row"]
    assert [c.text for c in rows[0].cells] == ["02", "JEJE WIRADINATA - RONAL SURAPRADJA", "9,34%"]
    assert [c.text for c in rows[1].cells] == ["03", "AHMAD", "18,64%"]


def test_ocr_slips_on_results_are_repaired():
    lay = build_layout(words((100, 30, [(50, "O1"), (200, "DEDI"), (700, "62,29Y")])))
    assert lay.lines[0].text == "01 DEDI 62,29%"


def test_noise_from_bars_and_icons_is_dropped():
    noisy = words((100, 30, [(50, "03"), (200, "PRAMONO"), (700, "47,45%")]))
    noisy.append(Word("ae", 20.0, 600, 100, 30, 30))
    noisy.append(Word("|", 80.0, 650, 100, 5, 30))
    assert build_layout(noisy).lines[0].text == "03 PRAMONO 47,45%"


def _addresses(rows, height=2400):
    return find_addresses(build_layout(words(*rows)), height)


def test_address_bar_watermark_and_cited_source():
    found = _addresses([
        (20, 30, [(30, "10:02")]),
        (150, 40, [(140, "data-pemilu."), (390, "pages.dev/gubernur")]),  # as OCR splits it
        (600, 40, [(100, "Real"), (200, "Count")]),
        (2000, 30, [(100, "Sumber:"), (260, "pilkada2024.kpu.go.id")]),
        (2200, 30, [(100, "realcount-pilkada.blogspot.com")]),
    ])
    kinds = {(a.host, a.kind) for a in found}
    assert kinds == {("data-pemilu.pages.dev", "bar"), ("pilkada2024.kpu.go.id", "cited"),
                     ("realcount-pilkada.blogspot.com", "watermark")}
    is_kpu = lambda host: host.endswith("kpu.go.id")  # noqa: E731
    assert own_address(found, is_kpu).host == "data-pemilu.pages.dev"


def test_citing_kpu_is_not_the_images_own_address():
    found = _addresses([(2000, 30, [(100, "Sumber:"), (260, "pilkada2024.kpu.go.id")])])
    assert own_address(found, lambda h: h.endswith("kpu.go.id")) is None
    relayed = _addresses([(2000, 30, [(100, "sumber:"), (260, "data-pemilu.pages.dev")])])
    assert own_address(relayed, lambda h: False).kind == "cited"


def test_names_with_degrees_and_sentences_are_not_addresses():
    found = _addresses([
        (300, 30, [(100, "H."), (150, "RANO"), (260, "KARNO,"), (400, "S.IP.")]),
        (400, 30, [(100, "KHOFIFAH,"), (300, "M.Hum.")]),
        (500, 30, [(100, "Lihat"), (200, "juga"), (300, "kompas.com"), (500, "untuk"),
                   (600, "berita"), (700, "lainnya"), (800, "hari"), (900, "ini")]),
    ])
    assert found == []


def test_a_tight_phone_table_is_split_into_its_columns():
    """A phone's narrow table (detik-like): the vote counts start a space after the longest
    name and the ballot numbers a letter before the names, so one line's gaps cannot tell
    cells apart; the whole table's columns can. The two-line header gets the same columns."""
    lay = build_layout(words(
        (521, 26, [(103, "Pasangan")]),
        (537, 20, [(48, "No"), (345, "Suara"), (500, "Persentase")]),
        (552, 21, [(102, "Calon")]),
        (618, 21, [(103, "RIDWAN"), (235, "KAMIL"), (334, "-")]),
        (634, 21, [(48, "01"), (356, "1.718.160"), (559, "39,40%")]),
        (650, 21, [(102, "SUSWONO")]),
        (717, 20, [(103, "DHARMA")]),
        (748, 21, [(48, "02"), (103, "PONGREKUN"), (289, "-"), (354, "459.230"), (560, "10,53%")]),
        (780, 21, [(103, "KUN"), (170, "WARDANA")]),
        (878, 21, [(48, "03"), (101, "ANUNG"), (214, "-"), (234, "RANO"), (355, "2.183.239"),
                   (559, "50,07%")]),
    ))
    rows = [[c.text for c in l.cells] for l in lay.lines if l.kind == "row"]
    assert rows == [["01", "RIDWAN KAMIL - SUSWONO", "1.718.160", "39,40%"],
                    ["02", "DHARMA PONGREKUN - KUN WARDANA", "459.230", "10,53%"],
                    ["03", "ANUNG - RANO", "2.183.239", "50,07%"]]
    header = next(l for l in lay.lines if l.kind == "header")
    assert [c.text for c in header.cells] == ["No", "Pasangan Calon", "Suara", "Persentase"]
    assert "<th>No</th><th>Pasangan Calon</th><th>Suara</th><th>Persentase</th>" in \
        layout_html(lay, set())


def test_a_single_row_keeps_its_own_cells_and_a_sentence_stays_one_cell():
    lay = build_layout(words(
        (100, 30, [(40, "Data"), (130, "masuk"), (250, "98,95%"), (380, "-"), (410, "diperbarui")]),
        (200, 30, [(40, "01"), (100, "AHMAD"), (220, "SYAIKHU"), (700, "18,64%")]),
    ))
    assert [[c.text for c in l.cells] for l in lay.lines] == \
        [["Data masuk 98,95% - diperbarui"], ["01 AHMAD SYAIKHU", "18,64%"]]


def test_a_bar_read_as_letters_is_noise():
    bar = Word("naa", 38.0, 70, 290, 177, 41)  # three "letters" 59 px wide each, 41 px tall
    lay = build_layout(words((245, 25, [(70, "01"), (120, "ANIES"), (260, "BASWEDAN")]),
                             (292, 40, [(830, "24,49%")])) + [bar])
    assert [l.text for l in lay.lines if l.kind == "row"] == ["01 ANIES BASWEDAN 24,49%"]
