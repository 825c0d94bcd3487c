"""Known open shapes left by blind hunts 63-65 (tests/corpus/findings/hunt.md, fix-known14's
"Left"), each in our own words with real figures.

1. A kecamatan that carries its regency's name, in a table of that regency's kecamatan
   (blind 63/28: Sirekap's Sultra governor count in Kabupaten Konawe by kecamatan, the row
   "Konawe" 801 / 637 / 2.560 / 1.480 among Abuki, Amonggedo, Anggaberi ...). The row was read
   as Kab. Konawe (the matcher knows the regency by that name, not the kecamatan), so
   Lukman-Ida's 2.560 was compared with the regency's count (held only as progress_differs).
   A table whose heading names one kab/kota and whose other rows are places the record does
   not know lists that kab/kota's kecamatan: the row named as the regency is its kecamatan,
   held like the others (from_tables._own_kecamatan).
"""

from __future__ import annotations

from builders import check_article, every_claim

KONAWE_ROWS = [  # No | Wilayah | the four pairs' votes (Sirekap, sultrax.id)
    ("1", "Abuki", "986", "1527", "1104", "1354"),
    ("2", "Amonggedo", "1274", "2100", "1253", "1971"),
    ("3", "Anggaberi", "610", "494", "2491", "669"),
    ("8", "Kapoiala", "310", "1735", "809", "1232"),
    ("9", "Konawe", "801", "637", "2560", "1480"),
    ("10", "Lalonggasumeeto", "197", "676", "896", "1818"),
    ("25", "Unaaha", "1205", "2961", "6928", "2435"),
]
HEAD = ("No", "Wilayah", "Ruksamin - Syafei Kahar", "Andi Sumangerukka - Hugua",
        "Lukman Abunawas - Laode Ida", "Tina Nur Alam - La Ode Muh. Ihsan Taufiq")


def _table(rows) -> str:
    head = "".join(f"<th>{c}</th>" for c in HEAD)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _claims(rows):
    title = "Data Suara Sah Calon Gubernur Sulawesi Tenggara 2024 di Kabupaten Konawe"
    lead = ("<p>Berikut perolehan suara sah calon Gubernur Sulawesi Tenggara 2024 di Kabupaten "
            "Konawe per kecamatan. Pilkada ini diikuti empat pasangan calon.</p>")
    return list(every_claim(check_article(title, lead + _table(rows),
                                          url="https://data.example/sultra-konawe")))


def test_the_kecamatan_named_as_its_regency_is_not_the_regency():
    found = _claims(KONAWE_ROWS)
    konawe = [(claim, c) for claim, c in found if "| Konawe |" in claim.excerpt]
    assert konawe, "the Konawe row's figures are read"
    for claim, c in konawe:
        assert claim.region_code != "7402", (claim.value, claim.region_code)
        assert c is None or c.status not in ("discrepant", "minor", "consistent")


def test_every_row_of_the_kecamatan_table_is_held_alike():
    found = _claims(KONAWE_ROWS)
    for claim, c in found:
        if claim.kind == "votes":
            assert claim.region_code is None, (claim.value, claim.region_code)


# 2. A neighbour named inside a kecamatan's sentence is not the area of the figures after it
# (blind 64/20, a 2019 page on Pacitan's plenary: Donorojo "berbatasan langsung dengan
# Wonogiri, Jawa Tengah", then the regency's totals 116.196 / 33,49 % and 230.810 / 67,51 %,
# which were given to Wonogiri). residence.neighbour: the place right after "berbatasan
# (langsung) dengan" / "bertetangga dengan" is no count's area.
PACITAN = [
    "Capres nomor urut 02 Prabowo Subianto menang telak di Kabupaten Pacitan, Jawa Timur. "
    "Prabowo meraih 230.810 suara, Jokowi 116.196 suara.",
    "Suara Jokowi hanya sedikit kuat di dua kecamatan di ujung timur dan barat Kabupaten "
    "Pacitan. Di Kecamatan Donorojo yang daerahnya berbatasan langsung dengan Wonogiri, Jawa "
    "Tengah, misalnya, Jokowi-Maruf mendapat 10.763 suara dan Prabowo 11.145 suara.",
    "Total perolehan suara paslon nomor urut 01 Jokowi-Maruf Amin adalah 116.196 suara atau "
    "sekitar 33,49 persen. Sedangkan, Prabowo-Sandiaga Uno sebanyak 230.810 suara.",
]
WONOGIRI = "3312"


def _pacitan(paragraphs):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return list(every_claim(check_article("Prabowo Menang di Kampung Halaman SBY pada Pemilu "
                                          "2019", body, url="https://berita.example/pacitan")))


def test_a_neighbour_regency_is_not_the_area_of_the_totals_after_it():
    found = _pacitan(PACITAN)
    assert any(claim.value == 116196 for claim, _ in found)
    for claim, c in found:
        assert claim.region_code != WONOGIRI, (claim.value, claim.region_name)
        assert c is None or c.status not in ("discrepant", "minor"), (claim.value, c.status)


def test_the_regency_named_as_the_place_keeps_its_figures():
    # control: "Di Kabupaten Wonogiri" says where the votes were counted
    found = _pacitan([PACITAN[0], "Di Kabupaten Wonogiri, Jawa Tengah, yang berbatasan dengan "
                      "Pacitan, Jokowi-Maruf mendapat 10.763 suara dan Prabowo 11.145 suara."])
    at = {claim.value: claim.region_code for claim, _ in found}
    assert at.get(10763) == WONOGIRI, at
