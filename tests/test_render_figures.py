"""The figures part of every report: JSON contract, one table per race, both languages."""

import dataclasses
import json
import re
from decimal import Decimal

import pytest

from builders import context, snapshot
from checker.report import formats as render
from checker.figures.compare import compare_claims, figures_status
from checker.models import Claim
from checker.analyse.pipeline import check_snapshot
from checker.report.figures import number
from official_data import record, record_with_rekap


def governor_record(with_rekap: bool = True):
    return record_with_rekap() if with_rekap else record()

FAKE = [("Ridwan Kamil-Suswono", 1, "42.02"), ("Dharma-Kun", 2, "10.49"),
        ("Pramono-Rano <script>alert(1)</script>", 3, "47.49")]


@pytest.fixture()
def report():
    claims = tuple(Claim("share", Decimal(v), "text", f"{name} {v}%", election="pilkada2024",
                         race_kind="governor", region_code="31", region_name="DKI JAKARTA",
                         nomor_urut=n, candidate_name=name, claim_type="real_count",
                         page_time="28/11/2024 09:47 WIB")  # the fake states its moment
                   for name, n, v in FAKE)
    claims += (Claim("votes", 2181939, "text", "2.181.939 suara", election="pilkada2024",
                     race_kind="governor", region_code="31", region_name="DKI JAKARTA",
                     nomor_urut=9),)
    comparisons = compare_claims(claims, governor_record(), context().rules.thresholds)
    base = check_snapshot(snapshot("https://rc-pilkada.example/", "<title>x</title>"), context())
    return dataclasses.replace(base, claims=claims, comparisons=comparisons,
                               figures_status=figures_status(comparisons))


def test_json_claims_and_comparisons_follow_the_contract(report):
    data = render.report_dict(report, context().rules, "en")
    claim = data["claims"][0]
    assert claim["region"] == {"code": "31", "name": "DKI JAKARTA"}
    assert claim["candidate"] == {"nomor_urut": 1, "id": None, "name": "Ridwan Kamil-Suswono"}
    assert (claim["kind"], claim["value"], claim["claim_type"]) == ("share", "42.02", "real_count")
    comparison = data["comparisons"][0]
    assert {k: comparison[k] for k in ("claim", "status", "official_value", "difference", "tier")} \
        == {"claim": 0, "status": "discrepant", "official_value": "39.40", "difference": "2.62",
            "tier": "rekap"}
    assert comparison["as_of"].startswith("2024-12-08")
    assert comparison["sirekap"]["value"] == "39.40"
    assert data["comparisons"][3]["reason"] == "candidate_unknown"
    assert data["figures_status"] == "mixed"
    json.dumps(data)  # every value serialises


def test_one_table_per_race_with_a_headline(report):
    tables = render.report_dict(report, context().rules, "id")["figure_tables"]
    assert len(tables) == 1
    table = tables[0]
    assert table["race"] == "Pilgub DKI Jakarta"  # as a reader names it, not "Gubernur DKI JAKARTA"
    assert "berbeda jauh" in table["headline"] or "Sebagian" in table["headline"]
    assert "+2,62" in table["headline"] and "rekapitulasi pleno" in table["tier"]
    first = table["rows"][0]
    assert (first["claimed"], first["official"], first["difference"]) == ("42,02%", "39,40%",
                                                                          "+2,62")


@pytest.mark.parametrize("fmt", ["text", "md", "html"])
def test_every_format_shows_the_table_in_both_languages(report, fmt):
    rules = context().rules
    id_text = render.render(report, rules, fmt, "id")
    en_text = render.render(report, rules, fmt, "en")
    assert "42,02%" in id_text and "39,40%" in id_text
    assert "42.02%" in en_text and "39.40%" in en_text
    assert "rekapitulasi pleno" in id_text and "plenary recapitulation" in en_text
    if fmt == "html":
        assert "<script>alert(1)" not in id_text


@pytest.mark.parametrize("value,lang,places,out", [
    (2181939, "id", None, "2.181.939"), (2181939, "en", None, "2,181,939"),
    (Decimal("50.07"), "id", None, "50,07"), (Decimal("1234.5"), "en", None, "1,234.50"),
    (None, "id", None, "-"),
])
def test_numbers_in_the_readers_language(value, lang, places, out):
    assert number(value, lang, places) == out


def test_the_chat_summary_carries_the_figures_headline(report):
    text = render.render(report, context().rules, "text", "id", short=True)
    assert "+2,62" in text and len(text) <= render.SHORT_LIMIT


# --- issue 13: a picture of the figures --------------------------------------------------------

def test_html_draws_each_race_as_an_accessible_svg_with_a_table_beside(report):
    page = render.render(report, context().rules, "html", "en")
    svg = re.search(r"<svg class=\"chart\".*?</svg>", page, re.S).group(0)
    assert 'role="img"' in svg and "<title>" in svg and "<desc>" in svg
    assert "plenary recapitulation" in svg  # the tier of the official value, and its date
    assert "8 December 2024" in svg
    assert "42.02%" in svg and "<script" not in svg  # the hostile pair name is escaped
    assert "<table>" in page  # the text equivalent


def test_terminal_shows_bars_of_claim_against_official(report):
    text = render.render(report, context().rules, "text", "en")
    page_line = next(line for line in text.splitlines() if "42.02%" in line)
    official_line = text.splitlines()[text.splitlines().index(page_line) + 1]
    assert "page" in page_line and "█" in page_line
    assert "official" in official_line and "█" in official_line
    # The page's 42.02 and the record's value differ: the bars have different lengths.
    assert page_line.count("█") != official_line.count("█") or "39.40%" not in official_line


def test_png_picture_for_chats(report):
    png = render.render_png(report, context().rules, "id")
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 2000
    from PIL import Image
    import io
    image = Image.open(io.BytesIO(png))
    assert image.width == 1200 and image.height > 300
