"""The twenty-sixth blind run (36 real pages: running real-count updates, round-ups of several
races, pages in Sulawesi, Maluku, Papua and Kalimantan, the Pilpres votes abroad, pages setting
2014-2020 figures beside 2024; nobody had tuned on them, 2026-12-07): three flags on two pages,
all false (tests/corpus/findings/hunt.md, "Blind hunt 26").

A. "Prabowo-Gibran Unggul dalam Perhitungan Suara di Luar Negeri dengan 59,83%": the count a
   pair leads in ("unggul dalam perhitungan suara") was read as a progress word, so the pair's
   share became the count's progress abroad and was flagged against Sirekap's 53,84.
B. A progress above a Sirekap reading taken after the page's moment was flagged as impossible
   (the count only grows). Over days it does not only grow: Sirekap's votes abroad stood at
   56,33 % of TPS on 26 Feb 2024 (1.732 of 3.075) and at 53,84 % on 7 Mar (Kuala Lumpur's forms
   voided for its re-vote). Only a reading of the page's day or the next bounds it.
C. "sampai siang ini, Jumat (11/12)": a date in brackets after a day's name was read as 11 of 12
   TPS, and the progress beside it (19,69 %, a 2020 count held `other_election`) was flagged
   against that "own fraction". (A page's own fraction is still held against its percentage
   whatever the figure's hold: a Sirekap page's 604.002 of 823.236 TPS "atau 63,37 persen",
   held `national_unproven`, is a real slip the dev corpus catches.)
D. merdeka.com's Pilgub Papua 2018 count ("petahana nomor urut satu Lukas Enembe-Klemen Tinal
   kalah dari paslon nomor dua John Wempi Wetipo-Habel Melkias Suwae ... paslon nomor satu
   sebanyak 140.659 atau 46.53 persen") with a FAQ box below it ("Pilkada 2024 akan
   dilaksanakan pada 27 November 2024"): the announced year made the page one that says 2024,
   and its ballot numbers gave 2024's pairs 1 and 2 (held only by luck, as a quick count; said
   "real count ... data masuk 100 persen", the progress was flagged against 2024's Sirekap). A
   year written only in a sentence announcing an election to come does not date the page; on a
   page that never says 2024, a race whose every numbered pair (two or more) names nobody of
   the record's pair of that number is another round's: all its figures held.
E. A Kolaka campaign's count (page 44): "Pasangan Beramal unggul pada 9 kecamatan, yakni Kolaka
   58,06 persen, Watubangga 66,64 persen, ...": Kecamatan Kolaka, named as its regency is, read
   as the regency's (held by luck, 1,8 points from the regency's Sirekap; a kecamatan 11 points
   off was flagged). A place in a list the sentence opens with "kecamatan, yakni" is a kecamatan:
   a figure there that resolved to a regency or province is held `lower_level`.

Short pages in our own words with the real figures of the shipped record: Sirekap's Pilpres
reading of 7 Mar 2024 15:00 (abroad: 53,84 % of TPS, Prabowo-Gibran 59,88, Anies-Muhaimin
20,24, Ganjar-Mahfud 19,88; Jawa Tengah 88,88 % of TPS; the country 78,11 %), the national
plenary (Jawa Tengah: Prabowo-Gibran 53,08 %), Pilgub Jatim's decree (Khofifah-Emil 58,81 %)
and Pilgub DKI's Sirekap of 28 Nov 2024 10:00 (99,93 % of TPS)."""

from __future__ import annotations

import pytest

from builders import flags, found
from checker.figures.numbers import find_fractions
from checker.figures.written_years import says_2024

def of_kind(claims: list, kind: str) -> list:
    return [(f[1], f[3]) for f in claims if f[0] == kind]


ABROAD_LEAD = ("KPU merilis data perhitungan suara Pilpres 2024 di luar negeri. Berdasarkan "
               "pantauan laman KPU hingga 26 Februari 2024 pukul 11.00 WIB, pasangan "
               "Prabowo-Gibran terpantau unggul.")


# ---- A. "unggul dalam perhitungan suara ... dengan N%": the pair's share, not the progress.
@pytest.mark.parametrize("title, lead, value, status", [
    # the blind page's head: the votes abroad, Sirekap of 7 Mar (59,88)
    ("Prabowo-Gibran Unggul dalam Perhitungan Suara di Luar Negeri dengan 59,83%", ABROAD_LEAD,
     59.83, "consistent"),
    # a province at the national plenary, "penghitungan", "persen"
    ("Prabowo-Gibran Unggul dalam Penghitungan Suara di Jawa Tengah dengan 53,08 Persen",
     "KPU RI mengesahkan rekapitulasi suara Pilpres 2024 Provinsi Jawa Tengah dalam rapat "
     "pleno, Selasa (12/3/2024).", 53.08, "consistent"),
    # a governor race, "menang pada perhitungan suara", the decree's share
    ("Khofifah-Emil Menang pada Perhitungan Suara Pilgub Jatim dengan 58,81 Persen",
     "KPU Provinsi Jawa Timur menetapkan hasil rekapitulasi Pilgub Jatim 2024 dalam rapat "
     "pleno, Senin (9/12/2024).", 58.81, "consistent"),
    # negative control: the same shape with a wrong share is still caught, as the pair's share
    ("Khofifah-Emil Menang pada Perhitungan Suara Pilgub Jatim dengan 68,81 Persen",
     "KPU Provinsi Jawa Timur menetapkan hasil rekapitulasi Pilgub Jatim 2024 dalam rapat "
     "pleno, Senin (9/12/2024).", 68.81, "discrepant"),
    # the blind page's lead: the data in, then a pair by its ballot word "unggul dengan" N%
    ("Hasil Hitung Suara Pilpres di Luar Negeri", ABROAD_LEAD + " Data yang masuk menunjukkan "
     "paslon 02 itu unggul dengan 59,83%.", 59.83, "consistent"),
])
def test_a_pair_leading_in_the_count_has_a_share(shipped_context, title, lead, value, status):
    claims = found(shipped_context, title, lead)
    assert not of_kind(claims, "progress"), claims
    assert (value, status) in of_kind(claims, "share"), claims


def test_the_count_reaching_a_mark_is_still_its_progress(shipped_context):
    # negative control: the count's own progress word with no pair leading in it
    claims = found(shipped_context, "Perhitungan Suara Pilgub Jatim Mencapai 99 Persen",
                   "KPU Jatim menyebut perhitungan suara Pilgub Jatim 2024 hingga Kamis "
                   "(28/11/2024) pukul 10.15 WIB mencapai 99 persen.")
    assert of_kind(claims, "progress"), claims
    assert not of_kind(claims, "share"), claims


# ---- B. A progress above a reading taken days later is no error of the page.
@pytest.mark.parametrize("title, sentence", [
    # the blind page: the votes abroad on 26 Feb, Sirekap's of 7 Mar at 53,84
    ("Real Count Pilpres di Luar Negeri",
     "Berdasarkan laman KPU hingga 26 Februari 2024 pukul 11.00 WIB, data suara Pilpres dari "
     "luar negeri yang sudah masuk mencapai 56,33 persen."),
    # a province a week before the reading (Jawa Tengah, 88,88 on 7 Mar)
    ("Real Count Pilpres di Jawa Tengah",
     "Berdasarkan laman KPU hingga 29 Februari 2024 pukul 09.00 WIB, data suara Pilpres di "
     "Jawa Tengah yang sudah masuk mencapai 90,12 persen."),
])
def test_a_progress_days_before_a_lower_reading_is_not_flagged(shipped_context, title,
                                                               sentence):
    claims = found(shipped_context, title, sentence)
    assert of_kind(claims, "progress"), claims
    assert not flags(claims), claims


@pytest.mark.parametrize("title, sentence, value", [
    # negative controls: the reading of the same day bounds it (abroad, 7 Mar 15:00)
    ("Real Count Pilpres di Luar Negeri",
     "Berdasarkan laman KPU hingga 7 Maret 2024 pukul 14.00 WIB, data suara Pilpres dari luar "
     "negeri yang sudah masuk mencapai 56,33 persen.", 56.33),
    # ... and of the next day (Jawa Tengah on 6 Mar against 88,88 of 7 Mar)
    ("Real Count Pilpres di Jawa Tengah",
     "Berdasarkan laman KPU hingga 6 Maret 2024 pukul 20.00 WIB, data suara Pilpres di Jawa "
     "Tengah yang sudah masuk mencapai 92,5 persen.", 92.5),
    # DKI's complete count read at 09:47 on 28 Nov, Sirekap's 99,93 at 10:00 that day
    ("Real Count Pilgub Jakarta",
     "Berdasarkan laman KPU hingga Kamis (28/11/2024) pukul 09.47 WIB, data suara Pilgub "
     "Jakarta 2024 yang sudah masuk mencapai 100 persen.", 100.0),
])
def test_a_progress_above_a_reading_soon_after_is_still_flagged(shipped_context, title,
                                                                 sentence, value):
    claims = found(shipped_context, title, sentence)
    assert (value, "discrepant") in of_kind(claims, "progress"), claims


# ---- C. "Jumat (11/12)" is a date, no fraction of TPS; a held figure is never graded.
@pytest.mark.parametrize("text", [
    "baru terkumpul 19,69 persen, sampai siang ini, Jumat (11/12), sesuai laman KPU",
    "hingga Kamis (5/12) pukul 14.00 WIB data masuk 41,2 persen",
    "sampai Senin, (2/12) suara masuk 12,5 persen",
])
def test_a_bracketed_date_after_a_day_name_is_no_fraction(text):
    assert list(find_fractions(text)) == []


@pytest.mark.parametrize("text, done, total", [
    # negative controls: fractions of TPS, bracketed or not, stay
    ("data masuk (11/12 TPS) atau 91,67 persen", 11, 12),
    ("suara masuk dari 3.843 dari 9.069 TPS atau 42,38 persen", 3843, 9069),
    ("progres 2.969/3.123 TPS", 2969, 3123),
])
def test_fractions_of_tps_are_still_read(text, done, total):
    assert [(f.done, f.total) for f in find_fractions(text)] == [(done, total)]


def test_an_old_rounds_progress_beside_a_bracketed_date_is_not_flagged(shipped_context):
    # the blind page's shape: Pilgub Kalsel 2020, Banjarmasin's count on Friday 11 Dec 2020
    claims = found(shipped_context, "Banjarmasin Lambat Hitung Suara Pilgub Kalsel 2020",
                   "Suara warga Banjarmasin yang masuk ke KPU baru terkumpul 19,69 persen, "
                   "sampai siang ini, Jumat (11/12), sesuai laman Hitung Suara KPU.")
    assert not flags(claims), claims


def test_a_progress_off_its_own_fraction_is_still_flagged(shipped_context):
    # negative control: 2024's count whose percentage contradicts its own fraction
    claims = found(shipped_context, "Real Count Pilpres 2024",
                   "Berdasarkan laman KPU, Rabu (21/2/2024) pukul 09.00 WIB, suara masuk "
                   "berasal dari 604.002 dari total 823.236 TPS atau 63,37 persen TPS.")
    assert [f[4] for f in flags(claims)] == ["own_fraction"], claims


# ---- D. An announced year does not date a page; an old roster written by number.
@pytest.mark.parametrize("text, says", [
    ("Pilkada 2024 akan dilasanakan ada 27 November 2024 untuk memilih gubernur.", False),
    ("Indonesia juga kembali akan menggelar pesta demokrasi Pilkada serentak di tahun 2024.",
     False),
    # negative controls: a year of the page's own
    ("Hasil Pilkada 2024 akan ditetapkan KPU pada 9 Januari 2025.", True),
    ("KPU Papua menetapkan hasil rekapitulasi, Sabtu (14/12/2024).", True),
    ("Pilkada 2024 akan digelar 27 November. Rekapitulasi Pilgub Papua 2024 selesai.", True),
])
def test_a_year_announced_to_come_is_not_the_pages(text, says):
    assert says_2024(text) is says


FAQ = ("Kapan Pilkada serentak berikutnya? Indonesia juga kembali akan menggelar pesta "
       "demokrasi Pilkada serentak di tahun 2024. Pilkada 2024 akan dilaksanakan pada 27 "
       "November 2024 untuk memilih gubernur, wali kota, dan bupati.")
PAPUA_2018 = ("Hasil real count sementara Pilgub Papua yang dilakukan KPU menunjukkan pasangan "
              "petahana nomor urut satu Lukas Enembe-Klemen Tinal kalah dari paslon nomor dua "
              "John Wempi Wetipo-Habel Melkias Suwae.")
SULUT_2020 = ("KPU menetapkan hasil rekapitulasi Pilgub Sulawesi Utara. Paslon nomor urut 1 "
              "Christiany Eugenia Paruntu-Sehan Salim Landjar dan paslon nomor urut 2 Vonnie "
              "Anneke Panambunan-Hendry Runtuwene bersaing di bawah pemenang.")
AMBON_2017 = ("KPU Kota Ambon menetapkan hasil rekapitulasi Pilwalkot Ambon. Paslon nomor urut 1 "
              "Paulus Kastanya-Sam Latuconsina dan paslon nomor urut 2 Richard Louhenapessy-"
              "Syarif Hadler bersaing ketat.")


@pytest.mark.parametrize("title, paragraphs", [
    # the blind page, its figures by number only, the FAQ box below
    ("Real Count KPU, Paslon Nomor 2 Ungguli Petahana di Pilgub Papua",
     (PAPUA_2018, "Berdasarkan data KPU per Kamis (28/6) pukul 16.10 WIB, paslon nomor satu "
      "sebanyak 46,53 persen. Sedangkan paslon nomor dua mengantongi 53,47 persen.", FAQ)),
    # the same with the count said complete: its progress is 2018's too
    ("Real Count KPU, Paslon Nomor 2 Ungguli Petahana di Pilgub Papua",
     (PAPUA_2018, "Berdasarkan real count KPU dengan data masuk 100 persen, paslon nomor satu "
      "meraih 46,53 persen. Sedangkan paslon nomor dua mengantongi 53,47 persen.", FAQ)),
    # another province, no year anywhere: Sulut's 2020 plenary by number (no member of either
    # pair stood in 2024)
    ("Hasil Pilgub Sulawesi Utara", (SULUT_2020, "Dalam rapat pleno itu paslon nomor urut 1 "
     "meraih 305.520 suara, sedangkan paslon nomor urut 2 meraih 160.540 suara.")),
    # a city, no year: Ambon's 2017 pairs by number (read as 2024's pairs 1 and 2 before)
    ("Hasil Pilwalkot Ambon", (AMBON_2017, "Dalam rapat pleno itu paslon nomor urut 1 meraih "
     "61.520 suara, sedangkan paslon nomor urut 2 meraih 70.540 suara.")),
])
def test_an_old_roster_written_by_number_is_held(shipped_context, title, paragraphs):
    claims = found(shipped_context, title, *paragraphs)
    assert claims, claims
    assert not flags(claims), claims
    assert {f[4] for f in claims} == {"other_election"}, claims


@pytest.mark.parametrize("count, status", [(359416, "consistent"), (369416, "discrepant")])
@pytest.mark.parametrize("tail", [(), (FAQ,)])
def test_the_records_roster_by_number_is_still_graded(shipped_context, count, status, tail):
    # negative controls: no year (or only the FAQ's) and the record's own pairs by number:
    # KPU Malut's decree (Sherly-Sarbin 359.416, Husain-Asrul 168.174)
    claims = found(shipped_context, "Hasil Pilgub Maluku Utara",
                   "KPU Maluku Utara menetapkan hasil rekapitulasi Pilgub Malut dalam rapat "
                   f"pleno. Paslon nomor urut 4 Sherly Tjoanda-Sarbin Sehe meraih {count:,} "
                   "suara, paslon nomor urut 1 Husain Alting Sjah-Asrul Rasyid Ichsan meraih "
                   "168.174 suara.".replace(",", "."), *tail)
    assert (float(count), status) in of_kind(claims, "votes"), claims
    assert (168174.0, "consistent") in of_kind(claims, "votes"), claims


# ---- E. A kecamatan list's place named as its regency is.
KOLAKA = ("Hasil real count tim saksi pasangan Amri-Husmaluddin dari 360 TPS, Rabu (27/11/2024) "
          "pukul 22.12 Wita, menunjukkan pasangan itu meraih 59,86 persen di Pilkada Kolaka.")
KENDARI = ("Berdasarkan real count KPU, Kamis (28/11/2024) pukul 10.15 WIB, dengan data masuk "
           "99,81 persen, pasangan Siska-Sudirman memimpin Pilwalkot Kendari 2024.")


@pytest.mark.parametrize("title, lead, listed, value", [
    # the blind page's shape, its first kecamatan 11 points above the regency's 59,86
    ("Real Count Pilkada Kolaka", KOLAKA, "Pasangan Amri-Husmaluddin unggul pada 9 kecamatan, "
     "yakni Kolaka 71,25 persen, Watubangga 66,64 persen dan Wolo 69,57 persen.", 71.25),
    # a city and its kecamatan of the same name: Kota Kendari (Siska-Sudirman 33,02); the
    # kecamatan's own Sirekap shares (Kendari 40,86, Mandonga 38,41, Kadia 28,21), which the
    # list's places are now read as (listed_kecamatan, s40: invented ones are flagged there)
    ("Real Count Pilwalkot Kendari", KENDARI, "Pasangan Siska-Sudirman unggul di lima kecamatan, "
     "yaitu Kendari 40,86 persen, Mandonga 38,41 persen dan Kadia 28,21 persen.", 40.86),
])
def test_a_kecamatan_list_item_named_as_its_regency_is_held(shipped_context, title, lead,
                                                             listed, value):
    claims = found(shipped_context, title, lead, listed)
    assert not flags(claims), claims
    # held below the regency's level, or read as its kecamatan's (listed_kecamatan, s40)
    assert [f[4] == "lower_level" or len(f[2] or "") == 6
            for f in claims if f[0] == "share" and f[1] == value] == [True], claims


@pytest.mark.parametrize("overall, status", [("33,02", "consistent"), ("43,02", "discrepant")])
def test_the_regencys_own_share_beside_the_list_is_still_graded(shipped_context, overall, status):
    # negative control: the city's share in a sentence of its own stays Kota Kendari's
    claims = found(shipped_context, "Real Count Pilwalkot Kendari", KENDARI,
                   "Pasangan Siska-Sudirman unggul di lima kecamatan, yaitu Kendari 45,12 persen "
                   "dan Mandonga 40,3 persen.",
                   f"Secara keseluruhan pasangan Siska-Sudirman meraih {overall} persen suara.")
    assert (float(overall.replace(",", ".")), status) in of_kind(claims, "share"), claims
