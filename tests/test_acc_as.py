"""Figures met on the dev pages of corpus-as (tests/corpus/findings/corpus-as.md), taken as
general shapes. Each case is a short page in our own words holding the record's figures; each
has variants and a negative control."""

from __future__ import annotations

from builders import check_article

FLAGS = ("minor", "discrepant")


def claims(title: str, body: str, record) -> dict:
    """{value as written: (kind, nomor, region, status, reason)}."""
    report = check_article(title, body, record=record)
    found = {c.claim: c for c in report.comparisons}
    return {format(c.value, "f") if not isinstance(c.value, int) else str(c.value):
            (c.kind, c.nomor_urut, c.region_code, found[i].status if i in found else None,
             found[i].reason if i in found else None) for i, c in enumerate(report.claims)}


# ---- 1. A dateline alone on its line under a photo caption, the newsroom's name after the
# city (news-nuonline-pilpres-hitung-resmi-kawalpemilu: "Jakarta, NU Online" put every
# national Pilpres figure after it in DKI). It says where the reporter filed, not where the
# figures were counted; the figures' own place in the text still scopes them.
def filed(dateline: str, lede: str) -> str:
    return ("<p>Kamis, 7 Maret 2024 | 16:00 WIB</p>"
            "<p>Pasangan capres-cawapres nomor urut 02 Prabowo-Gibran dalam pertemuan di Istora "
            "Senayan, 14 Februari 2024, setelah berbagai lembaga survei hitung cepat menyatakan "
            "mereka unggul. (Foto: Dok. Redaksi)</p>"
            f"<p>{dateline}</p><p>{lede}</p>")


# Sirekap's national count on 7 March 2024, 15.00 WIB (the record's snapshot, 78,11 % of TPS)
NATIONAL = ("Dalam hasil hitung suara terbaru di situs KPU, pasangan nomor urut 02 Prabowo "
            "Subianto-Gibran Rakabuming Raka masih teratas. Dengan data masuk sebanyak 78,11 "
            "persen pada Kamis (7/3/2024) pukul 15.00 WIB, Prabowo-Gibran mengumpulkan "
            "75.357.899 suara atau 58,82 persen. Berikutnya pasangan nomor urut 01 Anies Baswedan "
            "dan Muhaimin Iskandar dengan 31.374.310 suara atau 24,49 persen.")
TITLE = "Hasil Hitung Suara KPU Terkini, Prabowo-Gibran Masih Tertinggi"


def test_a_city_and_masthead_alone_on_a_line_is_a_dateline(shipped_record):
    found = claims(TITLE, filed("Jakarta, NU Online", NATIONAL), shipped_record)
    for value in ("78.11", "75357899", "58.82", "31374310", "24.49"):
        assert found[value][2] == "", found
        assert found[value][3] not in FLAGS, found


def test_other_cities_and_mastheads(shipped_record):
    # datelines whose city is a province's name too (Gorontalo, Yogyakarta)
    for line in ("Gorontalo, Hulondalo", "Yogyakarta, Harian Jogja", "Jakarta, Media Indonesia"):
        found = claims(TITLE, filed(line, NATIONAL), shipped_record)
        assert found["75357899"][2] == "" and found["24.49"][2] == "", (line, found)
        assert found["75357899"][3] not in FLAGS, (line, found)


def test_the_figures_own_province_still_scopes_them(shipped_record):
    # negative control: under the same dateline, DKI's own plenary figures are DKI's
    lede = ("KPU merampungkan rekapitulasi Pilpres 2024. Di DKI Jakarta, pasangan nomor urut 2 "
            "Prabowo Subianto-Gibran Rakabuming Raka memperoleh 2.692.011 suara atau 41,67 "
            "persen, unggul tipis atas Anies Baswedan-Muhaimin Iskandar.")
    found = claims("Hasil Pilpres 2024 di Jakarta", filed("Jakarta, NU Online", lede), shipped_record)
    assert found["2692011"][2] == "31" and found["2692011"][3] == "consistent", found


def test_a_province_line_that_is_no_masthead_still_scopes(shipped_record):
    # negative control: a line naming the province then lowercase words is a heading, no
    # dateline: the Jatim governor count under it is Jatim's
    lede = ("Pasangan nomor urut 2 Khofifah Indar Parawansa-Emil Elestianto Dardak meraih "
            "12.018.858 suara atau 58,70 persen menurut Sirekap KPU yang datanya telah masuk "
            "99,12 persen, jauh di depan dua pasangan lainnya.")
    found = claims("Hasil Pilgub 2024", filed("Jawa Timur, provinsi dengan pemilih terbanyak kedua",
                                               lede), shipped_record)
    assert found["12018858"][2] == "35", found


# ---- 2. NU Online (nu.or.id, verified by the Dewan Pers in 2023) is an established newsroom
# (news-nuonline-pilpres-hitung-resmi-kawalpemilu on mail.nu.or.id was judged unofficial).
ARTICLE = ("<p>Jakarta, NU Online</p><p>Pasangan nomor urut 02 Prabowo Subianto-Gibran Rakabuming "
           "Raka memperoleh 96.214.691 suara atau 58,59 persen dalam rekapitulasi nasional "
           "Pilpres 2024 yang ditetapkan KPU.</p>")


def test_nu_online_and_its_hosts_are_a_newsroom(shipped_record):
    for url in ("https://www.nu.or.id/nasional/hasil-pilpres-a1", "https://mail.nu.or.id/amp/nasional/b2",
                "https://jatim.nu.or.id/warta/c3"):
        report = check_article("KPU Tetapkan Hasil Pilpres 2024", ARTICLE, url=url, record=shipped_record)
        assert report.label == "independent", (url, report.label)


def test_a_look_alike_of_nu_online_is_not(shipped_record):
    # negative control: matching is by whole labels; nu.or.id.example.net is someone else's
    for url in ("https://nu.or.id.berita-terkini.net/a1", "https://nuonline-news.com/b2"):
        report = check_article("KPU Tetapkan Hasil Pilpres 2024", ARTICLE, url=url, record=shipped_record)
        assert report.label != "independent", (url, report.label)


# ---- 3. A one-word name and a capitalised headline verb after it ("Ganjar Turun", "Anies
# Naik", "Prabowo Memimpin") name the candidate, not a pair "Ganjar Turun" nobody ran as
# (news-tribunnews-pilpres-real-count-sepuluh-provinsi: "Baca juga: ... Prabowo-Gibran Unggul,
# Ganjar Turun di Angka 18 Persen" gave Ganjar's 18 % to pair 2; on a page of KPU's final
# count that would be graded against Prabowo-Gibran's share).
REST = ("<p>KPU menetapkan hasil rekapitulasi nasional Pilpres 2024 pada 20 Maret 2024 dalam "
        "rapat pleno terbuka di kantor KPU RI.</p>")


def head(line: str) -> str:
    return f"<p>{line}</p>" + REST


def test_a_one_word_name_before_a_headline_verb_is_the_candidate(shipped_record):
    found = claims("Hasil Rekapitulasi Nasional Pilpres 2024",
                   head("Rekapitulasi KPU: Prabowo-Gibran Unggul, Ganjar Turun di Angka 16,47 Persen"),
                   shipped_record)
    assert found["16.47"][1] == 3 and found["16.47"][3] not in FLAGS, found


def test_other_verbs_and_names(shipped_record):
    found = claims("Hasil Rekapitulasi Nasional Pilpres 2024",
                   head("Rekapitulasi KPU: Prabowo Memimpin 58,59 Persen, Anies Tertinggal di "
                        "24,95 Persen"), shipped_record)
    assert found["58.59"][1] == 2 and found["24.95"][1] == 1, found
    assert found["58.59"][3] == "consistent" and found["24.95"][3] == "consistent", found
    found = claims("Hasil Rekapitulasi Nasional Pilpres 2024",
                   head("Rekapitulasi KPU: Anies Naik ke 24,95 Persen, Ganjar Turun ke 16,47 Persen"),
                   shipped_record)
    assert found["24.95"][1] == 1 and found["16.47"][1] == 3, found
    found = claims("Hasil Rekapitulasi Nasional Pilpres 2024",
                   head("Rekapitulasi KPU: Anies Tertinggal Jauh, Ganjar Masih 16,47 Persen"),
                   shipped_record)
    assert found["16.47"][1] == 3 and found["16.47"][3] == "consistent", found


def test_a_wrong_share_under_the_headline_verb_is_still_caught(shipped_record):
    # negative control: the candidate now named, a share off the record is still flagged
    found = claims("Hasil Rekapitulasi Nasional Pilpres 2024",
                   head("Rekapitulasi KPU: Prabowo-Gibran Unggul, Ganjar Turun di Angka 19,47 Persen"),
                   shipped_record)
    assert found["19.47"][1] == 3 and found["19.47"][3] in FLAGS, found
