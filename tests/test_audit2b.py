"""Audit of every claim's owner on the newest blind pages (session 42, findings/audit2b.md).

1. A table of a kab/kota's votes whose area column is headed "Wilayah Kecamatan" (sultrax.id's
   tables of the Sultra governor race, one page per kab/kota): the header was not read as the
   kecamatan column ("wilayah" is no word of the level), so each kecamatan row's counts went to
   the page's city, held `page_region_below` or `below_area` by their size. Real figures: Kota
   Baubau, Pilgub Sultra 2024, kecamatan Wolio (Ruksamin-Syafei 4.025, ASR-Hugua 12.084,
   Lukman-Laode Ida 1.888, Tina-Ihsan 4.096) and Sorawolio (190 / 3.182 / 168 / 676); and
   the Bolsel plenary's kecamatan rows (test_fix_b16b), which the record holds.
"""

from __future__ import annotations

from builders import check_article, compared, every_claim

# ---- 1. "Wilayah Kecamatan" heads the column of kecamatan.
BOLSEL = ("KPU Bolaang Mongondow Selatan menetapkan hasil rekapitulasi Pilkada Bolsel 2024 dalam "
          "rapat pleno, Selasa (3/12/2024).")


def _table(rows) -> str:
    return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>"
                               for row in rows) + "</table>"


def _votes(ctx, title: str, lead: str, table: str) -> dict:
    body = f"<p>{lead}</p><p>Data perolehan suara:</p>{table}"
    return {float(claim.value): (claim.region_code, c.status)
            for claim, c in compared(check_article(title, body, ctx=ctx))
            if claim.kind == "votes"}


def test_wilayah_kecamatan_rows_are_their_kecamatans(shipped_context):
    table = _table([("No", "Wilayah Kecamatan", "Paslon 01", "Paslon 02"),
                    ("1", "Bolaang Uki", "4.670", "7.026"), ("2", "Posigadan", "2.308", "7.773"),
                    ("3", "Helumo", "608", "3.913")])
    rows = _votes(shipped_context, "Hasil Pilkada Bolsel 2024", BOLSEL, table)
    assert rows[4670] == ("711101", "consistent"), rows
    assert rows[7773] == ("711102", "consistent"), rows
    assert rows[608] == ("711106", "consistent"), rows


BAUBAU_TITLE = "Data Suara Sah Calon Gubernur Sulawesi Tenggara 2024 di Kota Baubau"
BAUBAU_LEAD = ("Berikut data perolehan suara sah calon Gubernur Sulawesi Tenggara di Kota Baubau "
               "pada Pilkada 2024, diikuti empat pasangan calon.")
BAUBAU_ROWS = [("Wolio", "4.025", "12.084", "1.888", "4.096"),
               ("Sorawolio", "190", "3.182", "168", "676")]
PAIRS = ("Ruksamin - Syafei Kahar", "Andi Sumangerukka - Hugua", "Lukman Abunawas - Laode Ida",
         "Tina Nur Alam - La Ode M. Ihsan")


def test_a_kecamatan_row_is_never_the_city_s(shipped_context):
    table = _table([("No", "Wilayah Kecamatan", *PAIRS)] +
                   [(str(i), *row) for i, row in enumerate(BAUBAU_ROWS, 1)])
    rows = _votes(shipped_context, BAUBAU_TITLE, BAUBAU_LEAD, table)
    assert len(rows) == 8, rows
    for value, (code, status) in rows.items():
        assert status not in ("consistent", "minor", "discrepant"), (value, rows)
        assert code is None or len(code) > 4, (value, rows)  # never Kota Baubau's 4 digits


# ---- 2. A quick count's margin of error said in Indonesian ("margin kesalahan 1%") is no
# pair's share; "margin of error" already was not. Real figures: Charta Politika's quick count
# of Pilgub Jakarta 2024 gave Pramono-Rano 50,15 % with a margin of error of 1 %.
JKT_TITLE = "Hasil Hitung Cepat Pilgub Jakarta 2024"


def _shares(ctx, sentence: str) -> list:
    body = f"<p>{sentence}</p>"
    return sorted(float(claim.value)
                  for claim, _ in every_claim(check_article(JKT_TITLE, body, ctx=ctx))
                  if claim.kind == "share")


def test_a_margin_of_error_in_indonesian_is_no_share(shipped_context):
    said = ("Hitung cepat Charta Politika menunjukkan Pramono-Rano memperoleh 50,15% suara "
            "dengan margin kesalahan 1%.")
    assert _shares(shipped_context, said) == [50.15]


def test_the_share_before_the_margin_stays_a_share(shipped_context):
    # Control: the margin's own words take nothing from the share said before them.
    said = ("Hitung cepat Charta Politika menunjukkan Pramono-Rano memperoleh 50,15% suara, "
            "Ridwan Kamil-Suswono 39,25%, dengan margin kesalahan sekitar 1 persen.")
    assert _shares(shipped_context, said) == [39.25, 50.15]
