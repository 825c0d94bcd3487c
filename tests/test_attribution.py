"""Attribution (issue 10, part 1): which election, race, region and pair each figure belongs to,
and when a figure is read but never graded. Real figures only (the shipped record, as
scripts/record_lookup.py prints it; earlier elections' figures as the press reported them)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import context, snapshot
from checker.analyse.page import extract
from checker.analyse.pipeline import check_snapshot
from checker.figures.claims import extract_claims
from checker.figures.compare import compare_claims
from official_data import record, record_with_rekap


D = Decimal


def run(body: str, url: str = "https://berita.example/a"):
    snap = snapshot(url, body.encode())
    rules = context().rules
    page = extract(snap, rules.vocabulary, rules.figures.params)
    return extract_claims(page, snap, record_with_rekap(), rules)


def report(body: str, url: str = "https://berita.example/a"):
    return check_snapshot(snapshot(url, body.encode()), context())


def graded(claims):
    return [c for c in compare_claims(claims, record_with_rekap(), context().rules.thresholds) if c.status != "unverifiable"]


# -- cards: a heading, then one line per pair ------------------------------------------------

CARDS = """<html><body><h1>Real Count Pilkada 2024 Gubernur</h1>
<div class="card"><h3>JAWA TENGAH</h3>
<div>ANDIKA PERKASA - HENDRAR PRIHADI: 7.841.476 suara (40.86%)</div>
<div>AHMAD LUTHFI - TAJ YASIN: 11.350.609 suara (59.14%)</div></div>
<div class="card"><h3>JAWA TIMUR</h3>
<div>LULUK NUR HAMIDAH - LUKMANUL KHAKIM: 1.785.621 suara (8.72%)</div>
<div>KHOFIFAH INDAR PARAWANSA - EMIL ELESTIANTO DARDAK: 12.018.858 suara (58.70%)</div>
<div>TRI RISMAHARINI - GUS HANS: 6.671.068 suara (32.58%)</div></div>
<div class="card"><h3>DKI JAKARTA</h3>
<div>RIDWAN KAMIL - SUSWONO: 1.717.245 suara (39.40%)</div>
<div>DHARMA PONGREKUN - KUN WARDANA: 458.886 suara (10.53%)</div>
<div>PRAMONO ANUNG - RANO KARNO: 2.181.939 suara (50.07%)</div></div>
</body></html>"""


def test_cards_attach_figures_to_the_heading_above_them():
    claims = run(CARDS)
    assert len(claims) == 16
    by_region = {}
    for claim in claims:
        by_region.setdefault(claim.region_code, []).append(claim)
    assert sorted(by_region) == ["31", "33", "35"]
    assert {c.candidate_id for c in by_region["33"]} == {"1000030", "1000031"}
    assert {c.candidate_id for c in by_region["35"]} == {"1000032", "1000033", "1000034"}
    compared = compare_claims(claims, record(), context().rules.thresholds)
    assert {c.status for c in compared} == {"consistent"}, compared


# -- candidate first: the pair fixes the race; a region that disagrees holds the figure ------

def test_an_alias_names_the_pair_and_its_race():
    claims = run("<p>Hasil Pilkada 2024: pasangan Si Doel dan Pramono meraih 50,07 persen.</p>"
                 "<p>RIDO memperoleh 39,40 persen.</p>")
    assert {(c.candidate_id, c.region_code) for c in claims} == {("1000025", "31"),
                                                                ("1000023", "31")}


def test_a_pair_named_in_another_provinces_race_is_not_compared():
    # Pramono-Rano stand in DKI only: "di Jawa Barat" cannot be their race.
    claims = run("<p>Pilkada 2024 di Jawa Barat: Pramono-Rano meraih 50,07 persen.</p>")
    assert len(claims) == 1 and claims[0].hold == "region_conflict"
    assert not graded(claims)


# -- election and year ------------------------------------------------------------------------

def test_an_earlier_election_is_read_but_never_compared():
    # Pilgub Jabar 2018 (KPU Jabar's plenary, as Suara.com reported it): Ridwan Kamil-Uu
    # 7.226.254 suara (32,88 persen). Ridwan Kamil is a 2024 candidate too (DKI).
    claims = run("<h1>Hasil Pilgub Jabar 2018</h1><p>Pada Pilgub Jawa Barat 2018, pasangan "
                 "Ridwan Kamil-Uu Ruzhanul Ulum meraih 7.226.254 suara (32,88 persen).</p>")
    assert claims and {c.election for c in claims} == {"pilkada2018"}
    assert {c.hold for c in claims} == {"other_election"}
    assert {c.candidate_id for c in claims} == {None}
    assert {c.region_code for c in claims} == {"32"}
    assert not graded(claims)


def test_pilpres_figures_on_a_dki_page_are_the_presidential_race():
    claims = run("<h1>Hasil Pilpres 2024 di DKI Jakarta</h1><p>Real count Pilpres 2024 di "
                 "Jakarta: paslon nomor urut 1 meraih 41,04 persen, paslon nomor urut 2 "
                 "41,47 persen.</p>")
    assert {(c.election, c.race_kind, c.region_code) for c in claims} == \
        {("pemilu2024", "president", "31")}
    assert {c.candidate_id for c in claims} == {"100025", "100026"}


def test_pilkada_findings_never_fire_on_a_pilpres_article():
    result = report("<h1>Real Count KPU Pilpres 2024</h1><p>Anies, mantan gubernur DKI. "
                    "Prabowo-Gibran meraih "
                    "58,82 persen, Anies-Cak Imin 24,49 persen.</p>")
    assert not {"FIG008", "PAG020"} & {f.code for f in result.findings}
    assert {c.election for c in result.claims} == {"pemilu2024"}


# -- region level -----------------------------------------------------------------------------

def test_a_single_tps_is_never_its_province():
    # detikBali, 27 Nov 2024: TPS 09 Desa Sumerta Kaja, Denpasar.
    claims = run("<h1>Mulia-PAS menang di TPS</h1><p>Pilgub Bali: di TPS 09 Banjar Kertabumi, "
                 "Desa Sumerta Kaja, Denpasar, Mulia-PAS mengumpulkan 261 suara, Koster-Giri "
                 "mendapat 156 suara.</p>")
    assert claims and {c.hold for c in claims} == {"lower_level"}
    assert {c.region_code for c in claims} == {None}
    assert not graded(claims)


def test_a_province_after_the_tps_paragraph_is_compared_again():
    claims = run("<h1>Pilgub Jawa Timur 2024</h1>"
                 "<p>Di TPS 09 Desa Sumerta Kaja, Khofifah-Emil mendapat 261 suara.</p>"
                 "<p>Di tingkat Provinsi Jawa Timur, Khofifah-Emil meraih 58,70 persen.</p>")
    held = {c.value: c.hold for c in claims}
    assert held == {261: "lower_level", D("58.70"): None}


# -- what is not a pair's votes or share ------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Pramono-Rano unggul 465.079 suara atas Ridwan Kamil-Suswono.",
    "Selisih suara Pramono-Rano dan Ridwan Kamil-Suswono mencapai 465.079 suara.",
    "Ridwan Kamil-Suswono tertinggal 465.079 suara dari Pramono-Rano.",
    "Pramono-Rano menang di 267 kelurahan.",
    "Tingkat partisipasi pemilih Pilgub DKI Jakarta 57,69 persen.",
    "Cakupan data Pramono-Rano 64,10 persen.",
    "Jumlah suara sah Pilgub DKI Jakarta 4.360.629 suara.",
    "Pramono-Rano butuh lebih dari 50 persen untuk menang satu putaran.",
])
def test_not_a_pairs_votes_or_share(sentence):
    assert run(f"<h1>Pilgub DKI Jakarta 2024</h1><p>{sentence}</p>") == ()


# -- quoted claims ----------------------------------------------------------------------------

FACT_CHECK = """<html><head><title>Grafik real count Pilgub DKI beredar di media sosial</title>
</head><body><h1>Grafik real count Pilgub DKI beredar di media sosial</h1>
<p>Beredar grafik yang menyebut Ridwan Kamil-Suswono 42,02%, Dharma-Kun 10,49% dan
Pramono-Rano 47,49% dengan data masuk 100%.</p>
<h2>Faktanya</h2><p>KPU tidak pernah menerbitkan grafik itu.</p>
<h2>Kesimpulan</h2><p>Salah! Grafik tersebut hoaks.</p></body></html>"""


def test_a_fact_check_recognised_from_the_whole_page_quotes_the_hoax():
    result = report(FACT_CHECK)
    assert result.claims and all(c.quoted for c in result.claims)
    assert result.figures_status != "discrepant"
    codes = {f.code for f in result.findings}
    assert not codes & {"FIG001", "FIG004", "FIG008", "FIG020", "FIG021"}
    # the quoted figures are still graded, as quotes: the report can say the hoax is off
    assert "discrepant" in {c.status for c in result.comparisons}


# -- recall -----------------------------------------------------------------------------------

def test_recall_patterns():
    claims = run("<h1>Rekapitulasi Pilgub DKI Jakarta 2024</h1>"
                 "<p>Pramono-Rano: 2.183.239</p>"
                 "<p>Pasangan Ridwan Kamil-Suswono berada di posisi kedua. Pasangan itu "
                 "memperoleh 1.718.160 suara.</p>"
                 "<p>Dharma-Kun meraih suara terendah, yakni 459.230, atau 10,53 persen.</p>")
    got = {(c.candidate_id, c.kind, c.value) for c in claims}
    assert ("1000025", "votes", 2183239) in got
    assert ("1000023", "votes", 1718160) in got
    assert ("1000024", "votes", 459230) in got
    assert ("1000024", "share", D("10.53")) in got


def test_candidate_field_is_a_pair_or_nothing():
    claims = run("<h1>Pilgub DKI Jakarta 2024</h1><p>Hingga Kamis 50,07 persen suara "
                 "sudah dihitung. Dalam rekapitulasi, 39,40 persen.</p>")
    assert all(c.candidate_name is None or c.candidate_id or c.nomor_urut for c in claims)


def test_an_article_published_before_2024_reports_an_earlier_election():
    # Suara.com, 8 Juli 2018 (tests/corpus: old-suara-pilgub-jabar-2018-rekap): no year beside
    # the election word, only the article's date.
    claims = run("<h1>Sah! KPU Nyatakan Ridwan Kamil-Uu Ruzhanul Menang Pilkada Jabar</h1>"
                 "<p>Suara.com \u2014 Minggu, 8 Juli 2018</p><p>Rapat pleno rekapitulasi suara "
                 "Pilgub Jawa Barat memutuskan pasangan nomor urut 1 Ridwan Kamil-Uu Ruzhanul "
                 "Ulum sebagai pemenang. Pasangan nomor urut 2 Tubagus Hasanuddin - Anton "
                 "Charliyan meraih 2.773.078 suara (12,62 persen).</p>",
                 url="https://amp.suara.com/news/2018/07/08/174149/sah-kpu-nyatakan")
    assert claims and {(c.election, c.hold, c.candidate_id) for c in claims} == \
        {("pilkada2018", "other_election", None)}
    assert {c.nomor_urut for c in claims} == {2}
    assert not graded(claims)


def test_per_city_sections_are_the_cities_not_the_province():
    # ntvnews.id, 5 Des 2024 (tests/corpus: pilkada-ntvnews-dki-rekap-kota-kabupaten)
    claims = run("<h1>Hasil Rekapitulasi Kota/Kabupaten Pilkada Jakarta 2024</h1>"
                 "<p>Rincian rekapitulasi tingkat kota/kabupaten:</p><h3>Kepulauan Seribu</h3>"
                 "<p>Ridwan Kamil-Suswono: 6.578 suara Pramono-Rano Karno: 7.456 suara</p>"
                 "<h3>Jakarta Utara</h3><p>Ridwan Kamil-Suswono: 261.463 suara "
                 "Pramono Anung-Rano Karno: 328.486 suara</p>")
    assert {(c.value, c.region_code) for c in claims} == {
        (6578, "3101"), (7456, "3101"), (261463, "3172"), (328486, "3172")}
    assert not [c for c in compare_claims(claims, record_with_rekap(), context().rules.thresholds)
                if c.status in ("discrepant", "minor")]


# -- rules/candidates.yaml is data, checked strictly -------------------------------------------

@pytest.mark.parametrize("entry,message", [
    ('{candidate: "1000023", race: {election: pilkada2018, kind: governor, region: "32"}, '
     'names: [rido], source: "somewhere in the press"}', "election"),
    ('{candidate: "1000023", race: {election: pilkada2024, kind: governor, region: "3101"}, '
     'names: [rido], source: "somewhere in the press"}', "region"),
    ('{candidate: "1000023", race: {election: pilkada2024, kind: governor, region: "31"}, '
     'names: [rido], source: ""}', "source"),
    ('{candidate: "RK", race: {election: pilkada2024, kind: governor, region: "31"}, '
     'names: [rido], source: "somewhere in the press"}', "candidate"),
    ('{candidate: "1000023", race: {election: pilkada2024, kind: governor, region: "31"}, '
     'names: [rido], source: "somewhere in the press", note: x}', "note"),
])
def test_candidate_aliases_are_validated(tmp_path, entry, message):
    import shutil

    from checker.paths import rules_dir
    from checker.ruleset.load import load_rules
    from checker.ruleset.schema import RulesError

    folder = tmp_path / "rules"
    shutil.copytree(rules_dir(), folder)
    (folder / "candidates.yaml").write_text(f"aliases:\n  - {entry}\n", "utf-8")
    with pytest.raises(RulesError, match=message):
        load_rules(folder)


def test_an_alias_names_only_its_own_race():
    # "Mulia-PAS" is Bali's governor pair 01; "Andalan Hati" Sulsel's 02; AMIN the president's
    # 01 (Sirekap 28 Nov 2024 and 7 Mar 2024 shares).
    claims = run("<h1>Pilgub Bali 2024</h1><p>Mulia-PAS meraih 38,54 persen.</p>"
                 "<h2>Pilgub Sulawesi Selatan</h2><p>Andalan Hati meraih 65,31 persen.</p>"
                 "<h2>Pilpres 2024: hasil nasional</h2><p>AMIN meraih 24,49 persen.</p>")
    assert {c.candidate_id for c in claims} == {"1000037", "1000066", "100025"}
    assert {c.status for c in compare_claims(claims, record(), context().rules.thresholds)} == {"consistent"}


def test_a_dateline_is_not_the_subject_and_the_title_region_is():
    # Republika, 17 Feb 2024 (tests/corpus: pilpres-republika-dki-realcount-17feb); Kontan,
    # 5 Mar 2024 (pilpres-kontan-sirekap-78persen): national figures under a JAKARTA dateline.
    dki = run("<h1>Real Count Terkini KPU, Prabowo Kalahkan Anies di DKI Jakarta</h1>"
              "<p>REPUBLIKA.CO.ID, JAKARTA -- Penghitungan real count Pilpres 2024 berlanjut.</p>"
              "<p>Data terbaru mencatat Prabowo-Gibran 1.423.564 suara (41,52 persen).</p>")
    assert {(c.election, c.region_code) for c in dki} == {("pemilu2024", "31")}
    national = run("<h1>Sirekap Pilpres 2024</h1><p>KONTAN.CO.ID - JAKARTA. Menurut data "
                   "Sirekap, pasangan nomor urut 2 Prabowo Subianto-Gibran Rakabuming Raka "
                   "meraih 58,82 persen suara.</p>")
    assert [(c.region_code, c.value) for c in national] == [("", D("58.82"))]


def test_national_figures_on_a_province_page():
    # iNews, 15 Feb 2024 (tests/corpus: pilpres-inews-aceh-realcount-15feb)
    claims = run("<h1>Real Count KPU di Aceh: Anies-Cak Imin Unggul 81,99 Persen</h1>"
                 "<p>Di Provinsi Aceh, pasangan nomor urut 1 Anies Baswedan-Muhaimin Iskandar "
                 "unggul jauh dengan 81,99 persen suara.</p><p>Di tingkat nasional, "
                 "Prabowo-Gibran memimpin dengan 56,51 persen atau 22.162.367 suara.</p>")
    assert {(c.value, c.region_code) for c in claims} == {
        (D("81.99"), "11"), (D("56.51"), ""), (22162367, "")}


def test_a_place_the_record_does_not_know_is_not_the_region_before_it():
    # wartajuara, Kaltim rekap per kab/kota (tests/corpus: pilkada-wartajuara-kaltim-rekap-per-
    # kabkota): "Mahulu" is the press's short name for Mahakam Ulu (rules/figures.yaml
    # region_aliases since); a name no alias knows still names no region.
    claims = run("<h1>Rekapitulasi Pilgub Kaltim 2024</h1><p>Di Kota Samarinda, Rudy-Seno "
                 "unggul.</p><p>Di Kabupaten Mahalu Isran-Hadi unggul tipis dengan 11.279 "
                 "suara.</p><p>Di Kutai Barat, Isran-Hadi 45.370 suara.</p>")
    where = {c.value: (c.region_code, c.hold) for c in claims}
    assert where[11279] == (None, "region_unknown")
    assert where[45370][0] == "6407"


def test_votes_abroad_and_a_kpu_office_name_are_no_region_of_the_record():
    # Ekora NTT (tests/corpus: factcheck-ekorantt-malaysia-prabowo-833); Lombokvibes
    # (factcheck-lombokvibes-anies-menang-real-count): "di KPU Jakarta" is an office.
    abroad = run("<h1>Hasil Pilpres di Malaysia Menangkan Prabowo-Gibran</h1><p>Pasangan "
                 "nomor urut 2, Prabowo Subianto dan Gibran, meraih 83,3 persen.</p>")
    assert abroad and {(c.region_code, c.hold) for c in abroad} == {(None, "region_unknown")}
    office = run("<h1>Real count Pilpres 2024</h1><p>Video di KPU Jakarta disertai angka "
                 "Anies-Muhaimin 56.4%, Prabowo-Gibran 31.5%.</p>")
    assert {c.region_code for c in office} == {""}


def test_a_partial_tally_is_not_the_result():
    claims = run("<h1>Rekapitulasi Pilpres 2024</h1><p>Hingga Minggu, rekapitulasi nasional "
                 "di 34 provinsi mencatat Prabowo-Gibran meraih 58,82 persen.</p>")
    assert claims and {c.hold for c in claims} == {"partial_tally"}
    assert not graded(claims)


def test_a_plenary_share_within_rounding_of_sirekap_is_graded():
    # kumparan, KPU Jateng's plenary (tests/corpus: pilkada-kumparan-jateng-rekap-luthfi-yasin):
    # "59,1 persen"; Jateng's decree ships since rekap3, so the shape moved to Sumatera Barat,
    # whose record is Sirekap only (Mahyeldi-Vasko 77.15 at 99.49%): "77,1 persen" within
    # rounding is graded against Sirekap; beyond it the comparison says plenary_not_loaded
    # (compare.py).
    claims = run("<h1>Pilgub Sumatera Barat 2024</h1><p>Rapat pleno rekapitulasi KPU Sumbar: "
                 "Mahyeldi-Vasko meraih 77,1 persen.</p>")
    result = compare_claims(claims, record_with_rekap(), context().rules.thresholds)
    assert [(c.status, c.tier) for c in result] == [("consistent", "sirekap")]


def test_with_the_decree_the_same_plenary_share_is_graded_against_it():
    # Jateng's decree (rekap3): Luthfi-Yasin 59,14 % of 19.260.275 valid votes
    claims = run("<h1>Pilgub Jawa Tengah 2024</h1><p>Rapat pleno rekapitulasi KPU Jateng: "
                 "Luthfi-Yasin meraih 59,1 persen.</p>")
    result = compare_claims(claims, record_with_rekap(), context().rules.thresholds)
    assert [(c.status, c.tier) for c in result] == [("consistent", "rekap")]


def test_a_senators_votes_are_another_race():
    # ANTARA Jatim, 20 Feb 2024 (tests/corpus: dpd-antaranews-jatim-sirekap-senator)
    claims = run("<h1>Dua tokoh perempuan berpotensi lolos DPD wakili Jatim</h1><p>Menurut "
                 "real count KPU, Pemilu 2024 calon DPD Jawa Timur Lia Istifhama meraih "
                 "1.726.688 suara.</p>")
    assert claims and {(c.hold, c.candidate_id, c.race_kind) for c in claims} == \
        {("other_race", None, None)}
    assert not graded(claims)

