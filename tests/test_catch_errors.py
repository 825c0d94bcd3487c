"""Wrong figures caught (issue 10, errors caught) without calling a right one wrong: a
province's plenary figure held to the decree, a meeting's venue that is no figure's area, a
pair's name that outweighs a ballot number said elsewhere, a page's own snapshot moment."""

from __future__ import annotations

from decimal import Decimal

from builders import context
from checker.figures import compare
from checker.models import Claim
from official_data import record_with_rekap
from test_claims import run


def _page(title: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"{body}</article></body></html>")


def _graded(claims):
    return compare.compare_claims(claims, record_with_rekap(), context().rules.thresholds)


def _pilpres_votes(region, nomor, value):
    return Claim("votes", value, "text", "", election="pemilu2024", race_kind="president",
                 region_code=region, nomor_urut=nomor, claim_type="plenary")


def test_a_province_s_plenary_votes_are_held_to_the_decree():
    # Keputusan KPU 360/2024: Jawa Barat, Anies-Muhaimin 9.099.674
    right, typo = _graded([_pilpres_votes("32", 1, 9099674), _pilpres_votes("32", 1, 9099647)])
    assert (right.status, right.tier) == ("consistent", "rekap")
    assert typo.status in ("minor", "discrepant") and typo.official_value == 9099674


def test_a_province_s_decree_beside_its_sirekap_reading():
    (result,) = _graded([_pilpres_votes("11", 3, 64677)])
    assert (result.status, result.tier, result.official_value) == ("consistent", "rekap", 64677)
    assert result.sirekap_value is not None


def test_the_plenary_s_venue_is_not_the_figure_s_area():
    claims = run(_page(
        "KPU Tetapkan Hasil Pilpres 2024",
        "Dalam rapat pleno di Gedung KPU, Jakarta, Rabu malam, Ketua KPU membacakan bahwa suara "
        "sah Prabowo-Gibran berjumlah 96.214.691."))
    votes = [c for c in claims if c.kind == "votes"]
    assert votes and all(c.region_code != "31" for c in votes)


def test_the_venue_after_the_figures_is_not_their_area_either():
    claims = run(_page(
        "Rekapitulasi Pilpres 2024 di Papua Barat Daya Selesai",
        "Anies-Muhaimin mendapat 48.405 suara, kata Ketua KPU Papua Barat Daya dalam rapat "
        "pleno rekapitulasi nasional di Kantor KPU RI, Jakarta, Senin."))
    votes = [c for c in claims if c.kind == "votes"]
    assert votes and all(c.region_code != "31" for c in votes)


def test_a_ballot_number_from_the_sentence_before_does_not_move_the_named_pair():
    # The pair named beside the figure wins (tests/test_scope_national.py has the slip case).
    claims = run(_page(
        "Anies-Muhaimin Menang Telak di Aceh pada Pilpres 2024",
        "Perolehan AMIN tiga kali lipat dari pasangan nomor urut 2. Anies-Muhaimin mendapat "
        "2.369.534 suara, Prabowo-Gibran 787.024 suara."))
    found = {c.value: c for c in claims if c.kind == "votes"}
    first = found[2369534]
    assert first.nomor_urut == 1 and first.hold is None
    assert found[787024].nomor_urut == 2 and found[787024].hold is None


def test_a_province_level_plenary_is_the_province_s_whatever_a_photo_caption_names():
    claims = run(_page(
        "KIP Aceh Umumkan Hasil Rekapitulasi Pilpres 2024",
        "Calon presiden Anies Baswedan menyapa para pendukungnya saat kampanye terbuka di Banda "
        "Aceh. Foto: Arsip Redaksi",
        "KIP Aceh membacakan hasil rekapitulasi suara Pemilu 2024 tingkat provinsi. Pasangan "
        "nomor urut 01 Anies Baswedan-Muhaimin Iskandar meraih 2.369.534 suara."))
    votes = [c for c in claims if c.kind == "votes" and c.value == 2369534]
    assert votes and votes[0].region_code == "11" and votes[0].hold is None


def test_a_plenary_result_page_that_names_no_election_word_is_still_read():
    claims = run(_page(
        "Prabowo-Gibran Juara di Jabar, Kantongi 16.805.854 Suara Hasil Pleno KPU",
        "KPU Jabar merampungkan rekapitulasi tingkat provinsi. Prabowo - Gibran meraih "
        "16.805.854 suara."))
    assert (16805854, 2) in [(c.value, c.nomor_urut) for c in claims if c.kind == "votes"]


def test_a_recipe_with_numbers_is_still_not_read():
    claims = run(_page("Resep Kue Lapis", "Campurkan 250 gram tepung, sekitar 40 persen gula."))
    assert not claims


def _regent_votes(region, nomor, value):
    return Claim("votes", value, "text", "", election="pilkada2024", race_kind="regent_mayor",
                 region_code=region, race_region=region, nomor_urut=nomor,
                 claim_type="real_count")


def _reading(region):
    from checker.official.model import Race  # noqa: F401  (the record's own types)
    rec = record_with_rekap()
    race = rec.race_for("pilkada2024", "regent_mayor", region)
    reading = [r for r in rec.results_for(race, region) if r.tier == "sirekap"][0]
    return {c.nomor_urut: reading.votes[c.id] for c in rec.candidates_of(race)}


def test_a_count_beside_others_quoted_from_one_snapshot_is_held_to_that_snapshot():
    # Gunungkidul (3403): two pairs' counts equal the Sirekap snapshot to the vote, so the
    # page quotes that snapshot; the third pair's count, digits swapped, is wrong
    votes = _reading("3403")
    swapped = int(str(votes[2])[1] + str(votes[2])[0] + str(votes[2])[2:])
    claims = [_regent_votes("3403", 1, votes[1]), _regent_votes("3403", 3, votes[3]),
              _regent_votes("3403", 2, swapped)]
    results = _graded(claims)
    assert [r.status for r in results[:2]] == ["consistent", "consistent"]
    assert results[2].status == "discrepant" and results[2].official_value == votes[2]


def test_one_count_alone_says_no_moment():
    votes = _reading("3403")
    (result,) = _graded([_regent_votes("3403", 2, votes[2] - 500)])
    assert result.status == "unverifiable"


def test_two_counts_for_one_pair_say_no_single_moment():
    # Sirekap's counts beside a local desk's own tally ("Desk Pilkada mencatat ...")
    votes = _reading("3403")
    claims = [_regent_votes("3403", 1, votes[1]), _regent_votes("3403", 3, votes[3]),
              _regent_votes("3403", 1, votes[1] - 329), _regent_votes("3403", 2, votes[2] + 3142)]
    assert _graded(claims)[3].status == "unverifiable"


def _quoted_share(nomor, value, quoted=True):
    return Claim("share", Decimal(value), "text", "", election="pemilu2024",
                 race_kind="president", region_code="", nomor_urut=nomor, quoted=quoted,
                 claim_type="real_count")


def test_a_hoax_s_share_beside_its_false_ones_is_held_to_its_last_decimal():
    # the swapped infographic: Anies 58,77, Prabowo 24,24, Ganjar 16,99 (Sirekap: 16.68)
    results = _graded([_quoted_share(1, "58.77"), _quoted_share(2, "24.24"),
                       _quoted_share(3, "16.99")])
    assert [r.status for r in results] == ["discrepant", "discrepant", "minor"]
    assert compare.figures_status(results, [_quoted_share(1, "58.77"),
                                            _quoted_share(2, "24.24"),
                                            _quoted_share(3, "16.99")]) == "none"


def test_a_hoax_s_figures_equal_to_the_record_stay_right():
    # one figure changed, the others copied right: Sirekap 7 Mar 2024 24.49 / 58.82
    results = _graded([_quoted_share(1, "24.49"), _quoted_share(2, "48.82"),
                       _quoted_share(3, "16.68")])
    assert [r.status for r in results] == ["consistent", "discrepant", "consistent"]


def test_the_fact_check_s_own_figures_keep_the_drift_allowed():
    # not quoted: the page's own reading of the count, 0.31 off a reading of another day
    results = _graded([_quoted_share(1, "58.77"), _quoted_share(2, "24.24"),
                       _quoted_share(3, "16.99", quoted=False)])
    assert results[2].status == "consistent"


def test_a_hoax_s_figure_and_the_fact_check_s_own_for_another_pair_are_no_one_count():
    # "Anies 38,89 persen" (the fake) then "faktanya Prabowo 58,70 persen": 97.59, not 100
    results = _graded([_quoted_share(1, "38.89"), _quoted_share(2, "58.70")])
    assert [r.status for r in results] == ["discrepant", "consistent"]


def test_a_hoax_s_share_of_another_moment_gets_no_leeway_beside_its_false_ones():
    # "20/2 10.30 WIB: Anies 38,89, Prabowo 41,79, Ganjar 19,31" (the record: 7 Mar 2024)
    claims = [_quoted_share(1, "38.89"), _quoted_share(2, "41.79"), _quoted_share(3, "19.31")]
    claims = [Claim(**{**c.__dict__, "page_time": "2024-02-20T10:30:00+07:00"}) for c in claims]
    results = _graded(claims)
    assert [r.status for r in results] == ["discrepant", "discrepant", "discrepant"]
    assert results[2].reason == "quoted_set"


def test_a_progress_over_the_country_s_tps_is_the_national_pilpres_progress():
    claims = run(_page(
        "Real Count Sementara Pilpres 2024",
        "Anies-Muhaimin unggul di dua provinsi, Aceh dan Sumatera Barat.",
        "Suara itu berasal dari 604.002 dari total 823.236 tempat pemungutan suara (TPS) atau "
        "73,37 persen TPS."))
    (found,) = [c for c in claims if c.kind == "progress"]
    assert (found.region_code, found.race_kind, found.election) == ("", "president",
                                                                    "pemilu2024")


def test_a_progress_that_its_own_fraction_contradicts_is_wrong():
    claim = Claim("progress", Decimal("63.37"), "text", "", election="pemilu2024",
                  race_kind="president", region_code="", progress_done=604002,
                  progress_total=823236)
    (result,) = _graded([claim])
    assert (result.status, result.tier, result.official_value) == \
        ("discrepant", "page", Decimal("73.37"))


def test_a_progress_its_own_fraction_bears_out_is_left_to_the_record():
    claim = Claim("progress", Decimal("73.37"), "text", "", election="pemilu2024",
                  race_kind="president", region_code="", progress_done=604002,
                  progress_total=823236)
    (result,) = _graded([claim])
    assert result.tier != "page"


def test_the_report_words_a_progress_its_own_fraction_contradicts():
    # Every graded reason tier "page" needs its headline: a missing one stopped the report.
    from checker.report.figures import race_tables
    from checker.report.templates import ui

    claim = Claim("progress", Decimal("63.37"), "text", "", election="pemilu2024",
                  race_kind="president", region_code="", progress_done=604002,
                  progress_total=823236)
    results = _graded([claim])
    for lang, words in (("id", "jumlah TPS yang disebut halaman"),
                        ("en", "the page's own count of polling stations")):
        tables = race_tables((claim,), results, ui(lang), lang)
        assert any(words in t["headline"] for t in tables), [t["headline"] for t in tables]
