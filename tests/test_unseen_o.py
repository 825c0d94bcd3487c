"""Wrong answers met on pages never seen while tuning (issue 10, corpus-o: the dev pages of
tests/corpus/batches/corpus-o.txt, measured alone before any change; tests/corpus/README.md and
tests/corpus/findings/corpus-o.md). Each test is the wording pattern behind one wrong answer,
in our own words with the real figures of those pages (scripts/record_lookup.py)."""

from __future__ import annotations

from decimal import Decimal

from builders import context, snapshot
from checker.analyse.page import extract
from checker.figures.claims import extract_claims
from checker.figures.compare import compare_claims
from test_precision import graded, run, statuses

D = Decimal

# -- 3. a quick count's nicknamed pairs and its sample's progress ------------------------------
# KedaiKOPI's quick count of the NTB governor race (Halontb, 28 Nov 2024). KPU's roster:
# 1 SITTI ROHMI DJALILAH - W. MUSYAFIRIN, 2 ZULKIEFLIMANSYAH - MOH. SUHAILI FADIL TOHIR,
# 3 LALU MUHAMAD IQBAL - INDAH DHAMAYANTI PUTRI.
_QC = ("<h1>Quick Count KedaiKOPI: Iqbal-Dinda Unggul di Pilgub NTB</h1><p>Hitung cepat "
       "lembaga survei KedaiKOPI menempatkan pasangan nomor urut 3, Lalu Muhammad Iqbal - Indah "
       "Dhamayanti Putri (Iqbal-Dinda), di posisi teratas Pilgub NTB 2024. Dengan 99,75 persen "
       "data suara masuk, Iqbal-Dinda mengantongi 42,17 persen suara, disusul pasangan "
       "Zul-Uhel dengan 29,91 persen, lalu Rohmi-Firin dengan 27,92 persen.</p>")


def _by_value(body: str) -> dict:
    return {c.value: c for c in run(body)}


def test_a_pair_named_by_its_members_short_names_after_a_lower_case_word_is_that_pair():
    # "lalu" (then) is also a word of LALU MUHAMAD IQBAL: it opens no name in running text, so
    # "Rohmi-Firin" (ROHMI of pair 1's first member, FIRIN the end of MUSYAFIRIN) is pair 1.
    claim = _by_value(_QC)[D("27.92")]
    assert (claim.nomor_urut, claim.race_region) == (1, "52")


def test_a_campaign_nickname_that_does_not_follow_from_kpus_names_comes_from_the_rules():
    # "Uhel" is Suhaili's spoken name: rules/candidates.yaml, with its source.
    claim = _by_value(_QC)[D("29.91")]
    assert (claim.nomor_urut, claim.race_region) == (2, "52")


def test_a_lower_case_word_before_a_pair_of_another_race_names_nobody():
    # The same "lalu" before a pair no NTB pair's members make ("Ridwan-Rano"): nobody.
    body = _QC.replace("Rohmi-Firin", "Ridwan-Rano")
    claim = _by_value(body)[D("27.92")]
    assert claim.nomor_urut is None and claim.candidate_id is None


def test_a_quick_counts_data_suara_masuk_is_its_progress_never_a_share():
    claims = run(_QC)
    progress = [c for c in claims if c.value == D("99.75")]
    assert [c.kind for c in progress] == ["progress"]
    assert progress[0].claim_type == "quick_count"
    assert statuses(_QC)[D("99.75")][0] == "unverifiable"
    assert not any(s in ("discrepant", "minor") for s in graded(_QC).values())


# -- 1. a kecamatan list: the kecamatan's bare name on a line, then a line per pair -----------
# The Jambi governor race in Tanjung Jabung Barat (Jambisatu, 3 Dec 2024). The record's
# kecamatan 150601 TUNGKAL ULU: Romi-Sudirman (1) 2713, Haris-Sani (2) 4738; 150602 TUNGKAL
# ILIR: 14680 and 22232; 150606 TEBING TINGGI (also a city of Sumatera Utara): 6300 and 9655.
def _kecamatan_list(items: str, heading: str = "") -> str:
    return ("<h1>Pilgub Jambi 2024: Haris-Sani Menang Telak di Tanjab Barat</h1><p>Menurut hasil "
            "pleno KPU Tanjab Barat, pasangan nomor urut 2 Al Haris dan Abdullah Sani menang di "
            "Kabupaten Tanjung Jabung Barat dengan 99.198 suara, di atas Romi-Sudirman yang "
            "meraih 58.207 suara.</p><p>Berikut hasil suara per kecamatan di Kabupaten Tanjung "
            "Jabung Barat:</p><ul>" + items + "</ul><p>Haris-Sani unggul di hampir semua "
            "kecamatan.</p>")


_ITEMS = ("<li>Tungkal Ulu<br>Haris-Sani: 4.738 suara<br>Romi-Sudirman: 2.713 suara</li>"
          "<li>Tungkal Ilir<br>Haris-Sani: 22.232 suara<br>Romi-Sudirman: 14.680 suara</li>"
          "<li>Tebing Tinggi<br>Haris-Sani: 9.655 suara<br>Romi-Sudirman: 6.300 suara</li>")


def _read(body: str, record):
    """{value: (claim, comparison)} of a page read against `record`."""
    snap = snapshot("https://berita.example/a", body.encode())
    rules = context().rules
    page = extract(snap, rules.vocabulary, rules.figures.params)
    claims = extract_claims(page, snap, record, rules)
    compared = compare_claims(claims, record, rules.thresholds)
    return {claims[c.claim].value: (claims[c.claim], c) for c in compared}


def test_each_count_of_a_bare_kecamatan_heading_is_that_kecamatans(shipped_record):
    found = _read(_kecamatan_list(_ITEMS), shipped_record)
    for value, code, nomor in ((4738, "150601", 2), (2713, "150601", 1), (22232, "150602", 2),
                               (14680, "150602", 1), (9655, "150606", 2), (6300, "150606", 1)):
        claim, compared = found[value]
        assert (claim.region_code, claim.race_region, claim.nomor_urut, claim.hold) == \
            (code, "15", nomor, None), value
        assert compared.status == "consistent", (value, compared)


def test_a_typo_in_such_a_list_is_never_passed_as_the_kecamatans_count(shipped_record):
    # The page printed 14.630 for Romi-Sudirman in Tungkal Ilir (Sirekap's complete count:
    # 14680). The record holds no plenary result there, and a plenary count may differ from
    # Sirekap's: not consistent, and put at the kecamatan (not the province, not the regency).
    found = _read(_kecamatan_list(_ITEMS.replace("14.680", "14.630")), shipped_record)
    claim, compared = found[14630]
    assert claim.region_code == "150602"
    assert compared.status != "consistent"


def test_a_kecamatan_heading_written_with_its_prefix_is_read_the_same(shipped_record):
    found = _read(_kecamatan_list(_ITEMS.replace("<li>", "<li>Kecamatan ")), shipped_record)
    assert (found[4738][0].region_code, found[6300][0].region_code) == ("150601", "150606")


def test_a_heading_the_record_holds_no_kecamatan_of_leaves_its_counts_unverifiable(shipped_record):
    # "Sungai Gelam" is a kecamatan of Muaro Jambi, not of Tanjung Jabung Barat: never
    # graded, never put at the province or the regency.
    found = _read(_kecamatan_list(_ITEMS.replace("Tebing Tinggi", "Sungai Gelam")), shipped_record)
    for value in (9655, 6300):
        claim, compared = found[value]
        assert compared.status == "unverifiable", value
        assert claim.region_code not in ("15", "1506", "150606"), value


def test_a_kecamatan_heading_without_the_records_kecamatan_is_never_guessed():
    # The test record holds no kecamatan at all: the same list stays unverifiable.
    assert not any(s in ("discrepant", "minor") for s in graded(_kecamatan_list(_ITEMS)).values())
    for claim in run(_kecamatan_list(_ITEMS)):
        if claim.value not in (99198, 58207):
            assert claim.region_code not in ("15", "1506"), claim


def test_a_heading_that_is_a_regency_of_the_race_is_no_kecamatan(shipped_record):
    # A governor race's list per kab/kota: "Kota Jambi" heads the city's counts, never one of
    # its kecamatan.
    body = ("<h1>Rekapitulasi Pilgub Jambi 2024</h1><p>Berikut perolehan suara di tiap kabupaten "
            "dan kota:</p><ul><li>Kota Jambi<br>Haris-Sani: 130.219 suara<br>Romi-Sudirman: "
            "120.020 suara</li></ul>")
    for claim, _ in _read(body, shipped_record).values():
        assert claim.region_code is None or len(claim.region_code) <= 4, claim


# -- 2. a kecamatan's counts read out at a city plenary ---------------------------------------
# KPU Batam's plenary opens with Kecamatan Bulang (Batam Pos, 4 Dec 2024). The record's
# kecamatan 217105 BULANG: governor Ansar-Nyanyang (1) 3141, Rudi-Rafiq (2) 2787; mayor
# Nuryanto-Hardi (1) 1244, Amsakar-Li Claudia (2) 4636.
_PLENARY = (
    "<h1>Rapat Pleno Penghitungan Suara Tingkat Kota Batam Dimulai, Ansar-Nyanyang Unggul</h1>"
    "<p>KPU Kota Batam membuka rapat pleno penghitungan suara tingkat kota untuk Pilkada 2024 "
    "pada Rabu (4/12). Pleno diawali dari Kecamatan Bulang, yang DPT-nya paling sedikit.</p>"
    "<p>Di pleno itu, PPK Kecamatan Bulang membacakan hasil rekapitulasi Pemilihan Gubernur dan "
    "Wakil Gubernur Kepulauan Riau. Paslon nomor urut 1, Ansar Ahmad dan Nyanyang Harris "
    "Pratamura, unggul dengan perolehan 3.141 suara, di atas paslon nomor urut 2, Muhammad Rudi "
    "dan Aunur Rafiq, yang memperoleh 2.787 suara. Total suara sah di Kecamatan Bulang mencapai "
    "5.928.</p><p>Adapun untuk Pemilihan Walikota dan Wakil Walikota Batam, paslon nomor urut 2, "
    "Amsakar Achmad dan Li Claudia Chandra, menang dengan 4.636 suara. Mereka mengalahkan paslon "
    "nomor urut 1, Nuryanto dan Hardi Selamat Hood, yang meraih 1.244 suara.</p>")


def test_a_ppks_reading_at_a_city_plenary_is_the_kecamatans(shipped_record):
    found = _read(_PLENARY, shipped_record)
    for value, kind, race_region, nomor in ((3141, "governor", "21", 1),
                                            (2787, "governor", "21", 2),
                                            (4636, "regent_mayor", "2171", 2),
                                            (1244, "regent_mayor", "2171", 1)):
        claim, compared = found[value]
        assert (claim.race_kind, claim.race_region, claim.region_code, claim.nomor_urut) == \
            (kind, race_region, "217105", nomor), value
        assert compared.status == "consistent", (value, compared)


# The same shape where the race named after the PPK's reading has a plenary result in the
# record (the Jawa Barat governor race, 14.130.192 for Dedi-Erwan): its counts, if taken for
# the race's whole area, would be graded discrepant against it. The figures are the
# kecamatan's (Limo, Depok: 327604, Sirekap at 97.89 %: Dedi-Erwan 24607, Syaikhu-Ilham 10362;
# mayor pair 1 23329), never the province's, whether or not the record holds Limo.
_JABAR = (
    "<h1>Rapat Pleno Rekapitulasi Tingkat Kota Depok Dimulai</h1><p>KPU Kota Depok membuka "
    "rapat pleno rekapitulasi tingkat kota untuk Pilkada 2024 pada Rabu (4/12). Pleno diawali "
    "dari Kecamatan Limo.</p><p>Di pleno itu, PPK Kecamatan Limo membacakan hasil rekapitulasi "
    "Pemilihan Wali Kota dan Wakil Wali Kota Depok. Paslon nomor urut 1 unggul dengan perolehan "
    "23.329 suara.</p><p>Adapun untuk "
    "Pemilihan Gubernur dan Wakil Gubernur Jawa Barat, paslon nomor urut 4, Dedi Mulyadi dan "
    "Erwan Setiawan, menang dengan 24.607 suara. Mereka mengalahkan paslon nomor urut 3, Ahmad "
    "Syaikhu dan Ilham Habibie, yang meraih 10.362 suara.</p>")


def test_a_ppks_counts_are_never_graded_as_the_whole_races():
    found = statuses(_JABAR)
    for value in (23329, 24607, 10362):
        assert found[value][0] == "unverifiable", (value, found[value])
    assert not any(s in ("discrepant", "minor") for s in graded(_JABAR).values())
    for claim in run(_JABAR):
        assert claim.region_code not in ("32", "3276"), claim


def test_a_ppks_counts_are_never_graded_as_the_whole_races_with_the_shipped_record(shipped_record):
    for value, (claim, compared) in _read(_JABAR, shipped_record).items():
        assert claim.region_code not in ("32", "3276"), claim
        assert compared.status not in ("discrepant", "minor"), (value, compared)


def test_the_citys_own_count_after_the_ppks_reading_stays_the_citys(shipped_record):
    # A sentence that goes back up to the whole city ("Secara keseluruhan di Kota Batam")
    # ends the kecamatan's reading: 278.130 is no count of Bulang.
    body = _PLENARY.replace("</p><p>Adapun", "</p><p>Secara keseluruhan di Kota Batam, "
                            "Amsakar-Li Claudia meraih 278.130 suara.</p><p>Adapun")
    claim, _ = _read(body, shipped_record)[278130]
    assert claim.region_code == "2171"


def test_without_the_citys_name_the_ppks_counts_are_never_flagged_against_the_province():
    # The same reading on a page that names no city before it: the governor race's name
    # ("Pemilihan Gubernur ... Jawa Barat") is the only area after the PPK's reading. Taken
    # for the province, 24.607 and 10.362 would be graded discrepant against the plenary.
    body = _JABAR.replace("Tingkat Kota Depok Dimulai", "Pilgub Jabar: PPK Membacakan Hasil") \
        .replace("KPU Kota Depok membuka rapat pleno rekapitulasi tingkat kota",
                 "KPU membuka rapat pleno rekapitulasi")
    assert "Depok Dimulai" not in body and "KPU membuka" in body
    found = statuses(body)
    for value in (24607, 10362):
        assert found[value][0] == "unverifiable", (value, found[value])
    assert not any(s in ("discrepant", "minor") for s in graded(body).values())


# The whole list of Tanjung Jabung Barat's 13 kecamatan (the record's Sirekap counts; the page
# printed 14.630 for Romi-Sudirman in Tungkal Ilir and 3.348 for Haris-Sani in Muara Papalik).
_ALL = (("Tungkal Ulu", 4738, 2713), ("Tungkal Ilir", 22232, 14680), ("Pengabuan", 9100, 4065),
        ("Betara", 9317, 4850), ("Merlung", 3764, 3711), ("Tebing Tinggi", 9655, 6300),
        ("Batang Asam", 8209, 5689), ("Renah Mendaluh", 3902, 2967),
        ("Muara Papalik", 3384, 2048), ("Seberang Kota", 3535, 1310),
        ("Bram Itam", 7821, 2874), ("Kuala Betara", 5380, 2429), ("Senyerang", 8161, 4571))


def _dots(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _report(body: str, record):
    from checker.analyse.pipeline import check_snapshot
    from checker.context import Context

    rep = check_snapshot(snapshot("https://berita.example/a", body.encode()),
                         Context(rules=context().rules, official=record))
    return {rep.claims[c.claim].value: c for c in rep.comparisons}


def _whole_list(rows=_ALL) -> str:
    return _kecamatan_list("".join(
        f"<li>{name}<br>Haris-Sani: {_dots(h)} suara<br>Romi-Sudirman: {_dots(r)} suara</li>"
        for name, h, r in rows))


def test_the_one_kecamatan_count_that_breaks_the_pairs_sum_is_graded_by_the_pages_figures(
        shipped_record):
    rows = [(n, h, 14630 if r == 14680 else r) for n, h, r in _ALL]
    found = _report(_whole_list(rows), shipped_record)
    graded_ = found[14630]
    assert graded_.status in ("minor", "discrepant")
    assert (graded_.reason, graded_.official_value, graded_.difference) == \
        ("own_area_sum", 14680, -50)
    flagged = {v for v, c in found.items() if c.status in ("minor", "discrepant")}
    assert flagged == {14630}


def test_a_list_that_adds_up_or_is_off_in_two_places_blames_no_item(shipped_record):
    assert not any(c.status in ("minor", "discrepant") for c in _report(_whole_list(),
                                                                          shipped_record).values())
    rows = [(n, h, {14680: 14630, 6300: 6310}.get(r, r)) for n, h, r in _ALL]
    found = _report(_whole_list(rows), shipped_record)
    assert found[14630].status != "consistent" and found[14630].reason != "own_area_sum"
    assert not any(c.reason == "own_area_sum" for c in found.values())
    # a list missing a kecamatan cannot add up to the regency: nothing is blamed
    found = _report(_whole_list([r for r in rows if r[0] != "Senyerang"]), shipped_record)
    assert not any(c.reason == "own_area_sum" for c in found.values())
