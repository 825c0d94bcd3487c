"""Region and candidate names as pages write them, matched against the real official record
(Pilkada 2024 snapshot and Pemilu 2024, imported from the real data in tests/data)."""

from __future__ import annotations

import dataclasses
import shutil
from types import MappingProxyType

import pytest

from builders import context
from checker.figures.matching import Matcher, fold, matcher_for
from checker.official.model import Candidate, MemoryRecord, Race, Region
from checker.paths import rules_dir
from checker.ruleset.load import load_rules
from checker.ruleset.schema import RulesError
from official_data import PILKADA, governor_rows, record


DKI = Race("pilkada2024", "governor", "31")
JATIM = Race("pilkada2024", "governor", "35")


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return matcher_for(record(), context().rules.figures)


@pytest.mark.parametrize("written,code", [
    ("DKI", "31"), ("Jakarta", "31"), ("DKI Jakarta", "31"), ("dki jakarta", "31"),
    ("Daerah Khusus Jakarta", "31"), ("Provinsi DKI Jakarta", "31"),
    ("Jabar", "32"), ("Jawa Barat", "32"), ("JAWA BARAT", "32"), ("Prov. Jawa Barat", "32"),
    ("Jatim", "35"), ("Jawa Timur", "35"), ("Jateng", "33"), ("Sumut", "12"),
    ("Sumatra Utara", "12"), ("Kepri", "21"), ("Babel", "19"), ("NTB", "52"), ("NTT", "53"),
    ("Kaltara", "65"), ("Papua Barat Daya", "96"), ("Papua Barat", "92"), ("Papua", "91"),
    ("Kota Adm. Jakarta Pusat", "3171"), ("Kota Administrasi Jakarta Pusat", "3171"),
    ("Jakarta Pusat", "3171"), ("Jakpus", "3171"), ("KOTA JAKARTA PUSAT", "3171"),
    ("Kab. Adm. Kepulauan Seribu", "3101"), ("Kabupaten Bogor", "3201"), ("Kab. Bogor", "3201"),
    ("Kab Bogor", "3201"), ("Kota Bogor", "3271"), ("Kota Surabaya", "3578"),
    ("Kabupaten Aceh Barat Daya", "1112"), ("Aceh", "11"),
])
def test_region_names_and_aliases(matcher, written, code):
    hit = matcher.region(written)
    assert hit is not None and hit.code == code, written
    assert hit.name == record().regions[code].name


@pytest.mark.parametrize("written", ["", "Narnia", "Kota Narnia", "Kabupaten", "Jawa"])
def test_unknown_regions(matcher, written):
    assert matcher.region(written) is None


def test_a_bare_name_of_a_kabupaten_and_a_city_is_either(matcher):
    # Sirekap writes kabupaten without a prefix ("BEKASI") and cities with one ("KOTA BEKASI"),
    # but pages write either bare: a bare "Bekasi" is both until the page says which
    # (tests/test_region_names.py: a prefix, a race word, the pair's race, a table's rows).
    hit = matcher.region("Bekasi")
    assert hit.code is None and hit.options == ("3216", "3275")
    assert matcher.region("Kabupaten Bekasi").code == "3216"
    assert matcher.region("Kota Bekasi").code == "3275"


def test_regions_in_running_text(matcher):
    text = ("Hasil Pilgub Jatim dan DKI Jakarta, Kota Adm. Jakarta Pusat, Kab. Bogor; "
            "Pilbup Bogor dan Bogor saja. Malang nasibnya.")
    hits = matcher.region_mentions(text)
    assert [h.code for h in hits] == ["35", "31", "3171", "3201", "3201"]
    assert text[hits[2].start:hits[2].end] == "Kota Adm. Jakarta Pusat"


def test_regions_without_a_record_keep_the_page_words():
    bare = matcher_for(None, context().rules.figures)
    hit = bare.region("Jatim")
    assert (hit.code, hit.name, hit.level) == (None, "Jatim", 1)
    assert bare.region("Kota Adm. Jakarta Pusat").code is None
    hits = bare.region_mentions("Pilbup Kabupaten Tanah Datar dan Jawa Barat")
    assert [(h.code, h.name) for h in hits] == [(None, "Kabupaten Tanah Datar"),
                                                (None, "Jawa Barat")]
    assert bare.candidate("Pramono-Rano") is None


@pytest.mark.parametrize("written", [
    "Pramono-Rano", "Pramono - Rano", "Pramono–Rano", "Pramono Anung", "Rano Karno",
    "Pramono Anung-Rano Karno", "Pramono Anung Wibowo - Rano Karno", "PRAMONO-RANO",
    "pramono-rano", "Pramono dan Rano", "Rano-Pramono", "Si Doel",
    "Dr. Ir. PRAMONO ANUNG WIBOWO, M.M. - H. RANO KARNO, S.IP. (SI DOEL)",
    "Pramomo Anung",  # a typo
])
def test_pramono_rano(matcher, written):
    found = matcher.candidate(written, [DKI])
    assert found is not None and found.id == "1000025", written
    assert matcher.candidate(written).id == "1000025"  # unique in the whole record too


@pytest.mark.parametrize("written", ["Mas Pram", "Pram", "Anies", "Jakarta", "Suara", "KPU",
                                     "Ridwan-Rano"])
def test_no_nicknames_or_mixtures(matcher, written):
    assert matcher.candidate(written, [DKI]) is None


@pytest.mark.parametrize("written,cid", [
    ("Ridwan Kamil-Suswono", "1000023"), ("RK-Suswono", "1000023"), ("RK", "1000023"),
    ("Rido", "1000023"), ("Ridwan Kamil", "1000023"), ("Suswono", "1000023"),
    ("Dharma-Kun", "1000024"), ("Dharma Pongrekun-Kun Wardana", "1000024"),
    ("Khofifah-Emil", "1000033"), ("Khofifah Indar Parawansa", "1000033"),
    ("Risma-Gus Hans", "1000034"), ("Luluk-Lukmanul", "1000032"),
    ("Andika-Hendi", "1000030"), ("Andika Perkasa-Hendrar Prihadi", "1000030"),
    ("Luthfi-Yasin", "1000031"), ("Dedi Mulyadi-Erwan", "1000029"),
    ("Bobby-Surya", "1000003"), ("Edy Rahmayadi-Hasan Basri", "1000004"),
    ("Anies-Muhaimin", "100025"), ("Prabowo-Gibran", "100026"), ("Ganjar-Mahfud", "100027"),
])
def test_candidates_across_the_record(matcher, written, cid):
    found = matcher.candidate(written)
    assert found is not None and found.id == cid, written


def test_every_governor_pair_by_its_short_name_and_full_name(matcher):
    """Property over the 104 real governor pairs: first names of both members ("Bustami-
    Fadhil") name the pair in its province, and KPU's full name names it anywhere."""
    titles = {fold(t) for t in context().rules.figures.titles}
    for row in governor_rows():
        race = Race("pilkada2024", "governor", row["kode_prov"])
        empty_box = row["nama_paslon"].startswith("KOLOM KOSONG")
        members = []
        for member in row["nama_paslon"].split(" - "):
            words = [w for w in fold(member.split(",")[0]).split()
                     if len(w) > 1 and w not in titles]
            members += [words[0].title()] if words else []
        short = "kotak kosong" if empty_box else "-".join(members)
        found = matcher.candidate(short, [race])
        assert found is not None and found.id == row["paslon_id"], (short, row["provinsi"])
        # every race with an empty box has one: the full name alone cannot say which
        full = matcher.candidate(row["nama_paslon"], [race] if empty_box else None)
        assert full is not None and full.id == row["paslon_id"], row["nama_paslon"]


def test_ballot_numbers_and_ids(matcher):
    assert matcher.by_ballot(DKI, 3).id == "1000025"
    assert matcher.by_ballot(DKI, 9) is None
    assert matcher.by_id("1000033").race == JATIM
    assert matcher.by_id("1000033", DKI) is None
    assert matcher.by_id("999") is None
    assert set(matcher.races_for("3171", None)) == {
        DKI, Race("pemilu2024", "president", "")}  # Jakarta's cities elect no mayor
    assert matcher.races_for("3578", "regent_mayor") == (
        Race("pilkada2024", "regent_mayor", "3578"),)


def test_empty_box(matcher):
    surabaya = Race("pilkada2024", "regent_mayor", "3578")
    assert matcher.candidate("kotak kosong", [surabaya]).is_empty_box
    assert matcher.candidate("Kolom Kosong", [surabaya]).is_empty_box
    assert matcher.candidate("kotak kosong") is None  # 36 empty boxes in the record: which?


def _two_muhammads() -> MemoryRecord:
    record = MemoryRecord()
    race = Race("pilkada2024", "governor", "99")
    record.add_region(Region("99", "PROVINSI UJI", 1, ""))
    record.add_candidates(race, [
        Candidate(race, "1", 1, "H. MUHAMMAD ALI, S.E. - BUDI SANTOSO"),
        Candidate(race, "2", 2, "Dr. MUHAMMAD ALWI - CITRA DEWI, M.M."),
    ])
    return record


def test_never_guess_between_candidates_that_score_alike():
    tied = matcher_for(_two_muhammads(), context().rules.figures)
    assert tied.candidate("Muhammad") is None
    assert tied.candidate("Muhammad Ali").id == "1"
    assert tied.candidate("Muhammad-Citra").id == "2"


def test_threshold_and_margin_come_from_the_rules():
    figures = context().rules.figures
    strict = dataclasses.replace(figures, params=MappingProxyType(
        {**figures.params, "candidate_threshold": 100}))
    assert Matcher(record(), figures).candidate("Pramomo Anung", [DKI]).id == "1000025"
    assert Matcher(record(), strict).candidate("Pramomo Anung", [DKI]) is None
    wide = dataclasses.replace(figures, params=MappingProxyType(
        {**figures.params, "candidate_margin": 20}))
    assert Matcher(_two_muhammads(), figures).candidate("Muhammad Ali").id == "1"
    assert Matcher(_two_muhammads(), wide).candidate("Muhammad Ali") is None  # "Alwi" is close


def test_matcher_is_built_once_per_record():
    figures = context().rules.figures
    first = matcher_for(record(), figures)
    assert matcher_for(record(), figures) is first
    other = _two_muhammads()
    assert matcher_for(other, figures) is not first
    assert matcher_for(None, figures) is matcher_for(None, figures)


def _rules_copy(tmp_path, edit) -> None:
    target = tmp_path / "rules"
    shutil.copytree(rules_dir(), target)
    path = target / "figures.yaml"
    path.write_text(edit(path.read_text("utf-8")), "utf-8")
    load_rules(target)


@pytest.mark.parametrize("edit,message", [
    (lambda t: t + "\nsurprise: 1\n", "unknown key"),
    (lambda t: t.replace("candidate_threshold: 85", "candidate_threshold: 101"), "out of range"),
    (lambda t: t.replace("candidate_threshold: 85", "candidate_threshold: high"), "whole number"),
    (lambda t: t.replace('"11": ["aceh"', '11: ["aceh"'), "quoted code"),
    (lambda t: t.replace('"11": ["aceh"', '"1x": ["aceh"'), "quoted code"),
    (lambda t: t.replace("  max_claims: 2000\n", ""), "missing key max_claims"),
    (lambda t: t.replace("quick_count: [", "quickcount: ["), "unknown key"),
])
def test_figures_rules_are_loaded_strictly(tmp_path, edit, message):
    with pytest.raises(RulesError, match=message):
        _rules_copy(tmp_path, edit)


def test_rules_expose_the_figures():
    figures = load_rules(rules_dir()).figures
    assert figures.param("candidate_threshold") == 85
    assert "jatim" in figures.region_aliases["35"]
    assert any(p.name == "Litbang Kompas" for p in figures.pollsters)
    assert set(figures.claim_types) == {"real_count", "quick_count", "plenary", "internal_count",
                                        "survey", "civic_count"}


def test_a_mayors_race_names_the_city(matcher):
    """"Pilwalkot Bandung" is KOTA BANDUNG (3273); "Pilbup Bandung" and a bare "Bandung" the
    kabupaten BANDUNG (3204), as Sirekap writes it (golden independent_fig_tribun_pilwalkot_bandung)."""
    text = "Pilwalkot Bandung, Pilbup Bandung, Wali Kota Bandung, Walikota Bekasi, Pilwali Malang."
    assert [h.code for h in matcher.region_mentions(text)] == ["3273", "3204", "3273", "3275",
                                                               "3573"]


def test_a_given_name_kpu_wrote_as_an_initial(matcher):
    """KPU writes "M. FARHAN - ERWIN"; the press writes "Muhammad Farhan". The initial passes
    beside a word that matched in full, never on its own."""
    bandung = Race("pilkada2024", "regent_mayor", "3273")
    for written in ("Muhammad Farhan - Erwin", "Muhammad Farhan", "M. Farhan-Erwin"):
        found = matcher.candidate(written, [bandung])
        assert found is not None and found.id == "1000608", written
    assert matcher.candidate("Muhammad Farhan-Erwin").id == "1000608"
    assert matcher.candidate("Muhammad", [bandung]) is None
    assert matcher.candidate("Muhammad Haru", [bandung]) is None  # Haru has no initial M
    assert matcher.candidate("Mas Pram", [DKI]) is None            # RK's "M." is no licence
