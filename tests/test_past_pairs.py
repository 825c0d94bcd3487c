"""Earlier elections' pairs (rules/past-candidates.yaml, checker/figures/past_pairs.py): a figure
of Pilpres 2019 or of a 2018 governor race gets its pair's ballot number from the roster, and a
pair written member by member that stood in one past election only says which election. Such
figures stay unverifiable ("another election"). Figures as the press reported them (KPU's
plenary results of 2018 and 2019)."""

from __future__ import annotations

import shutil
from decimal import Decimal

import pytest

from builders import context, snapshot
from checker.analyse.page import extract
from checker.figures.claims import extract_claims
from checker.figures.compare import compare_claims
from official_data import record_with_rekap


def run(body: str, url: str):
    snap = snapshot(url, body.encode())
    rules = context().rules
    page = extract(snap, rules.vocabulary, rules.figures.params)
    return extract_claims(page, snap, record_with_rekap(), rules)


def by_value(claims):
    return {(c.kind, Decimal(c.value)): c for c in claims}


def never_graded(claims):
    return all(c.status == "unverifiable" for c in
               compare_claims(claims, record_with_rekap(), context().rules.thresholds))


def test_a_2019_rekap_gets_the_pairs_ballot_numbers():
    # KPU's national rekap of 21 May 2019, as Kumparan reported it.
    claims = run("<h1>Rekapitulasi Pilpres 2019</h1><p>Jokowi-Ma'ruf meraih 85.607.362 suara "
                 "atau 55,50 persen, sedangkan Prabowo-Sandi 68.650.239 suara atau 44,50 "
                 "persen.</p>", "https://berita.example/2019/05/21/rekap-pilpres")
    got = by_value(claims)
    assert got[("votes", Decimal(85607362))].nomor_urut == 1
    assert got[("share", Decimal("44.50"))].nomor_urut == 2
    assert {(c.election, c.race_kind, c.hold) for c in claims} == \
        {("pemilu2019", "president", "other_election")}
    assert never_graded(claims)


def test_a_list_numbers_its_items_not_the_ballot():
    # KPU Sultra's plenary of 7 Jul 2018: Ali Mazi-Lukman Abunawas was nomor urut 1,
    # Asrun-Hugua 2, Rusda Mahmud-Sjafei Kahar 3; a page listed them by votes.
    claims = run("<h1>Hasil Resmi Pilgub 2018</h1><p>Pilgub Sulawesi Tenggara</p>"
                 "<p>1. Ali Mazi – Lukman Abunawas : 495.880 suara (42,84 persen)</p>"
                 "<p>2. Rusda Mahmud – Sjafei Kahar : 358.537 suara (30,98 persen)</p>"
                 "<p>3. Asrun – Hugua : 280.762 suara atau 24,26 persen</p>",
                 "https://berita.example/news/hasil-pilgub/2018/07/09/")
    got = by_value(claims)
    assert got[("votes", Decimal(495880))].nomor_urut == 1
    assert got[("votes", Decimal(358537))].nomor_urut == 3
    assert got[("votes", Decimal(280762))].nomor_urut == 2
    assert {(c.election, c.race_region) for c in claims} == {("pilkada2018", "74")}
    assert never_graded(claims)


def test_a_pair_of_one_past_election_names_that_election():
    # A 2024 article recalling Pilpres 2019 without its year: "Prabowo-Sandi" stood then only.
    claims = run("<h1>Prabowo kembali maju di Pilpres</h1><p>Di pilpres sebelumnya, "
                 "pasangan Prabowo-Sandi meraih "
                 "68.650.239 suara.</p>", "https://berita.example/2024/01/20/prabowo-maju")
    (claim,) = claims
    assert (claim.election, claim.race_kind, claim.nomor_urut, claim.hold) == \
        ("pemilu2019", "president", 2, "other_election")
    assert never_graded(claims)


def test_a_debunk_gets_the_election_but_no_number_from_the_roster():
    # A 2024 fact-check of the 2019 hoax "Prabowo-Sandi 62,1 persen" (BPN's claimed count):
    # the hoax's figure is another election's; the roster does not number a quote, so it
    # does not turn it into a graded one (hoax_figures grades the pairs the page numbers).
    claims = run("<h1>[HOAKS] Quick Count Internal BPN 62,1 Persen</h1><p>Cek fakta: dalam "
                 "unggahan itu tertulis Prabowo-Sandi meraih 62,1 persen suara. Faktanya, "
                 "hoaks. Kesimpulan: salah.</p>",
                 "https://berita.example/2024/02/20/cek-fakta-quick-count")
    (claim,) = claims
    assert (claim.election, claim.race_kind, claim.nomor_urut, claim.hold) == \
        ("pemilu2019", "president", None, "other_election")


def test_a_2018_pair_without_a_year_is_that_race():
    # Pilgub Jabar 2018 (KPU Jabar's plenary): the names alone, no year, no province.
    claims = run("<h1>Hasil rekapitulasi</h1><p>Pasangan Ridwan Kamil-Uu Ruzhanul Ulum "
                 "memperoleh 7.226.254 suara atau 32,88 persen.</p>",
                 "https://berita.example/2018/07/08/rekap")
    assert {(c.election, c.race_kind, c.race_region, c.region_code, c.nomor_urut)
            for c in claims} == {("pilkada2018", "governor", "32", "32", 1)}


def test_one_name_or_a_2024_pair_never_names_a_past_election():
    # "Prabowo" stood in 2014, 2019 and 2024; Khofifah-Emil in 2018 and 2024.
    claims = run("<h1>Real count Pilpres 2024</h1><p>Prabowo meraih 58,84 persen suara "
                 "secara nasional.</p><h2>Pilgub Jatim 2024</h2><p>Khofifah-Emil meraih "
                 "58,81 persen suara.</p>", "https://berita.example/2024/12/09/rekap")
    assert not {c.election for c in claims} - {"pemilu2024", "pilkada2024"}


def test_a_name_that_is_someone_else_gets_no_number():
    # "Prabowo-Gibran" beside Pilpres 2019 figures is no 2019 pair ("Gibran" is not a
    # misspelt Sandiaga).
    from checker.figures.past_pairs import roster_for

    roster = roster_for(context().rules.figures)
    assert roster.in_race("pemilu2019", "president", "", "Prabowo-Gibran") is None
    assert roster.in_race("pemilu2019", "president", "", "Ranah Minang Prabowo-Sandiaga").nomor == 2
    assert roster.in_race("pilkada2018", "governor", "18", "Arinal Djunaidi-Chusnunua").nomor == 3
    assert roster.by_name("Prabowo") is None and roster.by_name("Anies") is None


@pytest.mark.parametrize("entry,message", [
    ('{election: pilkada2024, kind: governor, region: "32", source: "https://x.example/a", '
     'pairs: [{nomor: 1, name: "A - B"}, {nomor: 2, name: "C - D"}]}', "earlier election"),
    ('{election: pilkada2018, kind: governor, region: "32", source: "a newspaper", '
     'pairs: [{nomor: 1, name: "A - B"}, {nomor: 2, name: "C - D"}]}', "address"),
    ('{election: pilkada2018, kind: governor, region: "32", source: "https://x.example/a", '
     'pairs: [{nomor: 1, name: "A - B"}, {nomor: 1, name: "C - D"}]}', "ballot number"),
    ('{election: pilkada2018, kind: president, region: "", source: "https://x.example/a", '
     'pairs: [{nomor: 1, name: "A - B"}, {nomor: 2, name: "C - D"}]}', "not in"),
    ('{election: pilkada2018, kind: governor, region: "3201", source: "https://x.example/a", '
     'pairs: [{nomor: 1, name: "A - B"}, {nomor: 2, name: "C - D"}]}', "region"),
    ('{election: pilkada2018, kind: governor, region: "32", source: "https://x.example/a", '
     'pairs: [{nomor: 1, name: "A"}, {nomor: 2, name: "C - D"}]}', "two members"),
])
def test_the_roster_is_validated(tmp_path, entry, message):
    from checker.paths import rules_dir
    from checker.ruleset.load import load_rules
    from checker.ruleset.schema import RulesError

    folder = tmp_path / "rules"
    shutil.copytree(rules_dir(), folder)
    (folder / "past-candidates.yaml").write_text(f"races:\n  - {entry}\n", "utf-8")
    with pytest.raises(RulesError, match=message):
        load_rules(folder)


def test_a_page_whose_pairs_are_all_of_one_past_election_is_that_election():
    # IDN Times Sulsel, 19 Apr 2019 (no year on the page): Situng's first hours; a regency's
    # progress names no pair, the page's pairs are all Pilpres 2019's.
    claims = run("<h1>Real Count 2,7 Persen: Prabowo Unggul di 15 Daerah Sulsel</h1><p>Real "
                 "count sementara KPU di Sulawesi Selatan, Jumat (19/4). Prabowo-Sandi "
                 "mengumpulkan 77.605 suara atau 57,02 persen. Joko Widodo-Ma'ruf Amin mendapat "
                 "58.489 suara atau 42,98 persen.</p><p>Di Bone, misalnya, baru ada data 25 "
                 "dari total 2.235 TPS.</p>", "https://berita.example/news/real-count-sulsel")
    assert claims and {c.election for c in claims} == {"pemilu2019"}


def test_a_2024_pair_on_the_page_keeps_its_own_election():
    # Khofifah-Emil stood in 2018 and in 2024: on a page of unknown date that names them, the
    # roster does not make the page 2018's.
    claims = run("<h1>Real count Pilgub Jatim</h1><p>Khofifah-Emil meraih 58,81 persen suara."
                 "</p><p>Data masuk 99 persen.</p>", "https://berita.example/news/jatim")
    assert "pilkada2018" not in {c.election for c in claims}


def test_a_past_pair_fixes_its_race_over_a_place_named_before():
    # Tandaseru, Pilkada 2018 (KPU Sumut's recap): the paragraph before names a regency the
    # loser won; "Secara keseluruhan Eramas ..." is Edy Rahmayadi-Musa Rajekshah's, Sumut's.
    claims = run("<h1>Hasil Pilkada Jabar, Jateng dan Sumut</h1><p>Pilkada serentak 2018. Di "
                 "Sumatra Utara, pasangan Edy Rahmayadi-Musa Rajeckshah (Eramas) mengungguli "
                 "Djarot Saiful Hidayat-Sihar Sitorus (Djoss).</p><p>Djoss hanya menang telak di "
                 "Kabupaten Simalungun.</p><p>Secara keseluruhan Eramas meraih 3.291.137 suara "
                 "atau 57,57 persen, sedangkan Djoss 2.424.960 suara atau 42,42 persen.</p>",
                 "https://berita.example/politik/hasil-pilkada")
    got = by_value(claims)
    eramas = got[("votes", Decimal(3291137))]
    assert (eramas.election, eramas.race_kind, eramas.race_region, eramas.region_code,
            eramas.nomor_urut) == ("pilkada2018", "governor", "12", "12", 1)
    assert got[("share", Decimal("42.42"))].nomor_urut == 2
