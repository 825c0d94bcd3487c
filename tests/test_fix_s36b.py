"""Two false-flag shapes reported in session 36 (tests in our own words, the record's figures).

1. A dateline with the day and date ("Jakarta, Kamis (21/3/2024) - ", "Medan, 5/12/2024 -",
   "Jakarta, 20 Maret 2024 —"): where the story was filed, never the area of its figures. The
   national Pilpres shares after "Jakarta, Kamis (21/3/2024) -" were graded as DKI's and flagged
   (58,59 discrepant against DKI's 41,67).
2. A share of a named group of voters ("69 persen pemilih PDIP memilih Ganjar-Mahfud", "8,4 persen
   dari pemilih pemula", "60 persen responden Gen Z"): an exit poll's breakdown, no pair's share;
   on a real-count page it was graded against the national count and flagged."""

from __future__ import annotations

import pytest

from builders import check_article

FLAGS = ("minor", "discrepant")


def claims(title: str, body: str, record) -> dict:
    """{value as written: (kind, nomor, region, status)}."""
    report = check_article(title, body, record=record)
    found = {c.claim: c for c in report.comparisons}
    return {format(c.value, "f") if not isinstance(c.value, int) else str(c.value):
            (c.kind, c.nomor_urut, c.region_code, found[i].status if i in found else None)
            for i, c in enumerate(report.claims)}


# KPU's national Pilpres 2024 decree (20 March 2024): 96.214.691 votes, 58,59 % for pair 2;
# 24,95 % for pair 1.
NATIONAL = ("KPU menetapkan hasil rekapitulasi nasional Pilpres 2024. Pasangan Prabowo Subianto-"
            "Gibran Rakabuming Raka meraih 96.214.691 suara atau 58,59 persen, disusul Anies "
            "Baswedan-Muhaimin Iskandar dengan 24,95 persen.")
TITLE = "Hasil Pilpres 2024 ditetapkan KPU"


def page(lead: str, body: str, day: str = "Kamis, 21 Maret 2024") -> str:
    return f"<p>{day}</p><p>{lead}{body}</p>"


@pytest.mark.parametrize("lead", [
    "Jakarta, Kamis (21/3/2024) - ",
    "Jakarta, Rabu (20/3/2024) \u2014 ",
    "JAKARTA, Kamis (21/3) -- ",
    "Jakarta, 20 Maret 2024 - ",
    "Jakarta, 21/3/2024 \u2013 ",
    "Jakarta, CNN Indonesia, Kamis (21/3/2024) - ",
    "Gorontalo, Kamis (21/3/2024) - ",
    "Bengkulu, 21 Maret 2024 - ",
    "Jambi, Jumat (22/3/2024) - ",
])
def test_a_dated_dateline_places_no_figure(lead, shipped_record):
    found = claims(TITLE, page(lead, NATIONAL), shipped_record)
    for value in ("96214691", "58.59", "24.95"):
        assert found[value][2] in ("", None), (lead, found)
        assert found[value][3] == "consistent", (lead, found)


@pytest.mark.parametrize("lead", [
    "JAKARTA, KOMPAS.com - ", "Surabaya (ANTARA) - ", "Medan, 5/12/2024 - ",
    "Jakarta, CNN Indonesia -- ", "MAKASSAR, Rabu (4/12/2024) \u2013 ",
])
def test_the_datelines_recognised_before_still_are(lead, shipped_record):
    found = claims(TITLE, page(lead, NATIONAL), shipped_record)
    assert found["58.59"][3] == "consistent" and found["24.95"][3] == "consistent", (lead, found)


def test_a_wrong_national_figure_under_a_dateline_is_still_caught(shipped_record):
    # negative control: the dateline only stops the area; a wrong share is still flagged
    found = claims(TITLE, page("Jakarta, Kamis (21/3/2024) - ", NATIONAL.replace("58,59", "61,59")),
                   shipped_record)
    assert found["61.59"][2] in ("", None) and found["61.59"][3] in FLAGS, found


DKI_DAY = "Kamis, 12 Desember 2024"


def test_a_sentence_naming_the_area_still_scopes(shipped_record):
    # negative control: the Pilgub DKI 2024 plenary, "Di Jakarta" in the sentence itself
    body = ("KPU DKI Jakarta menetapkan hasil Pilgub 2024. Di Jakarta, pasangan nomor urut 3 "
            "Pramono Anung-Rano Karno meraih 2.183.239 suara atau 50,07 persen.")
    found = claims("Hasil Pilgub DKI Jakarta 2024", page("Jakarta, Kamis (12/12/2024) - ", body, DKI_DAY),
                   shipped_record)
    assert found["50.07"][2] == "31" and found["50.07"][3] == "consistent", found
    found = claims("Hasil Pilgub DKI Jakarta 2024", page("Jakarta, Kamis (12/12/2024) - ", body.replace("50,07", "53,07"), DKI_DAY),
                   shipped_record)
    assert found["53.07"][2] == "31" and found["53.07"][3] in FLAGS, found


# ---- 2. a named group's share
COUNT = ("KPU menetapkan Prabowo-Gibran meraih 58,59 persen suara nasional. {group} Anies-Muhaimin "
         "meraih 24,95 persen dan Ganjar-Mahfud 16,47 persen.")


@pytest.mark.parametrize("group,value", [
    ("Sebanyak 69 persen pemilih PDIP memilih Ganjar-Mahfud menurut survei.", "69"),
    ("Anies-Muhaimin dipilih 8,4 persen dari pemilih pemula.", "8.4"),
    ("Sebanyak 8,4 persen dari pemilih pemula memilih Anies-Muhaimin.", "8.4"),
    ("Ganjar-Mahfud dipilih 31,5 persen pemilih perempuan.", "31.5"),
    ("Prabowo-Gibran didukung 60 persen responden Gen Z.", "60"),
    ("Anies-Muhaimin dipilih 12 persen Gen Z.", "12"),
    ("Di kalangan pemilih muda, Prabowo-Gibran meraih 65,2 persen.", "65.2"),
    ("Ganjar-Mahfud dipilih 44 persen pendukung PDI Perjuangan.", "44"),
])
def test_a_groups_share_is_no_pairs_share(group, value, shipped_record):
    found = claims("Hasil rekapitulasi KPU Pilpres 2024", f"<p>{COUNT.format(group=group)}</p>",
                   shipped_record)
    assert value not in found, (group, found)
    assert found["58.59"][3] == "consistent" and found["16.47"][3] not in FLAGS, found


def test_an_exit_polls_groups_are_no_shares(shipped_record):
    body = ("<p>Menurut exit poll Litbang Kompas, sebanyak 69 persen pemilih PDIP memilih "
            "Ganjar-Mahfud, sementara 8,4 persen dari pemilih pemula memilih Anies-Muhaimin. "
            "Prabowo-Gibran didukung 65,2 persen pemilih perempuan.</p>")
    found = claims("Exit poll Litbang Kompas Pilpres 2024", body, shipped_record)
    assert not {"69", "8.4", "65.2"} & set(found), found


def test_all_the_voters_or_an_areas_voters_stay_shares(shipped_record):
    # negative controls: "pemilih" with no group is every voter; a wrong share is still caught
    body = ("<p>KPU menetapkan Prabowo-Gibran meraih 58,59 persen suara nasional. Anies-Muhaimin "
            "meraih 24,95 persen pemilih dan Ganjar-Mahfud 20,47 persen.</p>")
    found = claims("Hasil rekapitulasi KPU Pilpres 2024", body, shipped_record)
    assert found["24.95"][3] == "consistent", found
    assert found["20.47"][3] in FLAGS, found
