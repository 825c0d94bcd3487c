"""Figures met on the dev pages of corpus-ar (tests/corpus/findings/corpus-ar.md): Pemilu 2024
legislative figures on pages that also give Pilpres or Pilkada 2024 figures, taken as general
shapes. Each case is a short page in our own words holding the real figures of the dev page
named beside it (or the record's own), with variants and negative controls."""

from __future__ import annotations

from builders import check_article

FLAGS = ("minor", "discrepant")


def claims(title: str, body: str, record, url: str | None = None) -> dict:
    """{value as written: (kind, nomor, region, election, race, status, reason)}."""
    report = check_article(title, body, record=record, **({"url": url} if url else {}))
    found = {c.claim: c for c in report.comparisons}
    return {format(c.value, "f") if not isinstance(c.value, int) else str(c.value):
            (c.kind, c.nomor_urut, c.region_code, c.election, c.race_kind,
             found[i].status if i in found else None, found[i].reason if i in found else None)
            for i, c in enumerate(report.claims)}


# ---- 1. A reading's date typed with the wrong year where the text writes 2024
# (blog-pikiranmerdeka-koalisi-prabowo-pileg-realcount: "real count ... Senin 19/2/2014 pukul
# 22.00 Wib" in the lead, "(pileg) 2024" in the sentence before and "(19/2/2024)" below). With
# no election named with its year in the title, the first date of the text was taken for the
# byline of a 2014 page, and every party count was held as Pemilu 2014's. A date in the text
# of a page that also writes 2024 dates no older page.
KOALISI = ("<p>Pemilihan presiden dan legislatif (pileg) 2024 menjadi sorotan sepekan terakhir. "
           "Kami merangkum real count KPU terbaru, Senin 19/2/2014 pukul 22.00 Wib.</p>"
           "<p>Partai koalisi yang berpeluang meraih kursi parlemen:</p>"
           "<ul><li>Golkar: 9.475.157 suara (14,93%)</li>"
           "<li>Gerindra: 8.456.535 suara (13,33%)</li></ul>")


def test_a_party_list_dated_2014_by_a_typo_stays_2024(shipped_record):
    found = claims("Hasil Resmi KPU Terbaru, Ini Perolehan Pendukung Prabowo", KOALISI,
                   shipped_record)
    for value in ("9475157", "14.93", "8456535", "13.33"):
        assert found[value][3] == "pemilu2024", (value, found)
        assert found[value][5] not in FLAGS, (value, found)


def test_party_counts_in_prose_dated_by_a_typo_year_stay_2024(shipped_record):
    # Another wording: Sirekap's DPR counts of 2 Mar 2024 in running text, the date's year
    # mistyped in the dateline, "Pileg 2024" in the sentence after.
    body = ("<p>JAKARTA - Data Sirekap KPU per Sabtu (2/3/2014) pukul 09.00 WIB sudah masuk "
            "65,73 persen. Hasil Pileg 2024 sementara itu menempatkan PDI Perjuangan di atas.</p>"
            "<p>PDIP meraup 12.581.615 suara, disusul Partai Golkar dengan 11.556.017 suara.</p>")
    found = claims("Hasil Real Count KPU: Suara PSI Naik dalam Semalam", body, shipped_record)
    assert found["65.73"][3] != "pemilu2014", found  # (the progress may be left unknown)
    for value in ("12581615", "11556017"):
        assert found[value][3] == "pemilu2024", (value, found)
        assert found[value][5] not in FLAGS, (value, found)


def test_an_old_page_dated_by_its_text_keeps_its_own_election(shipped_record):
    # Negative control: no 2024 anywhere, the dateline's date dates the page (Pilgub Jabar 2018).
    body = ("<p>BANDUNG - KPU Jawa Barat menetapkan hasil rekapitulasi, Minggu (8/7/2018).</p>"
            "<p>Pasangan Ridwan Kamil-Uu Ruzhanul Ulum meraih 7.226.254 suara.</p>")
    found = claims("Sah! KPU Nyatakan Ridwan Kamil-Uu Ruzhanul Menang Pilkada Jabar", body,
                   shipped_record)
    assert found["7226254"][3] == "pilkada2018", found


def test_an_address_year_still_dates_a_page_that_names_2024(shipped_record):
    # Negative control: the year in the address is no typo; "Pemilu 2024 mendatang" is ahead.
    body = ("<p>JAKARTA - KPU menetapkan hasil Pilpres, Selasa (21/5/2019). Pasangan Jokowi-"
            "Ma'ruf meraih 85.607.362 suara. Partai-partai kini bersiap menuju Pemilu 2024 "
            "mendatang.</p>")
    found = claims("KPU Tetapkan Jokowi-Ma'ruf Pemenang", body, shipped_record,
                   url="https://berita.example/2019/05/21/kpu-tetapkan")
    assert found["85607362"][3] == "pemilu2019", found

