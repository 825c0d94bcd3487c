"""The DPR dapils that are one province whole are data in rules/regions.yaml (issue 10), with
their source, read through the ruleset like the other region vocabulary and validated as
strictly: a misspelt key or a code that is no province stops the program naming file and key."""

from __future__ import annotations

import pytest

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

    from builders import check_article, every_claim

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
