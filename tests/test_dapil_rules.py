"""The DPR dapils that are one province whole are data in rules/regions.yaml (issue 10), with
their source, read through the ruleset like the other region vocabulary and validated as
strictly: a misspelt key or a code that is no province stops the program naming file and key.
And an election a figure is compared with ("bertambah ... dari Pemilu 2019") does not date it
(checker/figures/figure_election.py, the words in rules/figures.yaml)."""

from __future__ import annotations

import pytest

from builders import check_article, every_claim

from checker.ruleset.regions import REGIONS_SHAPE, parse_regions
from checker.ruleset.schema import RulesError, validate

_SOURCE = "PKPU 6/2023, Lampiran I (the DPR's dapils for Pemilu 2024)"


def _parse(raw):
    return parse_regions(validate(raw, REGIONS_SHAPE, "regions.yaml"), "regions.yaml")


def test_the_shipped_rules_carry_the_one_dapil_provinces_with_a_source(shipped_context):
    whole = shipped_context.rules.figures.region_one_dapil
    # PKPU 6/2023: 84 DPR dapils, 22 of the 38 provinces one dapil each (Malut, DIY, Bali and
    # the six Papua provinces among them; Jatim, Sulsel and DKI are several).
    assert len(whole) == 22 and {"82", "34", "51", "91", "96"} <= whole
    assert not {"35", "73", "31"} & whole


def test_a_misspelt_key_or_a_code_that_is_no_province_fails_with_file_and_key():
    ok = _parse({"names": [], "one_dapil": {"codes": ["82", "34"], "source": _SOURCE}})
    assert ok.one_dapil == frozenset({"82", "34"})
    assert _parse({"names": []}).one_dapil == frozenset()  # a user's rules without the entry
    with pytest.raises(RulesError, match=r"regions\.yaml\.one_dapil: unknown key\(s\) sorce"):
        _parse({"names": [], "one_dapil": {"codes": ["82"], "sorce": _SOURCE}})
    with pytest.raises(RulesError, match=r"regions\.yaml: unknown key\(s\) one_dapils"):
        _parse({"names": [], "one_dapils": {"codes": ["82"], "source": _SOURCE}})
    for codes in (["8201"], ["8"], ["82", "82"], []):  # a kab/kota, no code, twice, none
        with pytest.raises(RulesError, match=r"regions\.yaml\.one_dapil"):
            _parse({"names": [], "one_dapil": {"codes": codes, "source": _SOURCE}})
    with pytest.raises(RulesError, match=r"regions\.yaml\.one_dapil\.source"):
        _parse({"names": [], "one_dapil": {"codes": ["82"], "source": "KPU"}})


_MALUT = ("<p>Adapun tiga kursi DPR-RI dari dapil Malut jatuh ke PDIP dengan total 146.937 "
          "suara.</p>")


def test_the_figures_read_the_one_dapil_provinces_from_the_rules(shipped_context):
    """"dapil Malut" is the province's count because the rules say Malut is one dapil: the
    same page under rules that leave Malut out is one dapil of several, no area."""
    from dataclasses import replace

    def area(ctx) -> str | None:
        found = [c for c, _ in every_claim(check_article(
            "Empat Anggota DPD RI Terpilih dari Maluku Utara", _MALUT, "https://berita.example/a",
            ctx)) if c.value == 146937]
        assert len(found) == 1, found
        return found[0].region_code

    rules = shipped_context.rules
    fewer = rules.figures.region_one_dapil - {"82"}
    other = replace(shipped_context, rules=replace(rules, figures=replace(
        rules.figures, region_one_dapil=fewer)))
    assert (area(shipped_context), area(other)) == ("82", None)


# ---- An election named after a figure as what it is compared with ("bertambah ... dari Pemilu
# 2019", "naik dibanding Pilpres 2019") does not date it: the figure is the page's own
# election's (KabarBaik, DPRD Jatim: PKB's 4.517.228 votes of 2024 were dated 2019).
_JATIM = "Rekapitulasi KPU: Sepuluh Parpol Berhasil Raih Kursi di DPRD Jatim"


def _dated(ctx, title: str, body: str, value) -> str | None:
    found = [c for c, _ in every_claim(check_article(title, body, "https://berita.example/a",
                                                     ctx)) if c.value == value]
    assert len(found) == 1, found
    return found[0].election


_RECAP = "<p>KPU Jawa Timur menuntaskan rekapitulasi hasil Pemilu 2024 untuk DPRD Jatim.</p>"


@pytest.mark.parametrize("title, sentence, value, own", [
    (_JATIM, "Menurut hasil rekapitulasi, PKB meraup suara terbanyak, yakni 4.517.228 suara, "
             "bertambah 136.489 suara dari Pemilu 2019.", 4517228, "pemilu2024"),
    (_JATIM, "PKB meraih 4.517.228 suara, naik dibandingkan Pemilu 2019.", 4517228,
     "pemilu2024"),
    (_JATIM, "Suara PKB 4.517.228, lebih banyak ketimbang pada Pemilu 2019.", 4517228,
     "pemilu2024"),
    ("Hasil Pilpres 2024 di Jawa Timur", "Di Jawa Timur, Prabowo-Gibran meraih 16.716.603 "
     "suara, naik tajam dibanding Pilpres 2019.", 16716603, "pemilu2024"),
    ("Hasil Pilwalkot Surabaya 2024", "Di Kota Surabaya, Eri Cahyadi-Armuji meraih 1.015.107 "
     "suara, turun dari Pilkada 2020.", 1015107, "pilkada2024"),
])
def test_the_election_a_figure_is_compared_with_does_not_date_it(shipped_context, title,
                                                                  sentence, value, own):
    intro = _RECAP if title == _JATIM else ""  # (the other titles name their election)
    assert _dated(shipped_context, title, f"{intro}<p>{sentence}</p>", value) == own


@pytest.mark.parametrize("sentence", [
    "Pada Pemilu 2019, PKB meraih 4.380.739 suara.",
    "PKB meraih 4.380.739 suara pada Pemilu 2019.",
    "PKB meraih 4.380.739 suara dari Pemilu 2019.",  # no change said: the count's election
    # its own election named first; the comparison's after it
    "PKB meraih 4.380.739 suara pada Pemilu 2019, naik dari Pemilu 2014.",
    "PKB meraih 4.380.739 suara di Pemilu 2019, lebih banyak dibanding Pemilu 2014.",
])
def test_a_figure_of_an_earlier_election_keeps_its_date(shipped_context, sentence):
    assert _dated(shipped_context, _JATIM, f"{_RECAP}<p>{sentence}</p>", 4380739) == "pemilu2019"
