"""A table of shares under the paragraph that introduces it, whatever that paragraph's
punctuation (blind set 18: a blog's regional quick-count table under "Berikut ... quick count
... per wilayah berdasarkan data dari <pollster>" with no colon, every row graded as a result).
Short pages in our own words with the record's Pilpres 2024 Jawa Tengah shares (12,58 / 53,08
/ 34,35) and a quick-count estimate about 10 points off them."""

from __future__ import annotations

from builders import check_article, every_claim

HEAD = "<tr><td>Provinsi</td><td>Anies-Cak Imin</td><td>Prabowo-Gibran</td><td>Ganjar-Mahfud</td></tr>"
OFF = "<tr><td>Jawa Tengah</td><td>12,57%</td><td>63,08%</td><td>24,35%</td></tr>"  # 10 points off
TRUE = "<tr><td>Jawa Tengah</td><td>12,58%</td><td>53,08%</td><td>34,35%</td></tr>"
TITLE = "Pilpres 2024: Prabowo-Gibran Unggul di Banyak Daerah"


def statuses(body: str, record) -> dict:
    """{share: status or hold} of the page's Jawa Tengah shares."""
    rep = check_article(TITLE, body, record=record)
    return {float(c.value): (comp.status if comp is not None else c.hold)
            for c, comp in every_claim(rep) if c.kind == "share"}


def table(*rows: str) -> str:
    return "<table>" + HEAD + "".join(rows) + "</table>"


def flags(found: dict) -> list:
    return [v for v, s in found.items() if s in ("discrepant", "minor")]


# ---- 1. The quick-count lead-in without a colon governs every row: no row is a result.
QC = "<p>Berikut adalah peta hasil quick count sementara per provinsi menurut data Charta Politika</p>"


def test_a_quick_count_lead_in_without_a_colon(shipped_record):
    assert flags(statuses(QC + table(OFF), shipped_record)) == []


def test_a_label_line_between_the_lead_in_and_the_table(shipped_record):
    body = QC.replace("</p>", ":</p>") + "<p>Tabel 1</p>" + table(OFF)
    assert flags(statuses(body, shipped_record)) == []
    body = QC + "<p><strong>Table</strong></p>" + table(OFF)
    assert flags(statuses(body, shipped_record)) == []
    body = QC + "<p>\u00a0</p>" + table(OFF)  # an empty paragraph
    assert flags(statuses(body, shipped_record)) == []


def test_sebagai_berikut_without_a_colon(shipped_record):
    body = ("<p>Hasil hitung cepat Litbang Kompas di sejumlah provinsi adalah sebagai berikut</p>"
            + table(OFF))
    assert flags(statuses(body, shipped_record)) == []


def test_a_table_wrapped_in_a_figure(shipped_record):
    body = QC + '<figure class="wp-block-table">' + table(OFF) + "</figure>"
    assert flags(statuses(body, shipped_record)) == []


def test_a_heading_instead_of_a_paragraph(shipped_record):
    body = "<h2>Hasil Quick Count Indikator per Provinsi</h2><p>Tabel 1</p>" + table(OFF)
    assert flags(statuses(body, shipped_record)) == []


# ---- 2. Negative controls: a real count's lead-in keeps its grades and its true flags; a
# paragraph about something else gives the table nothing.
KPU = "<p>Berikut hasil rekapitulasi KPU untuk Pilpres 2024 di Jawa Tengah</p>"


def test_a_real_count_lead_in_keeps_grading(shipped_record):
    assert set(statuses(KPU + table(TRUE), shipped_record).values()) == {"consistent"}
    assert len(flags(statuses(KPU + table(OFF), shipped_record))) >= 2


def test_a_paragraph_about_something_else_gives_no_basis(shipped_record):
    # (the paragraph right before the table, about the pollsters' earlier estimate)
    other = ("<p>KPU menetapkan hasil rekapitulasi Pilpres 2024 di Jawa Tengah.</p><p>Sebelumnya "
             "lembaga survei Indikator merilis hasil quick count yang menempatkan Prabowo-Gibran "
             "di posisi pertama.</p>")
    assert set(statuses(other + table(TRUE), shipped_record).values()) == {"consistent"}


# ---- 3. A table of island groups: its rows named like provinces (Maluku, Papua) are groups too.
GROUPS = ("<table><tr><td>Wilayah</td><td>Anies-Cak Imin</td><td>Prabowo-Gibran</td>"
          "<td>Ganjar-Mahfud</td></tr>"
          "<tr><td>Sumatera Bagian Utara</td><td>45,41%</td><td>45,24%</td><td>9,35%</td></tr>"
          "<tr><td>Kalimantan</td><td>32,15%</td><td>54,69%</td><td>13,16%</td></tr>"
          "<tr><td>Sulawesi</td><td>34,28%</td><td>53,39%</td><td>12,33%</td></tr>"
          "<tr><td>Maluku</td><td>39,47%</td><td>49,21%</td><td>11,32%</td></tr>"
          "<tr><td>Papua</td><td>41,25%</td><td>47,38%</td><td>11,37%</td></tr></table>")


def test_province_names_among_island_groups_are_groups(shipped_record):
    rep = check_article(TITLE, "<p>Perolehan suara Pilpres 2024 di tiap wilayah.</p>" + GROUPS,
                        record=shipped_record)
    for claim, comp in every_claim(rep):
        if float(claim.value) in (39.47, 49.21, 41.25, 47.38):
            assert comp is None or comp.status == "unverifiable", (claim, comp)
            assert claim.region_code is None, claim


def test_a_province_table_keeps_its_rows(shipped_record):
    rows = ("<tr><td>Maluku</td><td>21,16%</td><td>61,59%</td><td>17,25%</td></tr>"
            "<tr><td>Jawa Tengah</td><td>12,58%</td><td>53,08%</td><td>34,35%</td></tr>")
    rep = check_article(TITLE, KPU + "<table>" + HEAD + rows + "</table>", record=shipped_record)
    graded = {float(c.value): comp.status for c, comp in every_claim(rep) if comp is not None}
    assert graded.get(61.59) == "consistent" and graded.get(53.08) == "consistent", graded
