"""Known open shapes from earlier blind hunts (tests/corpus/findings/hunt.md), fixed on branch
fix-known2. Each case is a short page in our own words with real figures of the shipped record;
each has variants and a negative control that must still be read, graded or caught."""

from __future__ import annotations

from builders import check_article, every_claim

FLAGS = ("minor", "discrepant")


def found(ctx, title: str, *paragraphs: str) -> list:
    """[(claim, comparison or None)] of a news page of these paragraphs."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return every_claim(check_article(title, body, ctx=ctx))


def values(pairs: list) -> set:
    return {float(claim.value) for claim, _ in pairs if claim.kind in ("votes", "share")}


def status(pairs: list, value) -> str | None:
    hits = [c for claim, c in pairs if float(claim.value) == float(value)]
    assert len(hits) == 1, (value, pairs)
    return hits[0].status if hits[0] is not None else None


# ---- 2. A change between readings written before its figure, in a headline or a sentence:
# "Anies-Muhaimin Turun 3 Juta" was read as a count of 3.000.000 votes. The national decree:
# Anies-Muhaimin 40.971.906, Prabowo-Gibran 96.214.691, Ganjar-Mahfud 27.040.878.
DECREE = ("Dalam rekapitulasi nasional KPU, Prabowo-Gibran meraih 96.214.691 suara secara "
          "nasional.")


def test_a_change_before_its_figure_is_no_pairs_figure(shipped_context):
    for title, change in (("Suara Anies-Muhaimin Turun 3 Juta di Real Count KPU", 3000000),
                          ("Real Count KPU: Prabowo-Gibran Naik 2 Juta Suara", 2000000),
                          ("Sirekap: Suara Ganjar-Mahfud Berkurang 500 Ribu", 500000),
                          ("Real Count KPU: Anies-Muhaimin Turun Sekitar 1,5 Persen", 1.5)):
        pairs = found(shipped_context, title, DECREE)
        assert change not in values(pairs), (title, pairs)
        assert 96214691 in values(pairs), (title, pairs)


def test_a_change_in_the_prose_is_no_pairs_figure(shipped_context):
    for sentence in ("Dibanding pekan lalu, suara Anies-Muhaimin bertambah 1,2 juta.",
                     "Dibanding pekan lalu, perolehan Ganjar-Mahfud meningkat sebesar 812.000 "
                     "suara."):
        pairs = found(shipped_context, "Rekapitulasi Nasional KPU", DECREE, sentence)
        assert not values(pairs) - {96214691}, (sentence, pairs)


def test_a_figure_the_change_reaches_is_still_read_and_caught(shipped_context):
    # Negative controls: "naik menjadi N" and "turun ke N" give the new figure itself, and a
    # wrong count beside a change is still flagged.
    pairs = found(shipped_context, "Rekapitulasi Nasional KPU",
                  "Dalam rekapitulasi nasional KPU, suara Anies-Muhaimin naik menjadi 40.971.906 "
                  "suara secara nasional.")
    assert 40971906 in values(pairs), pairs
    pairs = found(shipped_context, "Rekapitulasi Nasional KPU: Prabowo-Gibran Naik 2 Juta",
                  DECREE.replace("96.214.691", "92.214.691"))
    assert status(pairs, 92214691) == "discrepant", pairs


# ---- Found on the way: a pair's hyphenated name opening a later line ("Sementara itu
# pasangan Anies-Muhaimin ...") was counted as a second "place - story" line, so the first
# line's "Jakarta - " was no longer taken for a dateline and the national share 58,82 was
# graded against DKI Jakarta's (41,67): a false discrepant.
def national(dateline: str) -> tuple:
    return (f"{dateline}Hasil real count KPU menunjukkan pasangan Prabowo-Gibran meraih 58,82 "
            "persen suara.",
            "Sementara itu pasangan Anies-Muhaimin memperoleh 24,49 persen dan Ganjar-Mahfud "
            "16,69 persen.")


def test_a_dateline_stays_one_when_a_later_line_names_a_hyphenated_pair(shipped_context):
    for dateline, province in (("Jakarta - ", "31"), ("Jakarta, Beritaku - ", "31"),
                               ("Jakarta \u2013 ", "31"), ("Bandung - ", "32")):
        pairs = found(shipped_context, "Real Count KPU Hari Ini", *national(dateline))
        for claim, comparison in pairs:
            assert not (claim.region_code or "").startswith(province), (dateline, pairs)
            assert comparison is None or comparison.status not in FLAGS, (dateline, pairs)


def test_a_province_s_own_count_under_its_dateline_is_still_graded(shipped_context):
    # Negative control: the province's recap (DKI Jakarta, Pilpres 2024: 2.692.011 and
    # 2.653.762) said to be the province's is graded there, and a count off by 63.000 caught.
    lines = ("Jakarta - Hasil rekapitulasi KPU DKI Jakarta menunjukkan pasangan Prabowo-Gibran "
             "meraih 2.692.011 suara di DKI Jakarta.",
             "Sementara itu pasangan Anies-Muhaimin memperoleh 2.653.762 suara di DKI Jakarta.")
    pairs = found(shipped_context, "Rekapitulasi KPU DKI Jakarta", *lines)
    assert status(pairs, 2692011) == "consistent", pairs
    wrong = (lines[0].replace("2.692.011", "2.629.011"), lines[1])
    pairs = found(shipped_context, "Rekapitulasi KPU DKI Jakarta", *wrong)
    assert status(pairs, 2629011) == "discrepant", pairs


# ---- 5. "Di sini" after a place named in the same paragraph (hunt.md cause G, kbk.news on
# Pilgub Kalsel 2024): the sentence points back to the place named last. When that place is a
# bare name the reader does not take as a region ("di Banjar": Kabupaten Banjar in Kalsel,
# Kota Banjar in Jawa Barat), the city named before it ("Di Kota Banjarmasin") is not where
# the counts were made. Sirekap, Kabupaten Banjar: Muhidin-Hasnuryadi 207.451, Raudatul
# Jannah-Akhmad Rozanie 52.531 (the page wrote 208.011 and 52.698).
KALSEL = ("Banjarmasin - Pasangan Muhidin-Hasnuryadi unggul telak dalam Pilgub Kalimantan "
          "Selatan 2024 berdasarkan hasil hitung Sirekap KPU.")


def kalsel(place: str, before: str, back: str, counts=("52.698", "208.011")) -> tuple:
    return (KALSEL, f"{before}, pasangan nomor urut 1 itu unggul jauh dari pesaingnya. "
            f"Demikian pula di {place}, tempat Raudatul Jannah semestinya mencoblos. {back} "
            f"paslon nomor urut 2 memperoleh {counts[0]} suara, jauh di bawah pasangan "
            f"Muhidin-Hasnuryadi yang mendapat {counts[1]} suara.")


def test_here_after_a_bare_shared_name_is_not_the_place_before_it(shipped_context):
    for before, city in (("Di Kota Banjarmasin", "6371"), ("Di Kota Banjarbaru", "6372")):
        for place in ("Banjar", "Hulu Sungai"):
            for back in ("Di sini", "Di daerah tersebut,", "Sementara di wilayah ini,"):
                pairs = found(shipped_context, "Muhidin-Hasnur Unggul di Kalsel",
                              *kalsel(place, before, back))
                for claim, comparison in pairs:
                    assert claim.region_code != city, (before, place, back, pairs)
                    assert comparison is None or comparison.status not in FLAGS, (place, pairs)


def test_here_after_the_regency_named_in_full_is_still_graded_there(shipped_context):
    # Negative control: "di Kabupaten Banjar" is the place pointed to, graded there; a count
    # off by a swap of digits is caught.
    pairs = found(shipped_context, "Muhidin-Hasnur Unggul di Kalsel",
                  *kalsel("Kabupaten Banjar", "Di Kota Banjarmasin", "Di sini",
                          ("52.531", "207.451")))
    assert status(pairs, 52531) == "consistent", pairs
    pairs = found(shipped_context, "Muhidin-Hasnur Unggul di Kalsel",
                  *kalsel("Kabupaten Banjar", "Di Kota Banjarmasin", "Di sini",
                          ("25.531", "207.451")))
    assert status(pairs, 25531) == "discrepant", pairs


# ---- 6. A schedule's days are no moment of a count (hunt.md cause H, a page on the Kota
# Mojokerto mayor race): "rekapitulasi berjenjang dari Rabu (27/11/24) hingga Senin
# (16/12/2024)" made the provisional real count (52,9 / 47,1 %) be graded against Sirekap's
# reading of 27 Nov 23.45 (53,45 / 46,55). A headline's figure the lead calls provisional is
# held as the body's are (interim.py).
MOJOKERTO = ("Mojokerto - Pasangan Ika Puspitasari dan Rachman Sidharta Arisandi unggul dalam "
             "Pilwali Kota Mojokerto 2024 berdasarkan hasil sementara real count KPU.",
             "Ika-Rachman meraih 52,9 persen suara, sedangkan pasangan Junaedi Malik-Khusnun "
             "Amin memperoleh 47,1 persen suara.")


def test_the_days_of_a_schedule_are_no_moment_of_the_count(shipped_context):
    for period in ("dari Rabu (27/11/24) hingga Senin (16/12/2024)",
                   "mulai Kamis (28/11/2024) sampai Minggu (1/12/2024)",
                   "pada 27/11/2024 s.d. 16/12/2024"):
        schedule = f"KPU Kota Mojokerto akan menggelar rekapitulasi berjenjang {period}."
        for title in ("Ika-Rachman Unggul di Pilwali Kota Mojokerto",
                      "Ika Puspitasari-Rachman Unggul 52,9 Persen di Real Count KPU"):
            pairs = found(shipped_context, title, *MOJOKERTO, schedule)
            for claim, comparison in pairs:
                assert claim.page_time is None, (period, pairs)
                assert comparison is None or comparison.status not in FLAGS, (title, pairs)


def test_a_moment_the_page_states_is_still_the_counts_moment(shipped_context):
    # Negative controls: "hingga Rabu (27/11/2024) pukul 23.45 WIB" (data as of then) is the
    # moment; the reading of that moment grades the shares, and a share off it is caught.
    lead = ("Data Sirekap KPU hingga Rabu (27/11/2024) pukul 23.45 WIB menunjukkan pasangan "
            "Ika Puspitasari-Rachman Sidharta Arisandi meraih {} persen suara di Pilwali Kota "
            "Mojokerto.")
    pairs = found(shipped_context, "Real Count Pilwali Kota Mojokerto", lead.format("53,45"))
    claim = next(c for c, _ in pairs if float(c.value) == 53.45)
    assert "27/11/2024" in claim.page_time, pairs
    assert status(pairs, 53.45) == "consistent", pairs
    pairs = found(shipped_context, "Real Count Pilwali Kota Mojokerto", lead.format("58,45"))
    assert status(pairs, 58.45) in FLAGS, pairs


def test_a_day_then_a_clock_is_one_moment_not_a_period():
    # "Rabu, 14 Februari 2024 sampai pukul 22.30 WIT" (the data as of then) and a byline's
    # "Kamis, 5/12/2024 - 10:15 WIB" are one moment each; two days joined are a period.
    from checker.figures.cues import _TIME, Mark
    from checker.figures.moment import without_periods

    def kept(text: str) -> list:
        marks = [Mark(m.start(), m.end(), m.group(0)) for m in _TIME.finditer(text)]
        return [m.value for m in without_periods(text, marks)]

    assert len(kept("diunggah pada Rabu, 14 Februari 2024 sampai pukul 22.30 WIT")) == 2
    assert kept("Kamis, 5/12/2024 - 10:15 WIB")
    assert kept("Kamis, 5 Desember 2024 - 10.15 WIB")
    assert not kept("pleno digelar Kamis (5/12/2024) sampai Jumat (6/12/2024) dini hari")
    assert not kept("rekapitulasi dari Rabu (27/11/24) hingga Senin (16/12/2024)")


# ---- 1. A kab/kota's plenary of the governor race under a long headline the page repeats as
# its <h1> (KPU Lahat, Pilgub Sumsel 2024): the lead stopped at the headline, the opening
# paragraph naming the regency was never read, and Lahat's counts (Sirekap there: 123.415,
# 45.623, 41.429) went to the province (2.174.133, 1.063.635, 983.644). check_article repeats
# the title as the <h1>, as such pages do.
LAHAT_TITLE = ("Herman Deru-Cik Ujang Unggul Telak dalam Rekapitulasi Suara Pilgub Sumsel "
               "Tingkat Kabupaten")
LAHAT_COUNTS = ("Hasilnya, pasangan nomor urut 1 Herman Deru-Cik Ujang meraih 123.415 suara, "
                "pasangan nomor urut 2 Eddy Santana-Riezky Aprilia 45.623 suara, dan pasangan "
                "nomor urut 3 Mawardi Yahya-Anita Noeringhati 41.429 suara.")


def test_a_regency_plenary_under_a_repeated_long_headline_is_the_regency_s(shipped_context):
    assert len(LAHAT_TITLE) >= 80
    for opening in ("LAHAT - Rapat pleno terbuka rekapitulasi hasil penghitungan suara Pemilihan "
                    "Gubernur Sumatera Selatan tingkat Kabupaten Lahat digelar KPU setempat, "
                    "Jumat (6/12/2024).",
                    "LAHAT - KPU Kabupaten Lahat menggelar rapat pleno terbuka rekapitulasi hasil "
                    "penghitungan suara Pemilihan Gubernur Sumatera Selatan, Jumat (6/12/2024).",
                    "Komisi Pemilihan Umum (KPU) Lahat menggelar rapat pleno rekapitulasi suara "
                    "Pilgub Sumsel di aula kantornya, Jumat (6/12/2024)."):
        pairs = found(shipped_context, LAHAT_TITLE, opening, LAHAT_COUNTS)
        for claim, comparison in pairs:
            if claim.kind == "votes":
                assert claim.region_code == "1604" or claim.hold, (opening, pairs)
                assert claim.region_code != "16", (opening, pairs)
                assert comparison is None or comparison.status not in FLAGS, (opening, pairs)


def test_a_province_s_count_under_a_repeated_long_headline_is_still_graded(shipped_context):
    # Negative control: the province's KPU in the opening paragraph (its city a dateline):
    # the counts are the province's, graded, and a transposed digit caught.
    title = ("Herman Deru-Cik Ujang Unggul Telak dalam Hasil Sirekap Pilgub Sumatera Selatan "
             "2024 Hari Ini")
    opening = ("PALEMBANG - KPU Provinsi Sumatera Selatan menyiapkan rekapitulasi berjenjang "
               "setelah data Sirekap Pilgub Sumsel 2024 mencapai 98,41 persen TPS pada Kamis "
               "(28/11/2024) pukul 10.15 WIB.")
    counts = ("Menurut data Sirekap itu, pasangan nomor urut 1 Herman Deru-Cik Ujang meraih {} "
              "suara, sedangkan pasangan nomor urut 2 Eddy Santana-Riezky Aprilia 1.063.635 "
              "suara.")
    pairs = found(shipped_context, title, opening, counts.format("2.174.133"))
    assert status(pairs, 2174133) == "consistent", pairs
    pairs = found(shipped_context, title, opening, counts.format("2.714.133"))
    assert status(pairs, 2714133) == "discrepant", pairs


# ---- 4. Titles before names. Most forms resolve already (Andi, Raden/R., I Gusti Ngurah,
# Tuan Guru, Teuku/T., Tengku, Habib, KH, Hj, Ir., Dr.); "TGH." (Tuan Guru Haji) and "Hi."
# (Haji as Central Sulawesi writes it) ended the sentence, cutting the pair's written name in
# two: the count went to the member after the title alone, whoever stood before it.
# Sirekap: Kota Mataram, Mohan Roliskana-TGH Mujiburrahman (2) 111.714, Lalu Aria Dharma (1);
# Kota Palu, Hi. Hadianto Rasyid-Imelda Liliana Muhidin (2) 107.166, Hidayat (1).
def named(shipped_context, area: str, pair: str, votes: str) -> list:
    return found(shipped_context, f"Hasil Sirekap Pilkada {area} 2024",
                 f"Hasil Sirekap KPU Pilkada {area} 2024.",
                 f"Peraih suara terbanyak adalah pasangan {pair}. Pasangan itu meraih {votes} "
                 "suara.")


def test_a_title_with_a_full_stop_does_not_cut_the_pair_s_name(shipped_context):
    for area, pair, votes, nomor, first in (
            ("Kota Mataram", "Mohan Roliskana dan TGH. Mujiburrahman", "111.714", 2, "Mohan"),
            ("Kota Mataram", "Mohan Roliskana dan Tuan Guru H. Mujiburrahman", "111.714", 2, "Mohan"),
            ("Kota Palu", "Imelda Liliana dan Hi. Hadianto Rasyid", "107.166", 2, "Imelda"),
            ("Kota Palu", "Hi. Hadianto Rasyid dan Imelda Liliana", "107.166", 2, "Hadianto")):
        pairs = named(shipped_context, area, pair, votes)
        claim, comparison = next((c, s) for c, s in pairs if c.kind == "votes")
        assert claim.nomor_urut == nomor and first in (claim.candidate_name or ""), (pair, pairs)
        assert comparison.status == "consistent", (pair, pairs)


def test_a_title_joins_no_members_of_two_pairs(shipped_context):
    # Negative control: a member of each pair, the second after its title, is nobody's pair.
    for area, pair, votes in (("Kota Mataram", "Lalu Aria Dharma dan TGH. Mujiburrahman", "111.714"),
                              ("Kota Palu", "Hidayat dan Hi. Hadianto Rasyid", "107.166")):
        pairs = named(shipped_context, area, pair, votes)
        claim, comparison = next(((c, s) for c, s in pairs if c.kind == "votes"), (None, None))
        assert claim is None or claim.nomor_urut is None, (pair, pairs)
        assert comparison is None or comparison.status not in FLAGS, (pair, pairs)


# ---- 3. A party's short form in a list of backers read as the pair's name ("diusung Partai
# Golkar, PKB, PD, dan PAN": the pair "PD"; blind run 17's Lampung Tengah 2020 page). "PD" is
# no stop word: "PD-HB" is Palopo's pair 1 (Putri Dakka-Haidir Basir, Sirekap 7.729).
def test_a_party_s_short_form_among_the_backers_is_no_pair(shipped_context):
    for coalition in ("Partai Golkar, PKB, PD, dan PAN", "PD dan PKPI", "PAN, PBB dan PKPI",
                      "Golkar, PD, Hanura", "Partai Golkar dan PD"):
        pairs = found(shipped_context, "Pilkada Lampung Tengah 2020",
                      "Berdasarkan real count KPU lewat Sirekap, pasangan calon nomor 2 Musa "
                      f"Ahmad-Ardito Wijaya yang diusung {coalition} masih unggul 50,4 persen "
                      "atau 248.968 suara.")
        names = {claim.candidate_name for claim, _ in pairs if claim.kind in ("votes", "share")}
        assert names == {"Musa Ahmad-Ardito Wijaya"}, (coalition, pairs)


def test_a_pair_s_initials_like_a_party_s_still_name_it(shipped_context):
    # Negative controls: "PD-HB" is the pair, graded; a count with two digits swapped, on
    # the complete count (100 % of TPS), is caught.
    for text, statuses in (("pasangan PD-HB meraih 7.729 suara", ("consistent",)),
                           ("pasangan Putri Dakka-Haidir Basir yang diusung PD, PKB dan PKPI "
                            "meraih 7.729 suara", ("consistent",)),
                           ("pasangan PD-HB meraih 7.792 suara", FLAGS)):
        pairs = found(shipped_context, "Hasil Sirekap Pilwalkot Palopo 2024",
                      f"Hasil Sirekap KPU Pilkada Kota Palopo 2024 (100 persen TPS): {text}.")
        claim, comparison = next((c, s) for c, s in pairs if c.kind == "votes")
        assert claim.nomor_urut == 1 and comparison.status in statuses, (text, pairs)
